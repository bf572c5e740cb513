import { z } from "zod";
import type { Article, Gazetteer, Mention } from "../records/mod.ts";
import { Mention as MentionSchema } from "../records/mod.ts";
import { extractMentions } from "../extract/mentions/extract-mentions.ts";
import { loadGazetteer } from "../reference/mod.ts";
import { FAKES_COLUMNS, FAKES_CSV, loadGold } from "./gold.ts";
import { ingest } from "../ingest/ingest.ts";
import { PASSAGE_MENTION_SETS, passageMentionSetReport } from "./passage-mentions.ts";

/** One hand-checked mention: where it is, which organisation the words name, and which it stood for then. */
export const GoldMention = MentionSchema.pick({
  articleId: true,
  groupId: true,
  lineageId: true,
  surface: true,
  start: true,
  end: true,
  sentenceIndex: true,
}).extend({ kind: z.enum(["name", "descriptor"]) });
export type GoldMention = z.infer<typeof GoldMention>;

/** How a gold sample was drawn from a larger corpus; `articleIds` also covers articles with no mention at all. */
export const GoldSample = z.object({
  procedure: z.string(),
  population: z.number().int().positive(),
  step: z.number().int().positive(),
  offset: z.number().int().nonnegative(),
  articleIds: z.array(z.string()).min(1),
});
export type GoldSample = z.infer<typeof GoldSample>;

/** data/gold/mentions.json (and mentions-fakes-sample.json): the annotations plus the guidelines they follow. */
export const GoldMentions = z.object({
  description: z.string(),
  sample: GoldSample.optional(),
  guidelines: z.array(z.string()),
  sources: z.array(z.string()).min(1),
  mentions: z.array(GoldMention),
});
export type GoldMentions = z.infer<typeof GoldMentions>;

export type Score = { truePositives: number; falsePositives: number; falseNegatives: number } & {
  precision: number;
  recall: number;
  f1: number;
};

export type MentionEvaluation = {
  articles: number;
  overall: Score;
  /** Per group id, most gold mentions first. */
  perGroup: ({ groupId: string } & Score)[];
  /** Of the mentions found at the right place for the right group, how many carry the gold lineage. */
  lineage: { matched: number; agreeing: number };
  falsePositives: Mention[];
  falseNegatives: GoldMention[];
  /** Group nouns found ("the regime", "the Coalition"): the name gold's guidelines count no generic reference, so
   * they are left out of the score and only counted. */
  groupNouns: number;
};

/** Reads and validates gold mention annotations; errors name the file. */
export function loadGoldMentions(path: string | URL = "mentions.json"): Promise<GoldMentions> {
  return loadGold(path, GoldMentions, "gold mentions file");
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

const key = (m: { articleId: string; groupId: string; start: number; end: number }) =>
  `${m.articleId}|${m.start}|${m.end}|${m.groupId}`;

/** The articles a gold file covers: its sample's ids when it has one (so mention-free articles count too). */
export function goldArticleIds(gold: GoldMentions): Set<string> {
  return new Set(gold.sample?.articleIds ?? gold.mentions.map((m) => m.articleId));
}

/**
 * Scores `extractMentions` against gold annotations over the articles the gold covers: a found mention counts when
 * article, offsets and group id all agree with a gold one. Also checks the lineage of those that agree.
 */
export function evaluateMentions(articles: Article[], gold: GoldMentions, gazetteer: Gazetteer): MentionEvaluation {
  const annotated = goldArticleIds(gold);
  const covered = articles.filter((article) => annotated.has(article.id));
  const missing = [...annotated].filter((id) => !covered.some((article) => article.id === id));
  if (missing.length > 0) throw new Error(`evaluateMentions: gold annotates articles not given: ${missing.join(", ")}`);
  const extracted = covered.flatMap((article) => extractMentions(article, gazetteer));
  const found = extracted.filter((m) => m.method !== "group-noun" && m.method !== "state-reference");
  const goldByKey = new Map(gold.mentions.map((m) => [key(m), m]));
  const foundKeys = new Set(found.map(key));
  const truePositives = found.filter((m) => goldByKey.has(key(m)));
  const falsePositives = found.filter((m) => !goldByKey.has(key(m)));
  const falseNegatives = gold.mentions.filter((m) => !foundKeys.has(key(m)));
  const groupIds = [...new Set([...gold.mentions, ...found].map((m) => m.groupId))];
  const count = <T extends { groupId: string }>(list: T[], groupId: string) =>
    list.filter((m) => m.groupId === groupId).length;
  const perGroup = groupIds
    .map((groupId) => ({
      groupId,
      ...score(count(truePositives, groupId), count(falsePositives, groupId), count(falseNegatives, groupId)),
    }))
    .sort((a, b) =>
      (b.truePositives + b.falseNegatives) - (a.truePositives + a.falseNegatives) || a.groupId.localeCompare(b.groupId)
    );
  return {
    articles: covered.length,
    overall: score(truePositives.length, falsePositives.length, falseNegatives.length),
    perGroup,
    lineage: {
      matched: truePositives.length,
      agreeing: truePositives.filter((m) => goldByKey.get(key(m))!.lineageId === m.lineageId).length,
    },
    falsePositives,
    falseNegatives,
    groupNouns: extracted.length - found.length,
  };
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`.padStart(6);

/** A plain-text table of an evaluation, with every miss and false hit quoted so it can be checked by eye. */
export function formatMentionEvaluation(evaluation: MentionEvaluation): string {
  const { overall } = evaluation;
  const lines = [
    `Group mentions on ${evaluation.articles} gold-annotated articles: precision ${
      percent(overall.precision)
    }, recall ${percent(overall.recall)}, F1 ${
      percent(overall.f1)
    } (${overall.truePositives} found, ${overall.falsePositives} false, ${overall.falseNegatives} missed)`,
    `Lineage at publication date agrees on ${evaluation.lineage.agreeing} of ${evaluation.lineage.matched} found mentions`,
    `Group nouns left out (the guidelines count no generic reference such as 'the regime'): ${evaluation.groupNouns}`,
    "",
    `${"group".padEnd(30)} ${"gold".padStart(5)} ${"found".padStart(5)} ${"P".padStart(6)} ${"R".padStart(6)} ${
      "F1".padStart(6)
    }`,
    ...evaluation.perGroup.map((g) =>
      `${g.groupId.padEnd(30)} ${String(g.truePositives + g.falseNegatives).padStart(5)} ${
        String(g.truePositives + g.falsePositives).padStart(5)
      } ${percent(g.precision)} ${percent(g.recall)} ${percent(g.f1)}`
    ),
  ];
  if (evaluation.falseNegatives.length > 0) {
    lines.push("", "Missed:");
    for (const m of evaluation.falseNegatives) {
      lines.push(`  ${m.articleId} [${m.start}-${m.end}] "${m.surface}" → ${m.groupId}`);
    }
  }
  if (evaluation.falsePositives.length > 0) {
    lines.push("", "False hits:");
    for (const m of evaluation.falsePositives) {
      lines.push(`  ${m.articleId} [${m.start}-${m.end}] "${m.surface}" → ${m.groupId} (${m.method})`);
    }
  }
  return lines.join("\n");
}

export type MentionsEvalOptions = {
  goldPath?: string | URL;
  gazetteerPath?: string | URL;
  /** The blind FA-KES sample's gold (default data/gold/mentions-fakes-sample.json). */
  fakesGoldPath?: string | URL;
  /** The held-out FA-KES sample's gold, never used for tuning (default data/gold/mentions-fakes-heldout.json). */
  fakesHeldoutGoldPath?: string | URL;
  /** FA-KES CSV (default ../shared/corpora/fakes/fakes.csv); `false` leaves the sample out. */
  fakes?: string | false;
};

/**
 * The printable evaluation `deno task eval` shows: the seed gold, then the blind FA-KES sample and the held-out
 * FA-KES sample when ../shared holds the corpus (skipped with a note when it does not). The seed gold and the
 * gazetteer share an author, and the extractor was tuned on the first sample, so the held-out one is the honest
 * number.
 */
export async function mentionsEvalReport(articles: Article[], options: MentionsEvalOptions = {}): Promise<string> {
  const gazetteer = await loadGazetteer(options.gazetteerPath);
  const seed = formatMentionEvaluation(evaluateMentions(articles, await loadGoldMentions(options.goldPath), gazetteer));
  if (options.fakes === false) return seed;
  const sample = options.fakesGoldPath ?? "mentions-fakes-sample.json";
  const heldout = options.fakesHeldoutGoldPath ?? "mentions-fakes-heldout.json";
  const passageSets = [];
  for (const set of PASSAGE_MENTION_SETS) passageSets.push(await passageMentionSetReport(set, gazetteer));
  return [
    seed,
    `### FA-KES blind sample (tuned on)\n${await fakesSampleReport(gazetteer, sample, options)}`,
    `### FA-KES held-out sample (never tuned on)\n${await fakesSampleReport(gazetteer, heldout, options)}`,
    ...passageSets,
  ].join("\n\n");
}

/** FA-KES articles the sample names, ingested exactly as `deno task extract` ingests the CSV. */
export async function loadSampleArticles(fakes: string, ids: Set<string>): Promise<Article[]> {
  const articles: Article[] = [];
  const csv = FAKES_COLUMNS;
  for await (const item of ingest(fakes, { csv })) {
    if (item.kind === "article" && ids.has(item.article.id)) articles.push(item.article);
  }
  return articles;
}

async function fakesSampleReport(
  gazetteer: Gazetteer,
  goldPath: string | URL,
  options: MentionsEvalOptions,
): Promise<string> {
  const fakes = options.fakes || FAKES_CSV;
  try {
    await Deno.stat(fakes);
  } catch {
    return `skipped (${fakes} not found)`;
  }
  const gold = await loadGoldMentions(goldPath);
  const articles = await loadSampleArticles(fakes, goldArticleIds(gold));
  return formatMentionEvaluation(evaluateMentions(articles, gold, gazetteer));
}
