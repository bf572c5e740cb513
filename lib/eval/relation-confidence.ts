import type { Relation, RelationConfidenceModel } from "../records/mod.ts";
import { defaultReference, type Reference, SEED_CORPUS } from "../reference/mod.ts";
import {
  calibratedConfidence,
  confidenceFeatures,
  type ConfidenceInput,
} from "../extract/relations/calibrated-confidence.ts";
import { FAKES_COLUMNS, FAKES_CSV } from "./gold.ts";
import * as goldSets from "./relations.ts";
import {
  articlesAndRelations,
  type GoldRelation,
  passageExtraction,
  relationKey,
  WIKIPEDIA_CORPUS,
  withGazetteerIds,
} from "./relations.ts";
import { loadPageDates } from "./passage-pages.ts";

/** One extracted relation of a gold set's documents, and whether the set's gold holds it. */
export type ConfidenceExample = { relation: Relation; right: boolean };

/** The gold files the model is fitted on: every relation set whose errors development has read. */
export const CALIBRATION_SOURCES = [
  "data/gold/relations.json (the seeds)",
  "data/gold/relations-fakes-sample.json",
  "data/gold/relations-fakes-heldout.json",
  "data/gold/relations-fakes-heldout2.json",
  "data/gold/relations-fakes-heldout4.json to relations-fakes-heldout9.json",
  "data/gold/relations-wikipedia-dev.json",
];

/** A reference whose relation lexicon carries no confidence model: records keep the lexicon's own score. */
export function uncalibrated(reference: Reference = defaultReference()): Reference {
  const { confidenceModel: _model, ...relations } = reference.lexicon.relations;
  return { ...reference, lexicon: { ...reference.lexicon, relations } };
}

function examplesOf(relations: Relation[], gold: GoldRelation[], documents: Set<string>): ConfidenceExample[] {
  const keys = new Set(gold.map(relationKey));
  return relations.filter((r) => documents.has(r.articleId)).map((relation) => ({
    relation,
    right: keys.has(relationKey(relation)),
  }));
}

/**
 * The relations extracted from the read gold sets' documents (training) and from the sets never used to fit (blind:
 * FA-KES held-out 3 and 10 to 19, Wikipedia passages 3 to `LAST_WIKIPEDIA_SET`, several of them read by later rounds), each marked right or
 * not by its set's gold, read with `reference` (the shipped model, or `uncalibrated()` for the lexicon's scores) and
 * with the clause layer where `clauses` says (default: the lexicon's setting).
 */
export async function confidenceExamples(
  reference: Reference = defaultReference(),
  { fakes = FAKES_CSV, clauses }: { fakes?: string; clauses?: boolean } = {},
): Promise<{ training: ConfidenceExample[]; blind: ConfidenceExample[] }> {
  const gazetteerIds = new Set(reference.gazetteer.groups.map((g) => g.id));
  const training: ConfidenceExample[] = [];
  const blind: ConfidenceExample[] = [];
  const seeds = await articlesAndRelations(SEED_CORPUS, {}, clauses, reference);
  const seedGold = await goldSets.loadGoldRelations();
  training.push(...examplesOf(seeds.relations, seedGold.relations, new Set(seeds.articles.map((a) => a.id))));
  const dev = withGazetteerIds(await goldSets.loadGoldRelationsWikipediaDev(), gazetteerIds);
  const pages = await loadPageDates(WIKIPEDIA_CORPUS, reference);
  const devRead = passageExtraction(dev, clauses, reference, pages);
  training.push(...examplesOf(devRead.relations, dev.relations, new Set(dev.passages.map((p) => p.id))));
  for (
    const load of [
      goldSets.loadGoldRelationsWikipedia3,
      goldSets.loadGoldRelationsWikipedia4,
      goldSets.loadGoldRelationsWikipedia5,
      goldSets.loadGoldRelationsWikipedia7,
      goldSets.loadGoldRelationsWikipedia8,
      goldSets.loadGoldRelationsWikipedia9,
      goldSets.loadGoldRelationsWikipedia10,
      goldSets.loadGoldRelationsWikipedia11,
      goldSets.loadGoldRelationsWikipedia12,
      goldSets.loadGoldRelationsWikipedia13,
      goldSets.loadGoldRelationsWikipedia14,
      goldSets.loadGoldRelationsWikipedia15,
      goldSets.loadGoldRelationsWikipedia16,
      goldSets.loadGoldRelationsWikipedia17,
      goldSets.loadGoldRelationsWikipedia18,
      goldSets.loadGoldRelationsWikipedia19,
      // Passages 20 to the last set, numbered files read by one loader.
      ...Array.from(
        { length: goldSets.LAST_WIKIPEDIA_SET - 19 },
        (_, i) => (path?: string | URL) => goldSets.loadGoldRelationsWikipediaSet(20 + i, path),
      ),
    ]
  ) {
    const passages = withGazetteerIds(await load(), gazetteerIds);
    const read = passageExtraction(passages, clauses, reference, pages);
    blind.push(...examplesOf(read.relations, passages.relations, new Set(passages.passages.map((p) => p.id))));
  }
  const sixth = withGazetteerIds(await goldSets.loadGoldRelationsWikipedia6(), gazetteerIds);
  blind.push(
    ...examplesOf(
      passageExtraction(sixth, clauses, reference, pages).relations,
      sixth.relations,
      new Set(sixth.passages.map((p) => p.id)),
    ),
  );
  try {
    await Deno.stat(fakes);
  } catch {
    return { training, blind };
  }
  const corpus = await articlesAndRelations(fakes, { csv: FAKES_COLUMNS }, clauses, reference);
  const read = [
    goldSets.loadGoldRelationsSample,
    goldSets.loadGoldRelationsHeldout,
    goldSets.loadGoldRelationsHeldout2,
    goldSets.loadGoldRelationsHeldout4,
    goldSets.loadGoldRelationsHeldout5,
    goldSets.loadGoldRelationsHeldout6,
    goldSets.loadGoldRelationsHeldout7,
    goldSets.loadGoldRelationsHeldout8,
    goldSets.loadGoldRelationsHeldout9,
  ];
  for (const load of read) {
    const set = await load();
    training.push(...examplesOf(corpus.relations, set.relations, new Set(set.articles)));
  }
  for (
    const load of [
      goldSets.loadGoldRelationsHeldout3,
      goldSets.loadGoldRelationsHeldout10,
      goldSets.loadGoldRelationsHeldout11,
      goldSets.loadGoldRelationsHeldout13,
      goldSets.loadGoldRelationsHeldout14,
      goldSets.loadGoldRelationsHeldout15,
      goldSets.loadGoldRelationsHeldout16,
      goldSets.loadGoldRelationsHeldout17,
      goldSets.loadGoldRelationsHeldout18,
      goldSets.loadGoldRelationsHeldout19,
    ]
  ) {
    const set = await load();
    blind.push(...examplesOf(corpus.relations, set.relations, new Set(set.articles)));
  }
  const twelfth = await goldSets.loadGoldRelationsHeldout12();
  blind.push(...examplesOf(corpus.relations, twelfth.relations, new Set(twelfth.articles)));
  return { training, blind };
}

function inputOf(relation: Relation): ConfidenceInput {
  return { type: relation.type, features: relation.features, score: relation.confidence };
}

/**
 * A logistic model of rightness fitted by full-batch gradient descent (`iterations` steps of `rate`, an L2 penalty
 * `l2` on the feature weights): deterministic, so the same examples always give the same model. Each example's
 * relation carries the lexicon's score as its `confidence` (read with `uncalibrated()`).
 */
export function fitConfidenceModel(
  examples: ConfidenceExample[],
  meta: Pick<RelationConfidenceModel, "why" | "sources">,
  { iterations = 3000, rate = 0.5, l2 = 0.01 } = {},
): RelationConfidenceModel {
  const rows = examples.map((e) => ({
    score: e.relation.confidence,
    features: confidenceFeatures(inputOf(e.relation)),
  }));
  const names = [...new Set(rows.flatMap((r) => r.features))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const w = new Float64Array(names.length);
  let bias = 0;
  let score = 0;
  const n = Math.max(1, rows.length);
  for (let step = 0; step < iterations; step++) {
    const gw = new Float64Array(names.length);
    let gb = 0;
    let gs = 0;
    rows.forEach((row, k) => {
      let z = bias + score * row.score;
      for (const f of row.features) z += w[index.get(f)!];
      const error = 1 / (1 + Math.exp(-z)) - (examples[k].right ? 1 : 0);
      gb += error;
      gs += error * row.score;
      for (const f of row.features) gw[index.get(f)!] += error;
    });
    bias -= rate * gb / n;
    score -= rate * gs / n;
    for (let i = 0; i < w.length; i++) w[i] -= rate * (gw[i] / n + l2 * w[i]);
  }
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    ...meta,
    fittedOn: { readings: examples.length, right: examples.filter((e) => e.right).length },
    bias: round(bias),
    score: round(score),
    weights: Object.fromEntries(names.map((name, i) => [name, round(w[i])])),
  };
}

/** Brier score (mean squared distance between confidence and rightness) and reliability by confidence band. */
export function reliabilityLines(label: string, examples: ConfidenceExample[]): string[] {
  const brier = examples.reduce((sum, e) => sum + (e.relation.confidence - (e.right ? 1 : 0)) ** 2, 0) /
    Math.max(1, examples.length);
  const bands: [number, number][] = [[0, 0.5], [0.5, 0.7], [0.7, 0.85], [0.85, 0.95], [0.95, 1.01]];
  const lines = [
    `  ${label}: ${examples.length} relations, ${examples.filter((e) => e.right).length} right; Brier score ` +
    `${brier.toFixed(3)}`,
  ];
  for (const [low, high] of bands) {
    const inBand = examples.filter((e) => e.relation.confidence >= low && e.relation.confidence < high);
    if (inBand.length === 0) continue;
    const mean = inBand.reduce((sum, e) => sum + e.relation.confidence, 0) / inBand.length;
    const right = inBand.filter((e) => e.right).length;
    lines.push(
      `    confidence ${low.toFixed(2)}–${Math.min(high, 1).toFixed(2)}: ${inBand.length} relations, mean ` +
        `${mean.toFixed(2)}, ${(100 * right / inBand.length).toFixed(1)}% right`,
    );
  }
  return lines;
}

/**
 * The examples as the model scores them: each relation's confidence (the lexicon's score, read with `uncalibrated()`)
 * replaced by the model's chance, exactly as extraction computes it for the relation it keeps.
 */
export function withModel(examples: ConfidenceExample[], model: RelationConfidenceModel): ConfidenceExample[] {
  return examples.map((e) => ({
    ...e,
    relation: {
      ...e.relation,
      confidence: calibratedConfidence(model, {
        type: e.relation.type,
        features: e.relation.features,
        score: e.relation.confidence,
      }),
    },
  }));
}

/**
 * How well the shipped confidences (data/lexicon/relation-confidence.json) are calibrated: reliability on the sets the
 * model was fitted on and on the blind sets, beside the lexicon's own scores on the blind sets. One reading of the
 * corpora: the shipped confidences are the model applied to the lexicon's scores.
 */
export async function relationConfidenceReport(reference: Reference = defaultReference()): Promise<string> {
  const raw = await confidenceExamples(uncalibrated(reference));
  const model = reference.lexicon.relations.confidenceModel;
  const shipped = model ? { training: withModel(raw.training, model), blind: withModel(raw.blind, model) } : raw;
  return [
    "Relation confidence (data/lexicon/relation-confidence.json, fitted by `deno task calibrate` on the read sets; " +
    "Brier score: mean squared distance between confidence and rightness, lower is better)",
    ...reliabilityLines("shipped confidence, training sets", shipped.training),
    ...reliabilityLines(
      `shipped confidence, blind sets (FA-KES held-out 3, 10 to 19; Wikipedia passages 3 to ${goldSets.LAST_WIKIPEDIA_SET})`,
      shipped.blind,
    ),
    ...reliabilityLines("the lexicon's own scores, blind sets", raw.blind),
  ].join("\n");
}
