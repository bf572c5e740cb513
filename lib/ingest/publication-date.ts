import type { Evidence, Published, RemovedSpan, Sentence } from "../records/article.ts";
import { precisionOf } from "../records/date.ts";
import type { DatedEvent } from "../records/event.ts";
import type { DateCues } from "../records/lexicon.ts";
import { type DateOrder, type OutletConvention, outletConvention } from "../records/outlet.ts";
import { type DateExpression, findDateExpressions, formatDate, MONTH_NAMES } from "../extract/dates/expressions.ts";
import { readDates } from "../extract/dates/read-dates.ts";
import { decideReading, type OrderEvidence } from "./date-order.ts";
import { headerDates } from "./header-date.ts";

/** What dating an article draws on besides its text: dated facts, outlets' conventions and header cue words. */
export type DatingReference = { events: DatedEvent[]; outlets: OutletConvention[]; dateCues: DateCues };

const NONE: Published = {
  date: null,
  precision: null,
  method: "none",
  evidence: null,
  explanation:
    "no publication date stated in metadata, written in the header or a dateline, or inferable from dated facts",
  ambiguous: false,
  alternative: null,
};

/** A stated date (metadata.json or the input's date column) wins over everything read from the text. */
export function statedDate(date: string, origin: "metadata" | "input"): Published {
  const precision = precisionOf(date);
  return {
    date,
    precision,
    method: "metadata",
    evidence: { quote: date, start: 0, end: date.length, in: "metadata" },
    explanation: origin === "metadata" ? "stated in metadata.json" : "stated by the input's date column",
    ambiguous: false,
    alternative: null,
  };
}

const WEEKDAY_START = /^(?:mon|tue|wed|thu|fri|sat|sun)/i;
const AFTER_DATELINE = /^\s*(?:\(updated|get short url|\d{3,4}\b|\d{1,2}:\d{2})/i;
const BEFORE_DATELINE = /(?:\bAFP|\bReuters|\bAP|Middle East|Print this page|Security|Military|UPDATED|Politics)\s*$/;

/**
 * A dateline inside the opening lines of the text, where a page put it after the headline ("... Monitor AFP
 * Saturday 16 Jul 2016 Air raids ..."): a day-precise date with a weekday, a time, or a wire credit beside it.
 */
export function openingDate(text: string): Published | null {
  const head = text.slice(0, 400);
  for (const date of findDateExpressions(head)) {
    if (date.precision !== "day") continue;
    const dateline = WEEKDAY_START.test(date.quote) || AFTER_DATELINE.test(head.slice(date.end)) ||
      BEFORE_DATELINE.test(head.slice(0, date.start));
    if (!dateline) continue;
    return {
      date: date.date,
      precision: "day",
      method: "text",
      evidence: { quote: date.quote, start: date.start, end: date.end, in: "text" },
      explanation: `written as a dateline in the article's opening lines: "${date.quote}"`,
      ambiguous: false,
      alternative: null,
    };
  }
  return null;
}

const RELATIVE = new RegExp(
  `\\b(?:(last month)|(earlier this month|this month)|(earlier this year|this year)|(last year)|(\\w+) months? ago|in (${
    MONTH_NAMES.join("|")
  })(?![\\s,]+\\d))\\b`,
  "i",
);
const WORD_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/** One thing the text says about when it was written, with the span that says it. */
type Clue = { year: number; month: number | null; lowerBound: boolean; evidence: Evidence; explanation: string };

function addMonths(year: number, month: number, add: number): [number, number] {
  const index = year * 12 + (month - 1) + add;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** Clues from relative phrases about dated events: "HTS, which was formed last month" with HTS formed 2017-01. */
function eventClues(text: string, sentences: Sentence[], events: DatedEvent[]): Clue[] {
  const clues: Clue[] = [];
  if (events.length === 0) return clues;
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    // every relative phrase names a month or a year: a sentence naming neither holds no clue
    if (!RELATIVE_WORD.test(body)) continue;
    for (const event of events) {
      const { subjectPattern, verbs } = eventPatterns(event);
      const subject = subjectPattern.exec(body);
      if (!subject) continue;
      verbs.lastIndex = subject.index;
      const verb = verbs.exec(body);
      if (!verb || verb.index - (subject.index + subject[0].length) > 80) continue;
      const after = body.slice(verb.index + verb[0].length, verb.index + verb[0].length + 60);
      const relative = RELATIVE.exec(after);
      if (!relative) continue;
      const [eventYear, eventMonth] = event.date.split("-").map(Number);
      let clue: Pick<Clue, "year" | "month"> | null = null;
      const phrase = relative[0];
      if (relative[1] && eventMonth) clue = { ...ym(addMonths(eventYear, eventMonth, 1)) };
      else if (relative[2] && eventMonth) clue = { year: eventYear, month: eventMonth };
      else if (relative[3]) clue = { year: eventYear, month: null };
      else if (relative[4]) clue = { year: eventYear + 1, month: null };
      else if (relative[5] && eventMonth && (WORD_NUMBERS[relative[5].toLowerCase()] ?? Number(relative[5]))) {
        clue = {
          ...ym(addMonths(eventYear, eventMonth, WORD_NUMBERS[relative[5].toLowerCase()] ?? Number(relative[5]))),
        };
      } else if (relative[6] && eventMonth === MONTH_NAMES.indexOf(relative[6].toLowerCase()) + 1) {
        clue = { year: eventYear, month: null };
      }
      if (!clue) continue;
      const start = sentence.start + subject.index;
      const end = sentence.start + verb.index + verb[0].length + relative.index + phrase.length;
      clues.push({
        ...clue,
        lowerBound: false,
        evidence: { quote: text.slice(start, end), start, end, in: "text" },
        explanation: `"${phrase}" about ${event.what} (${event.date}, data/events.json: ${event.id})`,
      });
    }
  }
  return clues;
}

/** What a text must name for `RELATIVE` to match in it: "month", "year" or a month's name. */
const RELATIVE_WORD = new RegExp(`month|year|${MONTH_NAMES.join("|")}`, "i");

const compiledEvents = new WeakMap<DatedEvent, { subjectPattern: RegExp; verbs: RegExp }>();

/** An event's subject and verbs as patterns, compiled once per event (not once per sentence). */
function eventPatterns(event: DatedEvent): { subjectPattern: RegExp; verbs: RegExp } {
  let patterns = compiledEvents.get(event);
  if (!patterns) {
    // the subject is not global (`exec` reads from the start); the verbs are, read from `lastIndex`, set before each use
    patterns = { subjectPattern: new RegExp(event.subject, "i"), verbs: new RegExp(`\\b(?:${event.verbs})\\b`, "gi") };
    compiledEvents.set(event, patterns);
  }
  return patterns;
}

function ym([year, month]: [number, number]): { year: number; month: number } {
  return { year, month };
}

/** Words by which a sentence speaks from the moment it was written. */
const PRESENT = /\b(?:now|today|currently|at present|this (?:time|week|month|year))\b/i;

/**
 * "In Feb. 2017 ... Now, more than a year later": a lower bound one year after an explicit month, only where the
 * sentence speaks from the article's own present (a narrative's "a year later" says nothing of when it was written).
 */
function laterClues(text: string, dates: DateExpression[]): Clue[] {
  const later =
    /\b(?:(?:more than|over|almost|nearly)\s+)?(?:a|one)\s+year\s+(?:a\s+)?later\b|\b(?:more than\s+)?year\s+a\s+later\b/gi;
  const clues: Clue[] = [];
  // (every match ends in "later": most texts have none, found by one scan for the word instead of trying the
  // pattern's optional words at every word)
  if (!LATER.test(text)) return clues;
  for (const m of text.matchAll(later)) {
    // "Now, more than a year later" speaks from the article's present; "A year later, in April 1964" narrates.
    const from = Math.max(text.lastIndexOf(". ", m.index!), text.lastIndexOf("\n", m.index!)) + 1;
    const to = text.indexOf(".", m.index! + m[0].length);
    if (!PRESENT.test(text.slice(from, to === -1 ? undefined : to))) continue;
    const anchor = dates.filter((date) => date.end <= m.index!).at(-1);
    if (!anchor) continue;
    const [year, month] = anchor.date.split("-").map(Number);
    const start = anchor.start;
    const end = m.index! + m[0].length;
    clues.push({
      year: year + 1,
      month: month ?? null,
      lowerBound: true,
      evidence: {
        quote: end - start <= 400 ? text.slice(start, end) : m[0],
        start: end - start <= 400 ? start : m.index!,
        end,
        in: "text",
      },
      explanation: `"${m[0]}" after "${anchor.quote}": no earlier than ${formatDate(year + 1, month ?? null)}`,
    });
  }
  return clues;
}

const LATER = /later/i;

/** A month with a day and no year after them ("June 24", "24 June"), compiled once (`matchAll` reads a copy). */
const YEARLESS_DAY = new RegExp(
  `\\b(?:(${MONTH_NAMES.join("|")})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${
    MONTH_NAMES.join("|")
  }))\\b(?![,\\s]+(?:19|20)\\d\\d)`,
  "gi",
);

/** Months the text names with a day but no year ("On June 24"): the weeks the article reports on. */
function yearlessMonths(text: string, dates: DateExpression[]): { month: number; quote: string; start: number }[] {
  const pattern = YEARLESS_DAY;
  const found: { month: number; quote: string; start: number }[] = [];
  for (const m of text.matchAll(pattern)) {
    if (dates.some((date) => date.start <= m.index! && m.index! < date.end)) continue;
    const name = (m[1] ?? m[4]).toLowerCase();
    const day = Number(m[2] ?? m[3]);
    if (day < 1 || day > 31) continue;
    found.push({ month: MONTH_NAMES.indexOf(name) + 1, quote: m[0], start: m.index! });
  }
  return found;
}

/**
 * Infers a publication date from what the text says relative to dated facts: the most precise clue wins; a
 * year-only result is refined to the month when the text names days without a year ("On June 24") in a month not
 * earlier than every lower bound. Never a day: the text does not say on which day it was written.
 */
export function inferredDate(text: string, sentences: Sentence[], events: DatedEvent[]): Published | null {
  const dates = findDateExpressions(text);
  const clues = [...eventClues(text, sentences, events), ...laterClues(text, dates)];
  if (clues.length === 0) return null;
  const exact = clues.filter((clue) => !clue.lowerBound);
  const monthClue = exact.find((clue) => clue.month !== null);
  const years = exact.map((clue) => clue.year);
  const bounds = clues.filter((clue) => clue.lowerBound);
  if (monthClue) {
    const agreeing = exact.filter((clue) => clue.year === monthClue.year);
    return {
      date: formatDate(monthClue.year, monthClue.month),
      precision: "month",
      method: "inferred",
      evidence: monthClue.evidence,
      explanation: `inferred: ${agreeing.map((clue) => clue.explanation).join("; ")}`,
      ambiguous: false,
      alternative: null,
    };
  }
  const year = years.length > 0 ? Math.max(...years) : Math.max(...bounds.map((clue) => clue.year));
  const used = clues.filter((clue) => clue.year === year);
  const floor = bounds.filter((clue) => clue.year === year).map((clue) => clue.month ?? 1);
  const months = yearlessMonths(text, dates).filter((mention) => floor.every((bound) => mention.month >= bound));
  const evidence = used[0].evidence;
  if (months.length > 0) {
    const latest = months.reduce((a, b) => (b.month > a.month ? b : a));
    return {
      date: formatDate(year, latest.month),
      precision: "month",
      method: "inferred",
      evidence,
      explanation: `inferred: ${
        used.map((clue) => clue.explanation).join("; ")
      }; the text reports on "${latest.quote}" without a year, so ${formatDate(year, latest.month)}`,
      ambiguous: false,
      alternative: null,
    };
  }
  return {
    date: String(year),
    precision: "year",
    method: "inferred",
    evidence,
    explanation: `inferred: ${used.map((clue) => clue.explanation).join("; ")}`,
    ambiguous: false,
    alternative: null,
  };
}

/** The kinds a header date has without a cue word beside it (its place in the header). */
const CUE_WORDS = new Set(["stamp", "title", "dateline", "byline"]);

/** A publication date a page states in its markup or front matter, with where it says so. */
export type MarkupDate = { value: string; where: string; evidence: Evidence };

/** One stated value read as a date: a day, month or year, two open readings, or a span (never a publication date). */
function readStatedValue(
  value: string,
): { date: string | null; readings: string[]; weekday: number | null } | "span" | null {
  const plain = value.trim();
  if (/^\d{4}(-\d{2})?$/.test(plain)) return { date: plain, readings: [plain], weekday: null };
  const written = readDates(plain)[0];
  if (!written) return null;
  if (written.range || /^\s*[–—-]\s*\d/.test(plain.slice(written.end))) return "span";
  return { date: written.date, readings: written.readings, weekday: written.weekday };
}

type Reading = {
  readings: string[];
  date: string | null;
  weekday: number | null;
  method: "metadata" | "text";
  evidence: Evidence;
  explanation: string;
};

/** A reading as a record: decided, or with both readings kept and said out loud. */
function resolve(reading: Reading, evidence: Omit<OrderEvidence, "weekday">): Published {
  let date = reading.date;
  let explanation = reading.explanation;
  if (date === null) {
    const decided = decideReading(reading.readings, { ...evidence, weekday: reading.weekday });
    if (decided) {
      date = decided.date;
      explanation += `; "${reading.evidence.quote}" reads two ways, and ${decided.why}, so ${date}`;
    } else {
      return {
        date: null,
        precision: "day",
        method: reading.method,
        evidence: reading.evidence,
        explanation: `${explanation}; "${reading.evidence.quote}" reads as ${reading.readings[0]} (day first) or ${
          reading.readings[1]
        } (month first), and neither the outlet's convention nor the article's weekdays or relative phrases decide`,
        ambiguous: true,
        alternative: reading.readings,
      };
    }
  }
  return {
    date,
    precision: precisionOf(date),
    method: reading.method,
    evidence: reading.evidence,
    explanation,
    ambiguous: false,
    alternative: null,
  };
}

/**
 * The publication date: stated (metadata.json or the input's date column), else stated by the page's markup or
 * front matter, else the best-cued date of the header zone, else a dateline in the opening lines, else inferred
 * where the text speaks from its own present, else none (with why). A numeric date that reads two ways is decided by
 * the outlet's convention, the article's weekdays or its relative phrases, or kept with both readings.
 */
export function publicationDate(input: {
  stated: { date: string; origin: "metadata" | "input" } | null;
  /** Publication dates the page's markup or front matter states, most specific first. */
  markup?: MarkupDate[];
  /** The raw text cleaning read (front matter blanked, HTML as text); offsets of `removed` point into it. */
  raw?: string;
  removed: RemovedSpan[];
  text: string;
  sentences: Sentence[];
  outlet?: string | null;
  /** The order an analyst states for the file's numeric dates (metadata.json `dateOrder`). */
  dateOrder?: DateOrder;
  events: DatedEvent[];
  outlets?: OutletConvention[];
  dateCues?: DateCues;
}): Published {
  if (input.stated) return statedDate(input.stated.date, input.stated.origin);
  /** Stated values that are not publication dates ("date: 5 March – 25 May 2014" is a span), said in the explanation. */
  const notes: string[] = [];
  const convention = outletConvention(input.outlets ?? [], input.outlet ?? null);
  // Read only where it is needed (a numeric date that reads two ways, or no date stated before the text's own): most
  // articles state their date in their header, and the inference scans the whole text.
  let inferred: Published | null | undefined;
  const inferredOnce = () =>
    inferred === undefined ? inferred = inferredDate(input.text, input.sentences, input.events) : inferred;
  const evidence: Omit<OrderEvidence, "weekday"> = {
    order: input.dateOrder
      ? { order: input.dateOrder, why: "metadata.json states for this file" }
      : convention
      ? { order: convention.dateOrder, why: `${input.outlet} writes them (data/outlets.json)` }
      : null,
    text: input.text,
    get inferred() {
      const found = inferredOnce();
      return found && found.date ? { date: found.date, why: found.explanation } : null;
    },
  };
  const withNotes = (published: Published) =>
    notes.length ? { ...published, explanation: `${published.explanation} (${notes.join("; ")})` } : published;
  for (const markup of input.markup ?? []) {
    const value = readStatedValue(markup.value);
    if (value === "span") {
      notes.push(`${markup.where} "${markup.value}" is a span of time, not a publication date`);
      continue;
    }
    if (!value) {
      notes.push(`${markup.where} "${markup.value}" is not a date this reader knows`);
      continue;
    }
    return withNotes(resolve({
      ...value,
      method: "metadata",
      evidence: markup.evidence,
      explanation: `stated by the page's ${markup.where} as "${markup.value}"`,
    }, evidence));
  }
  if (input.raw !== undefined && input.dateCues) {
    const best = headerDates(input.raw, input.removed, input.dateCues)[0];
    if (best) {
      return withNotes(resolve({
        readings: best.written.readings,
        date: best.date,
        weekday: best.written.weekday,
        method: "text",
        evidence: { quote: best.written.quote, start: best.start, end: best.end, in: "raw" },
        explanation: `written in the article's ${best.where} as "${best.written.quote}"` +
          (best.line === best.written.quote ? "" : ` (in "${best.line}")`) +
          (CUE_WORDS.has(best.cue) ? "" : `, after "${best.cue}"`) +
          (best.date !== best.written.date && best.written.range ? `: the period's end, ${best.date}` : ""),
      }, evidence));
    }
  }
  return withNotes(openingDate(input.text) ?? inferredOnce() ?? NONE);
}
