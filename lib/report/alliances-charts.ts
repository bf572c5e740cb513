import type { CorpusRecords } from "../records/load.ts";
import type { ReportChart } from "./chart.ts";

/** The alliances charts of the briefing. (Stub: filled in by the alliances issue.) */
export function alliancesReportCharts(_records: CorpusRecords): ReportChart[] {
  return [];
}
