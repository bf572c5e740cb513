import { describe, expect, it } from "vitest";
import { LAST_WIKIPEDIA_SET, loadGoldRelationsWikipediaSet } from "../../lib/eval/relations.ts";

describe("LAST_WIKIPEDIA_SET", () => {
  it("LAST_WIKIPEDIA_SET names the highest numbered Wikipedia passage gold file, so eval and calibration read them all", () => {
    const numbers = [...Deno.readDirSync(new URL("../../data/gold/", import.meta.url))]
      .map((entry) => entry.name.match(/^relations-wikipedia-blind-(\d+)\.json$/)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(Math.max(...numbers)).toBe(LAST_WIKIPEDIA_SET);
  });

  it("loadGoldRelationsWikipediaSet(LAST_WIKIPEDIA_SET) reads a validated set with passages", async () => {
    const set = await loadGoldRelationsWikipediaSet(LAST_WIKIPEDIA_SET);
    expect(set.passages.length).toBeGreaterThan(0);
  });
});
