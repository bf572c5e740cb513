import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const reference = defaultReference();
const named = (text: string) =>
  extractMentions(articleFromText("a", text, "2016-05-01"), reference.gazetteer, reference.lexicon).map((m) =>
    `${m.surface}→${m.groupId}:${m.method}`
  );

// Issue 10, round 20: a foreign state named by what it gives (names.json supportNouns), a backer the Wikipedia gold
// sets count where the mention layer named nobody.
describe("extractMentions(article, gazetteer) on a foreign state's demonym before a support noun", () => {
  it("extractMentions(article, gazetteer) reads 'Russian air support', 'Turkish backing' as the state, method state-reference", () => {
    expect(named("With Russian air support, the army recaptured Palmyra.")).toContain(
      "Russian air support→russia:state-reference",
    );
    expect(named("The rebels advanced with Turkish backing.")).toContain("Turkish backing→turkey:state-reference");
  });

  it("extractMentions(article, gazetteer) reads no state in a state force's demonym before a support noun", () => {
    expect(named("Syrian support for the rebels was rare.").some((m) => m.startsWith("Syrian support"))).toBe(false);
  });
});

// Issue 10, round 21: a state compounded with what it leads acts wherever it stands; a demonym before a special
// operations force names the state.
describe("extractMentions(article, gazetteer) on a state's agent compounds and special operations forces", () => {
  it("extractMentions(article, gazetteer) reads 'the US-led bombing' after 'in' as the state, not a place", () => {
    expect(named("Jordan joined in the US-led bombing of ISIL.").some((m) => m.startsWith("US→united-states"))).toBe(
      true,
    );
    expect(named("Thousands of refugees arrived in Turkey.")).toEqual([]);
  });

  it("extractMentions(article, gazetteer) reads 'Canadian special operations forces' as the state's forces", () => {
    expect(named("Canadian special operations forces came under attack.").some((m) => m.includes("→canada:"))).toBe(
      true,
    );
  });
});
