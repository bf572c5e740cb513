import { describe, expect, it } from "vitest";
import { arabicNameWords, defaultReference, isArabicNameWord, opensArabicName } from "../../lib/reference/mod.ts";

const words = arabicNameWords(defaultReference().lexicon.transliteration);

describe("opensArabicName(word, words)", () => {
  it("opensArabicName(word, words) accepts the article and the particles alone or hyphen-attached", () => {
    for (
      const word of ["al", "el", "al-Assad", "Al-Nusra", "ash-Sham", "bin", "ibn", "abu", "Abu-Bakr", "bani", "al-"]
    ) {
      expect(opensArabicName(word, words), word).toBe(true);
    }
  });

  it("opensArabicName(word, words) accepts an assimilated article only with its hyphen ('as-Sham', not 'as')", () => {
    expect(opensArabicName("as-Sham", words)).toBe(true);
    expect(opensArabicName("ad-Din", words)).toBe(true);
    for (const word of ["as", "ad", "an", "at"]) expect(opensArabicName(word, words), word).toBe(false);
  });

  it("opensArabicName(word, words) refuses English words and names", () => {
    for (const word of ["the", "pro-government", "Assad", "and", "also"]) {
      expect(opensArabicName(word, words), word).toBe(false);
    }
  });
});

describe("isArabicNameWord(word, words)", () => {
  it("isArabicNameWord(word, words) accepts a bare article, assimilated article or particle cut from its name", () => {
    for (const word of ["al", "as", "ad", "ash", "bin", "Abu"]) expect(isArabicNameWord(word, words), word).toBe(true);
    for (const word of ["the", "of", "Kafr"]) expect(isArabicNameWord(word, words), word).toBe(false);
  });
});

describe("arabicNameWords(lexicon)", () => {
  it("arabicNameWords(lexicon) compiles one lexicon value once", () => {
    const lexicon = defaultReference().lexicon.transliteration;
    expect(arabicNameWords(lexicon)).toBe(arabicNameWords(lexicon));
  });
});
