import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a reflexive object between a verb and its preposition (lexicon reflexivePronouns)", () => {
  it("extractRelations(article, mentions) reads 'X allied itself with Y' as 'X allied with Y'", () => {
    expect(relationsIn("Liwa Thuwar al-Raqqa allied itself with the YPG in 2014.")).toEqual([
      "ally liwa-thuwar-al-raqqa ypg",
    ]);
    expect(relationsIn("Other Assyrian groups such as Sootoro ally themselves with the Syrian government.")).toEqual([
      "ally sutoro syrian-government",
    ]);
  });
});

describe("a range of numbers counting an act ('launched between 70 and 80 airstrikes on Y')", () => {
  it("extractRelations(article, mentions) reads the act noun past 'between N and M', 'N or M' and 'N to M'", () => {
    expect(relationsIn("The U.S. launched between 70 and 80 airstrikes on ISIL militants in Afghanistan.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(relationsIn("Russia carried out two or three raids on Jaysh al-Islam positions.")).toEqual([
      "clash jaish-al-islam russia",
    ]);
  });
});

describe("cover given by a party ('under the cover of Y's airstrikes'): noun trigger 'cover'", () => {
  it("extractRelations(article, mentions) reads cover as backing, and the act inside it as no cause of the advance", () => {
    expect(relationsIn("The SDF advanced under cover of US-led coalition airstrikes.")).toEqual([
      "ally syrian-democratic-forces us-led-coalition",
    ]);
    expect(relationsIn("The SDF withdrew under ISIS shelling.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("an act of one side naming its participants (lexicon actParticipantLinks)", () => {
  it("extractRelations(article, mentions) relates the parties an offensive or operation 'included' as allies", () => {
    expect(
      relationsIn("The Manbij offensive has included the Manbij Military Council, US special forces and the YPG."),
    ).toEqual([
      "ally manbij-military-council united-states",
      "ally manbij-military-council ypg",
      "ally united-states ypg",
    ]);
  });

  it("extractRelations(article, mentions) leaves the participants of a two-sided act ('The battle involved A and B')", () => {
    expect(relationsIn("The battle involved the SDF and ISIS.")).toEqual([]);
  });
});

describe("names joined by hyphens after 'joint' or 'combined' (lexicon jointCompoundOpeners)", () => {
  it("extractRelations(article, mentions) relates the names of 'a joint A-B force' as allies", () => {
    expect(relationsIn("In October a joint ISIL-Nusra force attacked the town of Arsal.")).toEqual([
      "ally islamic-state jabhat-al-nusra",
    ]);
    expect(relationsIn("The dam was raided by a combined SDF-U.S. special forces contingent.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });
});

describe("a fight that leaves the counted dead of two sides (lexicon casualtyResults)", () => {
  it("extractRelations(article, mentions) sets the two sides of 'fighting left A and B dead' against each other", () => {
    expect(relationsIn("The first day of fighting left 70 Syrian Army and 40 ISIL fighters dead.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) still reads 'left 569 killed, including A and B' by what follows", () => {
    expect(
      relationsIn("Fighting in the region left 569 killed, including 271 pro-government troops and 298 ISIL fighters."),
    ).toEqual(["clash islamic-state syrian-government"]);
  });
});

describe("forcing a party to retreat (lexicon causativeVerbs and retreatInfinitives)", () => {
  it("extractRelations(article, mentions) sets the subject against the party it forced to retreat", () => {
    expect(relationsIn("On 26 January, the YPG forced remaining ISIL forces in Kobani to retreat.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("ISIL advanced towards Kobani, forcing the YPG to withdraw from the villages.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) leaves a retreat with an object of its own ('to withdraw its troops')", () => {
    expect(relationsIn("The United States forced Turkey to withdraw its troops.")).toEqual([]);
  });
});
