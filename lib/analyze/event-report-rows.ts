import type { Article, CasualtyEvent } from "../records/mod.ts";

/** One report behind an event, as the drill-down table shows it. */
export type EventReportRow = {
  event: string;
  date: string;
  kind: string;
  place: string;
  /** "12 · 15 · 15" : the event's low, best and high. */
  bounds: string;
  /** The report's own number ("12", "at least 15", "12–15"), with "(implicit)" for a determiner count. */
  reported: string;
  /** "counted", "part" (not in the bounds), "running tally". */
  role: string;
  source: string;
  article: string;
  articleId: string;
  quote: string;
};

const n = (x: number | null) => (x === null ? "…" : x.toLocaleString("en-US"));

/** Every report behind every event, event by event, in the events' order: the drill-down of the events charts. */
export function eventReportRows(events: CasualtyEvent[], articles: Pick<Article, "id" | "title">[]): EventReportRow[] {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return events.flatMap((event) =>
    event.reports.map((r) => ({
      event: event.id,
      date: event.date.value ?? "undated",
      kind: event.kind,
      place: [event.place, event.governorate].filter((p, i, all) => p && all.indexOf(p) === i).join(", ") ||
        "unplaced",
      bounds: `${n(event.low)} · ${n(event.best)} · ${n(event.high)}`,
      reported: `${
        r.low === r.high
          ? n(r.low)
          : r.high === null
          ? `at least ${n(r.low)}`
          : r.low === null
          ? `up to ${n(r.high)}`
          : `${n(r.low)}–${n(r.high)}`
      }${r.implicit ? " (implicit)" : ""}`,
      role: r.tally ? "running tally" : r.counted ? "counted" : "part",
      source: r.attributedTo ?? "",
      article: titles.get(r.articleId) ?? r.articleId,
      articleId: r.articleId,
      quote: r.quote,
    }))
  );
}
