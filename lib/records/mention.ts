import { z } from "zod";

/** One place an article names an armed group. Offsets into the article's cleaned `text`. */
export const Mention = z.object({
  articleId: z.string(),
  groupId: z.string(),
  surface: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceIndex: z.number().int().nonnegative(),
  /** "discovered": a name built like a group's that the gazetteer lacks; its groupId is `new:<slug>`, unreviewed.
   * "state-reference": a state named by what its forces hold or by the demonym of a backing compound ("government
   * positions", "Turkish-backed"): a party for relations, but no name (the name gold counts no adjective). */
  method: z.enum([
    "exact",
    "normalized",
    "acronym",
    "fuzzy",
    "descriptor",
    "group-noun",
    "state-reference",
    "discovered",
  ]),
  /** The organisation the name stood for at the article's date (a 2018 "Nusra" is part of the HTS lineage). */
  lineageId: z.string(),
});
export type Mention = z.infer<typeof Mention>;
