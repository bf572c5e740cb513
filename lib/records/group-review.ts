import { z } from "zod";
import { GroupKind } from "./group.ts";

/** What the analyst decided about one candidate: still open, a new group, no group, or a spelling of a known one. */
export const ReviewDecision = z.enum(["pending", "accept", "reject", "map"]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** One unknown-group candidate as `deno task groups:review` writes it and an analyst edits it. */
export const ReviewCandidate = z.object({
  name: z.string().min(1),
  /** The canonical key its spellings share. */
  key: z.string(),
  /** The id it gets when accepted (and its `new:<slug>` while discovered). */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  mentions: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  spellings: z.array(z.string()).min(1),
  examples: z.array(z.object({ articleId: z.string(), sentence: z.string() })),
  /** Whether the discovery rules already put it in the records as `new:<slug>` (unreviewed). */
  discovered: z.boolean(),
  decision: ReviewDecision,
  /** For "accept": the kind of actor. */
  kind: GroupKind.nullable(),
  /** For "map": the gazetteer id whose aliases the spellings join. */
  mapTo: z.string().nullable(),
  /** For "accept" (and "map"): where the analyst checked it; required to accept. */
  sources: z.array(z.string()),
  /** For "reject": why it is no group. */
  reason: z.string().nullable(),
});
export type ReviewCandidate = z.infer<typeof ReviewCandidate>;

/** The review file: the candidates of one corpus, and how to fill it in. */
export const GroupReview = z.object({
  description: z.string(),
  input: z.string(),
  candidates: z.array(ReviewCandidate),
});
export type GroupReview = z.infer<typeof GroupReview>;
