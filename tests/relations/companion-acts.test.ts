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

describe("a companion of a joint act fights whom its actor fights (companionActs)", () => {
  it("extractRelations(article, mentions) reads 'X, joined by Y, attacked Z' and 'X captured P from Z alongside Y' as Y against Z too", () => {
    expect(relationsIn("The Syrian Army, joined by Hezbollah, attacked ISIL in Palmyra.")).toEqual([
      "ally hezbollah syrian-government",
      "clash hezbollah islamic-state",
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("The Syrian Army captured Qusayr from the FSA alongside Hezbollah.")).toEqual([
      "ally hezbollah syrian-government",
      "clash free-syrian-army hezbollah",
      "clash free-syrian-army syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) gives no act to victims killed along with others", () => {
    expect(relationsIn("29 fighters from the FSA were killed along with six Nusra Front fighters.")).toEqual([]);
  });
});
