import { describe, expect, it } from "vitest";
import { readPeriod } from "../../lib/extract/dates/period.ts";
import { eventDate, relationDate } from "../../lib/extract/dates/event-date.ts";
import { relationTime } from "../../lib/extract/dates/relation-time.ts";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { ingest } from "../../lib/ingest/mod.ts";
import { eventDateOf } from "../../lib/analyze/event-date-of.ts";
import { isRetrospective } from "../../lib/analyze/casualty-reports.ts";
import { dateHolding } from "../../lib/records/date.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { eventMonths } from "../../lib/analyze/event-months.ts";
import type { Article, Figure } from "../../lib/records/mod.ts";

/** A Markdown page with the Wikipedia corpus's front matter: `pubDate` the copy date, `date` a list (the battle's). */
function page(date: string, body = "The army shelled the town, killing 40 people."): Article {
  return articleFromText(
    "battle",
    `---\nsubject: Battle of the town\nauthor: Wikipedia\npubDate: 2023-10-11 13:10\ndate:\n${date}\nplace:\n  - Syria\n---\n\n${body}\n`,
  );
}

describe("readPeriod(value)", () => {
  it("readPeriod(value) reads a range whose start leaves its year implied ('5 March – 25 May 2014')", () => {
    expect(readPeriod("5 March – 25 May 2014")).toEqual({ start: "2014-03-05", end: "2014-05-25" });
    expect(readPeriod("4–25 June 2014")).toEqual({ start: "2014-06-04", end: "2014-06-25" });
    expect(readPeriod("May 23 – October 23, 2017")).toEqual({ start: "2017-05-23", end: "2017-10-23" });
    expect(readPeriod("31 May 1976 – 28 February 1982")).toEqual({ start: "1976-05-31", end: "1982-02-28" });
  });

  it("readPeriod(value) reads a single date as a period of that day", () => {
    expect(readPeriod("8 March 1963")).toEqual({ start: "1963-03-08", end: "1963-03-08" });
    expect(readPeriod("March 17, 2017")).toEqual({ start: "2017-03-17", end: "2017-03-17" });
  });

  it("readPeriod(value) reads years and ranges of years or months joined by a dash or 'to'", () => {
    expect(readPeriod("2014")).toEqual({ start: "2014", end: "2014" });
    expect(readPeriod("2012–2016")).toEqual({ start: "2012", end: "2016" });
    expect(readPeriod("2012-2016")).toEqual({ start: "2012", end: "2016" });
    expect(readPeriod("2012 to 2016")).toEqual({ start: "2012", end: "2016" });
    expect(readPeriod("March 2012 to June 2014")).toEqual({ start: "2012-03", end: "2014-06" });
    expect(readPeriod("July 2012 - May 2013")).toEqual({ start: "2012-07", end: "2013-05" });
  });

  it("readPeriod(value) reads '– present' and '– ongoing' as an open end", () => {
    expect(readPeriod("July 2012 – present")).toEqual({ start: "2012-07", end: null });
    expect(readPeriod("22 June 2012–present")).toEqual({ start: "2012-06-22", end: null });
    expect(readPeriod("9 June 2013 — present")).toEqual({ start: "2013-06-09", end: null });
    expect(readPeriod("16 February 1985 – ongoing")).toEqual({ start: "1985-02-16", end: null });
    expect(readPeriod("2011 – present")).toEqual({ start: "2011", end: null });
  });

  it("readPeriod(value) spans every phase a value lists, from the earliest start to the latest end", () => {
    expect(
      readPeriod("Main combat phase:\n9–17 October 2019\nPost-ceasefire operations:\n18 October – 25 November 2019"),
    )
      .toEqual({ start: "2019-10-09", end: "2019-11-25" });
    expect(readPeriod("9 October 2017 – 13 February 2018 (4 months and 4 days)"))
      .toEqual({ start: "2017-10-09", end: "2018-02-13" });
  });

  it("readPeriod(value) gives null where no date with its year is written", () => {
    expect(readPeriod("c. late 6th century")).toBeNull();
    expect(readPeriod("604-11")).toBeNull();
    expect(readPeriod("unknown")).toBeNull();
  });
});

describe("dateHolding(start, end)", () => {
  it("dateHolding(start, end) is the most precise date holding the whole period, null past one calendar year", () => {
    expect(dateHolding("1963-03-08", "1963-03-08")).toEqual({ value: "1963-03-08", precision: "day" });
    expect(dateHolding("2014-06-04", "2014-06-10")).toEqual({ value: "2014-06", precision: "month" });
    expect(dateHolding("2014-03-05", "2014-05-25")).toEqual({ value: "2014", precision: "year" });
    expect(dateHolding("2014", "2014")).toEqual({ value: "2014", precision: "year" });
    expect(dateHolding("2012", "2016")).toBeNull();
    expect(dateHolding("2012-07", null)).toBeNull();
  });
});

describe("buildArticle(document) reads the period a document states it is about", () => {
  it("buildArticle(document) reads front matter 'date' as the period where 'pubDate' states publication", () => {
    const article = page("  - 5 March – 25 May 2014");
    expect(article.published.date).toBe("2023-10-11");
    expect(article.covers).toMatchObject({
      start: "2014-03-05",
      end: "2014-05-25",
      value: "2014",
      precision: "year",
      where: 'front matter "date"',
      evidence: { quote: "5 March – 25 May 2014", in: "raw" },
    });
    expect(article.warnings.filter((w) => w.includes("period"))).toEqual([]);
  });

  it("buildArticle(document) reads a block list item of phases ('- |-') as one period", () => {
    const article = page(
      "  - |-\n    Main combat phase:\n    20 January – 24 March 2018\n    Main insurgency phase:\n    25 March 2018 – 9 August 2019",
    );
    expect(article.covers).toMatchObject({ start: "2018-01-20", end: "2019-08-09", value: null, precision: null });
  });

  it("buildArticle(document) keeps an unreadable period as null with a warning naming the value", () => {
    const article = page("  - c. late 6th century");
    expect(article.covers).toBeNull();
    expect(article.warnings.some((w) => w.includes('"c. late 6th century"'))).toBe(true);
    const at = { start: article.text.indexOf("40"), end: article.text.indexOf("40") + 2 };
    expect(eventDate(article, 0, at)).toEqual({ value: null, precision: null, from: "document" });
  });

  it("buildArticle(document) reads the short description's period where 'date' holds no date ('(8 years, 9 months, 6 days)')", () => {
    const article = articleFromText(
      "war",
      "---\nsubject: A war\nshortDescription: 2003–2011 war after an invasion\npubDate: 2023-06-25 12:06\ndate:\n" +
        "  - (8 years, 9 months, 6 days)\n---\n\nThe army shelled the town, killing 40 people.\n",
    );
    expect(article.covers).toMatchObject({ start: "2003", end: "2011", where: 'front matter "shortdescription"' });
    expect(article.warnings).toEqual([]);
    // a description with no year leaves the unreadable period as it was: null, with its warning
    const vague = articleFromText(
      "war",
      "---\nsubject: A war\nshortDescription: A long war\npubDate: 2023-06-25 12:06\ndate:\n" +
        "  - (8 years, 9 months, 6 days)\n---\n\nThe army shelled the town.\n",
    );
    expect(vague.covers).toBeNull();
    expect(vague.warnings.some((w) => w.includes("8 years"))).toBe(true);
  });

  it("readPeriod(value) reads 'since 2011' as a period that goes on", () => {
    expect(readPeriod("Ongoing multi-sided civil war in Syria since 2011")).toEqual({ start: "2011", end: null });
  });

  it("buildArticle(document) reads an empty 'date: []' as a period not given, and 'date' alone as publication", () => {
    const empty = articleFromText(
      "profile",
      "---\nsubject: A group\npubDate: 2023-10-11 13:10\ndate: []\n---\n\nThe group killed 40 people.\n",
    );
    expect(empty.covers).toBeNull();
    expect(empty.warnings.filter((w) => w.includes("period"))).toEqual([]);
    const at = { start: empty.text.indexOf("40"), end: empty.text.indexOf("40") + 2 };
    expect(eventDate(empty, 0, at)).toEqual({ value: null, precision: null, from: "document" });
    const blog = articleFromText("post", "---\ntitle: A post\ndate: 2017-03-05\n---\n\nThe army shelled the town.\n");
    expect(blog.published.date).toBe("2017-03-05");
    expect(blog.covers).toBeUndefined();
  });

  it("ingest(input) reads 'covers' from metadata.json, a JSONL line and a CSV column (--covers-column)", async () => {
    const dir = await Deno.makeTempDir({ prefix: "document-period-" });
    try {
      await Deno.writeTextFile(`${dir}/a.txt`, "The army shelled the town, killing 40 people.");
      await Deno.writeTextFile(
        `${dir}/metadata.json`,
        JSON.stringify({ "a.txt": { published: "2023-06-01", covers: "2012–2016" } }),
      );
      const lines = `${dir}/rows.jsonl`;
      await Deno.writeTextFile(
        lines,
        JSON.stringify({
          id: "r1",
          text: "Shelling killed 4 people.",
          published: "2023-06-01",
          covers: "4–10 June 2014",
        }) +
          "\n",
      );
      const fromDir = [];
      for await (const item of ingest(dir)) if (item.kind === "article") fromDir.push(item.article);
      expect(fromDir[0].covers).toMatchObject({ start: "2012", end: "2016", where: 'metadata.json "covers"' });
      const fromLines = [];
      for await (const item of ingest(lines)) if (item.kind === "article") fromLines.push(item.article);
      expect(fromLines[0].covers).toMatchObject({ start: "2014-06-04", end: "2014-06-10", value: "2014-06" });
      const table = `${dir}/rows.csv`;
      await Deno.writeTextFile(table, 'id,text,period\nc1,"Shelling killed 4 people.",July 2012 – present\n');
      const fromCsv = [];
      for await (const item of ingest(table, { csv: { covers: "period" } })) {
        if (item.kind === "article") fromCsv.push(item.article);
      }
      expect(fromCsv[0].covers).toMatchObject({ start: "2012-07", end: null, where: 'the input\'s "covers" field' });
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  });
});

describe("eventDate(article, ...) and relation dates fall back to the document's period", () => {
  it("eventDate(article, i, at) dates a figure whose clause states no date by the period, from 'document'", () => {
    const article = page("  - 4–10 June 2014");
    const at = { start: article.text.indexOf("40"), end: article.text.indexOf("40") + 2 };
    expect(eventDate(article, 0, at)).toEqual({
      value: "2014-06",
      precision: "month",
      from: "document",
      start: "2014-06-04",
      end: "2014-06-10",
    });
  });

  it("eventDate(article, i, at) keeps a date the clause states, and reads yearless dates against the period's end", () => {
    const article = page("  - 5 March – 25 May 2014", "On 12 April the army shelled the town, killing 40 people.");
    const at = { start: article.text.indexOf("40"), end: article.text.indexOf("40") + 2 };
    expect(eventDate(article, 0, at)).toMatchObject({
      value: "2014-04-12",
      from: "sentence",
    });
  });

  it("eventDate(article, i, at) gives a yearless date on such a page the year the narrative wrote last before it", () => {
    const article = page(
      "  - 19 July 2012 – present",
      "The rebels entered the city in July 2012. On 30 April the army shelled the town, killing 40 people.",
    );
    const at = { start: article.text.indexOf("40"), end: article.text.indexOf("40") + 2 };
    expect(eventDate(article, 1, at)).toMatchObject({ value: "2012-04-30", from: "sentence" });
    const unanchored = page("  []", "On 30 April the army shelled the town, killing 40 people.");
    const at2 = { start: unanchored.text.indexOf("40"), end: unanchored.text.indexOf("40") + 2 };
    expect(eventDate(unanchored, 0, at2)).toEqual({ value: null, precision: null, from: "document" });
  });

  it("eventDate(article, i, at) leaves an ongoing or multi-year period undated (value null), not the copy date", () => {
    const article = page("  - 19 July 2012 – present");
    const at = { start: article.text.indexOf("40"), end: article.text.indexOf("40") + 2 };
    const date = eventDate(article, 0, at);
    expect(date).toEqual({ value: null, precision: null, from: "document", start: "2012-07-19" });
    const figure = { date } as unknown as Figure;
    expect(eventDateOf(figure, article)).toBeNull();
  });

  it("relationDate / relationTime date a relation the same way, without the period's start and end", () => {
    const article = page("  - 4–10 June 2014", "Jaish al-Islam fought alongside Ahrar al-Sham.");
    expect(relationDate(article, [article.text])).toEqual({ value: "2014-06", precision: "month", from: "document" });
    expect(relationTime(article, { sentences: [0], trigger: "fought alongside" })).toEqual({
      value: "2014-06",
      precision: "month",
      from: "document",
    });
  });

  it("eventDate(article, ...) is unchanged for an article that states no period (news: the publication date)", () => {
    const article = articleFromText("news", "The army shelled the town, killing 40 people.", "2017-03-06");
    const at = { start: article.text.indexOf("40"), end: article.text.indexOf("40") + 2 };
    expect(eventDate(article, 0, at)).toEqual({ value: "2017-03-06", precision: "day", from: "article" });
  });

  it("isRetrospective(figure, article) measures history from the period's start, not the copy date", () => {
    const article = page("  - 5 March – 25 May 2014");
    const dated = (value: string) => ({ date: { value, precision: "year", from: "sentence" } }) as unknown as Figure;
    expect(isRetrospective(dated("2014"), article)).toBe(false);
    expect(isRetrospective(dated("1982"), article)).toBe(true);
    expect(isRetrospective(dated("1982"), page("  - c. late 6th century"))).toBe(false);
  });
});

describe("reconcileEvents(figures, articles) on pages that state their period", () => {
  it("reconcileEvents dates an incident by its page's period (month held, or undated), not by the copy date", () => {
    const month = page("  - 4–10 June 2014", "Shelling killed 40 people in Saraqib.");
    const years = page("  - 19 July 2012 – 22 December 2016", "Shelling killed 12 people in Aleppo.");
    const articles = [month, { ...years, id: "siege" }];
    const figures = articles.flatMap((article) => extractFigures(article));
    const events = reconcileEvents(figures, articles);
    expect(events.map((e) => [e.kind, e.date.value, e.date.precision, e.best])).toEqual([
      ["killed", "2014-06", "month", 40],
      ["killed", null, null, 12],
    ]);
    expect(eventMonths(events)).toMatchObject({ months: [{ month: "2014-06", best: 40 }], undated: 1 });
  });
});
