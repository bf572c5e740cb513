import type { Article, Rejected } from "../records/article.ts";
import { TextKeyIndex } from "./text-key-index.ts";
import { IdIndex } from "./id-index.ts";
import { NarrowColumn, U8Column } from "./columns.ts";

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
  // Kept for every article of a run, so kept compact and outside the heap (about 50 bytes an article for ids of 16
  // characters, where a Map of key strings, a Set of ids and arrays cost 185): article `n` of the run is text key `n`
  // and id `n` (its id as admitted, stored once), and its file, row or line and flags are narrow columns.
  #texts = new TextKeyIndex();
  #ids = new IdIndex();
  /** Per article: `RENAMED` (its id was changed: the id it came with is the admitted one without its "~suffix"), `ROW`
   * or `LINE` (what `#places` counts). */
  #flags = new U8Column();
  /** Per article: the index of its file in `#paths` (one byte each while a run has at most 128 files). */
  #pathOf = new NarrowColumn();
  /** Per article: its row or line minus its number in the run (one byte each while few articles were set aside). */
  #places = new NarrowColumn();
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
    let path = this.#pathIndex.get(source.path);
    if (path === undefined) this.#pathIndex.set(source.path, path = this.#paths.push(source.path) - 1);
    this.#pathOf.push(path);
    const place = source.row ?? source.line;
    this.#places.push(place === undefined ? 0 : place - entry);
    this.#flags.ensure(entry + 1);
    this.#flags.values[entry] = (renamed === undefined ? 0 : RENAMED) |
      (source.row !== undefined ? ROW : source.line !== undefined ? LINE : 0);
    return { kind: "new", id, renamed };
  }

  /** Bytes the index holds outside the heap (the file names, a few strings, aside). */
  get bytes(): number {
    return this.#texts.bytes + this.#ids.bytes + this.#texts.size +
      this.#texts.size * (this.#pathOf.bytesPerValue + this.#places.bytesPerValue);
  }

  /** "<id> (<file>:<line>)" of the first article of a text, named as it came in, before any change of id. */
  #describe(first: number): string {
    const flags = this.#flags.values[first];
    const path = this.#paths[this.#pathOf.at(first)];
    const place = this.#places.at(first) + first;
    const source = flags & ROW ? { path, row: place } : flags & LINE ? { path, line: place } : { path };
    const admitted = this.#ids.at(first);
    const id = flags & RENAMED ? admitted.slice(0, admitted.lastIndexOf("~")) : admitted;
    return `${id} (${where(source)})`;
  }
}

const RENAMED = 1;
const ROW = 2;
const LINE = 4;

/** Where a document came from, as messages name it: "<file> row <n>", "<file>:<line>" or the file. */
export function where(source: Article["source"]): string {
  return source.row ? `${source.path} row ${source.row}` : source.line ? `${source.path}:${source.line}` : source.path;
}
