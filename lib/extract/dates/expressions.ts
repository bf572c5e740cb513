import { type DatePrecision, formatPartialDate } from "../../records/date.ts";

/** An explicit calendar date written in a text, as precise as the text writes it. */
export type DateExpression = {
  date: string;
  precision: DatePrecision;
  quote: string;
  start: number;
  end: number;
};

/** English month names, January first. */
/** The days of the week, lower case ("on Monday" dates a clause as a month does). */
export const WEEKDAY_NAMES: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month numbers by lower-case name and abbreviation ("jan", "sept", "september" …). */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  MONTH_NAMES.flatMap((name, index) => [[name, index + 1], [name.slice(0, 3), index + 1]]).concat([["sept", 9]]),
);
const MONTH =
  "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
const DAY = "(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?";
const YEAR = "((?:19|20)\\d\\d)(?!\\d)";

/** A four-digit year, as every form but "09Jun15" writes one. */
const WRITTEN_YEAR = /(?:19|20)\d\d/;

/**
 * The date forms news sites write, most specific first; each yields year, month and day from its groups, and says
 * whether it needs a four-digit year in the text to match at all.
 */
const FORMS: {
  pattern: RegExp;
  read: (m: RegExpExecArray) => [number, number | null, number | null];
  needsYear: boolean;
}[] = [
  // 2017-04-05
  {
    pattern: /\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g,
    read: (m) => [+m[1], +m[2], +m[3]],
    needsYear: true,
  },
  // Wed 05 Apr 2017, 26 January, 2017, 5 July 2016
  {
    pattern: new RegExp(`\\b${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}`, "gi"),
    read: (m) => [+m[3], month(m[2]), +m[1]],
    needsYear: true,
  },
  // April 19 2017, January 26, 2017, Aug 012016 (a missing space, as one site writes it)
  {
    pattern: new RegExp(
      `\\b${WEEKDAY}${MONTH}\\s+(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?:,?\\s+|(?<=\\d\\d))${YEAR}`,
      "gi",
    ),
    read: (m) => [+m[3], month(m[1]), +m[2]],
    needsYear: true,
  },
  // 09Jun15 (day, month, two-digit year: the Long War Journal's source lines)
  {
    pattern: new RegExp(`\\b(0[1-9]|[12]\\d|3[01])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(\\d\\d)\\b`, "g"),
    read: (m) => [2000 + +m[3], month(m[2]), +m[1]],
    needsYear: false,
  },
  // 17-08-2014, 18.10.2014, 12/10/2014: day first, as sites in the region write it; month first only when the day says so
  {
    pattern: /\b(0?[1-9]|[12]\d|3[01])([-./])(0?[1-9]|[12]\d|3[01])\2((?:19|20)\d\d)(?!\d)/g,
    read: (m) => (+m[3] > 12 ? [+m[4], +m[1], +m[3]] : [+m[4], +m[3], +m[1]]),
    needsYear: true,
  },
  // February 2017, Feb. 2017
  { pattern: new RegExp(`\\b${MONTH},?\\s+${YEAR}`, "gi"), read: (m) => [+m[2], month(m[1]), null], needsYear: true },
];

function month(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, "")] ?? 0;
}

function valid(year: number, month: number | null, day: number | null): boolean {
  if (month !== null && (month < 1 || month > 12)) return false;
  if (day !== null && month !== null) {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > days) return false;
  }
  return year >= 1900 && year <= 2100;
}

/** Formats a partial date: "2017", "2017-02" or "2017-02-03". */
export function formatDate(year: number, month: number | null = null, day: number | null = null): string {
  return formatPartialDate(year, month ?? undefined, month === null ? undefined : day ?? undefined);
}

/** Every explicit date in `text` (day or month precision), in order, overlapping matches resolved to the longest. */
export function findDateExpressions(text: string): DateExpression[] {
  const found: DateExpression[] = [];
  // Every form writes digits, and all but one a year of four: a text without them is done with at once.
  if (!/\d/.test(text)) return found;
  const writesYear = WRITTEN_YEAR.test(text);
  for (const form of FORMS) {
    if (form.needsYear && !writesYear) continue;
    form.pattern.lastIndex = 0;
    for (let m = form.pattern.exec(text); m; m = form.pattern.exec(text)) {
      const [year, monthNumber, day] = form.read(m);
      if (!valid(year, monthNumber, day)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (found.some((other) => other.start < end && start < other.end)) continue;
      found.push({
        date: formatDate(year, monthNumber, day),
        precision: day !== null ? "day" : monthNumber !== null ? "month" : "year",
        quote: m[0],
        start,
        end,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
