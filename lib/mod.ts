/**
 * The library's public API, in pipeline order: records (zod schemas, partial dates) → reference (every data/ file,
 * validated once) → ingest → extract (mentions, figures, relations, dates) → analyze → charts → report, and the
 * pipeline that runs the stages over a corpus. Notebooks import from here.
 */
export * from "./records/mod.ts";
export { type CorpusRecords, loadRecords, readJsonl } from "./records/load.ts";

export * from "./reference/mod.ts";

export {
  articleFromText,
  buildArticle,
  cleanText,
  type CsvColumns,
  findDateExpressions,
  ingest,
  type IngestItem,
  InputError,
  type InputOptions,
  publicationDate,
  readInput,
  splitSentences,
} from "./ingest/mod.ts";

export {
  type DiscoveredSlugs,
  extractMentions,
  extractMentionsWithDiscovered,
  type GroupCandidate,
  isDiscovered,
  lineageAt,
  unknownGroupCandidates,
} from "./extract/mentions/mod.ts";
export { extractFigures } from "./extract/figures/mod.ts";
export { extractRelations } from "./extract/relations/mod.ts";
export {
  type DateExpression,
  datesInClause,
  eventDate,
  type Period,
  readDates,
  readPeriod,
  relationDate,
  type WrittenDate,
} from "./extract/dates/mod.ts";

export * from "./analyze/corpus-overview.ts";
export * from "./analyze/date-interval.ts";
export * from "./analyze/figure-rows.ts";
export * from "./analyze/group-kinds.ts";
export * from "./analyze/group-labels.ts";
export * from "./analyze/matrix-evidence.ts";
export * from "./analyze/membership-matrix.ts";
export * from "./analyze/membership-timeline.ts";
export * from "./analyze/mention-rollups.ts";
export * from "./analyze/relation-network.ts";
export * from "./analyze/event-date-of.ts";
export * from "./analyze/casualty-reports.ts";
export * from "./analyze/event-bounds.ts";
export * from "./analyze/place-nesting.ts";
export * from "./analyze/reconcile-events.ts";
export * from "./analyze/event-months.ts";
export * from "./analyze/event-span.ts";
export * from "./analyze/event-report-rows.ts";

export { articlesByDatePlot } from "./charts/articles-by-date.ts";
export { outletsPlot } from "./charts/outlets.ts";
export { articleLengthsPlot } from "./charts/article-lengths.ts";
export { removedByKindPlot } from "./charts/removed-by-kind.ts";
export { topGroupsPlot } from "./charts/top-groups.ts";
export { mentionsOverTimePlot } from "./charts/mentions-over-time.ts";
export { coMentionMatrixPlot } from "./charts/co-mention-matrix.ts";
export { figuresTimelinePlot } from "./charts/figures-timeline.ts";
export { eventsBandPlot } from "./charts/events-band.ts";
export { eventsMapPlot } from "./charts/events-map.ts";
export { syriaOutline } from "./charts/syria-outline.ts";
export { membershipMatrixPlot } from "./charts/membership-matrix.ts";
export { membershipByYearPlot } from "./charts/membership-by-year.ts";
export { relationNetworkPlot } from "./charts/relation-network.ts";
export { relationEvidencePlot } from "./charts/relation-evidence.ts";
export { chartDocument, svgString, svgToPng } from "./charts/render.ts";
export { groupColor, themed } from "./charts/theme.ts";

export * from "./report/mod.ts";
export { show } from "./notebook/show.ts";
export { tableOutput } from "./notebook/table.ts";
export * from "./pipeline/mod.ts";
