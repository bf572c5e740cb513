import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a report nobody stands behind is a hedged claim (guards: 'reportedly', 'was reported to', 'it was reported that')", () => {
  it("extractRelations(article, mentions) reads nothing from 'reportedly', 'were reported to' and 'it was reported that'", () => {
    expect(relationsIn("Turkish fighter jets reportedly killed a regional ISIL commander near Akhtarin.")).toEqual([]);
    expect(
      relationsIn(
        "The Russian and Syrian air forces were reported to have conducted the largest air raid against HTS.",
      ),
    ).toEqual([]);
    expect(relationsIn("On 26 February, it was reported that the YPG and FSA has retaken the last ISIL strongholds."))
      .toEqual([]);
  });

  it("extractRelations(article, mentions) reads a named source's report as the fact it states", () => {
    expect(relationsIn("The SOHR reported that the YPG attacked ISIL near Kobani.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });
});
