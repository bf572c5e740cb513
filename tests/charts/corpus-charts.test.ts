import { describe, expect, it } from "vitest";
import { removedByKindPlot } from "../../lib/charts/removed-by-kind.ts";
import { corpusReportCharts } from "../../lib/report/corpus-charts.ts";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { svgString } from "../../lib/charts/render.ts";

describe("corpus charts", () => {
  it("removedByKindPlot([]) says that nothing was removed instead of drawing an empty axis", () => {
    expect(svgString(removedByKindPlot([]))).toContain("Cleaning removed nothing from these articles.");
  });

  it("corpusReportCharts(records) cites every article behind the outlet and length bars", () => {
    const articles = [
      articleFromText("a", "Headline one\n\nFive were killed in Idlib.", "2017-01-02"),
      articleFromText("b", "Headline two\n\nThe army advanced.", "2017-02"),
    ];
    const charts = corpusReportCharts({ articles, rejected: [], mentions: [], figures: [], relations: [] });
    const byId = new Map(charts.map((chart) => [chart.id, chart]));
    expect(byId.get("corpus-outlets")!.citations.map((c) => c.articleId)).toEqual(["a", "b"]);
    expect(byId.get("corpus-article-lengths")!.citations).toEqual([
      { label: "5 words", articleId: "a", articleTitle: "Headline one", quote: "Five were killed in Idlib." },
      { label: "3 words", articleId: "b", articleTitle: "Headline two", quote: "The army advanced." },
    ]);
  });
});
