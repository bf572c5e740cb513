import * as Plot from "@observablehq/plot";
import { chartDocument } from "./render.ts";
import { singleSeriesColor, themed } from "./theme.ts";

/** Articles per outlet as horizontal bars, most first; beyond `top` outlets the rest are summed as "other". */
export function outletsPlot(counts: { outlet: string; articles: number }[], { top = 15 } = {}): Element {
  const shown = counts.slice(0, top);
  const rest = counts.slice(top).reduce((total, entry) => total + entry.articles, 0);
  const data = rest > 0 ? [...shown, { outlet: `other (${counts.length - top} outlets)`, articles: rest }] : shown;
  return Plot.plot(themed({
    document: chartDocument(),
    marginLeft: Math.min(320, 9 * Math.max(...data.map((entry) => entry.outlet.length), 8)),
    height: 50 + 30 * data.length,
    x: { label: "articles", grid: true, ticks: Math.min(10, Math.max(1, ...data.map((entry) => entry.articles))) },
    y: { domain: data.map((entry) => entry.outlet), label: null },
    marks: [
      Plot.barX(data, {
        x: "articles",
        y: "outlet",
        fill: singleSeriesColor,
        title: (entry) => `${entry.outlet}: ${entry.articles}`,
      }),
      Plot.text(data, { x: "articles", y: "outlet", text: "articles", textAnchor: "start", dx: 4 }),
      Plot.ruleX([0]),
    ],
  }));
}
