/**
 * A test of whether a word may be one of a list, told by its length and its first and last characters (a table built
 * once): most words of a sentence are told apart without hashing them for a set. A word is hashed the first time a
 * set or map is asked for it (the tokens of a sentence are new strings), which costs more than the lookup itself, and
 * the tokens of every sentence that may hold a figure are asked at every word. A word the table does not cover (empty,
 * of 32 characters or more, or opening with a character past ASCII) may be any.
 */
export type WordSieve = (word: string) => boolean;

/** The longest word the table covers, plus one. */
const LENGTHS = 32;

/** The bit of a word's last character: one per letter a-z, one for any other character. */
const lastCharacterBit = (code: number) => code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 26;

/** The sieve of `words`: false only for a word none of them is. */
export function wordSieve(words: Iterable<string>): WordSieve {
  const table = new Uint32Array(LENGTHS * 128);
  for (const word of words) {
    const first = word.charCodeAt(0);
    if (word.length < LENGTHS && first < 128) {
      table[word.length * 128 + first] |= lastCharacterBit(word.charCodeAt(word.length - 1));
    }
  }
  return (word) => {
    const length = word.length;
    const first = word.charCodeAt(0);
    if (length === 0 || length >= LENGTHS || first >= 128) return true;
    return (table[length * 128 + first] & lastCharacterBit(word.charCodeAt(length - 1))) !== 0;
  };
}
