import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Encyclopedic prose of battle pages (written for issue 10 from Wikipedia pages outside the blind passages).
const NAMES: [string, string][] = [
  ["SDF", "syrian-democratic-forces"],
  ["ISIS", "islamic-state"],
  ["Syrian Army", "syrian-government"],
  ["Hezbollah", "hezbollah"],
  ["Russia", "russia"],
  ["FSA", "free-syrian-army"],
  ["SNA", "syrian-national-army"],
  ["SAA", "syrian-government"],
  ["NDF", "national-defence-forces"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) on encyclopedic phrasing", () => {
  it("extractRelations(article, mentions) reads 'X launched an offensive against Y' and 'X captured P from Y'", () => {
    expect(read("The SDF launched an offensive against ISIS in Raqqa.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("The SDF captured Tabqa from ISIS in May 2017.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X, backed by Y' and 'the offensive by X and Y' as allies", () => {
    expect(read("The Syrian Army, backed by Russia, captured Palmyra.")).toEqual(["ally russia syrian-government"]);
    expect(read("The offensive by the Syrian Army and Hezbollah began in June.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'clashes between X and Y', and 'X and allied Y' as allies who act together", () => {
    expect(read("Clashes between the SDF and the FSA broke out near Manbij.")).toEqual([
      "clash free-syrian-army syrian-democratic-forces",
    ]);
    expect(read("The Syrian Army and allied Hezbollah fighters captured the town from ISIS.")).toEqual([
      "ally hezbollah syrian-government",
      "clash hezbollah islamic-state",
      "clash islamic-state syrian-government",
    ]);
    expect(read("They were forced back by the SAA and allied NDF forces.")).toEqual([
      "ally national-defence-forces syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'fought on the side of X' as an alliance", () => {
    expect(read("Hezbollah fought on the side of the Syrian Army.")).toEqual(["ally hezbollah syrian-government"]);
  });

  it("extractRelations(article, mentions) reads 'X withdrew from P after Y's assault' and 'following bombardment from Y' as clashes", () => {
    expect(read("ISIS withdrew from Manbij after the SDF's assault.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("The SAA withdrew from Temir, Zirgan and Dirbesiye following bombardment from the SNA.")).toEqual([
      "clash syrian-government syrian-national-army",
    ]);
  });

  it("extractRelations(article, mentions) does not read a withdrawal without a hostile act by another group", () => {
    expect(read("ISIS withdrew from Manbij after the SDF announced a truce.")).toEqual([]);
  });
});
