import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { articleFrom, triples } from "./fixtures.ts";

// Wire-copy phrase families (issue 10, round 15), read through the mention layer as the pipeline does. Each sentence
// is written for its family, not taken from a gold set; negative cases beside the positive ones.
const read = (text: string, date = "2016-05-01") =>
  triples(pipelineRelations(articleFrom("w", text, date)).relations).sort();

describe("extractRelations(article, mentions) on joint agents named before one act noun", () => {
  it("extractRelations(article, mentions) reads 'killed in Syrian and Russian raids' as the two acting together", () => {
    expect(read("Nine people died in Syrian and Russian raids on villages near Homs.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("Dozens were wounded in regime and Russian bombings of a market.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("Heavy Russian and Syrian strikes hit the outskirts of Hama on Monday.")).toEqual([
      "ally russia syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no joint act from agents acting apart or from a name ending in 'Front'", () => {
    expect(read("Both Syrian and Russian air strikes have hit hospitals this year.")).toEqual([]);
    expect(read("Fighters of the Islamic State and the Nusra Front were seen near the town.")).toEqual([]);
  });
});
