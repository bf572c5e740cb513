import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 66. Sentences written for each family, none from a gold set.
describe("the party a subject joined in an act acts in it too (subjectOf: joinedCompanion)", () => {
  it("extractRelations(article, mentions) reads 'X joined Y in <gerund> Z' as both fighting Z", () => {
    expect(relationsIn("In 2016 Hezbollah joined the Syrian Army in attacking ISIS near Palmyra.")).toEqual([
      "ally hezbollah syrian-government",
      "clash hezbollah islamic-state",
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X joined Y in clashes with Z' and 'in an offensive against Z' alike", () => {
    expect(relationsIn("In 2015 Jaish al-Fatah joined ISIL in clashes with the YPG.")).toEqual([
      "ally islamic-state jaish-al-fatah",
      "clash islamic-state ypg",
      "clash jaish-al-fatah ypg",
    ]);
    expect(relationsIn("In 2017 Russia joined Iran in a major campaign against the FSA.")).toEqual([
      "ally iran russia",
      "clash free-syrian-army iran",
      "clash free-syrian-army russia",
    ]);
  });

  it("extractRelations(article, mentions) adds no companion where 'in' opens no act or the joined is no party", () => {
    expect(relationsIn("In 2015 Ahrar al-Sham joined Jaish al-Fatah in Idlib.")).toEqual([
      "joined ahrar-al-sham jaish-al-fatah",
    ]);
    expect(relationsIn("In 2016 the FSA joined in an offensive against ISIS.")).toEqual([
      "clash free-syrian-army islamic-state",
    ]);
  });
});

describe("structures and parts of a territory a party holds (lexicon placeNouns)", () => {
  it("extractRelations(article, mentions) reads 'attacked warehouses held by Y' and 'shelled the airport controlled by Y' as clashes", () => {
    expect(relationsIn("In 2016 the al-Nusra Front attacked warehouses held by Jaysh al-Islam.")).toEqual([
      "clash jabhat-al-nusra jaish-al-islam",
    ]);
    expect(relationsIn("In 2014 the Syrian Army shelled the airport controlled by ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("In 2018 Turkey struck the suburbs held by the YPG.")).toEqual(["clash turkey ypg"]);
  });
});

describe("a group that broke away from another (role nouns 'breakaway', 'breakaway group', 'breakaway faction', 'splinter faction')", () => {
  it("extractRelations(article, mentions) reads the compound 'the X breakaway Y' and the apposition 'Y, an X breakaway group' as a split", () => {
    expect(relationsIn("In 2015 the al-Qaida breakaway Islamic State of Iraq and the Levant seized Palmyra.")).toEqual([
      "split islamic-state al-qaeda",
    ]);
    expect(relationsIn("In 2014 ISIS, an al-Qaeda breakaway group, seized Raqqa.")).toEqual([
      "split islamic-state al-qaeda",
    ]);
  });

  it("extractRelations(article, mentions) reads 'a breakaway faction of X' as a split only, not as a faction of X", () => {
    expect(relationsIn("In 2016 Jund al-Aqsa, a breakaway faction of Nusra Front, fought in Hama.")).toEqual([
      "split jund-al-aqsa jabhat-al-nusra",
    ]);
    expect(relationsIn("In 2016 Jund al-Aqsa, a splinter faction of Nusra Front, fought in Hama.")).toEqual([
      "split jund-al-aqsa jabhat-al-nusra",
    ]);
  });
});
