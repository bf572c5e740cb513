import { z } from "zod";
import { loadGold } from "./gold.ts";
import { type EventAnnotation, type PairScore, pairScore } from "./fakes-events.ts";

/** One article of the blind same-event gold (data/gold/fakes-events-blind.json): its main incident, read by hand. */
export const BlindEventArticle = z.object({
  articleId: z.string(),
  published: z.string().nullable(),
  period: z.string(),
  /** The main incident's day ("YYYY-MM-DD"), month ("YYYY-MM") where the text gives only the report day, or null. */
  eventDate: z.string().nullable(),
  datePrecision: z.enum(["day", "month", "none"]),
  place: z.string().nullable(),
  governorate: z.string().nullable(),
  kind: z.string(),
  quote: z.string(),
  /** Articles reporting one incident share it; different incidents never do. */
  eventKey: z.string(),
  why: z.string().optional(),
});
export type BlindEventArticle = z.infer<typeof BlindEventArticle>;

export const BlindEvents = z.object({
  description: z.string(),
  articles: z.array(BlindEventArticle).min(1),
});
export type BlindEvents = z.infer<typeof BlindEvents>;

/** Reads the blind same-event gold, validated. */
export function loadBlindEvents(path = "fakes-events-blind.json"): Promise<BlindEvents> {
  return loadGold(path, BlindEvents, "blind same-event file");
}

/** A grouping restricted to the gold's articles, so pairs are counted only inside the drawn periods. */
function restrict(grouping: Map<string, string>, ids: Set<string>): Map<string, string> {
  return new Map([...grouping].filter(([id]) => ids.has(id)));
}

/** The event key shared by the most articles (the set's dominant cluster), with its article count. */
export function largestCluster(gold: BlindEvents): { key: string; articles: number } {
  const counts = new Map<string, number>();
  for (const a of gold.articles) counts.set(a.eventKey, (counts.get(a.eventKey) ?? 0) + 1);
  const [key, articles] = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
  return { key, articles };
}

/** Pair scores of a grouping against the blind gold: over all its articles, and without its largest cluster. */
export function blindPairScores(
  grouping: Map<string, string>,
  gold: BlindEvents,
): { whole: PairScore; withoutLargest: PairScore } {
  const key = new Map(gold.articles.map((a) => [a.articleId, a.eventKey]));
  const all = new Set(key.keys());
  const largest = largestCluster(gold).key;
  const rest = new Set(gold.articles.filter((a) => a.eventKey !== largest).map((a) => a.articleId));
  return {
    whole: pairScore(restrict(grouping, all), restrict(key, all)),
    withoutLargest: pairScore(restrict(grouping, rest), restrict(key, rest)),
  };
}

/** How many of the gold's day-precise event dates a reading gives exactly (`dateOf`: null where it gives none). */
export function dayAgreement(
  gold: BlindEvents,
  dateOf: (articleId: string) => string | null,
): { agreed: number; dated: number } {
  const dated = gold.articles.filter((a) => a.datePrecision === "day" && a.eventDate !== null);
  return { agreed: dated.filter((a) => dateOf(a.articleId) === a.eventDate).length, dated: dated.length };
}

/** A pair score as the blind same-event reports print it: P, R, F1 and the pairs behind them. */
export const formatPairScore = (s: PairScore) =>
  `P ${s.precision.toFixed(2)}, R ${s.recall.toFixed(2)}, F1 ${s.f1.toFixed(2)} (${s.agreed}/${s.gold} gold pairs, ` +
  `${s.predicted} predicted)`;
const f = formatPairScore;

/**
 * The blind same-event evaluation as printable lines: our grouping (`main`: article → main incident) and the crowd's
 * (same crowd date and location) scored against the hand-read gold of whole 7-day periods of articles, and
 * how often each gives the gold's event day. `ourDate` is the date of an article's main figure's event.
 */
export function blindSameEventReport(
  file: string,
  gold: BlindEvents,
  main: Map<string, string>,
  crowd: EventAnnotation[],
  ourDate: (articleId: string) => string | null,
  label: string,
): string[] {
  const crowdKey = new Map(crowd.map((a) => [a.articleId, `${a.date}|${a.location}`]));
  const crowdDate = new Map(crowd.map((a) => [a.articleId, a.date]));
  const ours = blindPairScores(main, gold);
  const theirs = blindPairScores(crowdKey, gold);
  const largest = largestCluster(gold);
  const keys = new Set(gold.articles.map((a) => a.eventKey)).size;
  const periods = new Set(gold.articles.map((a) => a.period)).size;
  const ourDays = dayAgreement(gold, ourDate);
  const crowdDays = dayAgreement(gold, (id) => crowdDate.get(id) ?? null);
  const share = (d: { agreed: number; dated: number }) =>
    `${d.agreed}/${d.dated} = ${d.dated ? (d.agreed / d.dated).toFixed(2) : "n/a"}`;
  return [
    `FA-KES same-event grouping against a blind hand-read gold (data/gold/${file}: ${gold.articles.length} ` +
    `articles, every article of ${periods} drawn 7-day periods, ${keys} incidents; ${label}):`,
    `  ours: ${f(ours.whole)}; without the largest incident (${largest.key}, ${largest.articles} articles): ` +
    f(ours.withoutLargest),
    `  the crowd's grouping (same crowd date and location), scored the same way: ${f(theirs.whole)}; without the ` +
    `largest incident: ${f(theirs.withoutLargest)}`,
    `  the gold's event day (articles whose text states one): ours ${share(ourDays)}; the crowd's ${share(crowdDays)}`,
  ];
}
