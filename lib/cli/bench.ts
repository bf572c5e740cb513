import { parseArgs } from "node:util";
import process from "node:process";
import type { Article, Mention } from "../records/mod.ts";
import { ingest } from "../ingest/ingest.ts";
import { readInput } from "../ingest/inputs.ts";
import { loadReference } from "../reference/mod.ts";
import { SEED_CORPUS } from "../reference/mod.ts";
import { discoverMentions, extractMentions, matcherFor } from "../extract/mentions/mod.ts";
import { extractFigures } from "../extract/figures/mod.ts";
import { extractRelations } from "../extract/relations/mod.ts";
import { formatRelationReaderBench, relationReaderBench } from "./bench-relations.ts";
import { extractCorpus } from "../pipeline/extract-corpus.ts";
import { writeSyntheticCorpus } from "../pipeline/synthetic-corpus.ts";
import { writeParquet } from "../pipeline/parquet.ts";
import { runExtractProcess } from "./extract-process.ts";
import { runWinkProcess, winkRun } from "./bench-wink.ts";
import { documentRecordsOfBatch } from "../pipeline/document-extraction.ts";
import { BATCH, EXTRACT_WORKER } from "../pipeline/worker-pool.ts";
import type { WorkerReply, WorkerRequest } from "../pipeline/extract-worker.ts";
import type { RawDocument } from "../ingest/inputs.ts";
import { FAKES_COLUMNS, FAKES_CSV } from "../eval/gold.ts";

const USAGE = `usage: deno task bench [--copies N] [--big-mb MB] [--workers N] [--repeat R]
  --copies   copies of each source text in the timed corpus (default 10, as in issue 14; FA-KES when present, else the
             seeds; 0 skips the timed runs)
  --big-mb   size of the synthetic corpus for peak memory, read by \`deno task extract\` as a process of its own
             (default 0: skipped; 1024 is the issue's gigabyte, about half an hour with two workers on this machine)
  --workers  workers for the "all cores" runs (default: the machine's cores)
  --repeat   runs of each whole extraction and of wink-nlp; the fastest is shown (default 2)`;

/**
 * \`deno task bench\`: speed per stage and whole (one worker and all), wink-nlp's full English pipeline over the same
 * texts in the same run, and peak memory on a synthetic corpus of a gigabyte. Prints figures; asserts nothing.
 * MB/s everywhere counts the UTF-8 bytes of the documents' texts, the bytes both pipelines read.
 */
type Timing = { what: string; articles: number; megabytes: number; seconds: number; cpuSeconds: number };

const now = () => performance.now() / 1000;
/** CPU seconds of the whole process (every thread): on a shared machine, the figure the load does not stretch. */
const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

const COLUMNS: [string, number][] = [
  ["what", 40],
  ["articles", 8],
  ["MB", 7],
  ["seconds", 8],
  ["articles/s", 10],
  ["MB/s", 7],
  ["CPU s", 8],
  ["MB/CPU s", 9],
];
const HEADER = COLUMNS.map(([name, width], i) => (i === 0 ? name.padEnd(width) : name.padStart(width))).join(" ");

function line(timing: Timing, note = ""): string {
  const cells = [
    timing.what,
    String(timing.articles),
    timing.megabytes.toFixed(1),
    timing.seconds.toFixed(2),
    (timing.articles / timing.seconds).toFixed(0),
    (timing.megabytes / timing.seconds).toFixed(2),
    timing.cpuSeconds.toFixed(2),
    (timing.megabytes / timing.cpuSeconds).toFixed(2),
  ];
  const row = cells.map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i][1]) : cell.padStart(COLUMNS[i][1])));
  return `${row.join(" ")}  ${note}`;
}

/** The faster of `repeat` runs (the machine is shared: the slower ones measure the neighbours). */
async function best<T extends { seconds: number }>(repeat: number, run: () => Promise<T> | T): Promise<T> {
  let fastest: T | undefined;
  for (let i = 0; i < repeat; i++) {
    const timing = await run();
    if (!fastest || timing.seconds < fastest.seconds) fastest = timing;
  }
  return fastest!;
}

/** The texts of every document of an input, as read (before cleaning). */
async function documentTexts(input: string, options = {}): Promise<string[]> {
  const texts: string[] = [];
  for await (const item of readInput(input, options)) if (item.kind === "document") texts.push(item.document.text);
  return texts;
}

async function sourceTexts(): Promise<{ name: string; texts: string[] }> {
  try {
    await Deno.stat(FAKES_CSV);
    return { name: "FA-KES", texts: await documentTexts(FAKES_CSV, { csv: FAKES_COLUMNS }) };
  } catch {
    console.log(`(${FAKES_CSV} not present: the seeds stand in for FA-KES)`);
    return { name: "seeds", texts: await documentTexts(SEED_CORPUS) };
  }
}

/**
 * Ingestion, then each extractor over the ingested articles, in this thread: where the time goes. Then what a worker
 * adds to the four stages (discovery of unknown groups, serialising the records and reading casualty reports), and
 * the whole per-document path as a worker runs it, in batches and one document at a time: what is left of a whole
 * run's CPU seconds beyond that is messaging, the main thread (reading, admitting, writing, events) and V8's threads.
 */
async function stageTimings(input: string, megabytes: number): Promise<Timing[]> {
  const reference = await loadReference();
  const articles: Article[] = [];
  const timings: Timing[] = [];
  const time = async (what: string, run: () => unknown) => {
    const [started, cpuStarted] = [now(), cpu()];
    const count = await run() as number;
    timings.push({ what, articles: count, megabytes, seconds: now() - started, cpuSeconds: cpu() - cpuStarted });
  };
  await time("ingest (read, clean, sentences)", async () => {
    let read = 0;
    for await (const item of ingest(input, { events: reference.events })) {
      read++;
      if (item.kind === "article") articles.push(item.article);
    }
    return read;
  });
  const mentionsOf: Mention[][] = [];
  await time("mentions", () => {
    for (const article of articles) mentionsOf.push(extractMentions(article, reference.gazetteer, reference.lexicon));
    return articles.length;
  });
  await time("figures", () => {
    for (const article of articles) extractFigures(article, reference);
    return articles.length;
  });
  await time("relations", () => {
    articles.forEach((article, i) =>
      extractRelations(article, mentionsOf[i], {
        foreign: reference.lexicon.foreign,
        relations: reference.lexicon.relations,
        transliteration: reference.lexicon.transliteration,
      })
    );
    return articles.length;
  });
  await time("discovery (unknown groups)", () => {
    const { folding, words } = matcherFor(reference.gazetteer, reference.lexicon);
    articles.forEach((article, i) =>
      discoverMentions(article, mentionsOf[i], {
        folding,
        words,
        rejected: reference.lexicon.rejected,
        slugs: new Map(),
      })
    );
    return articles.length;
  });
  articles.length = 0;
  mentionsOf.length = 0;
  const documents: RawDocument[] = [];
  for await (const item of readInput(input)) if (item.kind === "document") documents.push(item.document);
  await time(`per document, batches of ${BATCH} (a worker's)`, () => {
    for (let i = 0; i < documents.length; i += BATCH) documentRecordsOfBatch(documents.slice(i, i + BATCH), reference);
    return documents.length;
  });
  await time("per document, one at a time", () => {
    for (const document of documents) documentRecordsOfBatch([document], reference);
    return documents.length;
  });
  return timings;
}

/**
 * wink-nlp's full English pipeline (tokens, sentences, entities) over the same texts: in a process of its own with
 * V8's default flags (the peer at its best: the flags of the bench's task, which are the extractor's, would slow it
 * down), or in this process for comparison.
 */
async function winkTiming(texts: string[], megabytes: number, own: boolean): Promise<Timing> {
  let run;
  if (own) {
    const file = await Deno.makeTempFile({ prefix: "bench-wink-", suffix: ".json" });
    try {
      await Deno.writeTextFile(file, JSON.stringify(texts));
      run = await runWinkProcess(file);
    } finally {
      await Deno.remove(file);
    }
  } else run = winkRun(texts);
  const what = own ? "wink-nlp (tokens, sentences, entities)" : "wink-nlp here (the extractor's V8 flags)";
  return { what, articles: run.articles, megabytes, seconds: run.seconds, cpuSeconds: run.cpuSeconds };
}

let parquetTiming: Timing | undefined;

/** Where a run's CPU went: the main thread (reading, admitting, writing, reconciling), the worker threads (every
 * document through ingestion and the extractors, serialising, messaging), and the rest: V8's compiler and collector
 * threads and the runtime's. */
type CpuSplit = { main: number; workers: number; others: number };

/** CPU seconds of this thread. */
const threadCpu = () => {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1e6;
};

const formatSplit = (split: CpuSplit) =>
  `CPU s: main thread ${split.main.toFixed(1)}, workers ${split.workers.toFixed(1)}, V8's compiler and collector ` +
  `threads and the runtime's ${split.others.toFixed(1)}`;

const mb = (bytes: number) => (bytes / 1e6).toFixed(0);

/**
 * One whole extraction run (JSONL only) in this process, with the peak resident memory of the process while it ran and
 * the seconds after its last document was written (`tailSeconds`: events reconciled in the main thread alone, the
 * workers stopped, so the part of a run more workers do not shorten).
 */
async function wholeRun(
  what: string,
  input: string,
  megabytes: number,
  options: Record<string, unknown> = {},
): Promise<Timing & { peakRssMb: number; cpu: CpuSplit; tailSeconds: number }> {
  const out = await Deno.makeTempDir({ prefix: "bench-" });
  let peak = Deno.memoryUsage().rss;
  let workerCpu = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, Deno.memoryUsage().rss);
  }, 50);
  const [started, cpuStarted, mainStarted] = [now(), cpu(), threadCpu()];
  let lastWritten: number | undefined;
  try {
    const summary = await extractCorpus(input, out, {
      ...options,
      parquet: false,
      onProgress: (progress) => {
        workerCpu = progress.workerCpuSeconds;
        if (progress.reconciling) lastWritten ??= now();
      },
    });
    const seconds = now() - started;
    const cpuSeconds = cpu() - cpuStarted;
    const main = threadCpu() - mainStarted;
    peak = Math.max(peak, Deno.memoryUsage().rss);
    if (options.parquet) {
      const [parquetStarted, parquetCpu] = [now(), cpu()];
      await writeParquet(out);
      parquetTiming = {
        what: "Parquet from the JSONL (DuckDB COPY)",
        articles: summary.read,
        megabytes,
        seconds: now() - parquetStarted,
        cpuSeconds: cpu() - parquetCpu,
      };
    }
    return {
      what,
      articles: summary.read,
      megabytes,
      seconds,
      cpuSeconds,
      peakRssMb: peak / 1e6,
      cpu: { main, workers: workerCpu, others: cpuSeconds - main - workerCpu },
      tailSeconds: started + seconds - (lastWritten ?? started + seconds),
    };
  } finally {
    clearInterval(sampler);
    await Deno.remove(out, { recursive: true });
  }
}

/**
 * Starting `workers` extraction workers as a run starts them (their modules loaded, the reference sent, the warm-up
 * article extracted) until every one says it is ready: the fixed cost of each run's workers, printed on its own so
 * the whole runs' figures, which include it, can be read without it on a small corpus.
 */
async function workerStartup(workers: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const reference = await loadReference();
  const [started, cpuStarted] = [now(), cpu()];
  const pool: Worker[] = [];
  try {
    await Promise.all(Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(EXTRACT_WORKER.href, { type: "module" });
        pool.push(worker);
        worker.onmessage = (event: MessageEvent<WorkerReply>) => event.data.kind === "ready" && resolve();
        worker.onerror = (event) => reject(new Error(`an extraction worker could not start: ${event.message}`));
        worker.postMessage({ kind: "reference", reference } satisfies WorkerRequest);
      })));
    return { seconds: now() - started, cpuSeconds: cpu() - cpuStarted };
  } finally {
    for (const worker of pool) worker.terminate();
  }
}

/** The 1, 5 and 15 minute load averages: the machine is shared, so every figure is read next to them. */
function loadAverage(): string {
  return Deno.loadavg().map((value) => value.toFixed(2)).join(" ");
}

function textMegabytes(texts: string[]): number {
  const encoder = new TextEncoder();
  return texts.reduce((sum, text) => sum + encoder.encode(text).length, 0) / 1e6;
}

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      copies: { type: "string", default: "10" },
      "big-mb": { type: "string", default: "0" },
      workers: { type: "string", default: String(navigator.hardwareConcurrency) },
      repeat: { type: "string", default: "2" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return console.log(USAGE);
  const copies = Number(values.copies);
  const bigMb = Number(values["big-mb"]);
  const workers = Number(values.workers);
  const repeat = Math.max(1, Number(values.repeat));
  console.log(`cores ${navigator.hardwareConcurrency}; load average before the run ${loadAverage()}`);

  const source = await sourceTexts();
  if (bigMb > 0) {
    const big = await Deno.makeTempFile({ prefix: "bench-big-", suffix: ".jsonl" });
    try {
      const made = await writeSyntheticCorpus(big, source.texts, { bytes: bigMb * 1024 * 1024 });
      console.log(
        `synthetic corpus for memory: ${made.articles} articles, ${
          (made.bytes / 1e6).toFixed(0)
        } MB of JSONL, read by ` +
          `\`deno task extract --workers ${workers} --no-parquet\` as a process of its own (its RSS, not the bench's)`,
      );
      console.log(HEADER);
      const out = await Deno.makeTempDir({ prefix: "bench-big-out-" });
      let lastTrace = 0;
      const run = await runExtractProcess(big, out, ["--workers", String(workers), "--no-parquet"], {
        trace: (seconds, rss) => {
          if (seconds - lastTrace < 60) return;
          lastTrace = seconds;
          console.log(`  ${seconds.toFixed(0)} s: RSS ${mb(rss)} MB`);
        },
      }).finally(() => Deno.remove(out, { recursive: true }));
      const samples = run.rssSamples;
      const at = [0.1, 0.25, 0.5, 0.75, 1].map((share) =>
        samples.length === 0 ? "n/a" : mb(samples[Math.min(samples.length - 1, Math.floor(share * samples.length))])
      );
      const timing = {
        what: `whole extract, ${workers} workers`,
        articles: run.read,
        megabytes: made.bytes / 1e6,
        seconds: run.seconds,
        cpuSeconds: run.cpuSeconds,
      };
      const peak = samples.length === 0 ? "n/a (no /proc here)" : `${mb(run.peakRssBytes)} MB`;
      console.log(line(timing, `peak RSS ${peak} (target < 500, flat)`));
      console.log(`RSS MB at 10%, 25%, 50%, 75%, 100% of the run: ${at.join(", ")}\n`);
    } finally {
      await Deno.remove(big);
    }
  }
  if (copies <= 0) return console.log(`\nload average after the run ${loadAverage()}`);
  const input = await Deno.makeTempFile({ prefix: "bench-", suffix: ".jsonl" });
  try {
    await writeSyntheticCorpus(input, source.texts, { count: source.texts.length * copies });
    const texts = await documentTexts(input);
    const megabytes = textMegabytes(texts);
    console.log(
      `timed corpus: ${source.name} ×${copies} as JSONL, ${texts.length} articles, ${
        megabytes.toFixed(1)
      } MB of text; whole runs and wink-nlp: best of ${repeat}\n`,
    );
    console.log(HEADER);
    const one = await best(repeat, () => wholeRun("whole extract, 1 worker", input, megabytes, { workers: 1 }));
    console.log(line(one, `peak RSS ${one.peakRssMb.toFixed(0)} MB; ${formatSplit(one.cpu)}`));
    const all = await best(
      repeat,
      () => wholeRun(`whole extract, ${workers} workers`, input, megabytes, { workers, parquet: true }),
    );
    console.log(line(all, `peak RSS ${all.peakRssMb.toFixed(0)} MB; ${formatSplit(all.cpu)}`));
    const startup = (count: number) => best(repeat, () => workerStartup(count));
    const [startOne, startAll] = [await startup(1), await startup(workers)];
    const wink = await best(repeat, () => winkTiming(texts, megabytes, true));
    console.log(line(wink, "(a process of its own, V8's default flags)"));
    const winkHere = await best(repeat, () => winkTiming(texts, megabytes, false));
    console.log(line(winkHere, "(in this process, under the extractor's V8 flags: for comparison only)"));
    for (const timing of await stageTimings(input, megabytes)) console.log(line(timing, "(in one thread)"));
    if (parquetTiming) console.log(line(parquetTiming));
    const rate = (timing: Timing) => timing.megabytes / timing.seconds;
    const cpuRate = (timing: Timing) => timing.megabytes / timing.cpuSeconds;
    console.log(
      `\n1 worker / wink-nlp: ${(rate(one) / rate(wink)).toFixed(2)}x MB/s, ${
        (cpuRate(one) / cpuRate(wink)).toFixed(2)
      }x MB per CPU second (target >= 1.0)`,
    );
    console.log(
      `${workers} workers / 1 worker: ${(rate(all) / rate(one)).toFixed(2)}x MB/s (target >= 1.6 on 2 cores); ` +
        `the main thread's share of the CPU seconds: ${(100 * all.cpu.main / all.cpuSeconds).toFixed(0)}% with ` +
        `${workers}, ${(100 * one.cpu.main / one.cpuSeconds).toFixed(0)}% with 1`,
    );
    const between = (run: typeof one, start: { seconds: number }) => run.seconds - start.seconds - run.tailSeconds;
    console.log(
      `of which start-up (modules, the reference, the warm-up article, measured on its own): 1 worker ` +
        `${startOne.seconds.toFixed(2)} s (${startOne.cpuSeconds.toFixed(2)} CPU s), ${workers} workers ` +
        `${startAll.seconds.toFixed(2)} s (${startAll.cpuSeconds.toFixed(2)} CPU s); after the last document (events ` +
        `reconciled in the main thread alone): ${one.tailSeconds.toFixed(2)} s and ${all.tailSeconds.toFixed(2)} s; ` +
        `between them ${workers} workers / 1 worker: ${(between(one, startOne) / between(all, startAll)).toFixed(2)}x`,
    );
    const share = (seconds: number) => `${(100 * seconds / one.cpuSeconds).toFixed(0)}%`;
    console.log(
      `1 worker's CPU seconds: the worker thread ${share(one.cpu.workers)}, the main thread ${share(one.cpu.main)}, ` +
        `V8's compiler and collector threads and the runtime's ${share(one.cpu.others)}`,
    );
  } finally {
    await Deno.remove(input);
  }
  console.log(`\n${formatRelationReaderBench(relationReaderBench())}`);

  console.log(`\nload average after the run ${loadAverage()}`);
}

if (import.meta.main) await main(Deno.args);
