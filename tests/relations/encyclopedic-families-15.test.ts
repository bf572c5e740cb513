import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 68. Sentences written for each family, none from a gold set.
describe("a name's plural group noun with examples (lexicon setExampleNouns; chunks.ts namedSetExamples)", () => {
  it("extractRelations(article, mentions) reads the examples of 'X factions including A and B' as members of X acting with it", () => {
    expect(
      relationsIn("In 2017 three FSA factions including the Hamza Division and the Levant Front attacked the YPG."),
    )
      .toEqual([
        "ally hamza-division levant-front",
        "clash free-syrian-army ypg",
        "clash hamza-division ypg",
        "clash levant-front ypg",
        "member hamza-division free-syrian-army",
        "member levant-front free-syrian-army",
      ]);
    expect(relationsIn("In 2016 SDF units, such as the YPG and the Syriac Military Council, held the dam.")).toEqual([
      "member syriac-military-council syrian-democratic-forces",
      "member ypg syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads examples after a gazetteer name that is itself a set of groups ('pro-Iranian militias including A')", () => {
    expect(relationsIn("In 2021 pro-Iranian militias including Kataib Hezbollah shelled the base.")).toEqual([
      "member kataib-hezbollah iranian-backed-militias",
    ]);
  });

  it("extractRelations(article, mentions) reads no members after 'forces' or 'fighters', nor an example that names no group", () => {
    expect(relationsIn("In 2016 Syrian government forces, including Hezbollah, attacked Aleppo.")).not.toContain(
      "member hezbollah syrian-government",
    );
    expect(relationsIn("In 2016 FSA factions, including a commander's brigade, left Aleppo.")).toEqual([]);
  });
});

describe("arms supplied 'to' a party 'by' another (lexicon supply, provide: passive with 'to')", () => {
  it("extractRelations(article, mentions) reads 'weapons supplied to X by Y' and 'provided to X by Y' as backing", () => {
    expect(relationsIn("In 2015 weapons supplied to the SDF by the United States were captured.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(relationsIn("In 2014 missiles were provided to the Free Syrian Army by Qatar.")).toEqual([
      "ally free-syrian-army qatar",
    ]);
  });
});

describe("a place rid, purged or cleared of a party (lexicon rid, purge; clear's 'of' past a longer place phrase)", () => {
  it("extractRelations(article, mentions) reads 'X rid P of Y', 'P was purged of Y by X' and 'X cleared the P in Q of Y' as fighting", () => {
    expect(relationsIn("In 2017 the SDF rid the village of ISIS fighters.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2018 the district was purged of Nusra Front fighters by the Syrian Army.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(relationsIn("In 2017 the SDF cleared the old market in eastern Raqqa of ISIS fighters.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing where what is purged holds no party ('purged its ranks of officers')", () => {
    expect(relationsIn("In 2013 the FSA purged its ranks of corrupt officers.")).toEqual([]);
  });
});

describe("a place whose relative clause names its holder (lexicon holderVerbs: 'the plant that X had captured')", () => {
  it("extractRelations(article, mentions) reads a hostile act on 'the P that X had captured' or 'P which X controls' as against X", () => {
    expect(relationsIn("In 2017 ISIS fighters attacked the sugar plant that the SDF had captured.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2018 Turkish jets bombed villages which the YPG controls.")).toEqual([
      "clash turkey ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no holder from a verb of leaving ('the town that X had abandoned')", () => {
    expect(relationsIn("In 2017 the SDF entered the town that ISIS had abandoned.")).toEqual([]);
  });
});
