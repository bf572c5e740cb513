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
