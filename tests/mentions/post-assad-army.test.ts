import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import type { Article, Covers } from "../../lib/records/mod.ts";

// After Assad's fall (2024-12-08) the state's generic names ("Syrian army", "government troops", "the Ministry of
// Defence", "the army", "security forces") are the transitional army: descriptors of data/groups.json with
// `supersedes`, read by the date the text states for the passage, then the document's period, then the publication
// date. Sentences written for the families, none from a gold set.
const reference = defaultReference();
const pairsOf = (article: Article) =>
  extractMentions(article, reference.gazetteer, reference.lexicon).map((m) => `${m.surface}→${m.groupId}`);
const pairs = (text: string, published: string | null) => pairsOf(articleFromText("x", text, published));
const covering = (start: string, end: string | null): Covers => ({
  start,
  end,
  value: null,
  precision: null,
  evidence: { quote: start, start: 0, end: start.length, in: "metadata" },
  where: 'front matter "date"',
});

describe("extractMentions(article) on the state's generic names after Assad's fall", () => {
  it("reads 'Syrian army', 'government troops', 'Syrian government forces' in a 2025 note as the transitional army", () => {
    expect(pairs(
      "On 12 August 2025, the Syrian army and the SDF exchanged fire near Deir Hafer. Government troops deployed " +
        "to Suwayda, and Syrian government forces shelled a village.",
      "2025-08-12",
    )).toEqual([
      "Syrian army→syrian-army-transitional",
      "SDF→syrian-democratic-forces",
      "Government troops→syrian-army-transitional",
      "Syrian government forces→syrian-army-transitional",
    ]);
  });

  it("reads the ministry and the bare nouns 'the army', 'security forces' as the transitional state's force", () => {
    expect(pairs(
      "On 6 March 2025, the Ministry of Defence sent army reinforcements to the coast. The Defence Ministry said " +
        "security forces arrested 12 men.",
      "2025-03-06",
    )).toEqual([
      "Ministry of Defence→syrian-army-transitional",
      "army→syrian-army-transitional",
      "Defence Ministry→syrian-army-transitional",
      "security forces→syrian-army-transitional",
    ]);
  });

  it("keeps the names before the fall, on the fall's own day, and in undated text the Assad government's", () => {
    const text = "The Syrian army and government forces shelled Yabroud; the army advanced.";
    expect(pairs(`On 3 March 2014, ${text}`, "2014-03-03")).toEqual([
      "Syrian army→syrian-government",
      "government forces→syrian-government",
    ]);
    expect(pairs("On 8 December 2024, government forces withdrew from Damascus.", "2024-12-08")).toEqual([
      "government forces→syrian-government",
    ]);
    expect(pairs("The Syrian army shelled Idlib.", null)).toEqual(["Syrian army→syrian-government"]);
  });

  it("dates by the sentence's own date, not the publication date: a 2025 article about 2013", () => {
    expect(pairs(
      "In 2013, the Syrian army besieged Qusayr. On 3 March 2025, Syrian army units entered Jableh.",
      "2025-05-01",
    )).toEqual(["Syrian army→syrian-government", "Syrian army units→syrian-army-transitional"]);
  });

  it("carries a date to the next sentences of its paragraph, not past the paragraph", () => {
    expect(pairs(
      "On 3 March 2025, gunmen attacked Jableh. Government forces then shelled the hills.\n\nGovernment forces " +
        "later withdrew.",
      null,
    )).toEqual(["Government forces→syrian-army-transitional", "Government forces→syrian-government"]);
  });

  it("passes over a stated date after the publication date (a plan, not the passage's time)", () => {
    expect(pairs("The Syrian army plans to rebuild the base by 2026.", "2016-05-01")).toEqual([
      "Syrian army→syrian-government",
    ]);
  });

  it("falls back to the document's stated period, and an empty period is no date (a page copied in 2025)", () => {
    const page = articleFromText("x", "The Syrian army shelled the town.", "2025-06-01");
    expect(pairsOf({ ...page, covers: covering("2012", "2016") })).toEqual(["Syrian army→syrian-government"]);
    expect(pairsOf({ ...page, covers: null })).toEqual(["Syrian army→syrian-government"]);
    expect(pairsOf({ ...page, covers: covering("2025-01", null) })).toEqual([
      "Syrian army→syrian-army-transitional",
    ]);
  });

  it("keeps names that say the side ('Assad's army', 'regime forces'), other states' and other groups' names", () => {
    expect(pairs(
      "On 2 April 2025, Assad's army remnants and regime forces fought the Free Syrian Army; the Israeli army, the " +
        "UK Ministry of Defence and local security forces were not involved.",
      "2025-04-02",
    )).toEqual([
      "Assad's army→syrian-government",
      "regime forces→syrian-government",
      "Free Syrian Army→free-syrian-army",
      "Israeli army→israel",
      "UK→united-kingdom",
    ]);
  });

  it("reads 'the Ministry of Defence headquarters' as a building (the descriptor's notBefore words)", () => {
    expect(pairs("On 16 July 2025, Israel struck the Ministry of Defence headquarters.", "2025-07-16")).toEqual([
      "Israel→israel",
    ]);
  });

  it("reads the interior ministry and its forces after the fall as the security service, not before", () => {
    expect(pairs(
      "On 1 May 2025, Public Security forces deployed in Sahnaya and the Interior Ministry sent reinforcements; an " +
        "Internal Security checkpoint was attacked. Lebanese Internal Security Forces closed the border.",
      "2025-05-01",
    )).toEqual([
      "Public Security forces→general-security-service",
      "Interior Ministry→general-security-service",
      "Internal Security→general-security-service",
    ]);
    expect(pairs("On 1 May 2013, the Interior Ministry said 5 police were killed.", "2013-05-01")).toEqual([]);
  });

  it("names the post-2024 groups the gazetteer now holds and ACLED's 'Hamzat' spelling", () => {
    expect(pairs(
      "On 8 March 2025, the Military Council for the Liberation of Syria and the Coastal Shield Brigade attacked " +
        "Jableh; the Islamic Resistance Front in Syria claimed a raid and al-Hamzat Division fighters moved south.",
      "2025-03-08",
    )).toEqual([
      "Military Council for the Liberation of Syria→military-council-for-the-liberation-of-syria",
      "Coastal Shield Brigade→coastal-shield-brigade",
      "Islamic Resistance Front in Syria→islamic-resistance-front-in-syria",
      "al-Hamzat Division→hamza-division",
    ]);
  });

  it("reads the abbreviation 'MoD' as written, not another state's ('UK MoD')", () => {
    expect(pairs("On 1 June 2025, MoD forces shelled a village; the UK MoD said nothing.", "2025-06-01")).toEqual([
      "MoD forces→syrian-army-transitional",
      "UK→united-kingdom",
    ]);
  });

  it("reads Suwayda's 'National Guard' from August 2025 only in a text about Suwayda or the Druze", () => {
    expect(pairs("On 1 September 2025, the National Guard clashed with tribal fighters in Suwayda.", "2025-09-01"))
      .toEqual(["National Guard→suwayda-national-guard"]);
    expect(pairs("On 1 September 2025, the National Guard deployed in Baghdad.", "2025-09-01")).toEqual([]);
    expect(pairs("On 1 May 2025, the National Guard clashed in Suwayda.", "2025-05-01")).toEqual([]);
  });

  it("reads an undated article's dated windows by the passage's own date", () => {
    expect(pairs("On 3 May 2019, the regime shelled Kafr Nabl.", null)).toEqual(["regime→syrian-government"]);
    expect(pairs("On 3 May 2025, the regime shelled Kafr Nabl.", null)).toEqual([]);
  });

  it("reads 'Public Security' and 'Internal Security' only with their capitals (common nouns otherwise)", () => {
    expect(pairs("On 1 May 2025, a threat to public security was cited by Public Security officers.", "2025-05-01"))
      .toEqual(["Public Security→general-security-service"]);
  });

  it("keeps a generic name placed in the past or owned by the old ruler: 'the former Syrian army', 'Assad's Syrian army'", () => {
    expect(pairs(
      "On 10 January 2025, the former Syrian army's depots were looted, Assad's Syrian army officers fled and the " +
        "Syrian army advanced.",
      "2025-01-10",
    )).toEqual([
      "Syrian army→syrian-government",
      "Syrian army→syrian-government",
      "Syrian army→syrian-army-transitional",
    ]);
  });

  it("reads the transitional government's names after the fall, joined with a generic name they share words with", () => {
    expect(pairs(
      "On 7 March 2025, transitional government forces clashed with gunmen; Syrian authorities arrested three men " +
        "and the Syrian Interim Government said nothing.",
      "2025-03-07",
    )).toEqual([
      "transitional government forces→syrian-army-transitional",
      "Syrian authorities→syrian-army-transitional",
      "Syrian Interim Government→syrian-interim-government",
    ]);
    expect(pairs("On 7 March 2015, Syrian authorities arrested three men.", "2015-03-07")).toEqual([]);
  });
});
