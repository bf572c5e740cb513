import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("the object of a verb of backing acts in the 'to' infinitive after it (lexicon controlVerbs)", () => {
  it("extractRelations(article, mentions) reads 'X supported Y to fight Z' as X backing Y and Y against Z, not X against Z", () => {
    expect(relationsIn("The United States supported the SDF to fight IS in 2014.")).toEqual([
      "ally syrian-democratic-forces united-states",
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("Turkey trained the FSA to fight ISIS.")).toEqual([
      "ally free-syrian-army turkey",
      "clash free-syrian-army islamic-state",
    ]);
    expect(relationsIn("Russia helped the Syrian Army to recapture Palmyra from ISIS.")).toEqual([
      "ally russia syrian-government",
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no act of the backer when the object is unnamed ('supported the Kurds to fight')", () => {
    expect(relationsIn("Even though the United States supported the Kurds to fight IS back in 2014, Trump stayed out."))
      .toEqual([]);
  });

  it("extractRelations(article, mentions) keeps a causative's object as the infinitive's subject ('forced A to battle Z')", () => {
    expect(relationsIn("This has forced Ahrar al-Sham and other groups to battle ISIS.")).toEqual([
      "clash ahrar-al-sham islamic-state",
    ]);
  });
});
