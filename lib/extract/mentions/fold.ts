import type { TransliterationLexicon } from "../../records/mod.ts";
import { arabicNameWords } from "../../reference/arabic-name-words.ts";
import { foldAscii } from "./fold-ascii.ts";
import { isWhiteSpace } from "../../ingest/words.ts";

/** One word of a text, with the comparison key group names are matched on and offsets back into the text. */
export type NameToken = {
  /** Offset of the word's first character. */
  start: number;
  /** Offset after the word, without a possessive "'s". */
  end: number;
  /** Offset after the word including a possessive, so a gap is measured from here. */
  wordEnd: number;
  /** The word as written, possessive removed (acronyms are matched on this, case-sensitively). */
  raw: string;
  /** The word as written in lower case (`raw.toLowerCase()`, worked out once per word): what word lists are asked. */
  lower: string;
  /** Canonical form: lower case, no diacritics or ʿayn/hamza marks, transliteration variants folded. */
  key: string;
  /** Key of the word without a final "s": FA-KES strips apostrophes, so "Nusra's" arrives as "Nusras". */
  keyWithoutS: string | null;
  /** A hyphen follows directly ("ash-Sham"): assimilated articles only count when attached. */
  hyphenAfter: boolean;
};

/** Apostrophe-like marks: typed quotes plus the letters used for ʿayn and hamza (Hay'at, Hay’at, Hayʾat, Daʿish). */
const APOSTROPHES = /['’‘ʼʾʿ`´′]/g;
/** Apostrophe-like marks that join two runs of letters into one word ("Hay'at"), as character codes. */
const JOINERS = new Set([...APOSTROPHES.source.slice(1, -1)].map((mark) => mark.charCodeAt(0)));
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;
/** Whether each character of the Basic Multilingual Plane is a letter, number or mark: 0 not yet known, 1 yes, 2 no. */
const wordCharacters = new Uint8Array(0x10000);
// (ASCII is known from the start: digits and letters are word characters, the rest is not)
for (let code = 0; code < 0x80; code++) {
  const word = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  wordCharacters[code] = word ? 1 : 2;
}
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * How many code units the letter, number or mark (`[\p{L}\p{N}\p{M}]`) at `at` takes: 1, 2 past the Basic
 * Multilingual Plane, 0 when the character is none. Each character of the plane is asked the expression once.
 */
function wordCharacterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (!isHighSurrogate(code)) {
    let known = wordCharacters[code];
    if (known === 0) wordCharacters[code] = known = WORD_CHARACTER.test(String.fromCharCode(code)) ? 1 : 2;
    return known === 1 ? 1 : 0;
  }
  const point = text.codePointAt(at)!;
  return point >= 0x10000 && WORD_CHARACTER.test(String.fromCodePoint(point)) ? 2 : 0;
}

/** Offset after the run of letters, numbers and marks that starts at `at` (or `at` itself, when none does). */
function skipWordCharacters(text: string, at: number): number {
  for (let width; at < text.length && (width = wordCharacterWidth(text, at)) !== 0;) at += width;
  return at;
}

/**
 * Offset after the word that starts at `start` (a letter, number or mark): the words of a text are runs of letters,
 * numbers and marks joined by apostrophe-like marks, with a closing apostrophe
 * (`/[\p{L}\p{N}\p{M}]+(?:['’‘ʼʾʿ`´′][\p{L}\p{N}\p{M}]+)*['’]?/gu`), read character by character since this runs at
 * every word of every article.
 */
function wordEndFrom(text: string, start: number): number {
  let at = skipWordCharacters(text, start);
  while (at + 1 < text.length && JOINERS.has(text.charCodeAt(at)) && wordCharacterWidth(text, at + 1) !== 0) {
    at = skipWordCharacters(text, at + 1);
  }
  const closing = text.charCodeAt(at);
  return closing === 0x27 || closing === 0x2019 ? at + 1 : at;
}

/** A mark of a possessive "'s" ("Nusra's", "Nusra’s", "Nusraʼs", and a prime typed for one: "Nusra′s", round 67),
 * compared as character codes (asked at every word: no set is hashed). */
const isPossessiveMark = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x2032;
/** A hyphen that attaches an assimilated article ("ash-Sham"): "-", "‐" or "‑", as character codes. */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;
const HYPHEN_AFTER = { hyphenAfter: true };
const NO_HYPHEN_AFTER = { hyphenAfter: false };
const isLetterS = (code: number) => code === 0x73 || code === 0x53;

/** Canonical comparison keys of words, compiled once from the transliteration lexicon. */
export type Folding = {
  /** The comparison key of one word (the Arabic article comes out as "al"). */
  canonicalWord: (word: string, options?: { hyphenAfter?: boolean }) => string;
};

/** Lower case, strip diacritics and apostrophe-like marks, then fold vowel spellings and doubled letters. */
function fold(word: string): string {
  // (a word of ASCII only, most of them, is read over its character codes: fold-ascii.ts)
  const ascii = foldAscii(word);
  if (ascii !== null) return ascii;
  let s = word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(APOSTROPHES, "");
  s = s.replace(/ee/g, "i").replace(/oo/g, "u").replace(/ou/g, "u").replace(/ay/g, "ai");
  s = s.replace(/(.)\1+/g, "$1");
  // A final h after a vowel is a transliteration habit (Nusrah, Shamiyah), not a sound the names need.
  if (s.length > 3) s = s.replace(/([aeiu])h$/, "$1");
  return s;
}

const compiled = new WeakMap<TransliterationLexicon, Folding>();
const FOLD_CACHE_SIZE = 50_000;

/**
 * The folding of `lexicon`: spellings of one transliterated word share the key of the first; "al", "el", "ash" ...
 * are the article wherever they stand, assimilated forms ("as", "ad") only when hyphen-attached ("as-Sham").
 */
export function compileFolding(lexicon: TransliterationLexicon): Folding {
  let folding = compiled.get(lexicon);
  if (folding) return folding;
  // (the lexicon's article sets as every stage asks them: lib/reference/arabic-name-words.ts)
  const { articles, attached } = arabicNameWords(lexicon);
  const variantKeys = new Map(
    lexicon.variants.words.flatMap((spellings) => spellings.map((spelling) => [fold(spelling), fold(spellings[0])])),
  );
  // Words repeat across a corpus: each word's key is worked out once (per worker), in caches emptied when they grow
  // large; a word with a hyphen after it has its own, since an attached article reads differently.
  const keys = new Map<string, string>();
  const keysBeforeHyphen = new Map<string, string>();
  folding = {
    canonicalWord(word, { hyphenAfter = false } = {}) {
      const cache = hyphenAfter ? keysBeforeHyphen : keys;
      let key = cache.get(word);
      if (key === undefined) {
        if (cache.size >= FOLD_CACHE_SIZE) cache.clear();
        const folded = fold(word);
        key = articles.has(folded) || (hyphenAfter && attached.has(folded)) ? "al" : variantKeys.get(folded) ?? folded;
        cache.set(word, key);
      }
      return key;
    },
  };
  compiled.set(lexicon, folding);
  return folding;
}

/**
 * A word seen before and its keys, each worked out when first asked (null until then). A class with every field set
 * in its constructor, so all known words share one shape: as optional fields added by `??=` in whatever order a
 * text asked them, the words took several shapes and every read of them in `nameTokens` was polymorphic.
 */
class KnownWord {
  lower: string | null = null;
  key: string | null = null;
  keyBeforeHyphen: string | null = null;
  keyWithoutS: string | null = null;
  constructor(readonly word: string) {}
}

/** Slots of the table of known words (a power of two) and how many words it holds before it starts again. */
const KNOWN_SLOTS = 1 << 17;
const KNOWN_WORDS_KEPT = 50_000;

/**
 * The words a folding has keyed, found by the characters of the text they stand in (a hash of the characters, then
 * the characters compared): a word seen before is neither cut out of the text nor hashed again as a string, and its
 * keys are not looked up again. Open addressing in a typed array; emptied when it holds `KNOWN_WORDS_KEPT` words.
 */
class KnownWords {
  private slots = new Int32Array(KNOWN_SLOTS);
  private words: KnownWord[] = [];

  /** The word `text` holds from `start` to `end`, cut out of the text only the first time. */
  at(text: string, start: number, end: number): KnownWord {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = KNOWN_SLOTS - 1;
    for (let slot = hash & mask;; slot = (slot + 1) & mask) {
      const index = this.slots[slot];
      if (index === 0) {
        if (this.words.length >= KNOWN_WORDS_KEPT) {
          this.slots.fill(0);
          this.words = [];
          return this.at(text, start, end);
        }
        const known = new KnownWord(text.slice(start, end));
        this.words.push(known);
        this.slots[slot] = this.words.length;
        return known;
      }
      const known = this.words[index - 1];
      if (sameCharacters(known.word, text, start, end)) return known;
    }
  }
}

/** Whether `word` is the characters of `text` from `start` to `end`. */
function sameCharacters(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const knownWords = new WeakMap<Folding, KnownWords>();

/**
 * Splits `text` into words with their comparison keys, in one pass: each word is found and keyed where it stands, with
 * no list of word offsets made first.
 */
export function nameTokens(text: string, folding: Folding): NameToken[] {
  const { canonicalWord } = folding;
  let known = knownWords.get(folding);
  if (!known) knownWords.set(folding, known = new KnownWords());
  const tokens: NameToken[] = [];
  for (let at = 0; at < text.length;) {
    if (wordCharacterWidth(text, at) === 0) {
      at += isHighSurrogate(text.charCodeAt(at)) && text.codePointAt(at)! >= 0x10000 ? 2 : 1;
      continue;
    }
    const start = at;
    const wordEnd = at = wordEndFrom(text, start);
    // Read by character codes, not expressions: this runs at every word of every article.
    const last = text.charCodeAt(wordEnd - 1);
    let end = wordEnd;
    if (isLetterS(last) && wordEnd - 2 > start - 1 && isPossessiveMark(text.charCodeAt(wordEnd - 2))) {
      end = wordEnd - 2;
    } else if (last === 0x27 || last === 0x2019) end = wordEnd - 1;
    if (end === start) continue;
    const entry = known.at(text, start, end);
    const word = entry.word;
    const hyphenAfter = isHyphen(text.charCodeAt(wordEnd));
    const key = hyphenAfter
      ? entry.keyBeforeHyphen ??= canonicalWord(word, HYPHEN_AFTER)
      : entry.key ??= canonicalWord(word, NO_HYPHEN_AFTER);
    let keyWithoutS: string | null = null;
    if (word.length >= 5 && isLetterS(word.charCodeAt(word.length - 1))) {
      keyWithoutS = entry.keyWithoutS ??= canonicalWord(word.slice(0, -1));
    }
    const lower = entry.lower ??= word.toLowerCase();
    tokens.push({ start, end, wordEnd, raw: word, lower, key, keyWithoutS, hyphenAfter });
  }
  return tokens;
}

/** Whether two words written with `gap` between them still read as one name ("al-Sham", "al Sham", "U.S.-led"). */
export function joinsName(gap: string, previous: NameToken): boolean {
  return joinsNameAt(gap, 0, gap.length, previous);
}

/**
 * `joinsName` of the gap `text` holds from `from` to `to`, read in place: the scan asks it at every word of a name it
 * follows, where cutting the gap out and testing it with `/^\s*[-‐‑‒–—]?\s*$/` cost a string and an expression each.
 */
export function joinsNameAt(text: string, from: number, to: number, previous: NameToken): boolean {
  if (to - from > 4) return false;
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === 0x0a && text.charCodeAt(i + 1) === 0x0a) return false;
  let at = from;
  if (previous.raw.length === 1 && at < to && text.charCodeAt(at) === 0x2e) at++;
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++;
  if (at < to && isDash(text.charCodeAt(at))) at++;
  while (at < to && isWhiteSpace(text.charCodeAt(at))) at++;
  return at >= to;
}

/** A hyphen or dash a name's words may be joined by: "-", "‐", "‑", "‒", "–", "—". */
const isDash = (code: number) => code === 0x2d || (code >= 0x2010 && code <= 0x2014);
