import * as Plot from "@observablehq/plot";
import type { RemovedKind } from "../records/article.ts";
import { chartDocument } from "./render.ts";
import { singleSeriesColor, themed } from "./theme.ts";

/** What cleaning took out of the articles, by kind: spans removed, labelled with how many articles had one. */
export function removedByKindPlot(
  counts: { kind: RemovedKind; spans: number; articles: number; characters: number }[],
): Element {
  if (counts.length === 0) {
    return Plot.plot(themed({
      document: chartDocument(),
      height: 120,
      axis: null,
      marks: [Plot.text(["Cleaning removed nothing from these articles."], { frameAnchor: "middle", fontSize: 16 })],
    }));
  }
  return Plot.plot(themed({
    document: chartDocument(),
    marginLeft: 160,
    marginRight: 150,
    height: 50 + 30 * Math.max(counts.length, 1),
    x: { label: "spans removed", grid: true, ticks: Math.min(10, Math.max(1, ...counts.map((entry) => entry.spans))) },
    y: { domain: counts.map((entry) => entry.kind), label: null },
    marks: [
      Plot.barX(counts, {
        x: "spans",
        y: "kind",
        fill: singleSeriesColor,
        title: (entry) =>
          `${entry.kind}: ${entry.spans} spans in ${entry.articles} articles, ${entry.characters} characters`,
      }),
      Plot.text(counts, {
        x: "spans",
        y: "kind",
        text: (entry) => `${entry.spans} in ${entry.articles} article${entry.articles === 1 ? "" : "s"}`,
        textAnchor: "start",
        dx: 4,
      }),
      Plot.ruleX([0]),
    ],
  }));
}
