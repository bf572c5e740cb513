import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("breaking into a place is an act against its holder (lexicon 'break into', frame heldPlace; round 74)", () => {
  it("extractRelations(article, mentions) reads breaking into a place whose holder is named with it", () => {
    expect(relationsIn("The SDF broke into the town held by ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("The SDF broke into the Manbij Silos, one of the most important ISIL strongholds.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("The SDF and the Syrian Army broke into the ISIL-held town.")).toEqual([
      "ally syrian-democratic-forces syrian-government",
      "clash islamic-state syrian-democratic-forces",
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no enemy from a place no holder is named with", () => {
    expect(relationsIn("Iraqi special forces broke into the city.")).toEqual([]);
    // (the last sentence's taker is not the holder: allies follow each other into a town)
    expect(relationsIn("ISIL captured the town. The SDF broke into the town.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no enemy from entering a held place: armies enter by agreement too", () => {
    expect(relationsIn("Subsequently, the Syrian Army entered several SDF-held towns.")).toEqual([]);
  });
});
