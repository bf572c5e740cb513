import { type Article, type Mention, sentenceText } from "../records/mod.ts";
import type { CorpusRecords } from "../records/load.ts";
import type { Citation, ReportChart } from "./chart.ts";
import { coMentions, groupCounts, type MentionKey, mentionsByMonth, topGroupIds } from "../analyze/mention-rollups.ts";
import { discoveredLabels, groupLabels, labelOf } from "../analyze/group-labels.ts";
import { type GroupScope, mentionsInScope } from "../analyze/group-kinds.ts";
import { defaultReference, type Reference } from "../reference/mod.ts";
import { topGroupsPlot } from "../charts/top-groups.ts";
import { mentionsOverTimePlot } from "../charts/mentions-over-time.ts";
import { coMentionMatrixPlot } from "../charts/co-mention-matrix.ts";
import { corpusCaption } from "./caption.ts";

const MATCHING = "names matched against the reviewed gazetteer data/groups.json (aliases, transliteration variants, " +
  "case-sensitive acronyms, one-typo tolerance in long names, descriptors only inside their dated window), plus " +
  "names built like armed groups' that it lacks, drawn outlined and marked unreviewed";
const SCOPE_METHOD: Record<GroupScope, string> = {
  "armed-groups": `armed groups only (states, state forces and international bodies left out); ${MATCHING}`,
  all: `every actor (armed groups, states and their forces); ${MATCHING}`,
};
const lineageMethod = (method: string) =>
  `${method}; each name counted under the organisation it stood for at the article's publication date (Nusra in ` +
  "2017 counts as Hay'at Tahrir al-Sham)";

/** Up to this many mentions in a chart, every one is cited; above it, a few per plotted value (all are in exports). */
const CITE_ALL_UP_TO = 400;
const CITED_PER_VALUE = 3;

type Labels = ReadonlyMap<string, string>;

function sentenceOf(article: Article | undefined, mention: Mention): string {
  return sentenceText(article, mention.sentenceIndex) ?? mention.surface;
}

/** Citations for one plotted value: its mentions, one per sentence, capped when the chart is large. */
function citeValue(label: string, mentions: Mention[], articles: Map<string, Article>, capped: boolean): Citation[] {
  const seen = new Set<string>();
  const bySentence = mentions.filter((m) => {
    const key = `${m.articleId}#${m.sentenceIndex}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const cited = capped ? bySentence.slice(0, CITED_PER_VALUE) : bySentence;
  const note = cited.length < bySentence.length
    ? ` (${cited.length} of ${bySentence.length} sentences; all mentions in exports/mentions.csv)`
    : "";
  return cited.map((m) => ({
    label: `${label}${note}`,
    articleId: m.articleId,
    articleTitle: articles.get(m.articleId)?.title ?? null,
    quote: sentenceOf(articles.get(m.articleId), m),
  }));
}

const plural = (n: number, noun: string) => `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;

function topGroupsChart(
  records: CorpusRecords,
  labels: Labels,
  articles: Map<string, Article>,
  method: string,
): ReportChart {
  const counts = groupCounts(records.mentions);
  const shown = counts.slice(0, 15);
  const capped = records.mentions.length > CITE_ALL_UP_TO;
  const withMentions = new Set(records.mentions.map((m) => m.articleId)).size;
  const lead = counts.slice(0, 3).map((c) => `${labelOf(labels, c.groupId)} (${c.mentions})`).join(", ");
  return {
    id: "mentions-top-groups",
    title: "Most mentioned groups",
    takeaway: counts.length === 0
      ? "No group of the gazetteer is named in these articles."
      : `${plural(records.mentions.length, "mention")} of ${plural(counts.length, "group")} in ${withMentions} of ${
        plural(records.articles.length, "article")
      }; most named: ${lead}.`,
    caption: corpusCaption(records, `${method}; counted as written (Nusra stays Nusra)`),
    element: topGroupsPlot(counts, { labels }),
    citations: shown.flatMap((c) =>
      citeValue(`${labelOf(labels, c.groupId)}: ${plural(c.mentions, "mention")}`, c.sample, articles, capped)
    ),
  };
}

function overTimeChart(
  records: CorpusRecords,
  labels: Labels,
  articles: Map<string, Article>,
  by: MentionKey,
  measure: "mentions" | "perArticle",
  method: string,
): ReportChart {
  const groupIds = topGroupIds(records.mentions, { by, limit: 8 });
  const { rows, undatedArticles, undatedMentions } = mentionsByMonth(records.mentions, records.articles, {
    by,
    groupIds,
  });
  const capped = rows.reduce((total, row) => total + row.mentions, 0) > CITE_ALL_UP_TO;
  const peak = rows.reduce<typeof rows[number] | null>(
    (best, row) => best === null || row.mentions > best.mentions ? row : best,
    null,
  );
  const months = new Set(rows.map((row) => row.month)).size;
  const lineage = by === "lineageId";
  const unplaced = undatedArticles > 0
    ? ` ${plural(undatedArticles, "article")} dated only to the year or undated (${
      plural(undatedMentions, "mention")
    }) are left out.`
    : "";
  return {
    id: lineage ? "mentions-over-time-lineage" : "mentions-over-time",
    title: lineage ? "Mentions over time, by lineage (per article)" : "Mentions over time, as written",
    takeaway: peak === null
      ? `No mention falls in an article dated to the month.${unplaced}`
      : `${plural(months, "month")} with mentions; the busiest: ${labelOf(labels, peak.groupId)} in ${peak.month} (${
        plural(peak.mentions, "mention")
      } in ${peak.articles} of ${plural(peak.articlesInMonth, "article")} that month).${unplaced}`,
    caption: corpusCaption(
      records,
      lineage ? `${lineageMethod(method)}; divided by the articles published that month` : method,
    ),
    element: mentionsOverTimePlot(rows, {
      measure,
      groupIds,
      labels,
      subtitle: lineage
        ? "mentions per article published that month, names counted under the organisation they stood for"
        : "mentions by publication month as written; one row per group, same scale in every row",
    }),
    citations: rows.flatMap((row) =>
      citeValue(
        `${labelOf(labels, row.groupId)}, ${row.month}: ${plural(row.mentions, "mention")}`,
        row.sample,
        articles,
        capped,
      )
    ),
  };
}

function coMentionChart(
  records: CorpusRecords,
  labels: Labels,
  articles: Map<string, Article>,
  method: string,
): ReportChart {
  const groupIds = topGroupIds(records.mentions, { limit: 10 });
  const cells = coMentions(records.mentions, groupIds);
  const pairs = cells.filter((cell) => groupIds.indexOf(cell.a) < groupIds.indexOf(cell.b) && cell.articles > 0);
  const top = pairs.reduce<typeof pairs[number] | null>(
    (best, c) => best === null || c.articles > best.articles ? c : best,
    null,
  );
  const capped = pairs.reduce((total, cell) => total + cell.articles, 0) > CITE_ALL_UP_TO / 2;
  const firstSentence = (articleId: string, groupId: string) => {
    const mention = records.mentions.find((m) => m.articleId === articleId && m.groupId === groupId);
    return mention ? sentenceOf(articles.get(articleId), mention) : "";
  };
  return {
    id: "mentions-co-mention",
    title: "Groups named in the same articles",
    takeaway: top === null
      ? "No two of the most mentioned groups share an article."
      : `${labelOf(labels, top.a)} and ${labelOf(labels, top.b)} are named together most often (${
        plural(top.articles, "article")
      }); ${pairs.length} of ${
        (groupIds.length * (groupIds.length - 1)) / 2
      } pairs of the top ${groupIds.length} groups share an article.`,
    caption: corpusCaption(records, `${method}; a pair counts once per article that names both`),
    element: coMentionMatrixPlot(cells, { groupIds, labels }),
    citations: pairs.flatMap((cell) => {
      const ids = capped ? cell.articleIds.slice(0, CITED_PER_VALUE) : cell.articleIds;
      const note = ids.length < cell.articleIds.length
        ? ` (${ids.length} of ${cell.articleIds.length} articles cited)`
        : "";
      return ids.map((articleId) => ({
        label: `${labelOf(labels, cell.a)} + ${labelOf(labels, cell.b)}: ${plural(cell.articles, "article")}${note}`,
        articleId,
        articleTitle: articles.get(articleId)?.title ?? null,
        quote: `${firstSentence(articleId, cell.a)} … ${firstSentence(articleId, cell.b)}`,
      }));
    }),
  };
}

/**
 * The group-mention charts of the briefing: most mentioned groups, mentions over time (as written; by lineage per
 * article) and the co-mention matrix. `scope` "armed-groups" (the default) leaves states, state forces and
 * international bodies out; "all" keeps every actor. Discovered groups (`new:<slug>`) are drawn outlined and
 * labelled "(unreviewed)". `labels` defaults to short names from the reference's gazetteer.
 */
export function mentionsReportCharts(
  allRecords: CorpusRecords,
  { labels, reference = defaultReference(), scope = "armed-groups" }: {
    labels?: Labels;
    reference?: Pick<Reference, "gazetteer">;
    scope?: GroupScope;
  } = {},
): ReportChart[] {
  if (allRecords.mentions.length === 0 && allRecords.articles.length === 0) return [];
  const records = { ...allRecords, mentions: mentionsInScope(allRecords.mentions, reference.gazetteer, scope) };
  const chartLabels = new Map([...discoveredLabels(records.mentions), ...(labels ?? groupLabels(reference.gazetteer))]);
  const articles = new Map(records.articles.map((article) => [article.id, article]));
  const method = SCOPE_METHOD[scope];
  return [
    topGroupsChart(records, chartLabels, articles, method),
    overTimeChart(records, chartLabels, articles, "groupId", "mentions", method),
    overTimeChart(records, chartLabels, articles, "lineageId", "perArticle", method),
    coMentionChart(records, chartLabels, articles, method),
  ];
}
