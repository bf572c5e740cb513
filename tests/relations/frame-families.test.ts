import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Issue 10, round 5: frame families of encyclopedic prose (action nouns with their roles, passives with both
// prepositions, light verbs), each written with sentences of its own; no blind set's errors were read.
const NAMES: [string, string][] = [
  ["Islamic State", "islamic-state"],
  ["ISIS", "islamic-state"],
  ["ISIL", "islamic-state"],
  ["YPG", "ypg"],
  ["SDF", "syrian-democratic-forces"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Free Syrian Army", "free-syrian-army"],
  ["Levant Front", "levant-front"],
  ["Syrian Army", "syrian-government"],
  ["Hezbollah", "hezbollah"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) on action nouns of capture", () => {
  it("extractRelations(article, mentions) reads 'X's capture of P from Y' past the noun's own 'of' phrase", () => {
    expect(read("Hezbollah's capture of Qusayr from the Free Syrian Army was a turning point.")).toEqual([
      "clash free-syrian-army hezbollah",
    ]);
    expect(read("The YPG's seizure of Tal Abyad from ISIS cut a supply line.")).toEqual(["clash islamic-state ypg"]);
  });

  it("extractRelations(article, mentions) reads 'the capture of P by X from Y' and 'the capture of P from Y by X'", () => {
    expect(read("The recapture of Palmyra by the Syrian Army from ISIL was celebrated.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(read("The offensive led to the capture of Manbij from ISIL by the SDF.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads the capture noun after an adverbial with the clause's subject", () => {
    expect(read("After the capture of Manbij from ISIL, the SDF advanced on al-Bab.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads no relation from a capture without a second party", () => {
    expect(read("The capture of the town by ISIL was reported.")).toEqual([]);
    expect(read("The capture of Manbij from ISIL was announced in August.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on passives with two prepositions", () => {
  it("extractRelations(article, mentions) reads 'P was captured from Y by X' (the preposition's object before the agent)", () => {
    expect(read("Palmyra was captured from ISIL by the Syrian Army.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(read("The town was retaken from the Nusra Front by Hezbollah in 2015.")).toEqual([
      "clash hezbollah jabhat-al-nusra",
    ]);
  });
});

describe("extractRelations(article, mentions) on light verbs of joining an act", () => {
  it("extractRelations(article, mentions) reads 'X joined the offensive against Y' as X against Y, and no joining", () => {
    expect(read("The Levant Front joined the offensive against the SDF.")).toEqual([
      "clash levant-front syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) still reads 'X joined Y' as joining", () => {
    expect(read("The Levant Front joined the Free Syrian Army in 2014.")).toEqual([
      "joined levant-front free-syrian-army",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X completed the capture of P from Y'", () => {
    expect(read("The Syrian Army completed the capture of the city from ISIL in March.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});
