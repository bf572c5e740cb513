import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a state's bare name before a perfect (bareStateActorSpans)", () => {
  it("extractRelations(article, mentions) reads 'Iraq has struck ISIL' as Iraq acting; 'Syria has been' names no actor", () => {
    expect(relationsIn("In 2018 Iraq has struck ISIL in Deir ez-Zor several times.")).toEqual([
      "clash iraq islamic-state",
    ]);
    expect(relationsIn("Syria has been at war with ISIL since 2011.")).toEqual([]);
  });
});

describe("a named unit with its bracketed short name before 'of' (unit:of, unitHeads 'units')", () => {
  it("extractRelations(article, mentions) reads 'the People's Protection Units (YPG) of the SDF' as the YPG a member", () => {
    expect(
      relationsIn("In 2018 Turkey attacked the People's Protection Units (YPG) of the Syrian Democratic Forces (SDF)."),
    ).toEqual(["clash turkey ypg", "member ypg syrian-democratic-forces"]);
  });
});

describe("a declaration of war is a rival (trigger 'declare war')", () => {
  it("extractRelations(article, mentions) reads 'X declared war on Y' as stated hostility", () => {
    expect(relationsIn("In 2014 the SMC declared war on ISIL.")).toEqual([
      "rival islamic-state supreme-military-council",
    ]);
  });
});

describe("a gerund after a subordinator takes the main clause's subject (frames: mainClauseSubject)", () => {
  it("extractRelations(article, mentions) reads 'X captured P after clashing with Y' as X against Y", () => {
    expect(relationsIn("In 2016 the SAA captured the town, after clashing with the remaining ISIL fighters.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("In 2016 the SAA captured the town after clashing with ISIL.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});

describe("acts several actors carry out separately (lexicon notJoint: 'separate')", () => {
  it("extractRelations(article, mentions) reads no alliance from 'A and B are carrying out separate air strikes'", () => {
    expect(
      relationsIn(
        "Russia and a U.S.-led coalition are carrying out separate air strikes in Syria against Islamic State.",
      ),
    ).toEqual(["clash islamic-state russia", "clash islamic-state us-led-coalition"]);
  });
});
