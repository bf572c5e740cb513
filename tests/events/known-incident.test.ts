import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { toldAsKnown } from "../../lib/analyze/known-incident.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const cues = defaultReference().lexicon.dateCues;
const known = (text: string, sentenceIndex = 0) =>
  toldAsKnown({ sentenceIndex }, articleFromText("a", text, "2014-09-10"), cues);
const events = (...items: [string, string, string][]) => {
  const articles = items.map(([id, published, text]) => articleFromText(id, text, published));
  return reconcileEvents(articles.flatMap((a) => extractFigures(a)), articles).filter((e) => e.kind === "killed");
};

describe("toldAsKnown(figure, article, cues)", () => {
  it("toldAsKnown reads an opening sentence that names its incident by a definite event noun", () => {
    expect(known("The blast which wiped out the commanders' meeting in Saraqeb killed 47, a monitor said.")).toBe(true);
    expect(known("The car bomb attack on the market killed 12 people.")).toBe(true);
    expect(known("That massacre left 30 dead.")).toBe(true);
  });
  it("toldAsKnown reads an opening sentence that names its incident by its place ('the Houla massacre'), given places", () => {
    const places = defaultReference().places;
    const named = (text: string) =>
      toldAsKnown({ sentenceIndex: 0 }, articleFromText("a", text, "2014-11-27"), cues, places);
    expect(named("The Coalition decries the silence over Al Raqqa massacre in which 130 civilians were killed.")).toBe(
      true,
    );
    expect(named("Leaders condemned the Houla massacre, in which 108 people were killed.")).toBe(true);
    expect(named("An Idlib strike killed 9 people on Wednesday.")).toBe(false);
    expect(named("Air strikes on Raqqa killed 65 civilians.")).toBe(false);
  });
  it("toldAsKnown reads no news of the day, and no sentence but the opening one", () => {
    expect(known("A blast at a commanders' meeting in Saraqeb killed 47, a monitor said.")).toBe(false);
    expect(known("The army said 47 militants were killed in an attack.")).toBe(false);
    expect(known("A blast killed 28 people. The blast killed 47 in all.", 1)).toBe(false);
  });
});

describe("reconcileEvents(figures, articles) with a follow-up of a known incident", () => {
  it("reconcileEvents joins a follow-up a day later to the incident of its place and means, whatever its toll", () => {
    const all = events(
      [
        "a",
        "2014-09-09",
        "Twenty-eight commanders were killed in an explosion that targeted a meeting in Saraqeb tonight.",
      ],
      ["b", "2014-09-10", "The blast which wiped out the commanders' meeting in Saraqeb killed 47, a monitor said."],
    );
    expect(all.map((e) => [e.date.value, e.articleIds])).toEqual([["2014-09-09", ["a", "b"]]]);
  });
  it("reconcileEvents joins a reaction a day later naming the incident by its place to that incident", () => {
    const all = events(
      ["a", "2014-11-26", "Air raids on Raqqa killed 65 civilians today, activists said."],
      [
        "b",
        "2014-11-27",
        "The Coalition decries the silence over the Raqqa massacre, in which 130 civilians were killed by air raids.",
      ],
    );
    expect(all.map((e) => [e.date.value, e.articleIds])).toEqual([["2014-11-26", ["a", "b"]]]);
  });
  it("reconcileEvents keeps apart news of the next day, a follow-up two days on, and one of other means", () => {
    const apart = (...items: [string, string, string][]) => events(...items).length;
    const first: [string, string, string] = [
      "a",
      "2014-09-09",
      "Twenty-eight commanders were killed in an explosion that targeted a meeting in Saraqeb tonight.",
    ];
    expect(apart(first, ["b", "2014-09-10", "A blast at a commanders' meeting in Saraqeb killed 47, a monitor said."]))
      .toBe(2);
    expect(apart(first, ["b", "2014-09-11", "The blast which wiped out the meeting in Saraqeb killed 47."])).toBe(2);
    expect(apart(first, ["b", "2014-09-10", "The air strike on the meeting in Saraqeb killed 47."])).toBe(2);
  });
});
