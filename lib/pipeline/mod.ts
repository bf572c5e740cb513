export {
  DEFAULT_TIMEOUT_MS,
  extractCorpus,
  type ExtractOptions,
  type ExtractProgress,
  type ExtractSummary,
  formatSummary,
  type Shard,
  warningKind,
} from "./extract-corpus.ts";
export { articleRecords, type ExtractedFile } from "./record-files.ts";
export { writeSyntheticCorpus } from "./synthetic-corpus.ts";
export { writeParquet } from "./parquet.ts";
export { reportCorpus, type ReportSummary } from "./report-corpus.ts";
export { JsonlWriter } from "./jsonl-writer.ts";
export * from "./review-groups.ts";
