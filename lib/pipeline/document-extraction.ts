import type { Article } from "../records/article.ts";
import type { Figure } from "../records/figure.ts";
import { casualtyReports } from "../analyze/casualty-reports.ts";
import { spilledTail } from "./incident-spill.ts";
import type { RawDocument } from "../ingest/inputs.ts";
import { prepareArticle } from "../ingest/ingest.ts";
import type { Reference } from "../reference/mod.ts";
import type { DiscoveredSlugs } from "../extract/mentions/mod.ts";
import { articleRecordsOfBatch, eachOf, type ExtractedFile, Failed, incidentFigures } from "./record-files.ts";
import type { DocumentRecords } from "./document-records.ts";
import type { RecordFile } from "../records/record-files.ts";

// What a worker runs on each document. The types of what it sends and the main thread's rewrites of them are in
// document-records.ts, which imports no extractor: the main thread never loads the extractors' code (issue 14: about
// 5 MB of heap that thread held for nothing).

/**
 * Each document of a batch through ingestion and every extractor, as one worker runs them: one stage over the whole
 * batch before the next (`articleRecordsOfBatch`), the same records as one document at a time. Each document's
 * records depend on that document alone; one whose stage throws gets `Failed` (what it threw), the others go on.
 */
export function documentRecordsOfBatch(documents: RawDocument[], reference: Reference): (DocumentRecords | Failed)[] {
  const dating = { events: reference.events, outlets: reference.outlets, dateCues: reference.lexicon.dateCues };
  const prepared = eachOf(documents, (document) => prepareArticle(document, dating));
  const articles = prepared.map((item) =>
    item instanceof Failed ? item : item.kind === "article" ? item.article : null
  );
  const slugs = documents.map((): DiscoveredSlugs => new Map());
  const extracted = articleRecordsOfBatch(
    articles.map((article) => article ?? new Failed(null)),
    reference,
    slugs,
  );
  return eachOf(prepared, (item, i) => {
    if (item.kind === "rejected") return item;
    const records = extracted[i];
    if (records instanceof Failed) throw records.error;
    return articleDocumentRecords(item.article, item.textKey, records, slugs[i], reference);
  });
}

/** An article's lines, counts and incident reports as a worker sends them, from what its stages extracted. */
function articleDocumentRecords(
  article: Article,
  textKey: string,
  extracted: Record<ExtractedFile, unknown[]>,
  slugs: DiscoveredSlugs,
  reference: Reference,
): DocumentRecords {
  const lines: Partial<Record<RecordFile, Uint8Array>> = { articles: encoder.encode(JSON.stringify(article) + "\n") };
  const counts: Partial<Record<RecordFile, number>> = { articles: 1 };
  for (const [file, records] of Object.entries(extracted) as [ExtractedFile, unknown[]][]) {
    if (records.length === 0) continue;
    let text = "";
    for (const record of records) text += JSON.stringify(record) + "\n";
    lines[file] = encoder.encode(text);
    counts[file] = records.length;
  }
  const incidents = incidentFigures(extracted.figures as Figure[]);
  const reports = incidents.length > 0
    ? casualtyReports(incidents, [article], {
      tallies: reference.lexicon.tallies,
      places: reference.places,
      dateCues: reference.lexicon.dateCues,
    })
    : [];
  return {
    kind: "article",
    id: article.id,
    source: article.source,
    textKey,
    warnings: article.warnings,
    published: {
      method: article.published.method,
      precision: article.published.precision,
      dated: article.published.date !== null,
      ambiguous: article.published.ambiguous === true,
    },
    lines,
    counts,
    discovered: [...slugs],
    ...(incidents.length > 0
      ? {
        incidents: {
          reports: reports.map((placed) => ({
            date: placed.report.date,
            order: placed.order,
            tail: spilledTail(placed),
          })),
          figures: incidents.length,
        },
      }
      : {}),
  };
}

const encoder = new TextEncoder();
