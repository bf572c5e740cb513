import { describe, expect, it } from "vitest";
import { keySieve } from "../../lib/extract/mentions/key-sieve.ts";

describe("keySieve(words)", () => {
  it("keySieve(set)(word) is true for every word of the set, and false for words told apart by length and ends", () => {
    const demonyms = new Set(["Syrian", "Russian", "U.S.", "Iraqi", "Ḥalabi"]);
    const mayBe = keySieve(demonyms);
    for (const word of demonyms) expect(mayBe(word), word).toBe(true);
    for (const word of ["syrian", "Syria", "Russia", "the", "Iraqis"]) expect(mayBe(word), word).toBe(false);
    // (a word opening past ASCII may be any)
    expect(mayBe("Ḥoms")).toBe(true);
  });
  it("keySieve(map) sieves the map's keys, and is built once per map", () => {
    const acronyms = new Map([["HTS", "hts"], ["SDF", "sdf"]]);
    expect(keySieve(acronyms)).toBe(keySieve(acronyms));
    expect(keySieve(acronyms)("HTS")).toBe(true);
    expect(keySieve(acronyms)("hts")).toBe(false);
    expect(keySieve(new Map([["hts", 1]])) === keySieve(acronyms)).toBe(false);
  });
});
