import type { Article } from "../records/article.ts";
import type { Reference } from "../reference/mod.ts";
import type { RecordFile } from "../records/record-files.ts";
import { extractMentions } from "../extract/mentions/mod.ts";
import { extractFigures } from "../extract/figures/mod.ts";
import { extractRelations, PATTERNS } from "../extract/relations/mod.ts";

export { RECORD_FILES, RECORD_SCHEMAS, type RecordFile } from "../records/record-files.ts";

/** The files of records extracted from an article's text (all but the articles and the rejections). */
export type ExtractedFile = Exclude<RecordFile, "articles" | "rejected">;

/**
 * Every record extracted from one article, by file (a new kind of record: one more entry here and in
 * RECORD_SCHEMAS); each stage reads the one reference.
 */
export function articleRecords(article: Article, reference: Reference): Record<ExtractedFile, unknown[]> {
  const mentions = extractMentions(article, reference.gazetteer, reference.lexicon);
  return {
    mentions,
    figures: extractFigures(article, reference),
    relations: extractRelations(article, mentions, PATTERNS, reference.lexicon.foreign),
  };
}
