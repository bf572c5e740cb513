import { RECORD_FILES } from "../records/record-files.ts";
import { jsonlSource, openDuckDB } from "../records/sql.ts";
import { quoteString } from "../records/duckdb-columns.ts";

/**
 * Writes `<dir>/<name>.parquet` beside every record file `<dir>/<name>.jsonl` (the JSONL stays the source of
 * truth), with the columns of the record's schema, through DuckDB; returns the files written.
 */
export async function writeParquet(dir: string): Promise<string[]> {
  const connection = await openDuckDB();
  const written: string[] = [];
  try {
    for (const file of RECORD_FILES) {
      const jsonl = `${dir}/${file}.jsonl`;
      try {
        await Deno.stat(jsonl);
      } catch {
        continue;
      }
      const parquet = `${dir}/${file}.parquet`;
      await connection.run(
        `COPY (SELECT * FROM ${jsonlSource(jsonl, file)}) TO ${
          quoteString(parquet)
        } (FORMAT parquet, COMPRESSION zstd)`,
      );
      written.push(parquet);
    }
  } finally {
    connection.closeSync();
  }
  return written;
}
