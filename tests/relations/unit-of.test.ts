import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a named unit followed by 'of' and its group (unit:of, lexicon unitHeads)", () => {
  it("extractRelations(article, mentions) reads 'the N Battalion of X' and 'the 4th Armored Division of the Syrian Army' as memberships", () => {
    expect(relationsIn("Volunteers joined the International Freedom Battalion of the People's Protection Units (YPG)."))
      .toEqual(["member international-freedom-battalion ypg"]);
    expect(relationsIn("The 4th Armored Division of the Syrian Army entered the town.")).toEqual([
      "member fourth-armoured-division syrian-government",
    ]);
    expect(relationsIn("The Hamza Division of the Free Syrian Army entered the town.")).toEqual([
      "member hamza-division free-syrian-army",
    ]);
  });

  it("extractRelations(article, mentions) reads a state force before 'of' its state's army as a member", () => {
    expect(relationsIn("The Tiger Forces of the Syrian Army attacked the town.")).toEqual([
      "member tiger-forces syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no membership for a group whose name ends in no unit head", () => {
    expect(relationsIn("Hezbollah of Lebanon sent fighters.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no membership of a state force in another state's body (gazetteer partOf)", () => {
    // the gazetteer's fifth-corps is Syria's: "the 5th Corps of the Iraqi army" is another army's unit
    expect(relationsIn("Their efforts kept the 5th Corps of the Iraqi army in place.")).toEqual([]);
  });
});

describe("'unit' as a member role noun (lexicon trigger 'unit')", () => {
  it("extractRelations(article, mentions) reads 'X, an elite unit of Y' and 'Y's special forces unit, known as X' as X a member of Y", () => {
    expect(relationsIn("The Tiger Forces, an elite unit of the Syrian Army, took the town.")).toEqual([
      "member tiger-forces syrian-government",
    ]);
    expect(relationsIn("The Syrian Army's special forces unit, known as the Tiger Forces, arrived.")).toEqual([
      "member tiger-forces syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no membership from 'units of X' (the plural names X's men)", () => {
    expect(relationsIn("Units of the Kurdish Front, part of the FSA, were formed later in 2013.")).toEqual([
      "member kurdish-front free-syrian-army",
    ]);
  });

  it("extractRelations(article, mentions) reads no membership from a unit of one group's fighters", () => {
    expect(relationsIn("A unit of Hezbollah fighters attacked ISIL.")).toEqual(["clash hezbollah islamic-state"]);
    expect(relationsIn("The Tiger Forces attacked a unit of the YPG.")).toEqual(["clash tiger-forces ypg"]);
  });
});
