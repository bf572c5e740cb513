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
});
export type Relation = z.infer<typeof Relation>;
