import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const reference = defaultReference();
const groupsIn = (text: string, date: string) =>
  extractMentions(articleFromText("x", text, date), reference.gazetteer, reference.lexicon).map((m) =>
    `${m.surface}→${m.groupId}`
  );

describe("bare descriptors: a war's own noun for one party, in its dated window", () => {
  it("extractMentions(article) reads a bare 'regime' as the Assad government until 2024-12-08", () => {
    expect(groupsIn(
      "On 3 May 2019, the regime shelled Kafr Nabl. Regime positions near Hama were hit by rebels. The regime's " +
        "artillery then struck Ariha.",
      "2019-05-03",
    )).toEqual([
      "regime→syrian-government",
      // what the forces hold is a force noun too (data/lexicon/names.json stateForceNouns): "Regime positions"
      "Regime positions→syrian-government",
      // the modifier with a force noun is the force's name (see state-force-modifiers.test.ts)
      "regime's artillery→syrian-government",
    ]);
    // the bare noun's window ends with Assad's fall; "regime positions", like "regime forces", names the old side
    expect(groupsIn("The regime fell. Regime positions near Hama were hit.", "2025-02-01")).toEqual([
      "Regime positions→syrian-government",
    ]);
  });

  it("reads 'a regime airstrike' and 'a Coalition drone' (the determiner is the next noun's), not 'a regime that'", () => {
    expect(groupsIn(
      "On 1 August 2019, a regime airstrike hit a motorcycle. A Coalition drone struck a car. It is a regime that " +
        "tortures. Such a regime falls. A regime Su-22 dropped a bomb.",
      "2019-08-01",
    )).toEqual(["regime→syrian-government", "Coalition→us-led-coalition", "regime→syrian-government"]);
  });

  it("refuses 'regime' as a common noun or another party's: 'regime change', 'a regime of sanctions', 'Iranian regime'", () => {
    expect(groupsIn(
      "Calls for regime change grew. Civilians fled to regime-held areas. A new regime of sanctions began. The Iranian regime denied it, as did the " +
        "Saddam regime before it. Under a ceasefire regime, the sanctions regime eased.",
      "2019-05-03",
    )).toEqual([]);
  });

  it("writes a bare noun with method 'group-noun' and a dated description with 'descriptor'", () => {
    const methods = (text: string, date: string) =>
      extractMentions(articleFromText("x", text, date), reference.gazetteer, reference.lexicon).map((m) => m.method);
    expect(methods("The regime shelled Ariha.", "2019-05-03")).toEqual(["group-noun"]);
    expect(methods("Eighth Brigade fighters clashed near Busra al-Sham.", "2020-06-10")).toEqual(["descriptor"]);
  });

  it("keeps 'regime' inside a name as that name's word ('the Assad regime' is one mention)", () => {
    expect(groupsIn("The Assad regime and the Syrian regime's jets.", "2016-01-01")).toEqual([
      "Assad regime→syrian-government",
      "Syrian regime's jets→syrian-government",
    ]);
  });

  it("reads 'former regime' and its remnants as the fallen government's lineage after 2024-12-08", () => {
    expect(groupsIn(
      "On 6 March 2025, gunmen of the former regime ambushed a patrol. Regime remnants attacked a checkpoint in " +
        "Jableh.",
      "2025-03-06",
    )).toEqual(["former regime→syrian-government", "Regime remnants→syrian-government"]);
  });

  it("refuses 'former regime' before a person noun: 'former regime officers' are people's past service", () => {
    expect(groupsIn("General Security forces arrested 6 former regime officers in Homs.", "2025-01-15")).toEqual([
      "General Security→general-security-service",
    ]);
  });

  it("reads a capitalised bare 'Coalition' as the US-led coalition from its first strikes in Syria", () => {
    expect(groupsIn("The Coalition and the SDF raided a house in Hajin.", "2018-05-01")).toEqual([
      "Coalition→us-led-coalition",
      "SDF→syrian-democratic-forces",
    ]);
    expect(groupsIn("The Coalition struck a depot.", "2013-05-01")).toEqual([]);
  });

  it("extractMentions(article) reads a bare noun's window over the period a document states it covers, not its copy date", () => {
    // An encyclopedic page copied in 2023 (front matter "pubDate") about a war it dates (front matter "date"): the
    // 2003 invasion's "Coalition" is no coalition of 2014; the same page about 2017 keeps it.
    const page = (start: string, end: string) => ({
      ...articleFromText("page", "Coalition forces captured Baghdad.", "2023-06-25"),
      covers: {
        start,
        end,
        value: null,
        precision: null,
        evidence: { quote: `${start} – ${end}`, start: 0, end: 1, in: "raw" as const },
        where: 'front matter "date"',
      },
    });
    const surfaces = (start: string, end: string) =>
      extractMentions(page(start, end), reference.gazetteer, reference.lexicon).map((m) => m.groupId);
    expect(surfaces("2003-03-20", "2003-05-01")).toEqual([]);
    expect(surfaces("2017-09-08", "2018-03-05")).toEqual(["us-led-coalition"]);
  });

  it("extractMentions(article) reads the coalition's strikes, members and forces in lower case as the US-led coalition in its period", () => {
    expect(groupsIn("ISIS fighters were killed by coalition airstrikes near Hajin.", "2018-05-01")).toEqual([
      "ISIS→islamic-state",
      "coalition airstrikes→us-led-coalition",
    ]);
    expect(groupsIn("The US and other coalition members supplied weapons.", "2018-05-01")).toEqual([
      "US→united-states",
      "coalition members→us-led-coalition",
    ]);
    // before the coalition's strikes in Syria, and after another coalition's name, they name no one
    expect(groupsIn("Coalition forces captured Baghdad.", "2003-04-09")).toEqual([]);
    // (the demonym of the agent compound names its state, round 72; the coalition stays unnamed)
    expect(groupsIn("Saudi-led coalition airstrikes hit Sanaa.", "2018-05-01")).toEqual(["Saudi→saudi-arabia"]);
    // a descriptor ending in its own attack noun after an article
    expect(groupsIn("A coalition airstrike hit an ISIS depot.", "2018-05-01")).toEqual([
      "coalition airstrike→us-led-coalition",
      "ISIS→islamic-state",
    ]);
  });

  it("refuses 'coalition' in lower case, before 'of' or 'government', and after another name", () => {
    expect(groupsIn(
      "A coalition of rebel groups formed. The National Coalition condemned it. The Saudi-led Coalition struck " +
        "Yemen. A Coalition government was formed. The coalition partners met.",
      "2018-05-01",
    )).toEqual(["Saudi→saudi-arabia"]);
  });
});

describe("ordinal units of a known formation", () => {
  it("extractMentions(article) reads 'Eighth Brigade' / '8th Brigade' as the Fifth Corps' unit in a text about Daraa, 2018-2025", () => {
    expect(groupsIn(
      "On 10 June 2020, Eighth Brigade fighters clashed with Air Force Intelligence near Busra al-Sham. The 8th " +
        "Brigade lost a man.",
      "2020-06-10",
    )).toEqual([
      "Eighth Brigade→eighth-brigade",
      "Air Force Intelligence→air-force-intelligence",
      "8th Brigade→eighth-brigade",
    ]);
  });

  it("refuses a bare ordinal brigade elsewhere, in lower case, or outside the window", () => {
    expect(groupsIn("The Eighth Brigade of the Iraqi army advanced on Mosul.", "2020-06-10")).toEqual([
      "Iraqi army→iraqi-army",
    ]);
    expect(groupsIn("In Daraa, the eighth brigade to join the talks arrived.", "2020-06-10")).toEqual([]);
    expect(groupsIn("The Eighth Brigade shelled Busra al-Sham.", "2016-06-10")).toEqual([]);
  });

  it("reads the gazetteer's numbered divisions by their aliases ('4th Division', '25th Division')", () => {
    expect(groupsIn("The 4th Division and the 25th Division shelled Kabani.", "2020-01-10")).toEqual([
      "4th Division→fourth-armoured-division",
      "25th Division→tiger-forces",
    ]);
  });
});

describe("a bare descriptor held only before its act nouns (Descriptor onlyBefore, issue 10 round 80)", () => {
  it("extractMentions(article) reads 'government' before an attack or a post as the Assad government", () => {
    expect(groupsIn(
      "Government airstrikes killed 20 fighters. A government offensive began. Rebels hit government positions.",
      "2016-05-01",
    )).toEqual([
      "Government→syrian-government",
      "government→syrian-government",
      // what the forces hold is a force noun too ("Regime positions" above)
      "government positions→syrian-government",
    ]);
  });

  it("extractMentions(article) leaves 'the government' alone, another state's, and after Assad's fall", () => {
    expect(groupsIn("The government said rebels attacked. It is a government matter.", "2016-05-01")).toEqual([]);
    expect(groupsIn("The Iraqi government offensive began.", "2016-05-01")).not.toContain(
      "government→syrian-government",
    );
    expect(groupsIn("Government airstrikes hit the town.", "2025-03-01")).toEqual([]);
  });
});
