import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("fire exchanged or traded past the weapons named (triggers 'exchange', 'trade', frame gapHead fire)", () => {
  it("extractRelations(article, mentions) reads 'exchanged artillery and mortar fire with Y' and 'traded fire with Y'", () => {
    expect(relationsIn("Ahrar ash-Sham and the Sultan Murad Brigade exchanged artillery and mortar fire with ISIL."))
      .toEqual(["clash ahrar-al-sham islamic-state", "clash islamic-state sultan-murad-division"]);
    expect(relationsIn("Turkish troops traded artillery fire with the YPG.")).toEqual(["clash turkey ypg"]);
  });

  it("extractRelations(article, mentions) reads no fighting from prisoners exchanged or accusations traded", () => {
    expect(relationsIn("The FSA exchanged prisoners with ISIL.")).toEqual([]);
    expect(relationsIn("Turkey traded accusations with Russia.")).toEqual([]);
  });
});

describe("a movement's goal past its source phrase ('advanced from the south towards P held by Y')", () => {
  it("extractRelations(article, mentions) reads the goal preposition past 'from' and up to five plain words", () => {
    expect(relationsIn("The SDF advanced from 4 different fronts towards the areas controlled by ISIL."))
      .toEqual(["clash islamic-state syrian-democratic-forces"]);
  });

  it("extractRelations(article, mentions) reads no goal past a source phrase that names a party", () => {
    expect(relationsIn("The SAA advanced from ISIL-held areas towards Raqqa.")).toEqual([]);
  });
});

describe("a party's own act named by its place ('took part in X's Rif Dimashq offensive')", () => {
  it("extractRelations(article, mentions) reads taking part in an owned act with up to three capitalised words between", () => {
    expect(relationsIn("The Wagner Group took part in the Syrian military's Rif Dimashq offensive."))
      .toEqual(["ally syrian-government wagner-group"]);
  });
});

describe("a possessive unit past a hyphenated compound ('the FSA's Kurdish-aligned Northern Democratic Brigade')", () => {
  it("extractRelations(article, mentions) reads the unit as a member of its owner", () => {
    expect(relationsIn("The Free Syrian Army's Kurdish-aligned Northern Democratic Brigade fought there."))
      .toEqual(["member northern-democratic-brigade free-syrian-army"]);
  });
});

describe("a dotted acronym demonym before arms that act ('U.S. airstrikes killed')", () => {
  it("extractRelations(article, mentions) reads 'U.S. airstrikes' and 'U.S. cruise missiles' as the state's", () => {
    expect(relationsIn("On Monday, U.S. airstrikes killed 29 ISIL fighters.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(relationsIn("U.S. cruise missiles struck ISIL positions.")).toEqual(["clash islamic-state united-states"]);
  });
});
