import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractCorpus } from "../../lib/pipeline/extract-corpus.ts";
import { RECORD_FILES } from "../../lib/records/record-files.ts";
import { Relation } from "../../lib/records/relation.ts";
import { duckdbColumns } from "../../lib/records/duckdb-columns.ts";
import { openRecords, sqlRows } from "../../lib/records/sql.ts";
import { SEED_CORPUS } from "../../lib/reference/mod.ts";

let dir: string;
beforeAll(async () => {
  dir = await Deno.makeTempDir({ prefix: "parquet-sql-" });
  await extractCorpus(SEED_CORPUS, `${dir}/all`, { workers: 1 });
  for (const index of [1, 2]) await extractCorpus(SEED_CORPUS, `${dir}/shard-${index}`, { shard: { index, count: 2 } });
});
afterAll(async () => {
  await Deno.remove(dir, { recursive: true });
});

const jsonlCount = async (path: string) =>
  (await Deno.readTextFile(path)).split("\n").filter((line) => line !== "").length;

describe("writeParquet and openRecords(dir)", () => {
  it("duckdbColumns(Relation) types each field from the zod schema, nested objects as structs", () => {
    const columns = duckdbColumns(Relation);
    expect(columns.articleId).toBe("VARCHAR");
    expect(columns.start).toBe("BIGINT");
    expect(columns.confidence).toBe("DOUBLE");
    expect(columns.date).toBe(
      'STRUCT("value" VARCHAR, "precision" VARCHAR, "from" VARCHAR, "start" VARCHAR, "end" VARCHAR, ' +
        '"evidence" STRUCT("quote" VARCHAR, "start" BIGINT, "end" BIGINT))',
    );
  });

  it("extractCorpus writes <file>.parquet beside every <file>.jsonl, with as many rows", async () => {
    const db = await openRecords(`${dir}/all`);
    for (const file of RECORD_FILES) {
      await Deno.stat(`${dir}/all/${file}.parquet`);
      const [{ n }] = await sqlRows(db, `SELECT count(*) AS n FROM read_parquet('${dir}/all/${file}.parquet')`);
      expect(n, file).toBe(await jsonlCount(`${dir}/all/${file}.jsonl`));
    }
  });

  it("openRecords(dir) has a view per record file; an empty file is an empty view with its columns", async () => {
    const db = await openRecords(`${dir}/all`);
    const views = await sqlRows(db, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name");
    expect(views.map((row) => row.view_name)).toEqual([...RECORD_FILES].sort());
    expect(await sqlRows(db, "SELECT count(*) AS n, count(reason) AS reasons FROM rejected")).toEqual([
      { n: 0, reasons: 0 },
    ]);
    const [joined] = await sqlRows(
      db,
      "SELECT count(*) AS n FROM mentions m JOIN articles a ON a.id = m.articleId WHERE a.published.precision = 'day'",
    );
    expect(joined.n).toBeGreaterThan(0);
  });

  it("openRecords(glob) reads the Parquet files of every shard as one table", async () => {
    const whole = await openRecords(`${dir}/all`);
    const shards = await openRecords(`${dir}/shard-*`);
    for (const file of ["articles", "mentions", "figures", "relations"]) {
      const [a] = await sqlRows(whole, `SELECT count(*) AS n FROM ${file}`);
      const [b] = await sqlRows(shards, `SELECT count(*) AS n FROM ${file}`);
      expect(b.n, file).toBe(a.n);
    }
  });
});
