import { describe, expect, it } from "vitest";
import { mentionsIn, pairs } from "./fixture.ts";

// Parties the relation sets count that the mention layer did not name (issue 10's miss breakdown: 26% of the misses
// on the readable sets). Sentences written for the families, none from a gold set.
describe("extractMentions(article) on parties encyclopedic text names", () => {
  it("extractMentions(article) reads 'government positions' as syrian-government, with method 'state-reference'", () => {
    const found = mentionsIn("Rebels stormed government positions near Hama.", "2016-05-01");
    expect(found.map((m) => `${m.surface}→${m.groupId}:${m.method}`)).toEqual([
      "government positions→syrian-government:state-reference",
    ]);
  });

  it("extractMentions(article) reads what any state's forces hold after its demonym or modifier ('Syrian checkpoints', 'regime lines', 'Turkish positions', 'the government garrison')", () => {
    expect(
      pairs(
        "Rebels overran Syrian checkpoints and regime lines. Kurds shelled Turkish positions. " +
          "The government garrison held.",
        "2016-05-01",
      ),
    ).toEqual([
      "Syrian checkpoints→syrian-government",
      "regime lines→syrian-government",
      "Turkish positions→turkey",
      "government garrison→syrian-government",
    ]);
  });

  it("extractMentions(article) passes a dated modifier's window on to what the forces hold ('government positions' in 2025 is the transitional army)", () => {
    expect(pairs("In March 2025, gunmen attacked government positions on the coast.", "2025-03-10")).toEqual([
      "government positions→syrian-army-transitional",
    ]);
  });

  it("extractMentions(article) reads 'Syrian special troops' as the Syrian government", () => {
    expect(pairs("Syrian special troops entered the city.", "2016-05-01")).toEqual([
      "Syrian special troops→syrian-government",
    ]);
  });

  it("extractMentions(article) reads a demonym of a backing compound as the backer ('Turkish-sponsored', 'Saudi-funded', 'Russian-trained'), method 'state-reference'", () => {
    const found = mentionsIn(
      "Turkish-sponsored factions seized Afrin. Saudi-funded rebels and Russian-trained troops fought.",
      "2018-03-01",
    );
    expect(found.map((m) => `${m.surface}→${m.groupId}:${m.method}`)).toEqual([
      "Turkish→turkey:state-reference",
      "Saudi→saudi-arabia:state-reference",
      "Russian→russia:state-reference",
    ]);
  });

  it("extractMentions(article) leaves compounds that are no backing alone ('a Turkish-made drone', 'the Turkish-Syrian border', 'pro-Iranian-backed')", () => {
    expect(pairs("a Turkish-made drone near the Turkish-Syrian border", "2018-03-01")).toEqual([]);
  });

  it("extractMentions(article) reads 'the Syrian Free Army' as the Free Syrian Army before November 2022 and as the renamed Maghawir al-Thawra after", () => {
    expect(pairs("In June 2016, the Syrian Free Army, backed by the United States, took the town.", "2023-05-01"))
      .toEqual(["Syrian Free Army→free-syrian-army", "United States→united-states"]);
    expect(pairs("The Syrian Free Army patrols the desert around al-Tanf.", "2023-05-01")).toEqual([
      "Syrian Free Army→maghawir-al-thawra",
    ]);
  });

  it("extractMentions(article) reads states outside the war's sides by name, demonym and force ('China vetoed', 'Egyptian forces', 'the Soviet Union', 'the USSR')", () => {
    expect(
      pairs(
        "China vetoed the resolution. Egyptian forces crossed the canal. The Soviet Union armed Syria; the USSR " +
          "sent Soviet advisers. Japanese troops landed. Ottoman forces withdrew.",
        "2016-05-01",
      ),
    ).toEqual([
      "China→china",
      "Egyptian forces→egypt",
      "Soviet Union→soviet-union",
      "USSR→soviet-union",
      "Soviet advisers→soviet-union",
      "Japanese troops→japan",
      "Ottoman forces→ottoman-empire",
    ]);
  });

  it("extractMentions(article) reads alliances of states as international bodies ('NATO', 'the Arab League')", () => {
    expect(pairs("NATO warned Moscow. The Arab League suspended Syria's membership.", "2011-12-01")).toEqual([
      "NATO→nato",
      "Arab League→arab-league",
    ]);
  });

  it("extractMentions(article) keeps a state's bare name a place after a preposition ('fled to Egypt', 'in China')", () => {
    expect(pairs("Thousands fled to Egypt. Uyghurs in China were arrested.", "2016-05-01")).toEqual([]);
  });

  it("extractMentions(article) names a neighbour or war theatre only by its government or forces, never by its bare name ('Lebanon', 'Yemen', 'Libya', 'Afghanistan')", () => {
    expect(
      pairs(
        "Refugees in Turkey, Lebanon and Jordan waited. The Saudi-led Coalition struck Yemen. Libya and " +
          "Afghanistan were at war. The Lebanese government closed the border; the Yemeni army retreated.",
        "2016-05-01",
      ),
    ).toEqual([
      // (the leader of an agent compound is its state, round 72)
      "Saudi→saudi-arabia",
      "Lebanese government→lebanon",
      "Yemeni army→yemen",
    ]);
  });

  it("extractMentions(article) reads a volunteer nationality's 'fighters' as no state's ('Libyan fighters', 'Chinese fighters') but its army as the state's", () => {
    expect(
      pairs("Libyan fighters and Chinese fighters joined the jihadists. The Egyptian army and Chinese troops did not.")
        .filter((pair) => !pair.startsWith("jihadists")),
    ).toEqual(["Egyptian army→egypt", "Chinese troops→china"]);
  });

  it("extractMentions(article) reads a neighbour's bare name where the state acts: the subject of a verb ('Lebanon closed', 'Syria and Russia launched'), the agent after 'by'", () => {
    const found = mentionsIn(
      "Lebanon closed its border. Syria and Russia launched strikes. Hezbollah, backed by Syria, fought on.",
      "2016-05-01",
    );
    expect(found.map((m) => `${m.surface}→${m.groupId}:${m.method}`)).toEqual([
      "Lebanon→lebanon:state-reference",
      "Syria→syrian-government:state-reference",
      "Russia→russia:exact",
      "Hezbollah→hezbollah:exact",
      "Syria→syrian-government:state-reference",
    ]);
    expect(pairs("Syria, Iran and Iraq signed a pact.", "2016-05-01")).toEqual([
      "Syria→syrian-government",
      "Iran→iran",
      "Iraq→iraq",
    ]);
  });

  it("extractMentions(article) reads every bare name of a list after 'by' as an agent ('set up by Iran, Iraq, Russia and Syria')", () => {
    expect(pairs("A joint centre was set up by Iran, Iraq, Russia and Syria.", "2016-05-01")).toEqual([
      "Iran→iran",
      "Iraq→iraq",
      "Russia→russia",
      "Syria→syrian-government",
    ]);
  });

  it("extractMentions(article) leaves a neighbour's bare name a place after a preposition, before the list it closes, as an owner or an object ('in Turkey, Lebanon and Jordan', 'provinces of Iraq', 'invaded Kuwait', 'Jordan River', 'eastern Afghanistan', 'Syria, the rebels attacked')", () => {
    expect(
      pairs(
        "Refugees in Turkey, Lebanon and Jordan waited. The provinces of Iraq formed councils. Saddam invaded " +
          "Kuwait. The Jordan River flooded. Strikes in Nangarhar province eastern " +
          "Afghanistan killed 29. In retaliation for the offensive into north-eastern Syria, the rebels attacked.",
        "2016-05-01",
      ),
    ).toEqual([]);
    // ("The war against Iraq began": the target of an act against a state is the state, round 25:
    // tests/mentions/targeted-states.test.ts.)
  });

  it("extractMentions(article) reads a bare 'Syria' acting as the Assad government until 2024-12-08, the transitional state after, and as neither undated", () => {
    expect(pairs("Syria signed the deal.", "2016-05-01")).toEqual(["Syria→syrian-government"]);
    expect(pairs("Syria signed the deal.", "2025-05-01")).toEqual(["Syria→syrian-army-transitional"]);
    expect(pairs("Syria signed the deal.")).toEqual([]);
  });
});
