import type { Article, Rejected } from "../records/article.ts";
import { ingest } from "../ingest/ingest.ts";
import type { InputOptions } from "../ingest/inputs.ts";
import { loadReference, type Reference } from "../reference/mod.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered } from "../extract/mentions/mod.ts";
import { extractFigures } from "../extract/figures/mod.ts";
import { extractRelations } from "../extract/relations/mod.ts";
import { JsonlWriter } from "./jsonl-writer.ts";
import type { Figure } from "../records/figure.ts";
import { EVENT_KINDS } from "../analyze/casualty-reports.ts";
import { reconcileEvents } from "../analyze/reconcile-events.ts";

/** What one extraction run read and wrote, as printed and as saved to summary.json. */
export type ExtractSummary = {
  input: string;
  read: number;
  parsed: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  /** Files set aside on purpose: a folder's README, LICENSE and CHANGELOG (documentation, not articles). */
  skippedDocumentation: number;
  duplicates: number;
  /** Articles with a publication date (ambiguous ones, whose two readings stay open, are not dated). */
  dated: number;
  /** Articles whose numeric date reads two ways with nothing to decide: both readings kept, no date. */
  ambiguousDates: number;
  datesByMethod: Record<string, number>;
  datesByPrecision: Record<string, number>;
  articlesWithWarnings: number;
  /** Articles per kind of warning ("invalid UTF-8 replaced", "no title" …). */
  warningsByKind: Record<string, number>;
  mentions: number;
  figures: number;
  relations: number;
  /** Incidents reconciled from the figures across articles (events.jsonl). */
  events: number;
};

/** The kind of an article warning, for the summary's counts. */
export function warningKind(warning: string): string {
  if (/invalid UTF-8/.test(warning)) return "invalid UTF-8 replaced";
  if (/^no title/.test(warning)) return "no title";
  if (/comment section announces/.test(warning)) return "comment count differs";
  if (/was already used/.test(warning)) return "id used twice";
  if (/^stated date/.test(warning)) return "unreadable stated date";
  if (/no article text/.test(warning)) return "no text after cleaning";
  return "other";
}

const FILES = ["articles", "rejected", "mentions", "figures", "relations", "events"] as const;

/**
 * Runs the whole extraction on one input and writes `outDir/{articles,rejected,mentions,figures,relations}.jsonl`
 * record by record, then `events.jsonl` (incidents reconciled across articles: `reconcileEvents`) and
 * `summary.json`. Documents read = parsed + rejected + skipped documentation, always. Every stage reads the one
 * `reference` (default: this checkout's data/, loaded once).
 */
export async function extractCorpus(
  input: string,
  outDir: string,
  options: InputOptions & { reference?: Reference } = {},
): Promise<ExtractSummary> {
  const reference = options.reference ?? await loadReference();
  const { gazetteer, lexicon } = reference;
  const stream = ingest(input, {
    ...options,
    events: reference.events,
    outlets: reference.outlets,
    dateCues: reference.lexicon.dateCues,
  });
  // Pull the first item before creating files, so an unusable input (InputError) leaves no half-written output.
  const first = await stream.next();
  await Deno.mkdir(outDir, { recursive: true });
  const writers = Object.fromEntries(
    await Promise.all(FILES.map(async (name) => [name, await JsonlWriter.create(`${outDir}/${name}.jsonl`)])),
  ) as Record<(typeof FILES)[number], JsonlWriter>;
  const summary: ExtractSummary = {
    input,
    read: 0,
    parsed: 0,
    rejected: 0,
    rejectedByReason: {},
    skippedDocumentation: 0,
    duplicates: 0,
    dated: 0,
    ambiguousDates: 0,
    datesByMethod: {},
    datesByPrecision: {},
    articlesWithWarnings: 0,
    warningsByKind: {},
    mentions: 0,
    figures: 0,
    relations: 0,
    events: 0,
  };
  // One slug per discovered organisation across the corpus, whatever its spelling in each article.
  const slugs: DiscoveredSlugs = new Map();
  // what event reconciliation needs once every article is read: incident figures and the articles that state them
  const incidentFigures: Figure[] = [];
  const incidentArticles: Article[] = [];
  const count = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  const onArticle = async (article: Article) => {
    summary.parsed++;
    if (article.published.date !== null) summary.dated++;
    if (article.published.ambiguous) summary.ambiguousDates++;
    count(summary.datesByMethod, article.published.method);
    count(
      summary.datesByPrecision,
      article.published.date === null
        ? (article.published.ambiguous ? "ambiguous" : "none")
        : article.published.precision!,
    );
    if (article.warnings.length > 0) summary.articlesWithWarnings++;
    for (const kind of new Set(article.warnings.map(warningKind))) count(summary.warningsByKind, kind);
    await writers.articles.write(article);
    const mentions = extractMentionsWithDiscovered(article, gazetteer, lexicon, slugs);
    for (const mention of mentions) await writers.mentions.write(mention);
    const figures = extractFigures(article, reference);
    for (const figure of figures) await writers.figures.write(figure);
    const incidents = figures.filter((f) => f.scope === "event" && EVENT_KINDS.has(f.kind));
    if (incidents.length > 0) {
      incidentFigures.push(...incidents);
      incidentArticles.push(article);
    }
    const relations = extractRelations(article, mentions, { foreign: lexicon.foreign, relations: lexicon.relations });
    for (const relation of relations) await writers.relations.write(relation);
  };
  const onRejected = async (rejected: Rejected) => {
    summary.rejected++;
    count(summary.rejectedByReason, rejected.reason);
    if (rejected.reason === "duplicate") summary.duplicates++;
    await writers.rejected.write(rejected);
  };
  try {
    for (let item = first; !item.done; item = await stream.next()) {
      summary.read++;
      if (item.value.kind === "article") await onArticle(item.value.article);
      else if (item.value.kind === "skipped") summary.skippedDocumentation++;
      else await onRejected(item.value.rejected);
    }
    for (const event of reconcileEvents(incidentFigures, incidentArticles, { reference })) {
      await writers.events.write(event);
    }
  } finally {
    for (const writer of Object.values(writers)) writer.close();
  }
  summary.mentions = writers.mentions.count;
  summary.figures = writers.figures.count;
  summary.relations = writers.relations.count;
  summary.events = writers.events.count;
  await Deno.writeTextFile(`${outDir}/summary.json`, JSON.stringify(summary, null, 2) + "\n");
  return summary;
}

/** The summary as lines for a terminal. */
export function formatSummary(summary: ExtractSummary, outDir: string): string {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => `${key} ${n}`).join(", ") || "none";
  return [
    `input: ${summary.input}`,
    `read ${summary.read}: parsed ${summary.parsed}, rejected ${summary.rejected}` +
    (summary.rejected ? ` (${list(summary.rejectedByReason)})` : "") +
    (summary.skippedDocumentation
      ? `, skipped ${summary.skippedDocumentation} documentation (README, LICENSE, CHANGELOG)`
      : ""),
    `duplicates: ${summary.duplicates}`,
    `publication dates: ${summary.dated} of ${summary.parsed} dated` +
    (summary.ambiguousDates ? ` (${summary.ambiguousDates} more read two ways, both readings kept)` : "") +
    `; by method: ${list(summary.datesByMethod)}; precision: ${list(summary.datesByPrecision)}`,
    `articles with warnings: ${summary.articlesWithWarnings}` +
    (summary.articlesWithWarnings ? ` (${list(summary.warningsByKind)})` : ""),
    `mentions ${summary.mentions}, figures ${summary.figures}, relations ${summary.relations}, events ${summary.events}`,
    `wrote ${outDir}/{articles,rejected,mentions,figures,relations,events}.jsonl and summary.json`,
  ].join("\n");
}
