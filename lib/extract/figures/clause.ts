/** A part of a sentence by offsets: [start, end). */
export type ClauseSpan = { start: number; end: number };

/**
 * Where a new clause opens inside a sentence: a semicolon, colon or dash, or a word that opens a subordinate or
 * relative clause ("a day after the Ghouta attack that killed 1,400", "while in Idlib 3 died"). Not breaks: commas
 * (news sentences set apart their victims with them, "killed 47 people, most of them civilians, in a town", and
 * FA-KES drops them anyway), "as" ("as many as 30", "as well as"), an en dash without spaces ("2–4"), a bracket (an
 * aside: "about 30 km (20 miles) south of Idlib killed another six"), "where" (it ties its clause to the place before
 * it: "in Raqqa today where 65 civilians were killed") and "when" (it tells how the same victims died: "killing 57
 * civilians when it dropped bombs on the town of al-Bab").
 *
 * As a pattern: `/\s*[;:]\s*|\s+[—–-]\s+|\s*—\s*|\b(?=(?:after|before|…|meanwhile)\b)/giu` (the openers as
 * listed here). `clauseSpans` reads it by a scan of the characters, in two thirds of the pattern's time (every sentence
 * holding a figure and a place is cut).
 */
const CLAUSE_OPENERS = [
  "after",
  "before",
  "while",
  "whereas",
  "that",
  "which",
  "who",
  "whom",
  "whose",
  "but",
  "though",
  "although",
  "meanwhile",
];

/** White space as `\s` reads it. */
const isSpace = (code: number) =>
  code < 128
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
      code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** A word character as `\b` of a pattern in any case and Unicode reads it: `\w`, "ſ" and the Kelvin sign. */
const isWordCharacter = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 ||
  code === 0x17f || code === 0x212a;

/** A character as a pattern in any case and Unicode compares it with a small ASCII letter ("ſ" is "s", "K" "k"). */
const foldedCode = (code: number) =>
  (code >= 65 && code <= 90) ? code + 32 : code === 0x17f ? 115 : code === 0x212a ? 107 : code;

const EM_DASH = 0x2014;
const EN_DASH = 0x2013;
const HYPHEN = 45;

/** The end of the run of white space from `at`. */
function spaceEnd(text: string, at: number): number {
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Whether the word from `at` to `end` (a whole run of word characters) is a clause opener, in any case. */
function isOpener(text: string, at: number, end: number): boolean {
  const length = end - at;
  if (length < SHORTEST_OPENER || length > LONGEST_OPENER) return false;
  if (!OPENER_FIRST_LETTERS.includes(foldedCode(text.charCodeAt(at)))) return false;
  for (const word of CLAUSE_OPENERS) {
    if (word.length !== length) continue;
    let k = 0;
    while (k < length && foldedCode(text.charCodeAt(at + k)) === word.charCodeAt(k)) k++;
    if (k === length) return true;
  }
  return false;
}

const SHORTEST_OPENER = Math.min(...CLAUSE_OPENERS.map((word) => word.length));
const LONGEST_OPENER = Math.max(...CLAUSE_OPENERS.map((word) => word.length));
/** The codes of the openers' first letters ("a", "b", "m", "t", "w"): most words open with none of them. */
const OPENER_FIRST_LETTERS = [...new Set(CLAUSE_OPENERS.map((word) => word.charCodeAt(0)))];

/** The end of the run of word characters from `at`. */
function wordEnd(text: string, at: number): number {
  while (at < text.length && isWordCharacter(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The length of the break of marks at `at` ("; ", " - ", "—"), or -1 where none is: the pattern's alternatives in
 * its order, each with nothing to give back (white space is no mark).
 */
function markBreakAt(text: string, at: number): number {
  const afterSpace = spaceEnd(text, at);
  const mark = text.charCodeAt(afterSpace);
  // "; " and " : "
  if (mark === 59 || mark === 58) return spaceEnd(text, afterSpace + 1) - at;
  // " - ", " – ", " — "
  if (afterSpace > at && (mark === EM_DASH || mark === EN_DASH || mark === HYPHEN)) {
    const end = spaceEnd(text, afterSpace + 1);
    if (end > afterSpace + 1) return end - at;
  }
  // "—", with or without spaces
  if (mark === EM_DASH) return spaceEnd(text, afterSpace + 1) - at;
  return -1;
}

/** Whether a character may open a break of marks: white space, a semicolon, a colon or an em dash. */
const mayOpenMarkBreak = (code: number) => code === 59 || code === 58 || code === EM_DASH || isSpace(code);

/**
 * The clauses of `sentence` in order, covering it whole: the sentence is cut at every clause break (`CLAUSE_OPENERS`:
 * a clause opening word starts the clause it opens, a break of marks is dropped).
 */
export function clauseSpans(sentence: string): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let start = 0;
  const cut = (at: number, length: number) => {
    if (at > start) spans.push({ start, end: at });
    start = Math.max(start, at + length);
  };
  // (offset by offset, as the pattern's search tries each; no break opens inside a word, so a word is read whole)
  let at = 0;
  while (at < sentence.length) {
    const code = sentence.charCodeAt(at);
    if (isWordCharacter(code)) {
      const end = wordEnd(sentence, at);
      if (isOpener(sentence, at, end)) cut(at, 0);
      at = end;
      continue;
    }
    const length = mayOpenMarkBreak(code) ? markBreakAt(sentence, at) : -1;
    if (length === -1) {
      at += 1;
      continue;
    }
    cut(at, length);
    at += length;
  }
  if (start < sentence.length || spans.length === 0) spans.push({ start, end: sentence.length });
  return spans;
}

/** The clause of `spans` holding offset `at` (the last clause where `at` lies past every clause). */
export function clauseAt(spans: ClauseSpan[], at: number): ClauseSpan {
  return spans.find((s) => at >= s.start && at < s.end) ?? spans.findLast((s) => s.start <= at) ?? spans[0];
}
