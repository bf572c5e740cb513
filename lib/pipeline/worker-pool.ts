import type { RawDocument } from "../ingest/inputs.ts";
import { where } from "../ingest/admission.ts";
import type { Reference } from "../reference/mod.ts";
import type { DocumentRecords } from "./document-records.ts";
import type { Job, WorkerReply, WorkerRequest } from "./extract-worker.ts";

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

/** A document waiting for a worker; `alone` once a batch holding it failed: it then goes in a batch of its own. */
type Waiting = Job & { alone?: boolean };
/** A worker, the batches it holds (the first is the one it is on), and since when it is on that one. */
type Slot = { worker: Worker; batches: Job[][]; headSince: number; ready: boolean; cpuSeconds: number };

/** Batches a worker holds at once: the one it is on and the next, so it never waits for the writing thread. */
const DEPTH = 2;

/**
 * Documents of one batch: a worker runs each stage over a batch before the next stage, which keeps each stage's code
 * and tables in the processor's caches (one document through every stage at a time was a third slower).
 */
export const BATCH = 16;

export const EXTRACT_WORKER = new URL("./extract-worker.ts", import.meta.url);

/**
 * Web Workers that each hold the reference (sent once, when the worker starts) and turn documents into records.
 * A worker past the time budget is stopped and replaced, and a worker that dies is replaced: either way only the
 * document it was on is lost (rejected with the reason); the documents queued behind it go to the others.
 */
export class ExtractionPool {
  #options: PoolOptions;
  #slots: Slot[] = [];
  #waiting: Waiting[] = [];
  #timer: ReturnType<typeof setInterval>;
  #closed = false;
  /** CPU seconds of the workers stopped so far (replaced after a timeout or a crash), as they last said. */
  #endedCpuSeconds = 0;
  /** Documents a crash was laid on once, alone: the next crash on them rejects them. */
  #crashedOnce = new Set<number>();

  constructor(options: PoolOptions) {
    this.#options = options;
    for (let i = 0; i < Math.max(1, options.workers); i++) {
      const slot: Slot = {
        worker: undefined as unknown as Worker,
        batches: [],
        headSince: 0,
        ready: false,
        cpuSeconds: 0,
      };
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

  /** CPU seconds the worker threads have spent, as each last said (with its last batch's records). */
  workerCpuSeconds(): number {
    return this.#slots.reduce((sum, slot) => sum + slot.cpuSeconds, this.#endedCpuSeconds);
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
      slot.cpuSeconds = reply.cpuSeconds;
      const at = slot.batches.findIndex((batch) => batch[0]?.seq === reply.results[0]?.seq);
      if (at === -1) return;
      slot.batches.splice(at, 1);
      if (at === 0) slot.headSince = performance.now();
      for (const { seq, records } of reply.results) this.#options.onRecords(seq, records);
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
    slot.batches = [];
    slot.ready = false;
    this.#endedCpuSeconds += slot.cpuSeconds;
    slot.cpuSeconds = 0;
  }

  /**
   * Hands waiting documents to workers: an idle worker takes what is waiting (up to a batch), a busy one only a whole
   * batch (so batches stay full while documents keep coming); a document whose batch failed goes alone.
   */
  #dispatch(): void {
    if (this.#closed) return;
    for (let depth = 1; depth <= DEPTH && this.#waiting.length > 0; depth++) {
      for (const slot of this.#slots) {
        if (this.#waiting.length === 0) return;
        if (slot.batches.length >= depth) continue;
        if (slot.batches.length > 0 && !this.#waiting[0].alone && this.#waiting.length < BATCH) continue;
        let size = 1;
        if (!this.#waiting[0].alone) {
          while (size < BATCH && size < this.#waiting.length && !this.#waiting[size].alone) size++;
        }
        const jobs = this.#waiting.splice(0, size).map(({ seq, document }) => ({ seq, document }));
        if (slot.batches.length === 0) slot.headSince = performance.now();
        slot.batches.push(jobs);
        slot.worker.postMessage({ kind: "documents", jobs } satisfies WorkerRequest);
      }
    }
  }

  #checkBudget(): void {
    const now = performance.now();
    for (const slot of this.#slots) {
      if (slot.ready && slot.batches.length > 0 && now - slot.headSince > this.#options.timeoutMs) {
        this.#fail(slot, "timeout", `extraction took longer than the ${this.#options.timeoutMs / 1000} s budget`);
      }
    }
  }

  /**
   * Rejects the document a worker was on, replaces the worker, and hands the documents queued behind it on. When it
   * was on a batch of several, which of them failed is not known: each goes again in a batch of its own (so a
   * document that hangs costs up to twice the budget before it is rejected). A worker's death can reach this thread
   * before the records it sent just before dying, so the batch a crash seems to be on may already be done: a lone
   * document is rejected as crashed only the second time a crash is laid on it.
   */
  #fail(slot: Slot, reason: "timeout" | "crashed", why: string): void {
    slot.worker.terminate();
    const [head, ...queued] = slot.batches;
    this.#start(slot);
    const again = queued.flat();
    const retry = reason === "crashed" && head?.length === 1 && !this.#crashedOnce.has(head[0].seq);
    if (retry) this.#crashedOnce.add(head[0].seq);
    if ((head && head.length > 1) || retry) {
      this.#waiting.unshift(...head.map((job) => ({ ...job, alone: true })), ...again);
    } else this.#waiting.unshift(...again);
    const lost = head?.length === 1 && !retry ? head[0] : undefined;
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
