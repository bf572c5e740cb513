import type { Relation, RelationConfidenceModel } from "../../records/mod.ts";

/** What a calibrated confidence is computed from: the reading's type, its features and its lexicon score. */
export type ConfidenceInput = Pick<Relation, "type" | "features"> & { score: number };

/** The distance buckets of the model ("distance:4-7"): tokens between the trigger and the farther party. */
function distanceBucket(distance: number): string {
  return distance <= 3 ? "0-3" : distance <= 7 ? "4-7" : distance <= 12 ? "8-12" : "13+";
}

/** The named features of one reading, the keys of the model's `weights`. */
export function confidenceFeatures(input: ConfidenceInput): string[] {
  const features = [`type:${input.type}`];
  const f = input.features;
  if (f) {
    features.push(
      `voice:${f.voice}`,
      `distance:${distanceBucket(f.distance)}`,
      `reference:${f.reference}`,
      `hedge:${f.hedge ? "yes" : "no"}`,
    );
  }
  return features;
}

/**
 * The chance a reading is right by the fitted model (data/lexicon/relation-confidence.json): sigmoid of the bias, the
 * score's weight times its score, and its features' weights (a feature the model never saw weighs nothing); rounded
 * to three decimals.
 */
export function calibratedConfidence(model: RelationConfidenceModel, input: ConfidenceInput): number {
  let z = model.bias + model.score * input.score;
  for (const feature of confidenceFeatures(input)) z += model.weights[feature] ?? 0;
  return Math.round(1000 / (1 + Math.exp(-z))) / 1000;
}
