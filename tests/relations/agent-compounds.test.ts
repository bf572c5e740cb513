import { describe, expect, it } from "vitest";
import { relationTriples } from "./fixtures.ts";

// Wire copy as FA-KES prints it: commas and apostrophes stripped upstream.
const NAMES: [string, string][] = [
  ["US", "united-states"],
  ["U.S.", "united-states"],
  ["Russian", "russia"],
  ["YPG", "ypg"],
  ["Kurdish", "kurds"],
  ["Islamic State", "islamic-state"],
  ["IS", "islamic-state"],
  ["Syrian soldiers", "syrian-government"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["SDF", "syrian-democratic-forces"],
  ["Iraqi forces", "iraqi-army"],
  ["Iran", "iran"],
];

const relationsOf = (text: string) => relationTriples(NAMES, text, "a");

describe("extractRelations(article, mentions) on agentive compounds (lexicon agentCompounds)", () => {
  it("extractRelations(article, mentions) reads 'X-led air strikes' as the subject of a hostile verb", () => {
    expect(relationsOf("US-led air strikes killed at least 20 Islamic State fighters near the border.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(relationsOf("A US-led raid killed scores of Syrian soldiers near the airport.")).toEqual([
      "clash syrian-government united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads past the noun's own prepositional phrase to the verb", () => {
    expect(relationsOf("US-led strikes on the northern province of Raqa killed more than 20 IS jihadists.")).toEqual([
      "clash islamic-state united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads 'the X-led offensive against Y' with X as the noun's agent", () => {
    expect(relationsOf("The U.S.-led offensive against Islamic State in Raqqa continued on Monday.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(relationsOf("A Russian-commanded assault on Nusra Front positions began at dawn.")).toEqual([
      "clash jabhat-al-nusra russia",
    ]);
  });

  it("extractRelations(article, mentions) keeps support compounds as backers: 'X-backed offensive' is no clash of X", () => {
    expect(relationsOf("The Iran-backed offensive against Nusra Front stalled.")).not.toContain(
      "clash iran jabhat-al-nusra",
    );
  });

  it("extractRelations(article, mentions) keeps an X-led name's own object reading: 'attacked the Kurdish-led SDF'", () => {
    const read = relationsOf("Islamic State attacked the Kurdish-led SDF near Manbij.");
    expect(read).toContain("clash islamic-state syrian-democratic-forces");
    expect(read).not.toContain("clash islamic-state kurds");
  });

  it("extractRelations(article, mentions) reads 'with the help of X-led air strikes' as backing", () => {
    expect(relationsOf("The YPG drove Islamic State from Kobane with the help of US-led air strikes.")).toContain(
      "ally united-states ypg",
    );
  });
});

describe("extractRelations(article, mentions) on a backed compound before a described noun and its apposed name", () => {
  const names: [string, string][] = [
    ["US", "united-states"],
    ["Syrian Democratic Forces", "syrian-democratic-forces"],
    ["SDF", "syrian-democratic-forces"],
    ["Daesh", "islamic-state"],
    ["Nusra Front", "jabhat-al-nusra"],
  ];
  const read = (text: string) => relationTriples(names, text, "a");

  it("extractRelations(article, mentions) reads 'a US-backed alliance of Kurds and Arabs, the SDF' as the SDF backed", () => {
    expect(read("A US-backed alliance of Kurds and Arabs, the Syrian Democratic Forces, took the town.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(read("A US-backed alliance of Kurds and Arabs The Syrian Democratic Forces alliance took the town."))
      .toEqual([
        "ally syrian-democratic-forces united-states",
      ]);
  });

  it("extractRelations(article, mentions) reads 'a US-backed alliance known as the SDF' as the name the noun goes by", () => {
    expect(read("A US-backed alliance known as the Syrian Democratic Forces took the town.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(read("The US-backed militia called SDF took the town.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });

  it("extractRelations(article, mentions) gives a described noun no name further on: 'a US-backed alliance advanced in Daesh's bastion'", () => {
    expect(read("The SDF a US-backed Kurdish-Arab alliance advanced inside the Daesh bastion of Manbij.")).not
      .toContain(
        "ally islamic-state united-states",
      );
    expect(read("A US-backed alliance of rebel groups including the Nusra Front took the town.")).toEqual([]);
  });
});
