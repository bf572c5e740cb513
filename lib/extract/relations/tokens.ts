/**
 * One token of a sentence template: a word, a mark, or a group placeholder (`party`, written ⟦k⟧; `qualifier`,
 * written ⟪k⟫, for a name that qualifies the next one: "US-backed"). `key` is the lower-cased word without hyphens
 * ("counter-offensive" → counteroffensive), what lexicon phrases are compared with. `glued`: no space before it.
 * `opening`: the key's number among the words that open a lexicon phrase (see openingOf).
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
  return { text, key, glued, opening: openingOf(key) };
}

/** A word's key and opening number, as `keyOf` and `openingOf` give them (see `wordToken`). */
type WordKey = { key: string; opening: number };

/**
 * The keys of the words tokenised lately, by their text: most words of a sentence were seen in the sentences before, so
 * a word is lowered and looked up among the openings once, not at every sentence (and not twice when an article's
 * `core` and `base` templates differ). Cleared when full, so memory stays bounded whatever the corpus.
 */
const WORD_KEYS = new Map<string, WordKey>();
const WORD_KEYS_KEPT = 32_768;

/** `token(text, keyOf(text), glued)`, with the key and its opening number looked up in `WORD_KEYS`. */
function wordToken(text: string, glued: boolean): Token {
  let known = WORD_KEYS.get(text);
  if (known === undefined) {
    if (WORD_KEYS.size >= WORD_KEYS_KEPT) WORD_KEYS.clear();
    const key = keyOf(text);
    WORD_KEYS.set(text, known = { key, opening: openingOf(key) });
  } else if (known.opening < 0 && known.opening !== -1 - OPENINGS.size) {
    // An index added openings since: numbered again, as openingOf would number it now.
    known.opening = openingOf(known.key);
  }
  return { text, key: known.key, glued, opening: known.opening };
}

/** `token` compared as another key ("groups" read as "group"): a copy, numbered for its new key. */
export function withKey(token: Token, key: string): Token {
  return { ...token, key, opening: openingOf(key) };
}

const TOKEN = /⟦(\d+)⟧|⟪(\d+)⟫|\d{1,3}(?:,\d{3})+(?!\d)|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|'s\b|\S/gu;

/** Normalizes a word or a lexicon phrase word the way tokens are compared. */
export function keyOf(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(/-/g, "");
}

/** Tokens of a template string, in one left-to-right pass ("doesn't" gives does + n't; "4,000" is one number). */
export function tokenize(template: string, possessiveHeads?: Set<string>): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of template.matchAll(TOKEN)) {
    const glued = m.index === last && m.index > 0;
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      tokens.push({ text: m[0], key: "⟦⟧", glued, opening: openingOf("⟦⟧"), party: Number(m[1]) });
    } else if (m[2] !== undefined) {
      tokens.push({ text: m[0], key: "⟪⟫", glued, opening: openingOf("⟪⟫"), qualifier: Number(m[2]) });
    } else if (m[0] === "s" && glued && tokens.at(-1)?.party !== undefined) {
      // "Al-Qaedas Syria affiliate": wire copy strips the apostrophe of a possessive glued to a name.
      tokens.push(token(m[0], "'s", glued));
    } else if (
      (m[0] === "'" || m[0] === "’") && glued && tokens.at(-1)?.party !== undefined &&
      !/^['’‘]$/.test(tokens.at(-2)?.text ?? "") && /^ [\p{L}⟦⟪]/u.test(template.slice(last, last + 2))
    ) {
      // "the Syrian Democratic Forces' Deir ez-Zor Military Council": a plural's possessive is its bare apostrophe
      // before a word (not a closing quote: no quote mark right before the name, no mark after it).
      tokens.push(token(m[0], "'s", glued));
    } else if (endsInNt(m[0])) {
      tokens.push(token(m[0].slice(0, -3), keyOf(m[0].slice(0, -3)), glued));
      tokens.push(token("n't", "n't", true));
    } else if (
      possessiveHeads !== undefined && tokens.at(-1)?.key === "the" && m[0].endsWith("s") &&
      /^\p{Ll}[\p{L}\p{N}-]*['’]s$/u.test(m[0]) && possessiveHeads.has(keyOf(m[0].slice(0, -2)))
    ) {
      // "the group's fighters", "the alliance's positions": a reference noun's possessive is a token of its own, as a
      // name's is, so the reference is read (issue 10, round 17); other words keep theirs ("the terrorist group's
      // Syrian wing" is read whole by the descriptor rule).
      tokens.push(token(m[0].slice(0, -2), keyOf(m[0].slice(0, -2)), glued));
      tokens.push(token(m[0].slice(-2), "'s", true));
    } else tokens.push(wordToken(m[0], glued));
  }
  return tokens;
}

/** `/\wn't$/i.test(word)` ("doesn't", "DIDN'T"), its last letter tested first: most words end otherwise. */
function endsInNt(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last === 116 || last === 84) && /\wn't$/i.test(word);
}

/** Words after which a past participle qualifies the noun that follows ("the alleged", "of suspected"). */
const ATTRIBUTIVE_BEFORE = new Set(["a", "an", "the", "of", "some", "several", "two", "three", "four", "five"]);
/** Words after a past participle that make it a verb ("suspected of", "alleged that", "claimed by"). */
const VERBAL_AFTER = new Set(["by", "that", "to", "of", "in", "on", "with", "as", "responsibility", "it", "they"]);

/**
 * Whether the word at `i` is a past participle used as an adjective: an -ed word (not a hyphenated compound) opening
 * the sentence or after a determiner, a number or "of", before a word or a party that is no verb's complement
 * ("Suspected ISIS militants attacked ...", "the besieged garrison"; not "Backed by Y, ...", "accused of").
 */
export function attributiveParticiple(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token.key.endsWith("ed") || token.text.includes("-")) return false;
  const before = tokens[i - 1];
  if (before && !ATTRIBUTIVE_BEFORE.has(before.key) && !/^\d/.test(before.text)) return false;
  const next = tokens[i + 1];
  return next !== undefined && (next.party !== undefined || /^\p{L}/u.test(next.text)) && !VERBAL_AFTER.has(next.key);
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
 * A set of phrases indexed by first key, so finding every phrase in a sentence is one pass over its tokens (each
 * position compares only the phrases that start with its word).
 */
export class PhraseIndex<T> {
  /** The phrases of each opening word, by the word's number (see OPENINGS). */
  #byOpening: ({ keys: string[]; value: T }[] | undefined)[] = [];

  add(phrase: string, value: T): void {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return;
    if (!OPENINGS.has(keys[0])) OPENINGS.set(keys[0], OPENINGS.size);
    const opening = OPENINGS.get(keys[0])!;
    const list = this.#byOpening[opening] ?? [];
    list.push({ keys, value });
    // Longest first, so "break away" wins over "break".
    list.sort((a, b) => b.keys.length - a.keys.length);
    while (this.#byOpening.length < opening) this.#byOpening.push(undefined);
    this.#byOpening[opening] = list;
  }

  /** The phrases opening with the token at `at` (none past either end). */
  #listAt(tokens: Token[], at: number): { keys: string[]; value: T }[] | undefined {
    if (at < 0 || at >= tokens.length) return undefined;
    const token = tokens[at];
    // A token made before its key opened a phrase of some index is numbered now (openingOf).
    if (token.opening < 0 && -1 - token.opening !== OPENINGS.size) token.opening = openingOf(token.key);
    return token.opening < 0 ? undefined : this.#byOpening[token.opening];
  }

  /** Phrases starting at `at`, longest first, with their length in tokens. */
  at(tokens: Token[], at: number): { length: number; value: T }[] {
    const list = this.#listAt(tokens, at);
    if (!list) return [];
    return list.filter((p) => spells(tokens, at, p.keys)).map((p) => ({ length: p.keys.length, value: p.value }));
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
    for (const p of list) {
      if ((length === 0 || p.keys.length === length) && spells(tokens, at, p.keys)) {
        return { length: p.keys.length, value: p.value };
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
