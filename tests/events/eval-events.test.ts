import { describe, expect, it } from "vitest";
import { type EventNote, scoreNoteTolls, sumNoteScores } from "../../lib/eval/event-note-tolls.ts";
import { fakesHalf, isoFromUsDate, mainAnnotations, pairScore } from "../../lib/eval/fakes-events.ts";
import type { Figure } from "../../lib/records/mod.ts";
import { articleIncidents, incidentOfEvent, mainFigure } from "../../lib/eval/events.ts";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";

const figure = (kind: Figure["kind"], low: number, high: number): Figure => ({
  articleId: "n",
  kind,
  low,
  high,
  qualifier: "exact",
  vagueTerm: null,
  who: null,
  attributedTo: null,
  location: null,
  scope: "event",
  quote: "",
  start: 0,
  end: 1,
  sentenceIndex: 0,
});
const toll = (kind: Figure["kind"], low: number, implicit: boolean, restatement?: string) => ({
  kind,
  low,
  high: low,
  qualifier: "exact" as const,
  vagueTerm: null,
  implicit,
  quote: "",
  ...(restatement ? { restatement } : {}),
});
const note = (tolls: EventNote["tolls"]): EventNote => ({
  id: "n",
  text: "",
  eventDate: "2019-01-01",
  place: "",
  governorate: "",
  tolls,
});

describe("scoreNoteTolls(note, figures)", () => {
  it("scoreNoteTolls recovers a toll by kind, low and high, one to one", () => {
    const score = scoreNoteTolls(note([toll("killed", 1, true), toll("injured", 2, false)]), [
      figure("killed", 1, 1),
      figure("killed", 1, 1),
    ]);
    expect(score.recovered.length).toBe(1);
    expect(score.missed.map((t) => t.kind)).toEqual(["injured"]);
    expect(score.wrong.length).toBe(1);
  });
  it("scoreNoteTolls counts a restated toll ('Fatalities: 1') once, neither right nor wrong", () => {
    const score = scoreNoteTolls(note([toll("killed", 1, true, "Fatalities: 1")]), [
      figure("killed", 1, 1),
      figure("killed", 1, 1),
    ]);
    expect([score.correct.length, score.restatements.length, score.wrong.length]).toEqual([1, 1, 0]);
  });
  it("sumNoteScores(scores) keeps implicit and written tolls apart", () => {
    const sum = sumNoteScores([scoreNoteTolls(note([toll("killed", 1, true), toll("killed", 3, false)]), [
      figure("killed", 3, 3),
    ])]);
    expect(sum.written).toEqual({ tolls: 1, recovered: 1 });
    expect(sum.implicit).toEqual({ tolls: 1, recovered: 0 });
  });
});

describe("pairScore(predicted, gold)", () => {
  it("pairScore scores pairs of items placed in one group", () => {
    const gold = new Map([["a", "1"], ["b", "1"], ["c", "1"], ["d", "2"]]);
    const predicted = new Map([["a", "x"], ["b", "x"], ["c", "y"], ["d", "y"]]);
    const score = pairScore(predicted, gold);
    expect([score.gold, score.predicted, score.agreed]).toEqual([3, 2, 1]);
    expect(score.precision).toBe(0.5);
  });
  it("isoFromUsDate reads FA-KES's m/d/yy", () => {
    expect(isoFromUsDate("4/5/17")).toBe("2017-04-05");
    expect(isoFromUsDate("n/a")).toBeNull();
  });
});

describe("fakesHalf(articleId)", () => {
  it("fakesHalf splits ids by a fixed hash, the same every run, into two halves of similar size", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => String(1914947530 + i * 7919));
    const development = ids.filter((id) => fakesHalf(id) === "development").length;
    expect(development).toBeGreaterThan(400);
    expect(development).toBeLessThan(600);
    expect(ids.map(fakesHalf)).toEqual(ids.map(fakesHalf));
  });
});

describe("mainAnnotations(annotations)", () => {
  it("mainAnnotations keeps each article's first annotated row", () => {
    const row = (articleId: string, location: string) => ({ articleId, date: "2016-11-20", location, toll: 1 });
    expect(mainAnnotations([row("a", "aleppo"), row("b", "homs"), row("a", "damascus")]).map((r) => r.location))
      .toEqual(["aleppo", "homs"]);
  });
});

describe("articleIncidents(articles, figures, events)", () => {
  const corpus = (...items: [string, string][]) => {
    const articles = items.map(([id, text]) => articleFromText(id, text, "2016-08-01"));
    const figures = articles.flatMap((a) => extractFigures(a));
    return { articles, figures, events: reconcileEvents(figures, articles) };
  };
  it("articleIncidents joins an article reporting only injuries to the incident another sentence reports both ways", () => {
    const { articles, figures, events } = corpus(
      ["deaths", "A car bomb killed 5 people and injured 20 in Azaz."],
      ["injuries", "A car bomb injured 20 people in Azaz."],
    );
    expect(mainFigure(figures, "injuries")?.kind).toBe("injured");
    const main = articleIncidents(articles, figures, events);
    expect(main.get("injuries")).toBe(main.get("deaths"));
    expect(main.get("deaths")).toMatch(/^killed:/);
  });
  it("mainFigure(figures, articleId) passes over a toll of the lead's background clause ('a day after airstrikes killed 22')", () => {
    const article = articleFromText(
      "school",
      "Rebels hit a school in Aleppo a day after airstrikes killed 22 children in Idlib. " +
        "At least six children were killed in the rebel rocket attack in Aleppo.",
      "2016-10-27",
    );
    const figures = extractFigures(article);
    expect(mainFigure(figures, "school")?.low).toBe(6);
  });
  it("incidentOfEvent never joins two death toll events through an injury event their sentences share", () => {
    const { events } = corpus(
      ["civilians", "Air strikes killed 15 civilians and injured 20 people in Aleppo."],
      ["fighters", "Air strikes killed 30 fighters and injured 20 people in Aleppo."],
    );
    const killed = events.filter((e) => e.kind === "killed");
    expect(killed.length).toBe(2);
    expect(events.filter((e) => e.kind === "injured").map((e) => e.articleIds)).toEqual([["civilians", "fighters"]]);
    const incident = incidentOfEvent(events);
    expect(new Set(killed.map((e) => incident.get(e.id))).size).toBe(2);
  });
  it("incidentOfEvent links nothing from a sentence with two reports of one kind", () => {
    const { events } = corpus(["a", "Shelling killed 5 people in Azaz and 7 in Afrin, and injured 20 in Azaz."]);
    const incident = incidentOfEvent(events);
    expect(new Set(events.map((e) => incident.get(e.id))).size).toBe(events.length);
  });
});
