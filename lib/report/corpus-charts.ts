import type { CorpusRecords } from "../records/load.ts";
import { sentenceText } from "../records/mod.ts";
import type { Citation, ReportChart } from "./chart.ts";
import { articleRows, outletCounts, removedByKind } from "../analyze/corpus-overview.ts";
import { articlesByDatePlot } from "../charts/articles-by-date.ts";
import { outletsPlot } from "../charts/outlets.ts";
import { articleLengthsPlot } from "../charts/article-lengths.ts";
import { removedByKindPlot } from "../charts/removed-by-kind.ts";
import { corpusCaption } from "./caption.ts";

/** Up to this many articles every one is cited; beyond it each bar cites its first three (exports hold the rest). */
const CITE_ALL_UP_TO = 200;

/** Cites `items` grouped by `key`: all of them for a small corpus, the first three of each group for a large one. */
function citeByGroup<T>(
  items: T[],
  key: (item: T) => string,
  cite: (item: T) => Citation,
  corpusSize: number,
): Citation[] {
  if (corpusSize <= CITE_ALL_UP_TO) return items.map(cite);
  const taken = new Map<string, number>();
  return items.filter((item) => {
    const count = taken.get(key(item)) ?? 0;
    taken.set(key(item), count + 1);
    return count < 3;
  }).map(cite);
}

/** The corpus-at-a-glance charts: publication dates with precision, outlets, lengths, what cleaning removed. */
export function corpusReportCharts(records: CorpusRecords): ReportChart[] {
  const rows = articleRows(records.articles);
  const dated = rows.filter((row) => row.date !== null);
  const byMethod = (method: string) => dated.filter((row) => row.method === method).length;
  const coarse = dated.filter((row) => row.precision !== "day").length;
  const ambiguous = records.articles.filter((article) => article.published.ambiguous).length;
  const outlets = outletCounts(records.articles);
  const removed = removedByKind(records.articles);
  const words = rows.map((row) => row.words).sort((a, b) => a - b);
  const median = words.length ? words[Math.floor((words.length - 1) / 2)] : 0;
  const size = records.articles.length;
  const firstSentence = (article: CorpusRecords["articles"][number]) => sentenceText(article, 0) ?? "";
  const outletQuote = (article: CorpusRecords["articles"][number]) =>
    article.origins.outlet === "text"
      ? article.removed.find((span) => span.kind === "source-line")?.text ?? ""
      : article.origins.outlet === "none"
      ? "(no outlet stated)"
      : `(stated by the ${article.origins.outlet === "metadata" ? "metadata file" : "input"})`;
  const outletCitations = citeByGroup(records.articles, (article) => article.outlet ?? "unknown outlet", (article) => ({
    label: article.outlet ?? "unknown outlet",
    articleId: article.id,
    articleTitle: article.title,
    quote: outletQuote(article),
  }), size);
  const lengthCitations = citeByGroup(records.articles, () => "all", (article) => ({
    label: `${rows.find((row) => row.id === article.id)?.words ?? 0} words`,
    articleId: article.id,
    articleTitle: article.title,
    quote: firstSentence(article),
  }), size);
  const removedCitations = citeByGroup(
    records.articles.flatMap((article) => article.removed.map((span) => ({ article, span }))),
    ({ span }) => span.kind,
    ({ article, span }) => ({
      label: span.kind,
      articleId: article.id,
      articleTitle: article.title,
      quote: span.text.trim().slice(0, 200),
    }),
    size,
  );
  const dateCitations: Citation[] = dated.map((row) => ({
    label: `${row.date} (${row.precision}, ${row.method})`,
    articleId: row.id,
    articleTitle: row.title,
    quote: row.evidence ?? "",
  }));
  return [
    {
      id: "corpus-publication-dates",
      title: "Articles by publication date",
      takeaway: `${dated.length} of ${rows.length} articles dated: ${byMethod("text")} from the text's header, ` +
        `dateline or source line, ${byMethod("inferred")} inferred from dated facts, ${
          byMethod("metadata")
        } stated; ${coarse} known only to the month or year` +
        (ambiguous ? `; ${ambiguous} with a numeric date that reads two ways (both readings kept, not shown).` : "."),
      caption: corpusCaption(
        records,
        "dates stated (metadata.json, the input's date column, front matter, page markup) or read from the header zone, datelines and source lines, or inferred from relative phrases about dated events (data/events.json) where the text speaks from its own present; never more precise than the text",
      ),
      element: articlesByDatePlot(rows),
      citations: dateCitations,
    },
    {
      id: "corpus-outlets",
      title: "Articles per outlet",
      takeaway: outlets.length
        ? `${outlets[0].outlet} gives the most articles (${
          outlets[0].articles
        } of ${rows.length}); ${outlets.length} outlet${outlets.length === 1 ? "" : "s"} in all.`
        : "No articles.",
      caption: corpusCaption(
        records,
        "outlet as stated by the input or a source line; 'unknown outlet' where neither states one",
      ),
      element: outletsPlot(outlets),
      citations: outletCitations,
    },
    {
      id: "corpus-article-lengths",
      title: "Article length after cleaning",
      takeaway: `Median article length ${median} words (range ${words[0] ?? 0}–${words.at(-1) ?? 0}).`,
      caption: corpusCaption(
        records,
        "words in the cleaned text: boilerplate, captions, credits and reader comments removed",
      ),
      element: articleLengthsPlot(rows),
      citations: lengthCitations,
    },
    {
      id: "corpus-removed",
      title: "What cleaning removed",
      takeaway: removed.length
        ? `${removed.reduce((total, entry) => total + entry.spans, 0)} spans removed; most often ${removed[0].kind} (${
          removed[0].spans
        }).`
        : "Cleaning removed nothing.",
      caption: corpusCaption(records, "each removed span is kept in the article record with its kind and offsets"),
      element: removedByKindPlot(removed),
      citations: removedCitations,
    },
  ];
}
