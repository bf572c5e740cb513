/** How many distinct values a `SharedValues` keeps before it starts afresh (a bound on a corpus of odd values). */
const MOST_KEPT = 100_000;

/**
 * One copy of each equal value read back from set-aside lines: a crowded day of a synthetic corpus holds some 75,000
 * reports at once, and each parsed line gives its own copy of the same place, figure, means and actors (about 540
 * bytes a report, against some 40 shared). Values handed out are shared, so whoever holds them must never change them.
 */
export class SharedValues {
  #values = new Map<string, unknown>();

  /** The first value seen equal to `value` (compared as JSON). Null and undefined come back as they are. */
  share<T>(value: T): T {
    if (value === null || value === undefined) return value;
    const key = typeof value === "string" ? `"${value}` : JSON.stringify(value);
    const kept = this.#values.get(key);
    if (kept !== undefined) return kept as T;
    if (this.#values.size >= MOST_KEPT) this.#values.clear();
    this.#values.set(key, value);
    return value;
  }
}
