import { describe, expect, it } from "vitest";
import { articleFrom, mentionsFor, readerTriples } from "./fixtures.ts";
import { extractRelations } from "../../lib/extract/relations/extract-relations.ts";

// Families of issue 10's eighth round (lists told elsewhere, reference across sentences, loosely stated joint
// action). Each test is written for the family with sentences of its own; none is a gold sentence.
const NAMES: [string, string][] = [
  ["Islamic Front", "islamic-front"],
  ["Liwa al-Tawhid", "liwa-al-tawhid"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Jaysh al-Islam", "jaish-al-islam"],
  ["Suqour al-Sham", "suqour-al-sham"],
  ["Jaish al-Fatah", "jaish-al-fatah"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Syrian Army", "syrian-government"],
  ["Levant Front", "levant-front"],
  ["Harakat Hazm", "harakat-hazm"],
  ["ISIS", "islamic-state"],
  ["SDF", "syrian-democratic-forces"],
  ["YPG", "ypg"],
  ["Hezbollah", "hezbollah"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) reads 'counted set named by a list' (colon or next sentence)", () => {
  it("extractRelations(...) reads 'counted set named by a list' after a fronted time phrase", () => {
    expect(read(
      "In late 2013, three factions announced they were joining the Islamic Front. They are Liwa al-Tawhid, Ahrar al-Sham and Suqour al-Sham.",
    )).toEqual([
      "joined ahrar-al-sham islamic-front",
      "joined liwa-al-tawhid islamic-front",
      "joined suqour-al-sham islamic-front",
    ]);
  });

  it("extractRelations(...) reads 'counted set named by a list' in object position after a colon", () => {
    expect(read("The Islamic Front absorbed three smaller groups: Liwa al-Tawhid, Suqour al-Sham and Jaysh al-Islam."))
      .toEqual([
        "merger jaish-al-islam islamic-front",
        "merger liwa-al-tawhid islamic-front",
        "merger suqour-al-sham islamic-front",
      ]);
  });

  it("extractRelations(...) reads 'counted set named by a list' as the subject of a hostile act", () => {
    expect(read("Two factions attacked Syrian Army positions near the town: Ahrar al-Sham and the Nusra Front."))
      .toEqual([
        "ally ahrar-al-sham jabhat-al-nusra",
        "clash ahrar-al-sham syrian-government",
        "clash jabhat-al-nusra syrian-government",
      ]);
  });

  it("extractRelations(...) cites both sentences for names a next-sentence list lends", () => {
    const text =
      "In 2014, two groups joined the Islamic Front. They are Liwa al-Tawhid and Suqour al-Sham. Nothing else changed.";
    const article = articleFrom("x", text, "2016-05-01");
    const relations = extractRelations(article, mentionsFor(article, NAMES));
    expect(relations.map((r) => [r.subject, r.quote])).toEqual([
      ["liwa-al-tawhid", "In 2014, two groups joined the Islamic Front. They are Liwa al-Tawhid and Suqour al-Sham."],
      ["suqour-al-sham", "In 2014, two groups joined the Islamic Front. They are Liwa al-Tawhid and Suqour al-Sham."],
    ]);
  });

  it("extractRelations(...) leaves a counted set alone when the next sentence does not introduce a list of it", () => {
    expect(read("Two groups joined the Islamic Front. Liwa al-Tawhid and Suqour al-Sham fought in Aleppo.")).toEqual(
      [],
    );
    // Two counted sets compete for the list: neither is bound.
    expect(read("Two groups left three alliances: Liwa al-Tawhid and Suqour al-Sham.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) reads 'a noun reference in object position' across sentences", () => {
  it("extractRelations(...) reads 'a noun reference in object position' as the previous sentence's party, not its own subject", () => {
    expect(read("The Levant Front was formed in Aleppo in 2014. Harakat Hazm joined the alliance a year later."))
      .toEqual(["joined harakat-hazm levant-front"]);
    expect(read("The SDF captured Tabqa. ISIS attacked the group near the dam.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(...) reads 'a noun reference in object position' after an opening time word ('Last month')", () => {
    expect(read("The Levant Front was formed in Aleppo. Last month Harakat Hazm joined the alliance.")).toEqual([
      "joined harakat-hazm levant-front",
    ]);
  });

  it("extractRelations(...) keeps 'it' in object position to its own clause (mostly a place or a thing)", () => {
    expect(read("The SDF captured Tabqa. ISIS later attacked it from three sides.")).toEqual([]);
  });

  it("extractRelations(...) refuses 'a noun reference in object position' when the previous sentence has no one subject", () => {
    // (Holding Tabqa together makes the two allies, round 92; "the group" still stands for neither.)
    expect(read("The SDF and the YPG held Tabqa. ISIS attacked the group near the dam.")).toEqual([
      "ally syrian-democratic-forces ypg",
    ]);
  });
});

describe("extractRelations(article, mentions) reads 'the purpose of a hostile act carried out'", () => {
  it("extractRelations(...) reads 'the purpose of a hostile act carried out' with the act's 'by' agents", () => {
    expect(read(
      "The Dabiq push was a military offensive launched by the SDF and Hezbollah, with the goal of capturing the town of Dabiq from ISIS.",
    )).toEqual([
      "ally hezbollah syrian-democratic-forces",
      "clash hezbollah islamic-state",
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(...) reads 'the purpose of a hostile act carried out' with the noun's owner", () => {
    expect(read("The SDF offensive aimed at driving ISIS out of Raqqa began in June.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(...) keeps 'the purpose of a hostile act' guarded when the act was only planned or doubted", () => {
    expect(read("The SDF planned an offensive with the aim of capturing Raqqa from ISIS.")).toEqual([]);
    expect(read("Hezbollah is carrying out air strikes ostensibly aimed at defeating ISIS fighters.")).toEqual([]);
    // A purpose with no hostile act before it is an intention.
    expect(read("The SDF said it was ready, with the aim of capturing Raqqa from ISIS.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) reads 'fire against'", () => {
  it("extractRelations(...) reads 'fire against' like 'fire at'", () => {
    expect(read("Hezbollah fired rockets against ISIS positions near the border.")).toEqual([
      "clash hezbollah islamic-state",
    ]);
  });
});

describe("extractRelations(article, mentions) reads 'a whole between A and B' describing a named group", () => {
  it("extractRelations(...) reads 'X, a coalition between A and B' and 'X is an operations room between A and B' as members", () => {
    expect(read("The Levant Front is a joint operations room between Ahrar al-Sham and the Nusra Front.")).toEqual([
      "member ahrar-al-sham levant-front",
      "member jabhat-al-nusra levant-front",
    ]);
    expect(read("The Islamic Front, a coalition between Ahrar al-Sham and Suqour al-Sham, captured the town.")).toEqual(
      [
        "ally ahrar-al-sham suqour-al-sham",
        "member ahrar-al-sham islamic-front",
        "member suqour-al-sham islamic-front",
      ],
    );
  });
});
