import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("protection, declared jihad, opposition and intentions (lexicon triggers and guards, round 34)", () => {
  it("extractRelations(article, mentions) reads protecting or escorting a party as backing it, active and passive", () => {
    expect(relationsIn("ISIS attacked a Syrian Army convoy escorted by Iraqi soldiers.")).toEqual([
      "ally iraqi-army syrian-government",
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("Russian troops protected the YPG in Afrin.")).toEqual(["ally russia ypg"]);
    expect(relationsIn("The YPG protected civilians from ISIS.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'declared jihad upon the Russians' as a rival of Russia", () => {
    expect(relationsIn("The Islamic State of Iraq and the Levant declared Jihad upon the Russians.")).toEqual([
      "rival islamic-state russia",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X is opposed to Y' as a rival, and an opposed resolution as nothing", () => {
    expect(relationsIn("The SDF is opposed to the Syrian government.")).toEqual([
      "rival syrian-democratic-forces syrian-government",
    ]);
    expect(relationsIn("Russia opposed the resolution.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no act an interest, a task or a mission only names", () => {
    expect(relationsIn("The Americans are just interested in fighting Daesh.")).toEqual([]);
    expect(relationsIn("FSA units were tasked with attacking ISIS.")).toEqual([]);
    expect(relationsIn("The U.S. had adopted a mission to protect the SDF.")).toEqual([]);
  });
});
