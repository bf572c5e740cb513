import type { CorpusRecords } from "../records/load.ts";
import type { ReportChart } from "./chart.ts";
import { corpusReportCharts } from "./corpus-charts.ts";
import { mentionsReportCharts } from "./mentions-charts.ts";
import { figuresReportCharts } from "./figures-charts.ts";
import { alliancesReportCharts } from "./alliances-charts.ts";

/** Every chart the notebooks show, in briefing order. */
export function reportCharts(records: CorpusRecords): ReportChart[] {
  return [
    ...corpusReportCharts(records),
    ...mentionsReportCharts(records),
    ...figuresReportCharts(records),
    ...alliancesReportCharts(records),
  ];
}
