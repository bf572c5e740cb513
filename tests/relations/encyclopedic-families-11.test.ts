import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 52. Sentences written for each family, none from a gold set.
describe("a verb of regarding with a label in a relative clause (trigger 'see')", () => {
  it("extractRelations(article, mentions) reads 'the YPG, which Turkey sees as a terrorist organization' as a rival", () => {
    expect(relationsIn("In 2018 clashes erupted near the YPG, which Turkey sees as a terrorist organization.")).toEqual(
      ["rival turkey ypg"],
    );
    expect(relationsIn("In 2018 Turkey saw the YPG fighters near Manbij.")).toEqual([]);
  });
});

describe("the noun of 'shoot down' (trigger 'downing')", () => {
  it("extractRelations(article, mentions) reads 'the downing of a Syrian jet by Israel' and 'Turkey's downing of a Russian jet'", () => {
    expect(relationsIn("In 2017 the downing of a Syrian jet by Israel angered Damascus.")).toEqual([
      "clash israel syrian-government",
    ]);
    expect(relationsIn("In 2015 Turkey's downing of a Russian jet strained ties.")).toEqual(["clash russia turkey"]);
  });
});

// Issue 10, round 53. Sentences written for each family, none from a gold set.
describe("a count written as a range with a dash before an action noun (frames: modifiersBefore)", () => {
  it("extractRelations(article, mentions) reads 'X was conducting 20–25 airstrikes daily on Y positions'", () => {
    expect(relationsIn("In 2016 Russia was conducting 20–25 airstrikes daily on ISIL positions near Palmyra.")).toEqual(
      [
        "clash islamic-state russia",
      ],
    );
    expect(relationsIn("In 2016 Russia carried out 10-15 raids on ISIL positions.")).toEqual([
      "clash islamic-state russia",
    ]);
  });
});

describe("stalling and hampering an advance (triggers 'stall', 'hamper'; patientVerbs)", () => {
  it("extractRelations(article, mentions) reads 'X stalled the Y advance' as fighting, and no fighting between two states", () => {
    expect(relationsIn("In 2014 ISIL reinforcements stalled the YPG advance near Kobani.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("In 2016 ISIL attempted to hamper the SDF's advances near Manbij.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2013 the US stalled an Israeli strike on Syria.")).toEqual([]);
  });
});

describe("a gerund of composition after an adverb (frames: activeFrame's composition gerund)", () => {
  it("extractRelations(article, mentions) reads 'X, mainly consisting of Y' as Y a member of X", () => {
    expect(relationsIn("In 2016 the Syrian Democratic Forces, mainly consisting of the YPG, took Manbij.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
  });
});

describe("the noun of 'oppose' with its preposition (trigger 'opposition')", () => {
  it("extractRelations(article, mentions) reads 'X, which is in opposition to Y' and 'X's opposition to Y' as rivals", () => {
    expect(relationsIn("In 2014 ISIS, which is in opposition to the Islamic Front, attacked Marea.")).toEqual([
      "rival islamic-front islamic-state",
    ]);
    expect(relationsIn("In 2016 Turkey's opposition to the YPG hardened.")).toEqual(["rival turkey ypg"]);
    expect(relationsIn("In 2016 the Syrian opposition met in Riyadh.")).toEqual([]);
  });
});

describe("launching fire at a party (trigger 'launch', gapHead fire; lexicon fireNouns)", () => {
  it("extractRelations(article, mentions) reads 'X launched 59 cruise missiles at Y' and not 'X launched a campaign'", () => {
    expect(relationsIn("In 2017 the US launched 59 Tomahawk cruise missiles at the Syrian army.")).toEqual([
      "clash syrian-government united-states",
    ]);
    expect(relationsIn("In 2006 Hezbollah launched rockets at Israel.")).toEqual(["clash hezbollah israel"]);
    expect(relationsIn("In 2014 ISIS launched a campaign in Iraq.")).toEqual([]);
    // (A light verb carries out the definite act it takes, the previous sentence's: no target of it.)
    expect(
      relationsIn(
        "In 2013 the Syrian Army announced Operation Northern Storm. Hezbollah fighters launched the operation.",
      ),
    )
      .toEqual([]);
    expect(relationsIn("In 2014 ISIS attacked Kobani. The YPG repelled the assault.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });
});

// Issue 10, round 54. Sentences written for each family, none from a gold set.
describe("a plural role noun's list after its own short phrase or a colon (frames: describedAfter, pastOwnPhrase)", () => {
  it("extractRelations(article, mentions) reads 'its allies involved in the war: A and B' and 'X's allies in the war, A and B'", () => {
    expect(
      relationsIn(
        "In 2018 the Syrian government denied it, together with its allies involved in the war: Russia and Iran.",
      ),
    ).toEqual(["ally iran syrian-government", "ally russia syrian-government"]);
    expect(relationsIn("In 2018 the Syrian government's allies in the war, Russia and Iran, denied it.")).toEqual([
      "ally iran syrian-government",
      "ally russia syrian-government",
    ]);
    // (Not past a verb: the noun's phrase holds none.)
    expect(relationsIn("In 2018 Iran's allies in Syria fought Turkey, Hezbollah said.")).toEqual([]);
  });
});

describe("support, aid and assistance given 'to' a party (triggers 'support', 'aid', 'assistance')", () => {
  it("extractRelations(article, mentions) reads 'X sends non-lethal support to Y' as backing", () => {
    expect(relationsIn("In 2013 China sends non-lethal support to the Syrian government.")).toEqual([
      "ally china syrian-government",
    ]);
    expect(relationsIn("In 2016 Russia gave military assistance to the Syrian army.")).toEqual([
      "ally russia syrian-government",
    ]);
  });
});

// Issue 10, round 55. Sentences written for each family, none from a gold set.
describe("a subject a possessive refers to past a person's name and an aside (sentenceSubject; lexicon interposedPhrases)", () => {
  it("extractRelations(article, mentions) reads 'The Syrian regime of President Bashar al-Assad for its part has escalated its attacks against Y'", () => {
    expect(
      relationsIn(
        "In 2014 the Syrian regime of President Bashar al-Assad for its part has escalated its attacks against IS positions.",
      ),
    ).toEqual(["clash islamic-state syrian-government"]);
    expect(relationsIn("In 2014 Hezbollah in turn stepped up its attacks on the Nusra Front.")).toEqual([
      "clash hezbollah jabhat-al-nusra",
    ]);
  });
});
