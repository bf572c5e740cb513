import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { extractRelations } from "../../lib/extract/relations/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const reference = defaultReference();
const article = (text: string) => articleFromText("x", text, "2018-01-01");
const relationsIn = (text: string) =>
  extractRelations(article(text), extractMentions(article(text), reference.gazetteer, reference.lexicon))
    .map((r) => `${r.type} ${r.subject} ${r.object}`).sort();

describe("a name after an owner's role noun is its verb's subject (inSubjectPosition)", () => {
  it("extractRelations(article, mentions) reads 'X's ally Y attacked Z' and 'US ally Y attacked Z' as Y against Z", () => {
    expect(relationsIn("In 2016 Iran's ally Hezbollah attacked ISIL.")).toEqual([
      "ally hezbollah iran",
      "clash hezbollah islamic-state",
    ]);
    expect(relationsIn("In 2016 US ally Turkey attacked the YPG.")).toEqual([
      "ally turkey united-states",
      "clash turkey ypg",
    ]);
  });

  it("extractRelations(article, mentions) still reads 'ally' as a verb after a name with no owner's mark", () => {
    expect(relationsIn("Hezbollah sent fighters to ally with Iran.")).toEqual(["ally hezbollah iran"]);
  });
});
