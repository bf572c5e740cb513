import type { TrieNode } from "./trie.ts";

/** The shortest word a typo is tolerated in, on both sides: the text's word and the name's. */
export const FUZZY_MIN_LENGTH = 5;

/** A node's children whose keys have one length: the keys, the children, and their places in the node's map. */
type SameLength = { keys: string[]; nodes: TrieNode[]; places: number[] };

/** A node's children a misspelt word may reach (keys of `FUZZY_MIN_LENGTH` or more), by the length of their keys. */
type FuzzyChildren = (SameLength | undefined)[];

/** Each node's fuzzy children, listed the first time a misspelt word is read there (the trie does not change). */
const listed = new WeakMap<Map<string, TrieNode>, FuzzyChildren>();

function fuzzyChildrenOf(next: Map<string, TrieNode>): FuzzyChildren {
  let children = listed.get(next);
  if (children) return children;
  children = [];
  let place = 0;
  for (const [key, node] of next) {
    if (key.length >= FUZZY_MIN_LENGTH) {
      const same = children[key.length] ??= { keys: [], nodes: [], places: [] };
      same.keys.push(key);
      same.nodes.push(node);
      same.places.push(place);
    }
    place++;
  }
  listed.set(next, children);
  return children;
}

/** Whether `a` from `from` and `b` from `bFrom` to their ends are the same characters (the two rests are as long). */
function sameRest(a: string, from: number, b: string, bFrom: number): boolean {
  for (let i = from, j = bFrom; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** At most one edit (insert, delete, substitute) apart: the typo tolerance for long names. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) return sameRest(a, i + 1, b, i + 1);
  return a.length > b.length ? sameRest(a, i + 1, b, i) : sameRest(a, i, b, i + 1);
}

/**
 * The first child of `next` (in the map's order) whose key, of `FUZZY_MIN_LENGTH` characters or more, is within one
 * edit of `key`: a name's word misspelt once ("Nusrah Front" for "Nusra Front"). Only the keys one character shorter,
 * as long or one longer are read.
 */
export function fuzzyChild(next: Map<string, TrieNode>, key: string): TrieNode | undefined {
  const children = fuzzyChildrenOf(next);
  let found: TrieNode | undefined;
  let foundPlace = Infinity;
  for (let length = key.length - 1; length <= key.length + 1; length++) {
    const same = children[length];
    if (same === undefined) continue;
    for (let i = 0; i < same.keys.length && same.places[i] < foundPlace; i++) {
      if (withinOneEdit(same.keys[i], key)) {
        found = same.nodes[i];
        foundPlace = same.places[i];
        break;
      }
    }
  }
  return found;
}
