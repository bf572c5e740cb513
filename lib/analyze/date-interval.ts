import type { Published } from "../records/article.ts";

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

/** The interval of a publication date, or null when the article is undated. */
export function publishedInterval(published: Published): DateInterval | null {
  return published.date === null ? null : dateInterval(published.date);
}
