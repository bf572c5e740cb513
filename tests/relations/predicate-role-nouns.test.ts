import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a list and a plural role noun after a copula ('A and B are allies', frame plural, predicate)", () => {
  it("extractRelations(article, mentions) reads 'A and B are (close strategic) allies / rivals / enemies / partners'", () => {
    expect(relationsIn("Iran and Syria are close strategic allies.")).toEqual(["ally iran syrian-government"]);
    expect(relationsIn("Hezbollah and Iran became allies in 1982.")).toEqual(["ally hezbollah iran"]);
    expect(relationsIn("ISIS and the Nusra Front are bitter rivals.")).toEqual(["rival islamic-state jabhat-al-nusra"]);
    expect(relationsIn("Turkey and the PKK are enemies.")).toEqual(["rival pkk turkey"]);
    expect(relationsIn("The SDF and the US are partners.")).toEqual(["ally syrian-democratic-forces united-states"]);
  });

  it("extractRelations(article, mentions) reads no pair from the noun where no copula stands before it", () => {
    expect(relationsIn("The United States and European allies believe Assad's forces used sarin.")).toEqual([]);
    expect(relationsIn("Moscow has been carrying out air strikes targeting both IS and rival jihadists in Idlib."))
      .toEqual(
        [],
      );
  });
});
