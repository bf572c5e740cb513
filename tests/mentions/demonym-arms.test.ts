import { describe, expect, it } from "vitest";
import { mentionsIn, namePairs, pairs } from "./fixture.ts";

// A state's demonym before its arms (data/lexicon/names.json armsModels, weaponNouns, attackNouns,
// weaponActingVerbs, weaponPassiveWords) and the bare "US" as an actor (stateAttributeSuffixes,
// stateAttributeWords). Sentences written for the families, none from a gold set.
describe("extractMentions(article) on a state's demonym before a platform model", () => {
  it("reads a model between demonym and platform: 'Syrian Su-24 jets', 'US MQ-9 Reaper drones', 'a Turkish Bayraktar drone'", () => {
    expect(pairs(
      "Syrian Su-24 jets bombed Ariha. US MQ-9 Reaper drones circled. A Turkish Bayraktar drone hit a truck.",
    )).toEqual([
      "Syrian Su-24 jets→syrian-government",
      "US MQ-9 Reaper drones→united-states",
      "Turkish Bayraktar drone→turkey",
    ]);
  });

  it("reads a platform noun of more than one word after a model: 'a Turkish F-4 fighter jet', 'Russian Mi-24 attack helicopters'", () => {
    expect(pairs(
      "A Turkish F-4 fighter jet crashed. Russian Mi-24 attack helicopters struck Kafr Zita.",
    )).toEqual([
      "Turkish F-4 fighter jet→turkey",
      "Russian Mi-24 attack helicopters→russia",
    ]);
  });

  it("reads one aircraft of a state force as several: 'a Syrian jet', 'a Syrian fighter plane'", () => {
    expect(pairs("A Syrian jet crashed. Rebels downed a Syrian fighter plane.", "2016-05-01")).toEqual([
      "Syrian jet→syrian-government",
      "Syrian fighter plane→syrian-government",
    ]);
  });

  it("reads a plural model as the platform itself: 'Turkish F-16s', 'Russian Su-34s'", () => {
    expect(pairs("Turkish F-16s struck Afrin while Russian Su-34s bombed Saraqib.")).toEqual([
      "Turkish F-16s→turkey",
      "Russian Su-34s→russia",
    ]);
  });
});

describe("extractMentions(article) on a singular model and on more force nouns", () => {
  it("reads a singular model as the platform where no noun follows: 'an Israeli F-16 returning', not 'Russian S-300 systems'", () => {
    expect(pairs(
      "Syrian air defences shot down an Israeli F-16 returning from a raid. A Russian Su-24 was shot down. Russian " +
        "S-300 systems were delivered.",
    )).toEqual(["Syrian air defences→syrian-government", "Israeli F-16→israel", "Russian Su-24→russia"]);
  });

  it("reads border guards as the state's men: 'Turkish border guards shot two men'", () => {
    expect(pairs("Turkish border guards shot two men.")).toEqual(["Turkish border guards→turkey"]);
  });

  it("shares a state force's noun with demonyms before it: 'Russian and regime warplanes', 'Iranian and Syrian government forces'", () => {
    expect(pairs("Russian and regime warplanes struck; Iranian and Syrian government forces advanced.", "2016-05-01"))
      .toEqual([
        "Russian→russia",
        "regime warplanes→syrian-government",
        "Iranian→iran",
        "Syrian government forces→syrian-government",
      ]);
    expect(pairs("Kurdish and government forces clashed.")).toEqual(["government forces→syrian-government"]);
  });
});

describe("extractMentions(article) on a state's weapons and attacks acting in the event", () => {
  it("reads a weapon followed by a verb or after 'by': 'US cruise missiles struck', 'killed by Russian missiles'", () => {
    expect(pairs(
      "US cruise missiles struck a meeting. Five men were killed by Russian missiles. Israeli rockets reportedly " +
        "hit a depot. Russian Kalibr missiles landed near Idlib.",
    )).toEqual([
      "US cruise missiles→united-states",
      "Russian missiles→russia",
      "Israeli rockets→israel",
      "Russian Kalibr missiles→russia",
    ]);
  });

  it("reads attacks that act: 'Russian airstrikes hit', 'an Israeli strike killed', 'US air strikes killed'", () => {
    expect(pairs(
      "Russian airstrikes hit Kafr Nabl. An Israeli strike killed two men. US air strikes killed 50 militants.",
    )).toEqual(["Russian airstrikes→russia", "Israeli strike→israel", "US air strikes→united-states"]);
  });

  it("reads headlines' present tense: 'Russian strikes kill 12', 'US missiles target Damascus'", () => {
    expect(pairs("Russian strikes kill 12 in Idlib. US missiles target Damascus.")).toEqual([
      "Russian strikes→russia",
      "US missiles→united-states",
    ]);
  });

  it("reads the place an attack hit between it and its verb: 'Russian airstrikes on Kafr Nabl killed 12'", () => {
    expect(pairs(
      "Russian airstrikes on Kafr Nabl killed 12. The Russian bombardment of Maarat al-Numan killed five. Turkish " +
        "strikes in Tal Rifaat district hit a school.",
    )).toEqual(["Russian airstrikes→russia", "Russian bombardment→russia", "Turkish strikes→turkey"]);
  });

  it("reads no state where the weapon or attack does not act: traded arms, rebels' missiles, a strike as a noun", () => {
    expect(namePairs(
      "Rebels fired American TOW missiles at tanks. US missiles supplied to the rebels ran out. US-made missiles " +
        "were found. A Russian airstrike on the market was reported. People fled after Israeli strikes on Damascus.",
    )).toEqual([]);
  });

  it("reads an attack that does not act as a state reference (method 'state-reference'), a weapon as none: 'a wave of Russian airstrikes against', 'heavy Syrian and Russian airstrikes'", () => {
    const found = mentionsIn(
      "A wave of Russian airstrikes against ISIL positions was reported. The offensive began with heavy Syrian and " +
        "Russian airstrikes. Rebels fired American TOW missiles.",
    );
    expect(found.map((m) => `${m.surface}→${m.groupId}:${m.method}`)).toEqual([
      "Russian airstrikes→russia:state-reference",
      "ISIL→islamic-state:acronym",
      "Syrian→syrian-government:state-reference",
      "Russian airstrikes→russia:state-reference",
    ]);
  });

  it("reads no state where the text only suspects it: 'suspected Russian airstrikes hit', 'an apparent Israeli strike'", () => {
    expect(pairs("Suspected Russian airstrikes hit Idlib. An apparent Israeli strike killed two men.")).toEqual([]);
  });

  it("shares the noun among coordinated demonyms: 'US and British cruise missiles struck', warships", () => {
    expect(pairs(
      "US and British cruise missiles struck Barzeh. American, British and French warships fired at Homs.",
    )).toEqual([
      "US→united-states",
      "British cruise missiles→united-kingdom",
      "American→united-states",
      "British→united-kingdom",
      "French warships→france",
    ]);
  });

  it("keeps 'pro-Syrian' and hyphenated compounds out", () => {
    expect(pairs("Pro-Syrian missiles struck nothing; anti-Russian rockets hit nothing.")).toEqual([]);
  });
});

describe("extractMentions(article) on the bare 'US' as an actor", () => {
  it("reads 'the US bombed', 'US strikes killed', 'the U.S. struck' as the United States", () => {
    expect(pairs("The US bombed a convoy. US strikes killed 5 men. Later the U.S. struck IS targets.")).toEqual([
      "US→united-states",
      "US strikes→united-states",
      "U.S.→united-states",
      "IS→islamic-state",
    ]);
  });

  it("reads no state in the pronoun, money, things made, supplied or based there, or a place: 'us', 'US dollars', 'US-made', 'US-supplied'", () => {
    expect(pairs(
      "Let us go, he said. It cost 5 million US dollars. US-made rifles and a UK-based monitor. In the US, " +
        "officials said so. A US-brokered truce held. Rebels fired US-supplied anti-tank missiles and " +
        "Russian-origin rockets.",
    )).toEqual([]);
  });

  it("keeps the backer in 'US-backed SDF' (the relation reader reads it as an ally)", () => {
    expect(pairs("The US-backed SDF advanced.")).toEqual(["US→united-states", "SDF→syrian-democratic-forces"]);
  });
});

describe("extractMentions(article) on a demonym before an attack noun written with a hyphen (round 80)", () => {
  it("reads 'Russian air-strikes' as 'Russian air strikes' is read", () => {
    expect(pairs("Heavy Russian air-strikes against ISIL relieved the troops.")).toContain(
      "Russian air-strikes→russia",
    );
    expect(pairs("Heavy Russian air strikes against ISIL relieved the troops.")).toContain(
      "Russian air strikes→russia",
    );
  });
});
