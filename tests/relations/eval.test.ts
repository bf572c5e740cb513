import { describe, expect, it } from "vitest";
import { blindReport, relationConfusion, scoreRelations, withGazetteerIds } from "../../lib/eval/relations.ts";

const r = (type: string, subject: string, object: string, articleId = "a") =>
  ({ articleId, type, subject, object }) as { articleId: string; type: "clash"; subject: string; object: string };

describe("scoreRelations(extracted, gold)", () => {
  it("scoreRelations(extracted, gold) matches on article, type, subject and object, unordered for clashes", () => {
    const score = scoreRelations(
      [r("clash", "b", "a"), r("member", "x", "y"), r("member", "x", "y"), r("member", "y", "x")],
      [r("clash", "a", "b"), r("member", "x", "y"), r("joined", "p", "q")],
    );
    expect([score.tp, score.fp, score.fn]).toEqual([2, 1, 1]);
    expect(score.precision).toBeCloseTo(2 / 3);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.missing).toEqual(["a joined p q"]);
    expect(score.byType.clash.f1).toBe(1);
  });
});

describe("blindReport(label, units, gold, extracted, gazetteerIds)", () => {
  it("blindReport(...) prints the recall of the gold relations not marked doubtful beside the whole set's", () => {
    const gold = [
      { ...r("clash", "a", "b"), quote: "q", note: "" },
      { ...r("ally", "c", "d"), quote: "q", note: "Doubtful: one act by two forces." },
    ];
    const lines = blindReport("set", "1 article", gold, [r("clash", "a", "b")] as never, new Set(["a", "b", "c", "d"]));
    expect(lines[0]).toContain("recall 50.0%");
    expect(lines[2]).toBe("  recall of the 1 gold relations not marked doubtful: 100.0%");
  });
});

describe("relationConfusion(extracted, gold)", () => {
  it("relationConfusion(extracted, gold) counts same, another type for the same pair, missed and extra", () => {
    const table = relationConfusion(
      [r("clash", "b", "a"), r("ally", "x", "y"), r("rival", "p", "q")],
      [r("clash", "a", "b"), r("member", "x", "y"), r("ally", "m", "n")],
    );
    expect(table).toEqual({
      clash: { clash: 1 },
      member: { ally: 1 },
      ally: { missed: 1 },
      extra: { rival: 1 },
    });
  });
});

describe("loadGoldRelationsWikipediaDev()", () => {
  it("loadGoldRelationsWikipediaDev() reads the development set: every relation quotes its passage, no page of a blind set", async () => {
    const { loadGoldRelationsWikipedia, loadGoldRelationsWikipedia2, loadGoldRelationsWikipediaDev } = await import(
      "../../lib/eval/relations.ts"
    );
    const dev = await loadGoldRelationsWikipediaDev();
    const blind = new Set(
      [...(await loadGoldRelationsWikipedia()).passages, ...(await loadGoldRelationsWikipedia2()).passages].map((p) =>
        p.file
      ),
    );
    expect(dev.passages.some((p) => blind.has(p.file))).toBe(false);
    const text = new Map(dev.passages.map((p) => [p.id, p.text]));
    for (const relation of dev.relations) {
      for (const piece of relation.quote.split(" ... ")) expect(text.get(relation.articleId)).toContain(piece);
    }
  });
});

describe("withGazetteerIds(gold, ids)", () => {
  it("withGazetteerIds(gold, ids) names a 'new:' party by the gazetteer id its slug has since become, others unchanged", () => {
    const gold = {
      relations: [
        { ...r("clash", "new:iraq", "islamic-state"), quote: "q" },
        { ...r("split", "new:fighting-vanguard", "new:muslim-brotherhood"), quote: "q" },
      ],
    };
    expect(withGazetteerIds(gold, new Set(["iraq", "islamic-state"])).relations.map((x) => [x.subject, x.object]))
      .toEqual([["iraq", "islamic-state"], ["new:fighting-vanguard", "new:muslim-brotherhood"]]);
  });
});
