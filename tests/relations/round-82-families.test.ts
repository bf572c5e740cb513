import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("backing of an act goes to the act's agent (frames.ts actNounByAgent, actAgentBeforeComma; round 82)", () => {
  it("extractRelations(article, mentions) reads a backed compound on an act noun with its 'by' agent", () => {
    expect(relationsIn("A US-backed offensive by the SDF reached Manbij.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(relationsIn("A Russian-backed offensive by the Syrian Army retook Palmyra.")).toEqual([
      "ally russia syrian-government",
    ]);
    // The light verb's subject still reads where no "by" agent follows.
    expect(relationsIn("The SDF launched a US-backed offensive on Manbij.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads support set after an act phrase and its comma as the act agent's", () => {
    expect(relationsIn("The offensive by the SDF, backed by the US, reached Manbij.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(relationsIn("The SDF-led offensive, backed by the US, reached Raqqa.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(relationsIn("The SDF's offensive, backed by the US, reached Raqqa.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads no agent for an act phrase that names only its target", () => {
    expect(relationsIn("The offensive against ISIS, backed by the US, reached Raqqa.")).toEqual([]);
  });
});

describe("a phrase of means or cause owns its prepositions (lexicon meansOpeners; round 82)", () => {
  it("extractRelations(article, mentions) reads no loser of a place in the source of support a cause phrase names", () => {
    // Before, Russia was read as the party the Syrian Army retook Palmyra from.
    expect(relationsIn("The Syrian Army retook Palmyra thanks to support from Russia.")).toEqual([]);
    expect(relationsIn("The Syrian Army retook Palmyra due to support from Russia.")).toEqual([]);
  });

  it("extractRelations(article, mentions) keeps the frame's own preposition before the cause phrase", () => {
    expect(relationsIn("The Syrian Army retook Palmyra from ISIS thanks to support from Russia.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});

describe("verbs of stopping a party's attack (triggers disrupt, frustrate, abort, stave off, beat off; patientVerbs; round 82)", () => {
  it("extractRelations(article, mentions) reads the stopper against the attack's owner", () => {
    expect(relationsIn("Canadian special forces disrupted an ISIS attack.")).toEqual(["clash canada islamic-state"]);
    expect(relationsIn("The YPG staved off an ISIS assault on the town.")).toEqual(["clash islamic-state ypg"]);
    expect(relationsIn("The YPG beat off an ISIS attack on the town.")).toEqual(["clash islamic-state ypg"]);
  });

  it("extractRelations(article, mentions) reads the stopper against the attack's 'by' agent (a patient verb)", () => {
    expect(relationsIn("The Syrian Army frustrated an attack by Nusra Front terrorists.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(relationsIn("The SDF disrupted an attack by ISIS.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing where no party's attack is stopped", () => {
    expect(relationsIn("The Syrian Army was frustrated by the lack of progress against ISIS.")).toEqual([]);
    expect(relationsIn("ISIS disrupted the supply of water to Aleppo.")).toEqual([]);
  });
});
