import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { scoreNoteTolls } from "../../lib/eval/event-note-tolls.ts";

const read = (text: string) => {
  const article = articleFromText("x", text, "2016-08-02");
  return extractFigures(article).map((f) => ({ kind: f.kind, low: f.low, start: f.start, partOf: f.partOf }));
};

describe("extractFigures(article) marks a part of a count stated before it (partOf)", () => {
  it("extractFigures marks 'among them 5 children' and 'Three of the dead were women' as parts of the 18", () => {
    const [whole, children, women] = read(
      "Shelling killed 18 people in Azaz on Monday, among them 5 children. Three of the dead were women.",
    );
    expect(whole).toMatchObject({ kind: "killed", low: 18, partOf: undefined });
    expect(children).toMatchObject({ kind: "killed", low: 5, partOf: whole.start });
    expect(women).toMatchObject({ kind: "killed", low: 3, partOf: whole.start });
  });
  it("extractFigures marks 'five of them children' and 'including 2 women' after a larger count", () => {
    expect(read("An air strike killed 12 people in Saraqib on Monday, five of them children.")[1].partOf)
      .toBeDefined();
    expect(read("Gunmen killed 7 civilians in Binnish on Monday, including 2 women.")[1].partOf).toBeDefined();
  });
  it("extractFigures marks no part without a larger count of its kind before it", () => {
    expect(read("A bomb wounded 4 people in Idlib on Monday. Two of the wounded later died.").map((f) => f.partOf))
      .toEqual([undefined, undefined]);
    expect(read("Shelling killed 3 people, among them 5 children.").map((f) => f.partOf)).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe("scoreNoteTolls(note, figures) and parts", () => {
  const note = (subsetOf?: number) => ({
    id: "n",
    text: "Shelling killed 18 people in Azaz, among them 5 children.",
    eventDate: "2016-08-01",
    place: "Azaz",
    governorate: "Aleppo",
    tolls: [
      {
        kind: "killed" as const,
        low: 18,
        high: 18,
        qualifier: "exact" as const,
        vagueTerm: null,
        implicit: false,
        quote: "18",
      },
      ...(subsetOf === undefined ? [] : [{
        kind: "killed" as const,
        low: 5,
        high: 5,
        qualifier: "exact" as const,
        vagueTerm: null,
        implicit: false,
        quote: "5 children",
        subsetOf,
      }]),
    ],
  });
  const figures = extractFigures(articleFromText("n", note().text, "2016-08-01"));
  it("scoreNoteTolls leaves an unmatched part unscored where the note's gold marks no part", () => {
    const score = scoreNoteTolls(note(), figures);
    expect([score.correct.length, score.parts.length, score.wrong.length]).toEqual([1, 1, 0]);
  });
  it("scoreNoteTolls matches a part to a gold part where the gold marks parts", () => {
    const score = scoreNoteTolls(note(0), figures);
    expect([score.correct.length, score.parts.length, score.wrong.length]).toEqual([2, 0, 0]);
  });
});
