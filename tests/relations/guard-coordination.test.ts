import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a clause guard does not govern a past verb coordinated after it (guardVerdict, coordinatedPast)", () => {
  it("extractRelations(article, mentions) reads 'X refused to fight Y and defected from Z' as X leaving Z, no clash", () => {
    expect(relationsIn("In 2018 Nour al-Din al-Zenki refused to fight Ahrar al-Sham and defected from HTS.")).toEqual([
      "left nour-al-din-al-zenki hayat-tahrir-al-sham",
    ]);
    expect(relationsIn("Jaish al-Islam refused to join HTS and attacked Faylaq al-Rahman.")).toEqual([
      "clash faylaq-al-rahman jaish-al-islam",
    ]);
  });

  it("extractRelations(article, mentions) keeps the guard on an infinitive or a bare verb after 'and'", () => {
    expect(relationsIn("Jaish al-Islam refused to fight and defect from HTS.")).toEqual([]);
    expect(relationsIn("Jaish al-Islam did not attack Faylaq al-Rahman and join HTS.")).toEqual([]);
  });
});
