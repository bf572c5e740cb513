export { extractCorpus, type ExtractSummary, formatSummary, warningKind } from "./extract-corpus.ts";
export { reportCorpus, type ReportSummary } from "./report-corpus.ts";
export { JsonlWriter } from "./jsonl-writer.ts";
export * from "./review-groups.ts";
