import type { Article, Figure } from "../records/mod.ts";
import { dateInterval } from "../records/date.ts";

/** How a figure is drawn: a range as a bar, an open floor as an arrow up, a ceiling as an arrow down, else a dot. */
export type FigureShape = "range" | "floor" | "ceiling" | "point";

/** One figure as the figures chart and table show it, with its citation. */
export type FigureRow = {
  figure: Figure;
  /** "45,000–50,000 displaced (UN OCHA, Daraa)". */
  label: string;
  /** The number as stated: "between 45,000 and 50,000", "more than 310,000", "thousands (≥ 1,000)". */
  value: string;
  shape: FigureShape;
  /** Where the chart puts the mark on the value axis (the floor, the ceiling, or the stated number). */
  y: number;
  /** The upper end of a range. */
  y2: number | null;
  kind: Figure["kind"];
  scope: Figure["scope"];
  /** "killed · war total" — the facet the figure belongs to. */
  facet: string;
  /** Middle of the publication date's interval (a month-precise date sits mid-month), or null when undated. */
  date: Date | null;
  published: string | null;
  articleTitle: string | null;
  /** Hover text: value, who, source, place, the sentence and the article. */
  title: string;
};

const number = (n: number) => n.toLocaleString("en-US");

/** The number as the sentence states it, in words a reader checks against the quote. */
export function figureValue(figure: Figure): string {
  const { low, high } = figure;
  switch (figure.qualifier) {
    case "between":
      return `${number(low!)}–${number(high!)}`;
    case "at_least":
      return `at least ${number(low!)}`;
    case "more_than":
      return `more than ${number(low!)}`;
    case "up_to":
      return `up to ${number(high!)}`;
    case "about":
      return `about ${number(low!)}`;
    case "vague":
      return `${figure.vagueTerm} (≥ ${number(low!)})`;
    default:
      return number(low!);
  }
}

/** How the chart draws a figure of this qualifier. */
export function figureShape(figure: Figure): FigureShape {
  if (figure.qualifier === "between") return "range";
  if (figure.low !== null && figure.high === null) return "floor";
  if (figure.low === null) return "ceiling";
  return "point";
}

/** "45,000–50,000 displaced (UN OCHA, Daraa)": value, kind, who, and source and place when known. */
export function figureLabel(figure: Figure): string {
  // "thousands of fighters" is a fighters count: say "fighters" once
  const who = figure.who && figure.who !== figure.kind ? ` ${figure.who}` : "";
  const context = [figure.attributedTo, figure.location].filter(Boolean).join(", ");
  const scope = figure.scope === "cumulative" ? " [war total]" : "";
  return `${figureValue(figure)}${who} ${figure.kind}${scope}${context ? ` (${context})` : ""}`;
}

/** The facet name of a scope: a war total never sits beside one event's toll. */
export const scopeLabel = (scope: Figure["scope"]) => (scope === "cumulative" ? "war total" : "event");

/** One row per figure, in publication order (undated last), then article and text order. */
export function figureRows(figures: Figure[], articles: Article[]): FigureRow[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  return figures.map((figure) => {
    const article = byId.get(figure.articleId);
    const published = article?.published.date ?? null;
    const interval = published ? dateInterval(published) : null;
    const date = interval ? new Date((interval.start.getTime() + interval.end.getTime()) / 2) : null;
    const shape = figureShape(figure);
    const label = figureLabel(figure);
    return {
      figure,
      label,
      value: figureValue(figure),
      shape,
      y: shape === "ceiling" ? figure.high! : figure.low!,
      y2: shape === "range" ? figure.high : null,
      kind: figure.kind,
      scope: figure.scope,
      facet: `${figure.kind} · ${scopeLabel(figure.scope)}`,
      date,
      published,
      articleTitle: article?.title ?? null,
      title: `${label}\n“${figure.quote}”\n— ${article?.title ?? figure.articleId}${published ? `, ${published}` : ""}`,
    };
  }).sort((a, b) =>
    (a.date?.getTime() ?? Infinity) - (b.date?.getTime() ?? Infinity) ||
    (a.figure.articleId < b.figure.articleId ? -1 : a.figure.articleId > b.figure.articleId ? 1 : 0) ||
    a.figure.start - b.figure.start
  );
}

/** The citation table: one plain row per figure, for notebooks and exports. */
export function figureCitationTable(rows: FigureRow[]) {
  return rows.map((row) => ({
    published: row.published ?? "undated",
    kind: row.kind,
    scope: scopeLabel(row.scope),
    value: row.value,
    who: row.figure.who ?? "",
    source: row.figure.attributedTo ?? "",
    place: row.figure.location ?? "",
    article: row.articleTitle ?? row.figure.articleId,
    quote: row.figure.quote,
  }));
}
