import { describe, expect, it } from "vitest";
import { mentionsIn } from "./fixture.ts";
import { gazetteerTriples } from "../relations/fixtures.ts";

const idsIn = (text: string, date: string) => mentionsIn(text, date).map((m) => m.groupId);

// Issue 10, round 65: wire copy names the SDF by what it is.
describe("the SDF as 'a Kurdish-Arab alliance' or 'an Arab-Kurdish coalition' (data/groups.json descriptors)", () => {
  it("extractMentions(article) reads them as the SDF from its founding in October 2015 on", () => {
    expect(idsIn("The US-backed Kurdish-Arab alliance seized a road junction near Raqqa.", "2016-06-01")).toContain(
      "syrian-democratic-forces",
    );
    expect(idsIn("An Arab-Kurdish coalition battling IS advanced on Manbij.", "2016-06-01")).toEqual([
      "syrian-democratic-forces",
      "islamic-state",
    ]);
  });

  it("extractMentions(article) leaves a Kurdish-Arab alliance before the SDF existed alone", () => {
    expect(idsIn("A Kurdish-Arab alliance fought near Kobani.", "2014-10-01")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads the described SDF's backer and enemy", () => {
    expect(gazetteerTriples("The US-backed Kurdish-Arab alliance seized a village from ISIS near Raqqa.", "2016-06-01"))
      .toEqual(["ally syrian-democratic-forces united-states", "clash islamic-state syrian-democratic-forces"]);
  });
});
