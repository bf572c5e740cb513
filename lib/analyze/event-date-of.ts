import type { Article, Figure } from "../records/mod.ts";

/**
 * The date of the event a figure reports: the figure's own event date where the dates extractor gave it one
 * (`figure.date.value`, read loosely so records written before that field exist still pass: its clause's date or the
 * document's stated period), else the article's publication date, else null. A figure dated by a period no month or
 * year holds (`from: "document"`, value null: "2012–2016") is undated, never dated by the publication date.
 */
export function eventDateOf(figure: Figure, article: Pick<Article, "published"> | undefined): string | null {
  const date = (figure as { date?: { value?: unknown; from?: unknown } | null }).date;
  const own = date?.value;
  if (typeof own === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(own)) return own;
  // Dated by a period the document states that no single month or year holds: undated, not the publication date.
  if (date?.from === "document") return null;
  return article?.published.date ?? null;
}
