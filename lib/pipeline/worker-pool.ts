import type { RawDocument } from "../ingest/inputs.ts";
import { where } from "../ingest/ingest.ts";
import type { Reference } from "../reference/mod.ts";
import type { DocumentRecords } from "./document-records.ts";
import type { WorkerReply, WorkerRequest } from "./extract-worker.ts";

/** How an extraction pool runs: how many workers, the reference they share, and the time budget of one document. */
export type PoolOptions = {
  workers: number;
  reference: Reference;
  /** A document still being extracted after this many milliseconds is rejected as "timeout". */
  timeoutMs: number;
  /** The worker module (tests substitute one that can hang or crash on demand). */
  workerUrl?: URL;
  /** Called once per submitted document, in whatever order the workers finish. */
  onRecords: (seq: number, records: DocumentRecords) => void;
  /** Called when a worker cannot even start (its module does not load): no document could ever be extracted. */
  onFatal: (error: Error) => void;
};

type Job = { seq: number; document: RawDocument };
/** A worker, the documents it holds (the first is the one it is on), and since when it is on that one. */
type Slot = { worker: Worker; jobs: Job[]; headSince: number; ready: boolean };

/** Documents a worker holds at once: the one it is on and the next, so it never waits for the writing thread. */
const DEPTH = 2;

export const EXTRACT_WORKER = new URL("./extract-worker.ts", import.meta.url);

/**
 * Web Workers that each hold the reference (sent once, when the worker starts) and turn documents into records.
 * A worker past the time budget is stopped and replaced, and a worker that dies is replaced: either way only the
 * document it was on is lost (rejected with the reason); the documents queued behind it go to the others.
 */
export class ExtractionPool {
  #options: PoolOptions;
  #slots: Slot[] = [];
  #waiting: Job[] = [];
  #timer: ReturnType<typeof setInterval>;
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = options;
    for (let i = 0; i < Math.max(1, options.workers); i++) {
      const slot: Slot = { worker: undefined as unknown as Worker, jobs: [], headSince: 0, ready: false };
      this.#start(slot);
      this.#slots.push(slot);
    }
    this.#timer = setInterval(() => this.#checkBudget(), Math.max(5, Math.min(1000, options.timeoutMs / 4)));
  }

  /** Queues one document; its records come back through `onRecords`. */
  submit(seq: number, document: RawDocument): void {
    this.#waiting.push({ seq, document });
    this.#dispatch();
  }

  /** Stops every worker. */
  close(): void {
    this.#closed = true;
    clearInterval(this.#timer);
    for (const slot of this.#slots) slot.worker.terminate();
  }

  #start(slot: Slot): void {
    const worker = new Worker((this.#options.workerUrl ?? EXTRACT_WORKER).href, { type: "module" });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (slot.worker !== worker) return;
      if (reply.kind === "ready") {
        // The budget counts from here: starting a worker (loading its modules) is not the document's time.
        slot.ready = true;
        slot.headSince = performance.now();
        return;
      }
      const at = slot.jobs.findIndex((job) => job.seq === reply.seq);
      if (at === -1) return;
      slot.jobs.splice(at, 1);
      if (at === 0) slot.headSince = performance.now();
      this.#options.onRecords(reply.seq, reply.records);
      this.#dispatch();
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (slot.worker !== worker) return;
      if (!slot.ready) {
        // Dying before it holds the reference is not a document's fault; restarting would loop for ever.
        this.close();
        this.#options.onFatal(new Error(`an extraction worker could not start: ${event.message}`));
        return;
      }
      this.#fail(slot, "crashed", `its worker died (${event.message})`);
    };
    worker.postMessage({ kind: "reference", reference: this.#options.reference } satisfies WorkerRequest);
    slot.worker = worker;
    slot.jobs = [];
    slot.ready = false;
  }

  #dispatch(): void {
    if (this.#closed) return;
    for (let depth = 1; depth <= DEPTH && this.#waiting.length > 0; depth++) {
      for (const slot of this.#slots) {
        if (this.#waiting.length === 0) return;
        if (slot.jobs.length >= depth) continue;
        const job = this.#waiting.shift()!;
        if (slot.jobs.length === 0) slot.headSince = performance.now();
        slot.jobs.push(job);
        slot.worker.postMessage({ kind: "document", seq: job.seq, document: job.document } satisfies WorkerRequest);
      }
    }
  }

  #checkBudget(): void {
    const now = performance.now();
    for (const slot of this.#slots) {
      if (slot.ready && slot.jobs.length > 0 && now - slot.headSince > this.#options.timeoutMs) {
        this.#fail(slot, "timeout", `extraction took longer than the ${this.#options.timeoutMs / 1000} s budget`);
      }
    }
  }

  /** Rejects the document a worker was on, replaces the worker, and hands the documents queued behind it on. */
  #fail(slot: Slot, reason: "timeout" | "crashed", why: string): void {
    slot.worker.terminate();
    const [lost, ...queued] = slot.jobs;
    this.#start(slot);
    this.#waiting.unshift(...queued);
    if (lost) {
      const { source, id } = lost.document;
      this.#options.onRecords(lost.seq, {
        kind: "rejected",
        rejected: { source, id, reason, message: `${where(source)}: ${why}; the run went on without it` },
      });
    }
    this.#dispatch();
  }
}
