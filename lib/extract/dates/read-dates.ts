// (English only: the package's root module loads all of its fifteen locales, some 3 MB of code held in every worker;
// its `strict` is the English one. Issue 14.)
import * as chrono from "chrono-node/en";
import type { ParsedComponents } from "chrono-node";
import { type DatePrecision, formatPartialDate } from "../../records/date.ts";
import { findDateExpressions } from "./expressions.ts";

/**
 * A calendar date written in a text, as precise as written. A numeric date that reads two ways ("03/04/2017") has
 * `date` null and both `readings` (day-first, then month-first); a span ("1–15 March 2017") has its `range`.
 */
export type WrittenDate = {
  start: number;
  end: number;
  quote: string;
  date: string | null;
  precision: DatePrecision;
  /** Every reading the written form allows: one, or for an ambiguous numeric date [day-first, month-first]. */
  readings: string[];
  /** Where the text writes a span: its first and last day (or month). */
  range: { first: string; last: string } | null;
  /** The weekday the text writes with the date (0 = Sunday), when it does. */
  weekday: number | null;
};

const CHRONO = chrono.strict;
const DIGIT = /\d/;
/** A year as dates write it: what a chrono reading must contain to be kept. */
const WRITTEN_YEAR = /(?:19|20)\d\d/;

/**
 * What a text must hold for chrono's strict English parsers (chrono-node 2.10) to give a date with a certain month,
 * the only dates kept here: a month's name or abbreviation (its month-name parsers), two digits joined by one mark or
 * space (ISO, slash, dotted and year-month-day forms: "2017-03-05", "5/3/2017", "2017 3 5", "3/2017"), or a unit of
 * time (its relative forms, "3 months ago", "within 2 weeks", which chrono dates from its reference day). Weekdays and
 * times alone leave the month implied. Chrono is run only on a text that holds one of these: the same dates, read
 * without trying every parser on sentences that state none (most sentences that write a year: "since 2011").
 */
const CHRONO_MONTH =
  /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d[/.\-\s]\d|second|minute|hour|day|week|month|quarter|year/i;

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate() && year >= 1900 && year <= 2100;
}

/** ISO dates and timestamps ("2017-03-06T18:12:00+03:00", "2017/03/03"): the calendar date as written. */
const ISO =
  /\b((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\s?[+-]\d{2}:?\d{2})?)?(?![\d/.]*\d)/g;
/** Numeric day and month in either order ("12/03/2016", "05.06.2018", "24/03/17"), not part of a longer number. */
const NUMERIC = /(?<![\d/.\w])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d|\d\d)(?![\d/]|\.\d)/g;
/** A journal's season and year ("WINTER 2017 ISSUE"): the year only. */
const SEASON = /\b(winter|spring|summer|autumn|fall)\s+((?:19|20)\d\d)\b/gi;

/** The dates written in numbers, by own rules (chrono reads "03/04/2017" one way only, silently). */
function numericDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  for (const m of text.matchAll(ISO)) {
    const [year, month, day] = [+m[1], +m[3], +m[4]];
    if (!valid(year, month, day)) continue;
    const date = formatPartialDate(year, month, day);
    found.push(written(m.index!, m[0], date, "day", [date]));
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (found.some((other) => overlaps(other, m.index!, m.index! + m[0].length))) continue;
    const year = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    const [a, b] = [+m[1], +m[3]];
    const readings = [
      ...new Set([
        valid(year, b, a) ? formatPartialDate(year, b, a) : null,
        valid(year, a, b) ? formatPartialDate(year, a, b) : null,
      ].filter((reading): reading is string => reading !== null)),
    ];
    if (readings.length === 0) continue;
    found.push(written(m.index!, m[0], readings.length === 1 ? readings[0] : null, "day", readings));
  }
  for (const m of text.matchAll(SEASON)) found.push(written(m.index!, m[0], m[2], "year", [m[2]]));
  return found;
}

function written(start: number, quote: string, date: string | null, precision: DatePrecision, readings: string[]) {
  return { start, end: start + quote.length, quote, date, precision, readings, range: null, weekday: null };
}

function overlaps(date: { start: number; end: number }, start: number, end: number): boolean {
  return date.start < end && start < date.end;
}

function componentDate(component: ParsedComponents): { date: string; precision: DatePrecision } | null {
  if (!component.isCertain("year")) return null;
  const year = component.get("year")!;
  if (!component.isCertain("month")) return null;
  const month = component.get("month")!;
  if (!component.isCertain("day")) return { date: formatPartialDate(year, month), precision: "month" };
  const day = component.get("day")!;
  return valid(year, month, day) ? { date: formatPartialDate(year, month, day), precision: "day" } : null;
}

/**
 * Every calendar date `text` writes with its year (relative phrases and yearless dates are not read here), in order:
 * numeric forms by own rules that keep both readings of "03/04/2017", fused forms ("Jul 262016", "09Jun15") by the
 * shared expressions, and everything else ("Wed Dec 14, 2016 | 2:31pm EST", "Published 6:40 PM GMT+2, February 27,
 * 2016", "1–15 March 2017") by chrono-node.
 */
export function readDates(text: string): WrittenDate[] {
  // Every form read here writes digits: most sentences have none, and are done with at once.
  if (!DIGIT.test(text)) return [];
  // An article's texts are read more than once (its header lines, its publication date, the clauses its figures'
  // and relations' dates are read from): two in five of chrono's texts were read shortly before. The recent ones are
  // kept, and handed out as copies.
  let dates = recentDates.get(text);
  if (dates === undefined) {
    if (recentDates.size >= RECENT_TEXTS_KEPT) recentDates.clear();
    recentDates.set(text, dates = readWrittenDates(text));
  }
  return dates.map(copyOf);
}

const RECENT_TEXTS_KEPT = 1024;
const recentDates = new Map<string, WrittenDate[]>();

function copyOf(date: WrittenDate): WrittenDate {
  return { ...date, readings: [...date.readings], range: date.range && { ...date.range } };
}

function readWrittenDates(text: string): WrittenDate[] {
  // An Arabic comma ("8 March، 2017") is a comma; same length, so offsets hold.
  const plain = text.replace(/\u060c/g, ",");
  const found = numericDates(plain);
  // chrono's dates are kept only where they write a year and a certain month: without both in the text, chrono need
  // not run (`CHRONO_MONTH`).
  const results = WRITTEN_YEAR.test(plain) && CHRONO_MONTH.test(plain)
    ? CHRONO.parse(plain, new Date(Date.UTC(2000, 0, 1)))
    : [];
  for (const result of results) {
    const start = result.index;
    const end = start + result.text.length;
    const first = componentDate(result.start);
    const last = result.end ? componentDate(result.end) : null;
    // A span's start often leaves its year implied ("24 February – 9 March 2017"): its end's year is its year.
    const spanFirst = result.end && !first && last && result.start.isCertain("month")
      ? { date: formatPartialDate(+last.date.slice(0, 4), result.start.get("month")!, result.start.get("day")!) }
      : null;
    if (!first && !(last && spanFirst)) continue;
    // Only what the text writes with its year: "3 hours ago" is relative to a day chrono does not know.
    if (!WRITTEN_YEAR.test(result.text)) continue;
    const overlapping = found.filter((other) => overlaps(other, start, end));
    if (overlapping.length > 0) {
      // chrono's longer match (with weekday and time) only lends its weekday to the date already read.
      for (const other of overlapping) other.weekday ??= weekdayOf(result);
      continue;
    }
    const main = first ?? last!;
    found.push({
      start,
      end,
      quote: result.text,
      date: main.date,
      precision: main.precision,
      readings: [main.date],
      range: last ? { first: (first ?? spanFirst)!.date, last: last.date } : null,
      weekday: weekdayOf(result),
    });
  }
  // Forms chrono does not know ("Jul 262016", "09Jun15"), by the shared expressions.
  for (const expression of findDateExpressions(plain)) {
    if (found.some((other) => overlaps(other, expression.start, expression.end))) continue;
    if (/^\d/.test(expression.quote) && /[-./]\d/.test(expression.quote)) continue; // numeric: read above
    found.push(written(expression.start, expression.quote, expression.date, expression.precision, [expression.date]));
  }
  return found.sort((a, b) => a.start - b.start);
}

function weekdayOf(result: chrono.ParsedResult): number | null {
  return result.start.isCertain("weekday") ? result.start.get("weekday") ?? null : null;
}

/** The weekday (0 = Sunday) of a day-precise date. */
export function weekdayOfDate(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
