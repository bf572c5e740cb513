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
});
