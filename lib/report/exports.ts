import type { CorpusRecords } from "../records/load.ts";
import type { Article } from "../records/mod.ts";
import type { Cell } from "./csv.ts";

/** One flat table of the data exports: the same rows go to <name>.csv and <name>.json. */
export type ExportTable = { name: string; columns: readonly string[]; rows: Record<string, Cell>[] };

/** The sentence `sentenceIndex` of `article`, for readers of the exports who want the context of a span. */
function sentenceText(article: Article | undefined, sentenceIndex: number): string | null {
  const sentence = article?.sentences[sentenceIndex];
  return article && sentence ? article.text.slice(sentence.start, sentence.end) : null;
}

/** Flat tables of articles, mentions, figures and relations for spreadsheet users, in record order. */
export function exportTables(records: CorpusRecords): ExportTable[] {
  const articles = new Map(records.articles.map((article) => [article.id, article]));
  const title = (id: string) => articles.get(id)?.title ?? null;
  return [
    {
      name: "articles",
      columns: [
        "id",
        "title",
        "outlet",
        "author",
        "url",
        "publishedDate",
        "publishedPrecision",
        "publishedMethod",
        "length",
        "sentences",
        "sourcePath",
      ],
      rows: records.articles.map((article) => ({
        id: article.id,
        title: article.title,
        outlet: article.outlet,
        author: article.author,
        url: article.url,
        publishedDate: article.published.date,
        publishedPrecision: article.published.precision,
        publishedMethod: article.published.method,
        length: article.text.length,
        sentences: article.sentences.length,
        sourcePath: article.source.path,
      })),
    },
    {
      name: "mentions",
      columns: [
        "articleId",
        "articleTitle",
        "groupId",
        "lineageId",
        "surface",
        "method",
        "start",
        "end",
        "sentenceIndex",
        "sentence",
      ],
      rows: records.mentions.map((mention) => ({
        articleId: mention.articleId,
        articleTitle: title(mention.articleId),
        groupId: mention.groupId,
        lineageId: mention.lineageId,
        surface: mention.surface,
        method: mention.method,
        start: mention.start,
        end: mention.end,
        sentenceIndex: mention.sentenceIndex,
        sentence: sentenceText(articles.get(mention.articleId), mention.sentenceIndex),
      })),
    },
    {
      name: "figures",
      columns: [
        "articleId",
        "articleTitle",
        "kind",
        "low",
        "high",
        "qualifier",
        "vagueTerm",
        "who",
        "attributedTo",
        "location",
        "scope",
        "quote",
        "start",
        "end",
        "sentenceIndex",
      ],
      rows: records.figures.map((figure) => ({
        articleId: figure.articleId,
        articleTitle: title(figure.articleId),
        kind: figure.kind,
        low: figure.low,
        high: figure.high,
        qualifier: figure.qualifier,
        vagueTerm: figure.vagueTerm,
        who: figure.who,
        attributedTo: figure.attributedTo,
        location: figure.location,
        scope: figure.scope,
        quote: figure.quote,
        start: figure.start,
        end: figure.end,
        sentenceIndex: figure.sentenceIndex,
      })),
    },
    {
      name: "relations",
      columns: [
        "articleId",
        "articleTitle",
        "type",
        "subject",
        "object",
        "date",
        "datePrecision",
        "dateFrom",
        "confidence",
        "quote",
        "start",
        "end",
        "sentenceIndex",
      ],
      rows: records.relations.map((relation) => ({
        articleId: relation.articleId,
        articleTitle: title(relation.articleId),
        type: relation.type,
        subject: relation.subject,
        object: relation.object,
        date: relation.date.value,
        datePrecision: relation.date.precision,
        dateFrom: relation.date.from,
        confidence: relation.confidence,
        quote: relation.quote,
        start: relation.start,
        end: relation.end,
        sentenceIndex: relation.sentenceIndex,
      })),
    },
  ];
}
