import { greatest } from "d3-array";
import type { CorpusRecords } from "../records/load.ts";
import type { Citation, ReportChart } from "./chart.ts";
import { type FigureRow, figureRows } from "../analyze/figure-rows.ts";
import { figuresTimelinePlot } from "../charts/figures-timeline.ts";
import { corpusCaption } from "./caption.ts";
import type { CasualtyEvent } from "../records/mod.ts";
import { defaultReference, type Reference } from "../reference/mod.ts";
import { reconcileEvents } from "../analyze/reconcile-events.ts";
import { eventMonths } from "../analyze/event-months.ts";
import { type EventSpan, mainEventSpan } from "../analyze/event-span.ts";
import { eventsBandPlot } from "../charts/events-band.ts";
import { eventsMapPlot } from "../charts/events-map.ts";

/** Up to this many casualty figures the per-figure chart is drawn; past it the event charts carry the briefing. */
export const PER_FIGURE_CHART_LIMIT = 300;

const EVENT_METHOD = "incident figures merged across articles into events (same kind, same event date or, for a " +
  "report dated only by its publication day, the same number up to two days earlier, or the same rare kind of attack " +
  "(a chemical attack, a suicide bombing) within two days and 25 km; same or nested place); per event low = " +
  "lowest credible report, high = highest, best = latest running tally, else latest report from a named source, else " +
  "the median (UCDP GED conventions); implicit counts ('a civilian was killed') summed apart; war and period totals, " +
  "figures dated over a year before their article, and parts of a count stated before them ('among them 5 " +
  "children') left out";

function eventCitations(events: CasualtyEvent[], titles: Map<string, string | null>): Citation[] {
  return events.flatMap((event) =>
    event.reports.map((r) => ({
      label: `${event.kind} ${event.low}–${event.high} (best ${event.best}), ${event.place ?? "unplaced"}, ${
        event.date.value ?? "undated"
      }${r.implicit ? " · implicit" : ""}`,
      articleId: r.articleId,
      articleTitle: titles.get(r.articleId) ?? null,
      quote: r.quote,
    }))
  );
}

/** Said only where some figure is dated by the period its document states (encyclopedic pages), not on news. */
const BY_DOCUMENT = "a figure whose own words state no date is dated by the period its page states it is about " +
  "(front matter 'date': its month where one month holds the period, else its year, else undated; undated where " +
  "the page gives none), not by the day " +
  "the page was published or copied; history more than a year before that period left out";

function bandTakeaway(events: CasualtyEvent[], undated: number, span: EventSpan): string {
  const killed = events.filter((e) => e.kind === "killed" && e.date.value);
  if (killed.length === 0) return "No dated incident death toll was found.";
  const written = killed.filter((e) => !e.implicit);
  const sum = (k: "low" | "best" | "high") => written.reduce((s, e) => s + e[k], 0).toLocaleString("en-US");
  const implicit = killed.filter((e) => e.implicit).reduce((s, e) => s + e.best, 0);
  const reports = killed.reduce((s, e) => s + e.reports.length, 0);
  const merged = killed.filter((e) => e.articleIds.length > 1).length;
  return `${plural(killed.length, "incident")} with deaths from ${plural(reports, "report")} (${merged} reported by ` +
    `several articles): ${sum("low")}–${sum("high")} killed, best ${sum("best")} on written numbers, plus ` +
    `${implicit.toLocaleString("en-US")} counted only as "a"/"an" victims${undatedNote(events, undated)}` +
    `${outsideNote(span)}.`;
}

/** "; 9 events dated outside 2003-03 to 2023-10 not drawn (1915-04 to 1982-02)", or nothing when all are inside. */
function outsideNote(span: EventSpan): string {
  if (span.outside.length === 0) return "";
  const count = span.outside.reduce((s, m) => s + m.events + m.implicitEvents, 0);
  const months = span.outside.map((m) => m.month).sort();
  const range = months[0] === months.at(-1) ? months[0] : `${months[0]} to ${months.at(-1)}`;
  return `; ${plural(count, "event")} dated outside ${span.from} to ${span.to} not drawn (${range}: ` +
    `over ${MAX_GAP_YEARS} years from the rest)`;
}

/** "; 3 undated events not drawn", or with events dated only to a year: "; 891 events undated (600) or dated ...". */
/** Dated events further than this from the corpus's main run of months are left off the band's axis (and counted). */
const MAX_GAP_YEARS = 5;

function undatedNote(events: CasualtyEvent[], undated: number): string {
  if (!undated) return "";
  const yearOnly = events.filter((e) => e.date.value?.length === 4).length;
  return yearOnly === 0
    ? `; ${undated} undated events not drawn`
    : `; ${undated} events not drawn: ${undated - yearOnly} undated, ${yearOnly} dated only to a year`;
}

function mapTakeaway(events: CasualtyEvent[]): string {
  const killed = events.filter((e) => e.kind === "killed");
  const located = killed.filter((e) => e.coordinates);
  const byGovernorate = new Map<string, number>();
  for (const e of located) {
    byGovernorate.set(e.governorate ?? "abroad", (byGovernorate.get(e.governorate ?? "abroad") ?? 0) + e.best);
  }
  const top = [...byGovernorate].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return `${located.length} of ${plural(killed.length, "incident")} with deaths located` +
    (top ? `; most deaths (best estimates) in ${top[0]}: ${top[1].toLocaleString("en-US")}` : "") + ".";
}

/** Tolls of people harmed, charted apart from counts of people moved, held or under arms. */
const CASUALTY_KINDS = ["killed", "injured", "casualties"] as const;
const OTHER_KINDS = ["displaced", "refugees", "besieged", "detained", "fighters", "other"] as const;

const METHOD = "numbers read from each sentence with their qualifier (at least, more than, about, up to, a range, " +
  "or a vague word at a conventional floor: dozens 12, hundreds 100, thousands 1,000), kind from the words around " +
  "them, source and place as the sentence names them; war totals (since 2011, 'the war has killed') kept apart " +
  "from single events";

function citations(rows: FigureRow[]): Citation[] {
  return rows.map((row) => ({
    label: row.label,
    articleId: row.figure.articleId,
    articleTitle: row.articleTitle,
    quote: row.figure.quote,
  }));
}

const plural = (n: number, noun: string) => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

/** "the largest: more than 310,000 killed [war total] (Syria), 2017-01-26" for the figure with the highest value. */
function largest(rows: FigureRow[]): string | null {
  const top = greatest(rows, (row) => row.y2 ?? row.y);
  return top ? `${top.label}${top.published ? `, ${top.published}` : ""}` : null;
}

function casualtyTakeaway(rows: FigureRow[]): string {
  if (rows.length === 0) return "No death, injury or casualty figures were found.";
  const events = rows.filter((row) => row.scope === "event");
  const totals = rows.filter((row) => row.scope === "cumulative");
  const articles = new Set(rows.map((row) => row.figure.articleId)).size;
  const floors = rows.filter((row) => row.shape === "floor").length;
  const parts = [
    `${plural(rows.length, "casualty figure")} in ${plural(articles, "article")}`,
    events.length ? `largest single-event figure: ${largest(events)}` : "no single-event figure",
    totals.length ? `largest war total: ${largest(totals)}` : "",
    `${floors} of ${rows.length} are floors (at least, more than, or a vague word), not counts`,
  ];
  return `${parts.filter(Boolean).join("; ")}.`;
}

function otherTakeaway(rows: FigureRow[]): string {
  if (rows.length === 0) return "No displacement, siege, detention or fighter figures were found.";
  const byKind = new Map<string, number>();
  for (const row of rows) byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + 1);
  const counts = [...byKind].map(([kind, n]) => `${n} ${kind}`).join(", ");
  return `${plural(rows.length, "figure")} (${counts}); the largest: ${largest(rows)}.`;
}

/**
 * The figures charts of the briefing: casualties over time from reconciled events (a monthly low–high band with the
 * best estimate) and a map of events, then, for a corpus of at most `PER_FIGURE_CHART_LIMIT` casualty figures, every
 * casualty figure as stated, then displacement, sieges, detentions and fighters. Events come from `records.events`
 * (events.jsonl), or are reconciled here from the figures when the records have none.
 */
export function figuresReportCharts(records: CorpusRecords, reference: Reference = defaultReference()): ReportChart[] {
  const rows = figureRows(records.figures, records.articles);
  const casualties = rows.filter((row) => (CASUALTY_KINDS as readonly string[]).includes(row.kind));
  const others = rows.filter((row) => (OTHER_KINDS as readonly string[]).includes(row.kind));
  const events = records.events ?? reconcileEvents(records.figures, records.articles, { reference });
  const casualtyEvents = events.filter((e) => (CASUALTY_KINDS as readonly string[]).includes(e.kind));
  const { months, undated } = eventMonths(casualtyEvents);
  const span = mainEventSpan(months, MAX_GAP_YEARS);
  const titles = new Map(records.articles.map((a) => [a.id, a.title]));
  const eventMethod = records.figures.some((f) => f.date?.from === "document")
    ? `${EVENT_METHOD}; ${BY_DOCUMENT}`
    : EVENT_METHOD;
  const eventCharts: ReportChart[] = [
    {
      id: "events-casualties-band",
      title: "Casualties over time, reconciled into events",
      takeaway: bandTakeaway(casualtyEvents, undated, span),
      caption: corpusCaption(records, `${eventMethod}; a number above a month counts the reports behind its events`),
      element: eventsBandPlot(span.inside),
      citations: eventCitations(casualtyEvents, titles),
    },
    {
      id: "events-map",
      title: "Where the incidents with deaths happened",
      takeaway: mapTakeaway(casualtyEvents),
      caption: corpusCaption(
        records,
        `${eventMethod}; dot area by best estimate; places from GeoNames and data/places.json`,
      ),
      element: eventsMapPlot(casualtyEvents, { governorates: reference.places.governorates }),
      citations: eventCitations(casualtyEvents.filter((e) => e.kind === "killed" && e.coordinates), titles),
    },
  ];
  const perFigure: ReportChart[] = casualties.length <= PER_FIGURE_CHART_LIMIT
    ? [{
      id: "figures-casualties",
      title: "Death, injury and casualty figures as stated",
      takeaway: casualtyTakeaway(casualties),
      caption: corpusCaption(records, METHOD),
      element: figuresTimelinePlot(casualties),
      citations: citations(casualties),
    }]
    : [];
  return [
    ...eventCharts,
    ...perFigure,
    {
      id: "figures-displacement",
      title: "Displacement, siege, detention and fighter figures as stated",
      takeaway: otherTakeaway(others),
      caption: corpusCaption(records, METHOD),
      element: figuresTimelinePlot(others),
      citations: citations(others),
    },
  ];
}
