import * as Plot from "@observablehq/plot";
import { max, nice } from "d3-array";
import type { MonthCount } from "../analyze/mention-rollups.ts";
import { labelOf } from "../analyze/group-labels.ts";
import { isUnreviewed } from "../analyze/group-kinds.ts";
import { chartDocument } from "./render.ts";
import { groupColor, themed } from "./theme.ts";

export type MentionsOverTimeOptions = {
  /** "mentions" counts; "perArticle" divides by the articles published that month. */
  measure?: "mentions" | "perArticle";
  /** Group ids in row order (default: most mentioned first). */
  groupIds?: string[];
  labels?: ReadonlyMap<string, string>;
  subtitle?: string;
};

/**
 * Mentions per publication month, one row per group on a shared scale (small multiples), so rises and falls line up
 * across groups. Month bars are one month wide; with few months each bar carries its value.
 */
export function mentionsOverTimePlot(rows: MonthCount[], options: MentionsOverTimeOptions = {}): Element {
  const { measure = "mentions", labels } = options;
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.groupId, (totals.get(row.groupId) ?? 0) + row.mentions);
  const groupIds = options.groupIds ??
    [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const data = rows
    .filter((row) => groupIds.includes(row.groupId))
    .map((row) => ({
      ...row,
      label: labelOf(labels, row.groupId),
      end: new Date(Date.UTC(row.date.getUTCFullYear(), row.date.getUTCMonth() + 1, 1)),
      value: measure === "perArticle" ? row.perArticle : row.mentions,
    }));
  const [, top] = nice(0, max(data, (row) => row.value) ?? 1, 2);
  const months = new Set(data.map((row) => row.month)).size;
  const longest = Math.max(10, ...groupIds.map((id) => labelOf(labels, id).length));
  const format = (value: number) => measure === "perArticle" ? value.toFixed(1) : String(value);
  const yLabel = measure === "perArticle" ? "mentions per article" : "mentions";
  const firstMonth = data.reduce((min, row) => row.date < min ? row.date : min, data[0]?.date ?? new Date());
  const lastMonth = data.reduce((max, row) => row.end > max ? row.end : max, data[0]?.end ?? new Date());
  // A lone month still needs a visible span on the axis.
  const padding = months <= 3 ? 45 * 86400000 : 0;
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle: options.subtitle ??
      `${yLabel} by publication month; one row per group, same scale in every row`,
    marginLeft: Math.min(260, 8.5 * longest + 12),
    marginRight: 56,
    height: 70 + 46 * Math.max(groupIds.length, 1),
    x: {
      type: "utc",
      label: null,
      grid: true,
      domain: [new Date(firstMonth.getTime() - padding), new Date(lastMonth.getTime() + padding)],
    },
    // One tick (the shared top) on the right of every row: enough to read a bar's size without crowding the rows.
    y: {
      axis: "right",
      domain: [0, top],
      ticks: [top],
      label: null,
      tickFormat: measure === "perArticle" ? ".1f" : "d",
    },
    fy: { domain: groupIds.map((id) => labelOf(labels, id)), label: null, padding: 0.15 },
    marks: [
      Plot.frame({ anchor: "bottom", stroke: "#cccccc" }),
      Plot.rectY(data, {
        x1: "date",
        x2: "end",
        y: "value",
        fy: "label",
        // A discovered, unreviewed group is outlined, not filled.
        fill: (row: MonthCount) => isUnreviewed(row.groupId) ? "white" : groupColor(row.groupId),
        stroke: (row: MonthCount) => groupColor(row.groupId),
        insetLeft: months > 24 ? 0 : 1,
        insetRight: months > 24 ? 0 : 1,
        title: (row: MonthCount & { label: string }) =>
          `${row.label}, ${row.month}: ${row.mentions} mention${
            row.mentions === 1 ? "" : "s"
          } in ${row.articles} of ${row.articlesInMonth} articles that month`,
      }),
      ...(data.length <= 40
        ? [Plot.text(data, {
          x: (row: { date: Date; end: Date }) => new Date((row.date.getTime() + row.end.getTime()) / 2),
          y: "value",
          fy: "label",
          text: (row: { value: number }) => format(row.value),
          dy: -8,
          fontSize: 12,
        })]
        : []),
    ],
  }));
}
