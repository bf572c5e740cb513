import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

const mentionsIn = (text: string) => pairs(text, "2019-01-01");

describe("a gazetteer name written without the Arabic article inside it (compileNameMatcher)", () => {
  it("extractMentions(article) reads 'Ajnad Kavkaz', 'Ahrar Sham', 'Jaish Islam' and 'Jabhat Nusra' as the named groups", () => {
    expect(mentionsIn("Ajnad Kavkaz and Ahrar Sham fought beside Jaish Islam against Jabhat Nusra.")).toEqual([
      "Ajnad Kavkaz→ajnad-al-kavkaz",
      "Ahrar Sham→ahrar-al-sham",
      "Jaish Islam→jaish-al-islam",
      "Jabhat Nusra→jabhat-al-nusra",
    ]);
  });

  it("extractMentions(article) still reads the written forms, and leaves a lone word after a dropped article alone", () => {
    expect(mentionsIn("Ahrar al-Sham and Jaish al-Islam met.")).toEqual([
      "Ahrar al-Sham→ahrar-al-sham",
      "Jaish al-Islam→jaish-al-islam",
    ]);
    // "al-Sham" alone keeps its own reading (no two-word name is made from one word)
    expect(mentionsIn("Fighters of Sham met.")).toEqual([]);
  });

  it("extractMentions(article) reads no name without its article where an article follows (another name misspelt)", () => {
    // "Jaish Fatah al-Sham" is Jabhat Fateh al-Sham misspelt, not Jaish al-Fatah without its article
    expect(mentionsIn("The al-Qaida-linked Jaish Fatah al-Sham has drawn manpower.")).toEqual([
      "al-Qaida→al-qaeda",
      "Fatah al-Sham→jabhat-fateh-al-sham",
    ]);
  });
});
