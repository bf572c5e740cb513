import { describe, expect, it } from "vitest";
import {
  evaluatePassageMentions,
  formatPassageMentionEvaluation,
  type GoldPassageMentions,
  loadGoldPassageMentions,
  PASSAGE_MENTION_SETS,
} from "../../lib/eval/passage-mentions.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { articleFrom } from "../relations/fixtures.ts";

const gazetteer = defaultReference().gazetteer;
const text = "Background. Hezbollah fought alongside the Syrian Army near Qusayr. The Lions Brigade held the hills. " +
  "Later, Hezbollah withdrew.";
const article = articleFrom("a1", text, "2014-05-01");
const passageStart = text.indexOf("Hezbollah");
const passageEnd = text.indexOf(" Later");
const at = (surface: string, from = 0) => text.indexOf(surface, from);

function goldWith(mentions: GoldPassageMentions["mentions"]): GoldPassageMentions {
  return {
    description: "test",
    guidelines: ["test"],
    sources: ["test"],
    drawn: "test",
    passages: [{
      id: "a1@p",
      articleId: "a1",
      start: passageStart,
      end: passageEnd,
      text: text.slice(passageStart, passageEnd),
    }],
    mentions,
  };
}

const mention = (surface: string, groupId: string, inGazetteer = true) => ({
  passageId: "a1@p",
  articleId: "a1",
  groupId,
  inGazetteer,
  surface,
  start: at(surface),
  end: at(surface) + surface.length,
  kind: "name" as const,
});

describe("evaluatePassageMentions", () => {
  it("evaluatePassageMentions scores only mentions inside the passages, by offsets and group id", () => {
    const gold = goldWith([mention("Hezbollah", "hezbollah"), mention("Lions Brigade", "lions-brigade", false)]);
    const evaluation = evaluatePassageMentions([article], gold, gazetteer);
    // The second "Hezbollah", after the passage, is neither found nor false.
    expect(evaluation.overall.found).toBeGreaterThanOrEqual(1);
    expect(evaluation.missed.map((m) => m.surface)).toContain("Lions Brigade");
    expect(evaluation.missed.map((m) => m.surface)).not.toContain("Hezbollah");
    expect(evaluation.falseHits.every((m) => m.start >= passageStart && m.end <= passageEnd)).toBe(true);
    expect(evaluation.outOfGazetteer.gold).toBe(1);
    expect(evaluation.inGazetteer).toEqual({ gold: 1, found: 1, recall: 1 });
  });

  it("evaluatePassageMentions counts a found mention the gold lacks as a false hit", () => {
    const evaluation = evaluatePassageMentions([article], goldWith([]), gazetteer);
    expect(evaluation.falseHits.map((m) => m.surface)).toContain("Hezbollah");
    expect(evaluation.overall.precision).toBe(0);
  });

  it("evaluatePassageMentions names the unit whose offsets do not quote the article", () => {
    const shifted = { ...mention("Hezbollah", "hezbollah"), start: at("Hezbollah") + 1 };
    expect(() => evaluatePassageMentions([article], goldWith([shifted]), gazetteer)).toThrow(/mention "Hezbollah"/);
    const missing = { ...goldWith([]), passages: [{ ...goldWith([]).passages[0], articleId: "nowhere" }] };
    expect(() => evaluatePassageMentions([article], missing, gazetteer)).toThrow(/article nowhere not in the corpus/);
  });

  it("formatPassageMentionEvaluation quotes misses only when asked (never for an unread set)", () => {
    const evaluation = evaluatePassageMentions([article], goldWith([mention("Lions Brigade", "x", false)]), gazetteer);
    expect(formatPassageMentionEvaluation(evaluation, false)).not.toContain("Lions Brigade");
    expect(formatPassageMentionEvaluation(evaluation, true)).toContain('"Lions Brigade"');
  });
});

describe("PASSAGE_MENTION_SETS", () => {
  it("PASSAGE_MENTION_SETS names gold files that load and validate", async () => {
    for (const set of PASSAGE_MENTION_SETS) {
      const gold = await loadGoldPassageMentions(set.file);
      expect(gold.passages.length).toBeGreaterThan(0);
    }
  });
});
