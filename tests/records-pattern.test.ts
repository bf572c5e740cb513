import { describe, expect, it } from "vitest";
import { escapeRegExp, phrasePattern } from "../lib/records/pattern.ts";

describe("escapeRegExp", () => {
  it("escapeRegExp(text) makes every special character literal ('U.S.', 'a+b', '(SDF)')", () => {
    for (const text of ["U.S.", "a+b", "(SDF)", "[x]", "1*2?", "$^|\\"]) {
      expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    }
    expect(new RegExp(escapeRegExp("U.S.")).test("UXSX")).toBe(false);
  });
});

describe("phrasePattern", () => {
  it("phrasePattern(phrase) matches the phrase's spaces as spaces or hyphens ('car bomb', 'car-bomb')", () => {
    const pattern = new RegExp(`^${phrasePattern("car bomb")}$`);
    expect(["car bomb", "car-bomb", "car  bomb"].map((text) => pattern.test(text))).toEqual([true, true, true]);
    expect(pattern.test("carbomb")).toBe(false);
  });
});
