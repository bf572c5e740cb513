import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Phrase families found by grouping the misses of the development sets (data/gold/relations-wikipedia-dev.json,
// FA-KES sample and held-out 1) by cause, issue 10's third round. Each test is written for the family with sentences
// of its own; none is a gold sentence, and no blind set's errors were read.
const NAMES: [string, string][] = [
  ["Islamic State", "islamic-state"],
  ["ISIS", "islamic-state"],
  ["ISIL", "islamic-state"],
  ["YPG", "ypg"],
  ["SDF", "syrian-democratic-forces"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Syrian Army", "syrian-government"],
  ["Iraqi Army", "iraqi-army"],
  ["Iraqi forces", "iraqi-army"],
  ["Hezbollah", "hezbollah"],
  ["US-led coalition", "us-led-coalition"],
  ["Russia", "russia"],
  ["Quds Force", "quds-force"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) on clauses far from their subject", () => {
  it("extractRelations(article, mentions) reads 'X seized the villages of A, B, and C, near P, after days of fighting with Y' past the place asides", () => {
    expect(read(
      "In March, ISIS seized the towns of Tal Hamis, Tal Brak, and Al-Hol, near the border with Iraq, after a week of fighting with the YPG.",
    )).toEqual(["clash islamic-state ypg"]);
  });

  it("extractRelations(article, mentions) reads a participle clause ', expelling Y' after a long main clause", () => {
    expect(read(
      "In June, the SDF took back more than 2,000 square kilometres of farmland in the southern Hasakah countryside in a two-week push, driving ISIS out of the area.",
    )).toEqual(["clash islamic-state syrian-democratic-forces"]);
  });

  it("extractRelations(article, mentions) refuses the main clause's subject when another subject competes", () => {
    expect(read(
      "The SDF held the dam while Russia bombed the surrounding villages of Jaber, Safsafa, and Hamra, near the lake, after weeks of fighting with ISIS.",
    )).not.toContain("clash islamic-state syrian-democratic-forces");
  });
});

describe("extractRelations(article, mentions) on a group's people as the target of a hostile act", () => {
  it("extractRelations(article, mentions) reads 'killed X leaders', 'killing two commanders of X' as a clash with X", () => {
    expect(read("A US-led coalition drone strike killed three senior ISIS commanders near Raqqa.")).toEqual([
      "clash islamic-state us-led-coalition",
    ]);
    expect(read("The Syrian Army shelled the town, killing two commanders of the Nusra Front.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) keeps 'X leaders' a modifier outside a hostile act", () => {
    expect(read("Russia hosted Hezbollah leaders in Moscow.")).toEqual([]);
    expect(read("The US-led coalition imposed sanctions targeting Syrian Army officials.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on references a speaker or a group noun makes", () => {
  it("extractRelations(article, mentions) binds 'his forces' to the group whose commander speaks", () => {
    expect(read("A Syrian Army commander said his forces had recaptured two villages from ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) binds 'the army', 'the Kurds', 'the jihadists' to the one group of the category the sentence before names", () => {
    expect(read("The Iraqi Army entered Ramadi in December. The army then attacked ISIS positions in the east."))
      .toEqual([
        "clash iraqi-army islamic-state",
      ]);
    expect(read("The SDF surrounded the town. The Kurds then stormed ISIS positions.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("The Nusra Front took the hill on Monday. Hezbollah later attacked the jihadists.")).toEqual([
      "clash hezbollah jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) refuses a group noun when two groups of its category compete", () => {
    expect(read("The Syrian Army and the Iraqi Army held the border. The army then attacked ISIS.")).not.toContain(
      "clash islamic-state syrian-government",
    );
  });

  it("extractRelations(article, mentions) reads a government noun no group of the article names as the home state by date", () => {
    // (Round 95, lexicon `categoryNouns` `home`: before round 95 this read nothing.)
    expect(read("Russia bombed the town. The army then attacked ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});

describe("extractRelations(article, mentions) on a fight told by its dead", () => {
  it("extractRelations(article, mentions) reads the counted dead of two groups in a fight as a clash between them", () => {
    expect(read("Over the weekend the fighting killed at least 14 ISIS militants and six SDF fighters.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("By the end of the battle, 210 Nusra Front fighters and 95 Hezbollah fighters had been killed."))
      .toEqual(
        ["clash hezbollah jabhat-al-nusra"],
      );
  });

  it("extractRelations(article, mentions) reads no clash from the dead of a strike or of one side", () => {
    expect(read("A US-led coalition airstrike killed five ISIS fighters and three Nusra Front militants.")).not
      .toContain(
        "clash islamic-state jabhat-al-nusra",
      );
    expect(read("The clashes killed 12 ISIS militants and three civilians.")).toEqual([]);
  });
});

describe("verbForms(lemma) on short verbs", () => {
  it("extractRelations(article, mentions) reads the gerund 'hitting' of 'hit' ('responded by hitting X')", () => {
    expect(read("Russia responded by hitting ISIS positions near Palmyra.")).toEqual(["clash islamic-state russia"]);
  });
});

describe("extractRelations(article, mentions) on group nouns that are no reference", () => {
  it("extractRelations(article, mentions) reads a qualified or linked group noun as a description, not the category's group", () => {
    // "Syrian Kurdish forces, including the YPG": the examples name the party; the qualifier sets the noun apart.
    expect(read(
      "The Iraqi Army crossed the border. In October, the US-led coalition began airdropping supplies to Syrian Kurdish forces, including the YPG, near Kobani.",
    )).not.toContain("ally iraqi-army us-led-coalition");
    // "rebel forces led by X": the link names the party.
    expect(read("Ahrar al-Sham entered the town. Rebel forces led by the Nusra Front then attacked the Syrian Army."))
      .toContain("clash jabhat-al-nusra syrian-government");
  });

  it("extractRelations(article, mentions) reads no party in a group noun that modifies a noun or follows a joiner", () => {
    expect(read("The Iraqi Army entered Ramadi. ISIS fighters withdrew from the government complex.")).toEqual([]);
    expect(read("The SDF held the north. Syrian Army troops and Kurdish fighters ousted ISIS from the city.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});
