import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { eventDateOf } from "../../lib/analyze/event-date-of.ts";
import { eventBounds } from "../../lib/analyze/event-bounds.ts";
import type { Article, CasualtyReport, Figure } from "../../lib/records/mod.ts";

/** Articles from [id, published, text] and all their figures. */
function corpus(...items: [string, string, string][]): { articles: Article[]; figures: Figure[] } {
  const articles = items.map(([id, published, text]) => articleFromText(id, text, published));
  return { articles, figures: articles.flatMap((a) => extractFigures(a)) };
}

const events = (...items: [string, string, string][]) => {
  const { articles, figures } = corpus(...items);
  return reconcileEvents(figures, articles);
};

describe("reconcileEvents(figures, articles)", () => {
  it("reconcileEvents merges reports of one incident across articles, with UCDP bounds", () => {
    const [event, ...rest] = events(
      ["a", "2016-08-01", "An airstrike killed 12 people in Saraqib."],
      ["b", "2016-08-01", "At least 15 people were killed in an air raid on Saraqeb, the Syrian Observatory said."],
    );
    expect(rest).toEqual([]);
    expect([event.kind, event.place, event.governorate, event.articleIds]).toEqual([
      "killed",
      "Saraqeb",
      "Idlib",
      ["a", "b"],
    ]);
    expect([event.low, event.best, event.high]).toEqual([12, 15, 15]);
    expect(event.coordinates?.lat).toBeCloseTo(35.86, 1);
    expect(event.method).toMatch(/best: the latest report from a named source/);
  });
  it("reconcileEvents nests a town in its governorate's capital but keeps two towns apart", () => {
    expect(
      events(
        ["a", "2016-08-01", "Shelling killed 7 people in Aleppo."],
        ["b", "2016-08-01", "Shelling killed 9 people in al-Bab."],
      ).map((e) => e.articleIds),
    ).toEqual([["a", "b"]]);
    expect(
      events(
        ["a", "2016-08-01", "Shelling killed 7 people in Binnish."],
        ["b", "2016-08-01", "Shelling killed 9 people in Saraqib."],
      ).length,
    ).toBe(2);
  });
  it("reconcileEvents nests a report at a governorate's capital only where its number agrees or one incident is there", () => {
    const groups = (...items: [string, string, string][]) =>
      events(...items).map((e) => [e.place, e.articleIds] as const).sort((x, y) => (x[1][0] < y[1][0] ? -1 : 1));
    const day: [string, string, string][] = [
      ["town1", "2016-08-01", "Shelling killed 9 people in al-Bab."],
      ["town2", "2016-08-01", "Shelling killed 14 people in Manbij."],
    ];
    // two incidents inside Aleppo governorate that day: a report at "Aleppo" with another number is a third
    expect(groups(["city", "2016-08-01", "Shelling killed 7 people in Aleppo."], ...day)).toEqual([
      ["Aleppo", ["city"]],
      ["al-Bab", ["town1"]],
      ["Manbij", ["town2"]],
    ]);
    // the same number places it, whichever article comes first
    for (const order of [0, 1]) {
      const city: [string, string, string] = ["city", "2016-08-01", "Shelling killed 14 people in Aleppo."];
      const items = order === 0 ? [city, ...day] : [...day, city];
      expect(groups(...items)).toEqual([["Manbij", ["city", "town2"]], ["al-Bab", ["town1"]]]);
    }
  });
  it("reconcileEvents does not nest a town in a capital named as the city itself ('the city of Aleppo')", () => {
    expect(
      events(
        ["a", "2016-06-18", "Rebel shelling of a neighbourhood of the city of Aleppo killed 7 people."],
        ["b", "2016-06-18", "An air strike killed 82 people in Manbij."],
      ).map((e) => e.articleIds),
    ).toEqual([["a"], ["b"]]);
  });
  it("reconcileEvents keeps a civilian toll and a toll of fighters apart at a governorate or its capital, not at a town", () => {
    expect(
      events(
        ["a", "2016-10-30", "Rebel shelling killed 38 civilians in Aleppo."],
        ["b", "2016-10-30", "The army killed 50 militants in Aleppo."],
        ["c", "2016-10-30", "Shelling killed 12 people in Aleppo."],
      ).map((e) => e.articleIds),
    ).toEqual([["a", "c"], ["b"]]);
    expect(
      events(
        ["a", "2016-10-30", "An air strike killed 12 civilians in Saraqib."],
        ["b", "2016-10-30", "An air strike killed 15 fighters in Saraqib."],
      ).map((e) => e.articleIds),
    ).toEqual([["a", "b"]]);
  });
  it("reconcileEvents keeps reports of different days apart", () => {
    expect(
      events(
        ["a", "2016-08-01", "Shelling killed 7 people in Binnish."],
        ["b", "2016-08-05", "Shelling killed 7 people in Binnish."],
      ).length,
    ).toBe(2);
  });
  it("reconcileEvents joins a report dated by its publication day to the same number at the same place a day before", () => {
    // b's sentence dates nothing, so its publication day (the day after) stands in: the incident reported later
    const all = events(
      ["a", "2016-10-27", "An air strike killed 22 people at a school in Haas on Wednesday."],
      ["b", "2016-10-27", "Air strikes killed 22 people at a school in Haas."],
    );
    expect(all.map((e) => [e.date.value, e.articleIds])).toEqual([["2016-10-26", ["a", "b"]]]);
    expect(all[0].method).toMatch(/up to 2 day\(s\) after it/);
  });
  it("reconcileEvents compares the number as stated, whatever its qualifier, up to two days after ('around 32', 'at least 32')", () => {
    const all = events(
      ["a", "2016-06-05", "Air strikes on Aleppo on Sunday killed around 32 civilians, a monitor said."],
      [
        "b",
        "2016-06-07",
        "At least 32 people were killed in Aleppo during the air strikes, a civil defence worker said.",
      ],
    );
    expect(all.map((e) => [e.date.value, e.articleIds])).toEqual([["2016-06-05", ["a", "b"]]]);
    expect(
      events(
        ["a", "2016-06-05", "Air strikes on Aleppo on Sunday killed around 32 civilians, a monitor said."],
        [
          "b",
          "2016-06-07",
          "At least 33 people were killed in Aleppo during the air strikes, a civil defence worker said.",
        ],
      ).length,
    ).toBe(2);
  });
  it("reconcileEvents keeps a later report apart where its number differs, its own words date it, or the lag is off", () => {
    const apart = (...items: [string, string, string][]) => events(...items).length;
    expect(apart(
      ["a", "2016-10-27", "An air strike killed 22 people at a school in Haas on Wednesday."],
      ["b", "2016-10-27", "Air strikes killed 9 people in Haas."],
    )).toBe(2);
    expect(apart(
      ["a", "2016-10-27", "An air strike killed 22 people at a school in Haas on Wednesday."],
      ["b", "2016-10-27", "Air strikes killed 22 people in Haas on Thursday."],
    )).toBe(2);
    expect(apart(
      ["a", "2016-10-27", "An air strike killed 22 people at a school in Haas on Wednesday."],
      ["b", "2016-10-29", "Air strikes killed 22 people at a school in Haas."],
    )).toBe(2);
    const { articles, figures } = corpus(
      ["a", "2016-10-27", "An air strike killed 22 people at a school in Haas on Wednesday."],
      ["b", "2016-10-27", "Air strikes killed 22 people at a school in Haas."],
    );
    expect(reconcileEvents(figures, articles, { reportingLagDays: 0 }).length).toBe(2);
  });
  it("reconcileEvents joins no report by a vague word ('dozens', 'several'): it is no number two reports share", () => {
    const killed = (...items: [string, string, string][]) =>
      events(...items).filter((e) => e.kind === "killed").map((e) => e.articleIds).sort();
    // an unplaced report joins only where a report states its number; a later report only where it states the same
    expect(killed(
      ["a", "2016-08-10", "Dozens of people were killed in shelling on Aleppo on Wednesday."],
      ["b", "2016-08-10", "Dozens of people were killed in Syria on Wednesday."],
    )).toEqual([["a"], ["b"]]);
    expect(killed(
      ["a", "2016-08-10", "Dozens of people were killed in shelling on Haas on Wednesday."],
      ["b", "2016-08-11", "Dozens of people were killed in shelling on Haas."],
    )).toEqual([["a"], ["b"]]);
    expect(killed(
      ["a", "2016-08-10", "At least 12 people were killed in shelling on Haas on Wednesday."],
      ["b", "2016-08-11", "Twelve people were killed in shelling on Haas."],
    )).toEqual([["a", "b"]]);
  });
  it("reconcileEvents leaves out a figure its own words date more than a year before its article", () => {
    const all = events(
      [
        "a",
        "2016-08-01",
        "In February 1982 government forces razed Hama, killing 10,000 people. Shelling killed 9 people in Binnish.",
      ],
    );
    expect(all.map((e) => e.high)).toEqual([9]);
    // a date within the year before publication is still news
    expect(events(["b", "2016-08-01", "In March 2016 an air strike killed 12 people in Binnish."]).map((e) => e.high))
      .toEqual([12]);
  });
  it("reconcileEvents lets a running tally supersede earlier, lower reports", () => {
    const [event] = events(
      ["a", "2017-04-04", "An attack killed 20 people in Khan Sheikhoun."],
      ["b", "2017-04-04", "The death toll in Khan Sheikhoun rose to 54."],
    );
    expect([event.low, event.best, event.high]).toEqual([54, 54, 54]);
    expect(event.reports.map((r) => r.tally)).toEqual([false, true]);
  });
  it("reconcileEvents never merges a war total with an incident", () => {
    const all = events(
      ["a", "2016-08-01", "The war in Syria has killed more than 300,000 people since 2011."],
      ["b", "2016-08-01", "Shelling killed 9 people in Binnish."],
    );
    expect(all.map((e) => e.high)).toEqual([9]);
  });
  it("reconcileEvents counts each article once, by its first figure", () => {
    const [event] = events(["a", "2016-08-01", "Shelling killed 20 people in Binnish, including 5 children."]);
    expect([event.low, event.high]).toEqual([20, 20]);
    // a part of the count ("including 5 children") is no report of its own (tests/events/casualty-subsets.test.ts);
    // before, it was a report of the event, not counted
    expect(event.reports.map((r) => r.counted)).toEqual([true]);
  });
  it("reconcileEvents gives deterministic ids and order whatever the input order", () => {
    const items: [string, string, string][] = [
      ["a", "2016-08-01", "Shelling killed 7 people in Binnish."],
      ["b", "2016-07-01", "A civilian was killed in Saraqib."],
      ["c", "2016-08-01", "Shelling killed 8 people in Binnish."],
    ];
    const forward = events(...items);
    const backward = events(...[...items].reverse());
    expect(forward.map((e) => e.id)).toEqual(["killed:2016-07-01:saraqeb:1", "killed:2016-08-01:binnish:1"]);
    expect(backward.map((e) => [e.id, e.low, e.high])).toEqual(forward.map((e) => [e.id, e.low, e.high]));
    expect(forward[0].implicit).toBe(true);
  });
  it("reconcileEvents places a figure whose sentence names no place by its article's title or lead", () => {
    const [event] = events(["a", "2016-08-01", "Fighting raged in Binnish on Monday. Shelling killed 7 people."]);
    expect(event.place).toBe("Binnish");
  });
});

describe("eventDateOf(figure, article)", () => {
  it("eventDateOf reads the figure's own date where present, else the publication date", () => {
    const { articles, figures } = corpus(["a", "2016-08-01", "Shelling killed 7 people in Binnish."]);
    expect(eventDateOf(figures[0], articles[0])).toBe("2016-08-01");
    const dated = { ...figures[0], date: { value: "2016-07-30", precision: "day" } } as Figure;
    expect(eventDateOf(dated, articles[0])).toBe("2016-07-30");
  });
});

describe("eventBounds(reports)", () => {
  const report = (low: number | null, high: number | null, extra: Partial<CasualtyReport> = {}): CasualtyReport => ({
    signature: null,
    articleId: "a",
    start: 0,
    end: 1,
    quote: "",
    low,
    high,
    qualifier: "exact",
    attributedTo: null,
    implicit: false,
    tally: false,
    date: "2016-01-01",
    place: null,
    placeFrom: null,
    counted: true,
    actors: [],
    means: [],
    lasting: {},
    ...extra,
  });
  it("eventBounds takes the lower median without a tally or a named source", () => {
    expect(eventBounds([report(4, 4), report(10, 10), report(6, 6)])).toMatchObject({ low: 4, best: 6, high: 10 });
  });
  it("eventBounds reads an open floor as its floor for high and a ceiling as its ceiling for low", () => {
    expect(eventBounds([report(5, null), report(null, 30)])).toMatchObject({ low: 5, high: 30 });
  });
});

describe("reconcileEvents(figures, articles, {mentions})", () => {
  it("reconcileEvents with mentions keeps apart reports whose sentences name no group in common", async () => {
    const { extractMentions } = await import("../../lib/extract/mentions/extract-mentions.ts");
    const { defaultReference } = await import("../../lib/reference/mod.ts");
    const { articles, figures } = corpus(
      ["a", "2016-08-01", "Islamic State shelling killed 7 people in Binnish."],
      ["b", "2016-08-01", "Hezbollah shelling killed 9 people in Binnish."],
      ["c", "2016-08-01", "Shelling killed 8 people in Binnish."],
    );
    const reference = defaultReference();
    const mentions = articles.flatMap((a) => extractMentions(a, reference.gazetteer, reference.lexicon));
    expect(reconcileEvents(figures, articles, { mentions }).map((e) => e.articleIds)).toEqual([["a", "c"], ["b"]]);
    expect(reconcileEvents(figures, articles).map((e) => e.articleIds)).toEqual([["a", "b", "c"]]);
  });
});
