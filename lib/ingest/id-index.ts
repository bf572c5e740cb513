import { U32Column, U8Column } from "./columns.ts";
import { EntryTable } from "./entry-table.ts";

/** A 32-bit hash of bytes (FNV-1a, then mixed). */
export function bytesHash(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * The ids of a run, one per article in the order they came, each stored once as its UTF-8 bytes in one column grown
 * in place (an id of 16 ASCII characters costs 16 bytes, 4 for where it ends and about 5 of table, where a string in a
 * `Set` and an array cost about 60), with an `EntryTable` that answers "is this id taken?" exactly: ids whose hashes
 * collide are told apart by their bytes. The same id may be pushed twice (`at` gives each article's); the table
 * points at its first.
 */
export class IdIndex {
  #bytes: U8Column;
  #used = 0;
  /** Where id `n` ends in `#bytes` (it starts where id `n - 1` ends). */
  #ends: U32Column;
  #table = new EntryTable((entry) => this.#hashAt(entry));
  #size = 0;
  #hash: ((id: string) => number) | undefined;
  #encoder = new TextEncoder();
  #decoder = new TextDecoder();
  #scratch = new Uint8Array(256);

  /** `hash` is for tests that force collisions (by default ids are hashed by their bytes). */
  constructor({ capacity = 1024, hash }: { capacity?: number; hash?: (id: string) => number } = {}) {
    this.#ends = new U32Column(Math.max(4, capacity));
    this.#bytes = new U8Column(16 * Math.max(4, capacity));
    this.#hash = hash;
  }

  /** Ids pushed so far (an id pushed twice counts twice). */
  get size(): number {
    return this.#size;
  }

  /** Bytes the index holds (the ids, where each ends, the table's slots). */
  get bytes(): number {
    return this.#used + 4 * this.#size + 4 * this.#table.slots;
  }

  /** Whether `id` was pushed. */
  has(id: string): boolean {
    const length = this.#encode(id);
    return this.#find(this.#scratchHash(id, length), length) !== -1;
  }

  /** Appends `id` as the next article's and returns its number. */
  push(id: string): number {
    const length = this.#encode(id);
    const hash = this.#scratchHash(id, length);
    const known = this.#find(hash, length) !== -1;
    const entry = this.#size++;
    if (this.#used + length > 0xffffffff) throw new Error("IdIndex: more than 4 GB of ids");
    this.#ends.ensure(this.#size);
    this.#bytes.ensure(this.#used + length);
    this.#bytes.values.set(this.#scratch.subarray(0, length), this.#used);
    this.#used += length;
    this.#ends.values[entry] = this.#used;
    if (!known) this.#table.add(hash, entry);
    return entry;
  }

  /** Id number `entry`, as pushed. */
  at(entry: number): string {
    if (entry < 0 || entry >= this.#size) throw new RangeError(`IdIndex: no id ${entry}`);
    return this.#decode(this.#start(entry), this.#ends.values[entry]);
  }

  #decode(start: number, end: number): string {
    const bytes = this.#bytes.values.subarray(start, end);
    if (bytes[0] !== 0xff) return this.#decoder.decode(bytes);
    let id = "";
    for (let i = 1; i < bytes.length; i += 2) id += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    return id;
  }

  #start(entry: number): number {
    return entry === 0 ? 0 : this.#ends.values[entry - 1];
  }

  /** The hash of the id now in the scratch buffer (`id` itself, for a test's own hash). */
  #scratchHash(id: string, length: number): number {
    return this.#hash ? this.#hash(id) >>> 0 : bytesHash(this.#scratch, 0, length);
  }

  /** The hash id number `entry` was added under. */
  #hashAt(entry: number): number {
    const [start, end] = [this.#start(entry), this.#ends.values[entry]];
    return this.#hash ? this.#hash(this.#decode(start, end)) >>> 0 : bytesHash(this.#bytes.values, start, end);
  }

  /**
   * Encodes `id` into the scratch buffer (grown as needed) and returns its length in bytes: UTF-8, or, for an id with
   * a lone surrogate (which UTF-8 cannot hold apart from U+FFFD), 0xFF (never a UTF-8 byte) and its UTF-16 code units.
   */
  #encode(id: string): number {
    if (3 * id.length + 1 > this.#scratch.length) this.#scratch = new Uint8Array(3 * id.length + 1);
    if (id.isWellFormed()) return this.#encoder.encodeInto(id, this.#scratch).written;
    this.#scratch[0] = 0xff;
    for (let i = 0; i < id.length; i++) {
      const unit = id.charCodeAt(i);
      this.#scratch[1 + 2 * i] = unit & 0xff;
      this.#scratch[2 + 2 * i] = unit >>> 8;
    }
    return 1 + 2 * id.length;
  }

  /** The first entry holding the id now in the scratch buffer, or -1. */
  #find(hash: number, length: number): number {
    const bytes = this.#bytes.values;
    const ends = this.#ends.values;
    const scratch = this.#scratch;
    return this.#table.find(hash, (entry) => {
      const start = entry === 0 ? 0 : ends[entry - 1];
      if (ends[entry] - start !== length) return false;
      for (let i = 0; i < length; i++) if (bytes[start + i] !== scratch[i]) return false;
      return true;
    });
  }
}
