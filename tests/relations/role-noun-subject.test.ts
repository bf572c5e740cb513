import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a name after an owner's role noun is its verb's subject (inSubjectPosition)", () => {
  it("extractRelations(article, mentions) reads 'X's ally Y attacked Z' and 'US ally Y attacked Z' as Y against Z", () => {
    expect(relationsIn("In 2016 Iran's ally Hezbollah attacked ISIL.")).toEqual([
      "ally hezbollah iran",
      "clash hezbollah islamic-state",
    ]);
    expect(relationsIn("In 2016 US ally Turkey attacked the YPG.")).toEqual([
      "ally turkey united-states",
      "clash turkey ypg",
    ]);
  });

  it("extractRelations(article, mentions) still reads 'ally' as a verb after a name with no owner's mark", () => {
    expect(relationsIn("Hezbollah sent fighters to ally with Iran.")).toEqual(["ally hezbollah iran"]);
  });
});
