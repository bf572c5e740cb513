import { describe, expect, it } from "vitest";
import { textKey } from "../../lib/ingest/text-key.ts";
import { sha256Key } from "../../lib/ingest/sha256.ts";

/** The key as it was built before: the lower case with runs of white space made one space, encoded, hashed. */
const folded = (text: string) => sha256Key(new TextEncoder().encode(text.toLowerCase().replace(/\s+/g, " ")));

describe("textKey", () => {
  it("textKey(text) is the key of the text's lower case with each run of white space one space", () => {
    const texts = [
      "",
      "One paragraph.\n\nAnother one, with  two spaces\tand a tab.\r\n",
      "  Leading and trailing  \n",
      "Ünïcödé letters, Arabic حلب and a CJK 中文 word",
      "İstanbul and ΣΑΣ fold to longer or contextual lower case",
      "a no-break\u00a0space, an em\u2003space, a line\u2028separator and a BOM\ufeff",
      "a lone surrogate \ud800 and a pair \ud83d\ude00",
      // longer than the buffer kept across texts, before and after a short one
      "A  long\n\nText ".repeat(40_000),
      "short  Text",
      "A  long\n\nText ".repeat(40_000) + "\ud800",
    ];
    for (const text of texts) expect(textKey(text)).toBe(folded(text));
  });

  it("textKey(text) keeps the key of generated texts of mixed white space and letters, long and short", () => {
    const pieces = ["a", "B", " ", "\n", "\t", "  ", "é", "\u00a0", "x\u3000", "Word", "\r\n", "\u200b", "中"];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 500; n++) {
      let text = "";
      const length = Math.floor(next() * (n % 50 === 0 ? 40_000 : 60));
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      expect(textKey(text)).toBe(folded(text));
    }
  });
});
