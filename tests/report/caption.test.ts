import { describe, expect, it } from "vitest";
import { corpusCaption, corpusSummary } from "../../lib/report/caption.ts";
import { fixtureRecords } from "./fixtures.ts";

describe("corpusCaption", () => {
  it("corpusSummary(records) counts articles and finds the date range at each date's precision", () => {
    expect(corpusSummary(fixtureRecords())).toEqual({
      articles: 3,
      rejected: 0,
      dated: 2,
      from: "2013-03-02",
      to: "2016-08",
    });
  });

  it("corpusCaption(records, method) states corpus size, date range and method", () => {
    expect(corpusCaption(fixtureRecords(), "gazetteer names.")).toBe(
      "Corpus: 3 articles published 2013-03-02 to 2016-08 (1 undated). Method: gazetteer names.",
    );
  });
});
