import { describe, expect, it } from "vitest";
import { extractRelations } from "../../lib/extract/relations/extract-relations.ts";
import { Relation } from "../../lib/records/mod.ts";
import { articleFrom, mentionsFor } from "./fixtures.ts";

const NAMES: [string, string][] = [
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Jaish al-Fatah", "jaish-al-fatah"],
  ["Jaish al-Islam", "jaish-al-islam"],
  ["Islamic Front", "islamic-front"],
  ["Levant Front", "levant-front"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["SRF", "syrian-revolutionaries-front"],
];

/** The relations of `text` in an article published on `published`, keyed "type subject object". */
function datesOf(text: string, published: string): Record<string, Relation["date"]> {
  const article = articleFrom("t", text, published);
  const relations = extractRelations(article, mentionsFor(article, NAMES));
  for (const relation of relations) {
    Relation.parse(relation);
    // The evidence is the article's own words at the offsets it gives.
    const evidence = relation.date.evidence;
    if (evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  }
  return Object.fromEntries(relations.map((r) => [`${r.type} ${r.subject} ${r.object}`, r.date]));
}

describe("extractRelations(article, mentions) dates a relation by its own clause (Relation.date)", () => {
  it("extractRelations reads 'in April 2013' as the relation's month, with the words and offsets as evidence", () => {
    const text = "Ahrar al-Sham joined Jaish al-Fatah in April 2013.";
    expect(datesOf(text, "2016-05-01")["joined ahrar-al-sham jaish-al-fatah"]).toEqual({
      value: "2013-04",
      precision: "month",
      from: "sentence",
      evidence: { quote: "April 2013", start: 39, end: 49 },
    });
  });

  it("extractRelations resolves 'last July' against the article's date (the July before a July article)", () => {
    const text = "Ahrar al-Sham joined Jaish al-Fatah last July.";
    expect(datesOf(text, "2016-11-05")["joined ahrar-al-sham jaish-al-fatah"]).toMatchObject({
      value: "2016-07",
      precision: "month",
      from: "sentence",
    });
    expect(datesOf(text, "2016-07-20")["joined ahrar-al-sham jaish-al-fatah"].value).toBe("2015-07");
  });

  it("extractRelations resolves 'two years earlier' against the date the article stated before", () => {
    const text = "The Levant Front was formed in 2015. Ahrar al-Sham joined Jaish al-Fatah two years earlier.";
    expect(datesOf(text, "2016-05-01")["joined ahrar-al-sham jaish-al-fatah"]).toMatchObject({
      value: "2013",
      precision: "year",
      evidence: { quote: "two years earlier" },
    });
  });

  it("extractRelations reads 'since 2013' as the relation's start", () => {
    const text = "Ahrar al-Sham has fought alongside Jaish al-Islam since 2013.";
    expect(datesOf(text, "2016-05-01")["ally ahrar-al-sham jaish-al-islam"]).toEqual({
      value: "2013",
      precision: "year",
      from: "sentence",
      start: "2013",
      evidence: { quote: "since 2013", start: 50, end: 60 },
    });
  });

  it("extractRelations reads 'from 2013 until its dissolution in 2015' as start and end", () => {
    const text = "Ahrar al-Sham was a member of the Islamic Front from 2013 until its dissolution in 2015.";
    expect(datesOf(text, "2016-05-01")["member ahrar-al-sham islamic-front"]).toEqual({
      value: "2013",
      precision: "year",
      from: "sentence",
      start: "2013",
      end: "2015",
      evidence: { quote: "from 2013 until its dissolution in 2015", start: 48, end: 87 },
    });
  });

  it("extractRelations does not date a relation by another clause's date (a relative clause, a second relation)", () => {
    const founded = datesOf("Ahrar al-Sham, which was founded in 2011, joined Jaish al-Fatah in 2015.", "2016-05-01");
    expect(founded["joined ahrar-al-sham jaish-al-fatah"].value).toBe("2015");
    const two = datesOf(
      "The Nusra Front attacked the SRF in 2014, and Ahrar al-Sham joined Jaish al-Fatah in March 2015.",
      "2016-05-01",
    );
    expect(two["clash jabhat-al-nusra syrian-revolutionaries-front"].value).toBe("2014");
    expect(two["joined ahrar-al-sham jaish-al-fatah"].value).toBe("2015-03");
  });

  it("extractRelations reads a start or end that opens the sentence ('Since 2013, X ...', 'From 2013 until 2015, X')", () => {
    const since = datesOf("Since 2013, Ahrar al-Sham has fought alongside Jaish al-Islam.", "2016-05-01");
    expect(since["ally ahrar-al-sham jaish-al-islam"]).toEqual({
      value: "2013",
      precision: "year",
      from: "sentence",
      start: "2013",
      evidence: { quote: "Since 2013", start: 0, end: 10 },
    });
    const span = datesOf(
      "From 2013 until its dissolution in 2015, Ahrar al-Sham was a member of Jaish al-Fatah.",
      "2016-05-01",
    );
    expect(span["member ahrar-al-sham jaish-al-fatah"]).toMatchObject({ value: "2013", start: "2013", end: "2015" });
  });

  it("extractRelations keeps the article's date, without evidence, where no clause of the relation states one", () => {
    expect(datesOf("Ahrar al-Sham joined Jaish al-Fatah.", "2016-05-01")["joined ahrar-al-sham jaish-al-fatah"])
      .toEqual({ value: "2016-05-01", precision: "day", from: "article" });
  });
});
