import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

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
