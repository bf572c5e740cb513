import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

// A state's demonym, read off its own aliases ("Syrian" from "Syrian army", "Russian" from "Russian forces"), before
// a force noun of data/lexicon/names.json names that state's forces (issue 10, fourth round: the mention layer's
// misses on Wikipedia prose). Sentences written for the families, none from a gold set.
describe("extractMentions(article, gazetteer) on a state's demonym before a force noun", () => {
  it("extractMentions(article, gazetteer) reads 'Syrian military positions' as the Syrian government (a state force's demonym)", () => {
    expect(pairs("Jets struck Syrian military positions near the airport.")).toEqual([
      "Syrian military→syrian-government",
    ]);
  });

  it("extractMentions(article, gazetteer) reads men and arms of a foreign state: 'Russian pilots', 'Iranian advisers', 'Turkish special forces', 'the Iranian navy'", () => {
    expect(
      pairs(
        "Two Russian pilots died. Iranian advisers arrived. Turkish special forces crossed. The Iranian navy sailed.",
      ),
    )
      .toEqual([
        "Russian pilots→russia",
        "Iranian advisers→iran",
        "Turkish special forces→turkey",
        "Iranian navy→iran",
      ]);
  });

  it("extractMentions(article, gazetteer) gives a demonym to the state's armed forces entry where the gazetteer has one ('Iraqi jets', 'Lebanese soldiers')", () => {
    expect(pairs("Iraqi jets bombed the border while Lebanese soldiers held Arsal.")).toEqual([
      "Iraqi jets→iraqi-army",
      "Lebanese soldiers→lebanese-armed-forces",
    ]);
  });

  it("extractMentions(article, gazetteer) reads coordinated demonyms sharing one force noun as each state's forces", () => {
    expect(pairs("Warplanes hit Syrian and Iranian military sites.")).toEqual([
      "Syrian→syrian-government",
      "Iranian military→iran",
    ]);
    expect(pairs("the Syrian and Lebanese forces advanced")).toEqual([
      "Syrian→syrian-government",
      "Lebanese forces→lebanese-armed-forces",
    ]);
    expect(pairs("Russian, Syrian, and Iranian troops attacked.")).toEqual([
      "Russian→russia",
      "Syrian→syrian-government",
      "Iranian troops→iran",
    ]);
  });

  it("extractMentions(article, gazetteer) keeps a force noun's plural 's' in the span ('Russian air forces', 'Quds Forces')", () => {
    expect(pairs("Russian air forces bombed the town.")).toEqual(["Russian air forces→russia"]);
    expect(pairs("Iranian Quds forces fired rockets.")).toEqual(["Quds forces→quds-force"]);
  });

  it("extractMentions(article, gazetteer) still ends a name before a stripped possessive ('al-Nusras fighters')", () => {
    expect(pairs("the al-Nusras fighters")).toEqual(["al-Nusra→jabhat-al-nusra"]);
  });

  it("extractMentions(article, gazetteer) leaves people of a nationality alone: refugees, a journalist, the Iranian-born, 'Syrian fighters'", () => {
    expect(pairs("Syrian refugees fled. A Russian journalist said so. An Iranian-born cleric spoke.")).toEqual([]);
    expect(pairs("Syrian fighters were sent to Libya and Lebanese fighters to Aleppo.")).toEqual([]);
    expect(pairs("A Syrian and an Iranian journalist were hurt.")).toEqual([]);
  });

  it("extractMentions(article, gazetteer) does not read a demonym inside a compound or possessive as coordinated ('pro-Syrian and Iranian forces')", () => {
    expect(pairs("the pro-Syrian and Iranian forces")).toEqual(["Iranian forces→iran"]);
    expect(pairs("Syrian's and Iranian forces")).toEqual(["Iranian forces→iran"]);
    expect(pairs("Russian and Syrian Democratic Forces units")).toEqual([
      "Syrian Democratic Forces→syrian-democratic-forces",
    ]);
  });
});
