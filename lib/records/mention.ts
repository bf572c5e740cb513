import { z } from "zod";

/** One place an article names an armed group. Offsets into the article's cleaned `text`. */
export const Mention = z.object({
  articleId: z.string(),
  groupId: z.string(),
  surface: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceIndex: z.number().int().nonnegative(),
  /** "discovered": a name built like a group's that the gazetteer lacks; its groupId is `new:<slug>`, unreviewed. */
  method: z.enum(["exact", "normalized", "acronym", "fuzzy", "descriptor", "group-noun", "discovered"]),
  /** The organisation the name stood for at the article's date (a 2018 "Nusra" is part of the HTS lineage). */
  lineageId: z.string(),
});
export type Mention = z.infer<typeof Mention>;
