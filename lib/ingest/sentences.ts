import type { Sentence } from "../records/article.ts";

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "sgt",
  "cpl",
  "adm",
  "gov",
  "sen",
  "rep",
  "st",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vs",
  "etc",
  "approx",
  "est",
  "fig",
  "jr",
  "sr",
  "inc",
  "ltd",
  "co",
  "corp",
  "mt",
  "ft",
  "u.s",
  "u.n",
  "u.k",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "al",
]);

/**
 * Splits cleaned text into sentences by offsets. A sentence ends at . ! ? (with any closing quotes or brackets)
 * followed by white space and a capital, digit or opening quote, unless the period closes an abbreviation or an
 * initial; a paragraph break always ends one.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  const push = (end: number) => {
    let trimmed = end;
    while (trimmed > start && /\s/.test(text[trimmed - 1])) trimmed--;
    if (trimmed > start) sentences.push({ start, end: trimmed });
  };
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === "\n" && text[i + 1] === "\n") {
      push(i);
      start = skipSpace(text, i);
      i = start - 1;
      continue;
    }
    if (char !== "." && char !== "!" && char !== "?") continue;
    let end = i + 1;
    while (end < text.length && /["'”’)\]]/.test(text[end])) end++;
    if (end < text.length && !/\s/.test(text[end])) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) continue;
    if (!/[\p{Lu}\p{N}"'“‘([]/u.test(text[next])) continue;
    if (char === "." && end === i + 1 && isAbbreviation(text, i)) continue;
    push(end);
    start = next;
    i = next - 1;
  }
  push(text.length);
  return sentences;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at])) at++;
  return at;
}

/** Whether the period at `dot` closes an abbreviation ("U.S.", "Feb.") or a single initial ("George W."). */
function isAbbreviation(text: string, dot: number): boolean {
  let begin = dot;
  while (begin > 0 && /[\p{L}.]/u.test(text[begin - 1])) begin--;
  const word = text.slice(begin, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[begin])) return true;
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\./g, ""));
}
