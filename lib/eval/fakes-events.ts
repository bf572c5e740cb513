import type { Article, Figure } from "../records/mod.ts";
import { annotationRows } from "./gold.ts";

/** The crowd's annotation of one FA-KES article's main event: when, where and how many died. */
export type EventAnnotation = {
  articleId: string;
  /** The crowd's event date as ISO (the CSV writes m/d/yy). */
  date: string;
  location: string;
  /** nb_civilians + nb_noncivilians. */
  toll: number;
};

/** "4/5/17" → "2017-04-05"; null when the cell is not an m/d/yy date. */
export function isoFromUsDate(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(text.trim());
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return `${year}-${m[1].padStart(2, "0")}-${m[2].padStart(2, "0")}`;
}

/** Reads the FA-KES columns unit_id, date, location, nb_civilians, nb_noncivilians. */
export async function readEventAnnotations(csvPath: string): Promise<EventAnnotation[]> {
  const annotations: EventAnnotation[] = [];
  const columns = ["unit_id", "date", "location", "nb_civilians", "nb_noncivilians"];
  for await (const { row, field } of annotationRows(csvPath, columns)) {
    const date = isoFromUsDate(field("date"));
    if (!date) throw new Error(`${csvPath}: row ${row}: date "${field("date")}" is not m/d/yy`);
    annotations.push({
      articleId: field("unit_id"),
      date,
      location: field("location").toLowerCase(),
      toll: Number(field("nb_civilians") || 0) + Number(field("nb_noncivilians") || 0),
    });
  }
  return annotations;
}

/**
 * One annotation per article: its first row. FA-KES writes an article with several incidents as several rows (9
 * articles, up to 4 rows each); the first row is the article's main event, as its first figure is ours. Before this
 * rule the last row won for the grouping and every row counted for the toll check.
 */
export function mainAnnotations(annotations: EventAnnotation[]): EventAnnotation[] {
  const seen = new Set<string>();
  return annotations.filter((a) => !seen.has(a.articleId) && seen.add(a.articleId));
}

/** How many of the pairs two groupings of the same items put together agree. */
export type PairScore = {
  gold: number;
  predicted: number;
  agreed: number;
  precision: number;
  recall: number;
  f1: number;
};

/** All pairs of items with the same key, as "a\u0000b" strings with a < b. */
function pairsOf(keyOf: Map<string, string>): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const [item, key] of keyOf) byKey.set(key, [...(byKey.get(key) ?? []), item]);
  const pairs = new Set<string>();
  for (const items of byKey.values()) {
    const sorted = [...items].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]}\u0000${sorted[j]}`);
    }
  }
  return pairs;
}

/**
 * Pair precision, recall and F1 of a grouping of items (`predicted`: item → group) against a gold grouping
 * (`gold`: item → group), over the items both know: a pair is two items placed in one group.
 */
export function pairScore(predicted: Map<string, string>, gold: Map<string, string>): PairScore {
  const shared = (map: Map<string, string>, other: Map<string, string>) =>
    new Map([...map].filter(([item]) => other.has(item)));
  const goldPairs = pairsOf(shared(gold, predicted));
  const predictedPairs = pairsOf(shared(predicted, gold));
  const agreed = [...predictedPairs].filter((p) => goldPairs.has(p)).length;
  const precision = predictedPairs.size === 0 ? 0 : agreed / predictedPairs.size;
  const recall = goldPairs.size === 0 ? 0 : agreed / goldPairs.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold: goldPairs.size, predicted: predictedPairs.size, agreed, precision, recall, f1 };
}

/** Which half of FA-KES an article belongs to: errors are read on the development half only. */
export type FakesHalf = "development" | "held-out";

/** FNV-1a, 32 bits, of a string's UTF-16 code units: a stable hash that depends on nothing but the text. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The fixed split of FA-KES for the same-event evaluation, chosen before any grouping error was read: an article whose
 * id (`unit_id`) hashes (FNV-1a, 32 bits) to an even number is development, odd is held-out.
 */
export function fakesHalf(articleId: string): FakesHalf {
  return fnv1a(articleId) % 2 === 0 ? "development" : "held-out";
}

/** What a reconciliation hands the evaluation: events with their bounds and the articles that reported them. */
export type ScoredEvent = { id: string; low: number | null; high: number | null; articleIds: string[] };

/**
 * Each article's main event: the event holding the article's first reported incident figure (the lede states the main
 * event). `mainFigure` picks that figure's event id for an article; articles with none stay alone.
 */
export function mainEventOf(
  articles: Article[],
  mainEventId: (article: Article) => string | null,
): Map<string, string> {
  return new Map(articles.map((a) => [a.id, mainEventId(a) ?? `alone:${a.id}`]));
}

/** The baseline before reconciliation: every figure its own event, so no two articles ever share one. */
export function figuresAsEvents(figures: Figure[]): ScoredEvent[] {
  return figures.map((f, i) => ({ id: `${f.articleId}#${i}`, low: f.low, high: f.high, articleIds: [f.articleId] }));
}

const fixed = (n: number) => n.toFixed(2);

/**
 * The same-event evaluation on FA-KES as printable lines: pair precision/recall/F1 of articles placed in one event
 * (gold: the crowd's event date and location are equal) and how often the crowd's toll lies in the main event's
 * low..high. `main` maps each article to its main event (see `mainEventOf`), `events` are looked up by id.
 */
export function sameEventReport(
  annotations: EventAnnotation[],
  main: Map<string, string>,
  events: ScoredEvent[],
  label: string,
): string[] {
  annotations = mainAnnotations(annotations);
  const gold = new Map(annotations.map((a) => [a.articleId, `${a.date}|${a.location}`]));
  const score = pairScore(main, gold);
  const half = (which: FakesHalf) => {
    const keep = (map: Map<string, string>) => new Map([...map].filter(([id]) => fakesHalf(id) === which));
    const s = pairScore(keep(main), keep(gold));
    const articles = [...main.keys()].filter((id) => fakesHalf(id) === which).length;
    return `  ${which} half (${articles} articles, ${
      which === "development" ? "FNV-1a hash of unit_id even" : "FNV-1a hash of unit_id odd"
    }): gold pairs ${s.gold}, predicted ` +
      `${s.predicted}, agreed ${s.agreed}; pair precision ${fixed(s.precision)}, recall ${fixed(s.recall)}, F1 ${
        fixed(s.f1)
      }`;
  };
  const byId = new Map(events.map((e) => [e.id, e]));
  let tolls = 0;
  let inside = 0;
  for (const a of annotations) {
    if (a.toll <= 0 || !main.has(a.articleId)) continue;
    tolls += 1;
    const event = byId.get(main.get(a.articleId)!);
    if (event && (event.low ?? 0) <= a.toll && a.toll <= (event.high ?? event.low ?? Infinity)) inside += 1;
  }
  return [
    `FA-KES same-event grouping (${label}): ${main.size} articles; gold pairs (same crowd event date and location) ` +
    `${score.gold}, predicted pairs ${score.predicted}, agreed ${score.agreed}; pair precision ${
      fixed(score.precision)
    }, ` +
    `recall ${fixed(score.recall)}, F1 ${fixed(score.f1)} (target F1 0.70)`,
    half("development"),
    half("held-out"),
    `  crowd toll inside the main event's low..high: ${inside}/${tolls} = ${tolls ? fixed(inside / tolls) : "n/a"}`,
  ];
}
