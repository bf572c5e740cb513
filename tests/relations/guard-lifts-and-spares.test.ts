import { describe, expect, it } from "vitest";
import { relationTriples } from "./fixtures.ts";

// Wire copy as FA-KES prints it: commas and apostrophes stripped upstream.
const NAMES: [string, string][] = [
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Syrian government forces", "syrian-government"],
  ["Syrian government", "syrian-government"],
  ["Russia", "russia"],
  ["US", "united-states"],
  ["Islamic State", "islamic-state"],
  ["SDF", "syrian-democratic-forces"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Islamic Front", "islamic-front"],
];

const relationsOf = (text: string) => relationTriples(NAMES, text, "a");

describe("extractRelations(article, mentions) with a continuation after a modal cue (guard liftedBy)", () => {
  it("extractRelations(article, mentions) reads 'will continue fighting Y' and 'vowed to continue its attacks on Y'", () => {
    expect(relationsOf("Ahrar al-Sham will continue fighting Syrian government forces in Idlib.")).toEqual([
      "clash ahrar-al-sham syrian-government",
    ]);
    expect(relationsOf("Ahrar al-Sham vowed to continue its attacks on Syrian government forces.")).toEqual([
      "clash ahrar-al-sham syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'would keep up' and 'would continue to support'", () => {
    expect(relationsOf("The US will keep up its air strikes on Islamic State.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(relationsOf("Russia would continue to support the Syrian government.")).toEqual([
      "ally russia syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) blocks a stated intention: 'announced its intention to fight Y'", () => {
    expect(relationsOf("Ahrar al-Sham announced its intention to fight Syrian government forces.")).toEqual([]);
    expect(relationsOf("Ahrar al-Sham declared its determination to fight Islamic State.")).toEqual([]);
    expect(relationsOf("Ahrar al-Sham declared its intention to continue fighting Islamic State.")).toEqual([
      "clash ahrar-al-sham islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) still blocks a bare modal: 'will fight Y', 'would join Y'", () => {
    expect(relationsOf("Ahrar al-Sham will fight Syrian government forces.")).toEqual([]);
    expect(relationsOf("Russia would support the Syrian government if asked.")).toEqual([]);
  });

  it("extractRelations(article, mentions) never lifts negation or refusal: 'will not continue', 'refused to continue'", () => {
    expect(relationsOf("Ahrar al-Sham will not continue fighting Syrian government forces.")).toEqual([]);
    expect(relationsOf("Ahrar al-Sham refused to continue fighting Syrian government forces.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) with an attempt cue, which spares clashes (guard spares)", () => {
  it("extractRelations(article, mentions) reads an attempted hostile act: 'attempted to launch an offensive on Y'", () => {
    expect(
      relationsOf("Nusra Front militants attempted to launch an offensive on positions of Syrian government forces."),
    )
      .toEqual(["clash jabhat-al-nusra syrian-government"]);
    expect(relationsOf("Islamic State fighters tried to storm SDF positions near the dam.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads a failed one: 'failed in their drive to push back Y'", () => {
    expect(relationsOf("The SDF failed in their drive to push back Islamic State from the city.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads no tie from an attempted or failed alliance or membership", () => {
    expect(relationsOf("Ahrar al-Sham tried to join the Islamic Front.")).toEqual([]);
    expect(relationsOf("Ahrar al-Sham failed to merge with Nusra Front.")).toEqual([]);
  });
});
