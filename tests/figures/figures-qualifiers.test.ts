import { describe, expect, it } from "vitest";
import { figureOf } from "./fixture.ts";

const bounds = (text: string) => {
  const f = figureOf(text);
  return f && [f.qualifier, f.low, f.high, f.vagueTerm];
};

describe("extractFigures(article) qualifiers", () => {
  it("extractFigures(article) reads 'between 45,000 and 50,000' as a range", () => {
    expect(bounds("OCHA estimates that between 45,000 and 50,000 people have been displaced.")).toEqual([
      "between",
      45000,
      50000,
      null,
    ]);
  });
  it("extractFigures(article) reads 'X to Y' and 'X-Y' as ranges", () => {
    expect(bounds("Raids killed 40 to 50 people.")).toEqual(["between", 40, 50, null]);
    expect(bounds("Raids killed 40-50 people.")).toEqual(["between", 40, 50, null]);
  });
  it("extractFigures(article) reads 'at least' as an open floor", () => {
    expect(bounds("At least 13 people were killed.")).toEqual(["at_least", 13, null, null]);
  });
  it("extractFigures(article) reads 'more than' and 'over' as open floors", () => {
    expect(bounds("The war has killed more than 310,000 people.")).toEqual(["more_than", 310000, null, null]);
    expect(bounds("Strikes killed over 40 people.")).toEqual(["more_than", 40, null, null]);
  });
  it("extractFigures(article) reads 'nearly', 'almost', 'about', 'some', 'around' as about", () => {
    for (const word of ["nearly", "almost", "about", "some", "around"]) {
      expect(bounds(`Clashes killed ${word} 300 fighters.`)).toEqual(["about", 300, 300, null]);
    }
  });
  it("extractFigures(article) reads 'up to' and 'as many as' as ceilings", () => {
    expect(bounds("Up to 300,000 people are trapped in the besieged east.")).toEqual(["up_to", null, 300000, null]);
    expect(bounds("As many as 50 people were killed.")).toEqual(["up_to", null, 50, null]);
  });
  it("extractFigures(article) keeps vague words with ACLED's conventional values", () => {
    expect(bounds("Strikes killed dozens of civilians.")).toEqual(["vague", 12, null, "dozens"]);
    expect(bounds("Hundreds of civilians died in the attack.")).toEqual(["vague", 100, null, "hundreds"]);
    expect(bounds("Hundreds of thousands have been displaced.")).toEqual([
      "vague",
      100000,
      null,
      "hundreds of thousands",
    ]);
  });
  it("extractFigures(article) reads an unqualified number as exact", () => {
    expect(bounds("Thirteen civilians were killed.")).toEqual(["exact", 13, 13, null]);
    expect(bounds("A blast killed 10000 people.")).toEqual(["exact", 10000, 10000, null]);
  });
  it("extractFigures(article) spans the qualifier and the number with its offsets", () => {
    const text = "Officials said at least 13 people were killed.";
    const f = figureOf(text)!;
    expect(text.slice(f.start, f.end)).toBe("at least 13");
  });
});
