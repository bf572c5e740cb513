import type { Comment, RemovedKind, RemovedSpan } from "../records/article.ts";
import { findDateExpressions } from "../extract/dates/expressions.ts";
import { readLeadIn } from "./lead-in.ts";
import { findTagList } from "./tag-list.ts";
import { countWords } from "./words.ts";

/** What cleaning found in a raw text: the article's own prose, and everything it took out, with why. */
export type CleanedText = {
  text: string;
  removed: RemovedSpan[];
  comments: Comment[];
  /** The headline line, when the text opens with one (offsets into the raw text). */
  title: { value: string; start: number; end: number } | null;
  author: { value: string; start: number; end: number } | null;
  outlet: { value: string; start: number; end: number } | null;
  warnings: string[];
};

type Line = { start: number; end: number; text: string };

const NAV_WORDS =
  /\b(donate|bookshop|subscribe|sign in|log ?in|newsletter|menu|skip to (?:main )?content|advertisement|cookies?|privacy policy|terms of use|follow us|share this|radio nizkor|equipo nizkor|derechos)\b/i;
const READ_TIME = /^\d+\s*(?:min(?:ute)?s?|mins)\.?\s+read$/i;
const EMPTY_PUBLISHED = /^(?:(?:published|updated|last updated|posted)\s*:?\s*)+$/i;
const COMMENTS_MARKER =
  /^(?:(?:\d+|no|one|two|three)\s+(?:reader\s+)?comments?|comments?\s*\(\d+\)|reader comments|leave a (?:comment|reply)|join the discussion)\s*:?$/i;
const CAPTION_CREDIT =
  /(?:\[|\()\s*(?:AFP|AP|Reuters|Getty(?: Images)?|EPA|Anadolu(?: Agency)?|SANA|Archive|File|Twitter|Facebook|Social media|AA|Xinhua)(?:\s*(?:\/|via)[^\])]*)?\s*(?:\]|\))$/i;
const CAPTION_START = /^(?:photo|image|picture|file photo|pictured)\s*:/i;
const CREDIT_LINE =
  /^(?:\(?(?:agencies|news agencies|wire services) contributed to this report\.?\)?|\(?(?:additional )?(?:reporting|writing|editing) by .{1,160}\)?|\(?this (?:story|article) (?:was|has been) (?:updated|corrected)[^.]*\.?\)?)$/i;
const SOURCE_LINE = /^\[\s*source\s*:\s*(.+?)\s*\]$/i;
const REPOST =
  /(this (?:document|article|material) (?:has been|was) (?:published|republished|reproduced)|in accordance with title 17|all rights reserved|copyright ©|© ?\d{4}|reprinted with permission|originally (?:published|appeared) (?:in|on|at))/i;
const BYLINE =
  /^by\s+([A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z][\p{L}.'’-]+|and|&|de|al|el|bin|van|von))*?)(?:\s*[,|–—-]\s*(.+))?$/u;
const DATE_PREFIX =
  /^(?:(?:published|posted|updated|last updated|date of publication|first published)(?:\s+(?:on|at))?\s*:?\s*)/i;

/**
 * Number of words (runs of non-space), counted without building an array of them and only up to `WORDS_COUNTED`:
 * every rule here compares the count with 40 words or fewer, so a paragraph need not be counted to its end.
 */
function words(text: string, counted = WORDS_COUNTED): number {
  return countWords(text, counted);
}
const WORDS_COUNTED = 41;

function endsLikeSentence(text: string): boolean {
  return /[.!?…"”’)]\s*$/.test(text);
}

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw[i] === "\n") {
      let end = i;
      if (end > start && raw[end - 1] === "\r") end--;
      lines.push({ start, end, text: raw.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** The line's visible text with white space folded (NBSP and runs of spaces become one space). */
function fold(text: string): string {
  // Every rule below folds the lines it reads, so each line is folded many times: the recent ones are kept.
  let folded = foldedLines.get(text);
  if (folded === undefined) {
    if (foldedLines.size >= FOLDED_LINES_KEPT) foldedLines.clear();
    foldedLines.set(text, folded = isFolded(text) ? text : text.replace(/[\s\u00a0\u200b\ufeff]+/g, " ").trim());
  }
  return folded;
}

/**
 * Whether folding leaves `text` as it is: its only white space (or zero-width space) is single spaces between other
 * characters. Most paragraphs are so, and one scan tells it without building a new string.
 */
function isFolded(text: string): boolean {
  return !NOT_FOLDED.test(text);
}
/** White space other than a space, a zero-width space, two spaces in a row, or a space at either end. */
const NOT_FOLDED = /[^\S ]|\u200b| {2}|^ | $/;
const FOLDED_LINES_KEPT = 1024;
const foldedLines = new Map<string, string>();

/** Comparison form of a headline: letters and digits only, lower case. */
function comparable(text: string): string {
  // A standfirst is compared with every later line (`repeatsLaterLead`): the recent lines' forms are kept.
  let form = comparableLines.get(text);
  if (form === undefined) {
    if (comparableLines.size >= FOLDED_LINES_KEPT) comparableLines.clear();
    comparableLines.set(text, form = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
  }
  return form;
}
const comparableLines = new Map<string, string>();

/**
 * Whether `comparable(text)` is `form`. A line whose first letter or digit (`formOpening`) is not the form's first
 * character is told apart by a scan, without building its form: most lines compared with a title.
 */
function hasForm(text: string, form: string): boolean {
  const opening = formOpening(text);
  if (opening === NO_FORM) return form === "";
  if (opening !== UNKNOWN && opening !== form.charCodeAt(0)) return false;
  return comparable(text) === form;
}

function isNavLine(text: string): boolean {
  const folded = fold(text);
  if (folded === "" || words(folded, 13) > 12 || endsLikeSentence(folded)) return false;
  return NAV_WORDS.test(folded) || (folded.includes("|") && words(folded) <= 8);
}

function isDotsLine(text: string): boolean {
  const folded = fold(text);
  // (a folded line is trimmed: its first character is one of the marks, or it is no line of dots)
  return folded !== "" && DOTS.includes(folded[0]) && /^[.…·•\-–—_*=~]+$/.test(folded.replace(/\s/g, ""));
}
const DOTS = ".…·•-–—_*=~";

/**
 * The most characters a date-only line holds beyond what its test strips (white space, digits, ":", ".", ",", "|"
 * and the letters of "at", "GMT", "UTC", "am", "pm"): its one date (at most 36 characters: "Wednesday, 26th of
 * September, 2017") and 3 more. A line of prose passes it within a few words, before any date is looked for.
 */
const DATE_ONLY_OTHER_CHARACTERS = 48;
const STRIPPED_CHARACTERS = " ,|:.0123456789atgmucpATGMUCP";

function isDateOnlyLine(text: string): boolean {
  const folded = fold(text).replace(DATE_PREFIX, "");
  let other = 0;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const stripped = code < 128 ? STRIPPED_CHARACTERS.includes(folded[i]) || code < 33 : /\s/.test(folded[i]);
    if (!stripped && ++other > DATE_ONLY_OTHER_CHARACTERS) return false;
  }
  const dates = findDateExpressions(folded);
  if (dates.length !== 1) return false;
  const rest = (folded.slice(0, dates[0].start) + folded.slice(dates[0].end)).replace(
    /\b(?:at\s+)?\d{1,2}[:.]?\d{2}\b|\b(?:GMT|UTC|am|pm)\b|[,|\s]/gi,
    "",
  );
  return rest.length <= 3;
}

function isHeadline(text: string): boolean {
  const folded = fold(text);
  return folded !== "" && words(folded) <= 25 && !/[.:;,]$/.test(folded) && /^[\p{Lu}\p{N}"'“‘]/u.test(folded);
}

/**
 * Separates an article's own prose from what a scraped page wraps it in: navigation, a repeated title, empty
 * "Published: Updated:", read-time, captions, credits, a source line, repost notices and reader comments.
 * Every removed span is kept with its kind and raw offsets; comments are kept apart.
 */
export function cleanText(
  raw: string,
  options: {
    statedTitle?: string;
    /** Raw offsets of header lines that are date stamps ("Issued: 26 March 2018"): page furniture, not prose. */
    datelines?: number[];
  } = {},
): CleanedText {
  const lines = splitLines(raw);
  const kind: (RemovedKind | null)[] = lines.map(() => null);
  const warnings: string[] = [];
  const comments: Comment[] = [];
  let title: CleanedText["title"] = null;
  let author: CleanedText["author"] = null;
  let outlet: CleanedText["outlet"] = null;
  const blank = (i: number) => fold(lines[i].text) === "";

  // Reader comments: a "2 Comments" marker and everything after it.
  let bodyEnd = lines.length;
  const marker = lines.findIndex((line, i) => i > 0 && COMMENTS_MARKER.test(fold(line.text)));
  if (marker !== -1) {
    bodyEnd = marker;
    for (let i = marker; i < lines.length; i++) {
      if (blank(i)) continue;
      kind[i] = "reader-comments";
      if (i > marker) comments.push({ text: fold(lines[i].text), start: lines[i].start, end: lines[i].end });
    }
    const announced = Number(fold(lines[marker].text).match(/\d+/)?.[0] ?? NaN);
    if (!Number.isNaN(announced) && announced !== comments.length) {
      warnings.push(
        `the comment section announces ${announced} comments; ${comments.length} paragraphs were kept as comments`,
      );
    }
  }

  // Subtitle transcripts: cue timing lines and the cue numbers before them; the timecodes opening lines of speech are
  // taken off those lines below. A text with fewer than two is no transcript ("12:30:05" may open one line of prose).
  const timecodes = lines.filter((line) => {
    const text = fold(line.text);
    return CUE_TIMING.test(text) || LEADING_TIMECODE.test(text);
  });
  const transcript = timecodes.length >= 2;
  if (transcript) {
    for (let i = 0; i < bodyEnd; i++) {
      if (!CUE_TIMING.test(fold(lines[i].text))) continue;
      kind[i] = "timecode";
      if (i > 0 && CUE_NUMBER.test(fold(lines[i - 1].text))) kind[i - 1] = "timecode";
    }
  }

  // Masthead: everything down to the last navigation line near the top.
  const headLimit = Math.min(bodyEnd, 12);
  let lastNav = -1;
  for (let i = 0; i < headLimit; i++) if (isNavLine(lines[i].text)) lastNav = i;
  if (
    lastNav !== -1 &&
    lines.slice(0, lastNav).every((line) =>
      fold(line.text) === "" || (words(fold(line.text)) <= 8 && !endsLikeSentence(fold(line.text)))
    )
  ) {
    for (let i = 0; i <= lastNav; i++) if (!blank(i)) kind[i] = "boilerplate";
  }

  // Date stamps the header reader found (lib/ingest/header-date.ts).
  const datelines = new Set(options.datelines ?? []);
  for (let i = 0; i < bodyEnd; i++) if (kind[i] === null && datelines.has(lines[i].start)) kind[i] = "dateline";

  // Lines of dots, anywhere.
  for (let i = 0; i < bodyEnd; i++) if (kind[i] === null && isDotsLine(lines[i].text)) kind[i] = "dots";

  // Tail: source line, credits, repost notices and navigation after the last paragraph of prose.
  let tailStart = bodyEnd;
  for (let i = bodyEnd - 1; i >= 0; i--) {
    if (blank(i) || kind[i] !== null) continue;
    const text = fold(lines[i].text);
    let lineKind: RemovedKind | null = null;
    const source = text.match(SOURCE_LINE);
    if (source) lineKind = "source-line";
    else if (REPOST.test(text)) lineKind = "repost-notice";
    else if (CREDIT_LINE.test(text)) lineKind = "credit";
    else if (isNavLine(text)) lineKind = "boilerplate";
    else if (words(text) <= 6 && !endsLikeSentence(text) && i > 0) lineKind = "boilerplate";
    if (lineKind === null) break;
    kind[i] = lineKind;
    tailStart = i;
    if (source) ({ author, outlet } = readSourceLine(lines[i], source[1]));
  }
  // A tail of only short unpunctuated lines is more likely a last heading or sign-off of the article itself.
  const tailHasMarker =
    lines.slice(tailStart, bodyEnd).some((_, j) =>
      kind[tailStart + j] !== null && kind[tailStart + j] !== "boilerplate"
    ) ||
    lines.slice(tailStart, bodyEnd).some((line) => isNavLine(line.text));
  if (!tailHasMarker) {
    for (let i = tailStart; i < bodyEnd; i++) if (kind[i] === "boilerplate") kind[i] = null;
  }

  // Head: title, its repeat, dateline, read time, empty "Published:", byline, caption, standfirst repeating the lead.
  const open = () => {
    for (let i = 0; i < bodyEnd; i++) if (kind[i] === null && !blank(i)) return i;
    return -1;
  };
  const first = open();
  const statedTitle = options.statedTitle ? comparable(options.statedTitle) : null;
  if (
    first !== -1 && isHeadline(lines[first].text) && !isDateOnlyLine(lines[first].text) &&
    (statedTitle === null || hasForm(lines[first].text, statedTitle) || words(fold(lines[first].text)) <= 25)
  ) {
    const text = fold(lines[first].text);
    const looksLikeTitle = statedTitle !== null
      ? hasForm(text, statedTitle)
      : nextNonBlankIsNotContinuation(lines, kind, first, bodyEnd);
    if (looksLikeTitle) {
      kind[first] = statedTitle !== null ? "duplicate-title" : "title";
      title = { value: text, start: lines[first].start, end: lines[first].end };
    }
  }
  const titleText = title ? comparable(title.value) : statedTitle;
  let headLines = 0;
  for (let i = first === -1 ? bodyEnd : first; i < bodyEnd && headLines < 8; i++) {
    if (blank(i) || kind[i] !== null) continue;
    headLines++;
    const text = fold(lines[i].text);
    if (titleText !== null && hasForm(text, titleText)) kind[i] = "duplicate-title";
    else if (READ_TIME.test(text)) kind[i] = "read-time";
    else if (EMPTY_PUBLISHED.test(text)) kind[i] = "empty-published";
    else if (isDateOnlyLine(text)) kind[i] = "dateline";
    else if (BYLINE.test(text) && words(text) <= 12 && !endsLikeSentence(text)) {
      kind[i] = "byline";
      author ??= { value: text.match(BYLINE)![1], start: lines[i].start, end: lines[i].end };
    } else if (isCaption(text)) kind[i] = "caption";
    else if (repeatsLaterLead(lines, kind, i, bodyEnd)) kind[i] = "duplicate-lead";
  }
  // Captions further down (a short line ending in a photo credit).
  for (let i = 0; i < bodyEnd; i++) if (kind[i] === null && isCaption(fold(lines[i].text))) kind[i] = "caption";

  // What a page glued in front of the first sentence on the same line: dateline, byline, title, wire credit.
  const firstBody = open();
  const leadIn = firstBody === -1
    ? null
    : readLeadIn(lines[firstBody].text, lines[firstBody].start, options.statedTitle ?? title?.value ?? null);
  if (leadIn?.author && !author) {
    const span = leadIn.removed.find((part) => part.kind === "byline")!;
    author = { value: leadIn.author, start: span.start, end: span.end };
  }

  // A document that is nothing but its headline (a CSV of headlines whose text column is its title column, a one-line
  // file) is a headline: its text is kept, not rejected as empty, whatever its lines were taken for ("Registration
  // Trends for Syrians (as of 13 Dec 2012)" is the stated title, not a date line).
  const onlyTitle = lines.every((line, i) =>
    blank(i) || kind[i] === "title" || kind[i] === "duplicate-title" ||
    (statedTitle !== null && hasForm(fold(line.text), statedTitle))
  );
  if (onlyTitle) { for (let i = 0; i < lines.length; i++) if (!blank(i)) kind[i] = null; }

  const removed: RemovedSpan[] = [];
  const paragraphs: string[] = [];
  /** The last kept line: its number and folded text (what the next kept line may continue). */
  let last: { line: number; text: string } | null = null;
  /**
   * Whether only lines cleaning took out stand between lines `from` and `to` (in a transcript, blank lines too: its
   * cues are set apart by them, and a sentence runs on across cues).
   */
  const adjoining = (from: number, to: number) => {
    for (let k = from + 1; k < to; k++) if (kind[k] === null && !(transcript && blank(k))) return false;
    return true;
  };
  /**
   * Keeps a stretch of raw text (line `i`'s) as a paragraph, less any keyword list glued into it, or as the rest of the
   * paragraph before when the line before left its sentence open (hard-wrapped text: `continuesLine`).
   */
  const keep = (text: string, start: number, i: number) => {
    const tags = findTagList(text);
    if (tags) {
      removed.push({
        kind: "tags",
        text: text.slice(tags.start, tags.end),
        start: start + tags.start,
        end: start + tags.end,
      });
      text = `${text.slice(0, tags.start)} ${text.slice(tags.end)}`;
    }
    const kept = fold(text);
    if (!kept) return;
    if (last && adjoining(last.line, i) && continuesLine(last.text, kept)) {
      paragraphs[paragraphs.length - 1] += ` ${kept}`;
    } else paragraphs.push(kept);
    last = { line: i, text: kept };
  };
  lines.forEach((line, i) => {
    const lineKind = kind[i];
    if (lineKind !== null) {
      removed.push({ kind: lineKind, text: line.text, start: line.start, end: line.end });
      return;
    }
    if (blank(i)) return;
    let from = line.start;
    if (i === firstBody && leadIn) {
      removed.push(...leadIn.removed);
      from = leadIn.keepFrom;
    }
    // (A transcript's line of speech opens with its timecode: "00:00:12 and other units took the town".)
    const timecode = transcript ? line.text.slice(from - line.start).match(LEADING_TIMECODE)?.[0] : undefined;
    if (timecode) {
      const text = timecode.trimEnd();
      removed.push({ kind: "timecode", text, start: from, end: from + text.length });
      from += timecode.length;
    }
    keep(line.text.slice(from - line.start), from, i);
  });
  removed.sort((a, b) => a.start - b.start);
  return { text: paragraphs.join("\n\n"), removed, comments, title, author, outlet, warnings };
}

/**
 * A subtitle cue's timing line ("00:00:01,000 --> 00:00:04,000", "00:01.500 --> 00:03.000"): transcript furniture.
 */
const CUE_TIMING =
  /^\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?\s*-->\s*\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?(?:\s.*)?$/;
/** A cue's number on the line before its timing line ("12"). */
const CUE_NUMBER = /^\d{1,6}$/;
/**
 * A transcript's timecode opening a line of speech ("00:00:12 and other units took the town", "[01:02:03] ..."): hours,
 * minutes and seconds, so a liveblog's "10:30" time of day stays.
 */
const LEADING_TIMECODE = /^\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?\]?\s+(?=\S)/;

/**
 * Words a sentence cannot end with: articles, prepositions, conjunctions and possessive determiners. A line ending in
 * one is a hard-wrapped line whose sentence goes on in the next ("... clashed with" / "Islamic State fighters ...").
 */
const UNFINISHED_LAST_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
  "into",
  "onto",
  "over",
  "under",
  "against",
  "between",
  "among",
  "amongst",
  "and",
  "or",
  "but",
  "nor",
  "as",
  "that",
  "which",
  "who",
  "whose",
  "whom",
  "its",
  "their",
  "his",
  "her",
  "our",
  "your",
  "my",
  "than",
  "via",
  "toward",
  "towards",
  "near",
  "across",
  "through",
  "during",
  "after",
  "before",
  "since",
  "until",
  "about",
  "around",
  "behind",
  "beside",
  "alongside",
  "including",
]);
/** What opens a line of its own: a list item, a heading, a table row, a quotation block, a numbered point. */
const OWN_LINE_OPENING = /^(?:[*•·▪‣◦+|>#=–—-]|\d{1,3}[.)](?:\s|$)|\(?[a-z]\)\s)/u;

/**
 * Whether the kept line `next` continues the sentence the kept line `line` leaves open: hard-wrapped prose (an e-mail,
 * a text exported from a PDF, a subtitle transcript). `line` ends without a sentence's closing mark, `next` opens no
 * line of its own (list item, heading, table row), and either `next` opens in lower case, or `line` ends with a comma
 * or with a word no sentence ends with ("... clashed with" / "Islamic State fighters near al-Bab").
 */
export function continuesLine(line: string, next: string): boolean {
  const before = line.trimEnd();
  const after = next.trimStart();
  if (before === "" || after === "" || /[.!?…:;]["'”’)\]]*$/u.test(before) || OWN_LINE_OPENING.test(after)) {
    return false;
  }
  if (OWN_LINE_OPENING.test(before.trimStart()) && !/^\p{Ll}/u.test(after)) return false;
  if (/^\p{Ll}/u.test(after) || before.endsWith(",")) return true;
  const last = before.match(/[\p{L}']+$/u)?.[0].toLowerCase();
  return last !== undefined && UNFINISHED_LAST_WORDS.has(last);
}

function isCaption(text: string): boolean {
  return text !== "" && words(text) <= 40 && (CAPTION_CREDIT.test(text) || CAPTION_START.test(text));
}

/** A headline is followed by a blank line or by a line that starts a new thought, not by its own continuation. */
function nextNonBlankIsNotContinuation(lines: Line[], kind: (RemovedKind | null)[], at: number, end: number): boolean {
  for (let i = at + 1; i < end; i++) {
    const text = fold(lines[i].text);
    if (text === "" || kind[i] !== null) continue;
    // ("Rebels of the FSA clashed with" / "Islamic State fighters near al-Bab": a hard-wrapped sentence's first line.)
    if (continuesLine(fold(lines[at].text), text)) return false;
    return /^[\p{Lu}\p{N}"'“‘[(]/u.test(text);
  }
  return false;
}

/**
 * The first character of `comparable(line)` when the line's characters up to its first letter or digit are ASCII (that
 * letter in lower case, or the digit), `NO_FORM` when the line has no letter or digit (all ASCII), else `UNKNOWN`: told
 * by a scan, without building the form.
 */
function formOpening(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 128) return UNKNOWN;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return code;
    if (code >= 65 && code <= 90) return code | 32;
  }
  return NO_FORM;
}
const NO_FORM = -1;
const UNKNOWN = -2;

/**
 * Whether the line at `at` (six words or more) is repeated at the start of a later, longer kept line: a standfirst
 * the first paragraph repeats. Comparison forms are built only for lines whose first letter or digit may be the
 * same (`formOpening`): most lines of a text are told apart by it.
 */
function repeatsLaterLead(lines: Line[], kind: (RemovedKind | null)[], at: number, end: number): boolean {
  const opening = formOpening(lines[at].text);
  if (opening === NO_FORM) return false;
  let text: string | undefined;
  for (let i = at + 1; i < end; i++) {
    if (kind[i] !== null) continue;
    const laterOpening = formOpening(lines[i].text);
    if (laterOpening === NO_FORM || (opening !== UNKNOWN && laterOpening !== UNKNOWN && laterOpening !== opening)) {
      continue;
    }
    if (fold(lines[i].text) === "") continue;
    text ??= comparable(lines[at].text);
    if (words(text) < 6) return false;
    const later = comparable(lines[i].text);
    if (later.length > text.length && later.startsWith(text)) return true;
  }
  return false;
}

/** "[Source: By Caleb Weiss, Threat Matrix, The Long War Journal, 09Jun15]": author, outlet and date in one. */
function readSourceLine(line: Line, inner: string): Pick<CleanedText, "author" | "outlet"> {
  const offset = line.start + line.text.indexOf(inner);
  const parts = inner.split(/\s*,\s*/);
  const withoutDate = parts.filter((part) => findDateExpressions(part).length === 0);
  let author: CleanedText["author"] = null;
  let outlet: CleanedText["outlet"] = null;
  const by = withoutDate[0]?.match(/^by\s+(.+)$/i);
  if (by) {
    const start = offset + inner.indexOf(by[1]);
    author = { value: by[1], start, end: start + by[1].length };
    withoutDate.shift();
  }
  const last = withoutDate.at(-1);
  if (last) {
    const start = offset + inner.lastIndexOf(last);
    outlet = { value: last, start, end: start + last.length };
  }
  return { author, outlet };
}
