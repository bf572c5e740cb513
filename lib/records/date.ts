import { z } from "zod";

/** A date as precise as its source: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDate>;

/** How precise a date is: the day, the month or only the year. */
export const DatePrecision = z.enum(["day", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** The number of characters a partial date of each precision has. */
const LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };

/** The precision a partial date is written with ("2017" year, "2017-02" month, "2017-02-03" day). */
export function precisionOf(date: string): DatePrecision {
  return date.length === LENGTH.day ? "day" : date.length === LENGTH.month ? "month" : "year";
}

/** Whether `date` is written with exactly `precision`. */
export function hasPrecision(date: string, precision: DatePrecision): boolean {
  return date.length === LENGTH[precision];
}

/** A partial date from its parts, as precise as the parts given ("2017", "2017-02", "2017-02-03"). */
export function formatPartialDate(year: number, month?: number, day?: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (month === undefined) return String(year);
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The stretch of time a partial date covers: a day, a whole month or a whole year ([start, end) in UTC). */
export type DateInterval = { start: Date; end: Date };

/** "2017-02" covers 2017-02-01 to 2017-03-01; "2017" the whole year; "2017-02-03" that one day. */
export function dateInterval(date: string): DateInterval {
  const [year, month, day] = date.split("-").map(Number);
  if (month === undefined) return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  if (day === undefined) {
    return { start: new Date(Date.UTC(year, month - 1, 1)), end: new Date(Date.UTC(year, month, 1)) };
  }
  return { start: new Date(Date.UTC(year, month - 1, day)), end: new Date(Date.UTC(year, month - 1, day + 1)) };
}

/** The first day a partial date ("2016", "2016-07", "2016-07-28") can mean, as a comparable string. */
export function earliestDay(date: string): string {
  return date.length === LENGTH.year ? `${date}-01-01` : date.length === LENGTH.month ? `${date}-01` : date;
}

/** The last day a partial date can mean (day 31 for any month: only compared, never shown). */
export function latestDay(date: string): string {
  return date.length === LENGTH.year ? `${date}-12-31` : date.length === LENGTH.month ? `${date}-31` : date;
}

/** The last day a partial date covers ("2017" → 2017-12-31, "2017-02" → 2017-02-28), as a Date. */
export function lastDayOf(date: string): Date {
  return new Date(dateInterval(date).end.getTime() - 86_400_000);
}

/**
 * The date of a figure's or relation's event: the one its clause states, resolved against the article's
 * publication date, with the words that state it (`evidence`); else the period the document states it is about
 * (`from: "document"`, the article's `covers`: `value` the most precise date that holds the whole period, null when it
 * runs past one calendar year or is ongoing, and the period itself in `start`/`end`); else the article's publication
 * date (`from: "article"`).
 */
export const EventDate = z.object({
  value: PartialDate.nullable(),
  precision: DatePrecision.nullable(),
  from: z.enum(["sentence", "document", "article"]),
  /** A period's first and last day (or month, year) where the date is one (`from: "document"`); end absent if open. */
  start: PartialDate.optional(),
  end: PartialDate.optional(),
  evidence: z.string().optional(),
});
export type EventDate = z.infer<typeof EventDate>;

/**
 * The most precise partial date that holds every day from `start` to `end` ("2014-03-05".."2014-05-25" → "2014";
 * "2014-06-04".."2014-06-10" → "2014-06"), or null when the span runs past one calendar year or is open (`end` null).
 */
export function dateHolding(start: string, end: string | null): { value: string; precision: DatePrecision } | null {
  if (end === null) return null;
  if (start === end) return { value: start, precision: precisionOf(start) };
  const [first, last] = [earliestDay(start), latestDay(end)];
  if (first.slice(0, 7) === last.slice(0, 7) && start.length >= 7 && end.length >= 7) {
    return { value: first.slice(0, 7), precision: "month" };
  }
  return first.slice(0, 4) === last.slice(0, 4) ? { value: first.slice(0, 4), precision: "year" } : null;
}
