/**
 * The 128-bit text keys of a run (`sha256Key`: 16 latin1 characters) in typed arrays, numbered in the order they were
 * added: 16 bytes a key, plus an open-addressed table of key numbers (linear probing, at most 70% full). A `Map` of
 * the same keys as strings costs about 100 bytes a key in the heap; this, about 24, outside it.
 */
export class TextKeyIndex {
  /** Four 32-bit words per key, key `n` at `4n`. */
  #words: Uint32Array;
  /** Key number + 1 per slot (0: empty); the length is a power of two. */
  #slots: Int32Array;
  #size = 0;

  constructor(capacity = 1024) {
    const slots = 1 << Math.max(4, Math.ceil(Math.log2(capacity / 0.7)));
    this.#slots = new Int32Array(slots);
    this.#words = new Uint32Array(4 * Math.max(4, capacity));
  }

  /** Keys added so far. */
  get size(): number {
    return this.#size;
  }

  /** The number of `key` (counted from 0 in the order keys were added), or -1. */
  find(key: string): number {
    const [a, b, c, d] = words(key);
    const mask = this.#slots.length - 1;
    for (let slot = mix(a, b, c, d) & mask;; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot] - 1;
      if (entry < 0) return -1;
      const at = 4 * entry;
      const w = this.#words;
      if (w[at] === a && w[at + 1] === b && w[at + 2] === c && w[at + 3] === d) return entry;
    }
  }

  /** Adds a key not added before (check with `find`) and returns its number. */
  add(key: string): number {
    const [a, b, c, d] = words(key);
    const entry = this.#size++;
    if (4 * this.#size > this.#words.length) {
      const words = new Uint32Array(4 * Math.ceil(this.#size * 1.5));
      words.set(this.#words);
      this.#words = words;
    }
    this.#words.set([a, b, c, d], 4 * entry);
    if (this.#size > 0.7 * this.#slots.length) this.#rehash(this.#slots.length * 2);
    else this.#place(entry);
    return entry;
  }

  #place(entry: number): void {
    const w = this.#words;
    const at = 4 * entry;
    const mask = this.#slots.length - 1;
    let slot = mix(w[at], w[at + 1], w[at + 2], w[at + 3]) & mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = entry + 1;
  }

  #rehash(length: number): void {
    this.#slots = new Int32Array(length);
    for (let entry = 0; entry < this.#size; entry++) this.#place(entry);
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
