import type { Article, GroupReview, ReviewCandidate } from "../records/mod.ts";
import { ingest } from "../ingest/ingest.ts";
import type { InputOptions } from "../ingest/inputs.ts";
import { loadReference, type Reference } from "../reference/mod.ts";
import { acceptedAsGroup, matcherFor, slugOf, unknownGroupCandidates } from "../extract/mentions/mod.ts";

const HOW_TO = "Unknown-group candidates of one corpus, for review (deno task groups:review). For each candidate set " +
  '`decision`: "accept" (a new armed group: set `kind` and `sources`, where you checked it; its spellings become ' +
  'aliases of a new data/groups.json entry with id `slug`), "map" (a spelling of a known group: set `mapTo` to its ' +
  'id), "reject" (not a group: set `reason`; the name is remembered in data/lexicon/rejected-candidates.json and ' +
  'never proposed or discovered again), or leave "pending". Then run deno task groups:accept FILE. `discovered` ' +
  "says whether the discovery rules already put the name in the records as new:<slug> (unreviewed).";

/** The review entries of `articles`' candidates under `reference`, most frequent first, every decision pending. */
export function reviewCandidates(articles: Article[], reference: Reference): ReviewCandidate[] {
  const { words } = matcherFor(reference.gazetteer, reference.lexicon);
  return unknownGroupCandidates(articles, reference.gazetteer, reference.lexicon).map((candidate) => ({
    name: candidate.name,
    key: candidate.key,
    slug: slugOf(candidate.name),
    mentions: candidate.mentions,
    articles: candidate.articles,
    spellings: candidate.spellings,
    examples: candidate.examples,
    discovered: acceptedAsGroup(candidate.name, candidate.span, words),
    decision: "pending",
    kind: null,
    mapTo: null,
    sources: [],
    reason: null,
  }));
}

/**
 * `deno task groups:review`: ingests `input` and writes its unknown-group candidates, with counts, spellings and
 * example sentences, to `outFile` for an analyst to edit. Returns the review.
 */
export async function writeGroupReview(
  input: string,
  outFile: string,
  options: InputOptions & { reference?: Reference } = {},
): Promise<GroupReview> {
  const reference = options.reference ?? await loadReference();
  const articles: Article[] = [];
  for await (const item of ingest(input, { ...options, events: reference.events })) {
    if (item.kind === "article") articles.push(item.article);
  }
  const review: GroupReview = { description: HOW_TO, input, candidates: reviewCandidates(articles, reference) };
  const dir = outFile.includes("/") ? outFile.slice(0, outFile.lastIndexOf("/")) : ".";
  await Deno.mkdir(dir, { recursive: true });
  await Deno.writeTextFile(outFile, JSON.stringify(review, null, 2) + "\n");
  return review;
}
