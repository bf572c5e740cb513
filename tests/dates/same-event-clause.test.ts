import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";

const dates = (text: string, published = "2016-09-21") =>
  extractFigures(articleFromText("x", text, published)).map((f) => `${f.kind} ${f.date?.value} ${f.date?.from}`);

describe("eventDate(article, sentenceIndex, at): a clause telling the same event", () => {
  it("eventDate takes the date of a 'when' or 'as' clause right after the figure's clause ('killed when a strike hit ... late Tuesday')", () => {
    expect(dates("Five medics were killed when an air strike hit a clinic near Aleppo late Tuesday.")).toEqual([
      "killed 2016-09-20 sentence",
    ]);
    expect(dates("Three people died as shells hit the market in Douma on Monday.")).toEqual([
      "killed 2016-09-19 sentence",
    ]);
  });
  it("eventDate keeps other subordinate clauses dating nothing ('after the town fell in March', 'since 2011')", () => {
    expect(dates("Three people were killed after the town fell in March.")).toEqual(["killed 2016-09-21 article"]);
    expect(dates("Twelve people were killed in Azaz, which was captured in 2013.")).toEqual([
      "killed 2016-09-21 article",
    ]);
  });
  it("eventDate reads a date before ', X said' as the event's at a clause's end, the telling's at the sentence's start", () => {
    expect(dates("An air strike hit a clinic near Aleppo late Tuesday, killing five medics, the group said.")[0])
      .toBe("killed 2016-09-20 sentence");
    expect(dates("Five medics were killed when a strike hit a clinic late Tuesday, the group said.")).toEqual([
      "killed 2016-09-20 sentence",
    ]);
    expect(dates("On Tuesday, the Observatory said that 12 people were killed in Azaz.")).toEqual([
      "killed 2016-09-21 article",
    ]);
  });
});
