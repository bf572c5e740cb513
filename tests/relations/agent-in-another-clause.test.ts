import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { articleFrom } from "./fixtures.ts";

// Issue 10, round 10: a hostile act whose agent (or target) the sentence names in another clause. One rule each: the
// operation noun of an adverbial ("during an operation launched by Y") lends its one agent to a passive without a "by"
// of its own; an act after a result link ("that led to the capture of P from Z") takes the agent of the act before
// it, its owner together with the subject of the light verb governing it; a passive gerund after a subordinator
// ("before being expelled") takes the subject of the verb before it. Sentences written for the family, none from a
// gold set.
const reference = defaultReference();
const read = (text: string) =>
  pipelineRelations(articleFrom("x", text, "2016-05-01"), reference, new Map(), false).relations
    .map((r) => `${r.type} ${r.subject} ${r.object}`).sort();

describe("extractRelations(article, mentions) on a hostile act whose agent is in another clause", () => {
  it("extractRelations(article, mentions) reads 'Z was expelled from P during an operation launched by Y' as Y against Z", () => {
    expect(read("The Islamic State was expelled from Manbij during an operation launched by the SDF.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("The Nusra Front was driven out of Idlib in mid-May during an offensive led by Jaish al-Fatah."))
      .toEqual(["clash jabhat-al-nusra jaish-al-fatah"]);
  });

  it("extractRelations(article, mentions) refuses the operation's agent where the passive names its own 'by' agent", () => {
    expect(read("The Nusra Front was expelled from the town by the YPG during an operation launched by the FSA."))
      .not.toContain("clash free-syrian-army jabhat-al-nusra");
  });

  it("extractRelations(article, mentions) reads 'X launched an offensive in March that led to the capture of P from Z' as X against Z", () => {
    expect(read("Jaish al-Fatah launched an offensive in March that led to the capture of Idlib from the Syrian Army."))
      .toEqual(["clash jaish-al-fatah syrian-government"]);
  });

  it("extractRelations(article, mentions) reads 'X led Y's offensive that led to the capture of P from Z' as X and Y against Z", () => {
    expect(read("The YPG led the SDF's Raqqa offensive that led to the capture of Tabqa from the Islamic State."))
      .toEqual(expect.arrayContaining([
        "clash islamic-state syrian-democratic-forces",
        "clash islamic-state ypg",
      ]));
  });

  it("extractRelations(article, mentions) reads 'X, which held P before being expelled by Y' as Y against X", () => {
    expect(read("The school was shelled by the Nusra Front, which held the village before being expelled by the YPG."))
      .toContain("clash jabhat-al-nusra ypg");
  });
});
