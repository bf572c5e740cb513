import type { Article } from "../records/article.ts";
import type { Figure } from "../records/figure.ts";
import type { Reference } from "../reference/mod.ts";
import type { RecordFile } from "../records/record-files.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered } from "../extract/mentions/mod.ts";
import { extractFigures } from "../extract/figures/mod.ts";
import { extractRelations } from "../extract/relations/mod.ts";
import { EVENT_KINDS } from "../analyze/casualty-reports.ts";

export { RECORD_FILES, RECORD_SCHEMAS, type RecordFile } from "../records/record-files.ts";

/** The files of records extracted from one article's text (not the articles, rejections or corpus-level events). */
export type ExtractedFile = Exclude<RecordFile, "articles" | "rejected" | "events">;

/**
 * Every record extracted from one article, by file (a new kind of record: one more entry here and in
 * RECORD_SCHEMAS); each stage reads the one reference. `slugs` names the groups discovery finds (a fresh map per
 * document in a worker; the pipeline makes the names one per organisation across the corpus, in input order).
 */
export function articleRecords(
  article: Article,
  reference: Reference,
  slugs: DiscoveredSlugs = new Map(),
): Record<ExtractedFile, unknown[]> {
  const mentions = extractMentionsWithDiscovered(article, reference.gazetteer, reference.lexicon, slugs);
  return {
    mentions,
    figures: extractFigures(article, reference),
    relations: extractRelations(article, mentions, {
      foreign: reference.lexicon.foreign,
      relations: reference.lexicon.relations,
    }),
  };
}

/** The figures of an article that event reconciliation reads: incident figures (scope "event") of casualty kinds. */
export function incidentFigures(figures: Figure[]): Figure[] {
  return figures.filter((figure) => figure.scope === "event" && EVENT_KINDS.has(figure.kind));
}
