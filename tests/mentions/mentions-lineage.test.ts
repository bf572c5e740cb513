import { describe, expect, it } from "vitest";
import { mentionsIn } from "./fixture.ts";

const lineageOf = (text: string, published: string | null) =>
  mentionsIn(text, published).map((m) => `${m.groupId}→${m.lineageId}`);

describe("extractMentions(article, gazetteer) lineage and descriptors", () => {
  it("extractMentions(article, gazetteer) gives a 2018 'Nusra' the HTS lineage and keeps the group in an undated article", () => {
    expect(lineageOf("Nusra attacked.", "2018-03")).toEqual(["jabhat-al-nusra→hayat-tahrir-al-sham"]);
    expect(lineageOf("Nusra attacked.", "2016-09-01")).toEqual(["jabhat-al-nusra→jabhat-fateh-al-sham"]);
    expect(lineageOf("Nusra attacked.", "2015")).toEqual(["jabhat-al-nusra→jabhat-al-nusra"]);
    expect(lineageOf("Nusra attacked.", null)).toEqual(["jabhat-al-nusra→jabhat-al-nusra"]);
  });

  it("extractMentions(article, gazetteer) follows a rename only once the article's earliest day has reached it", () => {
    expect(lineageOf("JFS attacked.", "2017-01-26")).toEqual(["jabhat-fateh-al-sham→jabhat-fateh-al-sham"]);
    expect(lineageOf("JFS attacked.", "2017-01")).toEqual(["jabhat-fateh-al-sham→jabhat-fateh-al-sham"]);
    expect(lineageOf("JFS attacked.", "2017-02")).toEqual(["jabhat-fateh-al-sham→hayat-tahrir-al-sham"]);
  });

  it("extractMentions(article, gazetteer) reads 'al Qaeda's Syrian branch' as Nusra until mid-2016, as nothing in 2017", () => {
    const text = "Fighters of al Qaeda's Syrian branch advanced.";
    const descriptor = (published: string | null) =>
      mentionsIn(text, published).filter((m) => m.method === "descriptor").map((m) => `${m.surface}→${m.groupId}`);
    expect(descriptor("2015-06")).toEqual(["al Qaeda's Syrian branch→jabhat-al-nusra"]);
    expect(descriptor("2017-05")).toEqual([]);
    expect(descriptor("2019")).toEqual(["al Qaeda's Syrian branch→hurras-al-din"]);
    expect(descriptor(null)).toEqual([]);
  });

  it("extractMentions(article, gazetteer) reads 'the former al-Qaeda affiliate' as JFS, in the HTS lineage after the merger", () => {
    const text = "Rebels fought the former al-Qaeda affiliate.";
    expect(lineageOf(text, "2016-10")).toEqual(["jabhat-fateh-al-sham→jabhat-fateh-al-sham", "al-qaeda→al-qaeda"]);
    expect(lineageOf(text, "2017-06")).toEqual(["jabhat-fateh-al-sham→hayat-tahrir-al-sham", "al-qaeda→al-qaeda"]);
  });

  it("extractMentions(article, gazetteer) does not count a descriptor in apposition to the name it describes", () => {
    const mentions = mentionsIn("Al Qaeda's Syrian branch, the Nusra Front, was excluded.", "2016-05");
    expect(mentions.map((m) => `${m.surface}→${m.groupId}`)).toEqual([
      "Al Qaeda→al-qaeda",
      "Nusra Front→jabhat-al-nusra",
    ]);
  });

  it("extractMentions(article, gazetteer) points every mention at its sentence", () => {
    const mentions = mentionsIn("The SDF advanced. Later HTS withdrew.");
    expect(mentions.map((m) => m.sentenceIndex)).toEqual([0, 1]);
  });
});
