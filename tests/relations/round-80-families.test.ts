import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("ground won or gained from a party (triggers 'win', 'gain'; gapHead ground, lexicon groundNouns, round 80)", () => {
  it("extractRelations(article, mentions) sets the winner against the party the ground was taken from", () => {
    expect(relationsIn("Al-Nusra won large swathes of territory from government forces.")).toContain(
      "clash jabhat-al-nusra syrian-government",
    );
    expect(relationsIn("The SDF gained more ground from ISIS near the Iraqi border.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
    expect(relationsIn("The FSA won back the town from ISIS.")).toContain("clash free-syrian-army islamic-state");
  });

  it("extractRelations(article, mentions) reads no fighting where what is won is no ground", () => {
    expect(relationsIn("The FSA won support from the United States.")).not.toContain(
      "clash free-syrian-army united-states",
    );
    expect(relationsIn("The YPG gained critical support from the United States.")).not.toContain(
      "clash united-states ypg",
    );
    expect(relationsIn("The YPG won praise from the United States.")).toEqual([]);
  });
});

describe("a passive's agent compounded with the act noun it was done in (lexicon agentCompounds, round 80)", () => {
  it("extractRelations(article, mentions) reads 'killed in X-led strikes' as X's act", () => {
    expect(relationsIn("Seven Nusra Front militants were killed in US-led air strikes on Wednesday.")).toContain(
      "clash jabhat-al-nusra united-states",
    );
    expect(relationsIn("Seven Nusra Front militants were killed in Russian-led raids.")).toContain(
      "clash jabhat-al-nusra russia",
    );
  });

  it("extractRelations(article, mentions) reads no backer of the act as its agent", () => {
    expect(relationsIn("Seven Nusra Front militants were killed in US-backed air strikes.")).not.toContain(
      "clash jabhat-al-nusra united-states",
    );
  });
});

describe("a list's tail of the head's allies (lexicon allyTailWords, round 80)", () => {
  it("extractRelations(article, mentions) reads the party whose people the allies are as the head's ally", () => {
    expect(relationsIn("The Nusra Front and its allied terrorists of Faylaq al-Sham mounted an attack.")).toContain(
      "ally faylaq-al-sham jabhat-al-nusra",
    );
    expect(relationsIn("The Nusra Front and its allied militants from Faylaq al-Sham mounted an attack.")).toContain(
      "ally faylaq-al-sham jabhat-al-nusra",
    );
    expect(relationsIn("The Nusra Front and its allies of Faylaq al-Sham mounted an attack.")).toEqual([
      "ally faylaq-al-sham jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) keeps the head acting past a generic allied tail", () => {
    expect(relationsIn("The Nusra Front and its allied militants attacked the Syrian Army.")).toContain(
      "clash jabhat-al-nusra syrian-government",
    );
    expect(relationsIn("The Nusra Front and allied Islamist fighters attacked the Syrian Army.")).toContain(
      "clash jabhat-al-nusra syrian-government",
    );
  });

  it("extractRelations(article, mentions) still places a list of others in the whole it is of", () => {
    expect(relationsIn("ISIS, the Nusra Front and others of the Army of Conquest attacked.")).toContain(
      "member jabhat-al-nusra jaish-al-fatah",
    );
  });
});

describe("a describing adjective inside a singular 'the N' reference (lexicon references.describingAdjectives, round 80)", () => {
  it("extractRelations(article, mentions) resolves 'the terrorist group' as it resolves 'the group'", () => {
    expect(relationsIn("ISIS lost Manbij. The terrorist group has been losing ground to the SDF.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
    expect(relationsIn("ISIS lost Manbij. The militant group was attacked by the SDF.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
  });

  it("extractRelations(article, mentions) still reads the name right after such a phrase as the party", () => {
    expect(relationsIn("The Syrian army fought ISIS. The terrorist group Jaish al-Islam attacked the Syrian army."))
      .toContain("clash jaish-al-islam syrian-government");
  });
});

describe("a noun reference after a sentence whose subject names no party (reference.ts, round 80)", () => {
  it("extractRelations(article, mentions) binds it to the one group the sentence before names", () => {
    expect(
      relationsIn(
        "Hasakeh city has been targeted by DAESH since July. The terrorist group has been losing ground to the SDF.",
      ),
    ).toContain("clash islamic-state syrian-democratic-forces");
  });

  it("extractRelations(article, mentions) refuses it where that sentence names two groups, and leaves 'it' alone", () => {
    expect(
      relationsIn(
        "The town was captured by ISIS in 2014 and later by the Nusra Front. The group was attacked by the SDF.",
      ),
    ).toEqual([]);
    expect(relationsIn("The town was captured by ISIS in 2014. It was later attacked by the SDF.")).toEqual([]);
  });
});

describe("a relative pronoun after a word of speech ('X said that ...', lexicon boundaries, round 80)", () => {
  it("extractRelations(article, mentions) does not make the speaker the subject of what was said", () => {
    expect(relationsIn("Turkey said that 20 civilians were killed by the YPG.")).toEqual([]);
    expect(relationsIn("The United Kingdom said that a dozen children had been killed in Russian air strikes."))
      .toEqual(
        [],
      );
  });

  it("extractRelations(article, mentions) still reads a relative on a described name", () => {
    expect(relationsIn("Ahrar al-Sham, a group that was attacked by ISIS, fled.")).toContain(
      "clash ahrar-al-sham islamic-state",
    );
  });
});

describe("the Assad government's acts written with a bare 'government' (groups.json onlyBefore, round 80)", () => {
  it("extractRelations(article, mentions) reads them as the government's", () => {
    expect(relationsIn("Government airstrikes killed 20 ISIS fighters.", "2016-05-01")).toContain(
      "clash islamic-state syrian-government",
    );
    expect(relationsIn("A government offensive against the Nusra Front began.", "2016-05-01")).toContain(
      "clash jabhat-al-nusra syrian-government",
    );
  });
});

describe("a singular-only role noun's plural after a partitive (lexicon partitiveRoles, round 80)", () => {
  it("extractRelations(article, mentions) reads 'one of the factions of Y' as 'a faction of Y'", () => {
    expect(relationsIn("Nour al-Din al-Zenki was one of the factions of the Army of Mujahideen.")).toContain(
      "member nour-al-din-al-zenki jaish-al-mujahideen",
    );
    expect(relationsIn("The YPG is one of the main militias of the SDF.")).toContain(
      "member ypg syrian-democratic-forces",
    );
  });

  it("extractRelations(article, mentions) leaves the plural alone elsewhere ('factions of X' are X's own men)", () => {
    expect(relationsIn("Factions of the FSA attacked ISIS.")).toEqual(["clash free-syrian-army islamic-state"]);
  });
});

describe("a party that runs another ('X-run Y', trigger 'run', adjective frame only, round 80)", () => {
  it("extractRelations(article, mentions) reads the compound as membership, as 'X-led Y'", () => {
    expect(relationsIn("The HTS-run Syrian Salvation Government was dissolved.")).toContain(
      "member hayat-tahrir-al-sham syrian-salvation-government",
    );
  });

  it("extractRelations(article, mentions) reads no tie from the verb itself", () => {
    expect(relationsIn("ISIS ran a checkpoint near the SDF lines.")).toEqual([]);
    expect(relationsIn("The camp is run by the SDF.")).toEqual([]);
  });
});

describe("hostile acts several parties do together (joint triggers: execute, defend, foil, thwart, engage, round 80)", () => {
  it("extractRelations(article, mentions) makes the parties doing them together allies", () => {
    expect(
      relationsIn("On 18 September, 56 soldiers were executed by the Nusra Front and the Turkistan Islamic Party."),
    )
      .toContain("ally jabhat-al-nusra turkistan-islamic-party");
    expect(relationsIn("The YPG and the FSA thwarted an ISIS attack on the town.")).toContain(
      "ally free-syrian-army ypg",
    );
    expect(relationsIn("The YPG and the FSA defended the town against ISIS.")).toContain("ally free-syrian-army ypg");
  });

  it("extractRelations(article, mentions) reads no alliance from a pause both sides' forces make ('halt' is not joint)", () => {
    expect(relationsIn("Russian and Syrian air forces halted airstrikes in Aleppo for 48 hours.")).toEqual([]);
  });
});

describe("counted people whose examples name a party (lexicon countedPeople, round 80)", () => {
  it("extractRelations(article, mentions) sets the act against the party among the people it hit", () => {
    expect(relationsIn("Russian air strikes had killed about 60 persons, including 23 members of the Nusra Front."))
      .toContain("clash jabhat-al-nusra russia");
    expect(relationsIn("Russian air strikes killed about 60 people, among them 23 Nusra Front fighters.")).toContain(
      "clash jabhat-al-nusra russia",
    );
  });

  it("extractRelations(article, mentions) reads no target from counted civilians' examples", () => {
    expect(relationsIn("Russian air strikes killed 60 civilians, including children from families close to the FSA."))
      .not.toContain("clash free-syrian-army russia");
  });
});

describe("a connective opening the sentence keeps no actors apart (lexicon notJointOpeners, round 80)", () => {
  it("extractRelations(article, mentions) reads a joint act after a sentence-opening 'Separately'", () => {
    expect(
      relationsIn("Separately Russian and Syrian planes intensified their bombing of a rebel-held area of Aleppo."),
    )
      .toContain("ally russia syrian-government");
  });

  it("extractRelations(article, mentions) still keeps apart the actors the word describes", () => {
    expect(relationsIn("Russian and Syrian planes separately bombed the Nusra Front.")).not.toContain(
      "ally russia syrian-government",
    );
  });
});

describe("a participle phrase between a set noun and its examples (objectAfter, round 80)", () => {
  it("extractRelations(article, mentions) reads the examples as the act's target", () => {
    expect(
      relationsIn(
        "Government forces have been fighting against several rebel groups operating in the country including ISIS.",
      ),
    ).toContain("clash islamic-state syrian-government");
    expect(relationsIn("Government forces attacked rebel groups based in Idlib, including the Nusra Front.")).toContain(
      "clash jabhat-al-nusra syrian-government",
    );
  });
});

describe("the parties a pro-side descriptor describes (wire-lists.ts proSideNamed, round 80)", () => {
  it("extractRelations(article, mentions) reads 'P of X', 'X are P' and 'X and other P' as X on P's side", () => {
    expect(relationsIn("The pro-government forces of Qalamoun Shield stormed the positions.", "2016-05-01")).toContain(
      "ally qalamoun-shield-forces syrian-government",
    );
    expect(relationsIn("The Shabiha are unofficial pro-government militias.", "2013-05-01")).toContain(
      "ally shabiha syrian-government",
    );
    expect(relationsIn("Civilians were killed by the Shabiha and other pro-government militias.", "2013-05-01"))
      .toContain("ally shabiha syrian-government");
  });

  it("extractRelations(article, mentions) leaves a government's own force, and 'as' no copula", () => {
    expect(relationsIn("ISIL killed 55 Iraqi soldiers and other pro-government fighters.", "2016-05-01")).not.toContain(
      "ally iraqi-army syrian-government",
    );
    expect(
      relationsIn(
        "The meeting was requested by the United States as pro-regime forces extend their bombardment.",
        "2016-05-01",
      ),
    ).not.toContain("ally syrian-government united-states");
  });

  it("extractRelations(article, mentions) reads a pro-side name at the sentence's end and after a capitalised 'Pro-'", () => {
    expect(relationsIn("Journalists were killed by the pro-government militia Liwa al-Quds.", "2016-05-01")).toContain(
      "ally liwa-al-quds syrian-government",
    );
    expect(relationsIn("Pro-regime Shabiha militants attacked the town.", "2013-05-01")).toContain(
      "ally shabiha syrian-government",
    );
  });
});

describe("tackling a party (trigger 'tackle', active frame, round 80)", () => {
  it("extractRelations(article, mentions) reads it as fighting, several subjects as allies", () => {
    expect(relationsIn("The YPG and the FSA tackled ISIS near Jarabulus.")).toEqual([
      "ally free-syrian-army ypg",
      "clash free-syrian-army islamic-state",
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing from a problem tackled", () => {
    expect(relationsIn("Turkey and the US tackled the refugee crisis together.")).not.toContain(
      "clash turkey united-states",
    );
  });
});

describe("a dash standing apart opens an apposition as a comma does (role frames, round 80)", () => {
  it("extractRelations(article, mentions) reads a role noun in a dash-set aside as the name's", () => {
    expect(
      relationsIn(
        "The Raqqa Revolutionaries Brigade - one of the Arab components of the SDF - said the SDF took the silos.",
      ),
    ).toContain("member liwa-thuwar-al-raqqa syrian-democratic-forces");
    expect(relationsIn("Jabhat al-Nusra - al-Qaeda's Syrian affiliate - attacked the town.")).toContain(
      "affiliate jabhat-al-nusra al-qaeda",
    );
  });
});

describe("a description between owned things and their owner's link (objectAfter, round 80)", () => {
  it("extractRelations(article, mentions) reads the owner past 'equipped with', 'loaded with'", () => {
    expect(relationsIn("The Syrian army hit vehicles loaded with ammunition of the Nusra Front.")).toContain(
      "clash jabhat-al-nusra syrian-government",
    );
    expect(relationsIn("The Syrian army hit vehicles equipped with machineguns belonging to the Nusra Front."))
      .toContain(
        "clash jabhat-al-nusra syrian-government",
      );
  });

  it("extractRelations(article, mentions) reads nothing where no owner follows", () => {
    expect(relationsIn("The Syrian army hit vehicles equipped with machineguns in the town.")).toEqual([]);
  });
});
