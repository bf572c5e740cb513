import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 70. Sentences written for each family, none from a gold set.

describe("a plural role noun's examples after its 'of' owner (frames.ts describedAfter, lexicon listExamples)", () => {
  it("extractRelations(article, mentions) reads 'rivals of X such as A and B' and 'allies of X including A' as X's", () => {
    expect(relationsIn("In 2016 Tehran feared other rivals of Iran such as Saudi Arabia and the United States."))
      .toEqual(["rival iran saudi-arabia", "rival iran united-states"]);
    expect(relationsIn("In 2016 the allies of Russia including Iran sent troops.")).toEqual(["ally iran russia"]);
    expect(relationsIn("In 2015 members of the Army of Conquest, including Ahrar al-Sham, attacked Idlib."))
      .toContain("member ahrar-al-sham jaish-al-fatah");
  });

  it("extractRelations(article, mentions) reads no examples after a singular noun's owner", () => {
    expect(relationsIn("In 2016 the ally of Russia, such as it was, sent Iran a letter.")).toEqual([]);
  });
});

describe("a place noun before 'from' names whom the place was taken from (chunks.ts placeSource, lexicon placeNouns)", () => {
  it("extractRelations(article, mentions) reads 'captured P and nearby areas from X' as fighting X", () => {
    expect(relationsIn("In 2016 the SDF captured the town and nearby areas from ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2016 the SDF seized the village and other positions from ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) still reads a person noun's 'from X' as X's people", () => {
    expect(relationsIn("In 2016 fighters from ISIL attacked the SDF.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("a second predicate after ', and' has the clause's subject (sentence-view.ts predicateComma)", () => {
  it("extractRelations(article, mentions) reads 'X joined the battle, and expelled Y' with X the subject, an adverb between too", () => {
    expect(relationsIn("In 2014 the al-Nusra Front joined the battle, and expelled ISIL from the town.")).toEqual([
      "clash islamic-state jabhat-al-nusra",
    ]);
    expect(relationsIn("In 2014 the al-Nusra Front joined the battle, and later attacked ISIL.")).toEqual([
      "clash islamic-state jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) reads no subject for a noun opening its own clause after ', and'", () => {
    expect(
      relationsIn("In 2019 the SDF had taken full control of the town, and clashes were nearing the Turkish border."),
    ).toEqual([]);
  });
});

describe("a participle on a clause-opening noun phrase describes the copula's complement (frames.ts copulaComplement)", () => {
  it("extractRelations(article, mentions) reads 'The group backed by X is D' and 'The groups supporting X were A and B'", () => {
    expect(relationsIn("In 2018 the main group backed by Turkey is the Sultan Murad Division.")).toEqual([
      "ally sultan-murad-division turkey",
    ]);
    expect(relationsIn("In 2015 the groups supporting ISIL were Ansar al-Islam and Jund al-Aqsa.")).toEqual([
      "ally ansar-al-islam islamic-state",
      "ally islamic-state jund-al-aqsa",
    ]);
    expect(
      relationsIn(
        "In 2014 another FSA faction financially supported by Saudi Arabia was the Syrian Revolutionaries Front.",
      ),
    )
      .toContain("ally saudi-arabia syrian-revolutionaries-front");
  });

  it("extractRelations(article, mentions) reads no complement where a name, not a plain noun phrase, is the participle's subject", () => {
    expect(relationsIn("In 2016 Russia supporting the Syrian Government is a problem for Turkey.")).toEqual([
      "ally russia syrian-government",
    ]);
  });
});
