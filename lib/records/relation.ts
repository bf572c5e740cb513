import { z } from "zod";
import { EventDate, PartialDate } from "./date.ts";

/** The relation types that make memberships: the alliance matrix's cells. */
const ORGANISATIONAL = ["merger", "member", "joined", "left", "split", "affiliate"] as const;

export const RelationType = z.enum([...ORGANISATIONAL, "ally", "rival", "clash"]);
export type RelationType = z.infer<typeof RelationType>;

/** The relation types that make memberships: the alliance matrix's cells (the others are ally, rival and clash). */
export const ORGANISATIONAL_RELATION_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(ORGANISATIONAL);

/**
 * When a relation held, as its text says: `value`/`precision`/`from` as for figures (the date of the relation's
 * clause, else the article's), with `start` and `end` where the text gives them ("since 2013" → start; "from 2013
 * until its dissolution in 2015" → start and end) and `evidence`: the words that date it and their offsets into the
 * article's `text` (absent when the article's date stands in).
 */
export const RelationDate = EventDate.omit({ evidence: true }).extend({
  start: PartialDate.optional(),
  end: PartialDate.optional(),
  evidence: z.object({
    quote: z.string(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }).optional(),
});
export type RelationDate = z.infer<typeof RelationDate>;

/** A relation between two groups stated by one sentence. Offsets into the article's `text`. */
export const Relation = z.object({
  articleId: z.string(),
  type: RelationType,
  subject: z.string(),
  object: z.string(),
  date: RelationDate,
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceIndex: z.number().int().nonnegative(),
  /**
   * The chance the relation is right: the lexicon's score of its reading, calibrated by the model of
   * data/lexicon/relation-confidence.json (fitted on the read gold sets by `deno task calibrate`).
   */
  confidence: z.number().min(0).max(1),
  /**
   * What produced it: "<lemma>:<form>" of the relation lexicon entry (data/lexicon/relations.json), e.g.
   * "back:passive".
   */
  frame: z.string().optional(),
  /** The features its confidence was computed from (lexicon reader only). */
  features: z.object({
    voice: z.enum(["active", "passive", "adjective", "plural", "noun", "role", "joint", "clause"]),
    distance: z.number().int().nonnegative(),
    reference: z.enum(["none", "sentence", "previous", "topic"]),
    hedge: z.string().nullable(),
  }).optional(),
});
export type Relation = z.infer<typeof Relation>;
