import { describe, expect, it } from "vitest";
import { figuresOf } from "./fixture.ts";

/** kind, low, high, qualifier and implicit of every figure of `text`. */
const read = (text: string) => figuresOf(text).map((f) => [f.kind, f.low, f.high, f.qualifier, f.implicit ?? false]);

describe("extractFigures(article) singular and implicit counts", () => {
  it("extractFigures(article) reads 'a civilian was killed' as killed 1, implicit", () => {
    expect(read("On 3 May 2019, a civilian was killed in Idlib.")).toEqual([["killed", 1, 1, "exact", true]]);
    expect(read("A local resident was reportedly shot dead by gunmen.")).toEqual([["killed", 1, 1, "exact", true]]);
  });
  it("extractFigures(article) reads 'killing a man and injuring another' as killed 1 and injured 1", () => {
    expect(read("Gunmen attacked the checkpoint, killing a man and injuring another.")).toEqual([
      ["killed", 1, 1, "exact", true],
      ["injured", 1, 1, "exact", true],
    ]);
  });
  it("extractFigures(article) reads a victim after its verb: 'shot dead a fighter', 'arrested a man'", () => {
    expect(read("Unidentified gunmen shot dead a fighter near Daraa.")).toEqual([["killed", 1, 1, "exact", true]]);
    expect(read("A landmine exploded, killing an HTS fighter.")).toEqual([["killed", 1, 1, "exact", true]]);
    expect(read("Regime forces arrested a man in Homs.")).toEqual([["detained", 1, 1, "exact", true]]);
  });
  it("extractFigures(article) reads an intransitive death verb: 'a child died'", () => {
    expect(read("A child died when ordnance exploded.")).toEqual([["killed", 1, 1, "exact", true]]);
  });
  it("extractFigures(article) reads 'the body of a man was found' as killed 1", () => {
    expect(read("The body of a man was found near the river.")).toEqual([["killed", 1, 1, "exact", true]]);
  });
  it("extractFigures(article) sums 'two civilians and a child' and 'a woman and her 4 children'", () => {
    expect(read("Shelling killed two civilians and a child.")).toEqual([["killed", 3, 3, "exact", true]]);
    expect(read("A woman and her 4 children were killed in the strike.")).toEqual([["killed", 5, 5, "exact", true]]);
    expect(read("A man and a woman died in the blast.")).toEqual([["killed", 2, 2, "exact", true]]);
  });
  it("extractFigures(article) keeps written pairs apart and does not sum a second clause", () => {
    expect(read("The strike killed 5 civilians and 23 fighters.")).toEqual([
      ["killed", 5, 5, "exact", false],
      ["killed", 23, 23, "exact", false],
    ]);
    expect(read("A car bomb killed 5 civilians and a child was injured.")).toEqual([
      ["killed", 5, 5, "exact", false],
      ["injured", 1, 1, "exact", true],
    ]);
  });
  it("extractFigures(article) reads ranges 'between 2 to 4', '2-4' and 'a family of five'", () => {
    expect(read("Clashes killed between 2 to 4 fighters.")).toEqual([["killed", 2, 4, "between", false]]);
    expect(read("Clashes killed 2-4 fighters.")).toEqual([["killed", 2, 4, "between", false]]);
    expect(read("An airstrike killed a family of five.")).toEqual([["killed", 5, 5, "exact", false]]);
  });
  it("extractFigures(article) counts nobody for a killer, a compound noun or an aside", () => {
    expect(read("A man killed 5 people in the market.")).toEqual([["killed", 5, 5, "exact", false]]);
    expect(read("The strike hit a civilian area, killing 4 people, a monitor said.")).toEqual([
      ["killed", 4, 4, "exact", false],
    ]);
    expect(read("A fighter jet killed 3 people.")).toEqual([["killed", 3, 3, "exact", false]]);
    expect(read("Five people, including a child, were killed.")).toEqual([["killed", 5, 5, "exact", false]]);
    expect(read("A soldier said the army had advanced.")).toEqual([]);
  });
});

describe("extractFigures(article) implicit counts with modifiers and complements", () => {
  it("extractFigures(article) reads an age as a modifier: 'a 12-year-old boy was killed'", () => {
    expect(read("A 12-year-old boy was killed by a sniper.")).toEqual([["killed", 1, 1, "exact", true]]);
  });
  it("extractFigures(article) reads past an 'of' complement: 'a member of the White Helmets was killed'", () => {
    expect(read("A member of the White Helmets was killed in an airstrike.")).toEqual([
      ["killed", 1, 1, "exact", true],
    ]);
  });
  it("extractFigures(article) reads a reduced passive: 'a civilian was killed and another injured'", () => {
    expect(read("A civilian was killed and another injured.")).toEqual([
      ["killed", 1, 1, "exact", true],
      ["injured", 1, 1, "exact", true],
    ]);
    expect(read("A child killed in the shelling was buried on Friday.")).toEqual([["killed", 1, 1, "exact", true]]);
    expect(read("A man killed 5 people in the market.")).toEqual([["killed", 5, 5, "exact", false]]);
  });
});

describe("extractFigures(article) summed counts with other coordinators", () => {
  it("extractFigures(article) sums 'a woman and her three children as well as another child'", () => {
    expect(read("A woman and her three children as well as another child were killed in the strike.")).toEqual([
      ["killed", 5, 5, "exact", true],
    ]);
    expect(read("An adult and a child have been killed in Aleppo.")).toEqual([["killed", 2, 2, "exact", true]]);
  });
});
