import { describe, expect, it } from "vitest";
import { gazetteer, pairs } from "./fixture.ts";

// Issue 10, round 73: every UN member state the gazetteer lacked, from world-countries (data/groups.json sources), so
// that a state any corpus names can be a party. Sentences written for the families, none from a gold set.
describe("loadGazetteer() with the UN member states", () => {
  it("holds every UN member state once, by its common name's slug ('finland', 'south-africa', 'new-zealand')", () => {
    const ids = new Set(gazetteer.groups.map((g) => g.id));
    for (const id of ["finland", "south-africa", "new-zealand", "philippines", "portugal", "morocco", "sweden"]) {
      expect(ids.has(id)).toBe(true);
    }
    expect(ids.size).toBe(gazetteer.groups.length);
  });
});

describe("extractMentions(article) on the states added from world-countries", () => {
  it("reads a single-word state's bare name only where it acts ('Finland sent troops', not 'in Greece')", () => {
    expect(pairs("Finland sent troops to Lebanon.")).toEqual(["Finland→finland"]);
    expect(pairs("Refugees arrived in Greece, Sweden and Germany.")).toEqual([]);
  });

  it("reads a state's name of several words and its forces and government named in full", () => {
    expect(pairs("South Africa condemned the strike. South African authorities arrested two men.")).toEqual([
      "South Africa→south-africa",
      "South African authorities→south-africa",
    ]);
  });

  it("reads a single-word demonym before a force or government noun ('Filipino troops', 'the Greek government')", () => {
    expect(pairs("Filipino troops fought the militants. The Greek government protested.")).toEqual([
      "Filipino troops→philippines",
      "Greek government→greece",
    ]);
  });

  it("reads no state in the demonyms of volunteers ('Tunisian fighters') or of Syria's own Turkmen", () => {
    expect(pairs("Tunisian fighters joined ISIS.")).toEqual(["ISIS→islamic-state"]);
    expect(pairs("Turkmen forces clashed with the YPG.")).toEqual(["YPG→ypg"]);
  });

  it("reads a historical state's compound name as that state, not as its part ('Austria-Hungary')", () => {
    expect(pairs("Austria-Hungary declared war on Serbia.")).toEqual([
      "Austria-Hungary→austria-hungary",
      "Serbia→serbia",
    ]);
  });
});
