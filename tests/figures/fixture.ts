import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import type { Figure } from "../../lib/records/mod.ts";

/** The figures of a one-off article made from `text`. */
export function figuresOf(text: string): Figure[] {
  return extractFigures(articleFromText("fixture", text));
}

/** The first figure of `text`, or undefined. */
export function figureOf(text: string): Figure | undefined {
  return figuresOf(text)[0];
}
