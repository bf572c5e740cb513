import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// The reader skips an article whose sentences name fewer than two groups (twoPartiesPossible, issue 14): a relation
// joins two, and every party it finds is a named group, one nested in a name, or a country's name standing for its
// state. These pin the forms the skip must still read.
const NAMES: [string, string][] = [
  ["Russia", "russia"],
  ["Iran", "iran"],
  ["ISIS", "islamic-state"],
];

describe("extractRelations(article, mentions) on articles naming one group", () => {
  it("extractRelations(article, mentions) reads nothing where one group is named, however often", () => {
    expect(readerTriples("ISIS attacked the town. ISIS fighters then withdrew from it.", NAMES)).toEqual([]);
  });

  it("extractRelations(article, mentions) reads a country's name standing for its state beside the one named group", () => {
    expect(readerTriples("Syria and its ally Russia deny the attack.", NAMES)).toEqual([
      "ally russia syrian-government",
    ]);
    expect(readerTriples("Iran is Syria's closest ally.", NAMES)).toEqual(["ally iran syrian-government"]);
    expect(readerTriples("Iran is Syrias closest ally.", NAMES)).toEqual(["ally iran syrian-government"]);
  });
});
