import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { articleFrom, triples } from "./fixtures.ts";

// Wire-copy phrase families (issue 10, round 15), read through the mention layer as the pipeline does. Each sentence
// is written for its family, not taken from a gold set; negative cases beside the positive ones.
const read = (text: string, date = "2016-05-01") =>
  triples(pipelineRelations(articleFrom("w", text, date)).relations).sort();

describe("extractRelations(article, mentions) on 'bolster', 'prop up' and 'shore up'", () => {
  it("extractRelations(article, mentions) reads 'X carried out strikes to bolster Y' and 'X propped up Y' as allies", () => {
    expect(read("Iran has been sending advisers to bolster Syrian government forces since 2013.")).toEqual([
      "ally iran syrian-government",
    ]);
    expect(read("Hezbollah fighters propped up the Syrian army around Qusayr.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
    expect(read("The Syrian army was shored up by Hezbollah fighters.")).toEqual(["ally hezbollah syrian-government"]);
  });

  it("extractRelations(article, mentions) reads no alliance when what is bolstered is no party or the help is refused", () => {
    expect(read("The talks in Astana aim to bolster the truce between Damascus and the rebels.")).toEqual([]);
    expect(read("Turkey refused to prop up the Syrian army.")).toEqual([]);
  });
});
