import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";
import { pairs } from "../mentions/fixture.ts";

describe("a hostile act against each other (lexicon reciprocals)", () => {
  it("extractRelations(article, mentions) reads 'A and B launched attacks against each other' as a clash, no alliance", () => {
    expect(
      relationsIn(
        "In 2016 the Syrian Army and ISIL launched a series of attacks and counterattacks against each other.",
      ),
    ).toEqual(["clash islamic-state syrian-government"]);
    expect(relationsIn("In 2016 the Syrian Army and Hezbollah attacked ISIL.")).toEqual([
      "ally hezbollah syrian-government",
      "clash hezbollah islamic-state",
      "clash islamic-state syrian-government",
    ]);
  });
});

describe("'allied' in a described list item (chunks: descriptionAt)", () => {
  it("extractRelations(article, mentions) reads 'clashes with A, B and allied rebel groups' as clashes with A and B", () => {
    expect(
      relationsIn(
        "In 2015 the YPG took over two villages after clashes with the Islamic State, Jabhat Al-Nusra and allied rebel groups.",
      ),
    ).toEqual(["clash islamic-state ypg", "clash jabhat-al-nusra ypg"]);
  });
});

describe("forces deployed against a party (trigger 'deploy'), a state's observation posts and government", () => {
  it("extractRelations(article, mentions) reads 'X deployed snipers and drones against Y' as a clash, a deployment to a place as none", () => {
    expect(relationsIn("In 2018 ISIS deployed snipers and drones against the SDF.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2016 Turkey deployed troops to the border.")).toEqual([]);
  });

  it("extractMentions(article) reads 'a Turkish observation post' and 'Iraq's government' as the states", () => {
    expect(pairs("The army shelled a Turkish observation post.", "2019-01-01")).toEqual([
      "Turkish observation post→turkey",
    ]);
    expect(pairs("Iraq's government asked the coalition for help.", "2019-01-01")).toEqual(["Iraq→iraq"]);
  });
});
