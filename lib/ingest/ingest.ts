import type { Article, Rejected } from "../records/article.ts";
import { defaultReference } from "../reference/mod.ts";
import { buildArticle } from "./article.ts";
import type { DatingReference } from "./publication-date.ts";
import { type InputOptions, type RawDocument, readInput, type Skipped } from "./inputs.ts";
import { sha256Key } from "./sha256.ts";
import { TextKeyIndex } from "./text-key-index.ts";
import { IdIndex } from "./id-index.ts";

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
  // Kept for every article of a run, so kept compact and outside the heap (about 70 bytes an article, where a Map of
  // key strings, a Set of ids and arrays cost 185): article `n` of the run is text key `n` and id `n` (its id as
  // admitted), and its file and row or line are columns of typed arrays.
  #texts = new TextKeyIndex();
  #ids = new IdIndex();
  /** Per article: whether its id was changed (the id it came with is the admitted one without its "~suffix"). */
  #renamed = new Uint8Array(1024);
  #firstPath = new Int32Array(1024);
  /** Row (positive), line (negative) or neither (0) of each article. */
  #firstPlace = new Float64Array(1024);
  #paths: string[] = [];
  #pathIndex = new Map<string, number>();

  admit(article: Pick<Article, "id" | "source">, textKey: string): Admission {
    const source = article.source;
    const first = this.#texts.find(textKey);
    if (first !== -1) {
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
    let id = article.id;
    let renamed: string | undefined;
    if (this.#ids.has(id)) {
      const suffix = source.row ?? source.line ?? 2;
      renamed = `id "${id}" was already used by an earlier article; this one is "${id}~${suffix}"`;
      id = `${id}~${suffix}`;
    }
    const entry = this.#texts.add(textKey);
    this.#ids.push(id);
    if (entry >= this.#firstPath.length) {
      const capacity = Math.ceil((entry + 1) * 1.5);
      this.#renamed = grown(this.#renamed, capacity);
      this.#firstPath = grown(this.#firstPath, capacity);
      this.#firstPlace = grown(this.#firstPlace, capacity);
    }
    let path = this.#pathIndex.get(source.path);
    if (path === undefined) this.#pathIndex.set(source.path, path = this.#paths.push(source.path) - 1);
    this.#firstPath[entry] = path;
    this.#firstPlace[entry] = source.row ?? (source.line === undefined ? 0 : -source.line);
    this.#renamed[entry] = renamed === undefined ? 0 : 1;
    return { kind: "new", id, renamed };
  }

  /** "<id> (<file>:<line>)" of the first article of a text, named as it came in, before any change of id. */
  #describe(first: number): string {
    const place = this.#firstPlace[first];
    const path = this.#paths[this.#firstPath[first]];
    const source = place > 0 ? { path, row: place } : place < 0 ? { path, line: -place } : { path };
    const admitted = this.#ids.at(first);
    const id = this.#renamed[first] ? admitted.slice(0, admitted.lastIndexOf("~")) : admitted;
    return `${id} (${where(source)})`;
  }
}

function grown<T extends Uint8Array | Int32Array | Float64Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
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
