import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("the listed subjects of one clash with a third party (trigger 'clash', joint)", () => {
  it("extractRelations(article, mentions) reads 'A, along with B, clashed with C' as A and B allied against C", () => {
    expect(relationsIn("In October 2014, al-Nusra Front, along with Jund al-Aqsa, clashed with Ahrar al-Sham."))
      .toEqual([
        "ally jabhat-al-nusra jund-al-aqsa",
        "clash ahrar-al-sham jabhat-al-nusra",
        "clash ahrar-al-sham jund-al-aqsa",
      ]);
  });

  it("extractRelations(article, mentions) still sets 'A and B clashed' against each other, and reads no alliance without a target", () => {
    expect(relationsIn("Jabhat al-Nusra and Jund al-Aqsa clashed in Idlib.")).toEqual([
      "clash jabhat-al-nusra jund-al-aqsa",
    ]);
    expect(
      relationsIn("The Turkish military and the SDF began clashes with stated goals of an operation in Manbij."),
    ).not.toContain("ally syrian-democratic-forces turkey");
  });
});

describe("a held place past a compass aside ('villages west of Raqqa previously controlled by X')", () => {
  it("extractRelations(article, mentions) reads the holder named after the aside as the capture's target", () => {
    expect(relationsIn("The SDF captured many villages west of Raqqa previously controlled by ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("an act's participants named by what they send (lexicon actParticipantNouns, round 42)", () => {
  it("extractRelations(article, mentions) relates the parties after 'involved aircraft from' as allies", () => {
    expect(relationsIn("The overnight strikes involved aircraft from Saudi Arabia and the United Arab Emirates."))
      .toEqual([
        "ally saudi-arabia united-arab-emirates",
      ]);
    expect(relationsIn("The operation included troops from Turkey and the FSA.")).toEqual([
      "ally free-syrian-army turkey",
    ]);
  });
});

describe("the actors of one hostile act whose target stands for nothing named (round 43)", () => {
  it("extractRelations(article, mentions) reads 'It has been hit by A and B' as A and B side by side", () => {
    expect(relationsIn("It has regularly been hit by Syrian and Russian warplanes.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(relationsIn("Following the announcement, the group was disarmed by the Levant Front and the Turkish Army."))
      .toEqual(["ally levant-front turkey"]);
  });

  it("extractRelations(article, mentions) reads no alliance across 'as well as' there (a third actor may act apart)", () => {
    expect(
      relationsIn("It has regularly been hit by Syrian and Russian warplanes as well as the US-led coalition."),
    ).toEqual(["ally russia syrian-government"]);
  });
});

describe("the names listed on one side of 'pitted A against B and C' (round 44)", () => {
  it("extractRelations(article, mentions) reads the names on one side as allies, unless the fights were separate", () => {
    expect(relationsIn("The clashes pitted Jaish al-Islam against Fateh al-Sham and Faylaq al-Rahman.")).toEqual([
      "ally faylaq-al-rahman jabhat-fateh-al-sham",
      "clash faylaq-al-rahman jaish-al-islam",
      "clash jabhat-fateh-al-sham jaish-al-islam",
    ]);
    expect(
      relationsIn(
        "Two separate clashes in Jarabulus pitted Ahrar al-Sharqiya against the Sultan Murad Division and the Sham Legion.",
      ),
    ).not.toContain("ally faylaq-al-sham sultan-murad-division");
  });
});
