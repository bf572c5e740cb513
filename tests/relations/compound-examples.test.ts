import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a compound on a plural noun describes the noun's examples (namedAfterCompound, examplesAfter)", () => {
  it("extractRelations(article, mentions) reads 'X-affiliated groups such as A and B' as each example affiliated with X", () => {
    expect(
      relationsIn("Al-Qaeda-affiliated groups such as Hay'at Tahrir al-Sham and Hurras al-Din recruited fighters."),
    )
      .toEqual(["affiliate hayat-tahrir-al-sham al-qaeda", "affiliate hurras-al-din al-qaeda"]);
    expect(relationsIn("Turkish-backed groups including Ahrar al-Sham fought there.")).toEqual([
      "ally ahrar-al-sham turkey",
    ]);
  });

  it("extractRelations(article, mentions) lists examples joined by 'or' as examples, and elsewhere 'or' names alternatives", () => {
    expect(relationsIn("Al-Qaeda affiliated groups such as Hay'at Tahrir al-Sham or Tanzim Hurras al-Deen recruited."))
      .toEqual(["affiliate hayat-tahrir-al-sham al-qaeda", "affiliate hurras-al-din al-qaeda"]);
    expect(relationsIn("Russia bombed groups such as Ahrar al-Sham or Jaish al-Islam.")).toEqual([
      "clash ahrar-al-sham russia",
      "clash jaish-al-islam russia",
    ]);
  });

  it("extractRelations(article, mentions) does not give the noun examples set off by a comma (they may be another noun's)", () => {
    expect(
      relationsIn(
        "Sunni Islamist rebels were also seen fighting alongside the Turkish-backed forces, including Ahrar al-Sham and Sham Legion.",
      ).filter((t) => t.includes("turkey")),
    ).toEqual([]);
  });

  it("extractRelations(article, mentions) reads a described name under a sentence-wide attribution (a description, no claim)", () => {
    expect(relationsIn("ISIS claimed an attack on the US-backed SDF.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });
});
