import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 65. Sentences written for each family, none from a gold set.
describe("a pact one party makes with another (triggers 'agreement', 'accord', 'pact', 'memorandum', 'treaty')", () => {
  it("extractRelations(article, mentions) reads 'X reached an agreement with Y' and 'X signed a pact with Y' as allies", () => {
    expect(relationsIn("In 2018 the YPG reached an agreement with the Syrian government over Afrin.")).toEqual([
      "ally syrian-government ypg",
    ]);
    expect(relationsIn("In 2015 Iran concluded an accord with Russia on air defence.")).toEqual(["ally iran russia"]);
    expect(relationsIn("In 2020 Hezbollah made a pact with the Syrian Army near Qusayr.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
    expect(relationsIn("In 2021 China signed a memorandum of understanding with the Syrian government.")).toEqual([
      "ally china syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no alliance from the guarantors of a deal 'between' several states", () => {
    expect(relationsIn("In 2018 the town fell under a deal between Russia, Iran and Turkey.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no alliance from a pact of foes or of trade (lexicon nonAlliances, before the noun too)", () => {
    // (A peace deal's two sides have been fighting: the clash its noun reads stays.)
    expect(relationsIn("In 2016 the YPG signed a peace deal with the Syrian government.")).toEqual([
      "clash syrian-government ypg",
    ]);
    expect(relationsIn("In 2015 Iraq signed a neutrality pact with Iran.")).toEqual([]);
    expect(relationsIn("In 2019 Iraq signed a trade agreement with Iran.")).toEqual([]);
    expect(relationsIn("In 2016 Jaysh al-Islam and Ahrar al-Sham met to sign a peace deal.")).toEqual([]);
  });
});

describe("agreeing with a party (trigger 'agree', frame active with 'with')", () => {
  it("extractRelations(article, mentions) reads 'X agreed with Y' and 'X agreed to a deal with Y' as allies", () => {
    expect(relationsIn("In 2003 the United Kingdom agreed with the United States on the invasion.")).toEqual([
      "ally united-kingdom united-states",
    ]);
    expect(relationsIn("In 2019 the Syrian government agreed to a deal with the SDF.")).toEqual([
      "ally syrian-democratic-forces syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no alliance from parties that agree together, nor what a party agrees to do", () => {
    expect(relationsIn("In 2016 the United States and Russia agreed to halt the bombing of Aleppo.")).toEqual([]);
    expect(relationsIn("In 2017 Jordan agreed to support the Free Syrian Army.")).toEqual([]);
  });
});

describe("verbs whose subject makes the pact it takes (lexicon lightVerbs: 'reach', 'conclude', 'come to')", () => {
  it("extractRelations(article, mentions) reads the subject of 'reached', 'concluded' and 'came to' as the party of the pact or act", () => {
    expect(relationsIn("In 2017 the Manbij Military Council reached an agreement with Russia.")).toEqual([
      "ally manbij-military-council russia",
    ]);
    expect(relationsIn("In 2019 Turkey came to an agreement with Russia on Idlib.")).toEqual(["ally russia turkey"]);
    expect(relationsIn("In 2017 the SDF concluded their operations against ISIS near Raqqa.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("a companion phrase opening the sentence (lexicon companionLinks, frames: openingCompanion)", () => {
  it("extractRelations(article, mentions) reads 'Along with Y, X armed Z' and 'In 2015, alongside Y, X attacked Z' with Y beside X", () => {
    expect(relationsIn("Along with Qatar, Turkey armed the Free Syrian Army.")).toEqual([
      "ally free-syrian-army qatar",
      "ally free-syrian-army turkey",
    ]);
    expect(relationsIn("In 2015, alongside Hezbollah, the Syrian Army attacked the Nusra Front in Qalamoun.")).toEqual([
      "ally hezbollah syrian-government",
      "clash hezbollah jabhat-al-nusra",
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) does not set a companion beside a subject it does not open the sentence for", () => {
    expect(relationsIn("In Raqqa, the SDF captured the town from ISIS.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("ISIS fought along with Qatar, and later the SDF captured Raqqa from ISIS.")).not.toContain(
      "clash islamic-state qatar",
    );
  });
});

describe("a party's claim of its own act (guard 'claim' lifted by 'to have', 'responsibility for'; lightVerbs)", () => {
  it("extractRelations(article, mentions) reads 'X claimed to have killed Y soldiers' and 'X, claiming to have targeted Y'", () => {
    expect(relationsIn("In 2013, ISIL claimed to have killed six Syrian soldiers and several Hezbollah fighters."))
      .toEqual([
        "clash hezbollah islamic-state",
        "clash islamic-state syrian-government",
      ]);
    expect(relationsIn("In 2016, Turkish forces shelled northern Syria claiming to have targeted positions of ISIS."))
      .toEqual(
        ["clash islamic-state turkey"],
      );
  });

  it("extractRelations(article, mentions) reads 'X claimed responsibility for an attack on Y' as X's act", () => {
    expect(relationsIn("In 2017, ISIS claimed responsibility for an attack on Syrian Army positions.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("In 2017, ISIS claimed responsibility for the bombing that killed 20 Syrian soldiers.")).toEqual(
      [
        "clash islamic-state syrian-government",
      ],
    );
  });

  it("extractRelations(article, mentions) still reads nothing a party claims of others, nor a belief", () => {
    expect(relationsIn("In 2017, ISIS claimed that the SDF had attacked Raqqa.")).toEqual([]);
    expect(relationsIn("In 2017, Russia claimed the SDF had attacked ISIS.")).toEqual([]);
    expect(relationsIn("In 2017, the SDF is believed to have attacked ISIS.")).toEqual([]);
  });
});

describe("casualties coordinated after a passive, before the act that caused them (frames: coordinatedCasualtiesEnd)", () => {
  it("extractRelations(article, mentions) reads 'N X soldiers were killed and M injured in Y air strikes'", () => {
    expect(relationsIn("In 2016, ten Syrian soldiers were killed and 20 wounded in Russian air strikes.")).toEqual([
      "clash russia syrian-government",
    ]);
    expect(
      relationsIn(
        "In 2016, 60 Syrian government soldiers were killed and dozens of others injured Saturday in US-led coalition air strikes.",
      ),
    ).toEqual(["clash syrian-government us-led-coalition"]);
  });

  it("extractRelations(article, mentions) does not skip a clause of its own after 'and'", () => {
    expect(
      relationsIn("In 2016, ten Syrian soldiers were killed and their bodies were mutilated in Russian air strikes."),
    ).toEqual(
      [],
    );
  });
});

describe("a relative clause on the indefinite complement of a copula (sentence-view: copulaComplementStart)", () => {
  it("extractRelations(article, mentions) reads 'X is a Sunni jihadi group that has been fighting Y' as X's act", () => {
    expect(
      relationsIn("The Islamic State is a Sunni jihadi group that has been fighting the Syrian government since 2012."),
    )
      .toEqual(["clash islamic-state syrian-government"]);
    expect(relationsIn("In 2016 ISIS was a jihadist group which fought the YPG near Kobani.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing for an object relative on the complement", () => {
    expect(relationsIn("In 2015, Ahrar al-Sham was a group that Turkey supported.")).toEqual([]);
  });
});

describe("people tied to a group (lexicon partyLinks: 'tied to')", () => {
  it("extractRelations(article, mentions) reads 'killed operatives tied to X' as a blow to X", () => {
    expect(relationsIn("In 2016 the Syrian army killed a number of operatives tied to Jabhat Fath al-Sham in Daraa."))
      .toEqual([
        "clash jabhat-fateh-al-sham syrian-government",
      ]);
  });
});

describe("another state's demonym before a generic name (data/lexicon/foreign-adjectives.json)", () => {
  it("extractRelations(article, mentions) reads no Syrian government in 'Philippine government security forces'", () => {
    expect(
      relationsIn(
        "In 2017 Philippine government security forces fought militants loyal to the Islamic State in Marawi.",
      ),
    ).toEqual([]);
  });
});

describe("a verb of two syllables whose gerund doubles its last consonant (trigger 'overrun', doubles)", () => {
  it("extractRelations(article, mentions) reads 'X advanced north, overrunning Y positions'", () => {
    expect(relationsIn("In 2016, the Syrian Army advanced north, overrunning ISIL positions.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});

describe("operating with a party (trigger 'operate', frame active with 'with' right after the verb)", () => {
  it("extractRelations(article, mentions) reads 'X has operated with Y' as allies, and nothing in 'operates with impunity'", () => {
    expect(relationsIn("In 2016, the Turkistan Islamic Party has operated with Malhama Tactical.")).toEqual([
      "ally malhama-tactical turkistan-islamic-party",
    ]);
    expect(relationsIn("In 2016, the Turkistan Islamic Party operated in Idlib with impunity near Malhama Tactical."))
      .toEqual(
        [],
      );
  });
});
