import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/mod.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { figuresReportCharts } from "../../lib/report/figures-charts.ts";
import { figureLabel, figureRows } from "../../lib/analyze/figure-rows.ts";
import { svgString } from "../../lib/charts/render.ts";
import type { CorpusRecords } from "../../lib/records/load.ts";
import type { Article } from "../../lib/records/mod.ts";

async function seedRecords(): Promise<CorpusRecords> {
  const articles: Article[] = [];
  for await (const item of ingest("data/corpus")) if (item.kind === "article") articles.push(item.article);
  return {
    articles,
    rejected: [],
    mentions: [],
    figures: articles.flatMap((article) => extractFigures(article)),
    relations: [],
  };
}

describe("figures charts", () => {
  it("figureLabel(figure) says value, who, kind, scope, source and place", async () => {
    const records = await seedRecords();
    expect(records.figures.map(figureLabel)).toEqual([
      "thousands (≥ 1,000) fighters",
      "more than 300 Jaish al-Mujahideen fighters killed [war total] (Amin Malhis, Jaish al-Mujahideen commander)",
      "5 members of a family killed (Syrian Observatory for Human Rights)",
      "more than 310,000 killed [war total] (Syria)",
      "millions (≥ 1,000,000) displaced [war total] (Syria)",
      "45,000–50,000 displaced (UN OCHA, Daraa)",
      "at least 13 casualties (UN)",
    ]);
  });
  it("figuresReportCharts(records) cites every plotted seed figure with its sentence", async () => {
    const records = await seedRecords();
    const charts = figuresReportCharts(records);
    expect(charts.map((chart) => chart.id)).toEqual([
      "events-casualties-band",
      "events-map",
      "figures-casualties",
      "figures-displacement",
    ]);
    const perFigure = charts.filter((chart) => chart.id.startsWith("figures-"));
    const cited = perFigure.flatMap((chart) => chart.citations);
    expect(cited).toHaveLength(records.figures.length);
    expect(charts.flatMap((chart) => chart.citations).every((citation) => citation.quote.length > 0)).toBe(true);
    expect(perFigure[0].takeaway).toContain("more than 310,000 killed [war total]");
  });
  it("figuresTimelinePlot(rows) draws the seed figures with a title on every mark", async () => {
    const records = await seedRecords();
    const svg = svgString(figuresReportCharts(records).find((c) => c.id === "figures-displacement")!.element);
    expect(svg).toContain("45,000–50,000 displaced (UN OCHA, Daraa)");
    expect(svg).toContain("“The UN Office for the Coordination of Humanitarian Affairs (OCHA) estimates");
    expect(figureRows(records.figures, records.articles).filter((row) => row.date === null)).toEqual([]);
  });
});
