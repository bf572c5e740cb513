import type { CorpusRecords } from "../records/load.ts";

/** Size and date range of a corpus, as a chart caption states them. */
export type CorpusSummary = {
  articles: number;
  rejected: number;
  dated: number;
  /** Earliest and latest publication date, each as precise as its article allows ("2013", "2016-08-21"). */
  from: string | null;
  to: string | null;
};

/** Counts and the publication date range of `records`. */
export function corpusSummary(records: CorpusRecords): CorpusSummary {
  // ISO prefixes sort as strings: "2013" < "2013-03" < "2013-03-02".
  const dates = records.articles.map((article) => article.published.date).filter((date) => date !== null).sort();
  return {
    articles: records.articles.length,
    rejected: records.rejected.length,
    dated: dates.length,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
  };
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

/** "5 articles published 2013-03 to 2016-08-21 (1 undated)": the corpus part of every caption. */
export function corpusDescription(records: CorpusRecords): string {
  const summary = corpusSummary(records);
  const range = summary.from === null
    ? "with no publication date found"
    : summary.from === summary.to
    ? `published ${summary.from}`
    : `published ${summary.from} to ${summary.to}`;
  const undated = summary.articles - summary.dated;
  const notes = [
    summary.from !== null && undated > 0 ? `${undated} undated` : "",
    summary.rejected > 0 ? `${plural(summary.rejected, "document")} rejected at ingestion` : "",
  ].filter((note) => note !== "");
  return `${plural(summary.articles, "article")} ${range}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
}

/** A chart caption: "Corpus: <size and dates>. Method: <method>." (`method` says how the plotted values were found). */
export function corpusCaption(records: CorpusRecords, method: string): string {
  const sentence = method.trim().replace(/\.$/, "");
  return `Corpus: ${corpusDescription(records)}. Method: ${sentence}.`;
}
