import { z } from "zod";
import type { Article, Gazetteer, Mention } from "../records/mod.ts";
import { extractMentions } from "../extract/mentions/extract-mentions.ts";
import { ingest } from "../ingest/ingest.ts";
import { loadGold, RELIEFWEB_COLUMNS, RELIEFWEB_CSV } from "./gold.ts";

type IngestOptions = NonNullable<Parameters<typeof ingest>[1]>;

/** One annotated stretch of an article (a paragraph, or a whole headline): only mentions inside it are scored. */
export const GoldPassage = z.object({
  id: z.string().min(1),
  articleId: z.string().min(1),
  /** UTF-16 offsets into article.text, as ingestion writes it. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  note: z.string().optional(),
}).refine((passage) => passage.end > passage.start, { message: "a passage ends after it starts" });
export type GoldPassage = z.infer<typeof GoldPassage>;

/** One hand-annotated mention inside a passage; `inGazetteer: false` marks an organisation data/groups.json lacks. */
export const GoldPassageMention = z.object({
  passageId: z.string().min(1),
  articleId: z.string().min(1),
  groupId: z.string().min(1),
  inGazetteer: z.boolean(),
  surface: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  kind: z.enum(["name", "descriptor"]),
  doubtful: z.boolean().optional(),
  note: z.string().optional(),
});
export type GoldPassageMention = z.infer<typeof GoldPassageMention>;

/**
 * A blind mention set over passages of a corpus (data/gold/mentions-wikipedia-blind.json, mentions-reliefweb-blind.json):
 * every passage stays in the file, those without a mention too, so anything found there counts as false.
 */
export const GoldPassageMentions = z.object({
  description: z.string().min(1),
  guidelines: z.array(z.string()).min(1),
  sources: z.array(z.string()).min(1),
  drawn: z.string().min(1),
  passages: z.array(GoldPassage).min(1),
  mentions: z.array(GoldPassageMention),
});
export type GoldPassageMentions = z.infer<typeof GoldPassageMentions>;

/** Reads and validates a passage mention set; errors name the file. */
export function loadGoldPassageMentions(path: string | URL): Promise<GoldPassageMentions> {
  return loadGold(path, GoldPassageMentions, "gold passage mentions file");
}

type Counts = { found: number; falseHits: number; missed: number; precision: number; recall: number; f1: number };

function counts(found: number, falseHits: number, missed: number): Counts {
  const precision = found + falseHits === 0 ? 1 : found / (found + falseHits);
  const recall = found + missed === 0 ? 1 : found / (found + missed);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { found, falseHits, missed, precision, recall, f1 };
}

export type PassageMentionEvaluation = {
  passages: number;
  /** Every gold mention against every mention the layer finds inside a passage (group nouns left out). */
  overall: Counts;
  /** Recall on the gold mentions of organisations the gazetteer held when the set was annotated. */
  inGazetteer: { gold: number; found: number; recall: number };
  /** Gold mentions of organisations the gazetteer lacked then, and how many of their exact spans the layer finds. */
  outOfGazetteer: { gold: number; spanFound: number };
  /** Recall leaving out the mentions the annotator marked doubtful. */
  certain: { gold: number; found: number; recall: number };
  missed: GoldPassageMention[];
  falseHits: Mention[];
};

const spanKey = (m: { articleId: string; start: number; end: number }) => `${m.articleId}|${m.start}|${m.end}`;
const key = (m: { articleId: string; start: number; end: number; groupId: string }) => `${spanKey(m)}|${m.groupId}`;

/** Checks that every passage and mention quotes the article text at its offsets; the error names the unit. */
function checkAnchors(gold: GoldPassageMentions, texts: Map<string, string>): void {
  const passages = new Map(gold.passages.map((passage) => [passage.id, passage]));
  for (const passage of gold.passages) {
    const text = texts.get(passage.articleId);
    if (text === undefined) throw new Error(`passage ${passage.id}: article ${passage.articleId} not in the corpus`);
    if (text.slice(passage.start, passage.end) !== passage.text) {
      throw new Error(
        `passage ${passage.id}: the article's text at ${passage.start}-${passage.end} is not the passage`,
      );
    }
  }
  for (const mention of gold.mentions) {
    const passage = passages.get(mention.passageId);
    const where = `mention "${mention.surface}" at ${mention.start}-${mention.end}`;
    if (!passage || passage.articleId !== mention.articleId) {
      throw new Error(`${where}: no passage ${mention.passageId} of article ${mention.articleId}`);
    }
    if (mention.start < passage.start || mention.end > passage.end) throw new Error(`${where}: outside its passage`);
    if (texts.get(mention.articleId)!.slice(mention.start, mention.end) !== mention.surface) {
      throw new Error(`${where}: the article's text there is not the surface`);
    }
  }
}

/**
 * Scores `extractMentions` on the passages of a blind set: a found mention counts when its offsets and group id
 * agree with a gold one; a mention found inside a passage and absent from the gold is false. Group nouns ("the
 * regime") are left out, as the guidelines count no generic reference.
 */
export function evaluatePassageMentions(
  articles: Article[],
  gold: GoldPassageMentions,
  gazetteer: Gazetteer,
): PassageMentionEvaluation {
  const byId = new Map(articles.map((article) => [article.id, article]));
  checkAnchors(gold, new Map([...byId].map(([id, article]) => [id, article.text])));
  const passagesOf = Map.groupBy(gold.passages, (passage) => passage.articleId);
  const found: Mention[] = [];
  for (const [articleId, passages] of passagesOf) {
    for (const mention of extractMentions(byId.get(articleId)!, gazetteer)) {
      if (mention.method === "group-noun" || mention.method === "state-reference") continue;
      if (passages.some((passage) => mention.start >= passage.start && mention.end <= passage.end)) {
        found.push(mention);
      }
    }
  }
  const goldKeys = new Set(gold.mentions.map(key));
  const foundKeys = new Set(found.map(key));
  const foundSpans = new Set(found.map(spanKey));
  const missed = gold.mentions.filter((mention) => !foundKeys.has(key(mention)));
  const falseHits = found.filter((mention) => !goldKeys.has(key(mention)));
  const truePositives = found.length - falseHits.length;
  const recallOf = (list: GoldPassageMention[]) => {
    const hit = list.filter((mention) => foundKeys.has(key(mention))).length;
    return { gold: list.length, found: hit, recall: list.length === 0 ? 1 : hit / list.length };
  };
  const outside = gold.mentions.filter((mention) => !mention.inGazetteer);
  return {
    passages: gold.passages.length,
    overall: counts(truePositives, falseHits.length, missed.length),
    inGazetteer: recallOf(gold.mentions.filter((mention) => mention.inGazetteer)),
    outOfGazetteer: {
      gold: outside.length,
      spanFound: outside.filter((mention) => foundSpans.has(spanKey(mention))).length,
    },
    certain: recallOf(gold.mentions.filter((mention) => !mention.doubtful)),
    missed,
    falseHits,
  };
}

const fixed = (value: number) => value.toFixed(2);

/** A plain-text summary of a passage evaluation; `quote` adds every miss and false hit (leave it off for unread sets). */
export function formatPassageMentionEvaluation(evaluation: PassageMentionEvaluation, quote: boolean): string {
  const { overall, inGazetteer, outOfGazetteer, certain } = evaluation;
  const lines = [
    `${evaluation.passages} passages: precision ${fixed(overall.precision)}, recall ${fixed(overall.recall)}, F1 ${
      fixed(overall.f1)
    } (${overall.found} found, ${overall.falseHits} false, ${overall.missed} missed)`,
    `  recall on organisations the gazetteer holds ${
      fixed(inGazetteer.recall)
    } (${inGazetteer.found} of ${inGazetteer.gold});` +
    ` ${outOfGazetteer.gold} gold mentions of organisations it lacks (${outOfGazetteer.spanFound} of their spans found)`,
    `  recall without the doubtful ${fixed(certain.recall)} (${certain.found} of ${certain.gold})`,
  ];
  if (!quote) return lines.join("\n");
  if (evaluation.missed.length > 0) {
    lines.push("  Missed:");
    for (const m of evaluation.missed) {
      lines.push(`    ${m.passageId} "${m.surface}" → ${m.groupId}${m.inGazetteer ? "" : " (not in gazetteer)"}`);
    }
  }
  if (evaluation.falseHits.length > 0) {
    lines.push("  False hits:");
    for (const m of evaluation.falseHits) {
      lines.push(`    ${m.articleId} [${m.start}-${m.end}] "${m.surface}" → ${m.groupId} (${m.method})`);
    }
  }
  return lines.join("\n");
}

/** The articles a passage set covers, ingested exactly as `deno task extract` ingests the corpus. */
export async function loadPassageArticles(
  corpus: string,
  gold: GoldPassageMentions,
  options: IngestOptions = {},
): Promise<Article[]> {
  const wanted = new Set(gold.passages.map((passage) => passage.articleId));
  const articles: Article[] = [];
  for await (const item of ingest(corpus, options)) {
    if (item.kind === "article" && wanted.has(item.article.id)) articles.push(item.article);
  }
  return articles;
}

/** A blind passage set `deno task eval` scores: its gold file, the corpus it was drawn from, what its number means. */
export type PassageMentionSet = {
  file: string;
  corpus: string;
  ingestOptions: IngestOptions;
  /** Its first measurement and whether it has been read since (a read set's misses are quoted). */
  label: string;
  read: boolean;
};

export const PASSAGE_MENTION_SETS: PassageMentionSet[] = [
  {
    file: "mentions-wikipedia-blind.json",
    corpus: "../shared/corpora/wikipedia-syria",
    ingestOptions: {},
    label:
      "Wikipedia paragraphs (40 paragraphs no relation set walked, drawn and annotated blind by a helper that never " +
      "saw the mention layer's output: 69 mentions, 23 of organisations the gazetteer lacks; first measurement at " +
      "d1ae0e2, the code of 5256e20: P 0.90, R 0.64, F1 0.75, recall on organisations the gazetteer holds 0.96; read by " +
      "round 73)",
    read: true,
  },
  {
    file: "mentions-wikipedia-blind-2.json",
    corpus: "../shared/corpora/wikipedia-syria",
    ingestOptions: {},
    label: "Wikipedia paragraphs 2 (40 more paragraphs no relation set walked, drawn and annotated blind by a second " +
      "helper after round 73's first two parts: 84 mentions, 11 of organisations the gazetteer then lacked; first " +
      "measurement at 686a525, the code of 49c8c8e: P 0.77, R 0.61, F1 0.68 (the code before round 73, 5256e20: 0.75 / " +
      "0.55); read by round 73's third part)",
    read: true,
  },
  {
    file: "mentions-reliefweb-blind.json",
    corpus: RELIEFWEB_CSV,
    ingestOptions: { csv: RELIEFWEB_COLUMNS },
    label: "ReliefWeb headlines (300 drawn headlines, annotated blind by a helper that never saw the mention layer's " +
      "output: 17 mentions in 16 headlines; first measurement at 75f867a, the code of 5256e20: P 0.42, R 0.88, F1 0.57; " +
      "read by round 73)",
    read: true,
  },
  {
    file: "mentions-reliefweb-blind-2.json",
    corpus: RELIEFWEB_CSV,
    ingestOptions: { csv: RELIEFWEB_COLUMNS },
    label:
      "ReliefWeb headlines 2 (300 more drawn headlines, annotated blind by a second helper after round 73's first " +
      "two parts: 29 mentions in 27 headlines; first measurement at fd5efcb, the code of 49c8c8e: P 0.65, R 0.69, F1 " +
      "0.67 (the code before round 73, 5256e20: 0.59 / 0.69); read by round 73's third part)",
    read: true,
  },
  {
    file: "mentions-wikipedia-blind-3.json",
    corpus: "../shared/corpora/wikipedia-syria",
    ingestOptions: {},
    label: "Wikipedia paragraphs 3 (40 more paragraphs no relation set walked, drawn and annotated blind by a third " +
      "helper after all of round 73: 90 mentions, 24 of organisations the gazetteer lacks; first measurement at " +
      "06772be, the code of a36c07c: P 0.69, R 0.49, F1 0.57 (the code before round 73, 5256e20: 0.60 / 0.38 / 0.46); " +
      "not read)",
    read: false,
  },
  {
    file: "mentions-reliefweb-blind-3.json",
    corpus: RELIEFWEB_CSV,
    ingestOptions: { csv: RELIEFWEB_COLUMNS },
    label:
      "ReliefWeb headlines 3 (300 more drawn headlines, annotated blind by a third helper after all of round 73: " +
      "23 mentions; first measurement at 9c899dc, the code of a36c07c: P 0.50, R 0.65, F1 0.57 (the code before round " +
      "73, 5256e20: 0.39 / 0.65 / 0.49); not read)",
    read: false,
  },
];

/** One set's printable evaluation, or a note when its corpus is absent. */
export async function passageMentionSetReport(set: PassageMentionSet, gazetteer: Gazetteer): Promise<string> {
  try {
    await Deno.stat(set.corpus);
  } catch {
    return `### ${set.label}\nskipped (${set.corpus} not found)`;
  }
  const gold = await loadGoldPassageMentions(set.file);
  const articles = await loadPassageArticles(set.corpus, gold, set.ingestOptions);
  return `### ${set.label}\n${
    formatPassageMentionEvaluation(evaluatePassageMentions(articles, gold, gazetteer), set.read)
  }`;
}
