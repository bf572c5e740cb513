import type { Article } from "../../records/mod.ts";

/** Index of the sentence holding `offset` (the last one starting at or before it when it falls between sentences). */
export function sentenceIndexAt(article: Article, offset: number): number {
  let low = 0;
  let high = article.sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (article.sentences[middle].start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
