import type { Rejected, Source } from "../records/article.ts";
import type { RawDocument } from "../ingest/inputs.ts";
import { prepareArticle } from "../ingest/ingest.ts";
import type { Reference } from "../reference/mod.ts";
import { articleRecords, type RecordFile } from "./record-files.ts";

/**
 * What a worker sends back for one document: the article and every record extracted from it, already serialised as
 * JSONL (so the writing thread only writes), with what the in-order steps need (the text key for duplicates, the
 * id, and the fields the summary counts); or the document's rejection.
 */
export type DocumentRecords = {
  kind: "article";
  id: string;
  source: Source;
  textKey: string;
  warnings: string[];
  published: { method: string; precision: string | null };
  lines: Partial<Record<RecordFile, string>>;
  counts: Partial<Record<RecordFile, number>>;
} | { kind: "rejected"; rejected: Rejected };

/** One document through ingestion and every extractor, as one worker runs it. Depends on the document alone. */
export function documentRecords(document: RawDocument, reference: Reference): DocumentRecords {
  const prepared = prepareArticle(document, reference.events);
  if (prepared.kind === "rejected") return prepared;
  const { article, textKey } = prepared;
  const lines: Partial<Record<RecordFile, string>> = { articles: JSON.stringify(article) + "\n" };
  const counts: Partial<Record<RecordFile, number>> = { articles: 1 };
  for (const [file, records] of Object.entries(articleRecords(article, reference))) {
    let text = "";
    for (const record of records) text += JSON.stringify(record) + "\n";
    lines[file as RecordFile] = text;
    counts[file as RecordFile] = records.length;
  }
  return {
    kind: "article",
    id: article.id,
    source: article.source,
    textKey,
    warnings: article.warnings,
    published: { method: article.published.method, precision: article.published.precision },
    lines,
    counts,
  };
}

/**
 * The same records under a new article id (the id was taken by an earlier article): the article gets the id and the
 * warning, every other record the id as its `articleId`. Rare, so it re-reads the lines.
 */
export function renameDocumentRecords(
  records: Extract<DocumentRecords, { kind: "article" }>,
  id: string,
  warning: string,
): Extract<DocumentRecords, { kind: "article" }> {
  const relabel = (text: string, change: (record: Record<string, unknown>) => void) =>
    text.split("\n").filter((line) => line !== "").map((line) => {
      const record = JSON.parse(line);
      change(record);
      return JSON.stringify(record) + "\n";
    }).join("");
  const lines: Partial<Record<RecordFile, string>> = {};
  for (const [file, text] of Object.entries(records.lines) as [RecordFile, string][]) {
    lines[file] = file === "articles"
      ? relabel(text, (article) => {
        article.id = id;
        (article.warnings as string[]).push(warning);
      })
      : relabel(text, (record) => {
        if (record.articleId === records.id) record.articleId = id;
      });
  }
  return { ...records, id, warnings: [...records.warnings, warning], lines };
}
