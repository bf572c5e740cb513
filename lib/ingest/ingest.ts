import type { Article, Rejected } from "../records/article.ts";
import { defaultReference } from "../reference/mod.ts";
import { buildArticle } from "./article.ts";
import type { DatingReference } from "./publication-date.ts";
import { type InputOptions, type RawDocument, readInput, type Skipped } from "./inputs.ts";
import { sha256Key } from "./sha256.ts";

export type IngestItem =
  | { kind: "article"; article: Article }
  | { kind: "rejected"; rejected: Rejected }
  | { kind: "skipped"; skipped: Skipped };

/** One document made into an article, with the key its text is known by for duplicate detection; or its rejection. */
export type PreparedDocument = { kind: "article"; article: Article; textKey: string } | {
  kind: "rejected";
  rejected: Rejected;
};

const encoder = new TextEncoder();

/**
 * One raw document as an article (cleaned, split into sentences, dated), or rejected as unreadable or empty. Depends
 * on the document alone, so documents can be prepared in any order or thread; `ArticleAdmission` then decides, in
 * input order, what is a duplicate and which ids are taken.
 */
export function prepareArticle(document: RawDocument, dating: DatingReference): PreparedDocument {
  let article: Article;
  try {
    article = buildArticle(document, dating);
  } catch (error) {
    return {
      kind: "rejected",
      rejected: {
        source: document.source,
        id: document.id,
        reason: "unreadable",
        message: `${document.source.path}: could not be parsed (${(error as Error).message})`,
      },
    };
  }
  if (article.text.trim() === "") {
    return {
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
  }
  const textKey = sha256Key(encoder.encode(article.text.toLowerCase().replace(/\s+/g, " ")));
  return { kind: "article", article, textKey };
}

/** What admission decided for one article: a duplicate of an earlier one, or new (under a changed id if taken). */
export type Admission = { kind: "duplicate"; rejected: Rejected } | {
  kind: "new";
  id: string;
  /** Set when the article's own id was already used: the warning to add, and `id` is the new one. */
  renamed?: string;
};

/**
 * The only state of ingestion, applied in input order: the same cleaned text seen twice is a duplicate of the
 * first (only the hashes of texts seen are kept), and an id used twice gets the row or line as a suffix.
 */
export class ArticleAdmission {
  // Kept for every article of a run, so kept small: a text key maps to a number, and the first article of each text
  // is kept column by column (its id, and its file and row or line) rather than as a message string per article.
  #firstOfText = new Map<string, number>();
  #ids = new Set<string>();
  #firstId: string[] = [];
  #firstPath: number[] = [];
  /** Row (positive), line (negative) or neither (0) of the first article of each text. */
  #firstPlace: number[] = [];
  #paths: string[] = [];
  #pathIndex = new Map<string, number>();

  admit(article: Pick<Article, "id" | "source">, textKey: string): Admission {
    const source = article.source;
    const first = this.#firstOfText.get(textKey);
    if (first !== undefined) {
      return {
        kind: "duplicate",
        rejected: {
          source,
          id: article.id,
          reason: "duplicate",
          message: `${where(source)}: the same article text as ${this.#describe(first)}`,
        },
      };
    }
    // A later duplicate names the article as it came in, before any change of id.
    this.#firstOfText.set(textKey, this.#firstId.length);
    this.#firstId.push(article.id);
    let path = this.#pathIndex.get(source.path);
    if (path === undefined) this.#pathIndex.set(source.path, path = this.#paths.push(source.path) - 1);
    this.#firstPath.push(path);
    this.#firstPlace.push(source.row ?? (source.line === undefined ? 0 : -source.line));
    let id = article.id;
    let renamed: string | undefined;
    if (this.#ids.has(id)) {
      const suffix = source.row ?? source.line ?? 2;
      renamed = `id "${id}" was already used by an earlier article; this one is "${id}~${suffix}"`;
      id = `${id}~${suffix}`;
    }
    this.#ids.add(id);
    return { kind: "new", id, renamed };
  }

  /** "<id> (<file>:<line>)" of the first article of a text. */
  #describe(first: number): string {
    const place = this.#firstPlace[first];
    const path = this.#paths[this.#firstPath[first]];
    const source = place > 0 ? { path, row: place } : place < 0 ? { path, line: -place } : { path };
    return `${this.#firstId[first]} (${where(source)})`;
  }
}

/**
 * The ingestion pipeline as a stream: every document of the input becomes an article or a rejection, one at a
 * time, so a corpus never has to sit in memory.
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
  const admission = new ArticleAdmission();
  for await (const item of readInput(input, options)) {
    if (item.kind === "rejected" || item.kind === "skipped") {
      yield item;
      continue;
    }
    const prepared = prepareArticle(item.document, dating);
    if (prepared.kind === "rejected") {
      yield prepared;
      continue;
    }
    const { article } = prepared;
    const decision = admission.admit(article, prepared.textKey);
    if (decision.kind === "duplicate") {
      yield { kind: "rejected", rejected: decision.rejected };
      continue;
    }
    if (decision.renamed) {
      article.warnings.push(decision.renamed);
      article.id = decision.id;
    }
    yield { kind: "article", article };
  }
}

export function where(source: Article["source"]): string {
  return source.row ? `${source.path} row ${source.row}` : source.line ? `${source.path}:${source.line}` : source.path;
}
