export type { Citation, ReportChart } from "./chart.ts";
export { reportCharts } from "./catalog.ts";
export { type BriefingFiles, writeBriefing } from "./briefing.ts";
export { briefingHtml, contentSecurityPolicy } from "./briefing-html.ts";
export { corpusCaption, corpusDescription, corpusSummary } from "./caption.ts";
export { csvField, toCsv } from "./csv.ts";
export { exportTables } from "./exports.ts";
export { chartHtml, chartOutput } from "./notebook-output.ts";
