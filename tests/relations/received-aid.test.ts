import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("receiving aid from a party is its backing (trigger 'receive', frame aid, lexicon aidNouns)", () => {
  it("extractRelations(article, mentions) reads 'X received arms support / missiles and other equipment from Y' as backing", () => {
    expect(
      relationsIn("The Sham Legion, that have received covert arms support from the United States, attacked ISIS."),
    )
      .toEqual(["ally faylaq-al-sham united-states", "clash faylaq-al-sham islamic-state"]);
    expect(relationsIn("Liwa Thuwar al-Raqqa received anti-tank missiles and other equipment from the United States."))
      .toEqual(["ally liwa-thuwar-al-raqqa united-states"]);
  });

  it("extractRelations(article, mentions) reads no backing from threats or fire received", () => {
    expect(relationsIn("The FSA received threats from ISIS.")).toEqual([]);
    expect(relationsIn("SDF units began receiving small arms fire from ISIL elements.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no act that 'no' determines inside the gap before the preposition", () => {
    expect(relationsIn("ISIS received no support from Turkey.")).toEqual([]);
    expect(relationsIn("Saudi Arabia supplied no weapons to the FSA.")).toEqual([]);
    expect(relationsIn("Saudi Arabia supplied weapons to the FSA.")).toEqual(["ally free-syrian-army saudi-arabia"]);
  });
});
