import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 52. Sentences written for each family, none from a gold set.
describe("a verb of regarding with a label in a relative clause (trigger 'see')", () => {
  it("extractRelations(article, mentions) reads 'the YPG, which Turkey sees as a terrorist organization' as a rival", () => {
    expect(relationsIn("In 2018 clashes erupted near the YPG, which Turkey sees as a terrorist organization.")).toEqual(
      ["rival turkey ypg"],
    );
    expect(relationsIn("In 2018 Turkey saw the YPG fighters near Manbij.")).toEqual([]);
  });
});

describe("the noun of 'shoot down' (trigger 'downing')", () => {
  it("extractRelations(article, mentions) reads 'the downing of a Syrian jet by Israel' and 'Turkey's downing of a Russian jet'", () => {
    expect(relationsIn("In 2017 the downing of a Syrian jet by Israel angered Damascus.")).toEqual([
      "clash israel syrian-government",
    ]);
    expect(relationsIn("In 2015 Turkey's downing of a Russian jet strained ties.")).toEqual(["clash russia turkey"]);
  });
});
