import * as Plot from "@observablehq/plot";
import type { CorpusRecords } from "../../lib/records/load.ts";
import type { Article, Figure, Mention, Relation } from "../../lib/records/mod.ts";
import { chartDocument } from "../../lib/charts/render.ts";
import { groupColorScale, singleSeriesColor, themed } from "../../lib/charts/theme.ts";
import type { ReportChart } from "../../lib/report/chart.ts";
import { corpusCaption } from "../../lib/report/caption.ts";

/** The two XSS payloads of issue 6; they must show as text everywhere. */
export const scriptPayload = "<script>alert(1)</script>";
export const attributePayload = `"><img src=x onerror=alert(1)>`;

/** A hand-made Article: one sentence per ". "-separated piece of `text`. */
export function fixtureArticle(id: string, title: string | null, text: string, date: string | null): Article {
  const sentences: { start: number; end: number }[] = [];
  const pattern = /[^.]+\.?/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    if (match[0].trim() !== "") sentences.push({ start, end: match.index + match[0].length });
  }
  return {
    id,
    source: { path: `fixtures/${id}.txt` },
    sha256: "0".repeat(64),
    title,
    outlet: "Fixture News",
    author: id === "a3" ? "=cmd|' /C calc'!A0" : null,
    url: id === "a3" ? "javascript:alert(1)" : `https://example.org/${id}`,
    origins: { title: "input", outlet: "input", author: "none", url: "input" },
    published: {
      date,
      precision: date === null ? null : date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
      method: date === null ? "none" : "metadata",
      evidence: null,
      explanation: date === null ? "No date found." : "Stated in the fixture.",
    },
    text,
    sentences,
    // Every fixture article lost a byline and some boilerplate in cleaning, so the corpus charts have data to draw.
    removed: [
      { kind: "byline", text: "By Fixture Reporter", start: 0, end: 19 },
      { kind: "boilerplate", text: "Share this article", start: 20, end: 38 },
    ],
    comments: [],
    warnings: [],
  };
}

function quoteOf(article: Article, start: number, end: number) {
  const index = article.sentences.findIndex((sentence) => sentence.start <= start && end <= sentence.end);
  return { sentenceIndex: Math.max(0, index), quote: article.text.slice(start, end) };
}

function mention(article: Article, surface: string, groupId: string): Mention {
  const start = article.text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: "${surface}" not in ${article.id}`);
  const { sentenceIndex } = quoteOf(article, start, start + surface.length);
  return {
    articleId: article.id,
    groupId,
    surface,
    start,
    end: start + surface.length,
    sentenceIndex,
    method: "exact",
    lineageId: groupId,
  };
}

/** Three small articles, one hostile (XSS payloads in title, text and quotes), with mentions, a figure, a relation. */
export function fixtureRecords(): CorpusRecords {
  const a1 = fixtureArticle(
    "a1",
    "Rebels advance near Aleppo",
    "Fighters of the Free Syrian Army advanced near Aleppo. At least 12 people were killed, activists said.",
    "2013-03-02",
  );
  const a2 = fixtureArticle(
    "a2",
    "ISIS loses ground",
    "ISIS lost ground to the SDF in Raqqa. The Free Syrian Army joined the offensive.",
    "2016-08",
  );
  const a3 = fixtureArticle(
    "a3",
    `Hostile ${scriptPayload} ${attributePayload}`,
    `ISIS said ${scriptPayload} was a =HYPERLINK("x") test. More than 40 ${attributePayload} were displaced.`,
    null,
  );
  const killedAt = a1.text.indexOf("At least 12");
  const displacedAt = a3.text.indexOf("More than 40");
  const joinedAt = a2.text.indexOf("The Free Syrian Army joined");
  const figures: Figure[] = [
    {
      articleId: "a1",
      kind: "killed",
      low: 12,
      high: 12,
      qualifier: "at_least",
      vagueTerm: null,
      who: "people",
      attributedTo: "activists",
      location: "Aleppo",
      scope: "event",
      ...quoteOf(a1, killedAt, a1.text.length),
      start: killedAt,
      end: a1.text.length,
    },
    {
      articleId: "a3",
      kind: "displaced",
      low: 40,
      high: null,
      qualifier: "more_than",
      vagueTerm: null,
      who: attributePayload,
      attributedTo: null,
      location: null,
      scope: "event",
      ...quoteOf(a3, displacedAt, a3.text.length),
      start: displacedAt,
      end: a3.text.length,
    },
  ];
  const relations: Relation[] = [{
    articleId: "a2",
    type: "joined",
    subject: "free-syrian-army",
    object: "syrian-democratic-forces",
    date: { value: "2016-08", precision: "month", from: "article" },
    ...quoteOf(a2, joinedAt, a2.text.length),
    start: joinedAt,
    end: a2.text.length,
    confidence: 0.6,
  }];
  return {
    articles: [a1, a2, a3],
    rejected: [],
    mentions: [
      mention(a1, "Free Syrian Army", "free-syrian-army"),
      mention(a2, "ISIS", "islamic-state"),
      mention(a2, "SDF", "syrian-democratic-forces"),
      mention(a2, "Free Syrian Army", "free-syrian-army"),
      mention(a3, "ISIS", "islamic-state"),
    ],
    figures,
    relations,
  };
}

/** A chart of mentions per article title and group: article titles land in tick labels, quotes in tooltips. */
export function fixtureMentionsChart(records: CorpusRecords): ReportChart {
  const titles = new Map(records.articles.map((article) => [article.id, article.title ?? article.id]));
  const rows = records.mentions.map((mention) => {
    const article = records.articles.find((a) => a.id === mention.articleId)!;
    const sentence = article.sentences[mention.sentenceIndex];
    return {
      title: titles.get(mention.articleId)!,
      groupId: mention.groupId,
      quote: article.text.slice(sentence.start, sentence.end),
    };
  });
  const element = Plot.plot(themed({
    document: chartDocument(),
    marginLeft: 260,
    height: 220,
    x: { label: "Mentions", grid: true },
    // Titles are written by strangers: cut long ones so tick labels fit the margin.
    y: { label: null, tickFormat: (title: string) => title.length > 34 ? `${title.slice(0, 33)}…` : title },
    color: groupColorScale(rows.map((row) => row.groupId), { legend: true }),
    marks: [Plot.barX(rows, { y: "title", x: 1, fill: "groupId", title: "quote" }), Plot.ruleX([0])],
  })) as unknown as Element;
  return {
    id: "fixture-mentions",
    title: "Group mentions per article",
    takeaway: `${rows.length} mentions in ${new Set(rows.map((r) => r.title)).size} articles`,
    caption: corpusCaption(records, "exact gazetteer names in the fixture articles"),
    element,
    citations: records.mentions.map((mention, i) => ({
      label: `${mention.groupId} in “${rows[i].title}”`,
      articleId: mention.articleId,
      articleTitle: titles.get(mention.articleId) ?? null,
      quote: rows[i].quote,
    })),
  };
}

/** A one-series chart: figures by kind, the low value of each. */
export function fixtureFiguresChart(records: CorpusRecords): ReportChart {
  const element = Plot.plot(themed({
    document: chartDocument(),
    height: 240,
    y: { label: "People (low estimate)", grid: true },
    x: { label: null },
    marks: [
      // clip: Plot numbers clip-path ids per process; the briefing must still give the same bytes every run.
      Plot.barY(records.figures, { x: "kind", y: "low", fill: singleSeriesColor, title: "quote", clip: true }),
      Plot.ruleY([0]),
    ],
  })) as unknown as Element;
  return {
    id: "fixture-figures",
    title: "Casualty and displacement figures",
    takeaway: `${records.figures.length} figures stated`,
    caption: corpusCaption(records, "numbers read from sentences"),
    element,
    citations: records.figures.map((figure) => ({
      label: `${figure.low} ${figure.kind}`,
      articleId: figure.articleId,
      articleTitle: records.articles.find((a) => a.id === figure.articleId)?.title ?? null,
      quote: figure.quote,
    })),
  };
}
