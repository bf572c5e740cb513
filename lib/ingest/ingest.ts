import type { Article, Rejected } from "../records/article.ts";
import { defaultReference } from "../reference/mod.ts";
import { buildArticle } from "./article.ts";
import type { DatingReference } from "./publication-date.ts";
import { type InputOptions, readInput, type Skipped } from "./inputs.ts";
import { sha256Hex } from "./sha256.ts";

export type IngestItem =
  | { kind: "article"; article: Article }
  | { kind: "rejected"; rejected: Rejected }
  | { kind: "skipped"; skipped: Skipped };

/**
 * The ingestion pipeline as a stream: every document of the input becomes an article or a rejection, one at a
 * time, so a corpus never has to sit in memory. The same cleaned text seen twice is rejected as a duplicate of
 * the first (only the hashes of texts seen are kept).
 */
export async function* ingest(
  input: string,
  options: InputOptions & Partial<DatingReference> = {},
): AsyncGenerator<IngestItem> {
  const reference = defaultReference();
  const dating: DatingReference = {
    events: options.events ?? reference.events,
    outlets: options.outlets ?? reference.outlets,
    dateCues: options.dateCues ?? reference.lexicon.dateCues,
  };
  const seen = new Map<string, string>();
  const seenIds = new Set<string>();
  const encoder = new TextEncoder();
  for await (const item of readInput(input, options)) {
    if (item.kind === "rejected" || item.kind === "skipped") {
      yield item;
      continue;
    }
    const document = item.document;
    let article: Article;
    try {
      article = buildArticle(document, dating);
    } catch (error) {
      yield {
        kind: "rejected",
        rejected: {
          source: document.source,
          id: document.id,
          reason: "unreadable",
          message: `${document.source.path}: could not be parsed (${(error as Error).message})`,
        },
      };
      continue;
    }
    if (article.text.trim() === "") {
      yield {
        kind: "rejected",
        rejected: {
          source: document.source,
          id: document.id,
          reason: "empty",
          message: `${where(document.source)}: no article text is left after cleaning (it held only: ${
            [...new Set(article.removed.map((span) => span.kind))].join(", ") || "white space"
          })`,
        },
      };
      continue;
    }
    const key = await sha256Hex(encoder.encode(article.text.toLowerCase().replace(/\s+/g, " ")));
    const first = seen.get(key);
    if (first !== undefined) {
      yield {
        kind: "rejected",
        rejected: {
          source: document.source,
          id: document.id,
          reason: "duplicate",
          message: `${where(document.source)}: the same article text as ${first}`,
        },
      };
      continue;
    }
    seen.set(key, `${article.id} (${where(document.source)})`);
    if (seenIds.has(article.id)) {
      article.warnings.push(
        `id "${article.id}" was already used by an earlier article; this one is "${article.id}~${
          document.source.row ?? document.source.line ?? 2
        }"`,
      );
      article.id = `${article.id}~${document.source.row ?? document.source.line ?? 2}`;
    }
    seenIds.add(article.id);
    yield { kind: "article", article };
  }
}

function where(source: Article["source"]): string {
  return source.row ? `${source.path} row ${source.row}` : source.line ? `${source.path}:${source.line}` : source.path;
}
