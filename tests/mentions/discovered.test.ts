import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered, slugOf } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { Mention, type RejectedCandidates } from "../../lib/records/mod.ts";

const reference = defaultReference();
const none: RejectedCandidates = { description: "", rejected: [] };

function discovered(texts: string[], rejected = none): string[] {
  const slugs: DiscoveredSlugs = new Map();
  return texts.flatMap((text, index) =>
    extractMentionsWithDiscovered(
      articleFromText(`a${index}`, text, "2019-05-01"),
      reference.gazetteer,
      { ...reference.lexicon, rejected },
      slugs,
    ).filter((mention) => mention.method === "discovered").map((mention) => `${mention.surface}→${mention.groupId}`)
  );
}

describe("discovered groups", () => {
  it("slugOf(name) writes the name in lower-case ASCII with hyphens", () => {
    expect(slugOf("Liwa al-Haqq")).toBe("liwa-al-haqq");
    expect(slugOf("Kata'ib Sayyid al-Shuhada")).toBe("kataib-sayyid-al-shuhada");
    expect(slugOf("Martyr Ilan Kobanê Brigade")).toBe("martyr-ilan-kobane-brigade");
  });

  it("extractMentionsWithDiscovered(article, ...) adds an Arabic-headed name the gazetteer lacks as new:<slug>", () => {
    expect(discovered(["Fighters of Liwa Suyuf al-Fajr clashed with HTS near Idlib."])).toEqual([
      "Liwa Suyuf al-Fajr→new:liwa-suyuf-al-fajr",
    ]);
  });

  it("gives one slug per organisation across spellings in a corpus (the folding's canonical key)", () => {
    expect(
      discovered([
        "Liwa Suyuf al-Fajr attacked.",
        "Liwa Suyouf al Fajr withdrew.",
        "Liwa Suyuf al-Fajr's fighters left.",
      ]),
    ).toEqual([
      "Liwa Suyuf al-Fajr→new:liwa-suyuf-al-fajr",
      "Liwa Suyouf al Fajr→new:liwa-suyuf-al-fajr",
      "Liwa Suyuf al-Fajr→new:liwa-suyuf-al-fajr",
    ]);
  });

  it("discovers '<Name> Brigade' with a proper name, not generic units or fronts", () => {
    expect(discovered([
      "Members of the Tal Hamis Martyrs Brigade detained two men.",
      "The 11th Armoured Division and the Northern Brigade moved north. The Liberation Brigade joined.",
      "The Future Movement and the Western Front issued statements.",
    ])).toEqual(["Tal Hamis Martyrs Brigade→new:tal-hamis-martyrs-brigade"]);
  });

  it("never discovers an institution's name or a part of a longer name", () => {
    expect(discovered([
      "He was taken to Hayat Hospital.",
      "The Division's Badr Martyrs Brigade moved.",
      "Among them were the Companions of the Prophet Brigade and the 12th Peacekeeping Brigade.",
      "The leader of Suleyman-Shah Brigade was accused.",
    ])).toEqual([]);
  });

  it("leaves out a gazetteer name and a name an analyst rejected", () => {
    expect(discovered(["Jaysh al-Islam and Liwa Suyuf al-Fajr fought."], {
      description: "",
      rejected: [{ name: "Liwa Suyouf al Fajr", reason: "test" }],
    })).toEqual([]);
  });

  it("a discovered mention is a valid Mention record with method 'discovered' and its own lineage", () => {
    const slugs: DiscoveredSlugs = new Map();
    const [mention] = extractMentionsWithDiscovered(
      articleFromText("x", "Jaysh al-Fajr al-Jadid fighters advanced."),
      reference.gazetteer,
      reference.lexicon,
      slugs,
    );
    expect(Mention.parse(mention)).toMatchObject({
      groupId: "new:jaysh-al-fajr-al-jadid",
      lineageId: "new:jaysh-al-fajr-al-jadid",
      method: "discovered",
    });
  });
});
