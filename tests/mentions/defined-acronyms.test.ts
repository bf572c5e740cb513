import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered } from "../../lib/extract/mentions/mod.ts";
import { acronymOfName, definedAcronymMentions } from "../../lib/extract/mentions/defined-acronyms.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { Mention } from "../../lib/records/mod.ts";

const reference = defaultReference();

function mentions(text: string): string[] {
  const slugs: DiscoveredSlugs = new Map();
  const article = articleFromText("a", text, "2019-05-01");
  return extractMentionsWithDiscovered(article, reference.gazetteer, reference.lexicon, slugs).map((mention) => {
    Mention.parse(mention);
    return `${mention.surface}→${mention.groupId}`;
  });
}

describe("definedAcronymMentions(article, mentions)", () => {
  it("acronymOfName(acronym, name) holds when the acronym's letters are the name's initials in order", () => {
    expect(acronymOfName("RISF", "Raqqa Internal Security Forces")).toBe(true);
    expect(acronymOfName("NPF", "Nineveh Plain Forces")).toBe(true);
    expect(acronymOfName("AFP", "Raqqa Internal Security Forces")).toBe(false);
    expect(acronymOfName("YPJ", "Women's Protection Units")).toBe(false);
  });

  it("extractMentionsWithDiscovered(article, ...) reads a short name the article defines after a discovered group as that group", () => {
    expect(
      mentions(
        "Clashes broke out with the Raqqa Internal Security Forces (RISF) in June. Later the SDF and RISF besieged the town.",
      ).filter((m) => m.startsWith("RISF")),
    ).toEqual(["RISF→new:raqqa-internal-security-forces"]);
  });

  it("definedAcronymMentions(article, mentions) reads a compound's use ('RISF-led') but none before the definition, inside a longer word, or of a bracket that is no acronym of the name", () => {
    const text =
      "RISF units moved. The Raqqa Internal Security Forces (RISF) held the city; RISF-led patrols and the RISFs left.";
    const article = articleFromText("a", text, "2019-05-01");
    const start = text.indexOf("Raqqa Internal");
    const named: Mention = {
      articleId: "a",
      groupId: "new:raqqa-internal-security-forces",
      surface: "Raqqa Internal Security Forces",
      start,
      end: start + "Raqqa Internal Security Forces".length,
      sentenceIndex: 1,
      method: "discovered",
      lineageId: "new:raqqa-internal-security-forces",
    };
    expect(definedAcronymMentions(article, [named]).map((m) => m.start)).toEqual([text.indexOf("RISF-led")]);
    const agency = "The Raqqa Internal Security Forces (AFP) held the city; AFP said so.";
    const other = articleFromText("b", agency, "2019-05-01");
    expect(definedAcronymMentions(other, [{ ...named, articleId: "b", start: 4, end: 34 }])).toEqual([]);
  });

  it("definedAcronymMentions(article, mentions) adds no use that a mention already holds, wherever the mentions stand", () => {
    const text =
      "The Raqqa Internal Security Forces (RISF) held it. RISF units and the RISF-SDF patrol moved; RISF left.";
    const article = articleFromText("a", text, "2019-05-01");
    const name = "Raqqa Internal Security Forces";
    const mention = (start: number, end: number, surface: string): Mention => ({
      articleId: "a",
      groupId: "new:raqqa-internal-security-forces",
      surface,
      start,
      end,
      sentenceIndex: 0,
      method: "discovered",
      lineageId: "new:raqqa-internal-security-forces",
    });
    const held = text.indexOf("RISF-SDF");
    // (Listed out of order: a long mention after the one that defines the name.)
    const mentions = [mention(held, held + 8, "RISF-SDF"), mention(4, 4 + name.length, name)];
    expect(definedAcronymMentions(article, mentions).map((m) => m.start)).toEqual([
      text.indexOf("RISF units"),
      text.lastIndexOf("RISF"),
    ]);
  });
});
