import { z } from "zod";

/** A source of figures: the name figures record in `attributedTo` and regular expressions for how articles name it. */
export const Attribution = z.object({
  name: z.string(),
  patterns: z.array(z.string().min(1)).min(1),
  caseSensitive: z.boolean().optional(),
  /** A source that describes rather than names ("a monitor", "state media"): a named source in apposition wins. */
  generic: z.boolean().optional(),
});
export type Attribution = z.infer<typeof Attribution>;

export const Attributions = z.object({
  description: z.string(),
  sources: z.array(z.string()).min(1),
  attributions: z.array(Attribution),
});
export type Attributions = z.infer<typeof Attributions>;
