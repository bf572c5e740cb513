import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";
import { gazetteerTriples } from "../relations/fixtures.ts";

const mentionsIn = (text: string) => pairs(text, "2019-01-01");

describe("a plural head keeps its 's' and a state's plural demonym names its side (lexicon pluralHeads, aliases)", () => {
  it("extractMentions(article) reads 'Hezbollah militias' whole, not 'Hezbollah militia' and a stripped possessive", () => {
    expect(mentionsIn("The Syrian Army as well as Hezbollah militias retook the town.")).toEqual([
      "Syrian Army→syrian-government",
      "Hezbollah militias→hezbollah",
    ]);
    expect(gazetteerTriples("The Syrian Army as well as Hezbollah militias retook the town.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });

  // (Since round 73 the span is the plural alone, without "the", as the name gold writes it: pluralDemonymSpans.)
  it("extractMentions(article) reads 'the Russians' and 'the Turks' as the states, and 'two Russians' as persons", () => {
    expect(mentionsIn("ISIS attacked the Russians and the Turks.")).toEqual([
      "ISIS→islamic-state",
      "Russians→russia",
      "Turks→turkey",
    ]);
    expect(mentionsIn("Two Russians were killed.")).toEqual([]);
  });
});

describe("a state's bare name before a copula and a role noun is an actor (lexicon stateRoleNouns)", () => {
  it("extractMentions(article) reads 'Syria' in 'Iran and Syria are close strategic allies', not in 'Syria is a country'", () => {
    expect(mentionsIn("Iran and Syria are close strategic allies.")).toEqual(["Iran→iran", "Syria→syrian-government"]);
    expect(mentionsIn("Syria is a beautiful country.")).toEqual([]);
  });
});
