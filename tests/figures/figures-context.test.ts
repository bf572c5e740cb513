import { describe, expect, it } from "vitest";
import { figureOf } from "./fixture.ts";

describe("extractFigures(article) who, source, place and scope", () => {
  it("extractFigures(article) reads who: civilians, children, women, fighters, soldiers, members of a family", () => {
    expect(figureOf("Strikes killed 12 civilians.")?.who).toBe("civilians");
    expect(figureOf("Strikes killed 12 children.")?.who).toBe("children");
    expect(figureOf("Strikes killed five women.")?.who).toBe("women");
    expect(figureOf("Clashes killed 45 opposition fighters.")?.who).toBe("fighters");
    expect(figureOf("An ambush killed 20 soldiers.")?.who).toBe("soldiers");
    expect(figureOf("Shelling killed five members of a family.")?.who).toBe("members of a family");
    expect(figureOf("Shelling killed 12 people.")?.who).toBeNull();
  });
  it("extractFigures(article) reads members of a medical, rescue or press body as civilians, of a group as fighters", () => {
    expect(figureOf("Jets bombed a clinic, killing 15 members of medical staff.")?.who).toBe("civilians");
    expect(figureOf("Two members of the White Helmets rescue organization were killed.")?.who).toBe("civilians");
    expect(figureOf("Strikes killed 25 members of the Nusra Front.")?.who).toBe("fighters");
  });
  it("extractFigures(article) reads who as '<group> fighters' for a quoted 'we' of a commander introduced earlier", () => {
    const f = figureOf(
      "Jaish al-Mujahideen commander, Amin Malhis, told reporters about the attack. " +
        '"We have lost more than 300 martyrs," Malhis added.',
    )!;
    expect([f.who, f.attributedTo]).toEqual([
      "Jaish al-Mujahideen fighters",
      "Amin Malhis, Jaish al-Mujahideen commander",
    ]);
  });
  it("extractFigures(article) reads attributedTo: SOHR, UN OCHA, UN, state media, a monitor, activists, White Helmets", () => {
    const by = (text: string) => figureOf(text)?.attributedTo;
    expect(by("Rockets killed five people, according to The Syrian Observatory for Human Rights.")).toBe(
      "Syrian Observatory for Human Rights",
    );
    expect(by("Raids killed 12 people, the Britain-based Observatory said.")).toBe(
      "Syrian Observatory for Human Rights",
    );
    expect(by("The UN Office for the Coordination of Humanitarian Affairs (OCHA) estimates 5000 people fled.")).toBe(
      "UN OCHA",
    );
    expect(by("The UN received reports of at least 13 casualties.")).toBe("UN");
    expect(by("Terrorists killed three civilians, SANA reported.")).toBe("SANA (state media)");
    expect(by("Shelling killed nine people, state media said.")).toBe("state media");
    expect(by("Clashes left 40 dead, a monitoring group said.")).toBe("a monitor");
    expect(by("Activists said 67 people were killed.")).toBe("activists");
    expect(by("At least 31 people were killed, the White Helmets said.")).toBe("White Helmets");
    expect(by("Raids killed 12 people.")).toBeNull();
  });
  it("extractFigures(article) reads a case-sensitive source only as written: 'WHO' and 'UN', not 'who' and 'un'", () => {
    const by = (text: string) => figureOf(text)?.attributedTo;
    expect(by("The WHO said 12 people were killed.")).toBe("WHO");
    expect(by("Raids killed 12 people who had fled.")).toBeNull();
    expect(by("Raids killed 12 people, un named officials said.")).toBeNull();
    expect(by("Raids killed 12 people who had fled, the WHO said.")).toBe("WHO");
  });
  it("extractFigures(article) reads the place named in the sentence, or in the sentence before in the same paragraph", () => {
    expect(figureOf("Regime raids killed 20 people in Idleb province.")?.location).toBe("Idlib");
    expect(figureOf("The situation in Daraa is dire. OCHA says 5000 people have been displaced.")?.location).toBe(
      "Daraa",
    );
    expect(figureOf("The situation in Daraa is dire.\nOCHA says 5000 people have been displaced.")?.location)
      .toBeNull();
    expect(figureOf("Raids on Douma in Eastern Ghouta killed 16 civilians.")?.location).toBe("Douma");
  });
  it("extractFigures(article) reads scope: cumulative for war totals, event otherwise", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("Syria's civil war has killed more than 310,000 people since it started in March 2011.")).toBe(
      "cumulative",
    );
    expect(scope("More than 330000 people have been killed since the conflict began.")).toBe("cumulative");
    expect(scope("Over 5 million refugees have left so far in the war.")).toBe("cumulative");
    expect(scope("Over the past three years we have lost more than 300 martyrs.")).toBe("cumulative");
    expect(scope("The UN received reports of at least 13 casualties since 23 June.")).toBe("event");
    expect(scope("Airstrikes killed 12 people on Monday.")).toBe("event");
  });
  it("extractFigures(article) reads a span of weeks, months or years as cumulative ('over the past year')", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("The Observatory documented the killing of 5812 civilians in air raids over the past year.")).toBe(
      "cumulative",
    );
    expect(scope("Shelling killed 40 people in the last two weeks.")).toBe("cumulative");
    expect(scope("Shelling killed 40 people in the last 24 hours.")).toBe("event");
  });
  it("extractFigures(article) reads a span opening at a year or a start as cumulative ('since ... 2014')", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("Coalition strikes had killed over 1200 civilians since the beginning of the operation in 2014."))
      .toBe("cumulative");
    expect(scope("More than 7000 people were killed since the Security Council passed a resolution last year."))
      .toBe("cumulative");
    expect(scope("Fighting that has killed more than 6000 people since the start of the year.")).toBe("cumulative");
    expect(scope("The first blast since 2011 to hit the town killed 3 people.")).toBe("event");
    expect(scope("Over 1000 civilians have been killed in the assault since it was launched on November 15."))
      .toBe("cumulative");
    expect(scope("The district has been under bombardment since mid-February, which has killed 132 civilians."))
      .toBe("cumulative");
  });
  it("extractFigures(article) reads a named campaign's 'since ... began' and a month-long period as cumulative", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("1,200 dead since the northern rebel infighting began.")).toBe("cumulative");
    expect(scope("More than 300 killed since the army's Homs offensive was launched.")).toBe("cumulative");
    expect(scope("Nearly 2,000 people were killed in Syria during Ramadan, a monitor said.")).toBe("cumulative");
    expect(scope("Shelling killed 14 people in Homs on the first day of Ramadan.")).toBe("event");
  });
  it("extractFigures(article) reads a toll beyond one attack told with the war's campaign as cumulative", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("Death toll climbs to 2,600 as Syrian crackdown goes on.")).toBe("cumulative");
    expect(scope("Death toll climbs to 26 as Syrian crackdown goes on.")).toBe("event");
  });
  it("extractFigures(article) reads a span between two years as cumulative ('from March 2011 to June 2016')", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("The network said 12679 people died of torture from March 2011 to June 2016.")).toBe("cumulative");
    expect(scope("Between 2012 and 2015 the siege killed 900 people.")).toBe("cumulative");
  });
  it("extractFigures(article) reads a period's total as cumulative ('the deadliest month', 'this year')", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("September was the deadliest month, with the war killing at least 3000 people.")).toBe("cumulative");
    expect(scope("Air strikes have killed 450 civilians so far this year.")).toBe("cumulative");
    expect(scope("Infighting that has killed thousands of fighters this year.")).toBe("cumulative");
    expect(scope("An air strike killed 12 people in Idlib this year on the market day.")).toBe("event");
  });
  it("extractFigures(article) reads a death toll beyond any one attack (5,000 and more) as cumulative", () => {
    const scope = (text: string) => figureOf(text)?.scope;
    expect(scope("He said more than 20000 of them had died at Sednaya prison near Damascus.")).toBe("cumulative");
    expect(scope("The chemical attack near Damascus killed more than 1,400 people.")).toBe("event");
  });
});
