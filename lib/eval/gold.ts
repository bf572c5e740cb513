import { parseCsv } from "../ingest/csv.ts";
import { fileChunks } from "../ingest/lines.ts";

/** FA-KES as the evaluations read it: from ../shared beside the checkout, skipped with a note where it is absent. */
export const FAKES_CSV = "../shared/corpora/fakes/fakes.csv";

/** The CSV columns of FA-KES, exactly as `deno task extract` is told them in the README. */
export const FAKES_COLUMNS = { id: "unit_id", title: "article_title", text: "article_content", source: "source" };

/** The ReliefWeb headlines (titles only: a headline is its own text), skipped with a note where absent. */
export const RELIEFWEB_CSV = "../shared/corpora/reliefweb-titles/syria-report-titles.csv";

/** The CSV columns of the ReliefWeb headlines: the title is the text, the posting day the date. */
export const RELIEFWEB_COLUMNS = { id: "data.list.id", text: "title", date: "date.created" };

/** One row of an annotation CSV: its row number and its cells by column name (trimmed, "" when missing). */
export type AnnotationRow = { row: number; field: (name: string) => string };

/**
 * The rows of an annotation CSV (FA-KES's crowd columns), after checking that the header has every column of
 * `columns`; errors name the file, the row and what is wrong.
 */
export async function* annotationRows(csvPath: string, columns: readonly string[]): AsyncGenerator<AnnotationRow> {
  let header: string[] | null = null;
  for await (const record of parseCsv(fileChunks(csvPath))) {
    if ("error" in record) throw new Error(`${csvPath}: row ${record.row} (line ${record.line}): ${record.error}`);
    if (!header) {
      header = record.fields.map((name) => name.trim());
      for (const column of columns) {
        if (!header.includes(column)) throw new Error(`${csvPath}: no column "${column}" in the header`);
      }
      continue;
    }
    const names = header;
    yield { row: record.row, field: (name) => record.fields[names.indexOf(name)]?.trim() ?? "" };
  }
}

/** Gold files are reference data: read where every data/ file is (lib/reference). */
export { loadGold } from "../reference/mod.ts";
