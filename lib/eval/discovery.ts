import { z } from "zod";
import type { Article } from "../records/mod.ts";
import { ingest } from "../ingest/ingest.ts";
import { defaultReference, type Reference } from "../reference/mod.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered } from "../extract/mentions/discover.ts";
import { FAKES_COLUMNS, FAKES_CSV, loadGold } from "./gold.ts";

/** The Wikipedia corpus discovery is judged on, beside the checkout like FA-KES. */
export const WIKIPEDIA_SYRIA = "../shared/corpora/wikipedia-syria";

/** data/gold/discovered-reviewed.json: every discovered name on the two corpora with a reviewer's verdict. */
export const DiscoveredReviewed = z.object({
  description: z.string(),
  reviewed: z.array(z.object({
    corpus: z.enum(["wikipedia-syria", "fakes"]),
    groupId: z.string().startsWith("new:"),
    name: z.string(),
    verdict: z.enum(["armed-group", "not-armed-group"]),
    /** False for real formations of other wars (First World War corps, Libyan brigades); null for non-groups. */
    syrianWar: z.boolean().nullable(),
    why: z.string().optional(),
  })),
});
export type DiscoveredReviewed = z.infer<typeof DiscoveredReviewed>;

export type DiscoveryPrecision = {
  corpus: string;
  discovered: number;
  reviewed: number;
  armedGroups: number;
  ofTheSyrianWar: number;
  /** Discovered names the review does not cover (new since it was made): counted apart, never as correct. */
  unreviewed: string[];
  notArmedGroups: string[];
};

/** Discovered group ids of `articles`, read as one corpus under `reference`. */
export function discoveredIds(articles: Article[], reference: Reference): Set<string> {
  const slugs: DiscoveredSlugs = new Map();
  const ids = new Set<string>();
  for (const article of articles) {
    for (const mention of extractMentionsWithDiscovered(article, reference.gazetteer, reference.lexicon, slugs)) {
      if (mention.method === "discovered") ids.add(mention.groupId);
    }
  }
  return ids;
}

/** Precision of the discovered names against the review: the share the reviewer judged real armed groups. */
export function discoveryPrecision(
  corpus: "wikipedia-syria" | "fakes",
  ids: Set<string>,
  review: DiscoveredReviewed,
): DiscoveryPrecision {
  const verdicts = new Map(review.reviewed.filter((entry) => entry.corpus === corpus).map((e) => [e.groupId, e]));
  const reviewed = [...ids].filter((id) => verdicts.has(id));
  return {
    corpus,
    discovered: ids.size,
    reviewed: reviewed.length,
    armedGroups: reviewed.filter((id) => verdicts.get(id)!.verdict === "armed-group").length,
    ofTheSyrianWar: reviewed.filter((id) => verdicts.get(id)!.syrianWar === true).length,
    unreviewed: [...ids].filter((id) => !verdicts.has(id)).sort(),
    notArmedGroups: reviewed.filter((id) => verdicts.get(id)!.verdict === "not-armed-group").sort(),
  };
}

async function articlesOf(input: string, csv: boolean): Promise<Article[] | null> {
  try {
    await Deno.stat(input);
  } catch {
    return null;
  }
  const articles: Article[] = [];
  for await (const item of ingest(input, csv ? { csv: FAKES_COLUMNS } : {})) {
    if (item.kind === "article") articles.push(item.article);
  }
  return articles;
}

const share = (part: number, whole: number) => whole === 0 ? "n/a" : (part / whole).toFixed(2);

function formatPrecision(result: DiscoveryPrecision, label: string): string {
  const lines = [
    `${result.corpus} (${label}): ${result.discovered} discovered names, ${result.reviewed} reviewed; precision ${
      share(result.armedGroups, result.reviewed)
    } (${result.armedGroups} real armed groups; ${result.ofTheSyrianWar} of them of the Syrian war, ${
      share(result.ofTheSyrianWar, result.reviewed)
    })`,
  ];
  if (result.notArmedGroups.length > 0) lines.push(`  not armed groups: ${result.notArmedGroups.join(", ")}`);
  if (result.unreviewed.length > 0) lines.push(`  not in the review (unverified): ${result.unreviewed.join(", ")}`);
  return lines.join("\n");
}

/**
 * The discovery section of `deno task eval`: on wikipedia-syria and FA-KES, the discovered names judged against
 * data/gold/discovered-reviewed.json, first with no analyst rejection applied (the discovery rules alone), then with
 * data/lexicon/rejected-candidates.json as the review loop left it.
 */
export async function discoveryEvalReport(reference: Reference = defaultReference()): Promise<string> {
  const review = await loadGold("discovered-reviewed.json", DiscoveredReviewed, "reviewed discovered-groups file");
  const unrejected: Reference = {
    ...reference,
    lexicon: { ...reference.lexicon, rejected: { ...reference.lexicon.rejected, rejected: [] } },
  };
  const lines: string[] = [];
  for (
    const [corpus, input, csv] of [["wikipedia-syria", WIKIPEDIA_SYRIA, false], ["fakes", FAKES_CSV, true]] as const
  ) {
    const articles = await articlesOf(input, csv);
    if (articles === null) {
      lines.push(`${corpus}: skipped (${input} not found)`);
      continue;
    }
    lines.push(formatPrecision(discoveryPrecision(corpus, discoveredIds(articles, unrejected), review), "rules alone"));
    lines.push(
      formatPrecision(
        discoveryPrecision(corpus, discoveredIds(articles, reference), review),
        "after the analyst's rejections",
      ),
    );
  }
  return lines.join("\n");
}
