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
