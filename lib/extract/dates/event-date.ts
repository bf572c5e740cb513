import type { Article, Relation } from "../../records/mod.ts";
import { findDateExpressions } from "./expressions.ts";

export type RelationDate = Relation["date"];

/** A year the sentence states on its own ("in 2016", "since 2013"); a bare number is not read as a year. */
const STATED_YEAR = /\b(?:in|since|during|by|until|throughout|early|late|mid-?|of)\s+((?:19|20)\d\d)\b(?!-)/i;

/** The first date a span of text states, as precise as it is written; null when it states none. */
export function statedDate(text: string): RelationDate | null {
  const expression = findDateExpressions(text)[0];
  if (expression) return { value: expression.date, precision: expression.precision, from: "sentence" };
  const year = STATED_YEAR.exec(text);
  if (year) return { value: year[1], precision: "year", from: "sentence" };
  return null;
}

/** The date a relation is dated by: the one its sentences state, else the article's publication date. */
export function relationDate(article: Article, texts: string[]): RelationDate {
  for (const text of texts) {
    const stated = statedDate(text);
    if (stated) return stated;
  }
  return { value: article.published.date, precision: article.published.precision, from: "article" };
}
