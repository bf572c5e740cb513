import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Issue 10, rounds 23 and 24: families found by reading the misses and false readings of Wikipedia passages 16 and 17
// (round 23) and 18 (round 24), sets read after their first measurement. Each test is written for the family with sentences of its own; none is a gold
// set's sentence.
const NAMES: [string, string][] = [
  ["Russia", "russia"],
  ["Turkey", "turkey"],
  ["ISIS", "islamic-state"],
  ["Syrian Army", "syrian-government"],
  ["Syrian government", "syrian-government"],
  ["Hezbollah", "hezbollah"],
  ["SDF", "syrian-democratic-forces"],
  ["US", "united-states"],
  ["Saudi Arabia", "saudi-arabia"],
  ["Army of Mujahideen", "jaish-al-mujahideen"],
  ["Syrian Liberation Front", "syrian-liberation-front"],
  ["HTS", "hayat-tahrir-al-sham"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) on round 23's joint acts and companions", () => {
  it("extractRelations(article, mentions) reads a hostile act the text calls joint as the referenced actors' alliance", () => {
    expect(read("Russia and Turkey carried out their first joint airstrikes against ISIS near al-Bab.")).toEqual([
      "ally russia turkey",
      "clash islamic-state russia",
      "clash islamic-state turkey",
    ]);
  });

  it("extractRelations(article, mentions) reads joint exercises with a party and forces embedded with it as alliance", () => {
    expect(read("Russia conducted joint military exercises with the Syrian Army near Idlib.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("US special forces embedded with SDF units near Manbij.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads 'counterattacked' as a hostile verb, its base form staying a noun", () => {
    expect(read("ISIS counterattacked SDF positions along the Euphrates.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads no alliance from a companion of an act the clause tells as not done", () => {
    expect(read("The SDF feared that the Syrian government, together with Russia, would strike a deal with Turkey."))
      .toEqual([]);
    expect(read("The Syrian Army, together with Hezbollah, captured the town.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no backing a party was reluctant or unwilling to give", () => {
    expect(read("Saudi Arabia had been reluctant to support the Army of Mujahideen.")).toEqual([]);
    expect(read("Saudi Arabia was unwilling to support the Army of Mujahideen.")).toEqual([]);
  });

  it("extractRelations(article, mentions) gives an act owned by 'whose' to the relative's antecedent", () => {
    expect(read("The Syrian Liberation Front, whose fighting with HTS intensified, lost the town.")).toEqual([
      "clash hayat-tahrir-al-sham syrian-liberation-front",
    ]);
  });

  it("extractRelations(article, mentions) reads a supply verb past a long list of what is supplied", () => {
    expect(
      read(
        "The US supplied heavy weapons, intelligence collection, communications support and other assistance to the SDF.",
      ),
    )
      .toEqual(["ally syrian-democratic-forces united-states"]);
  });
});
