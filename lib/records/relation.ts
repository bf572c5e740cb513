import { z } from "zod";
import { PartialDate } from "./date.ts";

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
  date: z.object({
    value: PartialDate.nullable(),
    precision: z.enum(["day", "month", "year"]).nullable(),
    from: z.enum(["sentence", "article"]),
  }),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceIndex: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
});
export type Relation = z.infer<typeof Relation>;
