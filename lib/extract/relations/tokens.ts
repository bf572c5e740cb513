import { DIGIT_FIRST, LETTER_FIRST, LY_ADVERB } from "./word-shapes.ts";
/**
 * One token of a sentence template: a word, a mark, or a group placeholder (`party`, written ⟦k⟧; `qualifier`,
 * written ⟪k⟫, for a name that qualifies the next one: "US-backed"). `key` is the lower-cased word without hyphens
 * ("counter-offensive" → counteroffensive), what lexicon phrases are compared with. `glued`: no space before it.
 * `opening`: the key's number among the words that open a lexicon phrase (see openingOf). Every token is made with all
 * six fields, `party` and `qualifier` undefined where they do not apply: objects of one shape keep the reader's
 * optimised code from being thrown away and compiled again (issue 14).
 */
export type Token = { text: string; key: string; glued: boolean; opening: number; party?: number; qualifier?: number };

/**
 * The first words of every lexicon phrase (of every PhraseIndex), numbered in the order they were first added. A token
 * carries its key's number, so a phrase index finds the phrases starting at a token by reading an array, not by looking
 * its key up again: the relation reader asks some twenty indexes about most tokens of a sentence.
 */
const OPENINGS = new Map<string, number>();

/**
 * The number of `key` among the phrase openings, or, when no phrase opens with it, -1 minus the count of openings
 * known now: a token made before an index added its key is then looked up again (see PhraseIndex's #listAt).
 */
function openingOf(key: string): number {
  return OPENINGS.get(key) ?? -1 - OPENINGS.size;
}

/** A token of `text` compared as `key`. */
function token(text: string, key: string, glued: boolean): Token {
  return newToken(text, key, glued, openingOf(key), undefined, undefined);
}

/** Every token is made here, with its six fields in this order: one shape (issue 14). */
function newToken(
  text: string,
  key: string,
  glued: boolean,
  opening: number,
  party: number | undefined,
  qualifier: number | undefined,
): Token {
  return { text, key, glued, opening, party, qualifier };
}

/**
 * The words tokenised lately, each with its key and opening number, found by the characters of the template they stand
 * in: most words of a sentence were seen in the sentences before, so a word is neither cut out of its template, nor
 * lowered, nor looked up among the openings again (a string `Map` would hash and compare every fresh slice: about half
 * the tokeniser's time). Open addressing over a power-of-two table, FNV-1a hashes of the UTF-16 units; emptied when
 * half full, so memory stays bounded whatever the corpus.
 */
class WordTable {
  // (Room for the 31,000 distinct words of the Wikipedia corpus before the table is emptied: FA-KES has 12,000.)
  static readonly SLOTS = 1 << 16;
  #entries: (WordEntry | undefined)[] = new Array(WordTable.SLOTS).fill(undefined);
  #size = 0;

  /** The token of `template`'s characters from `start` to `end`. */
  token(template: string, start: number, end: number, glued: boolean): Token {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ template.charCodeAt(i), 0x01000193);
    const mask = WordTable.SLOTS - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.#entries[slot];
      if (entry === undefined) break;
      if (entry.hash === hash && sameUnits(entry.text, template, start, end)) {
        if (entry.opening < 0 && entry.opening !== -1 - OPENINGS.size) {
          // An index added openings since: numbered again, as openingOf would number it now.
          entry.opening = openingOf(entry.key);
        }
        return newToken(entry.text, entry.key, glued, entry.opening, undefined, undefined);
      }
      slot = (slot + 1) & mask;
    }
    if (this.#size >= WordTable.SLOTS >> 1) {
      this.#entries.fill(undefined);
      this.#size = 0;
      slot = hash & mask;
    }
    const text = template.slice(start, end);
    const key = keyOf(text);
    const entry = { text, key, opening: openingOf(key), hash };
    this.#entries[slot] = entry;
    this.#size++;
    return newToken(text, key, glued, entry.opening, undefined, undefined);
  }
}

/** A word of the `WordTable`: its text, key, opening number and hash. */
type WordEntry = { text: string; key: string; opening: number; hash: number };

/** Whether `text` is `template`'s characters from `start` to `end`. */
function sameUnits(text: string, template: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== template.charCodeAt(start + i)) return false;
  return true;
}

const WORDS = new WordTable();

/** `token` compared as another key ("groups" read as "group"): a copy, numbered for its new key. */
export function withKey(token: Token, key: string): Token {
  return newToken(token.text, key, token.glued, openingOf(key), token.party, token.qualifier);
}

/**
 * What each UTF-16 unit of the Basic Multilingual Plane is to the tokeniser: 1 a letter or number (`[\p{L}\p{N}]`),
 * 2 white space (`\s`), 3 anything else; 0 not yet asked. Filled as characters are met, so a text costs one array
 * read a character, not a regular expression's match objects.
 */
const CHAR_CLASS = new Uint8Array(65_536);
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/;

function classOf(code: number): number {
  let known = CHAR_CLASS[code];
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
    CHAR_CLASS[code] = known;
  }
  return known;
}

/** Whether the code point at `at` is a letter or number (an astral one is read from its surrogate pair). */
function wordAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return classOf(code) === WORD;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** Code units of the code point at `at` (2 for a surrogate pair). */
function unitsAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
/** `\w` as `\b` reads it (ASCII letters, digits, underscore). */
const isAsciiWord = (code: number) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

/** End of a run of ASCII digits from `at`. */
function digitsEnd(text: string, at: number): number {
  while (isDigit(text.charCodeAt(at))) at++;
  return at;
}

/** End of a placeholder `open` digits `close` at `at`, or -1. */
function placeholderEnd(text: string, at: number, close: number): number {
  const digits = digitsEnd(text, at + 1);
  return digits > at + 1 && text.charCodeAt(digits) === close ? digits + 1 : -1;
}

/** End of a grouped number at `at` (`\d{1,3}(?:,\d{3})+(?!\d)`: "4,000", "1,250,000"), or -1. */
function groupedNumberEnd(text: string, at: number): number {
  const run = digitsEnd(text, at) - at;
  if (run < 1 || run > 3 || text.charCodeAt(at + run) !== 44) return -1;
  let end = -1;
  let i = at + run;
  // Each ",ddd" group; the match ends after the last group not followed by a digit.
  while (text.charCodeAt(i) === 44 && digitsEnd(text, i + 1) - (i + 1) >= 3) {
    i += 4;
    if (!isDigit(text.charCodeAt(i))) end = i;
  }
  return end;
}

/** End of a word at `at` (`[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`: "al-Sham", "doesn't"). */
function wordEnd(text: string, at: number): number {
  let i = at;
  for (;;) {
    while (i < text.length && wordAt(text, i)) i += unitsAt(text, i);
    const mark = text.charCodeAt(i);
    if ((mark === 39 || mark === 0x2019 || mark === 45) && i + 1 < text.length && wordAt(text, i + 1)) i++;
    else return i;
  }
}

/**
 * The end of the token starting at `at`, as the regular expression
 * `⟦(\d+)⟧|⟪(\d+)⟫|\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|'s\b|\S` (with the u flag) would
 * match there: a placeholder, a grouped number, a word, a possessive 's, or one other character.
 */
function tokenEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x27e6 || code === 0x27ea) {
    const end = placeholderEnd(text, at, code === 0x27e6 ? 0x27e7 : 0x27eb);
    if (end > 0) return end;
  }
  if (isDigit(code)) {
    const end = groupedNumberEnd(text, at);
    if (end > 0) return end;
  }
  if (wordAt(text, at)) return wordEnd(text, at);
  if (code === 39 && text.charCodeAt(at + 1) === 115 && !isAsciiWord(text.charCodeAt(at + 2))) return at + 2;
  return at + unitsAt(text, at);
}

/** Normalizes a word or a lexicon phrase word the way tokens are compared. */
export function keyOf(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(/-/g, "");
}

/** Tokens of a template string, in one left-to-right pass ("doesn't" gives does + n't; "4,000" is one number). */
export function tokenize(template: string, possessiveHeads?: Set<string>): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (let at = 0; at < template.length;) {
    const code = template.charCodeAt(at);
    if (classOf(code) === SPACE) {
      at++;
      continue;
    }
    const end = tokenEnd(template, at);
    const glued = at === last && at > 0;
    const start = at;
    at = last = end;
    const length = end - start;
    if (code === 0x27e6 && length > 2 && template.charCodeAt(end - 1) === 0x27e7) {
      const text = template.slice(start, end);
      tokens.push(newToken(text, "⟦⟧", glued, openingOf("⟦⟧"), Number(text.slice(1, -1)), undefined));
    } else if (code === 0x27ea && length > 2 && template.charCodeAt(end - 1) === 0x27eb) {
      const text = template.slice(start, end);
      tokens.push(newToken(text, "⟪⟫", glued, openingOf("⟪⟫"), undefined, Number(text.slice(1, -1))));
    } else if (length === 1 && code === 115 && glued && tokens.at(-1)?.party !== undefined) {
      // "Al-Qaedas Syria affiliate": wire copy strips the apostrophe of a possessive glued to a name.
      tokens.push(token("s", "'s", glued));
    } else if (
      length === 1 && (code === 39 || code === 0x2019) && glued && tokens.at(-1)?.party !== undefined &&
      !/^['’‘]$/.test(tokens.at(-2)?.text ?? "") && /^ [\p{L}⟦⟪]/u.test(template.slice(last, last + 2))
    ) {
      // "the Syrian Democratic Forces' Deir ez-Zor Military Council": a plural's possessive is its bare apostrophe
      // before a word (not a closing quote: no quote mark right before the name, no mark after it).
      tokens.push(token(template[start], "'s", glued));
    } else if (endsInNt(template, start, end)) {
      const word = template.slice(start, end - 3);
      tokens.push(token(word, keyOf(word), glued));
      tokens.push(token("n't", "n't", true));
    } else if (
      possessiveHeads !== undefined && template.charCodeAt(end - 1) === 115 && tokens.at(-1)?.key === "the" &&
      possessiveHead(template.slice(start, end), possessiveHeads)
    ) {
      // "the group's fighters", "the alliance's positions": a reference noun's possessive is a token of its own, as a
      // name's is, so the reference is read (issue 10, round 17); other words keep theirs ("the terrorist group's
      // Syrian wing" is read whole by the descriptor rule).
      const text = template.slice(start, end);
      tokens.push(token(text.slice(0, -2), keyOf(text.slice(0, -2)), glued));
      tokens.push(token(text.slice(-2), "'s", true));
    } else tokens.push(WORDS.token(template, start, end, glued));
  }
  return tokens;
}

/** Whether a word ends in n't after a word character ("doesn't", "DIDN'T"; `/\wn't$/i`), its last letter tested first. */
function endsInNt(template: string, start: number, end: number): boolean {
  const last = template.charCodeAt(end - 1);
  return (last === 116 || last === 84) && end - start >= 4 && template.charCodeAt(end - 2) === 39 &&
    (template.charCodeAt(end - 3) | 32) === 110 && isAsciiWord(template.charCodeAt(end - 4));
}

/** Whether `word` is a lower-case reference noun's possessive ("group's"; the noun one of `heads`). */
function possessiveHead(word: string, heads: Set<string>): boolean {
  return /^\p{Ll}[\p{L}\p{N}-]*['’]s$/u.test(word) && heads.has(keyOf(word.slice(0, -2)));
}

/** Words after which a past participle qualifies the noun that follows ("the alleged", "of suspected"). */
const ATTRIBUTIVE_BEFORE = new Set(["a", "an", "the", "of", "some", "several", "two", "three", "four", "five"]);
/** Words after a past participle that make it a verb ("suspected of", "alleged that", "claimed by"). */
const VERBAL_AFTER = new Set(["by", "that", "to", "of", "in", "on", "with", "as", "responsibility", "it", "they"]);

/**
 * Whether the word at `i` is a past participle used as an adjective: an -ed word (not a hyphenated compound) opening
 * the sentence or after a determiner, a number or "of" (an -ly adverb between), before a word or a party that is no
 * verb's complement
 * ("Suspected ISIS militants attacked ...", "the besieged garrison"; not "Backed by Y, ...", "accused of").
 */
export function attributiveParticiple(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token.key.endsWith("ed") || token.text.includes("-")) return false;
  // ("the heavily armed X", "the newly formed Y": an adverb in -ly may stand between the determiner and the participle;
  // round 71.)
  const adverb = i > 1 && LY_ADVERB.test(tokens[i - 1].text) && ATTRIBUTIVE_BEFORE.has(tokens[i - 2].key);
  const before = adverb ? tokens[i - 2] : tokenAt(tokens, i - 1);
  // ("an organised armed group": a participle after another attributive one is attributive too; round 85.)
  const chained = !adverb && i > 1 && before !== undefined && attributiveParticiple(tokens, i - 1);
  if (before && !ATTRIBUTIVE_BEFORE.has(before.key) && !DIGIT_FIRST.test(before.text) && !chained) return false;
  const next = tokenAt(tokens, i + 1);
  return next !== undefined && (next.party !== undefined || LETTER_FIRST.test(next.text)) &&
    !VERBAL_AFTER.has(next.key);
}

/**
 * The token at `i`, or undefined past either end: read only within the array, for an index past its end (or below 0)
 * makes V8 throw away code optimised for reads within it (issue 14).
 */
export function tokenAt(tokens: Token[], i: number): Token | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/** The tokens of names' surfaces, each read once (`surfaceTokens`); emptied when large, so memory stays bounded. */
const SURFACES = new Map<string, Token[]>();

/**
 * The tokens of a name's surface, as `tokenize` gives them, read once per surface: the rules ask about the names of
 * every sentence ("Division", "air support" at their ends) and tokenised them again each time (issue 14). The array
 * is shared by every caller: read, never changed.
 */
export function surfaceTokens(surface: string): Token[] {
  let tokens = SURFACES.get(surface);
  if (tokens === undefined) {
    if (SURFACES.size >= 10_000) SURFACES.clear();
    SURFACES.set(surface, tokens = tokenize(surface));
  }
  return tokens;
}

/** Lexicon phrases split into token keys once ("as well as" → [as, well, as]). */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

/** Whether the tokens at `at` spell `keys`. */
export function spells(tokens: Token[], at: number, keys: string[]): boolean {
  if (at < 0 || at + keys.length > tokens.length) return false;
  for (let i = 0; i < keys.length; i++) if (tokens[at + i].key !== keys[i]) return false;
  return true;
}

/**
 * What `PhraseIndex.at` gives where no phrase starts: one frozen empty list, not a new one at every token (most tokens
 * open none). Frozen, so a caller that tried to add to it would fail loudly.
 */
// deno-lint-ignore no-explicit-any
const NO_PHRASES: { length: number; value: any }[] = Object.freeze([]) as unknown as [];

/** Lists of phrases opening with one word longer than this are narrowed by the next word (`PhraseIndex`). */
const NARROWED_FROM = 8;

/** How many phrase indexes have been made: each has its number (see `PhraseIndex.opensIn`). */
let INDEXES = 0;
/** For each opening number, the numbers of the phrase indexes holding a phrase that opens with it. */
const INDEXES_OPENED_BY: (number[] | undefined)[] = [];
/** Counts the phrases added to any index: a token array's `opened` marks read before the last add are read again. */
let ADDED = 0;
/**
 * For the last token arrays asked about (a sentence view's), the indexes a phrase of which opens at one of their tokens
 * (`opensIn`): the rules ask about one sentence's views, then the next's. A few kept, not a WeakMap of every view: its
 * entries cost the collector more than the marks cost to read again.
 */
const OPENED_KEPT = 4;
const OPENED: { tokens: Token[] | null; added: number; marks: Int32Array }[] = Array.from(
  { length: OPENED_KEPT },
  () => ({ tokens: null, added: -1, marks: new Int32Array(0) }),
);
/** The `OPENED` entry written next. */
let openedNext = 0;
/** `INDEXES_OPENED_BY` as bits, `MASK_WORDS` 32-bit words an opening (index k: bit k % 32 of word k / 32). */
let MASKS = new Int32Array(0);
let MASK_WORDS = 0;
/** The `ADDED` count `MASKS` were made at. */
let MASKS_ADDED = -1;

/** `MASKS` made again if a phrase was added since they were made. */
function openingMasks(): void {
  if (MASKS_ADDED === ADDED) return;
  MASK_WORDS = (INDEXES + 31) >> 5;
  MASKS = new Int32Array(INDEXES_OPENED_BY.length * MASK_WORDS);
  INDEXES_OPENED_BY.forEach((indexes, opening) => {
    for (const index of indexes ?? []) MASKS[opening * MASK_WORDS + (index >> 5)] |= 1 << (index & 31);
  });
  MASKS_ADDED = ADDED;
}

/** A phrase of a `PhraseIndex`: its keys, its value, the words a gap allows before its last key (or undefined). */
type Phrase<T> = { keys: string[]; value: T; gap: number | undefined };

/**
 * A set of phrases indexed by first key, so finding every phrase in a sentence is one pass over its tokens (each
 * position compares only the phrases that start with its word).
 */
export class PhraseIndex<T> {
  /** This index's number among all indexes (`opensIn`). */
  readonly #number = INDEXES++;
  /** The phrases of each opening word, by the word's number (see OPENINGS). */
  #byOpening: (Phrase<T>[] | undefined)[] = [];
  /**
   * Which words may stand before the last word of a phrase added with a gap ("broke formal ties", "pledged its
   * allegiance"); none unless set.
   */
  gapWord: (tokens: Token[], i: number) => boolean = () => false;

  /**
   * Adds `phrase`; with `gap`, up to that many words `gapWord` accepts may stand before its last word (round 67: "cut
   * its ties with", "broke formal ties to", "declared all-out war on").
   */
  add(phrase: string, value: T, gap = 0): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    if (!OPENINGS.has(keys[0])) OPENINGS.set(keys[0], OPENINGS.size);
    const opening = OPENINGS.get(keys[0])!;
    ADDED++;
    if (opening >= this.#byOpening.length || this.#byOpening[opening] === undefined) {
      while (INDEXES_OPENED_BY.length <= opening) INDEXES_OPENED_BY.push(undefined);
      (INDEXES_OPENED_BY[opening] ??= []).push(this.#number);
    }
    const list = this.#byOpening[opening] ?? [];
    // (Every phrase with its three fields, `gap` undefined where none applies: one shape; issue 14.)
    const entry: Phrase<T> = { keys, value, gap: gap > 0 && keys.length > 1 ? gap : undefined };
    list.push(entry);
    // Longest first, so "break away" wins over "break".
    list.sort((a, b) => b.keys.length - a.keys.length);
    while (this.#byOpening.length < opening) this.#byOpening.push(undefined);
    this.#byOpening[opening] = list;
    this.#narrowings[opening] = undefined;
  }

  /**
   * A long list of phrases opening with one word ("the": some 230 references) narrowed to those the next token leaves
   * possible, in the list's order: one word, or the next token's key second, or a gap before the second and last key.
   * Every phrase the whole list would spell at a position is in its narrowed list, in the same order. (Issue 14: over
   * FA-KES, counting one lookup of each index at each token, "the" against every reference phrase was four fifths of
   * all phrase comparisons.)
   */
  #narrowings: ({ next: Map<string, Phrase<T>[]>; other: Phrase<T>[] } | undefined)[] = [];

  #narrowed(list: Phrase<T>[], tokens: Token[], at: number): Phrase<T>[] {
    if (list.length <= NARROWED_FROM) return list;
    const opening = tokens[at].opening;
    let narrowing = opening < this.#narrowings.length ? this.#narrowings[opening] : undefined;
    if (!narrowing) {
      const open = (p: Phrase<T>) => p.keys.length === 1 || (p.gap !== undefined && p.keys.length === 2);
      const next = new Map<string, Phrase<T>[]>();
      for (const p of list) {
        if (p.keys.length > 1 && !next.has(p.keys[1])) {
          next.set(p.keys[1], list.filter((q) => open(q) || q.keys[1] === p.keys[1]));
        }
      }
      narrowing = { next, other: list.filter(open) };
      while (this.#narrowings.length <= opening) this.#narrowings.push(undefined);
      this.#narrowings[opening] = narrowing;
    }
    const after = at + 1 < tokens.length ? tokens[at + 1].key : undefined;
    return (after !== undefined ? narrowing.next.get(after) : undefined) ?? narrowing.other;
  }

  /** The phrases opening with the token at `at` (none past either end). */
  #listAt(tokens: Token[], at: number): Phrase<T>[] | undefined {
    if (at < 0 || at >= tokens.length) return undefined;
    const token = tokens[at];
    // A token made before its key opened a phrase of some index is numbered now (openingOf).
    if (token.opening < 0 && -1 - token.opening !== OPENINGS.size) token.opening = openingOf(token.key);
    // (Read only below the index's length: other indexes number openings past its end.)
    const byOpening = this.#byOpening;
    return token.opening < 0 || token.opening >= byOpening.length ? undefined : byOpening[token.opening];
  }

  /**
   * Whether a phrase of this index may start at one of `tokens`: a token opens one of its lists. Where none does, every
   * lookup in `tokens` finds nothing, so a rule that only reads from this index's phrases has nothing to read. The
   * answer for every index is found in one pass over a token array the first time any index is asked about it (the
   * reader's rules each walked every sentence asking their own index about every token: issue 14).
   */
  opensIn(tokens: Token[]): boolean {
    let opened = OPENED.find((entry) => entry.tokens === tokens && entry.added === ADDED);
    if (opened === undefined) {
      openingMasks();
      opened = OPENED[openedNext];
      openedNext = (openedNext + 1) % OPENED_KEPT;
      if (opened.marks.length === MASK_WORDS) opened.marks.fill(0);
      else opened.marks = new Int32Array(MASK_WORDS);
      const marks = opened.marks;
      for (const token of tokens) {
        // (Numbered again where an index added its key since the token was made, as #listAt does.)
        if (token.opening < 0 && -1 - token.opening !== OPENINGS.size) token.opening = openingOf(token.key);
        const at = token.opening * MASK_WORDS;
        if (token.opening < 0 || at >= MASKS.length) continue;
        for (let word = 0; word < MASK_WORDS; word++) marks[word] |= MASKS[at + word];
      }
      opened.tokens = tokens;
      opened.added = ADDED;
    }
    // (An index made after the masks, with no phrase yet, falls past them: it opens nowhere.)
    const word = this.#number >> 5;
    return word < opened.marks.length && (opened.marks[word] & (1 << (this.#number & 31))) !== 0;
  }

  /** Phrases starting at `at`, longest first, with their length in tokens. */
  at(tokens: Token[], at: number): { length: number; value: T }[] {
    const list = this.#listAt(tokens, at);
    if (!list) return NO_PHRASES;
    let found: { length: number; value: T }[] | undefined;
    for (const p of this.#narrowed(list, tokens, at)) {
      if (spells(tokens, at, p.keys)) (found ??= []).push({ length: p.keys.length, value: p.value });
      else if (p.gap !== undefined) {
        const length = this.#gapped(tokens, at, p.keys, p.gap);
        if (length > 0) (found ??= []).push({ length, value: p.value });
      }
    }
    return found ?? NO_PHRASES;
  }

  /** The length in tokens of `keys` spelt at `at` with up to `gap` words before the last key, else 0. */
  #gapped(tokens: Token[], at: number, keys: string[], gap: number): number {
    const last = keys.length - 1;
    for (let i = 0; i < last; i++) if (tokenAt(tokens, at + i)?.key !== keys[i]) return 0;
    for (let k = at + last; k < at + last + gap && k < tokens.length; k++) {
      if (!this.gapWord(tokens, k)) return 0;
      if (tokenAt(tokens, k + 1)?.key === keys[last]) return k + 2 - at;
    }
    return 0;
  }

  /** The longest phrase starting at `at`, or null (the first of `at`'s, found without listing the others). */
  longest(tokens: Token[], at: number): { length: number; value: T } | null {
    return this.#first(tokens, at, 0);
  }

  /** The phrase ending at token `end` (exclusive), longest first; null when none does. */
  endingAt(tokens: Token[], end: number, maxLength = 4): { length: number; value: T } | null {
    for (let length = maxLength; length >= 1; length--) {
      const found = this.#first(tokens, end - length, length);
      if (found) return found;
    }
    return null;
  }

  /** The first phrase (longest first) starting at `at` and spelt there, of `length` tokens unless 0 (any). */
  #first(tokens: Token[], at: number, length: number): { length: number; value: T } | null {
    const list = this.#listAt(tokens, at);
    if (!list) return null;
    for (const p of this.#narrowed(list, tokens, at)) {
      if ((length === 0 || p.keys.length === length) && spells(tokens, at, p.keys)) {
        return { length: p.keys.length, value: p.value };
      }
      if (length === 0 && p.gap !== undefined) {
        const gapped = this.#gapped(tokens, at, p.keys, p.gap);
        if (gapped > 0) return { length: gapped, value: p.value };
      }
    }
    return null;
  }
}

/**
 * A set of verb phrases (light verbs) whose last word, used as an adjective, is no verb: "launched several coordinated
 * attacks", "the renewed offensive" (attributiveParticiple). Issue 10, round 26.
 */
export class VerbPhraseIndex extends PhraseIndex<true> {
  override at(tokens: Token[], at: number): { length: number; value: true }[] {
    return super.at(tokens, at).filter((p) => !attributiveParticiple(tokens, at + p.length - 1));
  }

  override longest(tokens: Token[], at: number): { length: number; value: true } | null {
    const found = super.longest(tokens, at);
    return found && !attributiveParticiple(tokens, at + found.length - 1) ? found : null;
  }

  override endingAt(tokens: Token[], end: number, maxLength = 4): { length: number; value: true } | null {
    if (end > 0 && end <= tokens.length && attributiveParticiple(tokens, end - 1)) return null;
    return super.endingAt(tokens, end, maxLength);
  }
}
