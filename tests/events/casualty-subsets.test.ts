import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";

const events = (text: string) => {
  const article = articleFromText("x", text, "2016-08-02");
  return reconcileEvents(extractFigures(article), [article]).map((e) => `${e.kind} ${e.low}-${e.high}`);
};

describe("casualtyReports(figures, articles): a part of a count stated before is no incident of its own", () => {
  it("reconcileEvents leaves out 'among them 5 children' and 'Three of the dead were women' (no double count)", () => {
    expect(events(
      "Shelling killed 18 people in Azaz on Monday, among them 5 children. Three of the dead were women.",
    )).toEqual(["killed 18-18"]);
  });

  it("reconcileEvents leaves out 'five of them children' and 'including 2 women' after a larger count", () => {
    expect(events("An air strike killed 12 people in Saraqib on Monday, five of them children.")).toEqual([
      "killed 12-12",
    ]);
    expect(events("Gunmen killed 7 civilians in Binnish on Monday, including 2 women.")).toEqual(["killed 7-7"]);
  });

  it("reconcileEvents keeps a count with no larger count of its kind before it ('of them' alone is not enough)", () => {
    expect(events("A bomb wounded 4 people in Idlib on Monday. Two of the wounded later died.")).toEqual([
      "injured 4-4",
      "killed 2-2",
    ]);
  });
});
