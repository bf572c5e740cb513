import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";

const dates = (text: string) =>
  extractFigures(articleFromText("x", text, "2013-09-09")).map((f) => `${f.low} ${f.date?.value} ${f.date?.from}`);

describe("eventDate: a definite event noun dated by its antecedent (data/lexicon/date-cues.json antecedentEventNouns)", () => {
  it("extractFigures(article) dates 'the attack, which killed 1,400' by 'an attack ... on August 21' the sentence before", () => {
    expect(dates(
      "Obama seeks backing after an alleged chemical attack near Damascus on August 21. Washington blames the " +
        "government for the attack, which it says killed more than 1400 people.",
    )).toEqual(["1400 2013-08-21 sentence"]);
  });

  it("extractFigures(article) dates a main clause's 'the massacre killed' by the massacre two sentences before", () => {
    expect(dates(
      "A massacre took place in Houla on 25 May 2012. Many bodies were children. The massacre killed 108 people.",
    )).toEqual(["108 2012-05-25 sentence"]);
  });

  it("extractFigures(article) keeps the clause's own date, and the publication date without the same noun before", () => {
    expect(dates("An attack hit Azaz on Monday. The attack on Tuesday killed 5 people.")).toEqual([
      "5 2013-09-03 sentence",
    ]);
    expect(dates("A car bomb exploded in Azaz on Tuesday. The shelling killed 12 people.")).toEqual([
      "12 2013-09-09 article",
    ]);
  });

  it("extractFigures(article) looks back two sentences at most", () => {
    expect(dates(
      "An attack hit Azaz on 2 September 2013. Talks went on. Aid arrived. The attack killed 5 people.",
    )).toEqual(["5 2013-09-09 article"]);
  });
});
