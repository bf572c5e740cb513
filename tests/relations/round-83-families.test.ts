import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a place's holder named in a clause after its comma (wire-objects.ts relativeHolder; lexicon holderLinks, controlLinks; round 83)", () => {
  it("extractRelations(article, mentions) reads the holder of a taken place from a passive relative", () => {
    expect(relationsIn("The SDF captured Manbij, which had been held by ISIS since 2014.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    // A time phrase may stand before the link's last word.
    expect(relationsIn("The Syrian Army stormed Palmyra, which had been held since May by ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads the holder from a participle or a phrase of control", () => {
    expect(relationsIn("The Syrian Army stormed Palmyra, held by ISIS since May.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("The Free Syrian Army shelled Nubl, then under the control of Hezbollah.")).toEqual([
      "clash free-syrian-army hezbollah",
    ]);
  });

  it("extractRelations(article, mentions) reads the holder before the verb of an active relative", () => {
    expect(relationsIn("Hezbollah captured Qusayr, which the FSA had held since 2012.")).toEqual([
      "clash free-syrian-army hezbollah",
    ]);
  });

  it("extractRelations(article, mentions) reads the place past a phrase of control and its adjectives and place nouns", () => {
    expect(relationsIn("The FSA took full control of Afrin city center, which had been held by the YPG.")).toEqual([
      "clash free-syrian-army ypg",
    ]);
    expect(relationsIn("Russian jets carried out air strikes on eastern Aleppo city, held by Ahrar al-Sham.")).toEqual([
      "clash ahrar-al-sham russia",
    ]);
  });

  it("extractRelations(article, mentions) reads no holder from a clause that does not hold the place", () => {
    expect(relationsIn("ISIS took control of Raqqa, which the Syrian government wants.")).toEqual([]);
  });
});

describe("a predicate coordinated after a refusal opens with an auxiliary (guards.ts coordinatedPast; round 83)", () => {
  it("extractRelations(article, mentions) reads a passive predicate after 'and' as the refusal's own, unguarded", () => {
    expect(relationsIn("Jaish Khalid ibn al-Walid refused any deal and was crushed by the Syrian army.")).toEqual([
      "clash jaish-khalid-ibn-al-walid syrian-government",
    ]);
    expect(relationsIn("ISIS refused to fight the SDF and was then attacked by the YPG.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) keeps a bare verb coordinated under the refusal guarded", () => {
    expect(relationsIn("ISIS refused to fight the SDF and attack the YPG.")).toEqual([]);
  });
});

describe("a blockade is a siege (trigger blockade; round 83)", () => {
  it("extractRelations(article, mentions) reads the blockade's 'by' agent against whoever breaks it", () => {
    expect(relationsIn("Syrian government troops have broken the blockade of Deir ez-Zor by the Islamic State."))
      .toEqual([
        "clash islamic-state syrian-government",
      ]);
  });
});

describe("a possessive in an opening phrase stands for the subject after its comma (reference.ts; round 83)", () => {
  it("extractRelations(article, mentions) resolves 'its' before the first comma to the subject after it", () => {
    expect(relationsIn("In the wake of its capture of Tal Abyad from the Islamic State, the YPG displaced residents."))
      .toEqual(["clash islamic-state ypg"]);
    expect(
      relationsIn("After its capture of Tal Abyad from ISIS, the YPG, the armed wing of the PYD, displaced residents."),
    )
      .toEqual(["clash islamic-state ypg", "member ypg pyd"]);
  });

  it("extractRelations(article, mentions) refuses it where the previous sentence's subject is another group", () => {
    expect(relationsIn("The SDF advanced on Raqqa. After its capture of Tabqa from ISIS, the YPG displaced residents."))
      .toEqual([]);
  });
});

describe("a noun reference followed by the name it goes by (lexicon namingLinks; sentence-view.ts namedByLink; round 83)", () => {
  it("extractRelations(article, mentions) reads the name a group calls itself as the object", () => {
    expect(relationsIn("The YPG fought the armed group calling itself the Islamic State.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("The SDF attacked the group known as Jund al-Aqsa.")).toEqual([
      "clash jund-al-aqsa syrian-democratic-forces",
    ]);
  });
});
