import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { articleFrom } from "./fixtures.ts";

// Issue 10, round 7: recall families found by grouping the misses of the sets open to reading (the Wikipedia
// development set, Wikipedia passages 1 and 2, FA-KES sample and held-out 1 and 2) by cause. Each test is written for
// the family with sentences of its own; none is a gold sentence.
const reference = defaultReference();
const read = (text: string, clauses = false) =>
  pipelineRelations(articleFrom("x", text, "2016-05-01"), reference, new Map(), clauses).relations
    .map((r) => `${r.type} ${r.subject} ${r.object} ${r.frame}`).sort();

describe("extractRelations(article, mentions): a party set against another by a link ('X against Y')", () => {
  // (Round 90: a coalition the texts name by its purpose, lexicon purposeNamedWholes, is no longer read so: 1 right and
  // 8 wrong readings over the read and blind sets.)
  it("extractRelations(article, mentions) reads 'jets of the US-led coalition against IS' as the coalition's name", () => {
    expect(read("Jets of the US-led coalition against IS struck Raqqa on Monday.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'X versus Y' and a list before 'against' pairwise", () => {
    expect(read("Airstrikes backed the YPG and the Free Syrian Army against the Islamic State near Raqqa.")).toEqual(
      expect.arrayContaining([
        "clash free-syrian-army islamic-state against:list",
        "clash islamic-state ypg against:list",
      ]),
    );
    expect(read("The battle of Hezbollah versus the Nusra Front lasted a week.")).toEqual([
      "clash hezbollah jabhat-al-nusra against:list",
    ]);
  });

  it("extractRelations(article, mentions) reads no clash past a name modifying a noun ('against the al-Qaeda offshoot X')", () => {
    expect(read("The Nusra Front fought a war against the al-Qaeda offshoot in Idlib.")).not.toContain(
      "clash al-qaeda jabhat-al-nusra against:list",
    );
  });

  it("extractRelations(article, mentions) keeps a frame's reading of the pair ('launched by X against Y')", () => {
    expect(read("The offensive was launched by the Syrian Army against the Islamic State in May.")).toEqual([
      "clash islamic-state syrian-government launch:passive",
    ]);
  });
});

describe("extractRelations(article, mentions): a plural's possessive and a passive's companions", () => {
  it("extractRelations(article, mentions) reads a plural's bare apostrophe as a possessive ('the Syrian Democratic Forces' X Military Council')", () => {
    expect(read("The Syrian Democratic Forces' Deir ez-Zor Military Council seized the field.")).toEqual([
      "member deir-ez-zor-military-council syrian-democratic-forces unit:possessive",
    ]);
    expect(read("The group was renamed the 'Syrian Democratic Forces' in 2015.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'P was captured by X alongside A and B' as X, A and B allied", () => {
    expect(
      read("The town was captured on 2 May by the Syrian Army alongside Hezbollah and the National Defence Forces."),
    )
      .toEqual([
        "ally hezbollah national-defence-forces companion:list",
        "ally hezbollah syrian-government companion:list",
        "ally national-defence-forces syrian-government companion:list",
      ]);
  });

  it("extractRelations(article, mentions) reads no alliance of a passive's agent beside victims ('soldiers were killed by X alongside Y')", () => {
    expect(read("The soldiers were killed by ISIL alongside the Syrian Army.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions): agents of an act with no target named", () => {
  it("extractRelations(article, mentions) reads 'the offensive was launched by A and B' as A and B allied", () => {
    expect(read("The offensive was launched by the Turkish Armed Forces and factions from the Free Syrian Army."))
      .toEqual([
        "ally free-syrian-army turkey launch:joint",
      ]);
    expect(read("The operation, conducted by the YPG and the SDF, began in May.")).toEqual([
      "ally syrian-democratic-forces ypg conduct:joint",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing from an act only 'thought to be carried out by A and B'", () => {
    expect(read("Air strikes thought to be carried out by the Syrian Army and Russia killed 17 people.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions): a collective noun after an opening adverbial refers back", () => {
  it("extractRelations(article, mentions) reads 'After days of fighting, the rebels captured P from Y' with the rebels of the sentence before", () => {
    expect(
      read(
        "The Free Syrian Army and Ahrar al-Sham attacked Idlib. After days of fighting, the rebels captured the city " +
          "from the Syrian Army.",
      ),
    ).toEqual([
      "ally ahrar-al-sham free-syrian-army attack:joint",
      "clash ahrar-al-sham syrian-government capture:active",
      "clash free-syrian-army syrian-government capture:active",
    ]);
  });

  it("extractRelations(article, mentions) refuses the rebels for one group of the sentence before", () => {
    expect(read("The Free Syrian Army attacked Idlib. On 5 May, the rebels seized ten checkpoints of the Syrian Army."))
      .toEqual([]);
  });
});

describe("extractRelations(article, mentions): a compound describing a name through a copula or an apposition", () => {
  it("extractRelations(article, mentions) reads 'X is a Y-backed militia' and 'X, a Y-backed militia,' as Y backing X", () => {
    expect(read("The YPG is a US-backed militia.")).toEqual(["ally united-states ypg back:adjective"]);
    expect(read("The village was taken by the YPG, a U.S.-backed militia, in June.")).toEqual([
      "ally united-states ypg back:adjective",
    ]);
    expect(read("Later, the Syrian Democratic Forces – a U.S.-backed coalition – captured the dam.")).toEqual([
      "ally syrian-democratic-forces united-states back:adjective",
    ]);
  });

  it("extractRelations(article, mentions) reads no party for a compound on an unnamed noun ('US-backed militias attacked X')", () => {
    expect(read("US-backed militias attacked the Islamic State.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions): the dead of two sides past a short phrase", () => {
  it("extractRelations(article, mentions) reads 'fighting along the front killed 7 X militants and 2 Y fighters' as a clash", () => {
    expect(read("On 2 June, fighting along the frontline killed 9 ISIS militants and 4 YPG fighters.")).toEqual([
      "clash islamic-state ypg fighting:noun",
    ]);
  });

  it("extractRelations(article, mentions) reads 'clashes between the 3rd and 4th killed 5 X and 8 Y fighters' (a between of dates)", () => {
    expect(read("Clashes between the 3rd and 4th killed 5 ISIS and 8 YPG fighters.")).toEqual([
      "clash islamic-state ypg clash:noun",
    ]);
  });

  it("extractRelations(article, mentions) reads no clash from one side's dead beside civilians", () => {
    expect(read("Clashes near the town killed 12 ISIS militants and three civilians.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions): a 'with' phrase keeps its own preposition", () => {
  it("extractRelations(article, mentions) reads 'X captured P with air support from Y' as Y supporting X, not a capture from Y", () => {
    expect(read("The YPG captured the town with air support from the US-led coalition.")).toEqual([
      "ally us-led-coalition ypg support:noun",
    ]);
  });
});

describe("extractRelations(article, mentions): action nouns after a light verb, and an act referred to in its sentence", () => {
  it("extractRelations(article, mentions) reads a participle adjective after a light verb ('carried out repeated strikes against Y')", () => {
    expect(read("Israel carried out repeated strikes against Hezbollah.")).toEqual([
      "clash hezbollah israel strike:noun",
    ]);
    expect(read("Russia launched renewed attacks on the Nusra Front.")).toEqual([
      "clash jabhat-al-nusra russia attack:noun",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X attacked P, but the attack was repelled by Y' as a clash of X and Y", () => {
    expect(read("ISIS attacked the village at night, but the attack was repelled by the YPG.")).toEqual([
      "clash islamic-state ypg repel:passive",
    ]);
    expect(read("ISIS visited the village at night, but the attack was repelled by the YPG.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions): an unnamed whole made of groups", () => {
  it("extractRelations(article, mentions) reads 'an alliance of A and B' and 'a force composed of A, B and C' as allies", () => {
    expect(read("In 2015, a coalition of Jaysh al-Islam and Faylaq al-Rahman was formed.")).toEqual([
      "ally faylaq-al-rahman jaish-al-islam composition:list",
    ]);
    expect(
      read("The command assembled a force composed of the Syrian Army, Hezbollah and the National Defence Forces."),
    )
      .toEqual([
        "ally hezbollah national-defence-forces composition:list",
        "ally hezbollah syrian-government composition:list",
        "ally national-defence-forces syrian-government composition:list",
      ]);
  });

  it("extractRelations(article, mentions) leaves a named whole to the role frames ('X, a coalition of A and B': members)", () => {
    expect(read("The SDF, a coalition of the YPG and the Syriac Military Council, captured the town.")).toEqual([
      "member syriac-military-council syrian-democratic-forces coalition:role",
      "member ypg syrian-democratic-forces coalition:role",
    ]);
  });
});

describe("extractRelations(article, mentions): a place one group took and another attacks in the next sentence", () => {
  it("extractRelations(article, mentions) reads 'X captured the Tabqa airbase. Y launched a counterattack on the airbase.' as a clash", () => {
    expect(
      read(
        "On 3 May, the Syrian Army captured the Tabqa airbase. ISIS fighters then launched a counterattack on the airbase.",
      ),
    ).toEqual(["clash islamic-state syrian-government launch:held-place"]);
    expect(read("The YPG captured the old hospital. Later, ISIS recaptured the hospital after heavy fighting."))
      .toEqual([
        "clash islamic-state ypg recapture:held-place",
      ]);
  });

  it("extractRelations(article, mentions) reads no held place across a table row, a named other place or a gap of a sentence", () => {
    expect(read("The YPG captured the village of Tal Tamr. ISIS attacked the village of Tal Hamis.")).toEqual([]);
    expect(read("The YPG captured the old hospital. The town was quiet for days. ISIS recaptured the hospital."))
      .toEqual(
        [],
      );
  });
});

describe("extractRelations(article, mentions): leaders and backers, appositions opening with a place, fire into", () => {
  it("extractRelations(article, mentions) reads 'an offensive led by X and backed by Y' as Y backing X", () => {
    expect(read("The offensive on the western bank was led by Syrian troops and backed by Russia.")).toEqual([
      "ally russia syrian-government back:passive",
    ]);
  });

  it("extractRelations(article, mentions) reads past an apposition opening with a place's possessive ('X, Syria's largest rebel coalition, which ...')", () => {
    expect(read("The Islamic Front, Syria's largest rebel coalition, which has been fighting ISIS for months, spoke."))
      .toEqual(
        ["clash islamic-front islamic-state fight:active"],
      );
  });

  it("extractRelations(article, mentions) reads 'X fired rockets into Y-held villages' as a clash", () => {
    expect(read("The Nusra Front fired rockets into Hezbollah-held villages.")).toEqual([
      "clash hezbollah jabhat-al-nusra fire:active",
    ]);
    expect(read("The Nusra Front fired rockets into the city.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions): a reported fact", () => {
  it("extractRelations(article, mentions) keeps 'X apparently captured P from Y' with lower confidence and the cue named", () => {
    // ("reportedly" lowered the reading too until round 30; it now blocks it, a hedged claim every gold set leaves out.)
    const relations = pipelineRelations(
      articleFrom("x", "On 16 October, the SDF apparently captured the stadium from ISIS.", "2017-10-20"),
      reference,
      new Map(),
    ).relations;
    expect(relations.map((r) => `${r.type} ${r.subject} ${r.object} ${r.features?.hedge}`)).toEqual([
      "clash islamic-state syrian-democratic-forces apparently",
    ]);
    const [stated] = pipelineRelations(
      articleFrom("y", "On 16 October, the SDF captured the stadium from ISIS.", "2017-10-20"),
      reference,
      new Map(),
    ).relations;
    expect(relations[0].confidence).toBeLessThan(stated.confidence);
    expect(read("The SDF allegedly captured the stadium from ISIS.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions): counts with thousands separators, spellings, battle verbs", () => {
  it("extractRelations(article, mentions) reads a count written with a thousands comma as one number ('trapping 4,000 X militants')", () => {
    expect(read("The SDF encircled Raqqa, trapping 4,000 ISIS militants.")).toEqual([
      "clash islamic-state syrian-democratic-forces trap:active",
    ]);
    expect(read("The SDF killed 1,200 ISIS militants.")).toEqual([
      "clash islamic-state syrian-democratic-forces kill:active",
    ]);
  });

  it("extractRelations(article, mentions) reads wire copy's 'targetted' as 'targeted'", () => {
    expect(read("Daesh has regularly targetted the Levant Front.")).toEqual([
      "clash islamic-state levant-front target:active",
    ]);
  });

  it("extractRelations(article, mentions) reads no alliance of counted people killed beside others ('killed 5,703 civilians, along with 4,258 ISIS fighters')", () => {
    expect(
      read(
        "Russian airstrikes killed around 5,703 civilians, along with 4,258 ISIS fighters and 3,893 Nusra Front militants.",
      ),
    ).not.toContain("ally islamic-state russia companion:list");
  });
});

describe("extractRelations(article, mentions): a semicolon ends a claim's reach", () => {
  it("extractRelations(article, mentions) reads the clause after a semicolon past a claim before it", () => {
    expect(
      read(
        "Sources claimed the Free Syrian Army cut the road; later the Free Syrian Army seized ten " +
          "checkpoints of the Syrian Army.",
      ),
    ).toEqual(["clash free-syrian-army syrian-government seize:active"]);
    expect(read("Sources claimed the Free Syrian Army seized ten checkpoints of the Syrian Army.")).toEqual([]);
  });

  it("extractRelations(article, mentions) takes 'they' past a semicolon for one group only when written as people ('X fighters ...; they')", () => {
    expect(
      read("Israel had a strategic interest in aiding the rebels; they fought against both ISIS and Hezbollah."),
    ).toEqual([]);
  });
});

describe("extractRelations(article, mentions): a group's parts as a possessed subject", () => {
  it("extractRelations(article, mentions) reads 'X's components included A and B' as A and B members of X", () => {
    expect(read("Jaish al-Fatah's components included Ahrar al-Sham and the Nusra Front.")).toEqual([
      "member ahrar-al-sham jaish-al-fatah component:role",
      "member jabhat-al-nusra jaish-al-fatah component:role",
    ]);
    expect(read("Russia's goals include helping the Syrian government.")).toEqual([]);
  });
});
