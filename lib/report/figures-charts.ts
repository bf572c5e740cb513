import { greatest } from "d3-array";
import type { CorpusRecords } from "../records/load.ts";
import type { Citation, ReportChart } from "./chart.ts";
import { type FigureRow, figureRows } from "../analyze/figure-rows.ts";
import { figuresTimelinePlot } from "../charts/figures-timeline.ts";
import { corpusCaption } from "./caption.ts";

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

/** The figures charts of the briefing: casualty tolls, then displacement, sieges, detentions and fighters. */
export function figuresReportCharts(records: CorpusRecords): ReportChart[] {
  const rows = figureRows(records.figures, records.articles);
  const casualties = rows.filter((row) => (CASUALTY_KINDS as readonly string[]).includes(row.kind));
  const others = rows.filter((row) => (OTHER_KINDS as readonly string[]).includes(row.kind));
  return [
    {
      id: "figures-casualties",
      title: "Death, injury and casualty figures as stated",
      takeaway: casualtyTakeaway(casualties),
      caption: corpusCaption(records, METHOD),
      element: figuresTimelinePlot(casualties),
      citations: citations(casualties),
    },
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
