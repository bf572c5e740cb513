import { beforeAll, describe, expect, it } from "vitest";
import { extractCorpus } from "../../lib/pipeline/extract-corpus.ts";
import { type CorpusRecords, loadRecords } from "../../lib/records/load.ts";
import { reportCharts } from "../../lib/report/catalog.ts";
import type { ReportChart } from "../../lib/report/chart.ts";
import { svgString } from "../../lib/charts/render.ts";

/**
 * Golden SVGs: every chart of the briefing, drawn from the seed corpus, compared byte for byte with
 * tests/golden/<chart>.svg. After an intended change, look at the new charts and rewrite the goldens with
 * `UPDATE_GOLDEN=1 deno task test:unit tests/charts`.
 */
const GOLDEN = "tests/golden";
const update = Deno.env.get("UPDATE_GOLDEN") === "1";

let records: CorpusRecords;
let charts: ReportChart[];
beforeAll(async () => {
  const dir = await Deno.makeTempDir({ prefix: "golden-" });
  await extractCorpus("data/corpus", dir);
  records = await loadRecords(dir);
  charts = reportCharts(records);
  await Deno.remove(dir, { recursive: true });
  if (update) await Deno.mkdir(GOLDEN, { recursive: true });
});

describe("reportCharts(records) on the seed corpus", () => {
  it("reportCharts(records) draws the same set of charts as the goldens", async () => {
    const goldens = [...Deno.readDirSync(GOLDEN)].map((entry) => entry.name.replace(/\.svg$/, "")).sort();
    if (update) {
      for (const name of goldens) {
        if (!charts.some((chart) => chart.id === name)) await Deno.remove(`${GOLDEN}/${name}.svg`);
      }
      return;
    }
    expect(charts.map((chart) => chart.id).sort()).toEqual(goldens);
  });

  it("reportCharts(records) draws every chart exactly as its golden SVG", async () => {
    for (const chart of charts) {
      const svg = svgString(chart.element, {
        title: chart.title,
        subtitle: chart.takeaway,
        caption: chart.caption,
        idPrefix: chart.id,
      });
      const path = `${GOLDEN}/${chart.id}.svg`;
      if (update) {
        await Deno.writeTextFile(path, svg);
        continue;
      }
      expect(svg, `${chart.id} differs from ${path}; if intended, rewrite with UPDATE_GOLDEN=1`).toBe(
        await Deno.readTextFile(path),
      );
    }
  });

  it("reportCharts(records) cites an article and quote for every chart with plotted values from text", () => {
    for (const chart of charts.filter((chart) => chart.id.startsWith("figures-") || chart.id.startsWith("mentions-"))) {
      expect(chart.citations.length, chart.id).toBeGreaterThan(0);
      for (const citation of chart.citations) {
        expect(records.articles.some((article) => article.id === citation.articleId), chart.id).toBe(true);
        expect(citation.quote.length > 0 || citation.reference !== undefined, chart.id).toBe(true);
      }
    }
  });
});
