import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { incidentSignature } from "../../lib/analyze/incident-signature.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const tallies = defaultReference().lexicon.tallies;
const signatureOf = (text: string) => {
  const article = articleFromText("a", text, "2017-04-04");
  return incidentSignature({ sentenceIndex: 0 }, article, tallies);
};

const events = (...items: [string, string, string][]) => {
  const articles = items.map(([id, published, text]) => articleFromText(id, text, published));
  return reconcileEvents(articles.flatMap((a) => extractFigures(a)), articles);
};

describe("incidentSignature(figure, article, tallies)", () => {
  it("incidentSignature reads a chemical attack under its names (chemical, sarin, chlorine, poison gas)", () => {
    expect(signatureOf("A suspected chemical attack killed 58 people in Khan Sheikhoun.")).toBe("chemical");
    expect(signatureOf("Tests on victims who died point to exposure to sarin.")).toBe("chemical");
    expect(signatureOf("Barrels of chlorine killed four people in Aleppo.")).toBe("chemical");
    expect(signatureOf("A poison-gas attack killed hundreds near Damascus.")).toBe("chemical");
  });
  it("incidentSignature reads a suicide bombing under its names (bomber, attack, car bomb, vest, 'blew himself up')", () => {
    expect(signatureOf("A suicide bomber killed 8 people at a checkpoint.")).toBe("suicide bombing");
    expect(signatureOf("IS claimed a suicide attack that killed 14 rebels.")).toBe("suicide bombing");
    expect(signatureOf("A suicide car bomb killed 20 in Azaz.")).toBe("suicide bombing");
    expect(signatureOf("A man wearing an explosive vest killed 9 people at a mosque.")).toBe("suicide bombing");
    expect(signatureOf("The attacker blew himself up among the guards, killing 6.")).toBe("suicide bombing");
    expect(signatureOf("A suspected chemical attack and a suicide bomber killed 58.")).toBe("chemical");
  });
  it("incidentSignature names nothing for kinds of attack that recur daily (air strikes, shelling, car bombs)", () => {
    expect(signatureOf("An air strike killed 12 people in Saraqib.")).toBeNull();
    expect(signatureOf("Shelling and a car bomb killed 7 in Aleppo.")).toBeNull();
    expect(signatureOf("Gasoline prices rose as 3 people were killed.")).toBeNull();
  });
});

describe("reconcileEvents(figures, articles) with incident signatures", () => {
  it("reconcileEvents joins reports of one chemical attack whose tolls differ, up to 2 days on, placed or not", () => {
    const all = events(
      ["a", "2017-04-04", "A suspected chemical attack killed 58 people in Khan Sheikhoun on Tuesday."],
      ["b", "2017-04-05", "The toll of the chemical attack in Khan Sheikhoun rose to 72, a monitor said."],
      ["c", "2017-04-06", "Tests on victims of an attack which killed 86 people in Idlib province point to sarin."],
      ["d", "2017-04-05", "Leaders traded blame on Wednesday over a chemical weapons attack in Syria that killed 100."],
    ).filter((e) => e.kind === "killed");
    expect(all.map((e) => [e.date.value, e.place, e.articleIds])).toEqual([
      ["2017-04-04", "Khan Sheikhoun", ["a", "b", "c", "d"]],
    ]);
  });
  it("reconcileEvents keeps apart a chemical report 3 days on, and air strikes whose tolls differ", () => {
    expect(
      events(
        ["a", "2017-04-04", "A suspected chemical attack killed 58 people in Khan Sheikhoun on Tuesday."],
        ["b", "2017-04-07", "A chemical attack killed 72 people in Khan Sheikhoun."],
      ).length,
    ).toBe(2);
    expect(
      events(
        ["a", "2017-04-04", "An air strike killed 58 people in Khan Sheikhoun on Tuesday."],
        ["b", "2017-04-05", "An air strike killed 72 people in Khan Sheikhoun."],
      ).length,
    ).toBe(2);
  });
  it("reconcileEvents joins a signed attack's reports at nearby places in two governorates (Damascus, Eastern Ghouta)", () => {
    const chemical = events(
      ["a", "2013-08-21", "A nerve gas attack killed at least 213 people on Wednesday near Damascus."],
      ["b", "2013-08-21", "At least 1,300 people were killed in a chemical attack on Eastern Ghouta on Wednesday."],
    ).filter((e) => e.kind === "killed");
    expect(chemical.map((e) => e.articleIds)).toEqual([["a", "b"]]);
    const strikes = events(
      ["a", "2013-08-21", "An air strike killed at least 213 people on Wednesday near Damascus."],
      ["b", "2013-08-21", "At least 1,300 people were killed in air strikes on Eastern Ghouta on Wednesday."],
    ).filter((e) => e.kind === "killed");
    expect(strikes.length).toBe(2);
  });
  it("reconcileEvents joins reports of one suicide bombing told with other tolls at a crossing, its governorate, no place", () => {
    const all = events(
      [
        "a",
        "2016-10-06",
        "A suicide bomber blew himself up at the Bab al-Hawa crossing on Thursday, killing 9 rebels.",
      ],
      ["b", "2016-10-06", "A suicide attack near the Turkish border in Idlib province killed at least 12 people."],
      ["c", "2016-10-07", "IS claimed a suicide bombing that killed more than 20 fighters near the Turkish border."],
    ).filter((e) => e.kind === "killed");
    expect(all.map((e) => [e.date.value, e.place, e.articleIds])).toEqual([
      ["2016-10-06", "Bab al-Hawa", ["a", "b", "c"]],
    ]);
  });
  it("reconcileEvents keeps a governorate's air strikes of the day out of its suicide bombing ('warplanes bombed')", () => {
    const all = events(
      ["a", "2016-10-06", "A suicide bomber blew himself up at the Atmeh crossing on Thursday, killing 9 rebels."],
      ["b", "2016-10-06", "Syrian warplanes bombed Idlib province on Thursday, killing at least 22 people."],
    ).filter((e) => e.kind === "killed");
    expect(all.map((e) => e.articleIds)).toEqual([["a"], ["b"]]);
  });
});
