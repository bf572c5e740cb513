import { describe, expect, it } from "vitest";
import { keyOf, PhraseIndex, tokenize } from "../../lib/extract/relations/tokens.ts";

/** The token pattern the scanner implements, kept here as its specification. */
const SPECIFICATION = /⟦(\d+)⟧|⟪(\d+)⟫|\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|'s\b|\S/gu;

/** The texts of the tokens the specification gives (the possessive and n't splits aside: no sample holds "n't"). */
function specified(text: string): string[] {
  return [...text.matchAll(SPECIFICATION)].map((m) => m[0]);
}

const texts = (template: string) => tokenize(template).map((t) => t.text);

describe("tokenize", () => {
  it("reads words with their inner apostrophes and hyphens, and not a trailing one", () => {
    expect(texts("Hay'at Tahrir al-Sham's rebels' counter-offensive -")).toEqual([
      "Hay'at",
      "Tahrir",
      "al-Sham's",
      "rebels",
      "'",
      "counter-offensive",
      "-",
    ]);
  });

  it("reads a grouped number whole, up to its last group of three", () => {
    expect(texts("4,000 and 1,250,000 but 1,000,0000 and 1234,567")).toEqual([
      "4,000",
      "and",
      "1,250,000",
      "but",
      "1,000",
      ",",
      "0000",
      "and",
      "1234",
      ",",
      "567",
    ]);
  });

  it("reads placeholders as parties and qualifiers, and a broken one as marks", () => {
    const tokens = tokenize("⟦0⟧ and ⟪1⟫-backed ⟦x⟧");
    expect(tokens.map((t) => [t.text, t.key, t.party, t.qualifier])).toEqual([
      ["⟦0⟧", "⟦⟧", 0, undefined],
      ["and", "and", undefined, undefined],
      ["⟪1⟫", "⟪⟫", undefined, 1],
      ["-", "", undefined, undefined],
      ["backed", "backed", undefined, undefined],
      ["⟦", "⟦", undefined, undefined],
      ["x", "x", undefined, undefined],
      ["⟧", "⟧", undefined, undefined],
    ]);
  });

  it("splits n't and a name's possessive, and marks what is glued", () => {
    const tokens = tokenize("⟦0⟧'s fighters DIDN'T retreat");
    expect(tokens.map((t) => [t.text, t.key, t.glued])).toEqual([
      ["⟦0⟧", "⟦⟧", false],
      ["'s", "'s", true],
      ["fighters", "fighters", false],
      ["DID", "did", false],
      ["n't", "n't", true],
      ["retreat", "retreat", false],
    ]);
  });

  it("reads letters outside the basic plane and spaces other than the ASCII one", () => {
    expect(texts("𝐀𝐁 x\u00a0y\u2003z 😀")).toEqual(["𝐀𝐁", "x", "y", "z", "😀"]);
  });

  it("gives a word seen before the same key and a phrase index's opening number", () => {
    const index = new PhraseIndex<string>();
    index.add("broke away", "split");
    const first = tokenize("Rebels broke away.");
    const again = tokenize("They Broke-Away.");
    expect(first[1].key).toBe(keyOf("broke"));
    expect(index.longest(first, 1)?.value).toBe("split");
    expect(again[1].key).toBe("brokeaway");
    expect(index.longest(tokenize("they broke away"), 1)).toEqual({ length: 2, value: "split" });
  });

  it("cuts every text as its specification does", () => {
    const alphabet = ["a", "B", "1", "23", ",", ",000", "'", "’", "-", " ", "\u00a0", "\t", "⟦", "⟧", "⟪", "⟫"];
    const more = ["s", "é", "😀", "\ud83d", "\udc00", "٣", "_", "."];
    const pieces = [...alphabet, ...more];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 20_000; k++) {
      let text = "";
      for (let n = 1 + Math.floor(random() * 12); n > 0; n--) text += pieces[Math.floor(random() * pieces.length)];
      expect(texts(text), JSON.stringify(text)).toEqual(specified(text));
    }
  });
});
