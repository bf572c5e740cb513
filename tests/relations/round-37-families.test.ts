import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a second participle joined to a first one's agent ('X, spearheaded by A and backed by B, launched')", () => {
  it("extractRelations(article, mentions) relates the second participle's agent to the name both describe", () => {
    expect(
      relationsIn(
        "The Syrian Army, spearheaded by the Tiger Forces and backed by the National Defence Forces, launched an offensive.",
      ),
    ).toEqual(["ally national-defence-forces syrian-government"]);
  });

  it("extractRelations(article, mentions) keeps support given to an offensive's leader ('an offensive led by X and backed by Y')", () => {
    expect(relationsIn("An offensive led by the SDF and backed by the US began.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });
});

describe("halting or blunting a party's act (triggers 'halt', 'blunt'; lexicon patientVerbs)", () => {
  it("extractRelations(article, mentions) reads 'X halted the Y advance' and its passive as a clash", () => {
    expect(relationsIn("A Coalition airstrike halted the ISIL advance.")).toEqual([
      "clash islamic-state us-led-coalition",
    ]);
    expect(relationsIn("The ISIL advance was halted by the YPG.")).toEqual(["clash islamic-state ypg"]);
  });

  it("extractRelations(article, mentions) reads no relation from support or deliveries halted", () => {
    expect(relationsIn("The US halted support for the FSA.")).toEqual([]);
    expect(relationsIn("The US halted arms deliveries to the SDF.")).toEqual([]);
    expect(relationsIn("Report: US stalled Israeli strike on Syria")).toEqual([]);
  });
});

describe("a place cleared of or from a party by another (trigger 'clear', passive with 'from'/'of')", () => {
  it("extractRelations(article, mentions) reads 'cleared from/of X by Y' as a clash", () => {
    expect(relationsIn("The city had been cleared of ISIL by the SDF.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("The area was cleared of mines by the SDF.")).toEqual([]);
  });
});
