import { describe, expect, it } from "vitest";
import { figureOf, figuresOf } from "./fixture.ts";

const kindOf = (text: string) => figureOf(text)?.kind;

describe("extractFigures(article) kinds", () => {
  it("extractFigures(article) reads killed from killed, dead, died, martyrs, lost, massacred, executed", () => {
    expect(kindOf("Airstrikes killed 12 people.")).toBe("killed");
    expect(kindOf("The clashes left 40 dead.")).toBe("killed");
    expect(kindOf("Nine civilians died in shelling.")).toBe("killed");
    expect(kindOf("We have 300 martyrs.")).toBe("killed");
    expect(kindOf("Six more people lost their lives.")).toBe("killed");
    expect(kindOf("Troops massacred 40 villagers.")).toBe("killed");
    expect(kindOf("The group executed 19 men.")).toBe("killed");
  });
  it("extractFigures(article) reads no kind from a word an object inherits ('constructor')", () => {
    expect(figuresOf("The constructor said 12 people came.")).toEqual([]);
    expect(figuresOf("12 constructor workers were killed.").map((f) => f.kind)).toEqual(["killed"]);
  });
  it("extractFigures(article) reads injured, casualties, displaced, refugees, besieged, detained", () => {
    expect(kindOf("Another 70 were wounded.")).toBe("injured");
    expect(kindOf("The blast injured 22 people.")).toBe("injured");
    expect(kindOf("The UN received reports of at least 13 casualties.")).toBe("casualties");
    expect(kindOf("Some 5,000 people fled the town.")).toBe("displaced");
    expect(kindOf("The fighting uprooted 100000 civilians.")).toBe("displaced");
    expect(kindOf("Jordan hosts 600,000 refugees.")).toBe("refugees");
    expect(kindOf("An estimated 50000 civilians are besieged in al-Waer.")).toBe("besieged");
    expect(kindOf("Militants abducted 220 Assyrians.")).toBe("detained");
    expect(kindOf("Police detained 15 protesters.")).toBe("detained");
  });
  it("extractFigures(article) reads fighters from fighters, militants, recruits, defected", () => {
    expect(kindOf("The alliance has enlisted thousands of fighters who have defected.")).toBe("fighters");
    expect(kindOf("The group commands some 9000 militants.")).toBe("fighters");
    expect(kindOf("It trained 500 recruits last year.")).toBe("fighters");
  });
  it("extractFigures(article) prefers a casualty cue over fighters ('killing 14 fighters')", () => {
    expect(kindOf("A bomb exploded, killing 14 fighters and wounding others.")).toBe("killed");
  });
  it("extractFigures(article) reads the passive-distant form 'Rockets fired during the fighting killed five members of a family'", () => {
    const f = figureOf("Rockets fired during the fighting killed five members of a family, most of them women.")!;
    expect([f.kind, f.low, f.who]).toEqual(["killed", 5, "members of a family"]);
  });
  it("extractFigures(article) reads 'we have lost more than 300 martyrs' as killed", () => {
    expect(kindOf('"In three years we have lost more than 300 martyrs," he said.')).toBe("killed");
  });
  it("extractFigures(article) reads 'has killed more than 310,000 people and displaced millions' as two figures", () => {
    const figures = figuresOf("Syria's civil war has killed more than 310,000 people and displaced millions.");
    expect(figures.map((f) => [f.kind, f.low])).toEqual([["killed", 310000], ["displaced", 1_000_000]]);
  });
  it("extractFigures(article) gives coordinated numbers the verb they share", () => {
    const figures = figuresOf("The Observatory said 30 regime soldiers and 39 rebel fighters had been killed.");
    expect(figures.map((f) => [f.kind, f.low, f.who])).toEqual([["killed", 30, "soldiers"], [
      "killed",
      39,
      "fighters",
    ]]);
  });
  it("extractFigures(article) reads a number in an aside with the number it belongs to", () => {
    const figures = figuresOf("Strikes killed 14 people including three children fleeing across the river.");
    expect(figures.map((f) => [f.kind, f.low, f.who])).toEqual([["killed", 14, null], ["killed", 3, "children"]]);
  });
  it("extractFigures(article) reads a count past an aside set off by commas ('2,000 people, including 40 wounded, fled')", () => {
    const figures = figuresOf("Some 2,000 people, including 40 wounded, fled the town.");
    expect(figures.map((f) => [f.kind, f.low])).toEqual([["displaced", 2000], ["injured", 40]]);
    expect(kindOf("Thousands of people, including the sick and wounded, need food in Homs.")).not.toBe("injured");
    expect(kindOf("At least 30 people, including a commander, were wounded in Idlib.")).toBe("injured");
  });
  it("extractFigures(article) reads a toll far before its number ('The death toll from ... reached at least 112')", () => {
    expect(
      kindOf("The death toll from a bomb blast on a crowded bus convoy outside Aleppo reached at least 112 people."),
    ).toBe(
      "killed",
    );
  });
});
