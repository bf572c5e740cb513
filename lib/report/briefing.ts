import type { CorpusRecords } from "../records/load.ts";
import { svgString, svgToPng } from "../charts/render.ts";
import type { ReportChart } from "./chart.ts";
import { briefingHtml, type BriefingPageOptions, type PageChart } from "./briefing-html.ts";
import { toCsv } from "./csv.ts";
import { type ExportTable, exportTables } from "./exports.ts";

/** What `writeBriefing` wrote: paths relative to the output folder, sorted. */
export type BriefingFiles = { outDir: string; files: string[] };

/** Throws when a chart id cannot be a file name or is used twice (files would overwrite each other). */
function checkChartIds(charts: ReportChart[]): void {
  const seen = new Set<string>();
  for (const chart of charts) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(chart.id)) {
      throw new Error(`writeBriefing: chart id "${chart.id}" is not a slug; use lowercase letters, digits and "-"`);
    }
    if (seen.has(chart.id)) throw new Error(`writeBriefing: two charts have the id "${chart.id}"; give each its own`);
    seen.add(chart.id);
  }
}

/** The chart citations as one more export table, so a spreadsheet can trace every plotted value. */
function citationTable(charts: ReportChart[]): ExportTable {
  return {
    name: "citations",
    columns: ["chartId", "label", "articleId", "articleTitle", "quote", "reference"],
    rows: charts.flatMap((chart) =>
      chart.citations.map((citation) => ({
        chartId: chart.id,
        label: citation.label,
        articleId: citation.articleId,
        articleTitle: citation.articleTitle,
        quote: citation.quote,
        reference: citation.reference ?? null,
      }))
    ),
  };
}

/**
 * Deletes chart and export files a previous run left in `outDir` (a removed chart must not linger), touching only
 * names this module writes, so a mistaken `--out` can never delete anything else.
 */
async function removeStaleFiles(outDir: string): Promise<void> {
  const patterns: [string, RegExp][] = [
    ["charts", /^[a-z0-9][a-z0-9-]*\.(svg|png)$/],
    ["exports", /^(articles|mentions|figures|relations|citations)\.(csv|json)$/],
  ];
  for (const [folder, pattern] of patterns) {
    try {
      for await (const entry of Deno.readDir(`${outDir}/${folder}`)) {
        if (entry.isFile && pattern.test(entry.name)) await Deno.remove(`${outDir}/${folder}/${entry.name}`);
      }
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  }
}

/**
 * Writes the briefing into `outDir`: index.html (every chart inline with title, takeaway, caption and a citations
 * table), charts/<id>.svg and charts/<id>.png (standalone, with title, takeaway and caption; PNG at 2x), and
 * exports/{articles,mentions,figures,relations,citations}.{csv,json}. Chart and export files of an earlier run are
 * deleted first, so charts that no longer exist leave nothing stale. Same records and charts give the same bytes.
 */
export async function writeBriefing(
  records: CorpusRecords,
  charts: ReportChart[],
  outDir = "out/briefing",
  options: BriefingPageOptions = {},
): Promise<BriefingFiles> {
  checkChartIds(charts);
  const files = new Map<string, string | Uint8Array>();
  const pageCharts: PageChart[] = charts.map((chart) => {
    const standalone = svgString(chart.element, {
      title: chart.title,
      subtitle: chart.takeaway,
      caption: chart.caption,
      idPrefix: chart.id,
    });
    files.set(`charts/${chart.id}.svg`, standalone + "\n");
    files.set(`charts/${chart.id}.png`, svgToPng(standalone, { scale: 2 }));
    // On the page the title, takeaway and caption are HTML text around the chart, so the inline SVG leaves them out.
    const svg = svgString(chart.element, { title: "", subtitle: "", caption: "", idPrefix: `page-${chart.id}` });
    return { ...chart, svg, svgFile: `charts/${chart.id}.svg`, pngFile: `charts/${chart.id}.png` };
  });
  const tables = [...exportTables(records), citationTable(charts)];
  for (const table of tables) {
    files.set(`exports/${table.name}.csv`, toCsv(table.columns, table.rows));
    files.set(`exports/${table.name}.json`, JSON.stringify(table.rows, null, 2) + "\n");
  }
  files.set("index.html", briefingHtml(records, pageCharts, tables, options));

  await removeStaleFiles(outDir);
  await Deno.mkdir(`${outDir}/charts`, { recursive: true });
  await Deno.mkdir(`${outDir}/exports`, { recursive: true });
  for (const [path, content] of files) {
    if (typeof content === "string") await Deno.writeTextFile(`${outDir}/${path}`, content);
    else await Deno.writeFile(`${outDir}/${path}`, content);
  }
  return { outDir, files: [...files.keys()].sort() };
}
