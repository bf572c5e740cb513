import { U32Column } from "./columns.ts";
import { EntryTable } from "./entry-table.ts";

/**
 * The 128-bit text keys of a run (`sha256Key`: 16 latin1 characters), numbered in the order they were added: 16 bytes
 * a key in a column grown in place, and an `EntryTable` of key numbers (57–85% full, 4 bytes a slot): about 21 bytes a
 * key in all, outside the V8 heap, where a `Map` of the same keys as strings costs about 100 in it. A key is found
 * only by all of its 128 bits: keys whose hashes collide are told apart.
 */
export class TextKeyIndex {
  /** Four 32-bit words per key, key `n` at `4n`. */
  #words: U32Column;
  #table = new EntryTable((entry) => this.#hashOf(entry));
  #size = 0;

  constructor(capacity = 1024) {
    this.#words = new U32Column(4 * Math.max(4, capacity));
  }

  /** Keys added so far. */
  get size(): number {
    return this.#size;
  }

  /** Bytes the index holds (the keys and the table's slots). */
  get bytes(): number {
    return 16 * this.#size + 4 * this.#table.slots;
  }

  /** The number of `key` (counted from 0 in the order keys were added), or -1. */
  find(key: string): number {
    const [a, b, c, d] = words(key);
    const w = this.#words.values;
    return this.#table.find(
      mix(a, b, c, d),
      (entry) => w[4 * entry] === a && w[4 * entry + 1] === b && w[4 * entry + 2] === c && w[4 * entry + 3] === d,
    );
  }

  /** Adds a key not added before (check with `find`) and returns its number. */
  add(key: string): number {
    const [a, b, c, d] = words(key);
    const entry = this.#size++;
    this.#words.ensure(4 * this.#size);
    this.#words.values.set([a, b, c, d], 4 * entry);
    this.#table.add(mix(a, b, c, d), entry);
    return entry;
  }

  #hashOf(entry: number): number {
    const w = this.#words.values;
    const at = 4 * entry;
    return mix(w[at], w[at + 1], w[at + 2], w[at + 3]);
  }
}

const scratch = new Uint32Array(4);

/** A 16-character latin1 key as four 32-bit words (in a shared scratch array: read before the next call). */
function words(key: string): Uint32Array {
  if (key.length !== 16) throw new Error(`TextKeyIndex: a key is 16 latin1 characters, not ${key.length}`);
  for (let i = 0; i < 4; i++) {
    let word = 0;
    for (let j = 0; j < 4; j++) {
      const code = key.charCodeAt(4 * i + j);
      if (code > 0xff) throw new Error("TextKeyIndex: a key is 16 latin1 characters (one byte each)");
      word |= code << (8 * j);
    }
    scratch[i] = word;
  }
  return scratch;
}

/** The slot hash of a key: its words mixed (keys are SHA-256 bits, but tests and callers may give any 16 bytes). */
function mix(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35) ^ Math.imul(d, 0x27d4eb2f), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
