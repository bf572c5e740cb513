import { groups as groupBy, rollup, sort } from "d3-array";
import type { Article, Mention } from "../records/mod.ts";

/** Count mentions under the name as written (`groupId`) or under the organisation it stood for then (`lineageId`). */
export type MentionKey = "groupId" | "lineageId";

/** How often one group is mentioned, and in how many articles. */
export type GroupCount = { groupId: string; mentions: number; articles: number; sample: Mention[] };

/** One group in one publication month. */
export type MonthCount = {
  /** "YYYY-MM". */
  month: string;
  /** First day of the month (UTC), for a time axis. */
  date: Date;
  groupId: string;
  mentions: number;
  /** Articles of that month that mention the group. */
  articles: number;
  /** Articles published that month, mentioning anything or not. */
  articlesInMonth: number;
  /** Mentions per article published that month: comparable across months with more or fewer articles. */
  perArticle: number;
  sample: Mention[];
};

/** Two groups named in the same article. */
export type CoMention = { a: string; b: string; articles: number; articleIds: string[] };

/** Mentions of each group, most mentioned first (ties by id, so the order is stable). */
export function groupCounts(mentions: Mention[], { by = "groupId" as MentionKey } = {}): GroupCount[] {
  const counts = groupBy(mentions, (m) => m[by]).map(([groupId, list]) => ({
    groupId,
    mentions: list.length,
    articles: new Set(list.map((m) => m.articleId)).size,
    sample: list,
  }));
  return sort(counts, (a, b) => b.mentions - a.mentions || a.groupId.localeCompare(b.groupId));
}

/** The `limit` most mentioned group ids. */
export function topGroupIds(mentions: Mention[], { by = "groupId" as MentionKey, limit = 10 } = {}): string[] {
  return groupCounts(mentions, { by }).slice(0, limit).map((count) => count.groupId);
}

/** The publication month of an article dated at least to the month, else null (year-only and undated drop out). */
export function publicationMonth(article: Article): string | null {
  const date = article.published.date;
  return date !== null && date.length >= 7 ? date.slice(0, 7) : null;
}

/**
 * Mentions per group and publication month, raw and per article published that month. Articles dated only to the
 * year, or undated, cannot be placed in a month: `undatedArticles` counts them so a chart can say so.
 */
export function mentionsByMonth(
  mentions: Mention[],
  articles: Article[],
  { by = "groupId" as MentionKey, groupIds = null as string[] | null } = {},
): { rows: MonthCount[]; undatedArticles: number; undatedMentions: number } {
  const monthOf = new Map(articles.map((article) => [article.id, publicationMonth(article)]));
  const articlesPerMonth = rollup(
    articles.filter((article) => monthOf.get(article.id) !== null),
    (list) => list.length,
    (article) => monthOf.get(article.id)!,
  );
  const wanted = groupIds === null ? null : new Set(groupIds);
  const placed = mentions.filter((m) => monthOf.get(m.articleId) && (wanted === null || wanted.has(m[by])));
  const rows: MonthCount[] = groupBy(placed, (m) => monthOf.get(m.articleId)!, (m) => m[by]).flatMap((
    [month, byGroup],
  ) =>
    byGroup.map(([groupId, list]) => {
      const articlesInMonth = articlesPerMonth.get(month) ?? 0;
      return {
        month,
        date: new Date(`${month}-01T00:00:00Z`),
        groupId,
        mentions: list.length,
        articles: new Set(list.map((m) => m.articleId)).size,
        articlesInMonth,
        perArticle: list.length / articlesInMonth,
        sample: list,
      };
    })
  );
  const unplaced = mentions.filter((m) => !monthOf.get(m.articleId));
  return {
    rows: sort(rows, (a, b) => a.month.localeCompare(b.month) || a.groupId.localeCompare(b.groupId)),
    undatedArticles: articles.filter((article) => monthOf.get(article.id) === null).length,
    undatedMentions: unplaced.length,
  };
}

/**
 * For each pair of `groupIds` (both orders, and each group with itself), the articles that mention both. The
 * diagonal counts the articles that mention the group at all.
 */
export function coMentions(
  mentions: Mention[],
  groupIds: string[],
  { by = "groupId" as MentionKey } = {},
): CoMention[] {
  const articlesOf = new Map(groupIds.map((id) => [id, new Set<string>()]));
  for (const m of mentions) articlesOf.get(m[by])?.add(m.articleId);
  return groupIds.flatMap((a) =>
    groupIds.map((b) => {
      const both = [...articlesOf.get(a)!].filter((id) => articlesOf.get(b)!.has(id)).sort();
      return { a, b, articles: both.length, articleIds: both };
    })
  );
}
