import type { Rejected } from "../records/article.ts";
import { ArticleAdmission } from "../ingest/admission.ts";
import { type InputOptions, readInput } from "../ingest/inputs.ts";
import { loadReference, type Reference } from "../reference/mod.ts";
import { JsonlWriter } from "./jsonl-writer.ts";
import { RECORD_FILES, type RecordFile } from "../records/record-files.ts";
import { writeParquet } from "./parquet.ts";
import { type DocumentRecords, renameDiscovered, renameDocumentRecords } from "./document-records.ts";
import { BATCH, ExtractionPool } from "./worker-pool.ts";
import { IncidentSpill } from "./incident-spill.ts";

/** What one extraction run read and wrote, as printed and as saved to summary.json. */
export type ExtractSummary = {
  input: string;
  /** Set when the run took one shard of the input: "I/N". */
  shard?: string;
  read: number;
  parsed: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  /** Files set aside on purpose: a folder's README, LICENSE and CHANGELOG (documentation, not articles). */
  skippedDocumentation: number;
  duplicates: number;
  /** Articles with a publication date (ambiguous ones, whose two readings stay open, are not dated). */
  dated: number;
  /** Articles whose numeric date reads two ways with nothing to decide: both readings kept, no date. */
  ambiguousDates: number;
  datesByMethod: Record<string, number>;
  datesByPrecision: Record<string, number>;
  articlesWithWarnings: number;
  /** Articles per kind of warning ("invalid UTF-8 replaced", "no title" …). */
  warningsByKind: Record<string, number>;
  mentions: number;
  figures: number;
  relations: number;
  /** Incidents reconciled from the figures across articles (events.jsonl); within one shard when sharded. */
  events: number;
};

/** The kind of an article warning, for the summary's counts. */
export function warningKind(warning: string): string {
  if (/invalid UTF-8/.test(warning)) return "invalid UTF-8 replaced";
  if (/^no title/.test(warning)) return "no title";
  if (/comment section announces/.test(warning)) return "comment count differs";
  if (/was already used/.test(warning)) return "id used twice";
  if (/^stated date/.test(warning)) return "unreadable stated date";
  if (/no article text/.test(warning)) return "no text after cleaning";
  return "other";
}

/** One shard of a corpus: the documents whose position in the input (from 0) is `index - 1` modulo `count`. */
export type Shard = { index: number; count: number };

/** How far a run has come, for a progress line. */
export type ExtractProgress = {
  documents: number;
  /** Characters of document text read so far. */
  characters: number;
  rejected: number;
  seconds: number;
  /** True on the last call, when the run is over. */
  done: boolean;
  /** True once every document is written and the events are being reconciled. */
  reconciling?: boolean;
  /** CPU seconds the worker threads have spent so far, as they last said (the rest of the process's is the main
   * thread's, V8's compiler and collector threads' and the runtime's). */
  workerCpuSeconds: number;
};

export type ExtractOptions = InputOptions & {
  reference?: Reference;
  /** Worker threads extracting documents (default: the machine's cores). Output is the same whatever the number. */
  workers?: number;
  /** Process only this shard of the input. */
  shard?: Shard;
  /** A document that takes longer than this (default 60 s) is rejected as "timeout" and the run goes on. */
  timeoutMs?: number;
  /** Called now and then while the run goes, and once at its end. */
  onProgress?: (progress: ExtractProgress) => void;
  /** Also write every record file as Parquet through DuckDB (default true); the JSONL stays the source of truth. */
  parquet?: boolean;
  /** The worker module (tests only). */
  workerUrl?: URL;
};

export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Runs the whole extraction on one input and writes `outDir/<file>.jsonl` for every record file (articles,
 * rejected, mentions, figures, relations), then `events.jsonl` (incidents reconciled across articles once all are
 * read), `summary.json`, and the same records as `outDir/<file>.parquet`. Documents stream through worker threads
 * and their records are written in input order, through a reorder window of a few documents per worker, so the
 * bytes are the same whatever the number of workers; discovered groups get one name per organisation across the
 * corpus, decided in input order. Documents read = parsed + rejected + skipped documentation, always. Memory stays
 * flat: the incident reports events are reconciled from wait on disk (`IncidentSpill`), one file per event date.
 */
export async function extractCorpus(
  input: string,
  outDir: string,
  options: ExtractOptions = {},
): Promise<ExtractSummary> {
  const reference = options.reference ?? await loadReference();
  const workers = Math.max(1, options.workers ?? navigator.hardwareConcurrency);
  const shard = options.shard ?? { index: 1, count: 1 };
  const stream = readInput(input, options);
  // Pull the first item before creating files, so an unusable input (InputError) leaves no half-written output.
  const first = await stream.next();
  await Deno.mkdir(outDir, { recursive: true });
  const writers = Object.fromEntries(
    await Promise.all(RECORD_FILES.map(async (name) => [name, await JsonlWriter.create(`${outDir}/${name}.jsonl`)])),
  ) as Record<RecordFile, JsonlWriter>;
  const summary: ExtractSummary = {
    input,
    ...(shard.count > 1 ? { shard: `${shard.index}/${shard.count}` } : {}),
    read: 0,
    parsed: 0,
    rejected: 0,
    rejectedByReason: {},
    skippedDocumentation: 0,
    duplicates: 0,
    dated: 0,
    ambiguousDates: 0,
    datesByMethod: {},
    datesByPrecision: {},
    articlesWithWarnings: 0,
    warningsByKind: {},
    mentions: 0,
    figures: 0,
    relations: 0,
    events: 0,
  };
  const count = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  let admission: ArticleAdmission | undefined = new ArticleAdmission();
  const started = performance.now();
  let characters = 0;
  let lastProgress = 0;
  const progress = (force = false, reconciling = false) => {
    const now = performance.now();
    if (!options.onProgress || (!force && now - lastProgress < 250)) return;
    lastProgress = now;
    options.onProgress({
      documents: summary.read,
      characters,
      rejected: summary.rejected,
      seconds: (now - started) / 1000,
      done: force && !reconciling,
      ...(reconciling ? { reconciling } : {}),
      workerCpuSeconds: pool.workerCpuSeconds(),
    });
  };
  const onRejected = async (rejected: Rejected) => {
    summary.rejected++;
    count(summary.rejectedByReason, rejected.reason);
    if (rejected.reason === "duplicate") summary.duplicates++;
    await writers.rejected.write(rejected);
  };
  // One name per discovered organisation across the corpus: the first spelling in input order names it.
  const discoveredSlugs = new Map<string, string>();
  const spill = await IncidentSpill.create();
  /** Incident figures of the articles written so far: the corpus order of the next article's first one. */
  let incidentFigures = 0;
  /**
   * The in-order step: duplicates, taken ids and discovered names are decided here, then the document's lines are
   * written.
   */
  const commit = async (records: DocumentRecords) => {
    summary.read++;
    if (records.kind === "skipped") return void summary.skippedDocumentation++;
    if (records.kind === "rejected") return await onRejected(records.rejected);
    const decision = admission!.admit(records, records.textKey);
    if (decision.kind === "duplicate") return await onRejected(decision.rejected);
    if (decision.renamed) records = renameDocumentRecords(records, decision.id, decision.renamed);
    const renames = new Map<string, string>();
    for (const [key, slug] of records.discovered) {
      const first = discoveredSlugs.get(key);
      if (first === undefined) discoveredSlugs.set(key, slug);
      else if (first !== slug) renames.set(`new:${slug}`, `new:${first}`);
    }
    if (renames.size > 0) records = renameDiscovered(records, renames);
    if (records.incidents) {
      const offset = incidentFigures;
      for (const { date, order, tail } of records.incidents.reports) spill.addReport(date, order + offset, tail);
      await spill.flushIfFull();
      incidentFigures += records.incidents.figures;
    }
    summary.parsed++;
    if (records.published.dated) summary.dated++;
    if (records.published.ambiguous) summary.ambiguousDates++;
    count(summary.datesByMethod, records.published.method);
    count(
      summary.datesByPrecision,
      records.published.dated
        ? records.published.precision ?? "none"
        : (records.published.ambiguous ? "ambiguous" : "none"),
    );
    if (records.warnings.length > 0) summary.articlesWithWarnings++;
    for (const kind of new Set(records.warnings.map(warningKind))) count(summary.warningsByKind, kind);
    for (const file of RECORD_FILES) {
      const lines = records.lines[file];
      if (lines !== undefined) await writers[file].writeBytes(lines, records.counts[file] ?? 0);
    }
  };

  const done = new Map<number, DocumentRecords>();
  let wake: (() => void) | undefined;
  let fatal: Error | undefined;
  const pool = new ExtractionPool({
    workers,
    reference,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    workerUrl: options.workerUrl,
    onRecords: (seq, records) => {
      done.set(seq, records);
      wake?.();
    },
    onFatal: (error) => {
      fatal = error;
      wake?.();
    },
  });
  // Documents between the oldest not yet written and the newest read: bounds memory whatever the corpus size. Three
  // batches a worker: the one it is on, the next, and one filling.
  const window = workers * BATCH * 3;
  let submitted = 0;
  let written = 0;
  const writeReady = async () => {
    for (let records = done.get(written); records !== undefined; records = done.get(written)) {
      done.delete(written++);
      await commit(records);
    }
    progress();
  };
  const waitUntil = async (enough: () => boolean) => {
    while (!enough()) {
      if (!done.has(written) && !fatal) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (fatal) throw fatal;
      await writeReady();
    }
  };
  try {
    let position = 0;
    for (let item = first; !item.done; item = await stream.next()) {
      if (position++ % shard.count !== shard.index - 1) continue;
      const seq = submitted++;
      if (item.value.kind !== "document") done.set(seq, item.value);
      else {
        characters += item.value.document.text.length;
        pool.submit(seq, item.value.document);
      }
      await writeReady();
      await waitUntil(() => submitted - written < window);
    }
    await waitUntil(() => written === submitted);
    pool.close();
    // Every document is written: the duplicate and id index, the largest thing the run holds (about 0.2 KB an
    // article), and the discovered names go before the events are reconciled.
    admission = undefined;
    discoveredSlugs.clear();
    progress(true, true);
    for await (const event of spill.events()) await writers.events.write(event);
  } finally {
    pool.close();
    await spill.close();
    for (const writer of Object.values(writers)) await writer.close();
  }
  summary.mentions = writers.mentions.count;
  summary.figures = writers.figures.count;
  summary.relations = writers.relations.count;
  summary.events = writers.events.count;
  progress(true);
  await Deno.writeTextFile(`${outDir}/summary.json`, JSON.stringify(summary, null, 2) + "\n");
  if (options.parquet !== false) {
    try {
      await writeParquet(outDir);
    } catch (error) {
      throw new Error(
        `${outDir}: the JSONL records are complete, but writing them as Parquet failed (${
          (error as Error).message
        }); ` +
          `run with --no-parquet to skip Parquet`,
      );
    }
  }
  return summary;
}

/** The summary as lines for a terminal. */
export function formatSummary(summary: ExtractSummary, outDir: string, { parquet = true } = {}): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => `${key} ${n}`).join(", ") || "none";
  return [
    `input: ${summary.input}${summary.shard ? ` (shard ${summary.shard})` : ""}`,
    `read ${summary.read}: parsed ${summary.parsed}, rejected ${summary.rejected}` +
    (summary.rejected ? ` (${list(summary.rejectedByReason)})` : "") +
    (summary.skippedDocumentation
      ? `, skipped ${summary.skippedDocumentation} documentation (README, LICENSE, CHANGELOG)`
      : ""),
    `duplicates: ${summary.duplicates}`,
    `publication dates: ${summary.dated} of ${summary.parsed} dated` +
    (summary.ambiguousDates ? ` (${summary.ambiguousDates} more read two ways, both readings kept)` : "") +
    `; by method: ${list(summary.datesByMethod)}; precision: ${list(summary.datesByPrecision)}`,
    `articles with warnings: ${summary.articlesWithWarnings}` +
    (summary.articlesWithWarnings ? ` (${list(summary.warningsByKind)})` : ""),
    `mentions ${summary.mentions}, figures ${summary.figures}, relations ${summary.relations}, events ${summary.events}`,
    `wrote ${outDir}/{${RECORD_FILES.join(",")}}.jsonl${parquet ? " (and .parquet)" : ""} and summary.json`,
  ].join("\n");
}
