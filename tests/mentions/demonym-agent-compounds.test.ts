import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

// Issue 10, round 72: a state's demonym in an agent compound (lexicon names.json agentSuffixes) and a demonym before
// coordinated weapon modifiers. Sentences written for the families, none from a gold set.
describe("extractMentions(article) on a state's demonym in an agent compound (demonymCompoundSpans)", () => {
  it("reads 'Turkish-led forces', 'a Russian-commanded assault' as the state, as 'Turkey-led' is", () => {
    expect(pairs("Turkish-led forces entered the town. A Russian-commanded assault followed.")).toEqual([
      "Turkish→turkey",
      "Russian→russia",
    ]);
  });

  it("leaves a name that holds the compound to the name ('the American-led coalition')", () => {
    expect(pairs("The American-led coalition struck the town.")).toEqual([
      "American-led coalition→us-led-coalition",
    ]);
  });
});

describe("extractMentions(article) on a demonym before coordinated weapon modifiers (demonymArmsSpans)", () => {
  it("reads 'Russian air and missile strikes', 'US air, drone and artillery strikes' as the state", () => {
    expect(pairs("Russian air and missile strikes hit Idlib. US air, drone and artillery strikes hit Raqqa.")).toEqual([
      "Russian air and missile strikes→russia",
      "US air, drone and artillery strikes→united-states",
    ]);
  });

  it("reads no force where the word before the joiner modifies no weapon ('Russian diplomats and missile experts')", () => {
    expect(pairs("Russian diplomats and missile experts met in Geneva.")).toEqual([]);
  });
});

describe("extractMentions(article) on a state's bare name coordinated after a place (stateNameNotActor)", () => {
  it("reads 'based in Jordan and Turkey', 'fled to Jordan and Turkey' as places", () => {
    expect(
      pairs(
        "Operations rooms based in Jordan and Turkey attacked ISIL. Thousands fled to Jordan and Turkey.",
        "2016-05-01",
      ),
    )
      .toEqual(["ISIL→islamic-state"]);
  });

  it("still reads a state that acts after a coordinated place of another kind ('strikes in Syria and Iraq by the US')", () => {
    expect(pairs("Strikes in Syria and Iraq by the US killed ISIL fighters.", "2016-05-01")).toEqual([
      "US→united-states",
      "ISIL→islamic-state",
    ]);
  });
});

describe("extractMentions(article) on states listed with commas after a preposition (stateNameNotActor)", () => {
  it("reads each state of 'pledge to Poland, Germany and Italy formalised' as itself, not as a place", () => {
    expect(pairs("After the pledge to Poland, Germany and Italy formalised their alliance.", "1939-06-01")).toEqual([
      "Germany→germany",
      "Italy→italy",
    ]);
  });
});
