import { describe, expect, it } from "vitest";
import { BLIND_LABELS, LAST_WIKIPEDIA_SET, loadGoldRelationsWikipediaSet } from "../../lib/eval/relations.ts";

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

  it("BLIND_LABELS labels every Wikipedia passage set from 20 to LAST_WIKIPEDIA_SET, so eval prints what each measures", () => {
    const missing = Array.from({ length: LAST_WIKIPEDIA_SET - 19 }, (_, i) => `wikipedia${20 + i}`)
      .filter((key) => !(key in BLIND_LABELS));
    expect(missing).toEqual([]);
  });
});
