import { type WordSieve, wordSieve } from "../figures/word-sieve.ts";

/** The sieves built so far, one per set or map: lexicon lists and the matcher's maps live as long as the reference. */
const sieves = new WeakMap<ReadonlySet<string> | ReadonlyMap<string, unknown>, WordSieve>();

/**
 * The word sieve of a set's words or a map's keys (`wordSieve`), built the first time it is asked and kept: false only
 * for a word the set does not hold, so the scans ask it before the set at every token (most tokens are no demonym, no
 * acronym, no name's first word). The set must not change after its sieve is built.
 */
export function keySieve(words: ReadonlySet<string> | ReadonlyMap<string, unknown>): WordSieve {
  let sieve = sieves.get(words);
  if (!sieve) sieves.set(words, sieve = wordSieve(words.keys()));
  return sieve;
}
