import { describe, expect, it } from "vitest";
import { sentenceTextOf } from "../../lib/extract/dates/sentence-texts.ts";

describe("sentenceTextOf(article, index)", () => {
  it("sentenceTextOf(article, index) gives each sentence's text, the same string at every call", () => {
    const article = {
      text: "Rebels took the town on Sunday. Two civilians were killed.",
      sentences: [{ start: 0, end: 31 }, { start: 32, end: 58 }],
    };
    expect(sentenceTextOf(article, 1)).toBe("Two civilians were killed.");
    expect(sentenceTextOf(article, 0)).toBe("Rebels took the town on Sunday.");
    expect(sentenceTextOf(article, 1)).toBe(sentenceTextOf(article, 1));
  });
});
