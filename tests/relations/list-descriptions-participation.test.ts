import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a list whose last item is a description (chunks: listCloser, reference: resolveByRule)", () => {
  it("extractRelations(article, mentions) reads the named items of 'A, B and disparate rebel groups' as the list acting", () => {
    expect(relationsIn("In 2018 the SNA, Turkish Armed Forces and disparate rebel groups captured Afrin from the YPG."))
      .toEqual([
        "ally syrian-national-army turkey",
        "clash syrian-national-army ypg",
        "clash turkey ypg",
      ]);
    expect(relationsIn("In 2018 the SNA and rebel groups captured Afrin from the YPG.")).toEqual([
      "clash syrian-national-army ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no clash between a name and an unnamed side", () => {
    expect(relationsIn("Heavy fighting erupted between Fateh al Sham and more moderate rebel groups.")).toEqual([]);
  });
});

describe("a name's bracketed other names joined by 'or' (chunks: itemAt)", () => {
  it("extractRelations(article, mentions) reads 'the Syrian National Army (SNA or FSA), Turkish Armed Forces ...' as one list", () => {
    expect(
      relationsIn(
        "In 2018 the Syrian National Army (SNA or FSA), Turkish Armed Forces and disparate rebel groups captured Afrin from the YPG.",
      ),
    ).toEqual([
      "ally syrian-national-army turkey",
      "clash syrian-national-army ypg",
      "clash turkey ypg",
    ]);
  });
});

describe("taking part in a party's own act (lexicon participationVerbs)", () => {
  it("extractRelations(article, mentions) reads 'X took part in Y's campaign' as X an ally of Y", () => {
    expect(
      relationsIn("In 2017 the Syriac Military Council took part in the SDF's campaign to capture Raqqa from ISIL."),
    )
      .toEqual([
        "ally syriac-military-council syrian-democratic-forces",
        "clash islamic-state syriac-military-council",
      ]);
  });

  it("extractRelations(article, mentions) reads 'X joined Y's offensive' as no joining of Y", () => {
    expect(relationsIn("In 2015 the NDF joined Hezbollah's offensive in Qalamoun.")).toEqual([
      "ally hezbollah national-defence-forces",
    ]);
    expect(relationsIn("In 2015 the NDF joined Hezbollah.")).toEqual(["joined national-defence-forces hezbollah"]);
  });
});

describe("several groups that set up another (trigger 'set up'), a state's ground forces, pro-Syrian government forces", () => {
  it("extractRelations(article, mentions) reads 'A and B set up C' as memberships, one party setting up another as none", () => {
    expect(relationsIn("In 2015 the YPG and the FSA set up the Syrian Democratic Forces.")).toEqual([
      "member free-syrian-army syrian-democratic-forces",
      "member ypg syrian-democratic-forces",
    ]);
    expect(relationsIn("In 2015 the YPG set up the Syrian Democratic Forces.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'Russian ground forces, along with the Syrian army, captured P from Y' as allies against Y", () => {
    expect(relationsIn("In 2017 Russian ground forces, along with the Syrian army, captured Palmyra from ISIL."))
      .toEqual([
        "ally russia syrian-government",
        "clash islamic-state russia",
        "clash islamic-state syrian-government",
      ]);
  });

  it("extractRelations(article, mentions) reads 'pro-Syrian government forces' as the government's side", () => {
    expect(relationsIn("In 2018 US forces attacked positions of pro-Syrian government forces with airstrikes."))
      .toEqual([
        "clash syrian-government united-states",
      ]);
  });
});
