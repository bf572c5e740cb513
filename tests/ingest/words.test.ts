import { describe, expect, it } from "vitest";
import { countWords, isWhiteSpace } from "../../lib/ingest/words.ts";

describe("countWords(text, upTo)", () => {
  it("countWords(text, upTo) counts runs of non-space as /\\S+/g finds them, up to upTo", () => {
    expect(countWords("  Damascus,\u00a0SANA – 3/3/2017\u2009Army units\n", 100)).toBe(6);
    expect(countWords("one two three four five", 3)).toBe(3);
    expect(countWords("", 5)).toBe(0);
    expect(countWords(" \t\u3000\ufeff", 5)).toBe(0);
  });
  it("isWhiteSpace(code) is true exactly for the code units /\\s/ matches", () => {
    for (let code = 0; code < 0x10000; code++) {
      expect(isWhiteSpace(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)));
    }
  });
  it("countWords(text, upTo) agrees with /\\S+/g on texts mixing every kind of white space", () => {
    const pieces = ["a", "bb", " ", "\t", "\n", "\u00a0", "\u2003", "\u2028", "\ufeff", "\u200b", "é", "\u180e", "—"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: n % 40 }, () => pieces[next()]).join("");
      const expected = [...text.matchAll(/\S+/g)].length;
      expect(countWords(text, 1000)).toBe(expected);
      expect(countWords(text, 5)).toBe(Math.min(5, expected));
    }
  });
});
