/** A 32-bit hash of a string (FNV-1a over its UTF-16 code units, then mixed). */
export function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * The ids of a run, one per article in the order they came, kept as UTF-8 bytes in one buffer (an id of 16 ASCII
 * characters costs 16 bytes and 8 of bookkeeping, where a string in a `Set` and an array costs about 60), with an
 * open-addressed table (linear probing, at most 70% full) that answers "is this id taken?" exactly: ids whose hashes
 * collide are told apart by their bytes. The same id may be pushed twice (`at` gives each article's); the table
 * points at its first.
 */
export class IdIndex {
  #bytes: Uint8Array;
  #used = 0;
  /** Where id `n` ends in `#bytes` (it starts where id `n - 1` ends). */
  #ends: Uint32Array;
  #hashes: Uint32Array;
  /** Id number + 1 per slot (0: empty); the length is a power of two. */
  #slots: Int32Array;
  #size = 0;
  /** Ids in the table (each distinct id once). */
  #indexed = 0;
  #hash: (id: string) => number;
  #encoder = new TextEncoder();
  #decoder = new TextDecoder();
  #scratch = new Uint8Array(256);

  /** `hash` is for tests that force collisions. */
  constructor({ capacity = 1024, hash = stringHash }: { capacity?: number; hash?: (id: string) => number } = {}) {
    this.#slots = new Int32Array(1 << Math.max(4, Math.ceil(Math.log2(capacity / 0.7))));
    this.#ends = new Uint32Array(Math.max(4, capacity));
    this.#hashes = new Uint32Array(Math.max(4, capacity));
    this.#bytes = new Uint8Array(16 * Math.max(4, capacity));
    this.#hash = hash;
  }

  /** Ids pushed so far (an id pushed twice counts twice). */
  get size(): number {
    return this.#size;
  }

  /** Whether `id` was pushed. */
  has(id: string): boolean {
    return this.#find(this.#hash(id) >>> 0, this.#encode(id)) !== -1;
  }

  /** Appends `id` as the next article's and returns its number. */
  push(id: string): number {
    const hash = this.#hash(id) >>> 0;
    const length = this.#encode(id);
    const known = this.#find(hash, length) !== -1;
    const entry = this.#size++;
    if (this.#size > this.#ends.length) {
      const capacity = Math.ceil(this.#size * 1.5);
      this.#ends = grown(this.#ends, capacity);
      this.#hashes = grown(this.#hashes, capacity);
    }
    if (this.#used + length > this.#bytes.length) {
      this.#bytes = grown(this.#bytes, Math.ceil((this.#used + length) * 1.5));
    }
    this.#bytes.set(this.#scratch.subarray(0, length), this.#used);
    this.#used += length;
    if (this.#used > 0xffffffff) throw new Error("IdIndex: more than 4 GB of ids");
    this.#ends[entry] = this.#used;
    this.#hashes[entry] = hash;
    if (known) return entry;
    const indexed = this.#indexed + 1;
    if (indexed > 0.7 * this.#slots.length) this.#rehash(this.#slots.length * 2);
    this.#place(entry);
    this.#indexed = indexed;
    return entry;
  }

  /** Id number `entry`, as pushed. */
  at(entry: number): string {
    if (entry < 0 || entry >= this.#size) throw new RangeError(`IdIndex: no id ${entry}`);
    const bytes = this.#bytes.subarray(this.#start(entry), this.#ends[entry]);
    if (bytes[0] !== 0xff) return this.#decoder.decode(bytes);
    let id = "";
    for (let i = 1; i < bytes.length; i += 2) id += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    return id;
  }

  #start(entry: number): number {
    return entry === 0 ? 0 : this.#ends[entry - 1];
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
    const mask = this.#slots.length - 1;
    for (let slot = hash & mask;; slot = (slot + 1) & mask) {
      const entry = this.#slots[slot] - 1;
      if (entry < 0) return -1;
      if (this.#hashes[entry] !== hash) continue;
      const start = this.#start(entry);
      if (this.#ends[entry] - start !== length) continue;
      let same = true;
      for (let i = 0; i < length && same; i++) same = this.#bytes[start + i] === this.#scratch[i];
      if (same) return entry;
    }
  }

  #place(entry: number): void {
    const mask = this.#slots.length - 1;
    let slot = this.#hashes[entry] & mask;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = entry + 1;
  }

  #rehash(length: number): void {
    const old = this.#slots;
    this.#slots = new Int32Array(length);
    for (const value of old) if (value !== 0) this.#place(value - 1);
  }
}

function grown<T extends Uint8Array | Uint32Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}
