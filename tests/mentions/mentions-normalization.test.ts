import { describe, expect, it } from "vitest";
import { mentionsIn, pairs } from "./fixture.ts";

describe("extractMentions(article, gazetteer) spelling variants", () => {
  it("extractMentions(article, gazetteer) reads every rendering of ʿayn and hamza in Hay'at Tahrir al-Sham", () => {
    for (const name of ["Hay'at", "Hayat", "Hay’at", "Hayʾat", "Hayet", "Hayʿat"]) {
      expect(pairs(`Fighters of ${name} Tahrir al-Sham advanced.`)).toEqual([
        `${name} Tahrir al-Sham→hayat-tahrir-al-sham`,
      ]);
    }
  });

  it("extractMentions(article, gazetteer) accepts hyphen or space and assimilated articles (ash-Sham, ad-Din)", () => {
    expect(pairs("Hayat Tahrir ash-Sham and Hurras ad-Din met.")).toEqual([
      "Hayat Tahrir ash-Sham→hayat-tahrir-al-sham",
      "Hurras ad-Din→hurras-al-din",
    ]);
    expect(pairs("Ahrar al Sham and Ahrar el-Sham")).toEqual([
      "Ahrar al Sham→ahrar-al-sham",
      "Ahrar el-Sham→ahrar-al-sham",
    ]);
  });

  it("extractMentions(article, gazetteer) folds transliteration pairs (Jaish/Jaysh/Jeish, Fateh/Fatah, Nusra/Nusrah, Zenki/Zinki)", () => {
    expect(pairs("Jeish al-Fatah, Jaysh al Fateh, Jabhat Fatah al-Sham, Jabhat al-Nusrah and Nour al-Din al-Zinki"))
      .toEqual([
        "Jeish al-Fatah→jaish-al-fatah",
        "Jaysh al Fateh→jaish-al-fatah",
        "Jabhat Fatah al-Sham→jabhat-fateh-al-sham",
        "Jabhat al-Nusrah→jabhat-al-nusra",
        "Nour al-Din al-Zinki→nour-al-din-al-zenki",
      ]);
    expect(pairs("Suqour al-Shaam, the Fastaqim Union, Hurras al-Deen and Ahrah al-Sham")).toEqual([
      "Suqour al-Shaam→suqour-al-sham",
      "Fastaqim Union→fastaqim-union",
      "Hurras al-Deen→hurras-al-din",
      "Ahrah al-Sham→ahrar-al-sham",
    ]);
  });

  it("extractMentions(article, gazetteer) keeps a leading article in the span but not English 'the'", () => {
    expect(pairs("the al-Nusra Front and the Nusra Front")).toEqual([
      "al-Nusra Front→jabhat-al-nusra",
      "Nusra Front→jabhat-al-nusra",
    ]);
  });

  it("extractMentions(article, gazetteer) leaves a possessive out of the span, also FA-KES's stripped 'Nusras'", () => {
    expect(pairs("HTS's fighters and Nusra’s commanders")).toEqual([
      "HTS→hayat-tahrir-al-sham",
      "Nusra→jabhat-al-nusra",
    ]);
    expect(pairs("Nusras fighters and Assads forces")).toEqual([
      // The bare "s" of a stripped possessive ends the name; inside a longer name ("Assads forces") it stays.
      "Nusra→jabhat-al-nusra",
      "Assads forces→syrian-government",
    ]);
  });

  it("extractMentions(article, gazetteer) tolerates one typo inside a long name and says so", () => {
    const [mention] = mentionsIn("Hayat Tahrit al-Sham said.");
    expect(mention).toMatchObject({
      groupId: "hayat-tahrir-al-sham",
      method: "fuzzy",
      surface: "Hayat Tahrit al-Sham",
    });
  });

  it("extractMentions(article, gazetteer) marks methods: exact, normalized, acronym", () => {
    expect(mentionsIn("Jaish al-Islam, Jeish al-Islam and the SDF").map((m) => m.method)).toEqual([
      "exact",
      "normalized",
      "acronym",
    ]);
  });

  it("extractMentions(article, gazetteer) reads headlines' 'govt' as 'government' (a spelling of the lexicon)", () => {
    expect(pairs("Govt forces retake Qusayr as Syrian govt warplanes bomb Aleppo.")).toEqual([
      "Govt forces→syrian-government",
      "Syrian govt warplanes→syrian-government",
    ]);
  });
});
