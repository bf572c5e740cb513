import type { Article, Figure } from "../records/mod.ts";

/** Every casualty or displacement figure `article` states. (Stub: filled in by the figures issue.) */
export function extractFigures(_article: Article): Figure[] {
  return [];
}
