import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 72. Sentences written for each family, none from a gold set.

describe("a state's demonym in an agent compound leads the act (names.json agentSuffixes)", () => {
  it("extractRelations(article, mentions) reads 'Turkish-led forces captured P from X' as the state fighting X", () => {
    expect(relationsIn("In 2016 Turkish-led forces captured the town from ISIL.")).toEqual([
      "clash islamic-state turkey",
    ]);
    expect(relationsIn("In 2017 an ISIL counterattack repelled the Turkish-led assault.")).toEqual([
      "clash islamic-state turkey",
    ]);
  });
});

describe("an agent compound inside a list describes its own unnamed noun (frames.ts namedAfterCompound)", () => {
  it("extractRelations(article, mentions) reads no membership in 'the SDF and Turkey-led forces'", () => {
    expect(relationsIn("In 2019 the SDF and Turkey-led forces clashed near the town.")).toEqual([
      "clash syrian-democratic-forces turkey",
    ]);
    expect(relationsIn("In 2019 the SDF and US-led forces attacked ISIL.")).toEqual([
      "ally syrian-democratic-forces united-states",
      "clash islamic-state syrian-democratic-forces",
      "clash islamic-state united-states",
    ]);
  });

  it("extractRelations(article, mentions) still reads the name a compound stands before ('the PYD-dominated SDF')", () => {
    expect(relationsIn("In 2016 the PYD-dominated SDF captured the town.")).toEqual([
      "member pyd syrian-democratic-forces",
    ]);
  });
});

describe("a demonym before coordinated weapon modifiers names the attacking state (demonymArmsSpans)", () => {
  it("extractRelations(article, mentions) reads 'Russian air and missile strikes targeted A and B'", () => {
    expect(relationsIn("In 2015 Russian air and missile strikes targeted ISIL and al-Nusra Front.")).toEqual([
      "clash islamic-state russia",
      "clash jabhat-al-nusra russia",
    ]);
  });

  it("extractRelations(article, mentions) reads 'the U.S. air and artillery strike on X'", () => {
    expect(relationsIn("The U.S. air and artillery strike on Hezbollah occurred on 7 February 2018.")).toEqual([
      "clash hezbollah united-states",
    ]);
  });
});

describe("an intention word among an act noun's premodifiers guards it (frames.ts nounPremodifiersStart)", () => {
  it("extractRelations(article, mentions) reads nothing of 'a planned US-led offensive against X'", () => {
    expect(relationsIn("In 2017 the group would not join a planned US-led offensive against ISIL.")).toEqual([]);
    expect(relationsIn("In 2017 the planned Turkish-led offensive against the SDF was postponed.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads the act of a noun phrase without such a word", () => {
    expect(relationsIn("In 2017 a US-led offensive against ISIL began.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(relationsIn("The May 2017 offensive by the SDF against ISIL ended.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("a withdrawal a name qualifies makes the name no party (lexicon nonPartyHeads)", () => {
  it("extractRelations(article, mentions) reads no clash from 'the offensive by the US withdrawal'", () => {
    expect(relationsIn("In 2019 the Kurds were exposed to the Turkish-led offensive by the US withdrawal.")).toEqual(
      [],
    );
  });
});

describe("a capitalised noun ending a name the gazetteer lacks is no trigger (read-relations.ts namePart)", () => {
  it("extractRelations(article, mentions) reads no alliance from 'NATO and the Soviet-led Warsaw Pact'", () => {
    expect(relationsIn("The two blocs were the United States-led NATO and the Soviet-led Warsaw Pact.", "1960-01-01"))
      .toEqual(["member united-states nato"]);
  });

  it("extractRelations(article, mentions) still reads the verb of signing a named agreement", () => {
    expect(relationsIn("In 2017 Russia, Turkey and Iran signed the Astana Agreement.")).toEqual([
      "ally iran russia",
      "ally iran turkey",
      "ally russia turkey",
    ]);
  });
});

describe("a list joiner opening on a boundary word joins places in a long gap (frames.ts prepositionAfter)", () => {
  it("extractRelations(article, mentions) reads 'captured villages as well as the town of P from X'", () => {
    expect(relationsIn("In 2016 the SDF captured several villages as well as the town of Arima from ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads no source past a party the gap names", () => {
    expect(relationsIn("In 2016 the SDF captured several villages as well as the YPG from ISIL.")).toEqual([]);
  });
});

describe("a list closed by its tail is one side of 'between' (frames.ts sidesOf)", () => {
  it("extractRelations(article, mentions) reads 'between A and its allies and B' as A against B", () => {
    expect(relationsIn("In 2016 the war between Iraq and its allies and the Islamic State continued.")).toEqual([
      "clash iraq islamic-state",
    ]);
    expect(relationsIn("In 2016 fighting between ISIL and other jihadist groups and the SDF went on.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing of 'between A and its allies' alone", () => {
    expect(relationsIn("In 2016 clashes between the SDF and its allies continued.")).toEqual([]);
  });
});

describe("a headline in title case keeps its capitalised act nouns (read-relations.ts titleCased)", () => {
  it("extractRelations(article, mentions) reads 'Renewed Heavy Clashes Between ISIL And SDF'", () => {
    expect(relationsIn("Syria: Renewed Heavy Clashes Between ISIL And SDF In Raqqa", "2017-06-01")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("verbs that raise or keep up an act or a tie are light verbs (lexicon lightVerbs)", () => {
  it("extractRelations(article, mentions) reads 'A and B increased collaboration', 'X expanded its cooperation with Y'", () => {
    expect(relationsIn("In 2017 Turkey and Russia increased collaboration in the area.")).toEqual([
      "ally russia turkey",
    ]);
    expect(relationsIn("In 2017 the US expanded its cooperation with the SDF.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
    expect(relationsIn("In 2017 the SDF escalated attacks on ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing where the act noun is the verb's subject", () => {
    expect(relationsIn("In 2017 attacks on ISIL increased.")).toEqual([]);
  });
});

describe("defending a party sides with it; defending against a party opposes it (lexicon defend)", () => {
  it("extractRelations(article, mentions) reads 'X defended Y', 'a Y convoy defended by X'", () => {
    expect(relationsIn("In 2013 Hezbollah defended the Syrian Army in Qusayr.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
    expect(relationsIn("In 2016 a Syrian Army convoy defended by Iraqi soldiers arrived.")).toEqual([
      "ally iraqi-army syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X defended P against Y' and nothing of a party's own positions", () => {
    expect(relationsIn("In 2014 the YPG defended Kobani against ISIL.")).toEqual(["clash islamic-state ypg"]);
    expect(relationsIn("In 2016 the SDF defended its positions.")).toEqual([]);
  });
});

describe("an ambition is an intention (lexicon guards)", () => {
  it("extractRelations(article, mentions) reads nothing of 'the group's ambitions to ... expel Turkish forces'", () => {
    expect(
      relationsIn("In 2017 the YPG leader stated the group's ambitions to expand into Idlib and expel Turkish forces."),
    )
      .toEqual([]);
  });
});

describe("a state's force led by another of a state's forces acts beside it (lexicon ledPartners)", () => {
  it("extractRelations(article, mentions) reads 'the Syrian Army, led by the Tiger Forces' as an alliance", () => {
    expect(
      relationsIn("In 2017 the Syrian Arab Army (SAA), led by the Tiger Forces, began an offensive on ISIL positions."),
    )
      .toEqual([
        "ally syrian-government tiger-forces",
        "clash islamic-state syrian-government",
        "clash islamic-state tiger-forces",
      ]);
  });

  it("extractRelations(article, mentions) keeps a coalition led by one of its groups a membership", () => {
    expect(relationsIn("In 2016 the SDF, led by the Deir Ezzor Military Council, attacked ISIL.")).toEqual([
      "clash deir-ez-zor-military-council islamic-state",
      "clash islamic-state syrian-democratic-forces",
      "member deir-ez-zor-military-council syrian-democratic-forces",
    ]);
  });
});

describe("a list closed by 'against' is one side of 'between', fighting together (frames.ts sidesOf)", () => {
  it("extractRelations(article, mentions) reads 'clashes between A and B against C' as A and B allied against C", () => {
    expect(relationsIn("In 2017 clashes erupted between Ahrar al-Sham and Suqour al-Sham against Tahrir al-Sham."))
      .toEqual([
        "ally ahrar-al-sham suqour-al-sham",
        "clash ahrar-al-sham hayat-tahrir-al-sham",
        "clash hayat-tahrir-al-sham suqour-al-sham",
      ]);
  });
});

describe("a passive's agent past a place phrase and a time phrase (frames.ts byAfter)", () => {
  it("extractRelations(article, mentions) reads 'was crushed in northern Syria in late 2014 by X'", () => {
    expect(
      relationsIn(
        "The Syria Revolutionaries Front was largely crushed in northern Syria in late 2014 by al-Nusra Front.",
      ),
    )
      .toEqual(["clash jabhat-al-nusra syrian-revolutionaries-front"]);
    expect(relationsIn("The SDF was attacked near the town of Manbij on 3 May 2016 by ISIL.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("dealing or giving a party a blow is fighting it (lexicon blow, light verb deal)", () => {
  it("extractRelations(article, mentions) reads 'X dealt a significant blow to Y', 'X gave a heavy blow to Y'", () => {
    expect(relationsIn("In 2016 ISIS dealt a significant blow to Syrian government forces near Raqqa.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("In 2014 the Syrian army gave a heavy blow to Jaysh al-Islam in rural Damascus.")).toEqual([
      "clash jaish-al-islam syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing of a blow to what a party owns", () => {
    expect(relationsIn("In 2015 Russia's intervention was a blow to US policy.")).toEqual([]);
  });
});

describe("a party noun's 'for' names its group, as state media write it (lexicon partyLinks)", () => {
  it("extractRelations(article, mentions) reads 'ambushed a gathering for X', 'targeted positions for X'", () => {
    expect(relationsIn("In 2016 the Syrian army ambushed a gathering for Al-Nusra front in Daraa city.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(relationsIn("In 2016 Syrian army units targeted positions for al-Nusra Front in Daraa.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });
});

describe("a role noun before adjectives and a party noun, then its preposition (frames.ts roleFrame)", () => {
  it("extractRelations(article, mentions) reads 'X, a rival extremist group to Y,'", () => {
    expect(relationsIn("In 2014 the Nusra Front, a rival extremist group to ISIS, took the town.")).toEqual([
      "rival islamic-state jabhat-al-nusra",
    ]);
  });
});

describe("a group's arm is singular (lexicon arm, singular)", () => {
  it("extractRelations(article, mentions) reads no branch from 'arms depots for X'", () => {
    expect(relationsIn("In 2017 the Israeli missiles hit arms depots for Hezbollah near the airport.")).toEqual([
      "clash hezbollah israel",
    ]);
  });
});

describe("more joint acts named with 'joint' (lexicon joint effort, campaign, mission, assault, strike, raid)", () => {
  it("extractRelations(article, mentions) reads 'X launched a joint effort with Y', 'joint strikes by A and B on Z'", () => {
    expect(relationsIn("In 2016 Turkey launched a joint effort with the US-led coalition.")).toEqual([
      "ally turkey us-led-coalition",
    ]);
    expect(relationsIn("In 2016 the joint strikes by Turkey and Russia on ISIL continued.")).toEqual([
      "ally russia turkey",
      "clash islamic-state russia",
      "clash islamic-state turkey",
    ]);
  });
});
