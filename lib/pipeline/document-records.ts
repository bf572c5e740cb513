import type { Rejected, Source } from "../records/article.ts";
import type { Skipped } from "../ingest/inputs.ts";
import type { RecordFile } from "../records/record-files.ts";

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
