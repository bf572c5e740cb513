/// <reference lib="deno.worker" />
import process from "node:process";
import type { RawDocument } from "../ingest/inputs.ts";
import type { Reference } from "../reference/mod.ts";
import { type DocumentRecords, transferables } from "./document-records.ts";
import { documentRecordsOfBatch } from "./document-extraction.ts";
import { Failed } from "./record-files.ts";

/** A document numbered in input order. */
export type Job = { seq: number; document: RawDocument };

/**
 * What the pool sends a worker: the reference once, then batches of documents (a batch runs one stage over all its
 * documents before the next: see `documentRecordsOfBatch`).
 */
export type WorkerRequest = { kind: "reference"; reference: Reference } | { kind: "documents"; jobs: Job[] };

/**
 * What a worker answers: that it holds the reference, then the records of each document of a batch, by number, with
 * the CPU seconds its thread has spent so far (what `deno task bench` splits a run's CPU time by).
 */
export type WorkerReply =
  | { kind: "ready" }
  | { kind: "records"; results: { seq: number; records: DocumentRecords }[]; cpuSeconds: number };

let reference: Reference | undefined;

/** CPU seconds (user and system) this thread has spent. */
function threadCpuSeconds(): number {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/**
 * A short made-up article every worker extracts, and throws away, before it says it is ready: the tables the
 * extractors build once per lexicon (tries, compiled patterns, place indexes) and the first compilations are then paid
 * for before the time budget of any real document starts, so a worker started again after a timeout does not put its
 * own warm-up on the next document's budget.
 */
const WARM_UP: RawDocument = {
  id: "warm-up",
  source: { path: "(worker warm-up)" },
  sha256: "0".repeat(64),
  format: "text",
  text:
    "Mon 4 Apr 2016. Air strikes killed at least 12 civilians, among them 3 children, in Saraqib in Idlib province " +
    "on Monday, the Syrian Observatory for Human Rights said. Rebels of the Free Syrian Army, backed by Turkey, " +
    "clashed with Islamic State fighters near al-Bab.",
  warnings: [],
  stated: {},
  statedOrigin: "input",
};

/**
 * Handles one request of the pool. An extractor that throws costs only its document: it is rejected as "crashed"
 * with the error, and the worker goes on.
 */
export function handleWorkerRequest(request: WorkerRequest): WorkerReply | undefined {
  if (request.kind === "reference") {
    reference = request.reference;
    documentRecordsOfBatch([WARM_UP], reference);
    return { kind: "ready" };
  }
  if (!reference) throw new Error("extract worker: a document came before the reference");
  const documents = request.jobs.map((job) => job.document);
  const results = documentRecordsOfBatch(documents, reference).map((records, i): DocumentRecords => {
    if (!(records instanceof Failed)) return records;
    const document = documents[i];
    return {
      kind: "rejected",
      rejected: {
        source: document.source,
        id: document.id,
        reason: "crashed",
        message: `${document.source.path}: extraction failed on this document (${(records.error as Error).message})`,
      },
    };
  });
  return {
    kind: "records",
    results: results.map((records, i) => ({ seq: request.jobs[i].seq, records })),
    cpuSeconds: threadCpuSeconds(),
  };
}

/** Serves requests one at a time, in the order they came, so the pool knows which batch each worker is on. */
export function serveWorkerRequests(
  handle: (request: WorkerRequest) => WorkerReply | undefined | Promise<WorkerReply | undefined>,
): void {
  let queue = Promise.resolve();
  self.onmessage = (event: MessageEvent<WorkerRequest>) => {
    queue = queue.then(async () => {
      const reply = await handle(event.data);
      if (reply) {
        self.postMessage(
          reply,
          reply.kind === "records" ? reply.results.flatMap((result) => transferables(result.records)) : [],
        );
      }
    });
  };
}

/**
 * With EXTRACT_MEMORY_LOG set (to seconds between lines), the worker writes its own heap to stderr now and then:
 * `deno task bench --big-mb` traces the main thread, and this is where each worker's share shows.
 */
function traceMemory(): void {
  const every = Number(
    Deno.permissions.querySync({ name: "env", variable: "EXTRACT_MEMORY_LOG" }).state === "granted"
      ? Deno.env.get("EXTRACT_MEMORY_LOG") ?? 0
      : 0,
  );
  if (!(every > 0)) return;
  const started = performance.now();
  const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
  setInterval(() => {
    const memory = Deno.memoryUsage();
    console.error(
      `  worker ${self.name || ""} at ${((performance.now() - started) / 1000).toFixed(0)} s: heap ${
        mb(memory.heapUsed)
      } of ${mb(memory.heapTotal)} MB, external ${mb(memory.external)} MB`,
    );
  }, every * 1000);
}

if (import.meta.main) {
  traceMemory();
  serveWorkerRequests(handleWorkerRequest);
}
