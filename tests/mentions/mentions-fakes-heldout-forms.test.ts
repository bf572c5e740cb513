import { describe, expect, it } from "vitest";
import { namePairs, pairs } from "./fixture.ts";

// General forms the held-out FA-KES sample (data/gold/mentions-fakes-heldout.json) and the first sample showed the
// matcher missing or over-reading. Fixtures are written fresh, not copied from the gold articles.
describe("extractMentions(article, gazetteer) on general forms found by the held-out FA-KES sample", () => {
  it("extractMentions(article, gazetteer) reads an acronym with a stripped possessive 's' (ISs, ISILs, PKKs)", () => {
    expect(pairs("The town is one of ISs last positions, near ISILs supply line and the PKKs Syrian branch.")).toEqual([
      "IS→islamic-state",
      "ISIL→islamic-state",
      "PKK→pkk",
    ]);
  });

  it("extractMentions(article, gazetteer) reads 'forces loyal to (President) (Bashar al-)Assad' as the government", () => {
    expect(pairs("Rebels fought forces loyal to President Bashar al-Assad near the town.")).toEqual([
      "forces loyal to President Bashar al-Assad→syrian-government",
    ]);
    expect(pairs("Forces loyal to Syrian dictator Bashar al-Assad advanced, and troops loyal to Assad held.")).toEqual([
      "Forces loyal to Syrian dictator Bashar al-Assad→syrian-government",
      "troops loyal to Assad→syrian-government",
    ]);
    expect(pairs("Fighters said forces loyal to the Assad regime shelled it.")).toEqual([
      "Assad regime→syrian-government",
    ]);
  });

  it("extractMentions(article, gazetteer) reads 'capital Damascus government forces' as a stripped comma, not 'Damascus government'", () => {
    expect(pairs("West of the capital Damascus government forces backed by Hezbollah advanced.")).toEqual([
      "government forces→syrian-government",
      "Hezbollah→hezbollah",
    ]);
    expect(pairs("He is an opponent of the Damascus government.")).toEqual(["Damascus government→syrian-government"]);
  });

  it("extractMentions(article, gazetteer) reads 'the border with Turkey' as a place and 'US cruise missiles' as an adjective", () => {
    expect(
      namePairs("The town lies near the border with Turkey. A salvo of US cruise missiles and a US missile strike."),
    )
      .toEqual(
        [],
      );
    expect(pairs("Russia agreed with Turkey on the deal.")).toEqual(["Russia→russia", "Turkey→turkey"]);
  });

  it("extractMentions(article, gazetteer) reads the government's forces by any owner and force noun", () => {
    expect(
      pairs(
        "Eleven regime fighters and government fighters died as regime planes, Assads air force and Syrian forces struck.",
      ),
    ).toEqual([
      "regime fighters→syrian-government",
      "government fighters→syrian-government",
      "regime planes→syrian-government",
      "Assads air force→syrian-government",
      "Syrian forces→syrian-government",
    ]);
  });
});
