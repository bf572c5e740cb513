import type { VictimLexicon } from "../../records/mod.ts";
import { cueAt, jointCasualties, type KindReading, LEFT_FILLERS } from "./kind.ts";
import { isPersonNoun, STOP_WORDS } from "./noun-phrase.ts";
import { type NumberPhrase, type Token, wordValue } from "./numbers.ts";

// Singular and implicit counts: a person counted by a determiner ("a civilian", "another") rather than a number.
// The words are data/lexicon/victims.json; this file keeps the mechanism.

type VictimWords = { [K in Exclude<keyof VictimLexicon, "description">]: Set<string> };

const compiled = new WeakMap<VictimLexicon, VictimWords>();

function victimWords(lexicon: VictimLexicon): VictimWords {
  let words = compiled.get(lexicon);
  if (!words) {
    const { description: _, ...lists } = lexicon;
    words = Object.fromEntries(
      Object.entries(lists).map(([name, list]) => [name, new Set(list.words.map((w) => w.toLowerCase()))]),
    ) as VictimWords;
    compiled.set(lexicon, words);
  }
  return words;
}

const isLetterWord = (t: Token | undefined) => !!t && /^\p{L}/u.test(t.text);
const isNumberWord = (t: Token | undefined) => !!t && (/^\d/.test(t.text) || wordValue(t.text) !== null);

/** Whether the token at `k` ends the noun phrase before it: a mark, a function word, a verb form, a proper noun. */
function endsNounPhrase(tokens: Token[], k: number, words: VictimWords): boolean {
  const t = tokens[k];
  if (!t || !isLetterWord(t)) return true;
  if (/^\p{Lu}/u.test(t.text) && k > 0) return true;
  // "of" opens a complement ("a member of the White Helmets"), which `complementEnd` reads past
  if (t.lower === "of" || STOP_WORDS.has(t.lower)) return true;
  if (words.bridges.has(t.lower) || words.passiveAuxiliaries.has(t.lower)) return true;
  if (words.intransitiveCues.has(t.lower) || cueAt(tokens, k) !== null) return true;
  return /^[a-z]{3,}(?:ed|ing|ly)$/.test(t.lower);
}

/** The token after an age written at `k` ("12-year-old", "12 year old", "12-years-old"), or null. */
function ageEnd(tokens: Token[], k: number): number | null {
  let j = k + 1;
  if (tokens[j]?.text === "-") j += 1;
  if (/^years?-old$/.test(tokens[j]?.lower ?? "")) return j + 1;
  if (/^years?$/.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.text === "-" && tokens[j + 2]?.lower === "old") {
    return j + 3;
  }
  if (/^years?$/.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "old") return j + 2;
  return null;
}

/**
 * The implicit count a determiner at token `i` opens, or null: "a civilian", "an HTS fighter", "a rebel commander",
 * "another" standing alone. The victim noun (data/lexicon/victims.json `singularNouns`) must end its noun phrase, so
 * "a civilian area" and "a fighter jet" count nobody.
 */
function implicitAt(tokens: Token[], i: number, words: VictimWords): NumberPhrase | null {
  const determiner = tokens[i].lower;
  if (!words.determiners.has(determiner)) return null;
  const phrase = (lastNoun: number): NumberPhrase => ({
    start: tokens[i].start,
    end: tokens[lastNoun].end,
    firstToken: i,
    lastToken: i + 1,
    low: 1,
    high: 1,
    form: "implicit",
    vagueTerm: null,
    range: null,
    bareFourDigits: false,
    fraction: false,
    headEndToken: lastNoun + 1,
  });
  if (words.standalone.has(determiner) && !isNumberWord(tokens[i + 1]) && endsNounPhrase(tokens, i + 1, words)) {
    return phrase(i);
  }
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const t = tokens[k];
    // an age is a modifier, not a count: "a 12-year-old boy", "a 12 year old girl"
    const age = /^\d+$/.test(t.text) ? ageEnd(tokens, k) : null;
    if (age !== null) {
      k = age - 1;
      continue;
    }
    if (!isLetterWord(t) || isNumberWord(t) || STOP_WORDS.has(t.lower) || words.determiners.has(t.lower)) return null;
    if (!words.singularNouns.has(t.lower)) continue;
    let last = k;
    while (words.singularNouns.has(tokens[last + 1]?.lower ?? "")) last += 1;
    return endsNounPhrase(tokens, last + 1, words) ? phrase(last) : null;
  }
  return null;
}

/** The token after the last person noun of a written number's noun phrase ("two civilians" → after "civilians"). */
function personHeadEnd(tokens: Token[], phrase: NumberPhrase, words: VictimWords): number | null {
  if (phrase.headEndToken !== undefined) return phrase.headEndToken;
  let k = phrase.lastToken;
  let end: number | null = null;
  for (; k < Math.min(tokens.length, phrase.lastToken + 4); k++) {
    const lower = tokens[k].lower;
    if (!isLetterWord(tokens[k]) || STOP_WORDS.has(lower)) break;
    if (isPersonNoun(lower) || words.singularNouns.has(lower)) end = k + 1;
  }
  return end;
}

/** Whether the tokens [from, to) are one coordinator of `coordinators` ("and", "as well as", "along with"). */
function coordinatorBetween(tokens: Token[], from: number, to: number, words: VictimWords): boolean {
  const between = tokens.slice(from, to).map((t) => t.lower).join(" ");
  return between.length > 0 && words.coordinators.has(between);
}

/**
 * Sums counts joined by "and" where at least one is implicit: "two civilians and a child" is 3, "a woman and her 4
 * children" is 5, "a man and a woman" is 2, "... as well as another child" one more. Written pairs ("5 civilians and 23 fighters") stay two figures, and a
 * second part that is the subject of its own clause ("... and a child was injured") is not summed.
 */
function sumCoordinated(tokens: Token[], phrases: NumberPhrase[], words: VictimWords): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (const phrase of phrases) {
    const previous = out.at(-1);
    const summable = (p: NumberPhrase) => p.form !== "vague" && !p.range && !p.fraction;
    if (
      previous && summable(previous) && summable(phrase) && (previous.form === "implicit" || phrase.form === "implicit")
    ) {
      const end = personHeadEnd(tokens, previous, words);
      const possessive = words.possessives.has(tokens[phrase.firstToken - 1]?.lower ?? "") ? 1 : 0;
      const joined = end !== null && coordinatorBetween(tokens, end, phrase.firstToken - possessive, words);
      const ownEnd = personHeadEnd(tokens, phrase, words);
      const ownClause = ownEnd !== null && words.singularAgreement.has(tokens[ownEnd]?.lower ?? "");
      if (joined && ownEnd !== null && !ownClause) {
        out[out.length - 1] = {
          ...previous,
          end: tokens[ownEnd - 1].end,
          lastToken: phrase.lastToken,
          low: previous.low + phrase.low,
          high: previous.high + phrase.high,
          form: "implicit",
          headEndToken: ownEnd,
          parts: [...(previous.parts ?? [previous.low]), phrase.low],
        };
        continue;
      }
    }
    out.push(phrase);
  }
  return out;
}

/**
 * The implicit counts of a sentence's tokens, where no written number stands (`written`, from `readNumbers`), with
 * written numbers they are summed with: returns the implicit phrases (summed ones included) and the written phrases
 * a sum absorbed, which are then not figures of their own.
 */
export function readImplicitCounts(
  tokens: Token[],
  written: NumberPhrase[],
  lexicon: VictimLexicon,
): { implicit: NumberPhrase[]; absorbed: Set<NumberPhrase> } {
  const words = victimWords(lexicon);
  const covered = new Set(
    written.flatMap((p) => Array.from({ length: p.lastToken - p.firstToken }, (_, j) => j + p.firstToken)),
  );
  const candidates: NumberPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const phrase = implicitAt(tokens, i, words);
    if (phrase) candidates.push(phrase);
  }
  const all = [...written, ...candidates].sort((a, b) => a.firstToken - b.firstToken);
  const summed = sumCoordinated(tokens, all, words);
  const kept = new Set(summed);
  return {
    implicit: summed.filter((p) => p.form === "implicit"),
    absorbed: new Set(written.filter((p) => !kept.has(p))),
  };
}

/**
 * Where an "of" complement after a counted person ends ("a member of the White Helmets was killed"): up to six
 * words with no mark, verb or cue, ending before an auxiliary, a bridge or a cue; else `k` itself.
 */
function complementEnd(tokens: Token[], k: number, words: VictimWords): number {
  if (tokens[k]?.lower !== "of") return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const lower = tokens[j].lower;
    if (words.passiveAuxiliaries.has(lower) || words.bridges.has(lower) || words.intransitiveCues.has(lower)) return j;
    if (!isLetterWord(tokens[j]) || cueAt(tokens, j) !== null) return k;
  }
  return k;
}

/** Words after a participle that show it is a reduced passive: a preposition, a conjunction, a mark or the end. */
const REDUCED_PASSIVE_NEXT = new Set(["in", "by", "when", "near", "after", "during", "on", "at", "as", "while", "and"]);
const reducedPassiveEnds = (t: Token | undefined) =>
  !t || (!isLetterWord(t) && !/^\d/.test(t.text)) || REDUCED_PASSIVE_NEXT.has(t.lower);

/**
 * The kind of an implicit count, or null when no casualty cue governs it: a cue right before it over filler words
 * ("killing a man", "shot dead a fighter", "injuring another", "the body of a man"), or after it a passive
 * ("a child was killed", "a man was reportedly shot dead", "a member of the White Helmets was killed"), a reduced
 * passive ("another injured", "a child killed in the shelling") or an intransitive death verb ("a child died"). A
 * transitive cue right after ("a man killed 5 people") names the killer and is not read; neither is a cue further
 * away.
 */
export function readImplicitKind(tokens: Token[], phrase: NumberPhrase, lexicon: VictimLexicon): KindReading | null {
  const words = victimWords(lexicon);
  for (let k = phrase.firstToken - 1, gap = 0; k >= 0 && gap <= 4; k--, gap++) {
    if (words.tollNouns.has(tokens[k].lower) && tokens[k + 1]?.lower === "of") return { kind: "killed", how: "before" };
    const kind = cueAt(tokens, k);
    if (kind) return { kind: jointCasualties(tokens, k) ?? kind, how: "verb-object" };
    if (!LEFT_FILLERS.has(tokens[k].lower)) break;
  }
  let k = complementEnd(tokens, phrase.headEndToken ?? phrase.lastToken, words);
  const from = k;
  let passive = false;
  for (; k < tokens.length && k < from + 5; k++) {
    const lower = tokens[k].lower;
    if (words.passiveAuxiliaries.has(lower)) passive = true;
    else if (!words.bridges.has(lower)) break;
  }
  const kind = k < tokens.length ? cueAt(tokens, k) : null;
  if (kind && (passive || words.intransitiveCues.has(tokens[k].lower))) return { kind, how: "after" };
  // a reduced passive: "another injured.", "a child killed in the shelling" (not "a man killed 5 people")
  if (kind && k === from && /ed$/.test(tokens[k].lower) && reducedPassiveEnds(tokens[k + 1])) {
    return { kind, how: "after" };
  }
  return null;
}
