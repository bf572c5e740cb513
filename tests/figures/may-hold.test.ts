import { describe, expect, it } from "vitest";
import { mayHoldFigure, SentenceMark, sentenceMarks } from "../../lib/extract/figures/may-hold.ts";
import { readKind } from "../../lib/extract/figures/kind.ts";
import { readNumbers, tokenize } from "../../lib/extract/figures/numbers.ts";
import { readImplicitCounts, readImplicitKind } from "../../lib/extract/figures/implicit.ts";
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

const marks = (sentence: string) => sentenceMarks(sentence, victims);
const arabic = arabicNameWords(defaultReference().lexicon.transliteration);

describe("sentenceMarks(sentence, victims)", () => {
  it("sentenceMarks(sentence, victims) marks a number with no word a kind is read from as holding no kind", () => {
    const m = marks("Aleppo was one of the largest cities, a man said in 2012.");
    expect(m & SentenceMark.figure).not.toBe(0);
    expect(m & SentenceMark.kind).toBe(0);
  });
  it("sentenceMarks(sentence, victims) marks casualty verbs, fighters' nouns, toll nouns and remains as kinds", () => {
    for (
      const sentence of ["Five were killed.", "200 fighters crossed.", "The toll rose to 30.", "A body was found."]
    ) {
      expect(marks(sentence) & SentenceMark.kind).not.toBe(0);
    }
  });
  it("sentenceMarks(sentence, victims) marks a count without a number only where a count's noun or an age stands", () => {
    expect(marks("Shelling killed 12 people.") & SentenceMark.count).toBe(0);
    expect(marks("Shelling killed a child.") & SentenceMark.count).not.toBe(0);
    expect(marks("Shelling killed a 13-year-old.") & SentenceMark.count).not.toBe(0);
  });
  it("sentenceMarks(sentence, victims) passes over no kind or implicit count the seeds' sentences hold", () => {
    const texts = [...Deno.readDirSync(SEED_CORPUS)].filter((entry) => entry.name.endsWith(".txt"))
      .map((entry) => Deno.readTextFileSync(`${SEED_CORPUS}/${entry.name}`));
    let withoutKind = 0;
    let withoutCount = 0;
    for (const text of texts) {
      for (const span of splitSentences(text)) {
        const sentence = text.slice(span.start, span.end);
        const m = marks(sentence);
        const tokens = tokenize(sentence);
        const numbers = readNumbers(sentence, tokens);
        const { counts } = readImplicitCounts(tokens, numbers, victims, arabic);
        if ((m & SentenceMark.count) === 0) {
          withoutCount++;
          expect(counts).toEqual([]);
        }
        if ((m & SentenceMark.kind) === 0) {
          withoutKind++;
          for (const phrase of numbers) expect(readKind(tokens, phrase, numbers)).toBeNull();
          for (const phrase of counts) expect(readImplicitKind(tokens, phrase, victims, arabic)).toBeNull();
        }
      }
    }
    expect(withoutKind).toBeGreaterThan(0);
    expect(withoutCount).toBeGreaterThan(0);
  });
});
