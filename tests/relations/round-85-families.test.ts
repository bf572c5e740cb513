import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a light verb's gerund after a determiner is an adjective (frames.ts readModifiersBefore; round 85)", () => {
  it("extractRelations(article, mentions) reads 'a leading component of Y' and 'the leading faction of Y' as roles", () => {
    expect(relationsIn("Kata'ib Hezbollah is a leading component of the Popular Mobilization Forces.")).toEqual([
      "member kataib-hezbollah popular-mobilization-forces",
    ]);
    expect(relationsIn("Kata'ib Hezbollah, the leading faction of the Popular Mobilization Forces, fought ISIS."))
      .toEqual(
        expect.arrayContaining(["member kataib-hezbollah popular-mobilization-forces"]),
      );
  });

  it("extractRelations(article, mentions) still reads 'leading to' after an act as a verb", () => {
    expect(relationsIn("The SDF launched an offensive leading to the capture of Raqqa from ISIS.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) gives a definite singular role no list found as its subject", () => {
    expect(
      relationsIn(
        "Jabhat Fateh al-Sham later joined with three other factions, Ansar al-Din Front, Jaysh al-Sunna and Liwa al-Haqq, to become the leading member of Hay'at Tahrir al-Sham.",
      ).filter((r) => r.startsWith("member")),
    ).toEqual([]);
    expect(relationsIn("Ahrar al-Sham and the Nusra Front are the leading members of Jaish al-Fatah.")).toEqual([
      "member ahrar-al-sham jaish-al-fatah",
      "member jabhat-al-nusra jaish-al-fatah",
    ]);
  });
});

describe("a role noun after 'whose' (frames.ts whoseRole; round 85)", () => {
  it("extractRelations(article, mentions) reads 'Y, whose backbone is X' with the antecedent as owner", () => {
    expect(relationsIn("The SDF, whose backbone is the YPG, took Raqqa.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads 'an alliance whose backbone was, and remains, X' as the subject's", () => {
    expect(
      relationsIn("The SDF was announced in Hasakah in 2015 as an alliance whose backbone was, and remains, the YPG."),
    ).toEqual(["member ypg syrian-democratic-forces"]);
  });

  it("extractRelations(article, mentions) reads every item after 'whose largest components included'", () => {
    expect(
      relationsIn(
        "The Islamic Front, whose largest components included Ahrar al-Sham and Jaysh al-Islam, was formed in 2013.",
      ),
    ).toEqual(["member ahrar-al-sham islamic-front", "member jaish-al-islam islamic-front"]);
  });

  it("extractRelations(article, mentions) reads other role nouns after 'whose' by their own type", () => {
    expect(relationsIn("The SDF, whose main rival is Turkey, took Raqqa.")).toEqual([
      "rival syrian-democratic-forces turkey",
    ]);
    expect(relationsIn("The Army of Conquest, whose leader was killed by Hezbollah, took Idlib.")).toEqual([
      "clash hezbollah jaish-al-fatah",
    ]);
  });
});

describe("a plural role phrase as the subject of 'include' (frames.ts describedAfter; round 85)", () => {
  it("extractRelations(article, mentions) reads 'the components of Y included A, B and C'", () => {
    expect(
      relationsIn(
        "The components of the SDF included the Syriac Military Council, Jaysh al-Thuwar and al-Sanadid Forces.",
      ),
    ).toEqual([
      "member al-sanadid-forces syrian-democratic-forces",
      "member jaysh-al-thuwar syrian-democratic-forces",
      "member syriac-military-council syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads an owner before the phrase, a name's or a pronoun's", () => {
    expect(relationsIn("The SDF's founding components included the Syriac Military Council and Jaysh al-Thuwar."))
      .toEqual([
        "member jaysh-al-thuwar syrian-democratic-forces",
        "member syriac-military-council syrian-democratic-forces",
      ]);
    expect(
      relationsIn(
        "The SDF was formed in 2015. Its founding components included the Syriac Military Council and Jaysh al-Thuwar.",
      ),
    ).toEqual([
      "member jaysh-al-thuwar syrian-democratic-forces",
      "member syriac-military-council syrian-democratic-forces",
    ]);
    expect(relationsIn("Hezbollah's allies included Russia and Iran.")).toEqual([
      "ally hezbollah iran",
      "ally hezbollah russia",
    ]);
  });
});

describe("objects that each carry a place phrase (frames.ts placedObjectAfter; round 85)", () => {
  it("extractRelations(article, mentions) reads 'fought A in P and B at Q' as two objects", () => {
    expect(relationsIn("The Syrian National Army has fought the YPG in Afrin and the SDF at Ras al-Ain.")).toEqual([
      "clash syrian-democratic-forces syrian-national-army",
      "clash syrian-national-army ypg",
    ]);
  });

  it("extractRelations(article, mentions) leaves a party that opens a clause of its own after the place", () => {
    expect(relationsIn("ISIS attacked the YPG in Kobani and the Nusra Front took Idlib.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });
});

describe("acts done together on a place (lexicon 'reinforce' and 'enter', joint; round 85)", () => {
  it("extractRelations(article, mentions) reads parties that reinforce or enter a place together as allies", () => {
    expect(relationsIn("Fighters of the Levant Front and Ahrar al-Sham reinforced Azaz through Turkish territory."))
      .toEqual(["ally ahrar-al-sham levant-front"]);
    expect(relationsIn("YPG and FSA forces entered Ayn Issa on the same day.")).toEqual([
      "ally free-syrian-army ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no foe in a place entered, only in a war entered against a party", () => {
    expect(relationsIn("Hezbollah entered Syria in 2012.")).toEqual([]);
    // (Its -ing form describing an unnamed noun tells no act: lexicon noGerund, appositiveGerund.)
    expect(
      relationsIn("Austria imposed restrictions on refugees entering the country, followed by Slovenia and Croatia."),
    ).toEqual([]);
    expect(relationsIn("Hezbollah entered the war against the Nusra Front in 2013.")).toEqual([
      "clash hezbollah jabhat-al-nusra",
    ]);
  });
});

describe("'it' after a verb of designation or membership (reference.ts objectIt; round 85)", () => {
  it("extractRelations(article, mentions) reads 'designated it a terrorist organization' as the previous subject", () => {
    expect(
      relationsIn(
        "Kata'ib Hezbollah was founded in 2007 with funding from the IRGC's Quds Force. The United States designated it a Foreign Terrorist Organization in 2009.",
      ),
    ).toEqual(expect.arrayContaining(["rival kataib-hezbollah united-states"]));
    expect(relationsIn("The YPG attacked Afrin. Turkey regards it as a terrorist group.")).toEqual([
      "rival turkey ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads 'It left it' as the other party the previous sentence named", () => {
    expect(relationsIn("Jabhat Ansar al-Din joined HTS in 2017. It left it in 2018.")).toEqual([
      "joined jabhat-ansar-al-din hayat-tahrir-al-sham",
      "left jabhat-ansar-al-din hayat-tahrir-al-sham",
    ]);
  });

  it("extractRelations(article, mentions) still reads no group in 'it' after a hostile verb", () => {
    expect(relationsIn("The SDF captured Raqqa from ISIS in 2017 and held it.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("a merger told after a passive of founding (frames.ts mergerResultBefore; round 85)", () => {
  it("extractRelations(article, mentions) reads 'X was formed when A merged with B and C' as mergers into X", () => {
    expect(
      relationsIn("The Islamic Front was formed when Ahrar al-Sham merged with Liwa al-Tawhid and Jaysh al-Islam."),
    ).toEqual([
      "merger ahrar-al-sham islamic-front",
      "merger jaish-al-islam islamic-front",
      "merger liwa-al-tawhid islamic-front",
    ]);
    expect(
      relationsIn(
        "Jaysh Khalid ibn al-Walid, which was formed in May 2016 when Liwa Shuhada al-Yarmouk merged with Harakat al-Muthanna, holds the Yarmouk Basin.",
      ),
    ).toEqual([
      "merger harakat-al-muthanna jaish-khalid-ibn-al-walid",
      "merger liwa-shuhada-al-yarmouk jaish-khalid-ibn-al-walid",
    ]);
  });

  it("extractRelations(article, mentions) keeps a merger with no founding before it as the two parties'", () => {
    expect(relationsIn("Liwa Shuhada al-Yarmouk merged with Harakat al-Muthanna.")).toEqual([
      "merger liwa-shuhada-al-yarmouk harakat-al-muthanna",
    ]);
  });
});

describe("list items opening with an adjective of size or standing (lexicon itemAdjectives; round 85)", () => {
  it("extractRelations(article, mentions) reads 'A and the smaller B', 'A and the powerful B' as list items", () => {
    expect(relationsIn("Liwa Shuhada al-Yarmouk attacked Harakat al-Muthanna and the powerful Jaysh al-Islam."))
      .toEqual([
        "clash harakat-al-muthanna liwa-shuhada-al-yarmouk",
        "clash jaish-al-islam liwa-shuhada-al-yarmouk",
      ]);
  });
});

describe("a possessive after the comma that closes an opening phrase (reference.ts closesOpeningPhrase; round 85)", () => {
  it("extractRelations(article, mentions) reads 'With X support, its factions' as the previous sentence's subject", () => {
    expect(relationsIn("The SNA was formed in 2017. With Turkish support, its factions have fought the YPG.")).toEqual(
      expect.arrayContaining(["clash syrian-national-army ypg"]),
    );
    expect(relationsIn("The SNA was formed in 2017. Armed by Turkey, its factions have fought the YPG.")).toEqual([
      "ally syrian-national-army turkey",
      "clash syrian-national-army ypg",
    ]);
    expect(
      relationsIn("The SNA was formed in 2017. Trained, paid and armed by Turkey, its factions have fought the YPG."),
    ).toEqual(["ally syrian-national-army turkey", "clash syrian-national-army ypg"]);
  });

  it("extractRelations(article, mentions) keeps an apposition's possessive after a clause's own comma", () => {
    expect(relationsIn("In 2015 the US backed the PYD, its armed wing YPG and the SDF.")).toEqual(
      expect.arrayContaining(["member ypg pyd"]),
    );
  });
});

describe("named units and their wholes (read-relations.ts unitOfRelations, lexicon unitHeads; round 85)", () => {
  it("extractRelations(article, mentions) reads 'the Eighth Brigade of the Russian-backed Fifth Corps' past the compound", () => {
    // (The Eighth Brigade's name is the gazetteer's from 2018 on: an article of 2021.)
    expect(
      relationsIn("The Eighth Brigade of the Russian-backed Fifth Corps has stayed out of the fighting.", "2021-08-01"),
    ).toEqual(["ally fifth-corps russia", "member eighth-brigade fifth-corps"]);
  });

  it("extractRelations(article, mentions) reads a possessive's corps as its unit", () => {
    expect(relationsIn("The Syrian Army's Fifth Corps took the town.")).toEqual([
      "member fifth-corps syrian-government",
    ]);
  });
});

describe("an apposition's owner closed by ', and' (frames.ts roleFrame; round 85)", () => {
  it("extractRelations(article, mentions) gives the item after the apposition's closing comma to the outer list", () => {
    const read = relationsIn(
      "Fighting broke out between the Levant Front, the main faction of the Islamic Front, and the Hamza Division.",
    );
    expect(read).toEqual(expect.arrayContaining(["member levant-front islamic-front"]));
    expect(read).not.toContain("member levant-front hamza-division");
  });

  it("extractRelations(article, mentions) keeps an owner list written without that comma", () => {
    expect(relationsIn("Ahrar al-Sham, a member of the Islamic Front, Jaish al-Fatah and the SRF, fought ISIS."))
      .toEqual(expect.arrayContaining([
        "member ahrar-al-sham islamic-front",
        "member ahrar-al-sham jaish-al-fatah",
        "member ahrar-al-sham syrian-revolutionaries-front",
      ]));
  });
});

describe("a subject before a participle's 'by' aside (sentence-view.ts participleAsideHost; round 85)", () => {
  it("extractRelations(article, mentions) reads the name before ', backed by A and B,' as the verb's subject", () => {
    expect(
      relationsIn(
        "The YPG, backed by US-led coalition airstrikes and a contingent of Iraqi Kurdish Peshmerga, drove ISIS out of Kobani.",
      ),
    ).toEqual(["ally us-led-coalition ypg", "clash islamic-state ypg"]);
  });
});

describe("a duration opening the sentence and 'the unit' as a reference (sentence-view.ts inSubjectPosition; round 85)", () => {
  it("extractRelations(article, mentions) reads the subject after 'Within days' and 'the unit' as the group before", () => {
    expect(
      relationsIn(
        "Division 30 is a vetted opposition unit. Within days the unit's headquarters north of Aleppo was attacked by the Nusra Front.",
      ),
    ).toEqual(["clash division-30 jabhat-al-nusra"]);
    expect(
      relationsIn("Division 30 is a vetted opposition group. Within days the group was attacked by the Nusra Front."),
    ).toEqual(["clash division-30 jabhat-al-nusra"]);
  });

  it("extractRelations(article, mentions) still reads a name right after an opening preposition as governed", () => {
    expect(relationsIn("With the SDF, the US fought ISIS.")).toEqual(["clash islamic-state united-states"]);
  });
});

describe("participles in a row before a noun (tokens.ts attributiveParticiple; round 85)", () => {
  it("extractRelations(article, mentions) reads 'an organised armed group that fought Y' as the subject's act", () => {
    expect(relationsIn("Jabhat al-Nusra was an organised armed group that fought the Syrian government forces."))
      .toEqual(["clash jabhat-al-nusra syrian-government"]);
  });
});

describe("membership told by where a group operates (lexicon 'operate', member; round 85)", () => {
  it("extractRelations(article, mentions) reads 'operates under X' and 'operates within X' as membership", () => {
    expect(relationsIn("The Deir ez-Zor Military Council, which operates under the SDF, arrested him.")).toEqual([
      "member deir-ez-zor-military-council syrian-democratic-forces",
    ]);
    expect(relationsIn("The Hamza Division operates within the Syrian National Army.")).toEqual([
      "member hamza-division syrian-national-army",
    ]);
  });

  it("extractRelations(article, mentions) reads no whole in what a group operates under that names none", () => {
    expect(relationsIn("Ahrar al-Sham operated under Turkish protection.")).toEqual([]);
  });
});

describe("a naming verb in a relative clause whose subject has an article (frames.ts labelledAntecedent; round 85)", () => {
  it("extractRelations(article, mentions) reads 'X, which the United States designates a terrorist organization'", () => {
    expect(relationsIn("HTS, which the United States designates a terrorist organization, seized Aleppo.")).toEqual([
      "rival hayat-tahrir-al-sham united-states",
    ]);
    expect(relationsIn("HTS, which the United States considers a terrorist organisation, seized Aleppo.")).toEqual([
      "rival hayat-tahrir-al-sham united-states",
    ]);
  });
});

describe("a naming verb's label past an aside (frames.ts pastAside; round 85)", () => {
  it("extractRelations(article, mentions) reads 'regards X, the main component of Y, as a terrorist group'", () => {
    expect(relationsIn("Turkey regards the YPG, the main component of the SDF, as a terrorist group.")).toEqual([
      "member ypg syrian-democratic-forces",
      "rival turkey ypg",
    ]);
  });
});

describe("a state's 'supports' is its verb (mentions/scan.ts; round 85)", () => {
  it("extractRelations(article, mentions) reads 'Turkey supports X' and 'Russia supports X' as backing", () => {
    expect(relationsIn("Turkey supports the FSA.")).toEqual(["ally free-syrian-army turkey"]);
    expect(relationsIn("Russia supports the Syrian government.")).toEqual(["ally russia syrian-government"]);
  });

  it("extractRelations(article, mentions) still reads a possessive stripped of its apostrophe before 'support'", () => {
    expect(relationsIn("Russias support for the regime grew.")).toEqual(["ally russia syrian-government"]);
  });
});

describe("a state's name before a noun that is its verb ('Turkey targets the YPG'; mentions/scan.ts stateVerbAt, chunks.ts; round 85)", () => {
  it("extractRelations(article, mentions) reads 'Turkey targets the YPG' as the state's act", () => {
    expect(relationsIn("Turkey targets the YPG in Afrin.")).toEqual(["clash turkey ypg"]);
    expect(relationsIn("Russia targets the Nusra Front in Idlib.")).toEqual(["clash jabhat-al-nusra russia"]);
  });

  it("extractRelations(article, mentions) keeps a name's noun of what it holds as the noun ('Hezbollah targets')", () => {
    expect(relationsIn("Israeli jets struck Hezbollah targets in Syria.")).toEqual(["clash hezbollah israel"]);
    expect(relationsIn("Israeli jets struck Iranian targets in Syria.")).toEqual(["clash iran israel"]);
  });
});

describe("a description read as a name in an indefinite apposition (template.ts describesUnitBefore; round 85)", () => {
  it("extractRelations(article, mentions) reads 'X, an Iraqi militia that ...' as X's clause, no party of its own", () => {
    expect(
      relationsIn(
        "Kata'ib Hezbollah, an Iraqi militia that also operates under the umbrella of Iraq's Popular Mobilization Forces (PMF), has built a new base.",
      ),
    ).toEqual(["member kataib-hezbollah popular-mobilization-forces"]);
    expect(relationsIn("Kata'ib Hezbollah, an Iraqi militia, fought US forces.")).toEqual([
      "clash kataib-hezbollah united-states",
    ]);
  });

  it("extractRelations(article, mentions) keeps a name in an apposition ('Turkey, a NATO member')", () => {
    expect(relationsIn("Turkey, a NATO member, attacked the YPG.")).toEqual([
      "clash turkey ypg",
      "member turkey nato",
    ]);
  });
});

describe("a description after 'as a' is the clause's subject, no party (template.ts describesUnitBefore; round 85)", () => {
  it("extractRelations(article, mentions) reads no 'Iraqi militia' party in 'founded as an Iraqi Shia militia fighting Y'", () => {
    expect(
      relationsIn("Kata'ib Hezbollah was founded in 2007 by al-Muhandis as an Iraqi Shia militia fighting US forces."),
    ).not.toContain("clash iranian-backed-militias united-states");
  });
});

describe("an item's people noun after an adjective (chunks.ts itemAt, lexicon itemAdjectives; round 85)", () => {
  it("extractRelations(article, mentions) reads 'and loyal gunmen of Hezbollah' as a list item standing for Hezbollah", () => {
    expect(relationsIn("The Syrian army and loyal gunmen of Hezbollah attacked the Nusra Front.")).toEqual([
      "ally hezbollah syrian-government",
      "clash hezbollah jabhat-al-nusra",
      "clash jabhat-al-nusra syrian-government",
    ]);
  });
});

describe("a set's examples after a colon (chunks.ts namedSetExamples; round 85)", () => {
  it("extractRelations(article, mentions) reads 'factions of X: A, B and C' as members of X", () => {
    expect(
      relationsIn(
        "Turkey recruited fighters from factions of the Syrian National Army: the Sultan Murad Division, the Hamza Division and the Sultan Suleiman Shah Brigade.",
      ),
    ).toEqual([
      "member hamza-division syrian-national-army",
      "member sultan-murad-division syrian-national-army",
      "member sultan-suleiman-shah-brigade syrian-national-army",
    ]);
  });

  it("extractRelations(article, mentions) reads no example after a colon that follows a clause", () => {
    expect(relationsIn("Turkey attacked the YPG: the SDF said 20 fighters died.")).toEqual(["clash turkey ypg"]);
  });
});

describe("a relative clause after a list closed by an apposition's ', and' (frames.ts objectRelativeAntecedent; round 85)", () => {
  it("extractRelations(article, mentions) gives 'which HTS backed' to the item after ', and' alone", () => {
    const read = relationsIn(
      "HTS fighters entered Afrin after fighting between the Levant Front, the main faction of the Islamic Front, and the Hamza Division, which HTS backed.",
    );
    expect(read).toEqual(expect.arrayContaining(["ally hamza-division hayat-tahrir-al-sham"]));
    expect(read).not.toContain("ally hayat-tahrir-al-sham islamic-front");
  });

  it("extractRelations(article, mentions) keeps a plain list as the relative's antecedent", () => {
    expect(relationsIn("The Levant Front and the Hamza Division, which Turkey backed, attacked the YPG.")).toEqual(
      expect.arrayContaining(["ally hamza-division turkey", "ally levant-front turkey"]),
    );
  });
});

describe("a party presented after an opening companion (read-relations.ts existentialCompanions; round 85)", () => {
  it("extractRelations(article, mentions) reads 'Alongside X you had Y' and 'Beside X there were Y' as allies", () => {
    expect(relationsIn("Alongside the army's Tiger Forces you had Liwa al-Quds, a militia recruited in the camps."))
      .toEqual(["ally liwa-al-quds tiger-forces", "member tiger-forces syrian-government"]);
    expect(relationsIn("Beside the YPG there were the Sanadid Forces.")).toEqual(["ally al-sanadid-forces ypg"]);
  });

  it("extractRelations(article, mentions) reads nothing where what is presented names no party", () => {
    expect(relationsIn("Alongside the Tiger Forces, there was heavy shelling.")).toEqual([]);
  });
});

describe("a hostile noun whose preposition takes a reciprocal (frames.ts nounFrame; round 85)", () => {
  it("extractRelations(article, mentions) reads 'A and B were at war with each other' as A against B", () => {
    expect(relationsIn("Hezbollah and the Nusra Front were at war with each other.")).toEqual([
      "clash hezbollah jabhat-al-nusra",
    ]);
    expect(relationsIn("Ahrar al-Sham and HTS were in conflict with one another.")).toEqual([
      "clash ahrar-al-sham hayat-tahrir-al-sham",
    ]);
  });
});
