import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const reference = defaultReference();
const groupsIn = (text: string, date: string) =>
  extractMentions(articleFromText("x", text, date), reference.gazetteer, reference.lexicon).map((m) =>
    `${m.surface}→${m.groupId}`
  );

describe("a state force's lower-case modifier before any armed force noun (compileNameMatcher)", () => {
  it("extractMentions(article) reads 'government artillery', 'regime drones', 'pro-Assad tanks' as the state force", () => {
    expect(groupsIn(
      "On 10 June 2020, government artillery shelled Iblin. Regime drones struck a car near Ariha, and pro-Assad " +
        "tanks advanced on Kafr Nabl.",
      "2020-06-10",
    )).toEqual([
      "government artillery→syrian-government",
      "Regime drones→syrian-government",
      "pro-Assad tanks→syrian-government",
    ]);
  });

  it("passes a dated descriptor's window on: 'government artillery' in a 2025 note is the transitional army", () => {
    expect(groupsIn("On 4 March 2025, government artillery shelled positions near Jableh.", "2025-03-04")).toEqual([
      "government artillery→syrian-army-transitional",
    ]);
  });

  it("adds no name for a modifier without a force noun or for organs: 'government officials', 'regime change'", () => {
    expect(groupsIn("On 3 May 2019, government officials met to discuss regime change.", "2019-05-03")).toEqual([]);
  });
});
