import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a verb of naming whose object is a relative pronoun ('X, which Y considers a terrorist group')", () => {
  it("extractRelations(article, mentions) relates the naming subject to the name the pronoun stands for", () => {
    expect(relationsIn("The PKK, which Turkey considers a terrorist group, attacked the town.")).toEqual([
      "rival pkk turkey",
    ]);
    expect(relationsIn("The YPG (which Turkey regards as a terrorist organisation) captured the town.")).toEqual([
      "rival turkey ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads 'to be' before the label ('considers X to be a terrorist group')", () => {
    expect(relationsIn("Turkey considers the PKK to be a terrorist group.")).toEqual(["rival pkk turkey"]);
  });

  // (Round 71 made "a threat" a label, as the Wikipedia gold sets read it; the unlabelled example is now a movement.)
  it("extractRelations(article, mentions) still reads nothing without a label ('which Turkey considers a movement')", () => {
    expect(relationsIn("The PKK, which Turkey considers a political movement, attacked the town.")).toEqual([]);
  });
});

describe("fighting under a coalition's banner (noun trigger 'banner')", () => {
  it("extractRelations(article, mentions) reads the groups under the banner of X as members of X", () => {
    expect(relationsIn("Ahrar al-Sham and Jabhat al-Nusra fought under the banner of the Army of Conquest.")).toEqual([
      "member ahrar-al-sham jaish-al-fatah",
      "member jabhat-al-nusra jaish-al-fatah",
    ]);
  });
});

describe("a stance 'hostile to' a party (trigger 'hostile', as 'opposed to')", () => {
  it("extractRelations(article, mentions) reads 'X became hostile to Y' as a rivalry", () => {
    expect(relationsIn("Turkey became increasingly hostile to the Syrian government.")).toEqual([
      "rival syrian-government turkey",
    ]);
  });
});

describe("an organisation's members named after it ('NATO member Turkey'; memberKindNouns)", () => {
  it("extractRelations(article, mentions) reads a state after 'X member' as a member of X", () => {
    expect(relationsIn("In 2015 NATO member Turkey shot down a Russian jet.")).toContain("member turkey nato");
  });

  it("extractRelations(article, mentions) reads every example after 'X members like', and no name after the list", () => {
    expect(
      relationsIn("NATO members like Canada, France, and Germany, together with Russia, urged continued diplomacy."),
    ).toEqual(["member canada nato", "member france nato", "member germany nato"]);
  });
});
