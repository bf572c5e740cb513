import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

// Issue 10, round 86: a name the gazetteer holds with its backer written into it, and a demonym before an act done
// with a partner. Sentences written for the families, none from a gold set.
describe("extractMentions(article) on a backing compound opening a gazetteer name (splitOpeningBackers)", () => {
  it("reads 'the Turkish-backed Free Syrian Army' as the backer and the name it qualifies", () => {
    expect(pairs("The Turkish-backed Free Syrian Army entered Afrin.")).toEqual([
      "Turkish→turkey",
      "Free Syrian Army→syrian-national-army",
    ]);
    expect(pairs("Camps were run by the Turkish-backed Syrian National Army.")).toEqual([
      "Turkish→turkey",
      "Syrian National Army→syrian-national-army",
    ]);
  });

  it("keeps a name whose rest is a bare noun whole ('Turkish-backed factions')", () => {
    expect(pairs("Turkish-backed factions entered Afrin.")).toEqual(["Turkish-backed factions→syrian-national-army"]);
  });
});

describe("extractMentions(article) on a demonym before an act done with a partner (demonymRoleSpans)", () => {
  it("reads 'the American partnership with', 'Russian coordination with' as the state, with no other mention of it", () => {
    expect(pairs("The American partnership with the SDF angered Ankara.")).toEqual([
      "American→united-states",
      "SDF→syrian-democratic-forces",
    ]);
    expect(pairs("Russian coordination with Israel continued.")).toEqual(["Russian→russia", "Israel→israel"]);
  });

  it("reads no state before an act noun that takes no partner ('Russian diplomats')", () => {
    expect(pairs("Russian diplomats met in Geneva.")).toEqual([]);
  });
});

// Issue 10, round 87: a state's name after a locative word that owns the capitalised name after it.
describe("extractMentions(article) on a state owning a name after a locative (stateNameNotActor)", () => {
  it("reads 'to Iran's Quds Force' as the state and its unit, and 'to Iran's capital' as a place", () => {
    expect(pairs("The depots belonged to Iran's Quds Force.")).toEqual(["Iran→iran", "Quds Force→quds-force"]);
    expect(pairs("Flights to Iran's capital resumed.")).toEqual([]);
  });
});

// Issue 10, round 87: a state's intelligence and security services as its organs (names.json forceNouns).
describe("extractMentions(article) on a demonym before a state's services (forceNouns)", () => {
  it("reads 'Iranian security and intelligence services' as Iran", () => {
    expect(pairs("Iranian security and intelligence services are assisting the Syrian army.")).toEqual([
      "Iranian security and intelligence services→iran",
      "Syrian army→syrian-government",
    ]);
  });
});
