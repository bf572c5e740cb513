import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("an -ing form read only as a clause's verb (lexicon appositiveGerund, round 79)", () => {
  it("extractRelations(article, mentions) reads it as a named party's apposition", () => {
    expect(relationsIn("The YPG, working with the US, captured the town.")).toContain("ally united-states ypg");
    expect(relationsIn("Turkish forces, working alongside the FSA, captured the town.")).toContain(
      "ally free-syrian-army turkey",
    );
    expect(relationsIn("The YPG, working closely with the US, captured the town.")).toContain("ally united-states ypg");
  });

  it("extractRelations(article, mentions) reads it after a form of be (a progressive)", () => {
    expect(relationsIn("The People's Protection Units are working with the PYD to establish self-rule.")).toContain(
      "ally pyd ypg",
    );
    expect(relationsIn("The YPG were also working with the US.")).toContain("ally united-states ypg");
  });

  it("extractRelations(article, mentions) does not read it where it describes a noun", () => {
    expect(relationsIn("Kurdish fighters working with the US were seen near Ahrar al-Sham positions.")).not.toContain(
      "ally ahrar-al-sham united-states",
    );
    expect(relationsIn("Ahrar al-Sham said fighters working with the US had left.")).toEqual([]);
  });
});

describe("a hostile act over a place its party holds (lexicon placeTargetLinks, round 79)", () => {
  it("extractRelations(article, mentions) sets the act's actor against the place's holder", () => {
    expect(relationsIn("The Russian Air Force made airstrikes over Nusra-held Jisr al-Shughur.")).toContain(
      "clash jabhat-al-nusra russia",
    );
  });
});

describe("a partitive in the article's stead (lexicon partitiveOpeners, round 79)", () => {
  it("extractRelations(article, mentions) reads an apposition opened by a partitive as the name's", () => {
    expect(relationsIn("Ahrar al-Sham, one of the main groups fighting IS, took the town.")).toContain(
      "clash ahrar-al-sham islamic-state",
    );
    expect(relationsIn("Jaish al-Islam, one of the factions backed by Saudi Arabia, took the town.")).toContain(
      "ally jaish-al-islam saudi-arabia",
    );
  });

  it("extractRelations(article, mentions) reads a copula's complement opened by a partitive as the subject's", () => {
    expect(relationsIn("Ahrar al-Sham is one of the groups fighting IS.")).toContain(
      "clash ahrar-al-sham islamic-state",
    );
    expect(relationsIn("Ahrar al-Sham is among the groups fighting IS.")).toContain(
      "clash ahrar-al-sham islamic-state",
    );
    expect(relationsIn("The Islamic Front is among those fighting IS.")).toContain("clash islamic-front islamic-state");
  });

  it("extractRelations(article, mentions) leaves a partitive phrase that is a verb's object to the other readings", () => {
    expect(relationsIn("Russia bombed those fighting IS.")).toEqual([]);
  });
});

describe("advancing inside a held place (round 79)", () => {
  it("extractRelations(article, mentions) reads 'inside' as 'into' after advance", () => {
    expect(relationsIn("The SDF advanced inside the ISIS stronghold of Manbij.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
  });
});

describe("wresting a place from a party (round 79)", () => {
  it("extractRelations(article, mentions) reads 'wrest P from X' as taking it from X, active and passive", () => {
    expect(relationsIn("The SDF wrested 90 percent of the city from IS.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
    expect(relationsIn("Control of the town was wrested from ISIS by the SDF.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
  });
});

describe("'since' between a perfect's auxiliary and its verb (round 79)", () => {
  it("extractRelations(article, mentions) reads past it to the subject", () => {
    expect(relationsIn("The SDF has since captured 90 percent of the city from IS.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
    expect(relationsIn("The SDF entered Raqqa in June and has since captured the city from ISIS.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
  });

  it("extractRelations(article, mentions) keeps 'since' opening a clause a boundary", () => {
    expect(relationsIn("The SDF has fought ISIS since it was formed.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("a tie to the agent of the act it is for (round 79)", () => {
  it("extractRelations(article, mentions) reads 'in support of an offensive by X' as support of X", () => {
    expect(
      relationsIn("Russian warplanes are carrying out air strikes in support of a major offensive by regime forces."),
    ).toContain("ally russia syrian-government");
    expect(relationsIn("Turkey backed an offensive by the FSA.")).toContain("ally free-syrian-army turkey");
  });

  it("extractRelations(article, mentions) reads no tie where the act's noun is not the frame's object", () => {
    expect(relationsIn("The US criticised an offensive by the Syrian army.")).toEqual([]);
  });
});

describe("a list's tail of other actors (round 79)", () => {
  it("extractRelations(article, mentions) reads 'and other <modifiers> <actor nouns>' as the list's tail", () => {
    expect(relationsIn("Syrian Army units targeted ISIL, al-Nusra Front and other terrorist organizations.")).toEqual([
      "clash islamic-state syrian-government",
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(relationsIn("Ahrar al-Sham, Jaish al-Islam and several other Islamist factions attacked the town."))
      .toContain(
        "ally ahrar-al-sham jaish-al-islam",
      );
  });

  it("extractRelations(article, mentions) leaves ', and other ... such as X had joined' a clause of its own", () => {
    expect(
      relationsIn(
        "In 2014, the Syriac Military Council formed an alliance with the FSA, and other Christian militias such as " +
          "the Sutoro had joined the opposition.",
      ),
    ).not.toContain("ally sutoro syriac-military-council");
  });
});
