import { describe, expect, it } from "vitest";
import { compileFolding, nameTokens } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

/** The words as the expression nameTokens reads character by character. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼʾʿ`´′][\p{L}\p{N}\p{M}]+)*['’]?/gu;

describe("nameTokens(text, folding)", () => {
  it("nameTokens(text) finds the words the word expression finds, at the same offsets", () => {
    const folding = compileFolding(defaultReference().lexicon.transliteration);
    const texts = [
      "Hay'at Tahrir al-Sham (HTS), Hay’at Tahrir ash-Sham and Hayʾat; Daʿish's fighters; the rebels' 12th brigade.",
      "Jabhat al‐Nusra‑Front ‘quoted’ `tick´ prime′x a''b c'' d’ Nusras U.S.-led 3,000 people",
      "Ḥalab, Dayr az-Zawr, Dēir e\u0301z-Zor, 𝐀𝐥𝐞𝐩𝐩𝐨 😀 rebels, \ud800 lone, ٢٠١٧ حلب الشام",
      "' leading mark, trailing mark '",
    ];
    for (const text of texts) {
      const tokens = nameTokens(text, folding);
      const matches = [...text.matchAll(WORD)];
      expect(tokens.map((token) => [token.start, token.wordEnd]), text).toEqual(
        matches.map((m) => [m.index, m.index + m[0].length]),
      );
    }
  });
  it("nameTokens(text, folding) keys a word seen before as the first time, with or without a hyphen after it", () => {
    const folding = compileFolding(defaultReference().lexicon.transliteration);
    const keyed = (word: string, hyphenAfter: boolean) => ({
      raw: word,
      key: folding.canonicalWord(word, { hyphenAfter }),
      keyWithoutS: word.length >= 5 && /s$/i.test(word) ? folding.canonicalWord(word.slice(0, -1)) : null,
      hyphenAfter,
    });
    const text = "as-Sham and as Sham; Nusra's Nusras Nusra' fighters' s's 's as-Sham Nusra's";
    for (let round = 0; round < 2; round++) {
      const tokens = nameTokens(text, folding);
      expect(tokens.map(({ raw, key, keyWithoutS, hyphenAfter }) => ({ raw, key, keyWithoutS, hyphenAfter })))
        .toEqual(tokens.map((token) => keyed(text.slice(token.start, token.end), token.hyphenAfter)));
      expect(tokens.map((token) => token.raw)).toEqual([
        "as",
        "Sham",
        "and",
        "as",
        "Sham",
        "Nusra",
        "Nusras",
        "Nusra",
        "fighters",
        "s",
        "s",
        "as",
        "Sham",
        "Nusra",
      ]);
      expect(tokens[0].key).not.toBe(tokens[3].key);
    }
  });
});
