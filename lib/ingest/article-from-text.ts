import type { Article } from "../records/article.ts";
import { defaultReference } from "../reference/mod.ts";
import { buildArticle } from "./article.ts";

/** An article built from a string, for tests and notebooks: cleaned and split like a file, no inference data. */
export function articleFromText(id: string, text: string, published: string | null = null): Article {
  return buildArticle({
    id,
    source: { path: `${id}.txt` },
    sha256: "0".repeat(64),
    format: "text",
    text,
    warnings: [],
    stated: published ? { published } : {},
    statedOrigin: "metadata",
  }, { events: [], outlets: [], dateCues: defaultReference().lexicon.dateCues });
}
