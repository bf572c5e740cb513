import { describe, expect, it } from "vitest";
import { compileNameMatcher, type MatcherLexicon } from "../../lib/extract/mentions/mod.ts";
import type { TrieNode } from "../../lib/extract/mentions/trie.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { gazetteer, pairs } from "./fixture.ts";

/** Every node of the trie under `root`. */
function nodesOf(root: TrieNode): TrieNode[] {
  const found: TrieNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    found.push(node);
    stack.push(...node.next.values());
  }
  return found;
}

describe("compileNameMatcher(gazetteer, lexicon): a compact trie (issue 14, memory per worker)", () => {
  const lexicon: MatcherLexicon = defaultReference().lexicon;
  const nodes = nodesOf(compileNameMatcher(gazetteer, lexicon).root);

  it("gives the leaves one shared empty map of children, not a map each", () => {
    const leaves = nodes.filter((node) => node.next.size === 0);
    expect(leaves.length).toBeGreaterThan(nodes.length / 2);
    expect(new Set(leaves.map((node) => node.next)).size).toBe(1);
  });

  it("shares one empty list among the nodes without names or descriptors, and it cannot grow", () => {
    const empty = nodes.flatMap((node) => [node.names, node.descriptors]).filter((list) => list.length === 0);
    expect(new Set(empty).size).toBe(1);
    expect(Object.isFrozen(empty[0])).toBe(true);
  });

  it("reads the same names after compaction: a leaf, an inner node and a demonym phrase", () => {
    expect(pairs("The Nusra Front and Turkish forces shelled Ahrar al-Sham positions.", "2015-01-01")).toEqual([
      "Nusra Front→jabhat-al-nusra",
      "Turkish forces→turkey",
      "Ahrar al-Sham→ahrar-al-sham",
    ]);
  });
});
