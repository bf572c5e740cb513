import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

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
