/** How a reading was made: the features its confidence is computed from, kept on the relation record. */
export type ReadingFeatures = {
  /**
   * The frame's form: active, passive, adjective, plural, noun, role, joint (allies by acting together), or clause
   * (the clause-level reading: parties on either side of a cue in one clause).
   */
  voice: "active" | "passive" | "adjective" | "plural" | "noun" | "role" | "joint" | "clause";
  /** Tokens between the trigger and the farther party. */
  distance: number;
  /** Whether a party is a reference, and where it was resolved. */
  reference: "none" | "sentence" | "previous" | "topic";
  /** The cue that lowered the reading, or null. */
  hedge: string | null;
};

/**
 * Each form's weight, checked against precision by voice on the development sets (`deno task eval` prints it): role
 * nouns, active verbs and action nouns read right nearly always; allies inferred from acting together least often.
 */
const VOICE: Record<ReadingFeatures["voice"], number> = {
  active: 1,
  role: 1,
  passive: 0.97,
  adjective: 0.95,
  plural: 0.95,
  noun: 1,
  joint: 0.8,
  // The clause reading's own weight is the lexicon's (`clauseReading.weight`), applied to the prior.
  clause: 1,
};

/**
 * Confidence from the trigger's prior and the reading's features: the form's weight, 3% per token of distance
 * beyond three (at most 30%), 15% for a resolved reference (20% across sentences, 25% to the article's topic), 40% for a
 * softening cue.
 */
export function readingConfidence(prior: number, features: ReadingFeatures): number {
  const distance = 1 - Math.min(0.3, 0.03 * Math.max(0, features.distance - 3));
  const reference = features.reference === "none"
    ? 1
    : features.reference === "sentence"
    ? 0.85
    : features.reference === "previous"
    ? 0.8
    : 0.75;
  const hedge = features.hedge ? 0.6 : 1;
  return Math.round(prior * VOICE[features.voice] * distance * reference * hedge * 1000) / 1000;
}
