import type { Article, DateCues } from "../../records/mod.ts";
import { earliestDay, latestDay } from "../../records/date.ts";
import { sentenceIndexAt } from "./sentence-index.ts";
import { datesInClause, datesTheReport, eventDate, narrativeYearOf, resolvingDate } from "../dates/event-date.ts";

/** The days a passage may be about, inclusive; a null bound is open ("some time before the page was copied"). */
export type DateSpan = { earliest: string | null; latest: string | null };

const spanOf = (date: string): DateSpan => ({ earliest: earliestDay(date), latest: latestDay(date) });

/**
 * When the passage at an offset of `article` is about, read as the event dates of figures and relations are (the
 * shared date code, README "Publication and event dates"): the date its own clause or a main clause of its sentence
 * states ("On 3 March 2025, ...", "in January 2025"); else the date written last in an earlier sentence of the same
 * paragraph (a note's second sentence); else the period the document states (`covers`: from its start to its end, or
 * to the publication date when ongoing; stated empty, `covers: null`, only "before publication"); else the
 * publication date. A stated date after the publication date is a plan or forecast, not the passage's time, and is
 * passed over. Null when nothing dates it.
 */
export function mentionDates(article: Article, cues: DateCues): (offset: number) => DateSpan | null {
  const published = article.published.date;
  const publishedEnd = published === null ? null : latestDay(published);
  const usable = (value: string | null) =>
    value !== null && (publishedEnd === null || earliestDay(value) <= publishedEnd);
  const fallback = (): DateSpan | null => {
    if (article.covers === null) return publishedEnd === null ? null : { earliest: null, latest: publishedEnd };
    return statedPeriod(article) ?? (published === null ? null : spanOf(published));
  };
  /** The last date an earlier sentence of the same paragraph states, per sentence (computed once). */
  const carried: (string | null)[] = [];
  const carriedInto = (index: number): string | null => {
    if (carried[index] !== undefined) return carried[index];
    let value: string | null = null;
    const previous = article.sentences[index - 1];
    const sentence = article.sentences[index];
    if (previous && sentence && !/\n\s*\n/.test(article.text.slice(previous.start, sentence.start))) {
      const text = article.text.slice(previous.start, previous.end);
      const own = datesInClause(text, resolvingDate(article), null, narrativeYearOf(article, index - 1))
        .filter((date) => !datesTheReport(text, date, cues) && usable(date.value)).at(-1);
      value = own?.value ?? carriedInto(index - 1);
    }
    carried[index] = value;
    return value;
  };
  const cache = new Map<number, DateSpan | null>();
  return (offset) => {
    if (cache.has(offset)) return cache.get(offset)!;
    const span = passageDate(offset);
    cache.set(offset, span);
    return span;
  };
  function passageDate(offset: number): DateSpan | null {
    const index = sentenceIndexAt(article, offset);
    const own = eventDate(article, index, { start: offset, end: offset }, cues);
    if (own.from === "sentence" && usable(own.value)) return spanOf(own.value!);
    const before = carriedInto(index);
    if (before !== null) return spanOf(before);
    return fallback();
  }
}

/**
 * The period a document states it covers (front matter "date", a `covers` field or column), from its start to its end
 * or, when ongoing, to the publication date; null when it states none (or states it empty).
 */
export function statedPeriod(article: Article): DateSpan | null {
  const covers = article.covers;
  if (!covers) return null;
  const published = article.published.date;
  return {
    earliest: earliestDay(covers.start),
    latest: covers.end ? latestDay(covers.end) : published === null ? null : latestDay(published),
  };
}

/** Whether every day of `span` falls on or after `from` and on or before `until` (a window that certainly holds). */
export function spanWithin(span: DateSpan | null, from: string | null, until: string | null): boolean {
  if (span === null) return false;
  const afterStart = from === null || (span.earliest !== null && span.earliest >= earliestDay(from));
  const beforeEnd = until === null || (span.latest !== null && span.latest <= latestDay(until));
  return afterStart && beforeEnd;
}

/** Whether some day of `span` may fall in the window from `from` to `until` (an undated span: only an open window). */
export function spanMayMeet(span: DateSpan | null, from: string | null, until: string | null): boolean {
  if (span === null) return from === null && until === null;
  const afterStart = from === null || span.latest === null || span.latest >= earliestDay(from);
  const beforeEnd = until === null || span.earliest === null || span.earliest <= latestDay(until);
  return afterStart && beforeEnd;
}
