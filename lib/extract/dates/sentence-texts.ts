import type { Article } from "../../records/mod.ts";
import { readDates, type WrittenDate } from "./read-dates.ts";

/** Each article's sentence texts, cut out of its text when first asked. */
const texts = new WeakMap<Pick<Article, "text" | "sentences">, string[]>();

/**
 * The text of sentence `index` of `article`, cut out once per article: the figures' and then the relations' dates
 * read an article's sentences several times, and their answers are kept by text (`datesInClause`, `readDates`). The
 * same string each time is hashed once for those keeps, where a fresh cut was hashed (every character) at each look.
 */
export function sentenceTextOf(article: Pick<Article, "text" | "sentences">, index: number): string {
  let known = texts.get(article);
  if (!known) texts.set(article, known = []);
  let text = known[index];
  if (text === undefined) {
    const sentence = article.sentences[index];
    known[index] = text = article.text.slice(sentence.start, sentence.end);
  }
  return text;
}

/** Each article's sentences' written dates, read when first asked. */
const written = new WeakMap<Pick<Article, "text" | "sentences">, (readonly WrittenDate[])[]>();

/**
 * The dates sentence `index` of `article` writes (`readDates`), read once per article: a page's sentences are each
 * read for its narrative's years, for its figures and for its relations' anchors, with other publication dates, and
 * on a long page `readDates`' keep of recent texts no longer holds them by the time the next reading comes. Read-only.
 */
export function sentenceWrittenDates(
  article: Pick<Article, "text" | "sentences">,
  index: number,
): readonly WrittenDate[] {
  let known = written.get(article);
  if (!known) written.set(article, known = []);
  return known[index] ??= readDates(sentenceTextOf(article, index));
}
