import type { Article } from "../../records/mod.ts";

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
