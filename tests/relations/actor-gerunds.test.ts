import { describe, expect, it } from "vitest";
import { relationTriples } from "./fixtures.ts";

// Wire copy as FA-KES prints it: commas and apostrophes stripped upstream.
const NAMES: [string, string][] = [
  ["Syrian Democratic Forces", "syrian-democratic-forces"],
  ["SDF", "syrian-democratic-forces"],
  ["YPG", "ypg"],
  ["Islamic State", "islamic-state"],
  ["IS", "islamic-state"],
  ["Russia", "russia"],
  ["Syrian government", "syrian-government"],
  ["Hezbollah", "hezbollah"],
];

const relationsOf = (text: string) => relationTriples(NAMES, text, "a");

describe("extractRelations(article, mentions) on a gerund describing an actor noun (lexicon actorNouns)", () => {
  it("extractRelations(article, mentions) reads an apposition's gerund: 'X, an alliance battling Y', commas or not", () => {
    expect(relationsOf("The SDF, an alliance battling Islamic State, took the town.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsOf("He is a member of the Syrian Democratic Forces an Arab-Kurdish coalition battling IS."))
      .toEqual([
        "clash islamic-state syrian-democratic-forces",
      ]);
  });

  it("extractRelations(article, mentions) reads a copula's complement: 'X has been the main force fighting Y'", () => {
    expect(relationsOf("The SDF have been the main force fighting Islamic State in the north.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsOf("The SDF is an alliance fighting against Islamic State.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads support gerunds the same way: 'X, a militia supporting Y'", () => {
    expect(relationsOf("The YPG, a militia supporting the SDF, took the town.")).toEqual([
      "ally syrian-democratic-forces ypg",
    ]);
  });

  it("extractRelations(article, mentions) gives an unnamed body's act to no one: 'X bombed rebel groups fighting Y'", () => {
    expect(relationsOf("Russia bombed rebel groups fighting the Syrian government.")).not.toContain(
      "clash russia syrian-government",
    );
  });
});
