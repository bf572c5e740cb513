import * as Plot from "@observablehq/plot";
import type { ArticleRow } from "../analyze/corpus-overview.ts";
import { chartDocument } from "./render.ts";
import { categoryColorScale, themed } from "./theme.ts";

const METHODS = ["metadata", "text", "inferred"] as const;
const METHOD_LABEL: Record<string, string> = {
  metadata: "stated in metadata",
  text: "written in the text",
  inferred: "inferred from dated facts",
};

/**
 * Articles by publication date with the date's precision visible: a month-precise date is a bar over the whole
 * month, a year-precise one over the year, a day-precise one a short mark on its day; colour says how the date was
 * found. Up to `rowsUpTo` articles get one row each (labelled); more are counted per month instead.
 */
export function articlesByDatePlot(rows: ArticleRow[], { rowsUpTo = 40 } = {}): Element {
  const dated = rows.filter((row) => row.start !== null);
  const undated = rows.length - dated.length;
  const color = categoryColorScale(METHODS.map((method) => METHOD_LABEL[method]), { legend: true });
  const subtitle = `${dated.length} dated article${dated.length === 1 ? "" : "s"}` +
    (undated ? `, ${undated} undated (not shown)` : "") + "; a bar spans the month or year a coarse date covers";
  const document = chartDocument();
  if (dated.length <= rowsUpTo) {
    const data = dated.map((row) => ({ ...row, how: METHOD_LABEL[row.method] }));
    const labelWidth = Math.min(420, 8 * Math.max(...data.map((row) => row.label.length), 10));
    return Plot.plot(themed({
      document,
      subtitle,
      marginLeft: labelWidth,
      marginRight: 150,
      height: 60 + 34 * data.length,
      x: { type: "utc", label: "publication date", grid: true, nice: true },
      y: { domain: data.map((row) => row.label), label: null },
      color,
      marks: [
        Plot.barX(data, {
          x1: "start",
          x2: (row: ArticleRow) => new Date(Math.max(row.end!.getTime(), row.start!.getTime() + 4 * 86400000)),
          y: "label",
          fill: "how",
          insetTop: 6,
          insetBottom: 6,
          title: (row: ArticleRow) =>
            `${row.title ?? row.label}\n${row.date} (${row.precision} precision, ${row.method})\n${row.explanation}`,
        }),
        Plot.dot(data.filter((row) => row.precision === "day"), {
          x: "start",
          y: "label",
          fill: "how",
          r: 6,
          title: (row: ArticleRow) =>
            `${row.title ?? row.label}\n${row.date} (day precision, ${row.method})\n${row.explanation}`,
        }),
        Plot.text(data, {
          x: "end",
          y: "label",
          text: (row: ArticleRow) => `${row.date} · ${row.precision}`,
          textAnchor: "start",
          dx: 10,
          fontSize: 13,
        }),
      ],
    }));
  }
  const data = dated.map((row) => ({ ...row, how: METHOD_LABEL[row.method] }));
  const monthly = data.filter((row) => row.precision !== "year");
  const yearly = data.filter((row) => row.precision === "year");
  return Plot.plot(themed({
    document,
    subtitle: subtitle.replace("a bar spans the month or year a coarse date covers", "articles per month") +
      (yearly.length ? `; ${yearly.length} dated to the year only (grey bands)` : ""),
    height: 360,
    x: { type: "utc", label: "publication month", grid: true },
    y: { label: "articles", grid: true },
    color,
    marks: [
      Plot.rectY(
        yearly,
        Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "start", interval: "year", fill: "#dddddd" }),
      ),
      Plot.rectY(
        monthly,
        Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "start", interval: "month", fill: "how", inset: 0.5 }),
      ),
      Plot.ruleY([0]),
    ],
  }));
}
