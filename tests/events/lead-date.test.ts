import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { casualtyReports } from "../../lib/analyze/casualty-reports.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const reference = defaultReference();
const read = (...items: [string, string, string][]) => {
  const articles = items.map(([id, published, text]) => articleFromText(id, text, published));
  return { articles, figures: articles.flatMap((a) => extractFigures(a)) };
};
const reportDates = (published: string, text: string) => {
  const { articles, figures } = read(["a", published, text]);
  return casualtyReports(figures, articles, { tallies: reference.lexicon.tallies, places: reference.places })
    .filter((r) => r.figure.kind === "killed").map((r) => [r.report.low, r.report.date]);
};

describe("casualtyReports(figures, articles): the date a lead states", () => {
  it("casualtyReports dates a lead's undated toll by the day another lead sentence states for a toll at its place", () => {
    expect(reportDates(
      "2016-09-21",
      "Four medics were killed when an airstrike hit a clinic near Aleppo. " +
        "Four staff were killed and a nurse wounded when the airstrike hit the clinic in Aleppo late Tuesday.",
    )).toEqual([[4, "2016-09-20"], [4, "2016-09-20"]]);
    // a different count of the lead, dated a day before, dates it too
    expect(reportDates(
      "2016-09-16",
      "Syrian air raids killed nine children in Mayadin. Strikes killed 23 civilians in Mayadin on Thursday.",
    )).toEqual([[9, "2016-09-15"], [23, "2016-09-15"]]);
  });
  it("casualtyReports keeps the publication day where the lead's date is another place's, two days disagree, or lies past the lag", () => {
    expect(reportDates(
      "2016-09-16",
      "Air raids killed nine children in Mayadin. Shelling killed 23 civilians in Aleppo on Thursday.",
    )).toEqual([[9, "2016-09-16"], [23, "2016-09-15"]]);
    expect(
      reportDates(
        "2016-09-16",
        "Air raids killed nine children in Mayadin. On Thursday strikes killed 23 civilians in Mayadin. " +
          "On Wednesday shelling killed 5 civilians in Mayadin.",
      )[0],
    ).toEqual([9, "2016-09-16"]);
    expect(reportDates(
      "2016-09-16",
      "Air raids killed nine children in Mayadin. Strikes killed 23 civilians in Mayadin on Monday.",
    )).toEqual([[9, "2016-09-16"], [23, "2016-09-12"]]);
  });
  it("reconcileEvents(figures, articles) joins a lead dated by its next sentence to that day's incident", () => {
    const { articles, figures } = read(
      ["a", "2016-09-15", "Air strikes killed 23 civilians in Mayadin on Thursday, a monitor said."],
      [
        "b",
        "2016-09-16",
        "Syrian air raids killed nine children in Mayadin. Strikes killed 23 civilians in Mayadin on Thursday.",
      ],
    );
    const killed = reconcileEvents(figures, articles).filter((e) => e.kind === "killed");
    expect(killed.map((e) => [e.date.value, e.articleIds])).toEqual([["2016-09-15", ["a", "b"]]]);
  });
  it("casualtyReports dates a lead's undated toll by the day a lead sentence without a toll states for its place and means", () => {
    expect(reportDates(
      "2016-08-15",
      "Rescuers searched the ruins in Saraqib after warplanes pounded the town yesterday. " +
        "Government warplanes bombed Saraqib, killing at least 22 people.",
    )).toEqual([[22, "2016-08-14"]]);
  });
  it("casualtyReports keeps the publication day where that sentence tells another place, other means, or two days", () => {
    const lead = (first: string) =>
      reportDates("2016-08-15", `${first} Warplanes bombed Saraqib, killing at least 22 people.`);
    expect(lead("Rescuers searched the ruins in Aleppo after air strikes yesterday.")).toEqual([[22, "2016-08-15"]]);
    expect(lead("Rescuers searched the ruins in Saraqib after rebel shelling yesterday.")).toEqual([[
      22,
      "2016-08-15",
    ]]);
    expect(lead("The air strikes on Saraqib began Saturday and continued Sunday.")).toEqual([[22, "2016-08-15"]]);
  });
  it("casualtyReports places an unplaced lead toll where the sentence that dates it names", () => {
    const { articles, figures } = read([
      "a",
      "2014-10-31",
      "Activists reported that at least 75 people died in barrel bomb attacks by the air force. " +
      "The barrel bombs were dropped on a camp near Saraqib on Wednesday.",
    ]);
    const reports = casualtyReports(figures, articles, {
      tallies: reference.lexicon.tallies,
      places: reference.places,
    });
    expect(reports.map((r) => [r.report.low, r.report.date, r.report.place, r.report.placeFrom])).toEqual([
      [75, "2014-10-29", "Saraqeb", "lead"],
    ]);
  });
});
