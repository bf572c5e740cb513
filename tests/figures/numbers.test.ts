import { describe, expect, it } from "vitest";
import { readNumbers, TOKEN, tokenize, wordValue } from "../../lib/extract/figures/numbers.ts";

const values = (text: string) => readNumbers(text).map((p) => [p.low, p.high, p.vagueTerm, p.range]);

describe("readNumbers(text)", () => {
  it("readNumbers(text) reads '45,000' and '45000' alike", () => {
    expect(values("45,000 and 45000")).toEqual([[45000, 45000, null, null], [45000, 45000, null, null]]);
  });
  it("readNumbers(text) reads '1.2 million' and 'two million'", () => {
    expect(values("1.2 million people")).toEqual([[1_200_000, 1_200_000, null, null]]);
    expect(values("two million people")).toEqual([[2_000_000, 2_000_000, null, null]]);
  });
  it("readNumbers(text) reads words up to ninety-nine, compounds, dozens and hundreds", () => {
    expect(values("five")[0][0]).toBe(5);
    expect(values("Thirteen civilians")[0][0]).toBe(13);
    expect(values("twenty-five")[0][0]).toBe(25);
    expect(values("thirty one militants")[0][0]).toBe(31);
    expect(values("ninety-nine")[0][0]).toBe(99);
    expect(values("a dozen")[0][0]).toBe(12);
    expect(values("two dozen")[0][0]).toBe(24);
    expect(values("two hundred and fifty")[0][0]).toBe(250);
  });
  it("readNumbers(text) gives vague words their conventional value and keeps the word", () => {
    expect(values("dozens of people")).toEqual([[12, 12, "dozens", null]]);
    expect(values("hundreds of thousands")).toEqual([[100_000, 100_000, "hundreds of thousands", null]]);
    expect(values("Thousands of fighters")).toEqual([[1000, 1000, "thousands", null]]);
    expect(values("scores were hurt")).toEqual([[20, 20, "scores", null]]);
    expect(values("displaced millions")).toEqual([[1_000_000, 1_000_000, "millions", null]]);
  });
  it("readNumbers(text) reads 'between X and Y', 'X to Y' and 'X-Y' as ranges", () => {
    expect(values("between 45,000 and 50,000 people")).toEqual([[45000, 50000, null, "between"]]);
    expect(values("40 to 50 people")).toEqual([[40, 50, null, "to"]]);
    expect(values("40-50 people")).toEqual([[40, 50, null, "dash"]]);
    expect(values("two to three million")).toEqual([[2_000_000, 3_000_000, null, "to"]]);
    expect(values("from 30 to 50")).toEqual([[30, 50, null, "from-to"]]);
  });
  it("readNumbers(text) does not read a dash date or a span of years as a range", () => {
    expect(values("17-08-2014")).toEqual([]);
    expect(values("2011-2016").every(([, , , range]) => range === null)).toBe(true);
  });
  it("wordValue(word) reads compounds and rejects other words", () => {
    expect(wordValue("forty-two")).toBe(42);
    expect(wordValue("two-year")).toBeNull();
    expect(wordValue("hundred")).toBeNull();
  });
  it("wordValue(word) reads only number words, not names an object inherits ('constructor', 'forty-constructor')", () => {
    expect(wordValue("constructor")).toBeNull();
    expect(wordValue("forty-constructor")).toBeNull();
    expect(readNumbers("The constructor said half a constructor was there")).toEqual([]);
  });
  it("readNumbers(text) reads every opener of a number among other words: digits, words, vague words, ranges", () => {
    const text = "Between 40 and 50 died; a dozen, twenty-five, hundreds of thousands, one and half a million fled";
    expect(readNumbers(text).map((p) => [p.low, p.high, p.form])).toEqual([
      [40, 50, "digits"],
      [12, 12, "words"],
      [25, 25, "words"],
      [100_000, 100_000, "vague"],
      [1, 1, "words"],
      [500_000, 500_000, "words"],
    ]);
  });
  it("tokenize(text) reads the tokens TOKEN matches, with their offsets, on texts of every kind of character", () => {
    const pieces = [
      "1",
      "23",
      "456",
      "7890",
      ",",
      ".",
      "1,234",
      ",567",
      ".5",
      "a",
      "Bc",
      "é",
      "À",
      "ɏ",
      "Ā",
      "'",
      "’",
      "-",
      " ",
      "\u00a0",
      "\u2009",
      "\n",
      "\ufeff",
      "\u200b",
      "😀",
      "\ud800",
      "\udc00",
      "ا",
      "%",
      "$",
      "–",
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pieces.length;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: n % 30 }, () => pieces[next()]).join("");
      const expected = [...text.matchAll(TOKEN)].map((m) => [m[0], m.index]);
      expect(tokenize(text).map((t) => [t.text, t.start]), JSON.stringify(text)).toEqual(expected);
    }
    expect(tokenize("1,234,5678 rock-'n-roll’s 12.5.6").map((t) => t.text)).toEqual([
      "1,234,567",
      "8",
      "rock",
      "-",
      "'",
      "n-roll’s",
      "12.5",
      ".",
      "6",
    ]);
  });
});
