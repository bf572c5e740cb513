import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("described list items with a capitalised adjective of creed, community or nation (round 76)", () => {
  it("extractRelations(article, mentions) reads the named items of a whole past a described last item", () => {
    expect(
      relationsIn(
        "The Syrian Command assembled a force composed of the Syrian Army, Hezbollah and allied Iraqi paramilitaries.",
      ),
    )
      .toEqual(["ally hezbollah syrian-government"]);
  });

  it("extractRelations(article, mentions) reads a described item that refers back as the subject of an act", () => {
    expect(
      relationsIn(
        "ISIS militants launched an assault on the town. The hardline Sunni fighters attacked Tel Abyad, which is controlled by the YPG.",
      ),
    ).toEqual(["clash islamic-state ypg"]);
  });
});

describe("names chained by hyphens before a force or a joint act (round 76)", () => {
  it("extractRelations(article, mentions) reads a chain whose last name holds the force noun as allies", () => {
    expect(relationsIn("In November 2017, the Russian-Syrian forces conducted more than 400 airstrikes in the area."))
      .toEqual(["ally russia syrian-government"]);
  });

  it("extractRelations(article, mentions) reads every name of the chain as the act's agent", () => {
    expect(relationsIn("The Russian-Turkish forces conducted more than 400 airstrikes against ISIS.")).toEqual([
      "ally russia turkey",
      "clash islamic-state russia",
      "clash islamic-state turkey",
    ]);
    expect(relationsIn("In mid-October, Russian-Iranian airstrikes against ISIS went ahead.")).toEqual([
      "ally iran russia",
      "clash iran islamic-state",
      "clash islamic-state russia",
    ]);
    expect(relationsIn("ISIL-Nusra fighters attacked the YPG.")).toEqual([
      "ally islamic-state jabhat-al-nusra",
      "clash islamic-state ypg",
      "clash jabhat-al-nusra ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no chain before a deal or a place", () => {
    expect(relationsIn("The US-Russia brokered ceasefire between the YPG and ISIS collapsed.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("The Turkish-Syrian border was closed after ISIS attacked the crossing.")).toEqual([]);
  });
});

describe("a joint body's makers after a reduced relative past its place (round 76)", () => {
  it("extractRelations(article, mentions) reads 'the joint information center in Baghdad set up by A, B and C'", () => {
    expect(
      relationsIn(
        "The general represents Russia at the joint information center in Baghdad set up by Russia, Iran and Hezbollah to coordinate their operations.",
      ),
    ).toEqual(["ally hezbollah iran", "ally hezbollah russia", "ally iran russia"]);
  });

  it("extractRelations(article, mentions) reads the agents of a joint act named by a reduced relative", () => {
    expect(relationsIn("The joint offensive launched by the SDF and the YPG against ISIS began in June.")).toEqual([
      "ally syrian-democratic-forces ypg",
      "clash islamic-state syrian-democratic-forces",
      "clash islamic-state ypg",
    ]);
  });
});

describe("a relative clause naming what a place is to its holder (round 76)", () => {
  it("extractRelations(article, mentions) reads 'P, which served as Y headquarters' after a hostile act on P", () => {
    expect(
      relationsIn("The next day, SDF fighters attacked the village of Um Mayyal, which served as ISIL headquarters."),
    ).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("The SDF seized Jabar, which served as an ISIS weapons depot.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("The SDF seized Jabar, which was the stronghold of ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads no holder where the relative clause names no place", () => {
    expect(relationsIn("The SDF seized Jabar, which was a major blow to the villagers.")).toEqual([]);
  });
});

describe("reinforcements from several parties (round 76)", () => {
  it("extractRelations(article, mentions) reads the parties reinforcements come from as partners", () => {
    expect(
      relationsIn(
        "Reinforcements from the Syrian Army and Russian special forces arrived at the base later in the day.",
      ),
    )
      .toEqual(["ally russia syrian-government"]);
  });

  it("extractRelations(article, mentions) reads nothing of reinforcements from one party", () => {
    expect(relationsIn("Reinforcements from Hezbollah arrived in Aleppo.")).toEqual([]);
  });
});

describe("a merger noun with what it made (round 76)", () => {
  it("extractRelations(article, mentions) reads the light verb's subjects as merged into the group a relative names", () => {
    expect(
      relationsIn(
        "On 18 February 2018, Ahrar al-Sham and the Nour al-Din al-Zenki Movement announced a merger which established the Syrian Liberation Front.",
      ),
    ).toEqual([
      "merger ahrar-al-sham syrian-liberation-front",
      "merger nour-al-din-al-zenki syrian-liberation-front",
    ]);
  });

  it("extractRelations(article, mentions) reads the groups after 'of' as merged into the group the merger created", () => {
    expect(
      relationsIn("In 2018 the merger of Ahrar al-Sham and the Zenki Movement created the Syrian Liberation Front."),
    )
      .toEqual([
        "merger ahrar-al-sham syrian-liberation-front",
        "merger nour-al-din-al-zenki syrian-liberation-front",
      ]);
  });

  it("extractRelations(article, mentions) reads no merger that was only talked about, planned or denied", () => {
    expect(
      relationsIn("Talks on a merger of Ahrar al-Sham and the Zenki Movement into the Syrian Liberation Front failed."),
    ).toEqual([]);
    expect(
      relationsIn(
        "A planned merger of Ahrar al-Sham and the Zenki Movement into the Syrian Liberation Front collapsed.",
      ),
    ).toEqual([]);
  });
});

describe("a passive coordinated after another passive, its auxiliary left out (round 76)", () => {
  it("extractRelations(article, mentions) reads the second agent as the sentence subject's too", () => {
    expect(relationsIn("The Syrian government is supported by Iran, and actively supported by Hezbollah.")).toEqual([
      "ally hezbollah syrian-government",
      "ally iran syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no agent across another passive's agent without a coordinator", () => {
    expect(relationsIn("The town was captured by ISIS, forces supported by Hezbollah said.")).toEqual([]);
  });
});

describe("a list item named after a description ending in a party noun (round 76)", () => {
  it("extractRelations(article, mentions) keeps words after 'and' describing the name before as they were", () => {
    expect(
      relationsIn("Troops backed by pro-regime militiamen and Lebanons Shiite movement Hezbollah captured Qalamun."),
    )
      .toEqual(["ally hezbollah syrian-government"]);
  });

  it("extractRelations(article, mentions) reads 'the Palestinian group X' as a list item", () => {
    expect(relationsIn("The Syrian government is supported by Hezbollah, the Palestinian group PFLP-GC and others."))
      .toEqual(["ally hezbollah syrian-government", "ally pflp-gc syrian-government"]);
    expect(
      relationsIn(
        "The Syrian government is supported by the Lebanese Hezbollah group, the Syrian-based Palestinian group PFLP-GC, and others.",
      ),
    ).toEqual(["ally hezbollah syrian-government", "ally pflp-gc syrian-government"]);
  });
});

describe("opening companions whose actor is no named party (round 76)", () => {
  it("extractRelations(article, mentions) reads the companions of a reference actor as partners", () => {
    expect(
      relationsIn("Alongside al-Nusra Front and Ahrar al-Sham, these groups captured Raqqa city after a 3-day battle."),
    )
      .toEqual(["ally ahrar-al-sham jabhat-al-nusra"]);
  });

  it("extractRelations(article, mentions) reads no partners beside victims of a passive", () => {
    expect(relationsIn("Along with the FSA and the YPG, dozens of civilians were killed by ISIS.")).toEqual([]);
  });
});
