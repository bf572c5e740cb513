import { describe, expect, it } from "vitest";
import { fuzzyChild, withinOneEdit } from "../../lib/extract/mentions/fuzzy-child.ts";
import type { TrieNode } from "../../lib/extract/mentions/trie.ts";

const node = (depth: number): TrieNode => ({ next: new Map(), names: [], descriptors: [], depth });

/** The first key of the map within one edit, as a scan of the whole map in its order finds it. */
const firstWithinOneEdit = (next: Map<string, TrieNode>, key: string) =>
  [...next].find(([written]) => written.length >= 5 && withinOneEdit(written, key))?.[1];

describe("withinOneEdit(a, b)", () => {
  it("withinOneEdit(a, b) holds for one substitution, insertion or deletion, anywhere in the word", () => {
    for (
      const [a, b] of [["nusra", "nusrah"], ["nusra", "usra"], ["nusra", "nosra"], ["nusra", "nusr"], ["ab", "ab"]]
    ) {
      expect(withinOneEdit(a, b), `${a} ${b}`).toBe(true);
      expect(withinOneEdit(b, a), `${b} ${a}`).toBe(true);
    }
    for (const [a, b] of [["nusra", "nosrah"], ["nusra", "nusrahh"], ["nusra", "unsra"], ["front", "fornt"]]) {
      expect(withinOneEdit(a, b), `${a} ${b}`).toBe(false);
    }
  });
});

describe("fuzzyChild(next, key)", () => {
  it("fuzzyChild(next, key) is the first child in the map's order within one edit, among keys of five letters or more", () => {
    const next = new Map<string, TrieNode>();
    for (const key of ["front", "army", "fronts", "frond", "brigade", "brigades", "islam"]) next.set(key, node(1));
    for (const key of ["fron", "frontt", "fronds", "brigad", "brigadess", "isla", "islamm", "army", "armys", "xxxxx"]) {
      expect(fuzzyChild(next, key), key).toBe(firstWithinOneEdit(next, key));
    }
    expect(fuzzyChild(next, "frontt")).toBe(next.get("front"));
    expect(fuzzyChild(next, "fronds")).toBe(next.get("fronts"));
    expect(fuzzyChild(next, "brigadess")).toBe(next.get("brigades"));
    expect(fuzzyChild(next, "armys")).toBeUndefined();
  });
});
