import { z } from "zod";
import {
  type Gazetteer,
  type Group,
  GroupReview,
  readJsonFile,
  type RejectedCandidates,
  RejectedCandidates as RejectedCandidatesSchema,
  type ReviewCandidate,
} from "../records/mod.ts";
import { DataFileError } from "../records/json-file.ts";
import { parseGazetteer } from "./gazetteer.ts";
import { defaultReference, type Reference } from "./reference.ts";

/** What accepting a review changed. */
export type ReviewOutcome = {
  gazetteer: Gazetteer;
  rejected: RejectedCandidates;
  accepted: string[];
  mapped: string[];
  rejectedNames: string[];
  pending: number;
};

function problem(file: string, candidate: ReviewCandidate, what: string): never {
  throw new DataFileError(`${file}: candidate "${candidate.name}": ${what}`);
}

/**
 * Applies an analyst's review to a gazetteer and the rejected-names lexicon, purely: accepted candidates become new
 * groups (id = slug, spellings as aliases, the review's sources), mapped ones add their spellings to the named group,
 * rejected ones join the rejected names with their reason. Throws naming the file and candidate when a decision is
 * incomplete (no kind or sources, unknown mapTo, no reason) or an id is taken; the result is validated as a gazetteer.
 */
export function applyGroupReview(
  review: GroupReview,
  gazetteer: Gazetteer,
  rejected: RejectedCandidates,
  { file = "review", lexicon = defaultReference().lexicon }: { file?: string; lexicon?: Reference["lexicon"] } = {},
): ReviewOutcome {
  const groups: Group[] = gazetteer.groups.map((group) => ({ ...group, aliases: [...group.aliases] }));
  const byId = new Map(groups.map((group) => [group.id, group]));
  const rejectedList = [...rejected.rejected];
  const outcome = { accepted: [] as string[], mapped: [] as string[], rejectedNames: [] as string[], pending: 0 };
  for (const candidate of review.candidates) {
    if (candidate.decision === "pending") outcome.pending++;
    else if (candidate.decision === "accept") {
      if (candidate.kind === null) problem(file, candidate, "accepted without a kind");
      if (candidate.sources.length === 0) problem(file, candidate, "accepted without sources (where was it checked?)");
      if (byId.has(candidate.slug)) problem(file, candidate, `id "${candidate.slug}" is already in the gazetteer`);
      const group: Group = {
        id: candidate.slug,
        name: candidate.name,
        kind: candidate.kind,
        aliases: [...new Set([candidate.name, ...candidate.spellings])],
        acronyms: [],
        founded: null,
        dissolved: null,
        lineage: [],
        descriptors: [],
        sources: candidate.sources,
        note:
          `Accepted from the review of ${review.input} (${candidate.mentions} mentions in ${candidate.articles} articles).`,
      };
      groups.push(group);
      byId.set(group.id, group);
      outcome.accepted.push(group.id);
    } else if (candidate.decision === "map") {
      const target = candidate.mapTo === null ? undefined : byId.get(candidate.mapTo);
      if (!target) problem(file, candidate, `mapTo "${candidate.mapTo}" is no gazetteer id`);
      for (const spelling of candidate.spellings) if (!target.aliases.includes(spelling)) target.aliases.push(spelling);
      outcome.mapped.push(`${candidate.name} → ${target.id}`);
    } else {
      if (!candidate.reason) problem(file, candidate, "rejected without a reason");
      if (!rejectedList.some((entry) => entry.name === candidate.name)) {
        rejectedList.push({ name: candidate.name, reason: candidate.reason, reviewedFrom: review.input });
      }
      outcome.rejectedNames.push(candidate.name);
    }
  }
  const next = parseGazetteer({ ...gazetteer, groups }, file, lexicon);
  return { gazetteer: next, rejected: { ...rejected, rejected: rejectedList }, ...outcome };
}

function asDir(dir: string): string {
  return dir.endsWith("/") ? dir : `${dir}/`;
}

/**
 * `deno task groups:accept FILE`: applies the review in `file` to `dataDir`'s groups.json and
 * lexicon/rejected-candidates.json (default: this checkout's data/) and writes both back.
 */
export async function acceptGroupReview(file: string, dataDir = "data"): Promise<ReviewOutcome> {
  const dir = asDir(dataDir);
  const review = await readJsonFile(file, GroupReview, "group review file");
  const gazetteer = await readJsonFile(`${dir}groups.json`, z.unknown(), "gazetteer");
  const rejected = await readJsonFile(
    `${dir}lexicon/rejected-candidates.json`,
    RejectedCandidatesSchema,
    "rejected-candidates lexicon",
  );
  const outcome = applyGroupReview(review, parseGazetteer(gazetteer, `${dir}groups.json`), rejected, { file });
  await Deno.writeTextFile(`${dir}groups.json`, JSON.stringify(outcome.gazetteer, null, 2) + "\n");
  await Deno.writeTextFile(
    `${dir}lexicon/rejected-candidates.json`,
    JSON.stringify(outcome.rejected, null, 2) + "\n",
  );
  return outcome;
}
