import type { Article, Rejected, Source } from "../records/article.ts";
import type { Figure } from "../records/figure.ts";
import { casualtyReports } from "../analyze/casualty-reports.ts";
import { spilledTail } from "./incident-spill.ts";
import type { RawDocument, Skipped } from "../ingest/inputs.ts";
import { prepareArticle } from "../ingest/ingest.ts";
import type { Reference } from "../reference/mod.ts";
import type { DiscoveredSlugs } from "../extract/mentions/mod.ts";
import {
  articleRecordsOfBatch,
  eachOf,
  type ExtractedFile,
  Failed,
  incidentFigures,
  type RecordFile,
} from "./record-files.ts";

/**
 * What a worker sends back for one document: the article and every record extracted from it, already serialised as
 * JSONL and encoded as UTF-8 (transferred, not copied, so the writing thread only writes bytes), with what the
 * in-order steps need (the text key for duplicates, the id, the fields the summary counts, the names discovery
 * gave, and the incident reports events are reconciled from, read and serialised here while the article is at hand
 * so the run never holds articles); or the document's rejection, or a documentation file set aside.
 */
export type DocumentRecords =
  | {
    kind: "article";
    id: string;
    source: Source;
    textKey: string;
    warnings: string[];
    published: { method: string; precision: string | null; dated: boolean; ambiguous: boolean };
    /** Each file's JSONL lines, UTF-8. */
    lines: Partial<Record<RecordFile, Uint8Array>>;
    counts: Partial<Record<RecordFile, number>>;
    /** Discovered groups of this document: canonical key and the slug its first spelling here gives. */
    discovered: [string, string][];
    /**
     * The article's incident figures as casualty reports, when it has any: what event reconciliation reads, each as
     * its event date, its order (counted from the article's first incident figure) and the rest of its line as the
     * run sets it aside (`spilledTail`); `figures` is how many incident figures it has (the corpus order of the next
     * article's starts that many further on).
     */
    incidents?: { reports: IncidentLine[]; figures: number };
  }
  | { kind: "rejected"; rejected: Rejected }
  | { kind: "skipped"; skipped: Skipped };

/** One document through ingestion and every extractor (`documentRecordsOfBatch` for a batch of one). */
export function documentRecords(document: RawDocument, reference: Reference): DocumentRecords {
  const [records] = documentRecordsOfBatch([document], reference);
  if (records instanceof Failed) throw records.error;
  return records;
}

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

/** An incident report as a worker sends it: its event date, its order within the article, its serialised rest. */
export type IncidentLine = { date: string | null; order: number; tail: string };

type ArticleRecords = Extract<DocumentRecords, { kind: "article" }>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The buffers a worker hands over with a document's records instead of copying them. */
export function transferables(records: DocumentRecords): ArrayBuffer[] {
  return records.kind === "article" ? Object.values(records.lines).map((bytes) => bytes!.buffer as ArrayBuffer) : [];
}

/** Rewrites every record line of `bytes` with `change`. Rare (taken ids, renamed discoveries), so it re-reads lines. */
function relabel(bytes: Uint8Array, change: (record: Record<string, unknown>) => void): Uint8Array {
  return encoder.encode(
    decoder.decode(bytes).split("\n").filter((line) => line !== "").map((line) => {
      const record = JSON.parse(line);
      change(record);
      return JSON.stringify(record) + "\n";
    }).join(""),
  );
}

/**
 * The same records under a new article id (the id was taken by an earlier article): the article gets the id and the
 * warning, every other record the id as its `articleId`.
 */
export function renameDocumentRecords(records: ArticleRecords, id: string, warning: string): ArticleRecords {
  const lines: Partial<Record<RecordFile, Uint8Array>> = {};
  for (const [file, bytes] of Object.entries(records.lines) as [RecordFile, Uint8Array][]) {
    lines[file] = file === "articles"
      ? relabel(bytes, (article) => {
        article.id = id;
        (article.warnings as string[]).push(warning);
      })
      : relabel(bytes, (record) => {
        if (record.articleId === records.id) record.articleId = id;
      });
  }
  const incidents = records.incidents && {
    figures: records.incidents.figures,
    reports: records.incidents.reports.map((line) => {
      const rest = JSON.parse(line.tail);
      rest.report.articleId = id;
      return { ...line, tail: JSON.stringify(rest) };
    }),
  };
  return { ...records, id, warnings: [...records.warnings, warning], lines, ...(incidents ? { incidents } : {}) };
}

/** Relation types stored with subject < object, so a renamed party may swap sides. */
const SYMMETRIC = new Set(["ally", "rival", "clash"]);

/**
 * The same records with discovered group ids renamed (`new:a` → `new:b`): a name this document discovered first
 * under one spelling that an earlier document of the corpus discovered under another. Mentions and relations are
 * rewritten; symmetric relations are put back in subject < object order and the document's relations re-sorted as
 * the extractor sorts them.
 */
export function renameDiscovered(records: ArticleRecords, renames: Map<string, string>): ArticleRecords {
  const to = (id: unknown) => (typeof id === "string" ? renames.get(id) ?? id : id);
  const lines = { ...records.lines };
  if (lines.mentions) {
    lines.mentions = relabel(lines.mentions, (m) => {
      m.groupId = to(m.groupId);
      m.lineageId = to(m.lineageId);
    });
  }
  if (lines.relations) {
    const relations = decoder.decode(lines.relations).split("\n").filter((line) => line !== "").map((line) => {
      const r = JSON.parse(line);
      r.subject = to(r.subject);
      r.object = to(r.object);
      if (SYMMETRIC.has(r.type) && r.object < r.subject) [r.subject, r.object] = [r.object, r.subject];
      return r;
    });
    relations.sort((a, b) =>
      a.start - b.start || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject) ||
      a.object.localeCompare(b.object)
    );
    lines.relations = encoder.encode(relations.map((r) => JSON.stringify(r) + "\n").join(""));
  }
  return { ...records, lines };
}
