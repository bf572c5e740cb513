import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Issue 10, round 22: families found by reading the misses of Wikipedia passages 15 (read after its first
// measurement). Each test is written for the family with sentences of its own; none is a gold set's sentence.
const NAMES: [string, string][] = [
  ["ISIS", "islamic-state"],
  ["Syrian Army", "syrian-government"],
  ["United States", "united-states"],
  ["United Kingdom", "united-kingdom"],
  ["Iraqi forces", "iraqi-army"],
  ["US forces", "united-states"],
  ["HTS", "hayat-tahrir-al-sham"],
  ["NLF", "national-front-for-liberation"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) on round 22's held places and companions", () => {
  it("extractRelations(article, mentions) reads a held point, post or checkpoint, past a place aside and 'that was'", () => {
    expect(read("The Syrian Army captured the last point on the Ithriya Road that was held by ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(read("HTS took control of the remaining positions previously held by the NLF.")).toEqual([
      "clash hayat-tahrir-al-sham national-front-for-liberation",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X, joined by Y, <joint act>' as X and Y acting together", () => {
    expect(read("The United States, joined by the United Kingdom, launched a surprise attack.")).toEqual([
      "ally united-kingdom united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads a passive of defeat tied by 'as' to the act of the clause after it", () => {
    expect(read("Iraqi forces were quickly overwhelmed as US forces swept throughout the country.")).toEqual([
      "clash iraqi-army united-states",
    ]);
  });
});
