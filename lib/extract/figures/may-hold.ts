import type { VictimLexicon } from "../../records/mod.ts";
import { NUMBER_KEY_WORDS } from "./numbers.ts";

// A cheap test run before a sentence is tokenised: most sentences state no number and count nobody, and every figure
// needs a digit or one of a few words. The words are the lexicon's; this file keeps the test.

/**
 * The words and phrases one of which a sentence must hold (besides a digit) for `readNumbers` or
 * `readImplicitCounts` to find anything: number words (`NUMBER_KEY_WORDS`), and of the victims lexicon the nouns that head an implicit count
 * (singular, remains, pair nouns), the words standing alone as one ("another", "the other"), the pair
 * determiners ("both"), titles and the object pronouns of a listed count ("killing him and ..."). A determiner alone
 * ("a", "the", "his") counts nobody without one of these after it.
 */
function keyWords(victims: VictimLexicon): string[] {
  return [
    ...NUMBER_KEY_WORDS,
    ...victims.singularNouns.words,
    ...victims.tollNouns.words,
    ...victims.pairNouns.words,
    ...victims.standalone.words,
    ...victims.pairDeterminers.words,
    ...victims.titles.words,
    ...victims.objectPronouns.words,
  ].map((word) => word.toLowerCase());
}

/**
 * The key words as a trie over `a`–`z` (child indices, 26 per node; 0 is "none", as the root is nobody's child), each
 * entered by its longest run of ASCII letters, the last of equals ("other" of "the other", "law" of "son-in-law", "fianc" of "fiancé"),
 * with the nodes that end a run marked. A token that is a key word holds every run of it ("son-in-law" holds "law"),
 * as does a phrase: its lower case has the runs of its text (of the letters a token holds only "İ" lowers to an ASCII
 * letter, with U+0307 after it). Null, and every sentence read, where a key word breaks that: one with U+0307, with
 * no ASCII run, or of one character (a mark token such as the Kelvin sign lowers to "k").
 */
type RunTrie = { children: Int32Array; ends: Uint8Array };

function runTrie(words: string[]): RunTrie | null {
  const runs = new Set<string>();
  for (const word of words) {
    const wordRuns = word.split(/[^a-z]+/).filter((run) => run.length > 0);
    if (word.includes("\u0307") || wordRuns.length === 0 || word.length === 1) return null;
    runs.add(wordRuns.reduce((longest, run) => (run.length >= longest.length ? run : longest)));
  }
  const children: number[] = new Array(26).fill(0);
  const ends: number[] = [0];
  for (const run of runs) {
    let node = 0;
    for (let i = 0; i < run.length; i++) {
      const slot = node * 26 + run.charCodeAt(i) - 97;
      if (children[slot] === 0) {
        children[slot] = ends.length;
        ends.push(0);
        for (let k = 0; k < 26; k++) children.push(0);
      }
      node = children[slot];
    }
    ends[node] = 1;
  }
  return { children: Int32Array.from(children), ends: Uint8Array.from(ends) };
}

const tries = new WeakMap<VictimLexicon, RunTrie | null>();

function trieOf(victims: VictimLexicon): RunTrie | null {
  let trie = tries.get(victims);
  if (trie === undefined) {
    trie = runTrie(keyWords(victims));
    tries.set(victims, trie);
  }
  return trie;
}

/**
 * Whether `sentence` may hold a figure: it has a digit, or a run of ASCII letters (in any case) that is the longest
 * run of a key word ("rebel" of "ex-rebel", also in "ex-rebel's"; "thousands" of "tens of thousands"). A sentence this
 * passes over holds no number `readNumbers` reads and no count `readImplicitCounts` reads. One pass over the
 * characters, building nothing.
 */
export function mayHoldFigure(sentence: string, victims: VictimLexicon): boolean {
  const trie = trieOf(victims);
  if (trie === null) return true;
  const { children, ends } = trie;
  const length = sentence.length;
  let node = 0;
  // -1: inside a run no key word has; 0 (the root): between runs
  for (let i = 0; i < length; i++) {
    let code = sentence.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code >= 65 && code <= 90) code += 32;
    if (code >= 97 && code <= 122) {
      if (node !== -1) node = children[node * 26 + code - 97] || -1;
      continue;
    }
    if (node > 0 && ends[node] === 1) return true;
    node = 0;
  }
  return node > 0 && ends[node] === 1;
}
