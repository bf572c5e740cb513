import type { Article, Rejected } from "../records/article.ts";
import { defaultReference } from "../reference/mod.ts";
import { buildArticle } from "./article.ts";
import type { DatingReference } from "./publication-date.ts";
import { type InputOptions, type RawDocument, readInput, type Skipped } from "./inputs.ts";
import { textKey } from "./text-key.ts";
import { ArticleAdmission, where } from "./admission.ts";

export { type Admission, ArticleAdmission, where } from "./admission.ts";

export type IngestItem =
  | { kind: "article"; article: Article }
  | { kind: "rejected"; rejected: Rejected }
  | { kind: "skipped"; skipped: Skipped };

/** One document made into an article, with the key its text is known by for duplicate detection; or its rejection. */
export type PreparedDocument = { kind: "article"; article: Article; textKey: string } | {
  kind: "rejected";
  rejected: Rejected;
};

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
  return { kind: "article", article, textKey: textKey(article.text) };
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
