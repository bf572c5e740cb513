import * as Plot from "@observablehq/plot";
import type { ArticleRow } from "../analyze/corpus-overview.ts";
import { chartDocument } from "./render.ts";
import { singleSeriesColor, themed } from "./theme.ts";

/** Article length in words after cleaning: one labelled bar per article for a few, a histogram for many. */
export function articleLengthsPlot(rows: ArticleRow[], { rowsUpTo = 40 } = {}): Element {
  const document = chartDocument();
  if (rows.length <= rowsUpTo) {
    return Plot.plot(themed({
      document,
      marginLeft: Math.min(420, 8 * Math.max(...rows.map((row) => row.label.length), 10)),
      height: 50 + 30 * rows.length,
      x: { label: "words after cleaning", grid: true },
      y: { domain: rows.map((row) => row.label), label: null },
      marks: [
        Plot.barX(rows, {
          x: "words",
          y: "label",
          fill: singleSeriesColor,
          title: (row: ArticleRow) => `${row.label}: ${row.words} words, ${row.sentences} sentences`,
        }),
        Plot.text(rows, { x: "words", y: "label", text: "words", textAnchor: "start", dx: 4 }),
        Plot.ruleX([0]),
      ],
    }));
  }
  return Plot.plot(themed({
    document,
    height: 320,
    x: { label: "words after cleaning", grid: true },
    y: { label: "articles", grid: true },
    marks: [
      Plot.rectY(
        rows,
        Plot.binX<Plot.RectYOptions>({ y: "count" }, { x: "words", fill: singleSeriesColor, thresholds: 30 }),
      ),
      Plot.ruleY([0]),
    ],
  }));
}
