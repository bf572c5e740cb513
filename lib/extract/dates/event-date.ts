import type { Article, DateCues, RelationDate } from "../../records/mod.ts";
import { defaultReference } from "../../reference/mod.ts";
import {
  type DatePrecision,
  earliestDay,
  type EventDate,
  formatPartialDate,
  latestDay,
  precisionOf,
} from "../../records/date.ts";
import { MONTH_NAMES, MONTH_NUMBERS, WEEKDAY_NAMES } from "./expressions.ts";
import { readDates, type WrittenDate } from "./read-dates.ts";
import { sentenceTextOf, sentenceWrittenDates } from "./sentence-texts.ts";
import { UNITS } from "../figures/numbers.ts";

export type { RelationDate };

/** A date a clause states, resolved against the article's publication date, with the words that state it. */
export type Stated = { value: string; precision: DatePrecision; quote: string; start: number; end: number };

const WEEKDAYS = WEEKDAY_NAMES;
/** "a", "an" and the number words up to twelve: how many days, weeks or years a phrase counts back. */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(UNITS).filter(([, value]) => value >= 1 && value <= 12)),
};
const MONTH = `(${MONTH_NAMES.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?`;
const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})`;

/** Yearless forms, resolved against the publication date (each names the parts it reads). */
const YEARLESS_DAY = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?![,\\s]*(?:19|20)\\d\\d)`,
  "gi",
);
const YEARLESS_MONTH = new RegExp(
  `\\b(?:in|since|during|early|late|mid-?)\\s+(?:early\\s+|late\\s+|mid-?)?${MONTH}\\b(?![,\\s]*(?:\\d))`,
  "gi",
);
/** "last July": the latest such month before the publication month. */
const LAST_MONTH = new RegExp(`\\blast\\s+${MONTH}\\b(?![,\\s]*(?:\\d))`, "gi");
/** A weekday, and its possessive with the apostrophe lost ("Saturdays blast" for "Saturday's blast"): not "on Saturdays". */
const WEEKDAY = /\b(last\s+|on\s+|this\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(s)?\b/gi;
/** A deictic word, and its possessive with the apostrophe lost ("yesterdays attack"). */
const DEICTIC = /\b(today|tonight|this morning|this afternoon|this evening|yesterday|overnight)(?:s\b)?\b/gi;
/** "last week", "earlier this month", "in the past week": a period placed by the publication date. */
const RELATIVE_PERIOD =
  /\b(?:(?:(?:in|over|during)\s+)?the\s+(?:past|last)\s+(week|month)|(?:earlier\s+|later\s+)?this\s+(week|month|year)|last\s+(week|month|year))\b/gi;
const AGO = new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+ago\\b`, "gi");
const EARLIER = new RegExp(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+(earlier|later|before|after)\\b`, "gi");
/** A year the clause states on its own ("in 2016"); a bare number is not read as a year. */
const STATED_YEAR = /\b(?:in|since|from|during|by|until|throughout|early|late|mid-?|of)\s+((?:19|20)\d\d)\b(?!-)/gi;

const DAY_MS = 86_400_000;

/**
 * The day a date names, as a Date at midnight UTC (only read, never changed, by its callers). Every clause of an
 * article is resolved against the same publication day: the last day asked for is kept.
 */
function toDay(date: string): Date {
  if (lastDay?.date !== date) {
    const [year, month, day] = date.split("-").map(Number);
    lastDay = { date, day: new Date(Date.UTC(year, month - 1, day)) };
  }
  return lastDay.day;
}
let lastDay: { date: string; day: Date } | undefined;

/** "YYYY-MM-DD" of a Date at midnight UTC; the days of recent weekdays and deictic words are kept by their time. */
function dayString(date: Date): string {
  const time = date.getTime();
  let day = dayStrings.get(time);
  if (day === undefined) {
    if (dayStrings.size >= DAY_STRINGS_KEPT) dayStrings.clear();
    dayStrings.set(time, day = date.toISOString().slice(0, 10));
  }
  return day;
}
const DAY_STRINGS_KEPT = 4096;
const dayStrings = new Map<number, string>();

function shiftMonths(yearMonth: string, months: number): string {
  const [year, month] = yearMonth.split("-").map(Number);
  const index = year * 12 + month - 1 + months;
  return formatPartialDate(Math.floor(index / 12), (index % 12) + 1);
}

function count(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** A day or month shifted back (or forward) by `n` units from `anchor`, no more precise than the unit allows. */
function shifted(anchor: string, n: number, unit: string): { value: string; precision: DatePrecision } | null {
  const precision = precisionOf(anchor);
  if (unit === "year") return { value: String(+anchor.slice(0, 4) + n), precision: "year" };
  if (precision === "year") return null;
  if (unit === "month") return { value: shiftMonths(anchor.slice(0, 7), n), precision: "month" };
  if (precision !== "day") return null;
  const days = unit === "week" ? 7 * n : n;
  const value = dayString(new Date(toDay(anchor).getTime() + days * DAY_MS));
  return unit === "week" ? { value: value.slice(0, 7), precision: "month" } : { value, precision: "day" };
}

/** The most precise partial date that holds every day from `first` to `last`: that day, month or year. */
function spanning(first: Date, last: Date): { value: string; precision: DatePrecision } | null {
  const [a, b] = [dayString(first), dayString(last)];
  if (a === b) return { value: a, precision: "day" };
  if (a.slice(0, 7) === b.slice(0, 7)) return { value: a.slice(0, 7), precision: "month" };
  if (a.slice(0, 4) === b.slice(0, 4)) return { value: a.slice(0, 4), precision: "year" };
  return null;
}

/**
 * A week, month or year placed by the publication date: "this week" (Monday to the day), "last week" (the week
 * before), "the past week" / "the last month" (the 7 or 30 days up to the day), "this month", "last year" ...
 * As precise as the period allows (a week inside one month is that month).
 */
function relativePeriod(
  published: string,
  which: "this" | "last" | "past",
  unit: string,
): { value: string; precision: DatePrecision } | null {
  if (unit === "year") {
    return { value: String(+published.slice(0, 4) + (which === "last" ? -1 : 0)), precision: "year" };
  }
  if (unit === "month" && which !== "past") return shifted(published, which === "last" ? -1 : 0, "month");
  if (precisionOf(published) !== "day") {
    return unit === "month" || which === "this" ? shifted(published, 0, "month") : null;
  }
  const day = toDay(published);
  const back = (days: number) => new Date(day.getTime() - days * DAY_MS);
  if (which === "past") return spanning(back(unit === "week" ? 7 : 30), day);
  const monday = (day.getUTCDay() + 6) % 7;
  return which === "this" ? spanning(back(monday), day) : spanning(back(monday + 7), back(monday + 1));
}

/** The year a yearless month (and day) falls in: the latest not after the publication date. */
function yearFor(published: string, month: number, day: number | null): number | null {
  const year = +published.slice(0, 4);
  const publishedMonth = published.length >= 7 ? +published.slice(5, 7) : null;
  if (publishedMonth === null) return null;
  const publishedDay = published.length === 10 ? +published.slice(8, 10) : 31;
  const later = month > publishedMonth || (month === publishedMonth && day !== null && day > publishedDay);
  return later ? year - 1 : year;
}

/** The last text `readDates` read, and its dates: a sentence is read once for all the figures it states. */
let lastRead: { text: string; dates: ReturnType<typeof readDates> } | undefined;
function readDatesOnce(text: string): ReturnType<typeof readDates> {
  if (lastRead?.text !== text) lastRead = { text, dates: readDates(text) };
  return lastRead.dates;
}

/**
 * Every date a clause states, resolved against `published` (the article's publication date, any precision):
 * explicit dates ("on 5 March 2017"), yearless ones ("on 5 March", "in March"), weekdays ("on Saturday", "last
 * Thursday"), deictic words ("yesterday"), relative periods ("last week", "earlier this month", "two months ago"),
 * shifts from a date stated before in the text ("two years earlier") and years ("in 2016"). A form that needs a more
 * precise publication date than the article has is not resolved. With `narrativeYear` (a page about a period of its
 * own, `narrativeYearOf`), a yearless date takes the year of the date written last before it in the clause, else
 * `narrativeYear` (null: not resolved), not the year of the publication date.
 */
export function datesInClause(
  text: string,
  published: string | null,
  before: string | null = null,
  narrativeYear?: number | null,
): Stated[] {
  return clauseDates(text, published, before, narrativeYear, () => readDatesOnce(text));
}

/**
 * `datesInClause` of sentence `index` of `article`: its text cut once and the dates it writes read once per article
 * (`sentence-texts.ts`), for the several readings the figures and relations of a page ask of each sentence (the
 * narrative's years, then each figure's and relation's clause).
 */
export function sentenceClauseDates(
  article: Pick<Article, "text" | "sentences">,
  index: number,
  published: string | null,
  before: string | null = null,
  narrativeYear?: number | null,
): Stated[] {
  return clauseDates(
    sentenceTextOf(article, index),
    published,
    before,
    narrativeYear,
    () => sentenceWrittenDates(article, index),
  );
}

function clauseDates(
  text: string,
  published: string | null,
  before: string | null,
  narrativeYear: number | null | undefined,
  written: () => readonly WrittenDate[],
): Stated[] {
  // The figures of a sentence, then the relations of its article (with the date stated before it as `before`), ask
  // for a sentence's dates: recent answers are kept by text, and handed out as copies. `before` changes an answer
  // only where the text shifts from a date ("two years earlier").
  let known = recentClauses.get(text);
  if (
    known?.published !== published || known.narrativeYear !== narrativeYear ||
    (known.usesBefore && known.before !== before)
  ) {
    known = { published, before, narrativeYear, ...readClause(text, published, before, narrativeYear, written) };
    if (recentClauses.size >= RECENT_CLAUSES_KEPT) recentClauses.clear();
    recentClauses.set(text, known);
  }
  return known.dates.map((date) => ({ ...date }));
}

/** Enough for the sentences of one article: what its figures and then its relations ask for. */
const RECENT_CLAUSES_KEPT = 1024;
const recentClauses = new Map<
  string,
  {
    published: string | null;
    before: string | null;
    narrativeYear: number | null | undefined;
    /** Whether the text holds a shift from a date stated before (`EARLIER`), which `before` anchors. */
    usesBefore: boolean;
    dates: Stated[];
  }
>();

/** What a text must hold for `readClause` to find any date: a digit or a word of a month, a day or a period. */
const DATE_HINT =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|tonight|morning|afternoon|evening|overnight/i;

/** Words each family of forms needs (a month's name; a day, week, month or year): forms whose word is absent are not
 * looked for, so a clause with no date word is read in a few scans, not one per form. */
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const PERIOD_WORD = /day|week|month|year/i;
const DEICTIC_WORD = /day|tonight|morning|afternoon|evening|overnight/i;
const YEAR_DIGITS = /(?:19|20)\d\d/;
const NO_MATCHES: RegExpMatchArray[] = [];

function readClause(
  text: string,
  published: string | null,
  before: string | null,
  narrativeYear: number | null | undefined,
  writtenDates: () => readonly WrittenDate[],
): { dates: Stated[]; usesBefore: boolean } {
  const found: Stated[] = [];
  if (!DATE_HINT.test(text)) return { dates: found, usesBefore: false };
  const months = MONTH_WORD.test(text);
  const periods = PERIOD_WORD.test(text);
  const forms = (pattern: RegExp, needed: boolean) => needed ? text.matchAll(pattern) : NO_MATCHES;
  const taken = (start: number, end: number) => found.some((other) => other.start < end && start < other.end);
  const add = (m: { index?: number; 0: string }, value: string | null, precision: DatePrecision | null) => {
    if (value === null || precision === null || taken(m.index!, m.index! + m[0].length)) return;
    found.push({ value, precision, quote: m[0], start: m.index!, end: m.index! + m[0].length });
  };
  for (const written of writtenDates()) {
    if (written.date === null) continue; // a numeric date that reads two ways says nothing certain
    add({ index: written.start, 0: written.quote }, written.date, written.precision);
  }
  for (const m of forms(STATED_YEAR, YEAR_DIGITS.test(text))) {
    add({ index: m.index! + m[0].indexOf(m[1]), 0: m[1] }, m[1], "year");
  }
  // A narrative (a page about a period of its own): a yearless date takes the year written last before it.
  const narrative = narrativeYear !== undefined;
  const written = [...found];
  const yearBefore = (at: number) =>
    written.filter((date) => date.end <= at).sort((a, b) => b.end - a.end).map((date) => +date.value.slice(0, 4))[0] ??
      narrativeYear ?? null;
  const yearOf = (at: number, month: number, day: number | null) =>
    narrative ? yearBefore(at) : published === null ? null : yearFor(published, month, day);
  for (const m of forms(YEARLESS_DAY, months)) {
    const month = MONTH_NUMBERS[(m[2] ?? m[3]).toLowerCase().replace(/\.$/, "")];
    const day = Number(m[1] ?? m[4]);
    if (!month || day < 1 || day > 31) continue;
    const year = yearOf(m.index!, month, day);
    if (year !== null) add(m, formatPartialDate(year, month, day), "day");
  }
  if (published === null) return { dates: found.sort((a, b) => a.start - b.start), usesBefore: false };
  const dayPublished = precisionOf(published) === "day";
  for (const m of forms(LAST_MONTH, months)) {
    const month = MONTH_NUMBERS[m[1].toLowerCase().replace(/\.$/, "")];
    const year = month ? yearFor(published, month, null) : null;
    if (year === null) continue;
    // "last July" in a July article is the July before.
    const sameMonth = published.length >= 7 && +published.slice(5, 7) === month;
    add(m, formatPartialDate(sameMonth ? year - 1 : year, month), "month");
  }
  for (const m of forms(YEARLESS_MONTH, months)) {
    const month = MONTH_NUMBERS[m[1].toLowerCase().replace(/\.$/, "")];
    const year = month ? yearOf(m.index!, month, null) : null;
    if (year !== null) add(m, formatPartialDate(year, month), "month");
  }
  if (dayPublished) {
    const day = toDay(published);
    for (const m of forms(WEEKDAY, periods)) {
      if (m[3] && /on/i.test(m[1] ?? "")) continue; // "on Saturdays" is every Saturday
      const weekday = WEEKDAYS.indexOf(m[2].toLowerCase());
      // "on Thursday" in an article of a Thursday is that day; "last Thursday" is the one before.
      let back = (day.getUTCDay() - weekday + 7) % 7;
      if (back === 0 && /last/i.test(m[1] ?? "")) back = 7;
      add(m, dayString(new Date(day.getTime() - back * DAY_MS)), "day");
    }
    for (const m of forms(DEICTIC, DEICTIC_WORD.test(text))) {
      const back = /yesterday/i.test(m[1]) ? 1 : 0;
      add(m, dayString(new Date(day.getTime() - back * DAY_MS)), "day");
    }
  }
  for (const m of forms(RELATIVE_PERIOD, periods)) {
    const resolved = relativePeriod(
      published,
      m[1] ? "past" : m[2] ? "this" : "last",
      (m[1] ?? m[2] ?? m[3]).toLowerCase(),
    );
    if (resolved) add(m, resolved.value, resolved.precision);
  }
  for (const m of forms(AGO, periods)) {
    const resolved = shifted(published, -count(m[1]), m[2].toLowerCase());
    if (resolved) add(m, resolved.value, resolved.precision);
  }
  let usesBefore = false;
  for (const m of forms(EARLIER, periods)) {
    usesBefore = true;
    // "a day after airstrikes killed 22": the clause it opens tells an event that long before the main clause's
    // (`shiftedClauseDate`); the date stated before, or the publication day, shifted by it dates nothing.
    if (/^(?:after|before)$/i.test(m[3])) continue;
    // "two years earlier": from the date the text stated last before it, else from the publication date.
    const anchor = found.filter((other) => other.end <= m.index!).at(-1)?.value ?? before ?? published;
    const sign = /earlier|before/i.test(m[3]) ? -1 : 1;
    const resolved = shifted(anchor, sign * count(m[1]), m[2].toLowerCase());
    if (resolved) add(m, resolved.value, resolved.precision);
  }
  return { dates: found.sort((a, b) => a.start - b.start), usesBefore };
}

/**
 * The date a clause's yearless and relative forms ("on 5 March", "in April") are resolved against: the end of the
 * period the document states it is about where that period is closed and ends before the publication date (an
 * encyclopedic page about a battle of 2014, copied in 2023), else the publication date.
 */
export function resolvingDate(article: Pick<Article, "published" | "covers">): string | null {
  const published = article.published.date;
  const end = article.covers?.end ?? null;
  if (end === null || published === null) return published;
  return latestDay(end) < earliestDay(published) ? end : published;
}

const narrativeYears = new WeakMap<Article, (number | null)[]>();

/**
 * The year a yearless date ("on 30 April") takes in sentence `index` of a page about a period of its own (`covers`
 * set, or null: an encyclopedic page, whose narrative moves through the years, copied long after): the year of the
 * last date written with its year in the sentences before, else the year its period ends (closed), else null (not
 * resolved). Undefined for news (no `covers`): there a yearless date is the latest not after the publication date.
 */
export function narrativeYearOf(article: Pick<Article, "covers" | "text" | "sentences">, index: number) {
  if (article.covers === undefined) return undefined;
  let years = narrativeYears.get(article as Article);
  if (!years) {
    years = [];
    let last = article.covers?.end ? +article.covers.end.slice(0, 4) : null;
    for (let index = 0; index < article.sentences.length; index++) {
      years.push(last);
      const written = sentenceClauseDates(article, index, null).at(-1);
      if (written) last = +written.value.slice(0, 4);
    }
    narrativeYears.set(article as Article, years);
  }
  return years[index] ?? null;
}

/**
 * The date of a figure or relation whose own words date nothing: the period the document states it is about
 * (`from: "document"`: the most precise date holding the whole period, null when it runs past one calendar year, is
 * ongoing, or is stated empty or unreadable, with the period's `start` and `end`), else the article's publication date
 * (`from: "article"`).
 */
export function documentDate(article: Pick<Article, "published" | "covers">): Omit<EventDate, "evidence"> {
  const covers = article.covers;
  // A document about a period of its own that it gives empty or unreadable: its publication date dates none of it.
  if (covers === null) return { value: null, precision: null, from: "document" };
  if (covers) {
    return {
      value: covers.value,
      precision: covers.precision,
      from: "document",
      start: covers.start,
      ...(covers.end === null ? {} : { end: covers.end }),
    };
  }
  return { value: article.published.date, precision: article.published.precision, from: "article" };
}

/**
 * A relation's date where its words date nothing (`documentDate`), without the period's `start` and `end`: on a
 * relation those say when the relation itself began and ended ("from 2013 until 2015"), which a document's period
 * does not.
 */
export function relationFallback(article: Pick<Article, "published" | "covers">): RelationDate {
  const { value, precision, from } = documentDate(article);
  return { value, precision, from };
}

/** A date right after "since" or "from" starts a count ("since 21 May have killed"), it does not date the figure. */
function startsACount(text: string, date: Stated): boolean {
  return /\b(?:since|from)\s+$/i.test(text.slice(Math.max(0, date.start - 8), date.start));
}

/** A stretch of a sentence between clause boundaries; `subordinate` when a subordinator opens it (`opener`). */
export type Segment = { start: number; end: number; subordinate: boolean; opener?: string };

/**
 * Splits a sentence into clauses at ';', ':', dashes and commas, and before a subordinator ("since", "after",
 * "which", "that" ...). "that" after a verb of saying ("said that 20 people were killed") opens the reported
 * content, not a subordinate clause.
 */
export function segments(text: string, cues: DateCues): Segment[] {
  const { subordinators, reporting, boundary } = compiledCues(cues);
  const cuts: { at: number; subordinate: boolean; opener?: string }[] = [{ at: 0, subordinate: false }];
  for (const m of text.matchAll(boundary)) {
    const at = m.index! + m[0].length;
    const next = /^\s*(\p{L}+)/u.exec(text.slice(at))?.[1]?.toLowerCase() ?? "";
    let subordinate = subordinators.includes(next);
    // (the word before is read only for "that", the one word it decides)
    if (next === "that" && reporting.has(wordBefore(text, m.index!))) subordinate = false;
    if (m[0] === "" && !subordinate) continue;
    cuts.push(subordinate ? { at, subordinate, opener: next } : { at, subordinate });
  }
  return cuts.map((cut, i) => ({
    start: cut.at,
    end: cuts[i + 1]?.at ?? text.length,
    subordinate: cut.subordinate,
    ...(cut.opener ? { opener: cut.opener } : {}),
  }));
}

/** The last word (lower case) in the 60 characters before `at`, past any marks, or "". */
function wordBefore(text: string, at: number): string {
  return /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1]?.toLowerCase() ?? "";
}

/**
 * Whether a date dates the telling ("the Observatory said on Sunday", "told Reuters on Tuesday", "On Sunday, the
 * Observatory said"), not an event. A date before ", X said" dates the telling only where it opens the sentence: at
 * a clause's end ("a strike hit a clinic late Tuesday, the group said") it dates what the clause tells.
 */
export function datesTheReport(text: string, date: Stated, cues: DateCues): boolean {
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  const { tellingBefore, tellingAfter } = compiledCues(cues);
  return tellingBefore.test(before) ||
    tellingAfter.test(text.slice(date.end, date.end + 50)) && /^\s*,/.test(text.slice(date.end)) &&
      /^\s*(?:\p{L}+\s+)?$/u.test(text.slice(0, date.start));
}

/** The expressions of a set of date cues, compiled once per cues (not once per sentence or date). */
type CompiledCues = {
  subordinators: string[];
  reporting: Set<string>;
  boundary: RegExp;
  tellingBefore: RegExp;
  tellingAfter: RegExp;
};
const compiled = new WeakMap<DateCues, CompiledCues>();
function compiledCues(cues: DateCues): CompiledCues {
  let found = compiled.get(cues);
  if (found) return found;
  const subordinators = cues.subordinators.words.map((word) => word.toLowerCase());
  const words = cues.reportingVerbs.words.join("|");
  found = {
    subordinators,
    reporting: new Set(cues.reportingVerbs.words.map((word) => word.toLowerCase())),
    boundary: new RegExp(`[;:—–]|,|\\s-\\s|\\b(?=(?:${subordinators.join("|")})\\b)`, "gi"),
    tellingBefore: new RegExp(`\\b(?:${words})\\b(?:\\s+(?:to\\s+)?[\\p{Lu}][\\p{L}.'’-]*){0,4}\\s*$`, "iu"),
    tellingAfter: new RegExp(`^\\s*,?\\s*(?:the\\s+)?[\\p{L}\\s]{0,40}?\\b(?:${words})\\b`, "iu"),
  };
  compiled.set(cues, found);
  return found;
}

/** A sentence's text, clauses and the dates that may date its events, as `readSentenceEventDates` reads them. */
type SentenceEventDates = { text: string; parts: Segment[]; dates: Stated[] };

/**
 * A sentence's clauses and the dates that may date its events (not the telling's, not a count's start), read once per
 * article for all the figures of the sentence, the sentences before a figure that refers back to an event
 * (`antecedentDate`) and the article's lead (`sentenceDates`): kept by article (read-only: callers take what they need).
 */
function sentenceEventDates(article: Article, sentenceIndex: number, cues: DateCues): SentenceEventDates {
  let kept = eventDatesRead.get(article);
  if (kept?.cues !== cues) eventDatesRead.set(article, kept = { cues, sentences: [] });
  return kept.sentences[sentenceIndex] ??= readSentenceEventDates(article, sentenceIndex, cues);
}
const eventDatesRead = new WeakMap<Article, { cues: DateCues; sentences: (SentenceEventDates | undefined)[] }>();

/** What `sentenceEventDates` keeps. */
function readSentenceEventDates(article: Article, sentenceIndex: number, cues: DateCues): SentenceEventDates {
  const text = sentenceTextOf(article, sentenceIndex);
  const narrativeYear = narrativeYearOf(article, sentenceIndex);
  const dates = sentenceClauseDates(article, sentenceIndex, resolvingDate(article), null, narrativeYear).filter((
    date,
  ) => !datesTheReport(text, date, cues) && !startsACount(text, date));
  return { text, parts: segments(text, cues), dates };
}

/**
 * The dates a sentence states for its events, resolved against the article's publication date: not the telling's
 * ("the Observatory said on Sunday"), not a count's start ("since March"). What dates a figure of the sentence, read
 * for a sentence that may hold none ("The bombs were dropped on the camp on Wednesday").
 */
export function sentenceDates(article: Article, sentenceIndex: number, cues: DateCues): Stated[] {
  if (!article.sentences[sentenceIndex]) return [];
  return sentenceEventDates(article, sentenceIndex, cues).dates.map((date) => ({ ...date }));
}

/**
 * The date of the event a span of a sentence reports (a figure at `at`): a date its own clause states (nearest
 * first), else one of a main clause of the sentence, resolved against the article's publication date, with the words
 * as evidence. A date of a subordinate clause ("since March 2011", "after the town fell in March", "which was formed
 * last month") or of the telling ("the Observatory said on Sunday") is not the event's. Otherwise the publication
 * date, `from: "article"`, or the period the document states it is about, `from: "document"` (`documentDate`).
 */
export function eventDate(
  article: Article,
  sentenceIndex: number,
  at: { start: number; end: number },
  cues: DateCues = defaultReference().lexicon.dateCues,
): EventDate {
  const sentence = article.sentences[sentenceIndex];
  if (sentence) {
    const { text, parts, dates } = sentenceEventDates(article, sentenceIndex, cues);
    const position = (at.start + at.end) / 2 - sentence.start;
    const segmentOf = (offset: number) => parts.find((part) => part.start <= offset && offset < part.end) ?? parts[0];
    const own = segmentOf(position);
    const distance = (date: Stated) => Math.abs((date.start + date.end) / 2 - position);
    const inOwn = dates.filter((date) => segmentOf(date.start) === own);
    const inMain = own.subordinate ? [] : dates.filter((date) => !segmentOf(date.start).subordinate);
    // "rebels hit a school a day after airstrikes killed 22 children": the clause tells an event that many days
    // before the main clause's
    if (inOwn.length === 0 && own.subordinate) {
      const main = dates.filter((date) => !segmentOf(date.start).subordinate)
        .sort((a, b) => distance(a) - distance(b))[0];
      const shifted = shiftedClauseDate(text, own, main?.value ?? resolvingDate(article));
      if (shifted) return shifted;
    }
    const nearest = [...inOwn].sort((a, b) => distance(a) - distance(b))[0] ??
      [...inMain].sort((a, b) => distance(a) - distance(b))[0];
    if (nearest && !(own.subordinate === false && /^since$/i.test(nearest.quote))) {
      return { value: nearest.value, precision: nearest.precision, from: "sentence", evidence: nearest.quote };
    }
    // "were killed when an air strike hit a clinic late Tuesday": the next clause tells the same event
    const next = own.subordinate ? undefined : parts[parts.indexOf(own) + 1];
    if (next?.opener && sameEventOpeners(cues).has(next.opener)) {
      const told = dates.filter((date) => segmentOf(date.start) === next).sort((a, b) => distance(a) - distance(b))[0];
      if (told) return { value: told.value, precision: told.precision, from: "sentence", evidence: told.quote };
    }
    // a relative clause's figure ("the attack, which killed 1,400") refers through the noun just before the clause
    const from = own.subordinate ? Math.max(0, own.start - 60) : own.start;
    const ownText = article.text.slice(sentence.start + from, sentence.start + own.end);
    const antecedent = antecedentDate(article, sentenceIndex, ownText, cues);
    if (antecedent) {
      return { value: antecedent.value, precision: antecedent.precision, from: "sentence", evidence: antecedent.quote };
    }
  }
  return documentDate(article);
}

/** "a day", "two days", "hours", "a week" right before "after" or "following": how long before the main clause. */
const LAG_BEFORE_OPENER = new RegExp(`\\b(?:${COUNT}\\s+(day|week)s?|(hours?))\\s*$`, "i");

/**
 * The date of a clause opened by "after" or "following" right after a lag ("a day after airstrikes killed 22
 * children", "two days after", "hours after"): the event it tells lies that lag before `anchor` (the main clause's
 * date, else the publication date), to the day; a week's lag gives its month. Null for any other clause or an anchor
 * less precise than a day.
 */
function shiftedClauseDate(text: string, clause: Segment, anchor: string | null): EventDate | null {
  if (anchor === null || precisionOf(anchor) !== "day" || !/^(?:after|following)$/i.test(clause.opener ?? "")) {
    return null;
  }
  const lag = LAG_BEFORE_OPENER.exec(text.slice(Math.max(0, clause.start - 30), clause.start));
  if (!lag) return null;
  const resolved = lag[3] ? { value: anchor, precision: "day" as const } : shifted(anchor, -count(lag[1]), lag[2]);
  if (!resolved) return null;
  const evidence = `${lag[0].trim()} ${clause.opener}`;
  return { value: resolved.value, precision: resolved.precision, from: "sentence", evidence };
}

/**
 * Whether a figure's date says its clause tells an event before the sentence's main one (`shiftedClauseDate`: "a day
 * after airstrikes killed 22 children"): such a figure is background to the article's news, not its lead.
 */
export const datesAnEarlierEvent = (date: Pick<EventDate, "from" | "evidence"> | undefined): boolean =>
  date?.from === "sentence" && /\b(?:after|following)$/i.test(date.evidence ?? "");

/** The same-event subordinators of a set of date cues, as a set, built once per cues. */
const sameEventSets = new WeakMap<DateCues, Set<string>>();
function sameEventOpeners(cues: DateCues): Set<string> {
  let found = sameEventSets.get(cues);
  if (!found) {
    found = new Set(cues.sameEventSubordinators.words.map((word) => word.toLowerCase()));
    sameEventSets.set(cues, found);
  }
  return found;
}

/** The pattern of a definite event noun ("the attack", "that chemical attack"), compiled once per cues. */
const definiteNouns = new WeakMap<DateCues, { definite: RegExp; any: RegExp }>();
function eventNounPatterns(cues: DateCues): { definite: RegExp; any: RegExp } {
  let found = definiteNouns.get(cues);
  if (!found) {
    const nouns = [...cues.antecedentEventNouns.words].sort((a, b) => b.length - a.length)
      .map((noun) => noun.replace(/ /g, "\\s+")).join("|");
    found = {
      definite: new RegExp(`\\b(?:the|that|this)\\s+(?:[\\p{L}-]+\\s+)?(${nouns})\\b`, "iu"),
      any: new RegExp(`\\b(${nouns})\\b`, "giu"),
    };
    definiteNouns.set(cues, found);
  }
  return found;
}

/** "attacks" and "attack" are one noun. */
const nounStem = (noun: string) => noun.toLowerCase().replace(/\s+/g, " ").replace(/s$/, "");

/**
 * The date of the event a definite event noun refers back to: a clause with no date of its own that names "the
 * attack" (`antecedentEventNouns`) takes the date of the nearest of the two sentences before that names the same noun
 * and states a date in that noun's clause or in a main clause ("an alleged chemical attack near Damascus on August
 * 21. Washington blames the government for the attack, which it says killed more than 1,400"). Null otherwise.
 */
function antecedentDate(article: Article, sentenceIndex: number, ownText: string, cues: DateCues): Stated | null {
  const { definite, any } = eventNounPatterns(cues);
  const referring = definite.exec(ownText);
  if (!referring) return null;
  const stem = nounStem(referring[1]);
  for (let k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - 2); k--) {
    const { text, parts, dates } = sentenceEventDates(article, k, cues);
    if (dates.length === 0) continue;
    const segmentOf = (offset: number) => parts.find((part) => part.start <= offset && offset < part.end) ?? parts[0];
    for (const match of text.matchAll(any)) {
      if (nounStem(match[1]) !== stem) continue;
      const own = segmentOf(match.index);
      const candidates = dates.filter((date) => {
        const segment = segmentOf(date.start);
        return segment === own || !segment.subordinate;
      });
      const distance = (date: Stated) => Math.abs(date.start - match.index);
      const nearest = candidates.sort((a, b) => distance(a) - distance(b))[0];
      if (nearest) return nearest;
    }
  }
  return null;
}

/** The first date a span of text states, as precise as it is written (explicit dates and years only). */
export function statedDate(text: string): RelationDate | null {
  const date = datesInClause(text, null)[0];
  return date ? { value: date.value, precision: date.precision, from: "sentence" } : null;
}

/**
 * The date a relation is dated by: the first date of a main clause of its sentences (resolved against the article's
 * date; not a date of the telling), else the document's stated period, else the article's publication date.
 */
export function relationDate(
  article: Article,
  texts: string[],
  cues: DateCues = defaultReference().lexicon.dateCues,
): RelationDate {
  for (const text of texts) {
    const parts = segments(text, cues);
    const date = datesInClause(text, resolvingDate(article)).find((date) =>
      !datesTheReport(text, date, cues) &&
      !(parts.find((part) => part.start <= date.start && date.start < part.end)?.subordinate ?? false)
    );
    if (date) return { value: date.value, precision: date.precision, from: "sentence" };
  }
  return relationFallback(article);
}
