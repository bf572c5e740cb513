import { describe, expect, it } from "vitest";
import { mayHoldFigure } from "../../lib/extract/figures/may-hold.ts";
import { readNumbers, tokenize } from "../../lib/extract/figures/numbers.ts";
import { readImplicitCounts } from "../../lib/extract/figures/implicit.ts";
import { splitSentences } from "../../lib/ingest/mod.ts";
import { arabicNameWords, defaultReference, SEED_CORPUS } from "../../lib/reference/mod.ts";

const victims = defaultReference().lexicon.victims;
const may = (sentence: string) => mayHoldFigure(sentence, victims);

describe("mayHoldFigure(sentence, victims)", () => {
  it("mayHoldFigure(sentence, victims) passes over a sentence with no digit, number word or counted person", () => {
    expect(may("The talks in Geneva resumed on Monday after a long pause.")).toBe(false);
    expect(may("Rounds of shelling hit the area overnight.")).toBe(false);
  });
  it("mayHoldFigure(sentence, victims) keeps digits, number words and vague phrases in any case", () => {
    expect(may("In 2014 the town fell.")).toBe(true);
    expect(may("TWENTY-FIVE were wounded")).toBe(true);
    expect(may("tens of thousands fled")).toBe(true);
    expect(may("half a million")).toBe(true);
  });
  it("mayHoldFigure(sentence, victims) keeps an implicit count's noun, also prefixed, possessive or hyphenated", () => {
    expect(may("A civilian was killed.")).toBe(true);
    expect(may("an ex-rebel's body was found")).toBe(true);
    expect(may("killing the other")).toBe(true);
  });
  it("mayHoldFigure(sentence, victims) passes over no sentence of the seeds where numbers or implicit counts are read", () => {
    const texts = [...Deno.readDirSync(SEED_CORPUS)].filter((entry) => entry.name.endsWith(".txt"))
      .map((entry) => Deno.readTextFileSync(`${SEED_CORPUS}/${entry.name}`));
    let passed = 0;
    for (const text of texts) {
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        if (may(sentence)) continue;
        passed++;
        const tokens = tokenize(sentence);
        const numbers = readNumbers(sentence, tokens);
        expect(numbers).toEqual([]);
        expect(
          readImplicitCounts(tokens, numbers, victims, arabicNameWords(defaultReference().lexicon.transliteration))
            .counts,
        ).toEqual([]);
      }
    }
    expect(passed).toBeGreaterThan(0);
  });
});
