import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { articleFrom } from "./fixtures.ts";

// Issue 10, round 10: support phrases inside a hostile clause. The supporter is the acting side's ally, never a side
// of its fight, and the backer in "Y-backed X" is never the object of an act on X. Sentences written for the family,
// none from a gold set.
const reference = defaultReference();
const read = (text: string) =>
  pipelineRelations(articleFrom("x", text, "2016-05-01"), reference, new Map(), false).relations
    .map((r) => `${r.type} ${r.subject} ${r.object}`).sort();

describe("extractRelations(article, mentions) on a support phrase inside a hostile clause", () => {
  it("extractRelations(article, mentions) reads 'X, with Y support, attacked Z' as X allied to Y and against Z", () => {
    expect(read("The Free Syrian Army, with US support, attacked the Islamic State in al-Bab.")).toEqual([
      "ally free-syrian-army united-states",
      "clash free-syrian-army islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads a fronted 'With Y support, X attacked Z' the same way", () => {
    expect(read("With US military support, the SDF attacked the Islamic State in Raqqa.")).toEqual([
      "ally syrian-democratic-forces united-states",
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X captured P from Z with Y support' with Y as X's ally, not Z's companion", () => {
    expect(read("The YPG captured Manbij from the Islamic State with US support.")).toEqual([
      "ally united-states ypg",
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no clash with the supporter in 'X is fighting Z with Y support'", () => {
    expect(read("The SDF is fighting the Islamic State with US support.")).toEqual([
      "ally syrian-democratic-forces united-states",
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X, with the support of Y, attacked Z' as X allied to Y and against Z", () => {
    expect(read("The Free Syrian Army, with the support of Turkey, attacked the Islamic State in al-Bab.")).toEqual([
      "ally free-syrian-army turkey",
      "clash free-syrian-army islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X, backed by Y, attacked Z' as X allied to Y and against Z", () => {
    expect(read("The Free Syrian Army, backed by Turkey, attacked the Islamic State in al-Bab.")).toEqual([
      "ally free-syrian-army turkey",
      "clash free-syrian-army islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X, supported by Y air strikes, attacked Z' without a clash X-Y", () => {
    expect(read("The Free Syrian Army, supported by Turkish air strikes, attacked the Islamic State in al-Bab."))
      .toEqual([
        "ally free-syrian-army turkey",
        "clash free-syrian-army islamic-state",
      ]);
  });

  it("extractRelations(article, mentions) reads no supporter in 'with Y's weapons' (a noun a name before it does not modify)", () => {
    expect(read("The Syrian Army destroyed depots with the Islamic State's weapons near Palmyra.")).not.toContain(
      "ally islamic-state syrian-government",
    );
  });

  it("extractRelations(article, mentions) reads 'X attacked Y-backed Z' as X against Z, never against the backer Y", () => {
    expect(read("The Free Syrian Army attacked Iran-backed Hezbollah near Aleppo.")).toEqual([
      "ally hezbollah iran",
      "clash free-syrian-army hezbollah",
    ]);
    expect(read("The YPG attacked the US-backed Syrian Democratic Forces.")).toEqual([
      "ally syrian-democratic-forces united-states",
      "clash syrian-democratic-forces ypg",
    ]);
  });
});
