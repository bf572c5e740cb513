import { extractCorpus } from "../pipeline/extract-corpus.ts";
import { SEED_CORPUS } from "../reference/mod.ts";
import { FAKES_COLUMNS, FAKES_CSV } from "../eval/gold.ts";
import { articleFromText } from "../ingest/article-from-text.ts";
import { extractMentions } from "../extract/mentions/extract-mentions.ts";
import { extractRelations } from "../extract/relations/extract-relations.ts";
import { defaultReference } from "../reference/mod.ts";

/**
 * `deno task bench`: throughput and memory of the whole extraction (ingest, mentions, figures, relations) on the
 * seeds, on a synthetic JSONL corpus large enough to show that memory stays flat while records stream, and on
 * FA-KES when ../shared is present. Prints figures; asserts nothing (targets belong here, not in tests).
 */
type Row = { corpus: string; articles: number; megabytes: number; seconds: number; peakRssMb: number };

async function measure(corpus: string, input: string, options = {}): Promise<Row> {
  const bytes = (await Deno.stat(input)).isFile ? (await Deno.stat(input)).size : await folderSize(input);
  let peak = Deno.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, Deno.memoryUsage().rss)), 20);
  const started = performance.now();
  const out = await Deno.makeTempDir({ prefix: "bench-" });
  const summary = await extractCorpus(input, out, options);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, Deno.memoryUsage().rss);
  await Deno.remove(out, { recursive: true });
  return { corpus, articles: summary.read, megabytes: bytes / 1e6, seconds, peakRssMb: peak / 1e6 };
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for await (const entry of Deno.readDir(dir)) {
    const path = `${dir}/${entry.name}`;
    total += entry.isDirectory ? await folderSize(path) : (await Deno.stat(path)).size;
  }
  return total;
}

/** A JSONL corpus of `count` distinct articles made from the seeds (each with its own numbers, so none is a duplicate). */
async function syntheticJsonl(count: number): Promise<string> {
  const seeds = [...Deno.readDirSync(SEED_CORPUS)].filter((entry) => entry.name.endsWith(".txt")).map((entry) =>
    Deno.readTextFileSync(`${SEED_CORPUS}/${entry.name}`)
  );
  const path = await Deno.makeTempFile({ prefix: "bench-", suffix: ".jsonl" });
  const file = await Deno.open(path, { write: true });
  const encoder = new TextEncoder();
  for (let i = 0; i < count; i++) {
    const text = `Published ${1 + (i % 28)} March 2017\n\n${seeds[i % seeds.length]}\n\nAt least ${
      i + 2
    } people were killed in Idlib.`;
    await file.write(encoder.encode(JSON.stringify({ id: `synthetic-${i}`, text }) + "\n"));
  }
  file.close();
  return path;
}

/**
 * Pathological sentences for the relation reader, each at two sizes so the ratio shows growth: one sentence of n
 * words, a list of n group names as one subject, n nested parentheses. Times mentions and relations apart.
 */
function pathologicalSentences(scale: number): [string, string][] {
  const names = defaultReference().gazetteer.groups.map((g) => g.name);
  const clause = "ISIS fighters attacked the YPG near the town while Hezbollah backed the Syrian Army and ";
  const words = clause.split(" ").length;
  const long = clause.repeat(Math.ceil((10_000 * scale) / words)) + "Russia struck Nusra Front positions.";
  const count = Math.round(200 * scale);
  const list = Array.from({ length: count }, (_, i) => names[i % names.length]).join(", ") +
    " and the Free Syrian Army attacked the Islamic State.";
  const depth = Math.round(500 * scale);
  const parens = "ISIS " + "(the YPG ".repeat(depth) + ")".repeat(depth) + " attacked Hezbollah.";
  return [
    [`one sentence of ${Math.round(10_000 * scale)} words`, long],
    [`a list of ${count} groups`, list],
    [`${depth} nested parentheses`, parens],
  ];
}

/** Milliseconds to extract mentions and relations from each pathological sentence, at half and full size. */
export function relationReaderBench(): { input: string; words: number; mentionsMs: number; relationsMs: number }[] {
  const rows = [];
  // The first pass warms the JIT and the compiled lexicons; it is not reported.
  for (const [, text] of pathologicalSentences(0.1)) {
    const article = articleFromText("warm-up", text, "2016-01-01");
    extractRelations(article, extractMentions(article, defaultReference().gazetteer));
  }
  for (const scale of [0.5, 1]) {
    for (const [input, text] of pathologicalSentences(scale)) {
      const article = articleFromText("bench", text, "2016-01-01");
      let started = performance.now();
      const mentions = extractMentions(article, defaultReference().gazetteer);
      const mentionsMs = performance.now() - started;
      started = performance.now();
      extractRelations(article, mentions);
      rows.push({ input, words: text.split(/\s+/).length, mentionsMs, relationsMs: performance.now() - started });
    }
  }
  return rows;
}

if (import.meta.main) {
  console.log("relation reader on pathological input      words  mentions ms  relations ms");
  for (const row of relationReaderBench()) {
    console.log(
      `${row.input.padEnd(40)} ${String(row.words).padStart(8)} ${row.mentionsMs.toFixed(0).padStart(12)} ${
        row.relationsMs.toFixed(0).padStart(13)
      }`,
    );
  }
  const rows: Row[] = [];
  const warm = await measure("seeds (warm-up)", SEED_CORPUS);
  rows.push({ ...warm, corpus: "seeds" });
  for (const count of [2_000, 10_000]) {
    const path = await syntheticJsonl(count);
    rows.push(await measure(`synthetic JSONL ×${count}`, path));
    await Deno.remove(path);
  }
  const fakes = FAKES_CSV;
  try {
    await Deno.stat(fakes);
    rows.push(
      await measure("FA-KES CSV", fakes, {
        csv: FAKES_COLUMNS,
      }),
    );
  } catch {
    console.log(`(${fakes} not present: FA-KES skipped)`);
  }
  console.log("corpus                     articles      MB   seconds  articles/s    MB/s  peak RSS MB");
  for (const row of rows) {
    console.log(
      `${row.corpus.padEnd(26)} ${String(row.articles).padStart(8)} ${row.megabytes.toFixed(1).padStart(7)} ` +
        `${row.seconds.toFixed(2).padStart(9)} ${(row.articles / row.seconds).toFixed(0).padStart(11)} ` +
        `${(row.megabytes / row.seconds).toFixed(2).padStart(7)} ${row.peakRssMb.toFixed(0).padStart(12)}`,
    );
  }
}
