import type { DuckDBConnection } from "@duckdb/node-api";
import { RECORD_FILES } from "./record-files.ts";
import { RECORD_SCHEMAS } from "./record-files.ts";
import { columnsLiteral, duckdbColumns, quoteIdentifier, quoteString } from "./duckdb-columns.ts";

export type { DuckDBConnection } from "@duckdb/node-api";

/** A JSONL file of records as a DuckDB table expression with the schema's columns (so an empty file reads too). */
export function jsonlSource(path: string, file: keyof typeof RECORD_SCHEMAS): string {
  return `read_json(${quoteString(path)}, format = 'newline_delimited', columns = ${
    columnsLiteral(duckdbColumns(RECORD_SCHEMAS[file]))
  })`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}

/** A DuckDB connection of its own, in memory, kept small: it reads files, it does not hold them. */
export async function openDuckDB(): Promise<DuckDBConnection> {
  // Loaded on first use: the rest of the library (and its permissions) never needs the native binding.
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:", { memory_limit: "512MB", threads: "2" });
  return await instance.connect();
}

/**
 * A DuckDB connection with one view per record file of `dir` (articles, rejected, mentions, figures, relations,
 * and any later kind such as events when its file is there): `<dir>/<name>.parquet`, or the JSONL where no Parquet
 * was written. `dir` may be a glob ("out/shard-*") to read the Parquet files of several shards as one table.
 */
export async function openRecords(dir = "out/records"): Promise<DuckDBConnection> {
  const connection = await openDuckDB();
  const glob = /[*?[]/.test(dir);
  for (const file of RECORD_FILES) {
    const parquet = `${dir}/${file}.parquet`;
    const jsonl = `${dir}/${file}.jsonl`;
    const source = glob
      ? `read_parquet(${quoteString(parquet)}, union_by_name = true)`
      : await exists(parquet)
      ? `read_parquet(${quoteString(parquet)})`
      : await exists(jsonl)
      ? jsonlSource(jsonl, file)
      : null;
    if (source === null) continue;
    try {
      await connection.run(`CREATE VIEW ${quoteIdentifier(file)} AS SELECT * FROM ${source}`);
    } catch (error) {
      // A glob that matches no file of this kind (an older extract without it): no view, as for a folder.
      if (!glob) throw error;
    }
  }
  return connection;
}

/** The rows of a query as plain objects (whole numbers as numbers, dates as Dates), for notebooks and charts. */
export async function sqlRows(connection: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => plain(row) as Record<string, unknown>);
}

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}
