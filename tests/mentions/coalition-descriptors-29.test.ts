import { describe, expect, it } from "vitest";
import { mentionsIn } from "./fixture.ts";
import { gazetteerTriples } from "../relations/fixtures.ts";

const idsIn = (text: string, date: string) => mentionsIn(text, date).map((m) => m.groupId);
const read = (text: string) => gazetteerTriples(text, "2017-05-01");

describe("the US-led coalition as the Western coalition, the global coalition and by its drone strikes (data/groups.json)", () => {
  it("extractMentions(article) reads them as the US-led coalition in a text of its period", () => {
    expect(idsIn("The SDF, with support from the Western Coalition, took the dam.", "2017-05-01")).toContain(
      "us-led-coalition",
    );
    expect(idsIn("A coalition drone strike in Raqqa killed two ISIL leaders.", "2017-05-01")).toContain(
      "us-led-coalition",
    );
    expect(idsIn("The global coalition against ISIL struck Raqqa.", "2017-05-01")).toEqual(["us-led-coalition"]);
  });

  it("extractMentions(article) leaves the Western coalition of 2003 alone", () => {
    expect(idsIn("The Western coalition invaded Iraq.", "2003-04-01")).not.toContain("us-led-coalition");
  });
});

describe("the coalition's support as backing (descriptors 'coalition air support', 'coalition artillery')", () => {
  it("extractRelations(article, mentions) reads 'X, with coalition air support, captured P from Y' as the coalition backing X", () => {
    const relations = read("The SDF, with coalition air support, captured Tabqa from ISIL.");
    expect(relations).toEqual([
      "ally syrian-democratic-forces us-led-coalition",
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("support named by its giver after 'with heavy', 'under' and 'backed by' (supportPartyRelations)", () => {
  it("extractRelations(article, mentions) reads the giver as the backer past plain words after 'with' and after 'under'", () => {
    // (Round 88: "due to" is a cause link, so the advances' agent is set against the subject too.)
    expect(read("ISIL lost territory due to advances by SDF forces with heavy Coalition air support.")).toEqual([
      "ally syrian-democratic-forces us-led-coalition",
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("Under near-constant Coalition air support, SDF fighters advanced 1.5 km.")).toEqual([
      "ally syrian-democratic-forces us-led-coalition",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X, backed by Y air support,' as Y backing X", () => {
    expect(read("The YPG, backed by Russian air support, launched an assault on Sarrin.")).toEqual([
      "ally russia ypg",
    ]);
  });
});
