import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("light verb phrases of four and five words (round 75)", () => {
  it("extractRelations(article, mentions) reads 'announced the formation of' a joint body as forming it", () => {
    expect(relationsIn("Jaysh al-Izza and the Free Idlib Army announced the formation of a new joint operations room."))
      .toEqual(["ally free-idlib-army jaish-al-izza"]);
    expect(relationsIn("Ahrar al-Sham and the Nusra Front declared the creation of a joint command.")).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) reads a five-word light verb before an action noun", () => {
    expect(relationsIn("Jaysh al-Izza and the Free Idlib Army took an active part in the offensive against ISIL."))
      .toEqual([
        "ally free-idlib-army jaish-al-izza",
        "clash free-idlib-army islamic-state",
        "clash islamic-state jaish-al-izza",
      ]);
  });
});

describe("the examples of an unnamed subject past a qualifier compound (round 75)", () => {
  it("extractRelations(article, mentions) reads 'Rebels, including the X-aligned A and B,' as A and B acting", () => {
    expect(relationsIn("Rebels, including the FSA-aligned Jaysh al-Izza and the Elite Army, attacked ISIL.")).toEqual([
      "ally free-syrian-army jaish-al-izza",
      "ally jaish-al-izza jaysh-al-nukhba",
      "clash islamic-state jaish-al-izza",
      "clash islamic-state jaysh-al-nukhba",
    ]);
  });
});

describe("described items inside and at the head of a list of sides (round 75)", () => {
  it("extractRelations(article, mentions) reads the named sides past a described item between commas", () => {
    expect(relationsIn("Clashes occurred between the YPG, tribal militias and ISIL.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads the named sides past a described item opening 'between'", () => {
    expect(relationsIn("Clashes occurred between tribal militias, the YPG and ISIL.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("Clashes occurred between tribal militias, Iraqi security forces, and ISIL in western Iraq."))
      .toEqual(["clash iraqi-army islamic-state"]);
  });

  it("extractRelations(article, mentions) keeps a described item alone and one name from making sides", () => {
    expect(relationsIn("Clashes occurred between tribal militias, and ISIL attacked the town.")).toEqual([]);
  });
});

describe("a joint act's 'between' naming a passive's agents (round 75)", () => {
  it("extractRelations(article, mentions) reads the victims against each party of the joint act", () => {
    expect(relationsIn("Ten ISIL fighters were killed in a joint operation between the YPG and the FSA.")).toEqual([
      "ally free-syrian-army ypg",
      "clash free-syrian-army islamic-state",
      "clash islamic-state ypg",
    ]);
  });
});

describe("a place's apposition naming its holder, more forms (round 75)", () => {
  it("extractRelations(article, mentions) reads the holder's possessive before the place noun", () => {
    expect(relationsIn("ISIL attacked Tabqa, the Syrian government's last military base in Raqqa.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads plain words between the holder and the place noun", () => {
    expect(relationsIn("ISIL attacked Tabqa, the last Syrian government military base in Raqqa.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads a place noun after the place's name ('Tabqa airbase, an X stronghold')", () => {
    expect(relationsIn("The SDF attacked Tabqa airbase, an ISIL stronghold.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads no holder from a possessive naming no place", () => {
    expect(relationsIn("The SDF attacked Raqqa, the ISIL leader's home town.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no holder across a verb before a place noun", () => {
    expect(
      relationsIn(
        "Using weapons captured in Iraq, the Islamic State seized the villages after fighting with YPG forces.",
      ),
    ).toEqual(["clash islamic-state ypg"]);
  });
});

describe("a siege on or to a party (lexicon 'siege', round 75)", () => {
  it("extractRelations(article, mentions) reads 'laid siege to' and 'a siege on' as hostile", () => {
    expect(relationsIn("ISIL laid siege to the SDF-held town.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("ISIL launched a siege on Tabqa airbase, the Syrian government's last military base.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});

describe("the dead of two sides counted in words (round 75)", () => {
  it("extractRelations(article, mentions) reads number words the figure reader reads as counts of people", () => {
    expect(relationsIn("Fifty members of the Iraqi military and 12 members of ISIL were killed in the clashes."))
      .toEqual([
        "clash iraqi-army islamic-state",
      ]);
    expect(relationsIn("Fifty Iraqi soldiers and twelve ISIL fighters were killed in the clashes.")).toEqual([
      "clash iraqi-army islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads no fight from the dead of two groups in one side's attack", () => {
    expect(relationsIn("Fifty SDF fighters and twelve YPG fighters were killed in a Turkish attack.")).not.toContain(
      "clash syrian-democratic-forces ypg",
    );
  });
});

describe("a passive predicate coordinated by 'but' or 'and' takes the sentence's subject (round 75)", () => {
  it("extractRelations(article, mentions) reads 'X attacked P, but was repelled by Y' as X against Y", () => {
    expect(relationsIn("ISIL attacked the town, but was repelled by the YPG.")).toEqual(["clash islamic-state ypg"]);
    expect(relationsIn("ISIL forces attempted to take the town but were repelled by YPG forces.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no subject for a noun opening a clause of its own after 'and'", () => {
    expect(
      relationsIn("The SOHR said the Turkish forces and SNA had taken Suluk, and clashes were nearing Ayn Issa."),
    ).not.toContain("clash syrian-national-army turkey");
  });
});

describe("counted people and their examples past a place phrase (round 75)", () => {
  it("extractRelations(article, mentions) reads 'killed six people near P including members of X' as hitting X", () => {
    expect(
      relationsIn(
        "Israeli warplanes killed six people near the airport including two members of the Palestinian Islamic Jihad.",
      ),
    )
      .toEqual(["clash israel palestinian-islamic-jihad"]);
    expect(
      relationsIn(
        "Israeli warplanes killed six people in Damascus, including two members of the Palestinian Islamic Jihad.",
      ),
    )
      .toEqual(["clash israel palestinian-islamic-jihad"]);
  });
});

describe("a passive's agent named through the act it did, more forms (round 75)", () => {
  it("extractRelations(article, mentions) reads 'due to' and the act's source after 'from'", () => {
    expect(relationsIn("Five Turkish soldiers were killed in artillery fire from the Syrian Armed Forces.")).toEqual([
      "clash syrian-government turkey",
    ]);
    expect(relationsIn("Five Turkish soldiers were killed due to artillery fire from the Syrian Armed Forces."))
      .toEqual([
        "clash syrian-government turkey",
      ]);
    expect(relationsIn("Ten civilians were killed in an attack from the north.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads past the people killed along with the subject", () => {
    expect(relationsIn("Hezbollah fighters were killed along with several others in an attack by the FSA.")).toEqual([
      "clash free-syrian-army hezbollah",
    ]);
  });
});

describe("people of a group as a hostile passive's subject (lexicon targetPeople, round 75)", () => {
  it("extractRelations(article, mentions) reads 'A X commander was killed by Y' and 'X's top commander' as X hit", () => {
    expect(relationsIn("A Hezbollah commander was killed by Israeli warplanes.")).toEqual(["clash hezbollah israel"]);
    expect(relationsIn("ISIL's top commander was killed by the YPG.")).toEqual(["clash islamic-state ypg"]);
  });

  it("extractRelations(article, mentions) reads no group from its people after a passive that is no hostile act", () => {
    expect(relationsIn("A YPG commander was welcomed by the SDF.")).toEqual([]);
  });
});
