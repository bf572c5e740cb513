import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { crosswalkNames, extractMentions } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import type { Gazetteer, Group } from "../../lib/records/mod.ts";

const group = (id: string, aliases: string[], acled: string[]): Group => ({
  id,
  name: aliases[0],
  kind: "group",
  aliases,
  acronyms: [],
  founded: null,
  dissolved: null,
  lineage: [],
  descriptors: [],
  acled,
  sources: ["test"],
});

const gazetteer: Gazetteer = {
  description: "test",
  groups: [
    group("syrian-government", ["Syrian government"], [
      "Military Forces of Syria (2000-2024)",
      "Military Forces of Syria (2000-)",
    ]),
    group("levant-front", ["Levant Front"], ["JaS: Levant Front"]),
    group("a", ["Group A"], ["Shared Name (2012-)"]),
    group("b", ["Group B"], ["Shared Name (2016-)"]),
  ],
};

const groupsIn = (text: string) =>
  extractMentions(articleFromText("x", text, "2019-05-01"), gazetteer, defaultReference().lexicon).map((m) =>
    `${m.surface}→${m.groupId}`
  );

describe("crosswalkNames(gazetteer)", () => {
  it("crosswalkNames(gazetteer) drops ACLED's period in brackets and reads an acronym before a colon", () => {
    const { names, acronyms } = crosswalkNames(gazetteer);
    expect(names).toContainEqual({ groupId: "syrian-government", name: "Military Forces of Syria" });
    expect(names).toContainEqual({ groupId: "levant-front", name: "Levant Front" });
    expect(acronyms).toEqual([{ groupId: "levant-front", acronym: "JaS" }]);
  });

  it("crosswalkNames(gazetteer) leaves out a name two groups state", () => {
    expect(crosswalkNames(gazetteer).names.map((n) => n.name)).not.toContain("Shared Name");
  });
});

describe("extractMentions(article, gazetteer) with crosswalk names", () => {
  it("extractMentions reads ACLED's actor names and acronyms as the group's", () => {
    expect(groupsIn("Military Forces of Syria shelled the town. JaS fighters repelled them.")).toEqual([
      "Military Forces of Syria→syrian-government",
      "JaS→levant-front",
    ]);
  });
});
