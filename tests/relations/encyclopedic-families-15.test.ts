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

// Issue 10, round 68, second part: families found in the misses and false readings of list items 84 and 85 (read from
// this part on). Sentences written for each family, none from a gold set.
describe("a name described as 'a/another X group' (read-relations describedByKind: colon, comma or copula)", () => {
  it("extractRelations(article, mentions) reads 'A: another FSA group', 'A, an FSA faction,' and 'A is an FSA brigade' as memberships", () => {
    expect(relationsIn("Jaysh al-Nasr: another FSA group.")).toEqual(["member jaish-al-nasr free-syrian-army"]);
    expect(relationsIn("In 2016 the Hamza Division, an Arab FSA faction, fought the YPG.")).toEqual([
      "clash hamza-division ypg",
      "member hamza-division free-syrian-army",
    ]);
    expect(relationsIn("The Hamza Division is an FSA brigade.")).toEqual(["member hamza-division free-syrian-army"]);
  });

  it("extractRelations(article, mentions) reads no membership in a whole that is no coalition ('an al-Qaeda group')", () => {
    expect(relationsIn("The Nusra Front, an al-Qaeda group, took the town.")).not.toContain(
      "member jabhat-al-nusra al-qaeda",
    );
  });
});

describe("aircraft downed (lexicon down: 'downed', 'downs', never the bare particle)", () => {
  it("extractRelations(article, mentions) reads 'X downed a Turkish drone' and 'a Turkish drone was downed by X' as fighting", () => {
    expect(relationsIn("In 2020 the Syrian Army downed a Turkish drone.")).toEqual(["clash syrian-government turkey"]);
    expect(relationsIn("In 2020 a Turkish Army drone was downed by the Syrian Army near Saraqib.")).toEqual([
      "clash syrian-government turkey",
    ]);
    expect(relationsIn("In 2020 the Syrian Army shut down the border with Turkey.")).toEqual([]);
  });
});

describe("a party that constitutes a share of a whole (lexicon constitute)", () => {
  it("extractRelations(article, mentions) reads 'A, which constitutes the majority of B' and 'A constitutes the bulk of B' as membership", () => {
    expect(relationsIn("In 2019 YPG forces, which constitute the majority of the SDF, withdrew.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2017 the YPG constituted the bulk of the SDF.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2018 the presence of Hezbollah constituted a threat to Israel.")).toEqual([]);
  });
});

describe("an unnamed whole's members after 'that included' (lexicon listExamples)", () => {
  it("extractRelations(article, mentions) reads a hostile act on 'an alliance that included A and B' as against each", () => {
    expect(
      relationsIn(
        "In 2015 the Syrian Army fought against an alliance that included the Nusra Front and Ahrar al-Sham.",
      ),
    ).toEqual([
      "clash ahrar-al-sham syrian-government",
      "clash jabhat-al-nusra syrian-government",
    ]);
  });
});

describe("a modal before a passive's auxiliary (frames.ts passiveAuxiliaryStart)", () => {
  it("extractRelations(article, mentions) reads nothing where the passive only would or could happen", () => {
    expect(relationsIn("In 2019 the zone would be controlled jointly by the Syrian Army and Russia.")).toEqual([]);
    expect(relationsIn("In 2019 the zone was controlled jointly by the Syrian Army and Russia.")).toEqual([
      "ally russia syrian-government",
    ]);
  });
});

describe("a relative after an indefinite role noun's 'of' (sentence-view roleNounObject)", () => {
  it("extractRelations(article, mentions) refuses the name after 'of' as the relative's subject in 'a close ally of Y who supports Z'", () => {
    expect(relationsIn("In 2016 Serbia, a traditional ally of Russia who supports the Syrian government, sent aid."))
      .toEqual([]);
    expect(relationsIn("In 2016 Russia, which supports the Syrian government, sent aid.")).toEqual([
      "ally russia syrian-government",
    ]);
  });
});

describe("a purported act (guard: purport)", () => {
  it("extractRelations(article, mentions) reads nothing a video only purports to show", () => {
    expect(relationsIn("In 2018 a video purported to show an Israeli jet downed by the Syrian Army.")).toEqual([]);
  });
});

describe("people a name possesses as a hostile act's target (sentence-view possessedPeople, lexicon targetPeople)", () => {
  it("extractRelations(article, mentions) reads 'X killed ISIS's top commander' as it reads 'a senior ISIS commander'", () => {
    expect(relationsIn("In 2017 the SDF killed ISIS's top commander in Raqqa.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing where the act is no hostile one ('X met Hezbollah's commander')", () => {
    expect(relationsIn("In 2017 the SDF met Hezbollah's commander in Raqqa.")).toEqual([]);
  });
});

describe("acting in conjunction with a party (lexicon conjunction) and working with one (lexicon work)", () => {
  it("extractRelations(article, mentions) reads 'X did P in conjunction with Y' and 'A and B work with C' as alliances", () => {
    expect(relationsIn("In 2014 Qatar ran a training base for rebels in conjunction with US forces.")).toEqual([
      "ally qatar united-states",
    ]);
    expect(relationsIn("In 2016 the Turkistan Islamic Party worked closely with the Nusra Front.")).toEqual([
      "ally jabhat-al-nusra turkistan-islamic-party",
    ]);
  });

  it("extractRelations(article, mentions) reads no alliance from two states working together, nor from '-ing' after an unnamed noun", () => {
    expect(relationsIn("In 2017 Russia worked with Turkey on a ceasefire.")).toEqual([]);
    expect(relationsIn("In 2015 coalition jets protected Kurdish forces working with US advisers.")).not.toContain(
      "ally united-states us-led-coalition",
    );
  });
});

describe("taking part in a party's act, with adjectives (participationVerbs 'took active part in'; an adjective before the act's place)", () => {
  it("extractRelations(article, mentions) reads 'X took active part in Y's renewed Aleppo offensive' as an alliance", () => {
    expect(relationsIn("In 2016 Russia took active part in the Syrian government's renewed Aleppo offensive.")).toEqual(
      [
        "ally russia syrian-government",
      ],
    );
    expect(relationsIn("In 2016 Hezbollah took an active part in the Syrian Army's offensive.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });
});

describe("taking over a party's positions (lexicon take over) and places manned or defended by a party (placeLinks)", () => {
  it("extractRelations(article, mentions) reads 'X took over two Y positions' and 'stormed an outpost manned by 40 Y fighters' as fighting", () => {
    expect(relationsIn("In 2014 YPG fighters took over two ISIS positions near the hill.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("In 2013 FSA fighters stormed an outpost manned by 40 foreign al-Qaeda fighters.")).toEqual([
      "clash al-qaeda free-syrian-army",
    ]);
    expect(relationsIn("In 2017 the SDF attacked a base defended by ISIS fighters.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing where what is taken over is no party's ('took over the leadership of X')", () => {
    expect(relationsIn("In 2010 Abu Bakr al-Baghdadi took over the leadership of ISIS.")).toEqual([]);
  });
});

describe("a contractor's hired men (partyLinks 'hired by')", () => {
  it("extractRelations(article, mentions) reads 'the men hired by X perished in a firefight with Y' as X fighting Y", () => {
    expect(relationsIn("In 2013 the men hired by Slavonic Corps perished in a firefight with ISIS.")).toEqual([
      "clash islamic-state slavonic-corps",
    ]);
  });
});
