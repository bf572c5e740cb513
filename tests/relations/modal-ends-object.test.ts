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

describe("a modal auxiliary ends an object search (lexicon modals)", () => {
  it("extractRelations(article, mentions) reads no assault on a party named after 'might involve'", () => {
    expect(
      relationsIn(
        "A potential future Syrian Army assault on the mountain town of Kabani might involve the Republican Guard.",
      ),
    ).toEqual([]);
  });

  it("extractRelations(article, mentions) still reads the owner of what a hostile act hit, past its adjectives", () => {
    expect(relationsIn("The Syrian Army shelled the positions of the rebel Ahrar al-Sham near Idlib.")).toEqual([
      "clash ahrar-al-sham syrian-government",
    ]);
  });
});
