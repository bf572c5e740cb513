import { z } from "zod";
import { EventDate } from "./date.ts";

export const RelationType = z.enum([
  "merger",
  "member",
  "joined",
  "left",
  "split",
  "affiliate",
  "ally",
  "rival",
  "clash",
]);
export type RelationType = z.infer<typeof RelationType>;

/** A relation between two groups stated by one sentence. Offsets into the article's `text`. */
export const Relation = z.object({
  articleId: z.string(),
  type: RelationType,
  subject: z.string(),
  object: z.string(),
  date: EventDate.omit({ evidence: true }),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceIndex: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
  /**
   * What produced it: "<lemma>:<form>" of the relation lexicon entry (data/lexicon/relations.json), e.g.
   * "back:passive".
   */
  frame: z.string().optional(),
  /** The features its confidence was computed from (lexicon reader only). */
  features: z.object({
    voice: z.enum(["active", "passive", "adjective", "plural", "noun", "role", "joint"]),
    distance: z.number().int().nonnegative(),
    reference: z.enum(["none", "sentence", "previous"]),
    hedge: z.string().nullable(),
  }).optional(),
});
export type Relation = z.infer<typeof Relation>;
