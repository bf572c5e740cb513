/** A plotted value traced back to the article and sentence it came from. */
export type Citation = {
  /** What the chart shows for this value, e.g. "45,000–50,000 displaced (Daraa)". */
  label: string;
  articleId: string;
  articleTitle: string | null;
  /** The sentence or clause the value was read from ("" for a reference-data entry, see `reference`). */
  quote: string;
  /** For values from reference data (data/alliances.json, data/groups.json): the entry and its sources. */
  reference?: string;
};

/** One chart of the briefing: the element Plot drew, and everything a reader needs beside it. */
export type ReportChart = {
  /** File-name slug: out/briefing/<id>.svg and .png. */
  id: string;
  title: string;
  /** One line computed from the data: what the chart says. */
  takeaway: string;
  /** Corpus size, date range and method. */
  caption: string;
  element: Element;
  citations: Citation[];
};
