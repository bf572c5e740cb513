import { loadRecords } from "../records/load.ts";
import { loadReference } from "../reference/mod.ts";
import { reportCharts } from "../report/catalog.ts";
import { writeBriefing } from "../report/briefing.ts";
import { extractCorpus, type ExtractOptions, type ExtractSummary } from "./extract-corpus.ts";

/** What one report run wrote: the extraction summary, the records folder, the charts and the briefing folder. */
export type ReportSummary = { extract: ExtractSummary; recordsDir: string; charts: number; briefingDir: string };

/**
 * The whole report over one input: extracts into `out/records`, then writes every chart, the briefing page and the
 * exports into `out/briefing`, all from one reference (default: this checkout's data/).
 */
export async function reportCorpus(
  input: string,
  out: string,
  options: ExtractOptions = {},
): Promise<ReportSummary> {
  const reference = options.reference ?? await loadReference();
  const recordsDir = `${out}/records`;
  const extract = await extractCorpus(input, recordsDir, { ...options, reference });
  const records = await loadRecords(recordsDir);
  const charts = reportCharts(records, reference);
  const briefing = await writeBriefing(records, charts, `${out}/briefing`);
  return { extract, recordsDir, charts: charts.length, briefingDir: briefing.outDir };
}
