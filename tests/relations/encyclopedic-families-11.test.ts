import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 52. Sentences written for each family, none from a gold set.
describe("a verb of regarding with a label in a relative clause (trigger 'see')", () => {
  it("extractRelations(article, mentions) reads 'the YPG, which Turkey sees as a terrorist organization' as a rival", () => {
    expect(relationsIn("In 2018 clashes erupted near the YPG, which Turkey sees as a terrorist organization.")).toEqual(
      ["rival turkey ypg"],
    );
    expect(relationsIn("In 2018 Turkey saw the YPG fighters near Manbij.")).toEqual([]);
  });
});

describe("the noun of 'shoot down' (trigger 'downing')", () => {
  it("extractRelations(article, mentions) reads 'the downing of a Syrian jet by Israel' and 'Turkey's downing of a Russian jet'", () => {
    expect(relationsIn("In 2017 the downing of a Syrian jet by Israel angered Damascus.")).toEqual([
      "clash israel syrian-government",
    ]);
    expect(relationsIn("In 2015 Turkey's downing of a Russian jet strained ties.")).toEqual(["clash russia turkey"]);
  });
});

// Issue 10, round 53. Sentences written for each family, none from a gold set.
describe("a count written as a range with a dash before an action noun (frames: modifiersBefore)", () => {
  it("extractRelations(article, mentions) reads 'X was conducting 20–25 airstrikes daily on Y positions'", () => {
    expect(relationsIn("In 2016 Russia was conducting 20–25 airstrikes daily on ISIL positions near Palmyra.")).toEqual(
      [
        "clash islamic-state russia",
      ],
    );
    expect(relationsIn("In 2016 Russia carried out 10-15 raids on ISIL positions.")).toEqual([
      "clash islamic-state russia",
    ]);
  });
});

describe("stalling and hampering an advance (triggers 'stall', 'hamper'; patientVerbs)", () => {
  it("extractRelations(article, mentions) reads 'X stalled the Y advance' as fighting, and no fighting between two states", () => {
    expect(relationsIn("In 2014 ISIL reinforcements stalled the YPG advance near Kobani.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("In 2016 ISIL attempted to hamper the SDF's advances near Manbij.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2013 the US stalled an Israeli strike on Syria.")).toEqual([]);
  });
});

describe("a gerund of composition after an adverb (frames: activeFrame's composition gerund)", () => {
  it("extractRelations(article, mentions) reads 'X, mainly consisting of Y' as Y a member of X", () => {
    expect(relationsIn("In 2016 the Syrian Democratic Forces, mainly consisting of the YPG, took Manbij.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
  });
});

describe("the noun of 'oppose' with its preposition (trigger 'opposition')", () => {
  it("extractRelations(article, mentions) reads 'X, which is in opposition to Y' and 'X's opposition to Y' as rivals", () => {
    expect(relationsIn("In 2014 ISIS, which is in opposition to the Islamic Front, attacked Marea.")).toEqual([
      "rival islamic-front islamic-state",
    ]);
    expect(relationsIn("In 2016 Turkey's opposition to the YPG hardened.")).toEqual(["rival turkey ypg"]);
    expect(relationsIn("In 2016 the Syrian opposition met in Riyadh.")).toEqual([]);
  });
});

describe("launching fire at a party (trigger 'launch', gapHead fire; lexicon fireNouns)", () => {
  it("extractRelations(article, mentions) reads 'X launched 59 cruise missiles at Y' and not 'X launched a campaign'", () => {
    expect(relationsIn("In 2017 the US launched 59 Tomahawk cruise missiles at the Syrian army.")).toEqual([
      "clash syrian-government united-states",
    ]);
    expect(relationsIn("In 2006 Hezbollah launched rockets at Israel.")).toEqual(["clash hezbollah israel"]);
    expect(relationsIn("In 2014 ISIS launched a campaign in Iraq.")).toEqual([]);
    // (A light verb carries out the definite act it takes, the previous sentence's: no target of it.)
    expect(
      relationsIn(
        "In 2013 the Syrian Army announced Operation Northern Storm. Hezbollah fighters launched the operation.",
      ),
    )
      .toEqual([]);
    expect(relationsIn("In 2014 ISIS attacked Kobani. The YPG repelled the assault.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });
});

// Issue 10, round 54. Sentences written for each family, none from a gold set.
describe("a plural role noun's list after its own short phrase or a colon (frames: describedAfter, pastOwnPhrase)", () => {
  it("extractRelations(article, mentions) reads 'its allies involved in the war: A and B' and 'X's allies in the war, A and B'", () => {
    expect(
      relationsIn(
        "In 2018 the Syrian government denied it, together with its allies involved in the war: Russia and Iran.",
      ),
    ).toEqual(["ally iran syrian-government", "ally russia syrian-government"]);
    expect(relationsIn("In 2018 the Syrian government's allies in the war, Russia and Iran, denied it.")).toEqual([
      "ally iran syrian-government",
      "ally russia syrian-government",
    ]);
    // (Not past a verb: the noun's phrase holds none.)
    expect(relationsIn("In 2018 Iran's allies in Syria fought Turkey, Hezbollah said.")).toEqual([]);
  });
});

describe("support, aid and assistance given 'to' a party (triggers 'support', 'aid', 'assistance')", () => {
  it("extractRelations(article, mentions) reads 'X sends non-lethal support to Y' as backing", () => {
    expect(relationsIn("In 2013 China sends non-lethal support to the Syrian government.")).toEqual([
      "ally china syrian-government",
    ]);
    expect(relationsIn("In 2016 Russia gave military assistance to the Syrian army.")).toEqual([
      "ally russia syrian-government",
    ]);
  });
});

// Issue 10, round 55. Sentences written for each family, none from a gold set.
describe("a subject a possessive refers to past a person's name and an aside (sentenceSubject; lexicon interposedPhrases)", () => {
  it("extractRelations(article, mentions) reads 'The Syrian regime of President Bashar al-Assad for its part has escalated its attacks against Y'", () => {
    expect(
      relationsIn(
        "In 2014 the Syrian regime of President Bashar al-Assad for its part has escalated its attacks against IS positions.",
      ),
    ).toEqual(["clash islamic-state syrian-government"]);
    expect(relationsIn("In 2014 Hezbollah in turn stepped up its attacks on the Nusra Front.")).toEqual([
      "clash hezbollah jabhat-al-nusra",
    ]);
  });
});

// Issue 10, round 56. Sentences written for each family, none from a gold set.
describe("a hedge that reaches onward to the parties after it (guard 'reportedly', onward)", () => {
  it("extractRelations(article, mentions) reads nothing where 'reportedly' stands before the parties or the passive verb", () => {
    expect(relationsIn("In 2019 reportedly Russian aircraft bombed SDF positions near Deir ez-Zor.")).toEqual([]);
    expect(relationsIn("In 2019 Syrian Army units were reportedly repelled by HTS and TIP forces near Kabani."))
      .toEqual([]);
    expect(relationsIn("In 2017 Tahrir al-Sham reportedly sided with Ahrar al-Sham against the Sham Legion.")).toEqual(
      [],
    );
  });
  it("extractRelations(article, mentions) keeps an act past the clause the hedge opens (a comma or 'while')", () => {
    expect(
      relationsIn("In 2016 Russia reportedly struck ISIL in Palmyra, while the Syrian Army attacked an ISIL convoy."),
    ).toEqual(["clash islamic-state syrian-government"]);
  });
});

describe("an act the sentence calls a mistake after it (guard scope 'trailing')", () => {
  it("extractRelations(article, mentions) reads no fighting for 'bombed X as it was misidentified' or 'attacked X by mistake'", () => {
    expect(relationsIn("In 2017 the US-led coalition bombed an SDF position as it was misidentified as ISIL.")).toEqual(
      [],
    );
    expect(relationsIn("In 2015 ISIL fighters attacked a Peshmerga base by mistake.")).toEqual([]);
  });
  it("extractRelations(article, mentions) keeps the act before a comma and an alliance in the same sentence", () => {
    expect(
      relationsIn(
        "In 2016 Faylaq al-Sham fired a missile at a Syrian Army position, killing two men in a friendly fire incident.",
      ),
    ).toEqual(["clash faylaq-al-sham syrian-government"]);
    expect(relationsIn("In 2016 Hezbollah fought alongside the Syrian Army in a friendly fire incident.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });
});

describe("a possibility (guard word 'potentially')", () => {
  it("extractRelations(article, mentions) reads no siege in 'X and potentially besieging Y'", () => {
    expect(relationsIn("In 2017 the Syrian Army advanced, potentially besieging ISIL in al-Bab.")).toEqual([]);
  });
});

describe("the two sides of a ceasefire 'between' them (triggers 'ceasefire', 'cease-fire', 'truce'; armedPartiesOnly)", () => {
  it("extractRelations(article, mentions) reads 'a truce between A and B' as fighting, and no fighting for two states' ceasefire", () => {
    expect(relationsIn("In 2018 a truce was reached between Ahrar al-Sham and Jaish al-Islam in Ghouta.")).toEqual([
      "clash ahrar-al-sham jaish-al-islam",
    ]);
    expect(relationsIn("In 2016 a ceasefire between Russia and Turkey took effect.")).toEqual([]);
    expect(relationsIn("In 2016 the rebels rejected the US-Russia truce deal.")).toEqual([]);
  });
});

describe("a line or a compound of a party, and 'the front' before a party noun (partyNouns; chunks: itemAt)", () => {
  it("extractRelations(article, mentions) reads 'shelled the supply line of X' and 'attacked the front lines of X'", () => {
    expect(relationsIn("In 2015 Jaish al-Islam shelled the supply line of the Syrian Army.")).toEqual([
      "clash jaish-al-islam syrian-government",
    ]);
    expect(relationsIn("In 2015 Jaish al-Islam attacked the front lines of the Syrian Army.")).toEqual([
      "clash jaish-al-islam syrian-government",
    ]);
    expect(relationsIn("In 2019 Israel struck a Hezbollah compound near Damascus.")).toEqual([
      "clash hezbollah israel",
    ]);
  });
});

describe("a hostile act the allies share after the alliance verb's companion (alliedAgainstRelations: sharedActTarget)", () => {
  it("extractRelations(article, mentions) reads 'A cooperated with B in operations against C' as B against C too", () => {
    expect(relationsIn("In 2014 the YPG cooperated with the FSA in operations against ISIL.")).toEqual([
      "ally free-syrian-army ypg",
      "clash free-syrian-army islamic-state",
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("In 2014 the YPG joined forces with the FSA to fight ISIL.")).toEqual([
      "ally free-syrian-army ypg",
      "clash free-syrian-army islamic-state",
      "clash islamic-state ypg",
    ]);
  });
  it("extractRelations(article, mentions) puts no backer in the act it backs ('A supported B in its offensive against C')", () => {
    expect(relationsIn("In 2016 Russia supported the Syrian Army in its offensive against the Nusra Front.")).toEqual([
      "ally russia syrian-government",
      "clash jabhat-al-nusra syrian-government",
    ]);
  });
});

describe("a quantified relative ('both of which', 'all of whom') standing for the whole list before it (subjectOf)", () => {
  it("extractRelations(article, mentions) reads 'A and B (both of which are designated terrorist groups by C)' for each", () => {
    expect(
      relationsIn(
        "In 2019 Ahrar al-Sham and Jund al-Aqsa (both of which are designated terrorist groups by Russia) fought.",
      ),
    ).toEqual(["rival ahrar-al-sham russia", "rival jund-al-aqsa russia"]);
    expect(relationsIn("In 2013 Ahrar al-Sham and Jaish al-Islam, all of which joined the Islamic Front, fought."))
      .toEqual([
        "joined ahrar-al-sham islamic-front",
        "joined jaish-al-islam islamic-front",
      ]);
  });
});

describe("the core of a coalition (trigger 'core')", () => {
  it("extractRelations(article, mentions) reads 'X was the core of Y' and 'The core of Y was X' as X a member of Y", () => {
    expect(relationsIn("In 2017 the Levant Front was the core of the Syrian National Army.")).toEqual([
      "member levant-front syrian-national-army",
    ]);
    expect(relationsIn("The core of the Syrian National Army was the Levant Front.")).toEqual([
      "member levant-front syrian-national-army",
    ]);
  });
});

describe("a force of a coalition or an army, past an adverb or adjective before its participle (trigger 'force'; modifiersBefore)", () => {
  it("extractRelations(article, mentions) reads 'X is an ethnically mixed force of Y' and 'the main fighting force of Y'", () => {
    expect(relationsIn("In 2016 the Manbij Military Council was an ethnically mixed force of the SDF.")).toEqual([
      "member manbij-military-council syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2016 the YPG was the main fighting force of the SDF.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2016 forces of the Syrian Army attacked ISIL.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});

// Issue 10, round 57. Sentences written for each family, none from a gold set.
describe("a ceasefire agreement or deal 'between' two sides (triggers 'ceasefire agreement', 'truce deal'; unsuperseded)", () => {
  it("extractRelations(article, mentions) reads 'a cease-fire agreement between A and B' as fighting, not between two states", () => {
    expect(relationsIn("In 2018 another cease-fire agreement between Ahrar al-Sham and Jaish al-Islam was signed."))
      .toEqual([
        "clash ahrar-al-sham jaish-al-islam",
      ]);
    expect(relationsIn("In 2017 a truce deal between Hezbollah and the Nusra Front took effect.")).toEqual([
      "clash hezbollah jabhat-al-nusra",
    ]);
    expect(relationsIn("In 2016 a ceasefire deal between Russia and Turkey took effect.")).toEqual([]);
  });
});

describe("ending or reducing an act, which leaves no tie but says a hostile act was under way (guard: halt, stop, suspend; spares clash)", () => {
  it("extractRelations(article, mentions) reads 'X stopped fighting Y' as fighting and 'X stopped supporting Y' as nothing", () => {
    expect(relationsIn("In 2016 the YPG stopped fighting ISIL near Manbij.")).toEqual(["clash islamic-state ypg"]);
    expect(relationsIn("In 2017 the US stopped supporting the FSA.")).toEqual([]);
    expect(relationsIn("In 2017 the US suspended cooperation with the FSA.")).toEqual([]);
  });
});

// Issue 10, round 58. Sentences written for each family, none from a gold set.
describe("the air forces' acronyms (gazetteer: 'USAF' for the United States, 'IAF' for Israel)", () => {
  it("extractRelations(article, mentions) reads 'two USAF B-2 bombers struck ISIL camps' and 'IAF aircraft struck Hezbollah'", () => {
    expect(relationsIn("In 2017 two USAF B-2 bombers struck two ISIL camps south of Sirte.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(relationsIn("In 2018 IAF aircraft struck Hezbollah positions near Damascus.")).toEqual([
      "clash hezbollah israel",
    ]);
  });
});

describe("a relative clause past a place phrase after its antecedent (subjectOf: pastPlacePhrase)", () => {
  it("extractRelations(article, mentions) reads 'An Israeli airstrike in the Golan that killed Hezbollah operatives'", () => {
    expect(relationsIn("In 2015 an Israeli airstrike in the Golan that killed Hezbollah operatives angered Iran."))
      .toEqual([
        "clash hezbollah israel",
      ]);
  });
});

describe("an offensive 'toward' a party's positions (trigger 'offensive', prep 'toward')", () => {
  it("extractRelations(article, mentions) reads 'X launched an offensive toward the Y headquarters' as fighting", () => {
    expect(relationsIn("In 2016 ISIL launched an offensive toward the Levant Front headquarters.")).toEqual([
      "clash islamic-state levant-front",
    ]);
    expect(relationsIn("In 2016 ISIL launched an offensive toward Mare.")).toEqual([]);
  });
});

// Issue 10, round 59. Sentences written for each family, none from a gold set.
describe("a state named after what a backer gives it and 'to' (mentions: stateNameNotActor, lexicon supportNouns)", () => {
  it("extractRelations(article, mentions) reads 'X provided military support to Iran' as backing, 'sent troops to Syria' as a place", () => {
    expect(relationsIn("In 1985 Israel provided military support to Iran.")).toEqual(["ally iran israel"]);
    expect(relationsIn("In 2015 Russia sent troops to Syria.")).toEqual([]);
  });
});

// Issue 10, round 60. Sentences written for each family, none from a gold set.
describe("an aside without an article describing the name before it ('X, part of Y, ...'; chunks: describesNameBefore)", () => {
  it("extractRelations(article, mentions) reads the verb after 'X, part of Y,' and 'X, now a member of Y,' as X's", () => {
    expect(relationsIn("In 2016 the YPG, part of the SDF, fought ISIL near Manbij.")).toEqual([
      "clash islamic-state ypg",
      "member ypg syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2016 the YPG, now a member of the SDF, fought ISIL near Manbij.")).toEqual([
      "clash islamic-state ypg",
      "member ypg syrian-democratic-forces",
    ]);
    // (Round 61: "as" opening the aside is no clause boundary for the verb after it.)
    expect(relationsIn("In 2016 the YPG, as part of the SDF, fought ISIL near Manbij.")).toEqual([
      "clash islamic-state ypg",
      "member ypg syrian-democratic-forces",
    ]);
  });
});

// Issue 10, round 62. Sentences written for each family, none from a gold set.
describe("a purpose infinitive after 'in order to' (no longer a negation guard word; read as after 'to')", () => {
  it("extractRelations(article, mentions) reads 'X sent bombers in order to support Y' as 'X sent bombers to support Y'", () => {
    expect(relationsIn("In 2017 Russia sent bombers in order to support the Syrian Army.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(relationsIn("In 2017 Russia sent bombers to support the Syrian Army.")).toEqual([
      "ally russia syrian-government",
    ]);
  });
});

describe("a reference naming a kind of group ('the coalition', 'the alliance'; lexicon references.kindHeads)", () => {
  it("extractRelations(article, mentions) resolves 'the coalition' only to a party named with that noun or of that kind", () => {
    // (The previous sentence's subject, ISIL, is no coalition: the reference finds no antecedent.)
    expect(
      relationsIn(
        "In 2016 ISIL conscripted locals to fight the SDF. The coalition then intensified its strikes to assist the SDF.",
      ),
    ).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(
      relationsIn(
        "In 2016 the US-led coalition bombed Manbij. The coalition then intensified its strikes to assist the SDF.",
      ),
    ).toEqual([
      "ally syrian-democratic-forces us-led-coalition",
    ]);
  });
});

describe("a list of names closed by a definite noun reference ('Turkey and the coalition'; chunks: tailRef)", () => {
  it("extractRelations(article, mentions) reads each name and the reference's group as the list's items", () => {
    expect(
      relationsIn(
        "In 2016 the US-led coalition bombed Raqqa. Turkey and the coalition carried out strikes against ISIL.",
      ),
    ).toEqual([
      "ally turkey us-led-coalition",
      "clash islamic-state turkey",
      "clash islamic-state us-led-coalition",
    ]);
    // (A reference that finds no antecedent leaves the names alone.)
    expect(relationsIn("In 2016 Turkey and the group attacked the YPG.")).toEqual(["clash turkey ypg"]);
  });
});

// Issue 10, round 63 (families found in the misses and false readings of Wikipedia passages 74, read from this round
// on). Sentences written for each family, none from a gold set.
describe("a verb of giving with a 'by' agent past its own phrase is a passive (activeFrame: agentPastPhrase)", () => {
  it("extractRelations(article, mentions) reads no gift by the relative's antecedent in 'the YPG, which was supplied to the SDF by the US'", () => {
    expect(
      relationsIn(
        "In 2017 ISIS captured a rifle from the YPG, which had been supplied to the SDF by the United States.",
      ),
    )
      // (Since round 68 the passive gift itself reads: what was supplied "to the SDF by the United States" is backing.)
      .toEqual(["ally syrian-democratic-forces united-states", "clash islamic-state ypg"]);
    expect(relationsIn("In 2015 Liwa al-Tawhid was merged into Ahrar al-Sham by its leaders.")).toEqual([
      "merger liwa-al-tawhid ahrar-al-sham",
    ]);
  });
});

describe("a participle after names sharing one head noun ('French, British and US special forces cooperating with')", () => {
  it("extractRelations(article, mentions) gives the participle to every name that shares the head noun", () => {
    expect(relationsIn("In 2016 French, British, and US special forces cooperating with the SDF entered Manbij."))
      .toEqual([
        "ally france syrian-democratic-forces",
        "ally syrian-democratic-forces united-kingdom",
        "ally syrian-democratic-forces united-states",
      ]);
  });
});

describe("military action against a party (trigger 'action', prep 'against')", () => {
  it("extractRelations(article, mentions) reads 'the U.S., Britain and France began to participate in direct military action against ISIL'", () => {
    expect(
      relationsIn("In 2014 the U.S., Britain and France began to participate in direct military action against ISIL."),
    )
      .toEqual([
        "ally france united-kingdom",
        "ally france united-states",
        "ally united-kingdom united-states",
        "clash france islamic-state",
        "clash islamic-state united-kingdom",
        "clash islamic-state united-states",
      ]);
    expect(relationsIn("In 2018 Turkey threatened action against the YPG.")).toEqual([]);
  });
});

describe("infiltrating a party's positions (trigger 'infiltrate'); a disguise names no party (lexicon disguiseLinks)", () => {
  it("extractRelations(article, mentions) reads 'X attempted to infiltrate Y positions', not 'militants disguised as Z soldiers'", () => {
    expect(relationsIn("In 2019 ISIS attempted to infiltrate Syrian Army positions near Palmyra.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("In 2017 IS militants disguised as Russian soldiers infiltrated the air base.")).toEqual([]);
  });
});

describe("a campaign 'on' a party's stronghold; bombs dropped on a party's cave (triggers 'campaign', 'bomb'; light verb 'drop')", () => {
  it("extractRelations(article, mentions) reads 'the campaign by X on Y's capital' and 'X dropped bombs on a cave held by Y'", () => {
    expect(relationsIn("In 2017 the campaign by the SDF on ISIL's de facto capital began.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2019 the United States dropped three bunker buster bombs on a cave held by IS fighters."))
      .toEqual([
        "clash islamic-state united-states",
      ]);
    expect(relationsIn("In 2019 a car bomb on a bus killed ten people.")).toEqual([]);
  });
});

// Issue 10, round 64 (false readings of the read Wikipedia sets). Sentences written for each family, none from a gold set.
describe("a deontic phrase before the act ('the importance of', 'a need to'; modality guard words)", () => {
  it("extractRelations(article, mentions) reads nothing from 'X stressed the importance of supporting Y' or 'a need to support Y'", () => {
    expect(relationsIn("In 2014 Iran stressed the importance of supporting the Syrian government.")).toEqual([]);
    expect(relationsIn("In 2014 Iran said there was a need to support the Syrian government.")).toEqual([]);
  });
});

describe("a state's bare name after 'bordering' is a place (mentions: locativeWords)", () => {
  it("extractRelations(article, mentions) reads no capture from Turkey in 'HTS captured the areas bordering Turkey'", () => {
    expect(relationsIn("In 2015 HTS captured the areas bordering Turkey.")).toEqual([]);
    expect(relationsIn("In 2016 Turkey shelled the YPG near Afrin.")).toEqual(["clash turkey ypg"]);
  });
});

describe("permission before a 'to' infinitive (lexicon controlVerbs: 'authorized', 'permitted')", () => {
  it("extractRelations(article, mentions) reads no act of the permitting party in 'X authorized Y to strike Z'", () => {
    expect(relationsIn("In 2018 the Syrian government authorized Iraq to strike ISIL.")).toEqual([]);
  });
});

describe("support 'with' which a passive's 'by' agent acts (nounFrame: passiveAgentBefore)", () => {
  it("extractRelations(article, mentions) gives the support to the by-agent, never to the passive's subject", () => {
    expect(relationsIn("In 2015 the ISIL attack was repelled by the YPG, with air support from the US-led coalition."))
      .toEqual(["ally us-led-coalition ypg", "clash islamic-state ypg"]);
    expect(
      relationsIn(
        "In 2015 the ISIL attack was repelled by Kurdish fighters, with air support from the US-led coalition.",
      ),
    )
      .toEqual([]);
  });
});
