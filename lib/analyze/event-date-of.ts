import type { Article, Figure } from "../records/mod.ts";

/**
 * The date of the event a figure reports: the figure's own event date where the dates extractor gave it one
 * (`figure.date.value`, read loosely so records written before that field exist still pass), else the article's
 * publication date, else null.
 */
export function eventDateOf(figure: Figure, article: Pick<Article, "published"> | undefined): string | null {
  const own = (figure as { date?: { value?: unknown } | null }).date?.value;
  if (typeof own === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(own)) return own;
  return article?.published.date ?? null;
}
