import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Article, Figure } from "../../lib/records/mod.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { extractCorpus, type ExtractOptions, type ExtractProgress } from "../../lib/pipeline/extract-corpus.ts";
import { articleRecords, incidentFigures, RECORD_FILES } from "../../lib/pipeline/record-files.ts";
import { writeSyntheticCorpus } from "../../lib/pipeline/synthetic-corpus.ts";
import { ingest } from "../../lib/ingest/ingest.ts";
import { defaultReference, SEED_CORPUS } from "../../lib/reference/mod.ts";

let dir: string;
let synthetic: string;
beforeAll(async () => {
  dir = await Deno.makeTempDir({ prefix: "extract-workers-" });
  const seeds = [...Deno.readDirSync(SEED_CORPUS)].filter((entry) => entry.name.endsWith(".txt")).sort((a, b) =>
    a.name < b.name ? -1 : 1
  ).map((entry) => Deno.readTextFileSync(`${SEED_CORPUS}/${entry.name}`));
  synthetic = `${dir}/synthetic.jsonl`;
  await writeSyntheticCorpus(synthetic, seeds, { count: 60 });
  // A duplicate text, an id used twice with a new text, and a line that is not JSON: the in-order steps.
  const lines = (await Deno.readTextFile(synthetic)).split("\n").filter((line) => line !== "");
  lines.splice(10, 0, lines[3]);
  lines.splice(20, 0, JSON.stringify({ id: "synthetic-5", text: `${JSON.parse(lines[7]).text} A second text.` }));
  lines.splice(30, 0, "{not json");
  await Deno.writeTextFile(synthetic, lines.join("\n") + "\n");
});
afterAll(async () => {
  await Deno.remove(dir, { recursive: true });
});

async function extractTo(name: string, input: string, options: ExtractOptions) {
  const out = `${dir}/${name}`;
  const summary = await extractCorpus(input, out, options);
  const files = Object.fromEntries(
    await Promise.all(RECORD_FILES.map(async (file) => [file, await Deno.readTextFile(`${out}/${file}.jsonl`)])),
  ) as Record<(typeof RECORD_FILES)[number], string>;
  return { summary, files, summaryText: await Deno.readTextFile(`${out}/summary.json`) };
}

const lines = (text: string) => text.split("\n").filter((line) => line !== "").map((line) => JSON.parse(line));

describe("extractCorpus(input, out, {workers})", () => {
  it("extractCorpus(seeds) writes byte-identical files with 1 and 2 workers", async () => {
    const one = await extractTo("seeds-1", SEED_CORPUS, { workers: 1 });
    let last: ExtractProgress | undefined;
    const two = await extractTo("seeds-2", SEED_CORPUS, { workers: 2, onProgress: (progress) => (last = progress) });
    expect(two.files).toEqual(one.files);
    expect(two.summaryText).toBe(one.summaryText);
    expect(one.summary.parsed).toBe(5);
    // the last progress says how much CPU time the worker threads spent (what the bench splits a run by)
    expect(last?.done).toBe(true);
    expect(last?.workerCpuSeconds).toBeGreaterThan(0);
  });

  it("extractCorpus(synthetic JSONL) writes byte-identical files with 1, 2 and 3 workers", async () => {
    const one = await extractTo("synthetic-1", synthetic, { workers: 1 });
    for (const workers of [2, 3]) {
      const many = await extractTo(`synthetic-${workers}`, synthetic, { workers });
      for (const file of RECORD_FILES) expect(many.files[file], file).toBe(one.files[file]);
      expect(many.summaryText).toBe(one.summaryText);
    }
    expect(one.summary).toMatchObject({ read: 63, parsed: 61, duplicates: 1, rejectedByReason: { duplicate: 1 } });
    expect(one.summary.rejectedByReason["malformed-jsonl"]).toBe(1);
  });

  it("extractCorpus(input) writes what ingest() and articleRecords() give one article after another", async () => {
    const { files } = await extractTo("synthetic-order", synthetic, { workers: 2 });
    const reference = defaultReference();
    const expected: Record<string, unknown[]> = {
      articles: [],
      rejected: [],
      mentions: [],
      figures: [],
      relations: [],
    };
    // One discovered name per organisation across the corpus, as one thread reading in order gives it.
    const slugs = new Map<string, string>();
    const articles: Article[] = [];
    for await (const item of ingest(synthetic, { events: reference.events })) {
      if (item.kind === "rejected") expected.rejected.push(item.rejected);
      else if (item.kind === "article") {
        expected.articles.push(item.article);
        articles.push(item.article);
        for (const [file, records] of Object.entries(articleRecords(item.article, reference, slugs))) {
          expected[file].push(...records);
        }
      }
    }
    expected.events = reconcileEvents(incidentFigures(expected.figures as Figure[]), articles, { reference });
    for (const file of RECORD_FILES) expect(lines(files[file]), file).toEqual(expected[file]);
    const renamed = lines(files.articles).find((article) => article.id.startsWith("synthetic-5~"));
    expect(renamed.warnings.at(-1)).toMatch(/id "synthetic-5" was already used/);
    expect(lines(files.mentions).some((mention) => mention.articleId === renamed.id)).toBe(true);
  });
});

describe("extractCorpus(input, out, {shard})", () => {
  it("extractCorpus(input, {shard: I/3}) takes every third document; the shards together hold every record", async () => {
    const whole = await extractTo("shard-whole", synthetic, { workers: 2 });
    const shards = [];
    for (const index of [1, 2, 3]) {
      shards.push(await extractTo(`shard-${index}`, synthetic, { shard: { index, count: 3 } }));
    }
    expect(shards.map((shard) => shard.summary.read)).toEqual([21, 21, 21]);
    expect(shards[1].summary.shard).toBe("2/3");
    const ids = (text: string) => lines(text).map((article) => article.id).sort();
    // Duplicates are found within a shard, so the shards may keep a copy the whole run rejects.
    const combined = shards.flatMap((shard) => lines(shard.files.articles).map((article) => article.id));
    expect(new Set(combined)).toEqual(new Set([...ids(whole.files.articles), "synthetic-3"]));
    const sources = shards.map((shard) =>
      lines(shard.files.articles).concat(lines(shard.files.rejected)).map((record) => record.source.line)
    );
    for (const [index, shardLines] of sources.entries()) {
      for (const line of shardLines) expect((line - 1) % 3).toBe(index);
    }
  });
});

describe("extractCorpus(input, out, {timeoutMs}) and worker faults", () => {
  const faulty = new URL("./faulty-worker.ts", import.meta.url);

  async function corpusWith(name: string, middle: string): Promise<string> {
    const path = `${dir}/${name}.jsonl`;
    const article = (i: number, text: string) => JSON.stringify({ id: `doc-${i}`, text }) + "\n";
    await Deno.writeTextFile(
      path,
      [0, 1, 2, 3, 4, 5].map((i) =>
        article(i, i === 2 ? middle : `Rebels said on Monday that ${10 + i} people were killed in Idlib.`)
      ).join(""),
    );
    return path;
  }

  it("extractCorpus rejects a document that hangs as 'timeout', replaces the worker and keeps every other record", async () => {
    const input = await corpusWith("hang", "This document HANG-FOR-TEST never ends.");
    // A budget well above one real document's time on a loaded machine (300 ms failed at a load average of 12).
    const { summary, files } = await extractTo("hang", input, { workers: 2, timeoutMs: 2000, workerUrl: faulty });
    expect(summary).toMatchObject({ read: 6, parsed: 5, rejected: 1, rejectedByReason: { timeout: 1 } });
    expect(lines(files.rejected)[0]).toMatchObject({ id: "doc-2", reason: "timeout", source: { line: 3 } });
    expect(lines(files.articles).map((article) => article.id)).toEqual(["doc-0", "doc-1", "doc-3", "doc-4", "doc-5"]);
    expect(lines(files.figures)).toHaveLength(5);
  });

  it("extractCorpus rejects the document whose worker crashed as 'crashed' and keeps every other record", async () => {
    const input = await corpusWith("crash", "This document CRASH-FOR-TEST kills its worker.");
    for (const workers of [1, 2]) {
      const { summary, files } = await extractTo(`crash-${workers}`, input, { workers, workerUrl: faulty });
      expect(summary).toMatchObject({ read: 6, parsed: 5, rejectedByReason: { crashed: 1 } });
      expect(lines(files.rejected)[0]).toMatchObject({ id: "doc-2", reason: "crashed" });
      expect(lines(files.rejected)[0].message).toMatch(/crash for test/);
      expect(lines(files.articles)).toHaveLength(5);
    }
  });

  it("extractCorpus rejects a real pathological document (one sentence of 3 MB) over its budget as 'timeout'", async () => {
    const sentence = "Rebels and the Nusra Front and " + "the Free Syrian Army, ".repeat(130_000) + "fought.";
    const input = await corpusWith("pathological", sentence);
    const { summary, files } = await extractTo("pathological", input, { workers: 2, timeoutMs: 2000 });
    expect(summary.rejectedByReason).toEqual({ timeout: 1 });
    expect(lines(files.rejected)[0]).toMatchObject({ id: "doc-2", reason: "timeout" });
    expect(lines(files.articles)).toHaveLength(5);
  });
});

describe("extractCorpus with a worker that cannot start", () => {
  it("extractCorpus fails with a clear error when the worker module does not load, instead of restarting it for ever", async () => {
    const broken = new URL("./no-such-worker.ts", import.meta.url);
    await expect(extractCorpus(SEED_CORPUS, `${dir}/broken`, { workerUrl: broken, parquet: false })).rejects.toThrow(
      /could not start/,
    );
  });
});
