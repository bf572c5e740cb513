/**
 * An open-addressed table of entry numbers (what `TextKeyIndex` and `IdIndex` look their keys up by), split by the
 * top 8 bits of a 32-bit hash into 256 parts that each grow on their own by half when 85% full: the table stays
 * 57–85% full (4 bytes a slot), and growing it builds one part of 1/256 anew, never the whole table twice over. Linear
 * probing within a part; a part's size need not be a power of two (its slot is the hash's low 24 bits scaled to it).
 */
export class EntryTable {
  /** Entry + 1 per slot (0: empty). */
  #parts: Uint32Array[] = Array.from({ length: PARTS }, () => new Uint32Array(MIN_PART));
  #counts = new Uint32Array(PARTS);
  /** The hash an entry was added under (for moving it when its part grows). */
  #hashOf: (entry: number) => number;

  constructor(hashOf: (entry: number) => number) {
    this.#hashOf = hashOf;
  }

  /** The first entry added under `hash` for which `same` holds, or -1. */
  find(hash: number, same: (entry: number) => boolean): number {
    const part = this.#parts[hash >>> 24];
    const size = part.length;
    for (let slot = home(hash, size), probes = 0; probes < size; probes++) {
      const value = part[slot];
      if (value === 0) return -1;
      if (same(value - 1)) return value - 1;
      if (++slot === size) slot = 0;
    }
    return -1;
  }

  /** Adds `entry` under `hash` (after `find` said no entry of the same key is there). */
  add(hash: number, entry: number): void {
    const p = hash >>> 24;
    if (this.#counts[p] + 1 > LOAD * this.#parts[p].length) this.#grow(p);
    this.#counts[p]++;
    place(this.#parts[p], hash, entry);
  }

  /** Slots of the whole table (for tests and memory figures: 4 bytes each). */
  get slots(): number {
    return this.#parts.reduce((sum, part) => sum + part.length, 0);
  }

  #grow(p: number): void {
    const old = this.#parts[p];
    const part = new Uint32Array(Math.ceil(old.length * 1.5));
    for (const value of old) if (value !== 0) place(part, this.#hashOf(value - 1), value - 1);
    this.#parts[p] = part;
  }
}

const PARTS = 256;
const MIN_PART = 8;
const LOAD = 0.85;

/** The first slot of `hash` in a part of `size` slots: its low 24 bits scaled to the size. */
function home(hash: number, size: number): number {
  return Math.floor(((hash & 0xffffff) * size) / 0x1000000);
}

function place(part: Uint32Array, hash: number, entry: number): void {
  const size = part.length;
  let slot = home(hash, size);
  while (part[slot] !== 0) if (++slot === size) slot = 0;
  part[slot] = entry + 1;
}
