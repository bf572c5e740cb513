import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a subject's 'of' phrase that runs to the end of the text", () => {
  it("extractRelations(article, mentions) reads a last sentence 'X of <Name>' with no full stop without throwing", () => {
    // (the words after "of" were read past the last token: the document was rejected as crashed; round 74)
    expect(relationsIn("Hezbollah fought the rebels. The Syrian Army of Bashar")).toEqual([]);
    expect(relationsIn("ISIS attacked Kobani. The YPG of Kobani")).toEqual([]);
  });
});
