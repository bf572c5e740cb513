import { describe, expect, it } from "vitest";
import { datesInClause, eventDate, relationDate } from "../../lib/extract/dates/event-date.ts";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";

const values = (text: string, published: string | null) =>
  datesInClause(text, published).map((date) => [date.quote, date.value, date.precision]);

describe("datesInClause(text, published)", () => {
  it("datesInClause(text, published) resolves weekdays to the latest such day up to the publication day", () => {
    expect(values("Rebels attacked on Saturday.", "2017-03-06")).toEqual([["on Saturday", "2017-03-04", "day"]]);
    expect(values("They met on Monday.", "2017-03-06")).toEqual([["on Monday", "2017-03-06", "day"]]);
    expect(values("They met last Monday.", "2017-03-06")).toEqual([["last Monday", "2017-02-27", "day"]]);
  });

  it("datesInClause(text, published) reads a possessive weekday or 'yesterday' whose apostrophe was lost ('Saturdays blast')", () => {
    expect(values("Rescuers carted away 100 bodies from the site of Saturdays blast.", "2017-04-16")).toEqual([
      ["Saturdays", "2017-04-15", "day"],
    ]);
    expect(values("8 killed in yesterdays tragedy.", "2017-04-30")).toEqual([["yesterdays", "2017-04-29", "day"]]);
    expect(values("Saturday's blast killed 100.", "2017-04-16")).toEqual([["Saturday", "2017-04-15", "day"]]);
    // "on Saturdays" is every Saturday, no day
    expect(values("Markets close on Saturdays.", "2017-04-16")).toEqual([]);
  });

  it("datesInClause(text, published) gives yearless dates the publication date's year, or the year before", () => {
    expect(values("The town fell on 5 March.", "2017-03-06")[0]).toEqual(["5 March", "2017-03-05", "day"]);
    expect(values("The town fell on 5 December.", "2017-03-06")[0]).toEqual(["5 December", "2016-12-05", "day"]);
    expect(values("The offensive began in March.", "2015-06-09")[0]).toEqual(["in March", "2015-03", "month"]);
  });

  it("datesInClause(text, published) resolves relative periods no more precisely than they say", () => {
    expect(values("Clashes erupted last week.", "2017-03-03")[0]).toEqual(["last week", "2017-02", "month"]);
    expect(values("The group was formed last month.", "2017-02")[0]).toEqual(["last month", "2017-01", "month"]);
    expect(values("It happened two years ago.", "2017-03-03")[0]).toEqual(["two years ago", "2015", "year"]);
    expect(values("They were killed yesterday.", "2017-03-03")[0]).toEqual(["yesterday", "2017-03-02", "day"]);
  });

  it("datesInClause(text, published) shifts 'two years earlier' from the date stated before it", () => {
    expect(values("Rebels took the town in 2015 and lost it two years earlier.", "2017-03-03").at(-1)).toEqual([
      "two years earlier",
      "2013",
      "year",
    ]);
  });

  it("datesInClause(text, published) resolves no weekday against a month-precise publication date", () => {
    expect(values("Rebels attacked on Saturday.", "2017-03")).toEqual([]);
  });
});

describe("eventDate(article, sentenceIndex, at)", () => {
  const article = (text: string) => articleFromText("a", text, "2017-03-06");
  const figureAt = (text: string, figure: string) => {
    const built = article(text);
    const start = built.text.indexOf(figure);
    return eventDate(built, 0, { start, end: start + figure.length });
  };

  it("eventDate(article) dates a figure by its own clause's date, with the words as evidence", () => {
    expect(figureAt("Air strikes killed 20 people on Saturday in Idlib.", "20")).toEqual({
      value: "2017-03-04",
      precision: "day",
      from: "sentence",
      evidence: "on Saturday",
    });
  });

  it("eventDate(article) dates a clause opened by 'a day after' or 'two days after' that lag before the main clause", () => {
    const text =
      "Rebels hit a school in Aleppo on Monday, killing 6, a day after airstrikes killed 22 children in Idlib.";
    expect(figureAt(text, "22")).toEqual({
      value: "2017-03-05",
      precision: "day",
      from: "sentence",
      evidence: "a day after",
    });
    // the main clause keeps its own day: "a day after" shifts nothing forward
    expect(figureAt(text, "6")).toMatchObject({ value: "2017-03-06", evidence: "on Monday" });
    expect(figureAt("The attack comes two days after an airstrike killed 12 aid workers.", "12")).toMatchObject({
      value: "2017-03-04",
      evidence: "two days after",
    });
    expect(figureAt("Rebels shelled Aleppo hours after strikes killed 9 in Idlib.", "9")).toMatchObject({
      value: "2017-03-06",
      evidence: "hours after",
    });
    // with no lag before it, an "after" clause is dated as before: by the publication day
    expect(figureAt("Rebels shelled Aleppo after strikes killed 9 in Idlib.", "9").from).toBe("article");
  });

  it("eventDate(article) does not take the date of a count's start or of another event's clause", () => {
    expect(figureAt("The war has killed more than 310,000 people since it started in March 2011.", "310,000").from)
      .toBe("article");
    expect(figureAt("Hayat Tahrir al-Sham, which was formed last month, lost 12 fighters.", "12")).toMatchObject({
      from: "article",
      value: "2017-03-06",
    });
  });

  it("eventDate(article) does not take the date of the telling", () => {
    expect(figureAt("Air strikes killed 20 people in Idlib, the Observatory said on Sunday.", "20").from).toBe(
      "article",
    );
  });
});

describe("relationDate(article, texts)", () => {
  it("relationDate(article, texts) resolves a main clause's date against the article's date", () => {
    const built = articleFromText("a", "The alliance was announced in March.", "2015-06-09");
    expect(relationDate(built, [built.text])).toEqual({ value: "2015-03", precision: "month", from: "sentence" });
  });

  it("relationDate(article, texts) skips a date of a relative clause", () => {
    const text = "They revived the alliance, a coalition that won big victories last year.";
    const built = articleFromText("a", text, "2016-05");
    expect(relationDate(built, [built.text])).toEqual({ value: "2016-05", precision: "month", from: "article" });
  });
});
