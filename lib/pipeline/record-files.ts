import type { Article } from "../records/article.ts";
import type { Reference } from "../reference/mod.ts";
import { extractMentions } from "../extract/mentions/mod.ts";
import { extractFigures } from "../extract/figures/mod.ts";
import { extractRelations, PATTERNS } from "../extract/relations/mod.ts";

/**
 * The record files one extraction writes, in this order: `<name>.jsonl` (and `<name>.parquet`). A new kind of
 * record is one more name here and one more entry in `articleRecords`; writers, workers, shards and Parquet follow.
 */
export const RECORD_FILES = ["articles", "rejected", "mentions", "figures", "relations"] as const;
export type RecordFile = (typeof RECORD_FILES)[number];

/** The files of records extracted from an article's text (all but the articles and the rejections). */
export type ExtractedFile = Exclude<RecordFile, "articles" | "rejected">;

/** Every record extracted from one article, by file; each stage reads the one reference. */
export function articleRecords(article: Article, reference: Reference): Record<ExtractedFile, unknown[]> {
  const mentions = extractMentions(article, reference.gazetteer, reference.lexicon);
  return {
    mentions,
    figures: extractFigures(article, reference),
    relations: extractRelations(article, mentions, PATTERNS, reference.lexicon.foreign),
  };
}
