import type { TransliterationLexicon } from "../records/mod.ts";

/**
 * The lower-case words a transliterated Arabic name may hold, from data/lexicon/transliteration.json: the article
 * wherever it stands ("al", "el", "ash"), the article assimilated to the next letter ("as", "ad", "an"), which counts
 * only hyphen-attached since alone it is an English word, and the particles ("bin", "ibn", "abu").
 */
export type ArabicNameWords = {
  articles: ReadonlySet<string>;
  attached: ReadonlySet<string>;
  particles: ReadonlySet<string>;
};

const compiled = new WeakMap<TransliterationLexicon, ArabicNameWords>();

/** The lexicon's article and particle lists as sets (compiled once per lexicon value). */
export function arabicNameWords(lexicon: TransliterationLexicon): ArabicNameWords {
  let words = compiled.get(lexicon);
  if (!words) {
    words = {
      articles: new Set(lexicon.articles.words),
      attached: new Set(lexicon.attachedArticles.words),
      particles: new Set(lexicon.nameParticles.words),
    };
    compiled.set(lexicon, words);
  }
  return words;
}

/**
 * Whether a word as written opens a transliterated name without a capital: an article or a particle alone ("al",
 * "bin"), or any of them with a hyphen after it ("al-Assad", "as-Sham", "ash-", "abu-Bakr"). Case-insensitive.
 */
export function opensArabicName(word: string, words: ArabicNameWords): boolean {
  const lower = word.toLowerCase();
  const hyphen = lower.search(/[-\u2010]/);
  if (hyphen < 0) return words.articles.has(lower) || words.particles.has(lower);
  const head = lower.slice(0, hyphen);
  return words.articles.has(head) || words.attached.has(head) || words.particles.has(head);
}

/**
 * Whether a bare word the tokenizer cut from its name ("al" of "Kafr al-Sham", "as" of "as-Sham") is an article or a
 * particle of it: every list counts, since the caller has seen it joined inside the name.
 */
export function isArabicNameWord(word: string, words: ArabicNameWords): boolean {
  const lower = word.toLowerCase();
  return words.articles.has(lower) || words.attached.has(lower) || words.particles.has(lower);
}
