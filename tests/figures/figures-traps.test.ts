import { describe, expect, it } from "vitest";
import { figuresOf } from "./fixture.ts";

describe("extractFigures(article) traps", () => {
  it("extractFigures(article) skips years and dates", () => {
    expect(figuresOf("The war, which began in 2011, killed people on 23 June and June 24 in Daraa.")).toEqual([]);
    expect(figuresOf("Mon Jul 18 2016 21 Civilians Killed in Coalition Attacks.").map((f) => f.low)).toEqual([21]);
  });
  it("extractFigures(article) skips ages", () => {
    // the age is never a count; the boy is one, implicit (issue 12)
    expect(figuresOf("A 12-year-old boy was killed.").map((f) => [f.low, f.implicit])).toEqual([[1, true]]);
    expect(figuresOf("The victim, aged 45, was killed.")).toEqual([]);
  });
  it("extractFigures(article) skips '3 min read'", () => {
    expect(figuresOf("3 min read\nRockets killed people.")).toEqual([]);
  });
  it("extractFigures(article) skips resolution and article numbers", () => {
    expect(figuresOf("Resolution 2254 and Article 51 were cited after the attack killed people.")).toEqual([]);
    expect(figuresOf("In accordance with Title 17 U.S.C. Section 107, deaths are listed.")).toEqual([]);
  });
  it("extractFigures(article) skips percentages", () => {
    expect(figuresOf("Some 40 percent of those killed were children.")).toEqual([]);
    expect(figuresOf("About 40% of the displaced are children.")).toEqual([]);
  });
  it("extractFigures(article) skips money", () => {
    expect(figuresOf("Donors pledged $1.2 million for the wounded.")).toEqual([]);
    expect(figuresOf("They paid 500 dollars to free the detained men.")).toEqual([]);
  });
  it("extractFigures(article) skips distances", () => {
    expect(figuresOf("The strike killed people 30 kilometres from Damascus.").map((f) => f.low)).toEqual([]);
    expect(figuresOf("Shelling 15 km away wounded residents.")).toEqual([]);
  });
  it("extractFigures(article) skips counts of vehicles, buildings, rockets and air strikes", () => {
    expect(figuresOf("The blast destroyed 12 vehicles and killed 3 people.").map((f) => f.low)).toEqual([3]);
    expect(figuresOf("Shelling destroyed 40 buildings, wounding residents.")).toEqual([]);
    expect(figuresOf("Militants fired 20 rockets, killing two civilians.").map((f) => f.low)).toEqual([2]);
    expect(figuresOf("Jets carried out 30 air strikes that killed fighters.")).toEqual([]);
    expect(figuresOf("Six rebel groups joined after clashes killed fighters.")).toEqual([]);
  });
  it("extractFigures(article) skips comment counts", () => {
    expect(figuresOf("2 Comments\nThe war killed thousands.").map((f) => f.vagueTerm)).toEqual(["thousands"]);
  });
  it("extractFigures(article) skips times of day and numbers glued to letters", () => {
    expect(figuresOf("Fri 07 Apr 2017 at 0914 the strike killed people.")).toEqual([]);
    expect(figuresOf("[Source: Threat Matrix, 09Jun15] Fighters were killed.")).toEqual([]);
  });
  it("extractFigures(article) skips 'one' as a pronoun", () => {
    expect(figuresOf("One senior source said the attack killed people.")).toEqual([]);
    expect(figuresOf("One of the wounded died later.")).toEqual([]);
    expect(figuresOf("The raid killed one civilian.").map((f) => f.low)).toEqual([1]);
  });
  it("extractFigures(article) skips a number with no casualty or fighters cue", () => {
    expect(figuresOf("Two cities fell to the jihadists in recent months.")).toEqual([]);
    expect(figuresOf("The two groups had also clashed around the town.")).toEqual([]);
  });
});
