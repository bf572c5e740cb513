import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Issue 10, round 21: families found by reading the misses and false readings of Wikipedia passages 13 and 14 (sets
// read after their first measurement). Each test is written for the family with sentences of its own; none is a gold
// set's sentence.
const NAMES: [string, string][] = [
  ["Nusra Front", "jabhat-al-nusra"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["FSA", "free-syrian-army"],
  ["Free Syrian Army", "free-syrian-army"],
  ["Southern Front", "southern-front"],
  ["ISIS", "islamic-state"],
  ["YPG", "ypg"],
  ["SDF", "syrian-democratic-forces"],
  ["Hezbollah", "hezbollah"],
  ["Syrian Army", "syrian-government"],
  ["regime", "syrian-government"],
  ["US-led coalition", "us-led-coalition"],
  ["Turkey", "turkey"],
  ["Russia", "russia"],
  ["US", "united-states"],
  ["HTS", "hayat-tahrir-al-sham"],
  ["National Front for Liberation", "national-front-for-liberation"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) on round 21's joint stands, appositions and act relatives", () => {
  it("extractRelations(article, mentions) sets every party an alliance verb joins against the party after 'against'", () => {
    expect(read("The Nusra Front worked together with the FSA against ISIS in Kobani.")).toEqual([
      "ally free-syrian-army jabhat-al-nusra",
      "clash free-syrian-army islamic-state",
      "clash islamic-state jabhat-al-nusra",
    ]);
    expect(read("Ahrar al-Sham cooperated with the Nusra Front against the regime.")).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
      "clash ahrar-al-sham syrian-government",
      "clash jabhat-al-nusra syrian-government",
    ]);
    // A backer is not set against the target of the offensive it backs.
    expect(read("Russia backed the Syrian Army in its offensive against the Nusra Front.")).not.toContain(
      "clash jabhat-al-nusra russia",
    );
  });

  it("extractRelations(article, mentions) reads an apposition whose adjectives are joined by commas", () => {
    expect(read("The Southern Front, a large, moderate Free Syrian Army-affiliated rebel alliance, fought ISIS."))
      .toEqual([
        "affiliate southern-front free-syrian-army",
        "clash islamic-state southern-front",
      ]);
  });

  it("extractRelations(article, mentions) gives a relative clause on a hostile act noun the act's agent as subject", () => {
    expect(read("The US-led coalition conducted an airstrike near Raqqa, which killed ISIS fighters.")).toEqual([
      "clash islamic-state us-led-coalition",
    ]);
  });

  it("extractRelations(article, mentions) reads 'consisting (mostly) of X' after an unnamed target as naming X", () => {
    expect(read("Turkey continued its attacks on militias consisting mostly of the YPG.")).toEqual([
      "clash turkey ypg",
    ]);
  });

  it("extractRelations(article, mentions) gives a light verb's gerund after a comma the main clause's subject", () => {
    expect(read("The SDF entered the city that afternoon, launching attacks on ISIS.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("The Syrian Army advanced, receiving assistance from Russia.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("The SDF entered Raqqa, engaging in street fights with ISIS.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads a battle's own name before its 'against'", () => {
    expect(read("The Syrian Army entered Aleppo in the Battle of Aleppo (2016) against the Nusra Front.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads past a partitive aside on counted people", () => {
    expect(read("Four YPG fighters, one of them a German volunteer, were killed during clashes with ISIS.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads advising an armed party as backing it, not a state's advice to a state", () => {
    expect(read("US special forces traveled to the front to help advise SDF forces.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(read("Russia advised Turkey against the move.")).toEqual([]);
  });

  it("extractRelations(article, mentions) makes a light verb's subject before a leader's compound an agent of the act too", () => {
    expect(read("Turkey joined in the US-led bombing of ISIS in Syria.")).toEqual([
      "ally turkey united-states",
      "clash islamic-state turkey",
      "clash islamic-state united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads fights, exchanges of fire and peace deals with a party as clashes", () => {
    expect(read("The SDF engaged in street fights with ISIS.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("HTS forces had exchanges of artillery fire with the regime.")).toEqual([
      "clash hayat-tahrir-al-sham syrian-government",
    ]);
    expect(read("The National Front for Liberation signed a peace deal with HTS.")).toEqual([
      "clash hayat-tahrir-al-sham national-front-for-liberation",
    ]);
    // A deal that is no peace deal stays an agreement between the parties.
    expect(read("The SDF signed a deal with the Syrian Army.")).toEqual([
      "ally syrian-democratic-forces syrian-government",
    ]);
  });
});
