import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

// Issue 10, round 46: parties the mention layer missed on Wikipedia prose, by family. Sentences written for the
// families, none from a gold set.
describe("extractMentions(article, gazetteer) on demonyms hyphenated in a joint chain (names.json jointChainOpeners)", () => {
  it("extractMentions(article, gazetteer) reads each demonym of 'joint Russian-Turkish patrols' and of a chain with a name", () => {
    // (Since round 69 "patrols" is a force noun, so the chain's last demonym spans its noun: "Turkish patrols".)
    expect(pairs("They began joint Russian-Turkish patrols.")).toEqual(["Russian→russia", "Turkish patrols→turkey"]);
    expect(pairs("A joint Russian-Iranian-Hezbollah offensive began.")).toEqual([
      "Russian→russia",
      "Iranian→iran",
      "Hezbollah→hezbollah",
    ]);
  });

  it("extractMentions(article, gazetteer) reads no state in a chain without such a word ('the Turkish-Syrian border')", () => {
    expect(pairs("Clashes erupted on the Turkish-Syrian border.")).toEqual([]);
  });
});

describe("extractMentions(article, gazetteer) on Wikipedia's name for the fallen Syrian government ('Ba'athist')", () => {
  it("extractMentions(article, gazetteer) reads 'the Ba'athist government' as the Syrian government in a text naming Assad", () => {
    expect(pairs("Assad held Damascus. The Ba'athist government lost Idlib.")).toContain(
      "Ba'athist government→syrian-government",
    );
    expect(pairs("Ba'athist Syria fell in 2024.")).toEqual(["Ba'athist Syria→syrian-government"]);
  });

  it("extractMentions(article, gazetteer) leaves Iraq's 'Ba'athist government' alone (no Assad in the text)", () => {
    expect(pairs("The invasion led to the collapse of the Ba'athist government.")).toEqual([]);
  });
});

describe("extractMentions(article, gazetteer) on a foreign state's demonym before a role noun (names.json stateRoleNouns)", () => {
  it("extractMentions(article, gazetteer) reads 'its Iranian and Russian allies' as the states where the text names them in the same or a neighbouring sentence", () => {
    expect(pairs("Russia and Iran sent jets. The army and its Iranian and Russian allies advanced.")).toEqual([
      "Russia→russia",
      "Iran→iran",
      "Iranian→iran",
      "Russian→russia",
    ]);
  });

  it("extractMentions(article, gazetteer) reads no state in 'their Russian ally' with no other mention of Russia near it", () => {
    expect(pairs("The army and its Russian ally advanced.")).toEqual([]);
    expect(pairs("Russia sent jets. Nothing moved. Then the army and its Russian ally advanced.")).toEqual([
      "Russia→russia",
    ]);
  });
});
