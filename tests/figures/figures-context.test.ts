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
});
