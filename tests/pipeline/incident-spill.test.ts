import { describe, expect, it } from "vitest";
import type { Article, Figure } from "../../lib/records/mod.ts";
import { casualtyReports } from "../../lib/analyze/casualty-reports.ts";
import { reconcileReports } from "../../lib/analyze/reconcile-events.ts";
import { IncidentSpill, spilledTail } from "../../lib/pipeline/incident-spill.ts";
import { incidentFigures } from "../../lib/pipeline/record-files.ts";
import { extractFigures } from "../../lib/extract/figures/mod.ts";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

describe("IncidentSpill", () => {
  it("IncidentSpill.events() gives, date by date, the events reconcileReports(every report) gives", async () => {
    const reference = defaultReference();
    const texts: [string, string | null][] = [
      ["At least 12 people were killed in Idlib. Five civilians were wounded in Aleppo.", "2017-03-03"],
      ["The toll rose to 14 killed in Idlib on Friday.", "2017-03-03"],
      ["At least 7 people were killed in Idlib.", "2017-03-04"],
      ["Two children were killed in Homs. In May 2016, 40 people were killed in Hama.", "2017-03-02"],
      ["At least 3 people were killed in Deraa.", null],
      ["At least 7 people were killed in Idlib.", "2017-03-04"],
      ["At least 7 people were killed in Idlib.", "2017-03-05"],
      ["At least 5 people were killed in Raqqa.", "2017-02-28"],
      ["At least 5 people were killed in Raqqa.", "2017-03-01"],
      ["In March 2017, 6 people were killed in Raqqa.", "2017-04-10"],
      ["At least 12 people were killed in Idlib.", "2017-03-05"],
      ["At least 5 people were killed in Raqqa.", "2017-03-02"],
      // an undated report joins the one event stating its number at its town by the same means (`UndatedJoins`)
      ["A car bomb killed 23 people in al-Bab.", null],
      ["A car bomb blast killed 23 people in al-Bab on Thursday.", "2017-03-02"],
    ];
    const articles: Article[] = texts.map(([text, published], i) => articleFromText(`a${i}`, text, published));
    const figures: Figure[] = incidentFigures(articles.flatMap((article) => extractFigures(article, reference)));
    const reports = casualtyReports(figures, articles, {
      tallies: reference.lexicon.tallies,
      places: reference.places,
    });
    expect(new Set(reports.map((placed) => placed.report.date)).size).toBeGreaterThan(3);

    // every date's lines kept in memory or read whole (as a run does up to 4 MB), some written out while the run
    // goes (a date's file then holds lines and more come after), and every line read back by position
    const spilled = async (wholeFileBytes?: number, flushCharacters?: number) => {
      const spill = await IncidentSpill.create({ wholeFileBytes, flushCharacters });
      try {
        for (let at = 0; at < reports.length; at += 2) await spill.add(reports.slice(at, at + 2));
        const events: unknown[] = [];
        for await (const event of spill.events()) events.push(event);
        return events;
      } finally {
        await spill.close();
      }
    };
    const byDate = await spilled();
    expect(JSON.stringify(await spilled(0))).toBe(JSON.stringify(byDate));
    const characters = reports.reduce((sum, placed) => sum + spilledTail(placed).length, 0);
    expect(JSON.stringify(await spilled(undefined, characters / 3))).toBe(JSON.stringify(byDate));
    {
      const whole = reconcileReports(reports);
      expect(whole.some((event) => event.articleIds.length > 1)).toBe(true);
      // The reporting lag joins the next day's report, across a month whose own events sort between the two days,
      const raqqa = whole.find((event) => event.place === "Raqqa" && event.date.value === "2017-02-28");
      // and one two days later, across a day and a month whose events lie between
      expect(raqqa?.articleIds).toEqual(["a11", "a7", "a8"]);
      const idlib = whole.find((event) => event.place === "Idlib" && event.date.value === "2017-03-03");
      expect(idlib?.articleIds).toEqual(["a0", "a1", "a10"]);
      expect(whole.some((event) => event.date.value === "2017-03")).toBe(true);
      const alBab = whole.find((event) => event.place === "al-Bab");
      expect(alBab?.articleIds).toEqual(["a12", "a13"]);
      expect(whole.find((event) => event.place === "Deraa" || event.place === "Daraa")?.date.value).toBe(null);
      expect(JSON.stringify(byDate)).toBe(JSON.stringify(whole));
    }
  });
});
