import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("'A and B exchanged fire' as fire between the two (frame plural of 'exchange fire')", () => {
  it("extractRelations(article, mentions) reads a list exchanging fire with no 'with' as a clash between its items", () => {
    expect(relationsIn("In 2019 HTS and the Syrian Army exchanged fire near Idlib.")).toEqual([
      "clash hayat-tahrir-al-sham syrian-government",
    ]);
    expect(relationsIn("HTS and Syrian government elements began to frequently exchange artillery fire.")).toEqual([
      "clash hayat-tahrir-al-sham syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) still reads 'A and B exchanged fire with C' as both against C", () => {
    expect(relationsIn("Turkey and the FSA exchanged artillery fire with the YPG.")).toEqual([
      "ally free-syrian-army turkey",
      "clash free-syrian-army ypg",
      "clash turkey ypg",
    ]);
  });
});
