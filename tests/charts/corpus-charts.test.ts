import { describe, expect, it } from "vitest";
import { removedByKindPlot } from "../../lib/charts/removed-by-kind.ts";
import { corpusReportCharts } from "../../lib/report/corpus-charts.ts";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { svgString } from "../../lib/charts/render.ts";
import { radialLabel } from "../../lib/charts/relation-network.ts";

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

describe("radialLabel(node, name)", () => {
  it("radialLabel(node, name) turns a right-half name along its radius, anchored at its start outside the circle", () => {
    const label = radialLabel({ id: "a", x: Math.cos(Math.PI / 6), y: Math.sin(Math.PI / 6), degree: 1 }, "A");
    expect(label.anchor).toBe("start");
    expect(label.rotate).toBeCloseTo(30);
    expect(Math.hypot(label.x, label.y)).toBeGreaterThan(1);
  });

  it("radialLabel(node, name) turns a left-half name half a circle more so it reads left to right, anchored at its end", () => {
    const label = radialLabel({ id: "b", x: -1, y: 0, degree: 1 }, "B");
    expect(label.anchor).toBe("end");
    expect(label.rotate).toBeCloseTo(0);
    expect(label.x).toBeLessThan(-1);
  });
});
