import { describe, expect, it } from "vitest";
import { fieldAgreement, figureStates, figureValueKey, goldScore, tollRecovery } from "../../lib/eval/figures.ts";
import type { Figure } from "../../lib/records/mod.ts";

const figure = (
  articleId: string,
  qualifier: Figure["qualifier"],
  low: number | null,
  high: number | null,
): Figure => ({
  articleId,
  kind: "killed",
  low,
  high,
  qualifier,
  vagueTerm: null,
  who: null,
  attributedTo: null,
  location: null,
  scope: "event",
  quote: "",
  start: 0,
  end: 1,
  sentenceIndex: 0,
});
const annotation = (articleId: string, civilians: number, noncivilians: number) => ({
  articleId,
  civilians,
  noncivilians,
  children: 0,
  women: 0,
  toll: civilians + noncivilians,
});

describe("figures evaluation", () => {
  it("figureStates(figure, value) holds a value within a closed figure and only the floor of an open one", () => {
    expect(figureStates(figure("a", "between", 40, 50), 45)).toBe(true);
    expect(figureStates(figure("a", "exact", 40, 40), 41)).toBe(false);
    expect(figureStates(figure("a", "at_least", 40, null), 40)).toBe(true);
    expect(figureStates(figure("a", "at_least", 40, null), 42)).toBe(false);
    expect(figureStates(figure("a", "up_to", null, 50), 50)).toBe(true);
  });
  it("tollRecovery(figures, annotations, ids) counts recovered tolls and unexplained killed figures", () => {
    const result = tollRecovery(
      [figure("a", "at_least", 70, null), figure("a", "exact", 1400, 1400), figure("b", "exact", 3, 3)],
      [annotation("a", 70, 0), annotation("b", 2, 2), annotation("c", 0, 0)],
      new Set(["a", "b", "c"]),
    );
    expect([result.annotated, result.recovered, result.unexplained.length, result.killedFigures]).toEqual([2, 1, 2, 3]);
  });
  it("goldScore(extracted, gold) gives precision and recall on every field", () => {
    const gold = [figure("a", "exact", 5, 5)];
    expect(goldScore(gold, gold)).toMatchObject({ precision: 1, recall: 1 });
    expect(goldScore([figure("a", "exact", 6, 6)], gold)).toMatchObject({ precision: 0, recall: 0 });
  });
  it("goldScore(extracted, gold, figureValueKey) matches one to one on value and reports field agreement", () => {
    const gold = [figure("a", "exact", 5, 5), figure("a", "exact", 5, 5)];
    const found = { ...figure("a", "exact", 5, 5), who: "civilians", sentenceIndex: 3 };
    const score = goldScore([found], gold, figureValueKey);
    expect([score.precision, score.recall, score.missing.length]).toEqual([1, 0.5, 1]);
    expect(fieldAgreement(score.matched).map((a) => [a.field, a.agreed])).toEqual([
      ["scope", 1],
      ["who", 0],
      ["attributedTo", 1],
      ["location", 1],
      ["vagueTerm", 1],
    ]);
  });
});
