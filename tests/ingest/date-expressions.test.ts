import { describe, expect, it } from "vitest";
import { findDateExpressions } from "../../lib/extract/dates/expressions.ts";
import { inferredDate } from "../../lib/ingest/publication-date.ts";
import { splitSentences } from "../../lib/ingest/sentences.ts";

describe("findDateExpressions(text)", () => {
  const cases: [string, string, string][] = [
    ["26 January, 2017", "2017-01-26", "26 January, 2017"],
    ["[Source: By Caleb Weiss, Threat Matrix, The Long War Journal, 09Jun15]", "2015-06-09", "09Jun15"],
    ["Wed 05 Apr 2017 Syria attack", "2017-04-05", "Wed 05 Apr 2017"],
    ["17-08-2014 Syrian army", "2014-08-17", "17-08-2014"],
    ["Posted on April 19 2017 by Asharq Al-Awsat", "2017-04-19", "April 19 2017"],
    ["Last updated at Aug 012016 An attack", "2016-08-01", "Aug 012016"],
    ["18.10.2014 Syrian army", "2014-10-18", "18.10.2014"],
    ["21.08.2013Get short URL", "2013-08-21", "21.08.2013"],
    ["Fri Sep 27 2013 Bomb blast", "2013-09-27", "Fri Sep 27 2013"],
    ["In Feb. 2017, HTS and other groups", "2017-02", "Feb. 2017"],
  ];
  for (const [text, date, quote] of cases) {
    it(`findDateExpressions(${JSON.stringify(text)}) reads ${date}`, () => {
      const [found] = findDateExpressions(text);
      expect(found).toMatchObject({ date, quote });
      expect(text.slice(found.start, found.end)).toBe(quote);
    });
  }

  it("findDateExpressions(text) reads a month and year with month precision, never a day", () => {
    expect(findDateExpressions("since it started in March 2011 with")[0]).toMatchObject({
      date: "2011-03",
      precision: "month",
    });
  });

  it("findDateExpressions(text) ignores impossible dates and day-month text without a year", () => {
    expect(findDateExpressions("31.02.2016 and on June 24, via")).toEqual([]);
  });
});

describe("inferredDate(text, sentences, events)", () => {
  const events = [{
    id: "hts-formed",
    what: "HTS formed",
    date: "2017-01-28",
    subject: "Hayat Tahrir al-Sham|\\bHTS\\b",
    verbs: "formed|founded",
    sources: ["test"],
  }];
  const infer = (text: string) => inferredDate(text, splitSentences(text), events);

  it("inferredDate(text) gives the month after an event 'formed last month'", () => {
    expect(infer("Hashem al-Sheikh, leader of Hayat Tahrir al-Sham, which was formed last month, spoke."))
      .toMatchObject({
        date: "2017-02",
        precision: "month",
        method: "inferred",
        evidence: { quote: "Hayat Tahrir al-Sham, which was formed last month" },
      });
  });

  it("inferredDate(text) gives the year after 'formed last year', with year precision", () => {
    expect(infer("HTS, which was formed last year, is strong.")).toMatchObject({ date: "2018", precision: "year" });
  });

  it("inferredDate(text) refines 'more than a year later' after 'In Feb. 2017' by yearless days to the month", () => {
    const text =
      "On June 24, HTS issued a statement. In Feb. 2017, HTS pushed into Daraa. Now, more than a year later, they call again.";
    expect(infer(text)).toMatchObject({ date: "2018-06", precision: "month", method: "inferred" });
  });

  it("inferredDate(text) returns null when nothing anchors the text", () => {
    expect(infer("Fighting went on on Tuesday.")).toBeNull();
  });
});
