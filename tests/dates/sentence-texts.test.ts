import { describe, expect, it } from "vitest";
import { sentenceTextOf, sentenceWrittenDates } from "../../lib/extract/dates/sentence-texts.ts";
import { datesInClause, sentenceClauseDates } from "../../lib/extract/dates/event-date.ts";
import { readDates } from "../../lib/extract/dates/read-dates.ts";

const article = {
  text: "Rebels took the town on 5 March 2017. Two days later, two civilians were killed on Sunday.",
  sentences: [{ start: 0, end: 37 }, { start: 38, end: 90 }],
};

describe("sentenceTextOf(article, index)", () => {
  it("sentenceTextOf(article, index) gives each sentence's text, the same string at every call", () => {
    expect(sentenceTextOf(article, 1)).toBe("Two days later, two civilians were killed on Sunday.");
    expect(sentenceTextOf(article, 0)).toBe("Rebels took the town on 5 March 2017.");
    expect(sentenceTextOf(article, 1)).toBe(sentenceTextOf(article, 1));
  });
});

describe("sentenceWrittenDates(article, index)", () => {
  it("sentenceWrittenDates(article, index) gives readDates of the sentence, read once per article", () => {
    expect(sentenceWrittenDates(article, 0)).toEqual(readDates("Rebels took the town on 5 March 2017."));
    expect(sentenceWrittenDates(article, 0)).toBe(sentenceWrittenDates(article, 0));
  });
});

describe("sentenceClauseDates(article, index, published, before, narrativeYear)", () => {
  it("sentenceClauseDates(article, index, ...) gives datesInClause of the sentence's text, for each reading", () => {
    for (
      const [published, before, narrativeYear] of [
        ["2017-03-07", null, undefined],
        ["2017-03-07", "2017-03-05", undefined],
        [null, null, undefined],
        ["2017-03", null, 2016],
      ] as const
    ) {
      for (const index of [0, 1]) {
        expect(sentenceClauseDates(article, index, published, before, narrativeYear)).toEqual(
          datesInClause(sentenceTextOf(article, index), published, before, narrativeYear),
        );
      }
    }
  });
});
