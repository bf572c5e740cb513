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

  it("discovers names opened by 'Qawat'/'Quwat' (forces) and 'Suqour' (falcons), Arabic heads like 'Liwa'", () => {
    expect(discovered([
      "Qawat al-Asha'ir fighters attacked SDF positions in Dhiban.",
      "Fighters of Suqour al-Izz stormed the village.",
    ])).toEqual(["Qawat al-Asha'ir→new:qawat-al-ashair", "Suqour al-Izz→new:suqour-al-izz"]);
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

  it("discovers '<Name> Guards' and '<Name> Forces' with a proper name, not generic or acronym-only ones", () => {
    expect(discovered([
      "Fighters of the Tel Tamer Guards repelled an attack; the Jabal Zawiya Shield Forces shelled the village.",
      "The Republican Guards, the Border Guards, the Armed Forces, UN Forces and Coalition Forces were deployed.",
    ])).toEqual([
      "Tel Tamer Guards→new:tel-tamer-guards",
      "Jabal Zawiya Shield Forces→new:jabal-zawiya-shield-forces",
    ]);
  });

  it("discovers '<Name> militia' in lower case, not a community's, a number's or a place's militias", () => {
    expect(discovered([
      "On 3 May 2019, the Barri militia opened fire on a checkpoint.",
      "A Shiite militia and a Druze militia clashed. Local militia withdrew. Two militias and the Rojava militias left.",
    ])).toEqual(["Barri militia→new:barri-militia"]);
  });

  it("discovers a military council by place ('<Place> Military Council') or by aim ('Military Council for ...')", () => {
    expect(discovered([
      "The Ras al-Ain Military Council and the Military Council for the Defence of Houran announced a merger.",
      "The Revolutionary Military Council and the local council met.",
    ])).toEqual([
      "Ras al-Ain Military Council→new:ras-al-ain-military-council",
      "Military Council for the Defence of Houran→new:military-council-for-the-defence-of-houran",
    ]);
  });

  it("discovers a tribe's armed men ('<Name> tribal militia', '<Name> tribe's fighters', 'fighters of the <Name> clan')", () => {
    expect(discovered([
      "The Hadidiyin tribal militia attacked SDF positions.",
      "Fighters of the Naim clan and the Bu Chamel tribe's fighters clashed.",
      "Arab tribal forces gathered; gunmen killed two members of the Bu Saraya tribe.",
    ])).toEqual([
      "Hadidiyin tribal militia→new:hadidiyin-tribal-militia",
      "Fighters of the Naim clan→new:fighters-of-the-naim-clan",
      "Bu Chamel tribe's fighters→new:bu-chamel-tribes-fighters",
    ]);
  });

  it("discovers a two-word name with an epithet ('Coastal Storm Brigade'), not the epithet alone", () => {
    expect(discovered(["The Coastal Storm Brigade and the Storm Brigade advanced."])).toEqual([
      "Coastal Storm Brigade→new:coastal-storm-brigade",
    ]);
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

  it("extractMentionsWithDiscovered(article, ...) reads the singular head 'Guard' after a proper word, not a unit type alone", () => {
    expect(discovered([
      "Members of the Hauran National Guard clashed with tribal fighters. The Coast Guard and the National Guard " +
      "stayed out.",
    ])).toEqual(["Hauran National Guard→new:hauran-national-guard"]);
  });

  it("extractMentionsWithDiscovered(article, ...) reads '<Name> operations room', in lower case too", () => {
    expect(discovered(["Hurras al-Din fighters formed the Fa Ithbatu operations room near Idlib."])).toEqual([
      "Fa Ithbatu operations room→new:fa-ithbatu-operations-room",
    ]);
  });

  it("extractMentionsWithDiscovered(article, ...) leaves a unit named by its number to review, as it does 'Front' names", () => {
    expect(discovered(["The 3rd Infantry Division and Task Force 20 fought the Iraqi 51st Division."])).toEqual([]);
  });
});
