import type { CorpusRecords } from "../records/load.ts";
import { type Gazetteer, sentenceText } from "../records/mod.ts";
import { groupKinds, isArmedGroup, isUnreviewed } from "../analyze/group-kinds.ts";
import { discoveredLabels } from "../analyze/group-labels.ts";
import { defaultReference } from "../reference/mod.ts";
import type { Cell } from "./csv.ts";

/** What every table naming a group says of it: name, kind, review state and the ACLED and UCDP names. */
const GROUP_COLUMNS = ["groupName", "groupKind", "armedGroup", "reviewed", "acled", "ucdpName", "ucdpId"] as const;

/** One flat table of the data exports: the same rows go to <name>.csv and <name>.json. */
export type ExportTable = { name: string; columns: readonly string[]; rows: Record<string, Cell>[] };

/**
 * Flat tables of articles, mentions, figures, events (incidents reconciled across articles: `implicitOnly` marks
 * events resting only on implicit counts), relations and the groups they name, for spreadsheet users, in record
 * order. Mentions and groups carry each group's kind (armed group or state), whether it is reviewed, and its ACLED
 * and UCDP names, so the records join those datasets.
 */
export function exportTables(
  records: CorpusRecords,
  gazetteer: Gazetteer = defaultReference().gazetteer,
): ExportTable[] {
  const articles = new Map(records.articles.map((article) => [article.id, article]));
  const title = (id: string) => articles.get(id)?.title ?? null;
  const groups = new Map(gazetteer.groups.map((group) => [group.id, group]));
  const kinds = groupKinds(gazetteer);
  const discovered = discoveredLabels(records.mentions);
  const groupColumns = (groupId: string) => {
    const group = groups.get(groupId);
    return {
      groupName: group?.name ?? discovered.get(groupId) ?? null,
      groupKind: group?.kind ?? (isUnreviewed(groupId) ? "discovered" : null),
      armedGroup: isArmedGroup(groupId, kinds),
      reviewed: !isUnreviewed(groupId),
      acled: group?.acled?.join("; ") ?? null,
      ucdpName: group?.ucdp?.name ?? null,
      ucdpId: group?.ucdp?.id ?? null,
    };
  };
  const mentionCounts = new Map<string, { mentions: number; articles: Set<string> }>();
  for (const mention of records.mentions) {
    const count = mentionCounts.get(mention.groupId) ?? { mentions: 0, articles: new Set<string>() };
    count.mentions++;
    count.articles.add(mention.articleId);
    mentionCounts.set(mention.groupId, count);
  }
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
        "publishedAlternatives",
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
        publishedAlternatives: article.published.alternative?.join(" or ") ?? null,
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
        ...GROUP_COLUMNS,
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
        ...groupColumns(mention.groupId),
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
        "governorate",
        "lat",
        "lon",
        "implicit",
        "partOf",
        "scope",
        "quote",
        "start",
        "end",
        "sentenceIndex",
        "eventDate",
        "eventDatePrecision",
        "eventDateFrom",
        "eventDateEvidence",
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
        governorate: figure.place?.governorate ?? null,
        lat: figure.place?.lat ?? null,
        lon: figure.place?.lon ?? null,
        implicit: figure.implicit === true,
        partOf: figure.partOf ?? null,
        scope: figure.scope,
        quote: figure.quote,
        start: figure.start,
        end: figure.end,
        sentenceIndex: figure.sentenceIndex,
        eventDate: figure.date?.value ?? null,
        eventDatePrecision: figure.date?.precision ?? null,
        eventDateFrom: figure.date?.from ?? null,
        eventDateEvidence: figure.date?.evidence ?? null,
      })),
    },
    {
      name: "events",
      columns: [
        "id",
        "kind",
        "date",
        "datePrecision",
        "place",
        "placeLevel",
        "governorate",
        "lat",
        "lon",
        "low",
        "best",
        "high",
        "implicitOnly",
        "reports",
        "articles",
        "articleIds",
        "method",
      ],
      rows: (records.events ?? []).map((event) => ({
        id: event.id,
        kind: event.kind,
        date: event.date.value,
        datePrecision: event.date.precision,
        place: event.place,
        placeLevel: event.placeLevel,
        governorate: event.governorate,
        lat: event.coordinates?.lat ?? null,
        lon: event.coordinates?.lon ?? null,
        low: event.low,
        best: event.best,
        high: event.high,
        implicitOnly: event.implicit,
        reports: event.reports.length,
        articles: event.articleIds.length,
        articleIds: event.articleIds.join(" "),
        method: event.method,
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
    {
      name: "groups",
      columns: [
        "groupId",
        ...GROUP_COLUMNS,
        "mentions",
        "articles",
      ],
      rows: [...mentionCounts.entries()]
        .sort((a, b) => b[1].mentions - a[1].mentions || a[0].localeCompare(b[0]))
        .map(([groupId, count]) => ({
          groupId,
          ...groupColumns(groupId),
          mentions: count.mentions,
          articles: count.articles.size,
        })),
    },
  ];
}
