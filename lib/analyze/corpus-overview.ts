// @ts-types="npm:@types/d3-array@3.2.2"
import { descending, rollups, sum } from "d3-array";
import type { Article, Published, RemovedKind } from "../records/article.ts";
import { publishedInterval } from "./date-interval.ts";

/** One article as the corpus charts show it: its date as an interval, how it was found, its size. */
export type ArticleRow = {
  id: string;
  label: string;
  title: string | null;
  outlet: string;
  date: string | null;
  precision: Published["precision"];
  method: Published["method"];
  explanation: string;
  evidence: string | null;
  start: Date | null;
  end: Date | null;
  words: number;
  sentences: number;
  removedSpans: number;
  comments: number;
};

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A short label for an article: its title, else the first words of its text, with its id. */
export function articleLabel(article: Article, length = 48): string {
  const base = article.title ?? `(untitled) ${article.text.slice(0, 60)}`;
  return base.length > length ? `${base.slice(0, length - 1).trimEnd()}…` : base;
}

/** The rows of the corpus overview, in publication order (undated last), ties by id. */
export function articleRows(articles: Article[]): ArticleRow[] {
  return articles.map((article) => {
    const interval = publishedInterval(article.published);
    return {
      id: article.id,
      label: articleLabel(article),
      title: article.title,
      outlet: article.outlet ?? "unknown outlet",
      date: article.published.date,
      precision: article.published.precision,
      method: article.published.method,
      explanation: article.published.explanation,
      evidence: article.published.evidence?.quote ?? null,
      start: interval?.start ?? null,
      end: interval?.end ?? null,
      words: wordCount(article.text),
      sentences: article.sentences.length,
      removedSpans: article.removed.length,
      comments: article.comments.length,
    };
  }).sort((a, b) =>
    (a.start?.getTime() ?? Infinity) - (b.start?.getTime() ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Articles per outlet, most first (ties by name). */
export function outletCounts(articles: Article[]): { outlet: string; articles: number }[] {
  return rollups(articles, (group) => group.length, (article) => article.outlet ?? "unknown outlet")
    .map(([outlet, count]) => ({ outlet, articles: count }))
    .sort((a, b) => descending(a.articles, b.articles) || (a.outlet < b.outlet ? -1 : 1));
}

/** What cleaning removed, by kind: how many spans in how many articles, and how many characters. */
export function removedByKind(
  articles: Article[],
): { kind: RemovedKind; spans: number; articles: number; characters: number }[] {
  const spans = articles.flatMap((article) => article.removed.map((span) => ({ ...span, articleId: article.id })));
  return rollups(spans, (group) => ({
    spans: group.length,
    articles: new Set(group.map((span) => span.articleId)).size,
    characters: sum(group, (span) => span.end - span.start),
  }), (span) => span.kind)
    .map(([kind, counts]) => ({ kind, ...counts }))
    .sort((a, b) => descending(a.spans, b.spans) || (a.kind < b.kind ? -1 : 1));
}
