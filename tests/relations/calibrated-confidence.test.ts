import { describe, expect, it } from "vitest";
import { calibratedConfidence, confidenceFeatures } from "../../lib/extract/relations/calibrated-confidence.ts";
import { fitConfidenceModel, reliabilityLines, uncalibrated, withModel } from "../../lib/eval/relation-confidence.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { articleFrom } from "./fixtures.ts";
import type { Relation, RelationConfidenceModel } from "../../lib/records/mod.ts";

const features = (voice: "active" | "clause", hedge: string | null = null) => ({
  voice,
  distance: 2,
  reference: "none" as const,
  hedge,
});

const model: RelationConfidenceModel = {
  why: "test",
  sources: ["test"],
  fittedOn: { readings: 2, right: 1 },
  bias: 0,
  score: 2,
  weights: { "voice:clause": -1, "hedge:yes": -0.5 },
};

describe("calibratedConfidence(model, reading)", () => {
  it("confidenceFeatures(reading) names the type, voice, distance bucket, reference and hedge", () => {
    expect(confidenceFeatures({ type: "clash", features: { ...features("active"), distance: 9 }, score: 0.7 }))
      .toEqual(["type:clash", "voice:active", "distance:8-12", "reference:none", "hedge:no"]);
  });

  it("calibratedConfidence(model, reading) is the sigmoid of bias, score and feature weights; unseen ones weigh nothing", () => {
    const input = { type: "clash" as const, features: features("active"), score: 0.5 };
    expect(calibratedConfidence(model, input)).toBe(Math.round(1000 / (1 + Math.exp(-1))) / 1000);
    const clause = calibratedConfidence(model, { ...input, features: features("clause") });
    const hedged = calibratedConfidence(model, { ...input, features: features("active", "reportedly") });
    expect(clause).toBeLessThan(calibratedConfidence(model, input));
    expect(hedged).toBeLessThan(calibratedConfidence(model, input));
  });
});

describe("fitConfidenceModel(examples, meta)", () => {
  const relation = (voice: "active" | "clause", score: number): Relation => ({
    articleId: "a",
    type: "clash",
    subject: "x",
    object: "y",
    date: { value: "2016", precision: "year", from: "article" },
    quote: "q",
    start: 0,
    end: 1,
    sentenceIndex: 0,
    confidence: score,
    features: features(voice),
  });
  const examples = [
    ...Array.from({ length: 20 }, () => ({ relation: relation("active", 0.7), right: true })),
    ...Array.from({ length: 2 }, () => ({ relation: relation("active", 0.7), right: false })),
    ...Array.from({ length: 5 }, () => ({ relation: relation("clause", 0.4), right: true })),
    ...Array.from({ length: 5 }, () => ({ relation: relation("clause", 0.4), right: false })),
  ];

  it("fitConfidenceModel(examples, meta) is deterministic and gives a voice that is often wrong less confidence", () => {
    const meta = { why: "w", sources: ["s"] };
    const fitted = fitConfidenceModel(examples, meta);
    expect(fitConfidenceModel(examples, meta)).toEqual(fitted);
    expect(fitted.fittedOn).toEqual({ readings: 32, right: 25 });
    const active = calibratedConfidence(fitted, { type: "clash", features: features("active"), score: 0.7 });
    const clause = calibratedConfidence(fitted, { type: "clash", features: features("clause"), score: 0.4 });
    expect(active).toBeGreaterThan(0.8);
    expect(clause).toBeLessThan(0.65);
  });

  it("reliabilityLines(label, examples) prints the Brier score and each confidence band's share right", () => {
    const lines = reliabilityLines("toy", examples);
    expect(lines[0]).toContain("32 relations, 25 right; Brier score");
    expect(lines.some((line) => line.includes("confidence 0.00–0.50: 10 relations, mean 0.40, 50.0% right"))).toBe(
      true,
    );
  });
});

describe("the shipped relation confidence model (data/lexicon/relation-confidence.json)", () => {
  it("loadReference() joins it to the relation lexicon, fitted on the read gold sets", () => {
    const shipped = defaultReference().lexicon.relations.confidenceModel!;
    expect(shipped.fittedOn.readings).toBeGreaterThan(100);
    expect(shipped.sources.join(" ")).toContain("relations-fakes-sample.json");
  });

  it("extractRelations records the calibrated chance; without the model it keeps the lexicon's score", () => {
    const article = articleFrom("x", "Hezbollah attacked Nusra Front positions near Qusayr.", "2016-05-01");
    const [calibrated] = pipelineRelations(article).relations;
    const [raw] = pipelineRelations(article, uncalibrated()).relations;
    const shipped = defaultReference().lexicon.relations.confidenceModel!;
    expect(calibrated.confidence).toBe(
      calibratedConfidence(shipped, { type: raw.type, features: raw.features, score: raw.confidence }),
    );
    expect(calibrated.frame).toBe(raw.frame);
  });

  it("withModel(examples, model) gives each example the confidence extraction records with the model", () => {
    const article = articleFrom("x", "Hezbollah attacked Nusra Front positions near Qusayr.", "2016-05-01");
    const [calibrated] = pipelineRelations(article).relations;
    const [raw] = pipelineRelations(article, uncalibrated()).relations;
    const [scored] = withModel([{ relation: raw, right: true }], defaultReference().lexicon.relations.confidenceModel!);
    expect(scored.relation.confidence).toBe(calibrated.confidence);
  });
});
