import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a place's name followed by what says who holds it (round 74)", () => {
  it("extractRelations(article, mentions) reads an apposition naming the place by its holder's place noun", () => {
    expect(relationsIn("The SDF attacked the Manbij Silos, an ISIL stronghold in the city.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("The SDF stormed Manbij, one of the most important ISIL strongholds.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads no holder from an apposition without a place noun or a party", () => {
    expect(relationsIn("The SDF attacked Raqqa, an ISIL commander.")).toEqual([]);
    expect(relationsIn("The SDF captured Raqqa, an important city.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'under X control' after a place's name and its relative", () => {
    expect(relationsIn("Russia bombed Idlib, which is under Nusra Front control.")).toEqual([
      "clash jabhat-al-nusra russia",
    ]);
    expect(relationsIn("The SDF attacked Tel Tamer, which had remained under ISIL control.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads 'under control of X' without its article (lexicon placeLinks)", () => {
    expect(relationsIn("The SDF attacked Tel Tamer, then under control of the YPG.")).toEqual([
      "clash syrian-democratic-forces ypg",
    ]);
  });
});
