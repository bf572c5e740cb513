import type { CorpusRecords } from "../records/load.ts";
import type { ReportChart } from "./chart.ts";

/** The mentions charts of the briefing. (Stub: filled in by the mentions issue.) */
export function mentionsReportCharts(_records: CorpusRecords): ReportChart[] {
  return [];
}
