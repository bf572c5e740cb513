import { type DateInterval, dateInterval, type Published } from "../records/mod.ts";

/** The interval of a publication date, or null when the article is undated. */
export function publishedInterval(published: Published): DateInterval | null {
  return published.date === null ? null : dateInterval(published.date);
}
