import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a unit named by a transliterated Arabic unit word is its possessor's member (lexicon unitOpenings)", () => {
  it("extractRelations(article, mentions) reads 'the Islamic Front's Jaysh al-Islam' as a member of the Islamic Front", () => {
    expect(relationsIn("The Islamic Front's Jaysh al-Islam attacked the Syrian Army.")).toEqual([
      "clash jaish-al-islam syrian-government",
      "member jaish-al-islam islamic-front",
    ]);
  });

  it("extractRelations(article, mentions) makes no group a member of a foreign state by a possessive", () => {
    expect(relationsIn("Turkey's Faylaq al-Sham attacked the YPG.")).toEqual(["clash faylaq-al-sham ypg"]);
  });
});
