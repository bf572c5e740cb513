import type { Article } from "../records/article.ts";
import type { Figure } from "../records/figure.ts";
import type { Mention } from "../records/mention.ts";
import type { Reference } from "../reference/mod.ts";
import type { RecordFile } from "../records/record-files.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered } from "../extract/mentions/mod.ts";
import { extractFigures } from "../extract/figures/mod.ts";
import { extractRelations } from "../extract/relations/mod.ts";
import { EVENT_KINDS } from "../analyze/casualty-reports.ts";

export { RECORD_FILES, RECORD_SCHEMAS, type RecordFile } from "../records/record-files.ts";

/** The files of records extracted from one article's text (not the articles, rejections or corpus-level events). */
export type ExtractedFile = Exclude<RecordFile, "articles" | "rejected" | "events">;

/** What a stage threw for one item of a batch (kept as thrown: the caller reports it for that item alone). */
export class Failed {
  constructor(readonly error: unknown) {}
}

/**
 * `run` over every item of a batch that has not failed yet, in order; an item whose run throws becomes `Failed` and
 * the others go on. A batch runs one stage over all its items before the next stage: the stage's code and tables
 * stay in the processor's caches across the batch (a third faster than one document through every stage at a time).
 */
export function eachOf<T, R>(items: (T | Failed)[], run: (item: T, index: number) => R): (R | Failed)[] {
  return items.map((item, index) => {
    if (item instanceof Failed) return item;
    try {
      return run(item, index);
    } catch (error) {
      return new Failed(error);
    }
  });
}

/**
 * Every record extracted from each article of a batch, by file, one stage over the whole batch at a time (a new kind
 * of record: one more entry here and in RECORD_SCHEMAS); each stage reads the one reference. `slugs[i]` names the
 * groups discovery finds in article i (a fresh map per document in a worker; the pipeline makes the names one per
 * organisation across the corpus, in input order). An article whose stage throws gets `Failed`, the rest go on.
 */
export function articleRecordsOfBatch(
  articles: (Article | Failed)[],
  reference: Reference,
  slugs: DiscoveredSlugs[],
): (Record<ExtractedFile, unknown[]> | Failed)[] {
  // An article stays in the batch until one of its stages fails.
  let live = articles;
  const failedAt = (results: unknown[]) =>
    live.map((article, i) => results[i] instanceof Failed ? results[i] : article);
  const mentions = eachOf(
    live,
    (article, i) => extractMentionsWithDiscovered(article, reference.gazetteer, reference.lexicon, slugs[i]),
  );
  live = failedAt(mentions);
  const figures = eachOf(live, (article) => extractFigures(article, reference));
  live = failedAt(figures);
  const relations = eachOf(
    live,
    (article, i) =>
      namesTwoGroups(mentions[i] as Mention[])
        ? extractRelations(article, mentions[i] as Mention[], {
          foreign: reference.lexicon.foreign,
          relations: reference.lexicon.relations,
          transliteration: reference.lexicon.transliteration,
          gazetteer: reference.gazetteer,
        })
        : [],
  );
  live = failedAt(relations);
  return live.map((article, i) =>
    article instanceof Failed
      ? article
      : { mentions: mentions[i] as Mention[], figures: figures[i] as Figure[], relations: relations[i] as unknown[] }
  );
}

/**
 * Whether an article's mentions name two groups or more. A relation joins two different groups, and every party the
 * relation reader resolves (a name, a nested name, a reference or a group noun) is one of the article's mentions: an
 * article that names fewer has none to find, so the reader is not run on it (a quarter of FA-KES's articles).
 */
export function namesTwoGroups(mentions: readonly Mention[]): boolean {
  const first = mentions[0]?.groupId;
  return mentions.some((mention) => mention.groupId !== first);
}

/**
 * Every record extracted from one article's text, by file (`articleRecordsOfBatch` for a batch of one). `slugs` names
 * the groups discovery finds (by default a fresh map).
 */
export function articleRecords(
  article: Article,
  reference: Reference,
  slugs: DiscoveredSlugs = new Map(),
): Record<ExtractedFile, unknown[]> {
  const [records] = articleRecordsOfBatch([article], reference, [slugs]);
  if (records instanceof Failed) throw records.error;
  return records;
}

/** The figures of an article that event reconciliation reads: incident figures (scope "event") of casualty kinds. */
export function incidentFigures(figures: Figure[]): Figure[] {
  return figures.filter((figure) => figure.scope === "event" && EVENT_KINDS.has(figure.kind));
}
