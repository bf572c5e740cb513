import type { RemovedSpan } from "../records/article.ts";
import type { DateCues } from "../records/lexicon.ts";
import { readDates, type WrittenDate } from "../extract/dates/read-dates.ts";
import { countWords } from "./words.ts";
import { escapeRegExp } from "../records/pattern.ts";

/** A date written in an article's header, weighed by the cue beside it. Offsets into the raw text. */
export type HeaderDate = {
  written: WrittenDate;
  /** The day or month the date stands for (a reporting period's end); null while its two readings are open. */
  date: string | null;
  weight: number;
  /** The cue that weighed it ("published", "posted", "updated", "reporting period") or its place ("dateline"). */
  cue: string;
  start: number;
  end: number;
  line: string;
  /** The raw offset of the header line that holds it, when it stands on a header line of its own. */
  lineStart: number | null;
  /** Where in the article it is written: its header lines, the dateline opening its text, or its closing source line. */
  where: "header" | "dateline" | "byline" | "source line";
};

/** Weights of each kind of cue: a stated publication beats a post, a post beats a bare stamp, an edit loses. */
const WEIGHTS = {
  firstPublished: 6,
  published: 5,
  posted: 4,
  byline: 3,
  dateline: 3,
  stamp: 2,
  title: 1,
  period: 0.5,
  modified: 0.25,
} as const;
type CueKind = keyof typeof WEIGHTS;

type Line = { text: string; start: number };

/** The most lines a header runs to before the first paragraph (the fixture's longest has 6). */
const MAX_HEADER_LINES = 12;

/** The lines of `raw`, one at a time: a header is read from the top and left at the first paragraph. */
function* lines(raw: string): Generator<Line> {
  let start = 0;
  while (start <= raw.length) {
    const newline = raw.indexOf("\n", start);
    const end = newline === -1 ? raw.length : newline;
    yield { text: raw.slice(start, end).replace(/\r$/, ""), start };
    start = end + 1;
  }
}

/**
 * Number of words (runs of non-space), counted only up to `WORDS_COUNTED`: every rule here compares the count with
 * 15 words or fewer, so a paragraph need not be counted to its end.
 */
function words(text: string): number {
  return countWords(text, WORDS_COUNTED);
}
const WORDS_COUNTED = 16;

/** A line of the article's own prose: a sentence of some length, or a long run of words. */
function isProse(text: string): boolean {
  const folded = text.trim();
  const count = words(folded);
  return (count >= 8 && /[.!?"”’]$/.test(folded)) || count >= 15;
}

function escape(word: string): string {
  return escapeRegExp(word).replace(/\s+/g, "\\s+");
}

const compiledPatterns = new WeakMap<DateCues, { kind: CueKind; pattern: RegExp }[]>();

/** The cue words of each kind as one pattern that finds the last cue of a window; compiled once per cues. */
function cuePatterns(cues: DateCues): { kind: CueKind; pattern: RegExp }[] {
  let patterns = compiledPatterns.get(cues);
  if (!patterns) compiledPatterns.set(cues, patterns = compileCuePatterns(cues));
  return patterns;
}

function compileCuePatterns(cues: DateCues): { kind: CueKind; pattern: RegExp }[] {
  const kinds: [CueKind, keyof DateCues][] = [
    ["firstPublished", "firstPublished"],
    ["modified", "modified"],
    ["period", "period"],
    ["published", "published"],
    ["posted", "posted"],
  ];
  return kinds.map(([kind, list]) => ({
    kind,
    pattern: new RegExp(`\\b(?:${(cues[list] as { words: string[] }).words.map(escape).join("|")})\\b`, "gi"),
  }));
}

/** The cue closest before a date within its window ("last modified" over "modified": the longer at the same end). */
function cueOf(window: string, patterns: { kind: CueKind; pattern: RegExp }[]): { kind: CueKind; word: string } | null {
  let best: { kind: CueKind; word: string; end: number } | null = null;
  for (const { kind, pattern } of patterns) {
    for (const m of window.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.word.length)) {
        best = { kind, word: m[0].toLowerCase().replace(/\s+/g, " "), end };
      }
    }
  }
  return best && { kind: best.kind, word: best.word };
}

/** Where the segment of a line that holds offset `at` begins: after the last '|', '(', '[', '•' or '·' before it. */
function segmentStart(text: string, at: number): number {
  let start = 0;
  for (let i = 0; i < at; i++) if ("|([•·".includes(text[i])) start = i + 1;
  return start;
}

/** Every date of one header line, weighed by its cue. */
function lineDates(
  line: Line,
  patterns: { kind: CueKind; pattern: RegExp }[],
  place: "header" | "title" | "byline" | "dateline",
  where: HeaderDate["where"],
): HeaderDate[] {
  const found: HeaderDate[] = [];
  let previousEnd = 0;
  for (const written of readDates(line.text)) {
    const windowStart = Math.max(segmentStart(line.text, written.start), previousEnd);
    const window = line.text.slice(windowStart, written.start);
    previousEnd = written.end;
    const cue = cueOf(window, patterns);
    // A first line that says more than its date (a headline naming a month) weighs least; a date line is a stamp.
    const rest = words(line.text.slice(0, written.start) + " " + line.text.slice(written.end));
    const at = place === "title" && rest < 4 ? "stamp" : place === "header" ? "stamp" : place;
    let kind: CueKind = cue?.kind ?? at;
    // A date mentioned in a phrase ("Civilian Death Toll in February 2017") is the subject, not the page's stamp.
    if (!cue && /\b[a-z]{2,}\b/.test(window) && place !== "byline") continue;
    if (written.range && kind !== "period") continue;
    if (kind === "period" && !written.range) kind = "stamp";
    found.push({
      written,
      date: kind === "period" ? written.range!.last : written.date,
      weight: WEIGHTS[kind],
      cue: cue?.word ?? kind,
      start: line.start + written.start,
      end: line.start + written.end,
      line: line.text.trim(),
      lineStart: where === "header" || where === "byline" ? line.start : null,
      where,
    });
  }
  return found;
}

/** The first word in lower case ("a" in "DAMASCUS, March 5, 2017 (Xinhua) -- a car bomb"). */
const FIRST_LOWER_CASE_WORD = /(?:^|[^\p{L}\p{N}'’])\p{Ll}/u;
const DIGIT = /\d/;

/**
 * Whether a line may open with a dateline's date: every word before the date starts with a capital and every date
 * read here writes its year, so a digit stands before the line's first word in lower case ("DAMASCUS, March 5, 2017
 * (Xinhua) -- a car bomb"; not "At least 10 people were killed on 5 March 2017"). Most first lines of prose fail, and
 * their dates need not be read.
 */
function mayOpenWithDateline(text: string): boolean {
  const lower = FIRST_LOWER_CASE_WORD.exec(text);
  return DIGIT.test(lower === null ? text : text.slice(0, lower.index + 1));
}

/** A first paragraph that opens with a dateline: the date after a place and agency ("Damascus, SANA- 3/3/2017 Army"). */
function leadInDates(line: Line, prepositions: Set<string>): HeaderDate[] {
  const found: HeaderDate[] = [];
  const head = line.text.slice(0, 120);
  if (!mayOpenWithDateline(head)) return found;
  for (const written of readDates(head)) {
    if (written.start > 60 || written.precision !== "day") break;
    // chrono takes a sentence's "On" into its match ("On 5 March 2017, rebels ..."): read it as part of the prefix.
    const prefix = line.text.slice(0, written.start) + (/^\p{L}+\s/u.exec(written.quote)?.[0] ?? "");
    const tokens = prefix.split(/[\s,]+/).filter((token) => /\p{L}/u.test(token));
    const dateline = tokens.length <= 5 && !/[.!?;:]\s/.test(prefix) &&
      tokens.every((token) => /^\(?\p{Lu}/u.test(token) && !prepositions.has(token.toLowerCase()));
    if (!dateline) break;
    found.push({
      written,
      date: written.date,
      weight: WEIGHTS.dateline,
      cue: "dateline",
      start: line.start + written.start,
      end: line.start + written.end,
      line: line.text.slice(0, written.end).trim(),
      lineStart: null,
      where: "dateline",
    });
    break;
  }
  return found;
}

/**
 * The raw offsets of header lines that are date stamps (a cue or a bare date, not a headline that names a month):
 * page furniture for cleaning to take out. Lines of more than 14 words are left to cleaning's own judgement.
 */
export function datelineStarts(raw: string, cues: DateCues): number[] {
  const starts = headerDates(raw, [], cues).filter((date) =>
    date.lineStart !== null && date.weight !== WEIGHTS.title && words(date.line) <= 14
  ).map((date) => date.lineStart!);
  return [...new Set(starts)];
}

const prepositionSets = new WeakMap<DateCues, Set<string>>();

/** The dateline prepositions of `cues` in lower case, one set per cues (not one per text). */
function datelinePrepositions(cues: DateCues): Set<string> {
  let prepositions = prepositionSets.get(cues);
  if (!prepositions) {
    prepositions = new Set(cues.datelinePrepositions.words.map((word) => word.toLowerCase()));
    prepositionSets.set(cues, prepositions);
  }
  return prepositions;
}

/** The last text's header zone: cleaning and the publication date both read it, with and without removed spans. */
let lastZone: { raw: string; cues: DateCues; found: HeaderDate[]; bodyStart: number } | undefined;

/** The dates of the lines before the first paragraph of prose (and its opening dateline), and where that begins. */
function headerZone(raw: string, cues: DateCues): { found: HeaderDate[]; bodyStart: number } {
  if (lastZone?.raw === raw && lastZone.cues === cues) return lastZone;
  const patterns = cuePatterns(cues);
  const prepositions = datelinePrepositions(cues);
  const found: HeaderDate[] = [];
  let firstLine = true;
  let bodyStart = raw.length;
  let headerLines = 0;
  for (const line of lines(raw)) {
    if (line.text.trim() === "") continue;
    // A header is a few lines: a page of short lines (a list, a timeline) has no header zone beyond them.
    if (++headerLines > MAX_HEADER_LINES) {
      bodyStart = line.start;
      break;
    }
    if (isProse(line.text)) {
      found.push(...leadInDates(line, prepositions));
      bodyStart = line.start;
      break;
    }
    const title = firstLine && words(line.text) >= 4;
    const place = /^\s*by\s/i.test(line.text) ? "byline" : title ? "title" : "header";
    found.push(...lineDates(line, patterns, place, place === "byline" ? "byline" : "header"));
    firstLine = false;
  }
  lastZone = { raw, cues, found, bodyStart };
  return lastZone;
}

/**
 * The dates of an article's header zone, each weighed by its cue: every line before the first paragraph of prose,
 * the dateline that opens that paragraph, and the datelines, bylines and closing source line cleaning took out.
 * Dates inside body sentences never count. Sorted best first: weight, then position.
 */
export function headerDates(raw: string, removed: RemovedSpan[], cues: DateCues): HeaderDate[] {
  const { found: zone, bodyStart } = headerZone(raw, cues);
  const found = [...zone];
  const patterns = cuePatterns(cues);
  for (const span of removed) {
    if (span.start < bodyStart || !["dateline", "byline", "source-line"].includes(span.kind)) continue;
    const where = span.kind === "source-line" ? "source line" : span.kind === "byline" ? "byline" : "dateline";
    const place = where === "byline" ? "byline" : "dateline";
    found.push(...lineDates({ text: span.text, start: span.start }, patterns, place, where));
  }
  return found.sort((a, b) => b.weight - a.weight || a.start - b.start);
}
