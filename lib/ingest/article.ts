import { Article, type FieldOrigin } from "../records/article.ts";
import type { DatedEvent } from "../records/event.ts";
import type { RawDocument } from "./inputs.ts";
import { cleanText } from "./clean.ts";
import { htmlToText } from "./html.ts";
import { splitSentences } from "./sentences.ts";
import { publicationDate } from "./publication-date.ts";

/** Turns one raw document into an article record: cleaned text, sentences, title, author, outlet, date. */
export function buildArticle(document: RawDocument, events: DatedEvent[]): Article {
  const warnings = [...document.warnings];
  let raw = document.text;
  let htmlTitle: string | null = null;
  let htmlDate: string | null = null;
  if (document.format === "html") {
    ({ text: raw, title: htmlTitle, published: htmlDate } = htmlToText(raw));
  }
  const stated = document.stated;
  const cleaned = cleanText(raw, { statedTitle: stated.title ?? htmlTitle ?? undefined });
  warnings.push(...cleaned.warnings);
  const sentences = splitSentences(cleaned.text);
  if (cleaned.text.trim() === "") warnings.push("cleaning left no article text");
  const field = (
    statedValue: string | undefined,
    found: string | null | undefined,
  ): [string | null, FieldOrigin] =>
    statedValue ? [statedValue, document.statedOrigin] : found ? [found, "text"] : [null, "none"];
  const [title, titleOrigin] = field(stated.title, cleaned.title?.value ?? htmlTitle);
  const [author, authorOrigin] = field(stated.author, cleaned.author?.value);
  const [outlet, outletOrigin] = field(stated.outlet, cleaned.outlet?.value);
  const [url, urlOrigin] = field(stated.url, null);
  if (title === null) warnings.push("no title: the text opens with prose and none is stated");
  const published = publicationDate({
    stated: stated.published
      ? { date: stated.published, origin: document.statedOrigin }
      : htmlDate
      ? { date: htmlDate, origin: "metadata" }
      : null,
    removed: cleaned.removed,
    text: cleaned.text,
    sentences,
    events,
  });
  return Article.parse({
    id: document.id,
    source: document.source,
    sha256: document.sha256,
    title,
    outlet,
    author,
    url,
    origins: { title: titleOrigin, outlet: outletOrigin, author: authorOrigin, url: urlOrigin },
    published,
    text: cleaned.text,
    sentences,
    removed: cleaned.removed,
    comments: cleaned.comments,
    warnings,
  });
}
