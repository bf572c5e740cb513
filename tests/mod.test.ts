import { describe, expect, it } from "vitest";
import * as lib from "../lib/mod.ts";

describe("lib/mod.ts", () => {
  it("lib/mod.ts exports the pipeline from records to report", () => {
    for (
      const name of [
        "Article",
        "loadRecords",
        "ingest",
        "articleFromText",
        "extractMentions",
        "extractFigures",
        "extractRelations",
        "membershipTimeline",
        "figuresTimelinePlot",
        "reportCharts",
        "writeBriefing",
        "show",
      ]
    ) expect(lib, name).toHaveProperty(name);
  });

  it("lib/mod.ts runs one article end to end", async () => {
    const article = lib.articleFromText(
      "x",
      "Clashes in Idlib\n\nAhrar al-Sham clashed with Hayat Tahrir al-Sham near Saraqeb. At least 12 fighters were killed.",
      "2017-07-20",
    );
    const gazetteer = await lib.loadGazetteer();
    const mentions = lib.extractMentions(article, gazetteer);
    expect(mentions.map((mention) => mention.groupId)).toEqual(["ahrar-al-sham", "hayat-tahrir-al-sham"]);
    expect(lib.extractFigures(article)).toMatchObject([{ kind: "killed", low: 12, qualifier: "at_least" }]);
    expect(lib.extractRelations(article, mentions).map((relation) => relation.type)).toContain("clash");
  });
});
