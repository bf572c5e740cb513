import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("counterActRelations: a counter-act answers another party's act (lexicon trigger flag `answers`; round 74)", () => {
  it("extractRelations(article, mentions) sets a counter-act's agent against the party whose act it answers in its sentence", () => {
    expect(
      relationsIn(
        "On 21 November, the SDF captured two more villages, while ISIL launched a counter-attack near Tal Saman.",
      ),
    ).toEqual(["clash islamic-state syrian-democratic-forces"]);
  });

  it("extractRelations(article, mentions) reads the act answered in the sentence before, noun and verb alike", () => {
    expect(relationsIn("The SDF captured the village. ISIL launched a counterattack the next day.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("The SDF captured the oilfield. ISIL counterattacked on 29 October.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) answers no act aimed at a third party, no ally's act and no act of two parties", () => {
    expect(relationsIn("The US-led coalition struck an ISIL convoy. The Syrian Army counter-attacked on 9 December."))
      .toEqual(
        ["clash islamic-state us-led-coalition"],
      );
    expect(relationsIn("The SDF and the YPG captured the town. The YPG launched a counterattack.")).toEqual([
      "ally syrian-democratic-forces ypg",
    ]);
    expect(relationsIn("The SDF captured the village and ISIL took the hill. Hezbollah launched a counterattack."))
      .toEqual([]);
  });

  it("extractRelations(article, mentions) reads a counter-act's own target where it names one", () => {
    expect(relationsIn("The SDF captured the town. ISIL launched a counterattack against the YPG.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads resistance as answering the act of the party it meets, each party of a list", () => {
    expect(
      relationsIn(
        "The Syrian Army again attempted to storm Kabani, but withdrew after encountering heavy Tahrir al-Sham and Turkistan Islamic Party resistance.",
      ),
    ).toEqual(["clash hayat-tahrir-al-sham syrian-government", "clash syrian-government turkistan-islamic-party"]);
    expect(relationsIn("The SDF recaptured al-Baghuz Fawqani after weeks of desperate ISIL resistance.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing from resistance when no act of another party stands before it", () => {
    expect(relationsIn("ISIL began offering stiffer resistance.")).toEqual([]);
  });
});
