import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("compounds written apart (lexicon writtenApartCompounds; template.ts writtenApartParticiple, round 81)", () => {
  it("extractRelations(article, mentions) reads a demonym's compound written apart as the hyphenated one", () => {
    // The backer is no party of the clause: before, Turkey was read as attacking the YPG.
    expect(relationsIn("The Turkish backed forces attacked the YPG.")).toEqual([]);
    expect(relationsIn("The Turkish supported Sultan Murad Division attacked the YPG.")).toEqual([
      "ally sultan-murad-division turkey",
      "clash sultan-murad-division ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads a name's compound written apart after an article or preposition", () => {
    expect(relationsIn("The U.S. backed Syrian Democratic Forces attacked the Islamic State.")).toEqual([
      "ally syrian-democratic-forces united-states",
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("Fighters of the al-Qaeda affiliated Nusra Front attacked the town.")).toEqual([
      "affiliate jabhat-al-nusra al-qaeda",
    ]);
    expect(relationsIn("The FSA affiliated Hazzm Movement clashed with Jabhat al-Nusra.")).toEqual([
      "affiliate harakat-hazm free-syrian-army",
      "clash harakat-hazm jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) keeps the verb where its object or adjunct follows, or no opener stands", () => {
    expect(relationsIn("The United States backed the SDF against the Islamic State.")).toContain(
      "ally syrian-democratic-forces united-states",
    );
    expect(relationsIn("Reports said Turkey supported ISIL.")).toEqual(["ally islamic-state turkey"]);
    expect(relationsIn("The Syrian Army backed by Russia attacked the town.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(relationsIn("France supported imposing sanctions on the Syrian government.")).not.toContain(
      "ally france syrian-government",
    );
  });
});

describe("a participle opening the sentence with its frame's object (frames.ts frontedParticipleSubject, round 81)", () => {
  it("extractRelations(article, mentions) relates the participle's object to the party after the comma", () => {
    expect(relationsIn("Allied with Hezbollah, the Syrian army attacked Palmyra.")).toContain(
      "ally hezbollah syrian-government",
    );
    expect(relationsIn("Affiliated with al-Qaeda, the Nusra Front attacked the town.")).toContain(
      "affiliate jabhat-al-nusra al-qaeda",
    );
    expect(relationsIn("Aligned with Turkey, the Sultan Murad Division attacked the town.")).toContain(
      "ally sultan-murad-division turkey",
    );
  });

  it("extractRelations(article, mentions) reads no tie where a word other than an adverb opens the sentence", () => {
    expect(relationsIn("Fighters allied with Hezbollah, the Syrian army said, attacked Palmyra.")).not.toContain(
      "ally hezbollah syrian-government",
    );
  });
});

describe("hiding places a party holds (lexicon partyNouns: dens, hideouts, hotbeds, lairs; round 81)", () => {
  it("extractRelations(article, mentions) reads an act on a party's hiding places as an act on the party", () => {
    expect(relationsIn("A unit of the Syrian army destroyed two dens for ISIL terrorists.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("The Syrian army destroyed hotbeds for ISIL terrorists near Palmyra.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("The Syrian army destroyed a lair of Jabhat al-Nusra near Daraa.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });
});

describe("partnering, teaming up and a coalition's umbrella (triggers partner, team up, umbrella; round 81)", () => {
  it("extractRelations(article, mentions) reads partnering and teaming up as alliance", () => {
    expect(relationsIn("The YPG partnered with the United States against ISIS.")).toContain("ally united-states ypg");
    expect(relationsIn("Ahrar al-Sham teamed up with Nusra Front.")).toEqual(["ally ahrar-al-sham jabhat-al-nusra"]);
    expect(relationsIn("Ahrar al-Sham and Nusra Front teamed up to attack Idlib.")).toContain(
      "ally ahrar-al-sham jabhat-al-nusra",
    );
  });

  it("extractRelations(article, mentions) reads no alliance where two states partner in diplomacy", () => {
    expect(relationsIn("Turkey partnered with Russia on the ceasefire.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads operating under a coalition's umbrella as membership", () => {
    expect(relationsIn("Liwa al-Haqq operated under the umbrella of Jaish al-Fatah.")).toEqual([
      "member liwa-al-haqq jaish-al-fatah",
    ]);
  });
});

describe("a tie rejected or opposed with a party (gapHead tie, lexicon tieNouns; round 81)", () => {
  it("extractRelations(article, mentions) sets a party against the one it rejects a tie with", () => {
    expect(relationsIn("The Southern Front rejected any cooperation with al-Nusra.")).toEqual([
      "rival jabhat-al-nusra southern-front",
    ]);
    expect(relationsIn("Ahrar al-Sham opposed a merger with Hayat Tahrir al-Sham.")).toEqual([
      "rival ahrar-al-sham hayat-tahrir-al-sham",
    ]);
  });

  it("extractRelations(article, mentions) reads no rivalry where what is rejected is no tie", () => {
    expect(relationsIn("Ahrar al-Sham rejected the proposal made with Jaish al-Islam.")).toEqual([]);
  });
});

describe("cutting a party's supply lines or cutting it off (triggers cut, cut off, sever; partyNouns supply lines; round 81)", () => {
  it("extractRelations(article, mentions) reads cutting a party's supply line as a hostile act on it", () => {
    expect(relationsIn("The Iraqi Army launched the offensive, cutting ISIL's last supply line into the city."))
      .toEqual([
        "clash iraqi-army islamic-state",
      ]);
    expect(relationsIn("The Syrian Army cut off the supply routes of ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("ISIS's supply lines were cut by the Syrian army.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no fighting where what is cut is no party's", () => {
    expect(relationsIn("The United States cut funding to the Free Syrian Army.")).toEqual([]);
    expect(relationsIn("The Nusra Front cut ties with al-Qaeda.")).toEqual(["split jabhat-al-nusra al-qaeda"]);
  });
});

describe("hostile verbs of war prose (triggers retaliate, crack down, revolt, rise up, go to war, turn on, strike back, hit back, liquidate, eject, smash, decimate, massacre; round 81)", () => {
  it("extractRelations(article, mentions) reads each verb's party as the target of a hostile act", () => {
    for (
      const verb of [
        "retaliated against",
        "cracked down on",
        "rose up against",
        "went to war with",
        "struck back at",
        "ejected",
        "decimated",
        "massacred",
      ]
    ) {
      expect(relationsIn(`Jabhat al-Nusra ${verb} Ahrar al-Sham fighters near Idlib.`)).toEqual([
        "clash ahrar-al-sham jabhat-al-nusra",
      ]);
    }
  });

  it("extractRelations(article, mentions) keeps 'rebel' a noun and 'close air support' support", () => {
    expect(relationsIn("Rebel factions led by Ahrar al-Sham fought Jabhat al-Nusra.")).toContain(
      "clash ahrar-al-sham jabhat-al-nusra",
    );
    expect(relationsIn("The Iraqi Army, with close air support from the U.S., retook the dam from ISIS.")).toContain(
      "ally iraqi-army united-states",
    );
  });
});

describe("a possessive in a clause of its own takes no guard of its antecedent's clause (lexicon ownClauseOpeners; round 81)", () => {
  it("extractRelations(article, mentions) reads the role of a possessive after 'where' past the main clause's negation", () => {
    expect(
      relationsIn(
        "ISIS is not known to have a presence in the provinces where its rival the Al-Nusra Front is prominent.",
      ),
    ).toEqual(["rival islamic-state jabhat-al-nusra"]);
  });

  it("extractRelations(article, mentions) still guards a possessive in its antecedent's own clause", () => {
    expect(relationsIn("Turkey halted its support for the FSA.")).toEqual([]);
    expect(relationsIn("The US and Russia planned to begin coordinating their airstrikes against ISIS.")).not.toContain(
      "ally russia united-states",
    );
  });
});

describe("an expectation is no act (modality guard verbs: expect; round 81)", () => {
  it("extractRelations(article, mentions) reads nothing a party only expected another to do", () => {
    expect(relationsIn("The coalition said it expected the SDF to capture the last chunk of ISIS territory.")).toEqual(
      [],
    );
    expect(relationsIn("As expected, ISIS attacked the SDF.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("a name the gazetteer lacks inside a list (chunks.ts unknownNameEnd; round 81)", () => {
  it("extractRelations(article, mentions) keeps the list going past an unknown name, which names no group", () => {
    expect(
      relationsIn("The PKK is listed as a terrorist organisation by Turkey, the European Union and the United States."),
    ).toEqual(["rival pkk turkey", "rival pkk united-states"]);
    expect(relationsIn("Turkey, the European Union and the United States listed the PKK as a terrorist group."))
      .toEqual([
        "rival pkk turkey",
        "rival pkk united-states",
      ]);
  });

  it("extractRelations(article, mentions) ends the list where no named item follows the unknown name", () => {
    expect(relationsIn("The PKK is listed as a terrorist organisation by Turkey and the European Union.")).toEqual([
      "rival pkk turkey",
    ]);
  });
});
