import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { incidentMeans, lastingMeans, meansAgree, meansIn } from "../../lib/analyze/incident-means.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const tallies = defaultReference().lexicon.tallies;
const means = (text: string) => meansIn(text, tallies);

const events = (...items: [string, string, string][]) => {
  const articles = items.map(([id, published, text]) => articleFromText(id, text, published));
  return reconcileEvents(articles.flatMap((a) => extractFigures(a)), articles).filter((e) => e.kind === "killed");
};

describe("meansIn(text, tallies)", () => {
  it("meansIn reads each family of means: from the air, ground fire, explosives, fighting, execution, gunfire, chemical", () => {
    expect(means("Regime air strikes killed 12 people.")).toEqual(["air"]);
    expect(means("A barrel bomb attack killed 15 civilians.")).toEqual(["air"]);
    expect(means("Russian warplanes hit a market, killing 9.")).toEqual(["air"]);
    expect(means("Rebel rocket fire killed 6 civilians.")).toEqual(["ground fire"]);
    expect(means("Mortar shells killed 3 children at a school.")).toEqual(["ground fire"]);
    expect(means("A car bomb exploded at a checkpoint, killing 20.")).toEqual(["explosive"]);
    expect(means("A suicide bomber killed 8 people.")).toEqual(["explosive"]);
    expect(means("Fierce clashes killed 30 soldiers.")).toEqual(["fighting"]);
    expect(means("The army repelled an offensive, killing 40 attackers.")).toEqual(["fighting"]);
    expect(means("IS executed 17 young men.")).toEqual(["execution"]);
    expect(means("A sniper shot dead 2 people.")).toEqual(["gunfire"]);
    expect(means("A chlorine gas attack killed six.")).toEqual(["chemical"]);
  });
  it("meansIn gives both means of a word that may name either ('bombardment', 'bombing') and none for 'attack'", () => {
    expect(means("Heavy bombardment killed 84 civilians.")).toEqual(["air", "ground fire"]);
    expect(means("A bombing killed 5.")).toEqual(["air", "explosive"]);
    expect(means("An attack killed 5 people.")).toEqual([]);
    expect(means("Bombs dropped on the market killed 49.")).toEqual(["air", "explosive"]);
  });
  it("meansIn reads a word that may name two means as the one its text names otherwise ('warplanes bombed')", () => {
    expect(means("Syrian warplanes bombed Idlib province, killing 22.")).toEqual(["air"]);
    expect(means("A suicide bombing killed 30 rebels.")).toEqual(["explosive"]);
    expect(means("Heavy bombardment and rocket fire killed 12.")).toEqual(["ground fire"]);
    expect(means("Air strikes and a car bombing killed 12.")).toEqual(["air", "explosive"]);
  });
  it("meansIn reads fired explosive ammunition as ground fire and explosive barrels as from the air", () => {
    expect(means("Terrorists fired rocket shells and explosive rounds at a neighbourhood, killing one.")).toEqual([
      "ground fire",
    ]);
    expect(means("Helicopters dropped explosive barrels on the town, killing 7.")).toEqual(["air"]);
    expect(means("Shellfish prices rose; rocketry fans met.")).toEqual([]);
  });
  it("incidentMeans(figure, article, tallies) reads the figure's sentence", () => {
    const article = articleFromText("a", "A car bomb killed 20 in Azaz. Air strikes killed 9 in Aleppo.", "2016-10-13");
    expect(incidentMeans({ sentenceIndex: 1 }, article, tallies)).toEqual(["air"]);
    expect(incidentMeans({ sentenceIndex: 5 }, article, tallies)).toEqual([]);
  });
  it("meansAgree(a, b) agrees where either names none or they share one", () => {
    expect(meansAgree([], ["air"])).toBe(true);
    expect(meansAgree(["air"], [])).toBe(true);
    expect(meansAgree(["air", "ground fire"], ["ground fire"])).toBe(true);
    expect(meansAgree(["air"], ["explosive"])).toBe(false);
  });
});

describe("reconcileEvents(figures, articles) with means", () => {
  it("reconcileEvents keeps apart two incidents of one day at a governorate's capital whose means differ", () => {
    expect(
      events(
        ["a", "2016-08-25", "A barrel bomb attack killed 15 civilians in Aleppo on Thursday."],
        ["b", "2016-08-25", "Rebel rocket fire killed 6 civilians in Aleppo on Thursday."],
      ).map((e) => e.articleIds),
    ).toEqual([["a"], ["b"]]);
    expect(
      events(
        ["a", "2016-09-17", "IS executed 17 young men in Deir ez-Zor on Saturday."],
        ["b", "2016-09-17", "Coalition air strikes killed 62 people in Deir ez-Zor on Saturday."],
      ).map((e) => e.articleIds),
    ).toEqual([["a"], ["b"]]);
  });
  it("reconcileEvents joins reports whose means agree or where one names none", () => {
    expect(
      events(
        ["a", "2016-08-25", "A barrel bomb attack killed 15 civilians in Aleppo on Thursday."],
        ["b", "2016-08-25", "Air strikes killed 11 children in Aleppo on Thursday."],
        ["c", "2016-08-25", "At least 15 people were killed in Aleppo on Thursday."],
      ).map((e) => e.articleIds),
    ).toEqual([["a", "b", "c"]]);
  });
  it("reconcileEvents keeps out a report whose means agree with only some of an event's reports (air; air and shelling; rockets)", () => {
    expect(
      events(
        ["a", "2016-08-14", "Warplanes launched a wave of air strikes on Aleppo, killing 30 people on Sunday."],
        ["b", "2016-08-14", "Air strikes and shelling killed at least 49 people in Aleppo on Sunday."],
        ["c", "2016-08-14", "One civilian was killed by rebel rocket shells in Aleppo on Sunday."],
      ).map((e) => e.articleIds),
    ).toEqual([["a", "b"], ["c"]]);
  });
  it("reconcileEvents lets a report stating an event's number agree with any of its reports' means, not one stating another", () => {
    const grouped = (toll: number) =>
      events(
        ["a", "2013-08-01", "Rocket attacks and explosions killed 40 people in Homs on Thursday."],
        ["b", "2013-08-01", "Shelling killed 40 people in Homs on Thursday."],
        ["c", "2013-08-01", `An ammunition depot explosion killed ${toll} people in Homs on Thursday.`],
      ).map((e) => e.articleIds);
    expect(grouped(40)).toEqual([["a", "b", "c"]]);
    expect(grouped(35)).toEqual([["a", "b"], ["c"]]);
  });
  it("reconcileEvents keeps one day's reports at a town merged whatever their means", () => {
    expect(
      events(
        ["a", "2016-08-25", "Air strikes killed 12 people in Saraqib on Thursday."],
        ["b", "2016-08-25", "Shelling killed 14 people in Saraqib on Thursday."],
      ).map((e) => e.articleIds),
    ).toEqual([["a", "b"]]);
  });
});

describe("reconcileEvents(figures, articles) with means that go on for days", () => {
  it("lastingMeans(means, tallies) gives the means that go on for days (fighting, a day)", () => {
    expect(lastingMeans(["air", "fighting"], tallies)).toEqual({ fighting: 1 });
    expect(lastingMeans(["air"], tallies)).toEqual({});
  });
  it("reconcileEvents joins a battle's toll reported a day later, dated only by its publication day, whatever its toll", () => {
    expect(
      events(
        ["a", "2016-07-10", "At least 29 rebels were killed in clashes with regime troops in Aleppo overnight."],
        ["b", "2016-07-11", "Nearly 75 terrorists were killed in the offensive they had launched in Aleppo."],
      ).map((e) => [e.date.value, e.articleIds]),
    ).toEqual([["2016-07-10", ["a", "b"]]]);
  });
  it("reconcileEvents keeps a battle's report apart two days on, where its own words date it, or its means differ", () => {
    const apart = (...items: [string, string, string][]) => events(...items).length;
    expect(apart(
      ["a", "2016-07-10", "At least 29 rebels were killed in clashes with regime troops in Aleppo overnight."],
      ["b", "2016-07-12", "Nearly 75 terrorists were killed in the offensive they had launched in Aleppo."],
    )).toBe(2);
    expect(apart(
      ["a", "2016-07-10", "At least 29 rebels were killed in clashes with regime troops in Aleppo overnight."],
      ["b", "2016-07-11", "Nearly 75 terrorists were killed in the offensive in Aleppo on Monday."],
    )).toBe(2);
    expect(apart(
      ["a", "2016-07-10", "At least 29 rebels were killed in clashes with regime troops in Aleppo overnight."],
      ["b", "2016-07-11", "Air strikes killed 20 civilians in Aleppo."],
    )).toBe(2);
  });
});
