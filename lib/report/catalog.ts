import type { CorpusRecords } from "../records/load.ts";
import type { ReportChart } from "./chart.ts";
import { defaultReference, type Reference } from "../reference/mod.ts";
import { corpusReportCharts } from "./corpus-charts.ts";
import { mentionsReportCharts } from "./mentions-charts.ts";
import { figuresReportCharts } from "./figures-charts.ts";
import { alliancesReportCharts } from "./alliances-charts.ts";

/**
 * Every chart the notebooks show, in briefing order: a function of the records and the reference they were extracted
 * with (group names, reviewed memberships), by default this checkout's.
 */
export function reportCharts(records: CorpusRecords, reference: Reference = defaultReference()): ReportChart[] {
  return [
    ...corpusReportCharts(records),
    ...mentionsReportCharts(records, { reference }),
    ...figuresReportCharts(records, reference),
    ...alliancesReportCharts(records, reference),
  ];
}
