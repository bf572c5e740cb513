import type { VictimLexicon } from "../../records/mod.ts";
import { NUMBER_KEY_WORDS } from "./numbers.ts";
import { KIND_WORDS } from "./kind.ts";
import { implicitKindWords } from "./implicit.ts";

// Cheap tests run before a sentence is tokenised: most sentences state no number and count nobody, and every figure
// needs a digit or one of a few words, and a word its kind is read from. The words are the lexicons'; this file
// keeps the tests.

/**
 * The words a person counted without a number needs (`readImplicitCounts`): of the victims lexicon the nouns that head
 * an implicit count (singular, remains, pair nouns), the words standing alone as one ("another", "the other"), the
 * pair determiners ("both"), titles and the object pronouns of a listed count ("killing him and ..."). A determiner
 * alone ("a", "the", "his") counts nobody without one of these after it.
 */
function countWords(victims: VictimLexicon): string[] {
  return [
    ...victims.singularNouns.words,
    ...victims.tollNouns.words,
    ...victims.pairNouns.words,
    ...victims.standalone.words,
    ...victims.pairDeterminers.words,
    ...victims.titles.words,
    ...victims.objectPronouns.words,
  ].map((word) => word.toLowerCase());
}

/** The words of an age, which counts a person with no noun ("killing a 13-year-old": `ageEnd` in implicit.ts). */
const AGE_WORDS = ["year", "years"];

/** What a sentence may hold (`sentenceMarks`), one bit each. */
export const SentenceMark = {
  /** A digit or a key word: a number `readNumbers` reads or a count `readImplicitCounts` reads (`mayHoldFigure`). */
  figure: 1,
  /** A word a figure's kind is read from (`KIND_WORDS`, `implicitKindWords`): "killed", "fighters", "toll", "body". */
  kind: 2,
  /** A word a person counted without a number needs (`countWords`, an age's "year"). */
  count: 4,
} as const;

const { figure: KEY, kind: KIND, count: COUNT } = SentenceMark;
const ALL = KEY | KIND | COUNT;

/**
 * The words as a trie over `a`–`z` (child indices, 26 per node; 0 is "none", as the root is nobody's child), each
 * entered by its longest run of ASCII letters, the last of equals ("other" of "the other", "law" of "son-in-law",
 * "fianc" of "fiancé"), with the nodes that end a run marked by the marks of its words. A token that is a word holds
 * every run of it ("son-in-law" holds "law"), as does a phrase or a token whose last part after a hyphen is the word
 * ("ex-rebel"): its lower case has the runs of its text (of the letters a token holds only "İ" lowers to an ASCII
 * letter, with U+0307 after it). Null, and every sentence taken to hold every mark, where a word breaks that: one
 * with U+0307, with no ASCII run, or of one character (a mark token such as the Kelvin sign lowers to "k").
 */
type RunTrie = { children: Int32Array; ends: Uint8Array };

function runTrie(marked: [string[], number][]): RunTrie | null {
  const runs = new Map<string, number>();
  for (const [words, mark] of marked) {
    for (const word of words) {
      const wordRuns = word.split(/[^a-z]+/).filter((run) => run.length > 0);
      if (word.includes("\u0307") || wordRuns.length === 0 || word.length === 1) return null;
      const run = wordRuns.reduce((longest, run) => (run.length >= longest.length ? run : longest));
      runs.set(run, (runs.get(run) ?? 0) | mark);
    }
  }
  const children: number[] = new Array(26).fill(0);
  const ends: number[] = [0];
  for (const [run, mark] of runs) {
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
    ends[node] |= mark;
  }
  return { children: Int32Array.from(children), ends: Uint8Array.from(ends) };
}

/** A trie of the lexicon's words, and the marks every sentence holds whatever its words (see `kindWords`). */
type Marker = { trie: RunTrie | null; always: number };

const markers = new WeakMap<VictimLexicon, Marker>();

function markerOf(victims: VictimLexicon): Marker {
  let marker = markers.get(victims);
  if (marker === undefined) {
    const counts = countWords(victims);
    // a kind is read from a token equal to a kind word: a run no letter touches, entered whole; a kind word not all
    // ASCII letters would break that, and then every sentence is taken to hold one
    const kinds = [...KIND_WORDS, ...implicitKindWords(victims)].map((word) => word.toLowerCase());
    const wholeKinds = kinds.every((word) => /^[a-z]+$/.test(word));
    const trie = runTrie([
      [[...NUMBER_KEY_WORDS], KEY],
      [counts, KEY | COUNT],
      [AGE_WORDS, COUNT],
      [wholeKinds ? kinds : [], KIND],
    ]);
    marker = { trie, always: trie === null ? ALL : wholeKinds ? 0 : KIND };
    markers.set(victims, marker);
  }
  return marker;
}

/**
 * The marks the sentence from `from` to `to` in `text` holds (`SentenceMark`), read until it holds all of `wanted`:
 * `figure` for a digit or a run of ASCII letters (in any case) that is the longest run of a number word or a count
 * word ("rebel" of "ex-rebel", also in "ex-rebel's"; "thousands" of "tens of thousands"), `kind` for a run that is a
 * kind word, `count` for the longest run of a count word or an age's. One pass over the characters, building nothing.
 */
function marksIn(text: string, from: number, to: number, trie: RunTrie, wanted: number): number {
  const { children, ends } = trie;
  let marks = 0;
  let node = 0;
  // -1: inside a run no word has; 0 (the root): between runs
  for (let i = from; i < to; i++) {
    let code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      marks |= KEY;
      if ((marks & wanted) === wanted) return marks;
    }
    if (code >= 65 && code <= 90) code += 32;
    if (code >= 97 && code <= 122) {
      if (node !== -1) node = children[node * 26 + code - 97] || -1;
      continue;
    }
    if (node > 0) {
      marks |= ends[node];
      if ((marks & wanted) === wanted) return marks;
    }
    node = 0;
  }
  return node > 0 ? marks | ends[node] : marks;
}

/**
 * The marks of `SentenceMark` `sentence` may hold. A sentence without `figure` holds no number `readNumbers` reads
 * and no count `readImplicitCounts` reads; without `kind` it has no figure, as no number or count of it has a kind
 * (about a third of those holding a number: "one of the largest cities", "a man said"); without `count` it holds no
 * count `readImplicitCounts` reads without a number.
 */
export function sentenceMarks(sentence: string, victims: VictimLexicon): number {
  return textMarks(sentence, 0, sentence.length, victims);
}

/**
 * `sentenceMarks` of the sentence from `from` to `to` in `text`, read in place: an article's sentences are scanned
 * before any is cut out of it, and most are never cut.
 */
export function textMarks(text: string, from: number, to: number, victims: VictimLexicon): number {
  const { trie, always } = markerOf(victims);
  return trie === null ? ALL : marksIn(text, from, to, trie, ALL & ~always) | always;
}

/**
 * Whether `sentence` may hold a figure: it has a digit, or a run of ASCII letters (in any case) that is the longest
 * run of a key word ("rebel" of "ex-rebel", also in "ex-rebel's"; "thousands" of "tens of thousands"). A sentence this
 * passes over holds no number `readNumbers` reads and no count `readImplicitCounts` reads.
 */
export function mayHoldFigure(sentence: string, victims: VictimLexicon): boolean {
  const { trie } = markerOf(victims);
  return trie === null || (marksIn(sentence, 0, sentence.length, trie, KEY) & KEY) !== 0;
}
