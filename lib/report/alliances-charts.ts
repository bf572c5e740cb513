import type { Article, Relation } from "../records/mod.ts";
import type { CorpusRecords } from "../records/load.ts";
import type { Citation, ReportChart } from "./chart.ts";
import { defaultReference, type Reference } from "../reference/mod.ts";
import { discoveredLabels, groupLabels } from "../analyze/group-labels.ts";
import { membershipTimeline } from "../analyze/membership-timeline.ts";
import { type MatrixCell, membershipByYear, membershipMatrix } from "../analyze/membership-matrix.ts";
import { relationNetwork } from "../analyze/relation-network.ts";
import { busiestMonth } from "../analyze/matrix-evidence.ts";
import { membershipMatrixPlot } from "../charts/membership-matrix.ts";
import { membershipByYearPlot } from "../charts/membership-by-year.ts";
import { relationNetworkPlot } from "../charts/relation-network.ts";
import { relationEvidencePlot } from "../charts/relation-evidence.ts";
import { corpusCaption } from "./caption.ts";

const METHOD_NEWS = "relations read by one frame reader over the group mentions, from the trigger lexicon " +
  "data/lexicon/relations.json (active, passive, noun and adjective forms; pronouns and descriptions resolved only " +
  "where one party is salient), dated by the clause where it states a date, else by the article";
/** The most groups the network draws: more names than this do not fit around one circle. */
const NETWORK_GROUPS = 40;
/** Said only where some relation is dated by the period its document states (encyclopedic pages), not on news. */
const BY_DOCUMENT = "dated by the clause where it states a date, else by the period the document states it is about " +
  "(undated where no month or year holds it), else by the article";
const MERGE = "; merged with the reviewed reference memberships of data/alliances.json";

function relationCitation(r: Relation, articles: Map<string, Article>, name: (id: string) => string): Citation {
  return {
    label: `${name(r.subject)} ${r.type} ${name(r.object)} (${r.date.value ?? "undated"})`,
    articleId: r.articleId,
    articleTitle: articles.get(r.articleId)?.title ?? null,
    quote: r.quote,
  };
}

function cellCitations(cells: MatrixCell[], articles: Map<string, Article>, name: (id: string) => string): Citation[] {
  return cells.flatMap((cell) =>
    cell.evidence.map((e): Citation => {
      const label = `${name(cell.group)} in ${name(cell.coalition)}: ${cell.role}`;
      return e.kind === "text"
        ? { label, articleId: e.articleId, articleTitle: articles.get(e.articleId)?.title ?? null, quote: e.quote }
        : { label, articleId: "", articleTitle: null, quote: "", reference: `${e.entry} (${e.sources.join("; ")})` };
    })
  );
}

/**
 * The alliances charts of the briefing: matrix at a date, small multiples by year, relation network, evidence. Group
 * names and the reviewed memberships come from `reference`.
 */
export function alliancesReportCharts(
  records: CorpusRecords,
  reference: Pick<Reference, "gazetteer" | "alliances"> = defaultReference(),
): ReportChart[] {
  const relations = records.relations;
  if (relations.length === 0) return [];
  const method = relations.some((r) => r.date.from === "document")
    ? METHOD_NEWS.replace(/dated by the clause.*$/, BY_DOCUMENT)
    : METHOD_NEWS;
  const { gazetteer, alliances } = reference;
  // Discovered groups keep their written name, marked "(unreviewed)", in every cell, node and evidence row.
  const names = new Map([...discoveredLabels(records.mentions), ...groupLabels(gazetteer)]);
  const name = (id: string) => names.get(id) ?? id;
  const articles = new Map(records.articles.map((a) => [a.id, a]));
  const timeline = membershipTimeline(relations, alliances, gazetteer.groups);
  const charts: ReportChart[] = [];

  const at = busiestMonth(timeline, relations);
  if (at) {
    const cells = membershipMatrix(timeline, { at });
    const withText = cells.filter((c) => c.textCount > 0);
    const byCoalition = new Map<string, number>();
    for (const c of cells) if (c.role !== "left") byCoalition.set(c.coalition, (byCoalition.get(c.coalition) ?? 0) + 1);
    const [largest, size] = [...byCoalition.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ??
      ["", 0];
    charts.push({
      id: "alliances-membership-matrix",
      title: `Who belonged to which coalition on ${at}`,
      takeaway: `On ${at}, ${new Set(cells.map((c) => c.group)).size} groups sat in ${byCoalition.size} coalitions; ` +
        `${withText.length} of ${cells.length} cells rest on article sentences, the rest on reference data only` +
        (largest ? `; the largest is ${name(largest)} with ${size} members.` : "."),
      caption: corpusCaption(records, method + MERGE),
      element: membershipMatrixPlot(cells, { at, names }),
      citations: cellCitations(cells, articles, name),
    });
  }

  const years = relations.map((r) => r.date.value).filter((v): v is string => v !== null).map((v) =>
    Number(v.slice(0, 4))
  );
  if (years.length > 0) {
    const first = Math.max(Math.min(...years) - 1, Math.max(...years) - 7);
    const span = Array.from({ length: Math.max(...years) - first + 1 }, (_, i) => first + i);
    // Only the coalitions the corpus relates to, so the panel stays about this corpus.
    const related = new Set(relations.flatMap((r) => [r.subject, r.object]));
    const coalitions = [...new Set(timeline.memberships.map((m) => m.coalition))].filter((c) => related.has(c));
    const byYear = membershipByYear(timeline, span);
    const counts = byYear.map(({ year, cells }) => ({
      year,
      n: cells.filter((c) => coalitions.includes(c.coalition) && c.role !== "left").length,
    }));
    const peak = [...counts].sort((a, b) => b.n - a.n || b.year - a.year)[0];
    charts.push({
      id: "alliances-membership-by-year",
      title: "Coalition membership year by year",
      takeaway: `Memberships at each year's end in the ${coalitions.length} coalitions the corpus relates to: ` +
        counts.map((c) => `${c.year} ${c.n}`).join(", ") + `; most in ${peak.year}.`,
      caption: corpusCaption(records, method + MERGE + "; roles as of 31 December of each year"),
      element: membershipByYearPlot(byYear, { names, coalitions }),
      citations: cellCitations(
        byYear.flatMap(({ cells }) => cells.filter((c) => coalitions.includes(c.coalition))).filter((c, i, all) =>
          all.findIndex((o) => o.group === c.group && o.coalition === c.coalition) === i
        ),
        articles,
        name,
      ),
    });
  }

  const network = relationNetwork(relations, { maxNodes: NETWORK_GROUPS });
  const top = [...network.nodes].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id))[0];
  const byType = new Map<string, number>();
  for (const e of network.edges) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  charts.push({
    id: "alliances-relation-network",
    title: "Alliances, rivalries and clashes between groups",
    takeaway: `${network.edges.length} distinct relations between ${network.nodes.length} groups ` +
      `(${[...byType.entries()].map(([t, n]) => `${n} ${t}`).join(", ")}); most connected: ${name(top.id)} ` +
      `(${top.degree} sentences).` +
      (network.leftOut.groups > 0
        ? ` The ${network.nodes.length} most connected groups are drawn; ${network.leftOut.groups} more and their ` +
          `${network.leftOut.edges} relations are in the evidence table and the exports.`
        : ""),
    caption: corpusCaption(records, method + "; nodes placed on a circle, neighbours together"),
    element: relationNetworkPlot(network, { names }),
    citations: relations.map((r) => relationCitation(r, articles, name)),
  });

  const fromSentence = relations.filter((r) => r.date.from === "sentence").length;
  const fromDocument = relations.filter((r) => r.date.from === "document").length;
  charts.push({
    id: "alliances-evidence",
    title: "The sentences behind the relations",
    takeaway: `${relations.length} relations read from ${
      new Set(relations.map((r) => `${r.articleId}|${r.start}`)).size
    } ` +
      `passages in ${new Set(relations.map((r) => r.articleId)).size} articles; ${fromSentence} dated by a date the ` +
      (fromDocument > 0
        ? `sentence states, ${fromDocument} by the period their page states it is about, the rest by the article's ` +
          "publication date."
        : `sentence states, the rest by the article's publication date.`),
    caption: corpusCaption(records, method),
    element: relationEvidencePlot(relations, {
      names,
      titles: new Map(records.articles.map((a) => [a.id, a.title])),
      limit: 20,
    }),
    citations: relations.map((r) => relationCitation(r, articles, name)),
  });
  return charts;
}

export { busiestMonth };
