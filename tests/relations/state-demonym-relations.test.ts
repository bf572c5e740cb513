import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { articleFrom, readerTriples, triples } from "./fixtures.ts";

// Issue 10, fourth round: states written as adjectives reach the relation reader once the mention layer reads them
// (tests/mentions/state-demonyms.test.ts), and a "between" list joined by "and" twice has two sides. Sentences
// written for the families, none from a gold set.
const read = (text: string) => triples(pipelineRelations(articleFrom("x", text, "2016-05-01")).relations).sort();

describe("extractRelations(article, mentions) on states written as adjectives", () => {
  it("extractRelations(article, mentions) reads 'X struck Syrian and Iranian military sites' as X against both states", () => {
    expect(read("Israeli jets struck Syrian and Iranian military sites near Damascus.")).toEqual([
      "clash iran israel",
      "clash israel syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'Y backed by Syrian and Iranian forces' as both states allied to Y", () => {
    expect(read("Hezbollah fighters backed by Syrian and Iranian forces drove the Nusra Front out of the town."))
      .toEqual([
        "ally hezbollah iran",
        "ally hezbollah syrian-government",
        "clash hezbollah jabhat-al-nusra",
      ]);
  });
});

describe("extractRelations(article, mentions) on a 'between' list joined by 'and' twice", () => {
  const NAMES: [string, string][] = [
    ["Nusra Front", "jabhat-al-nusra"],
    ["Ahrar al-Sham", "ahrar-al-sham"],
    ["ISIS", "islamic-state"],
  ];

  it("extractRelations(article, mentions) reads 'clashes between A and B and C' as C against A and B, not A against B", () => {
    expect(
      readerTriples("Heavy clashes broke out between the Nusra Front and Ahrar al-Sham and ISIS near the town.", NAMES),
    )
      .toEqual(["clash ahrar-al-sham islamic-state", "clash islamic-state jabhat-al-nusra"]);
  });

  it("extractRelations(article, mentions) reads 'the Syrian and Lebanese forces and militants of X' as two sides", () => {
    expect(read("Fierce clashes raged between the Syrian and Lebanese forces and militants of the Nusra Front."))
      .toEqual([
        "clash jabhat-al-nusra lebanese-armed-forces",
        "clash jabhat-al-nusra syrian-government",
      ]);
  });

  it("extractRelations(article, mentions) keeps every pair of a comma list 'between A, B and C'", () => {
    expect(
      readerTriples("Heavy clashes broke out between the Nusra Front, Ahrar al-Sham and ISIS near the town.", NAMES),
    )
      .toEqual([
        "clash ahrar-al-sham islamic-state",
        "clash ahrar-al-sham jabhat-al-nusra",
        "clash islamic-state jabhat-al-nusra",
      ]);
  });
});

describe("extractRelations(article, mentions) on a list mixing a reference and a name", () => {
  const NAMES: [string, string][] = [
    ["Syrian Army", "syrian-government"],
    ["Hezbollah", "hezbollah"],
    ["YPG", "ypg"],
    ["FSA", "free-syrian-army"],
    ["ISIS", "islamic-state"],
  ];

  it("extractRelations(article, mentions) reads 'his forces and Y launched a joint campaign' in a commander's words as his group allied to Y", () => {
    expect(readerTriples(
      "A Syrian Army commander said that his forces and Hezbollah had launched a joint campaign to retake the hills.",
      NAMES,
    )).toEqual(["ally hezbollah syrian-government"]);
  });

  it("extractRelations(article, mentions) resolves 'its fighters and Y stormed P held by Z' by the one reference rule", () => {
    expect(readerTriples(
      "The YPG captured the dam. Its fighters and the FSA then stormed the town held by ISIS.",
      NAMES,
    )).toEqual([
      "ally free-syrian-army ypg",
      "clash free-syrian-army islamic-state",
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) refuses the reference item when its antecedent is the other side or the name beside it", () => {
    expect(readerTriples("ISIS attacked the YPG. Its fighters and the FSA then stormed the town held by ISIS.", NAMES))
      .toEqual(["clash islamic-state ypg"]);
    expect(readerTriples("The YPG took the dam. Its fighters and the YPG stormed the town.", NAMES)).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on an act someone prevents, averts or avoids", () => {
  const NAMES: [string, string][] = [
    ["Turkish army", "turkey"],
    ["Syrian army", "syrian-government"],
    ["FSA", "free-syrian-army"],
    ["ISIS", "islamic-state"],
  ];

  it("extractRelations(article, mentions) reads nothing from 'seeking to prevent conflict between X and Y' or 'to avert clashes between X and Y'", () => {
    expect(readerTriples("Moscow was seeking to prevent conflict between the Turkish army and the Syrian army.", NAMES))
      .toEqual([]);
    expect(readerTriples("Diplomats worked to avert clashes between the Turkish army and the Syrian army.", NAMES))
      .toEqual([]);
  });

  it("extractRelations(article, mentions) keeps an act done to prevent another ('X attacked Y to prevent ...')", () => {
    expect(readerTriples("The FSA attacked ISIS to prevent it from reaching the town.", NAMES)).toEqual([
      "clash free-syrian-army islamic-state",
    ]);
  });
});

describe("extractRelations(article, mentions) on aircraft named by their role (issue 10, round 18)", () => {
  it("extractRelations(article, mentions) reads a state's 'combat planes', 'fighter jet' and 'attack helicopters' as its forces (names.json forceNouns)", () => {
    expect(read("Israeli combat planes struck Hezbollah positions.")).toEqual(["clash hezbollah israel"]);
    expect(read("The Syrian Army shot down a Turkish fighter jet.")).toEqual(["clash syrian-government turkey"]);
    expect(read("Russian attack helicopters struck Nusra Front positions.")).toEqual(["clash jabhat-al-nusra russia"]);
  });
});

describe("extractRelations(article, mentions) on a demonym coordinated with a group's name before a force noun (issue 10, round 18)", () => {
  it("extractRelations(article, mentions) reads 'Iranian and Hezbollah fighters' as Iran's and Hezbollah's fighters acting together", () => {
    expect(read("Iranian and Hezbollah fighters attacked the Nusra Front near Aleppo.")).toEqual([
      "ally hezbollah iran",
      "clash hezbollah jabhat-al-nusra",
      "clash iran jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) reads a demonym coordinated before an acronym's force phrase ('Turkish and TFSA forces', round 19)", () => {
    expect(read("Turkish and TFSA forces attacked the YPG near the town.")).toEqual([
      "ally syrian-national-army turkey",
      "clash syrian-national-army ypg",
      "clash turkey ypg",
    ]);
    expect(read("Russian and SAA troops shelled the Nusra Front.")).toEqual([
      "ally russia syrian-government",
      "clash jabhat-al-nusra russia",
      "clash jabhat-al-nusra syrian-government",
    ]);
  });
});

describe("extractRelations(article, mentions) on a capital standing for its state (issue 10, round 18, lexicon capitalStates)", () => {
  it("extractRelations(article, mentions) reads 'Moscow' as Russia where the article names Russia and Moscow is no place", () => {
    expect(read("Russia sent jets to Syria. The Syrian Army offensive has been backed by Moscow.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("Turkey shelled Afrin. Ankara said it is targeting the YPG near the border.")).toEqual([
      "clash turkey ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no state from a capital that is a place, a target or absent from the article's parties", () => {
    // A place word before it, a hostile verb whose target it is, a place noun after it.
    expect(read("Russia backed the Syrian Army. Hezbollah fighters arrived in Moscow.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("Israel struck Hezbollah. Later Israeli jets struck Damascus again.")).toEqual([
      "clash hezbollah israel",
    ]);
    // The article never names Russia: "Moscow" stays a city.
    expect(read("The Syrian Army offensive has been backed by Moscow.")).toEqual([]);
  });

  it("extractRelations(article, mentions) gives the participle after a supported party to the clause's subject ('in support of its ally Y targeting Z')", () => {
    expect(read("Russia has been staging air strikes in support of its ally the Syrian government targeting ISIS."))
      .toEqual([
        "ally russia syrian-government",
        "clash islamic-state russia",
      ]);
  });
});
