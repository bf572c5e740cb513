/**
 * The word shapes the relation reader tests tokens against, compiled once. A regular-expression literal written inside a
 * function is a new object at every evaluation (V8 copies its boilerplate), and the reader tests these shapes at nearly
 * every token: written inline they were a steady share of what the reader allocates (issue 14).
 */

/** Lower-case letters only: "rebel", "fighters". */
export const LOWER_WORD = /^\p{Ll}+$/u;
/** A lower-case word, hyphens allowed after its first letter: "so-called". */
export const LOWER_HYPHENED_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Letters only, of either case. */
export const LETTERS = /^\p{L}+$/u;
/** A word of letters, hyphens allowed after its first letter: "Al-Qaeda", "pro-government". */
export const HYPHENED_WORD = /^\p{L}[\p{L}-]*$/u;
/** An -ly adverb in lower case: "reportedly". */
export const LY_ADVERB = /^\p{Ll}+ly$/u;
/** A capitalised word, apostrophes and hyphens allowed after its first letter: "Idlib", "Deir", "Ma'arrat". */
export const CAPITALISED_WORD = /^\p{Lu}[\p{L}'-]*$/u;
/** A token opening with a letter or a number. */
export const WORD_FIRST = /^[\p{L}\p{N}]/u;
/** A word of a person's name: capitalised, or an Arabic article or "bin" glued to one ("Abu", "al-Jolani"). */
export const PERSON_NAME_WORD = /^(?:\p{Lu}[\p{L}'-]*|(?:al|el|bin|ibn)-\p{Lu}[\p{L}'-]*)$/u;
/** A word opening with a capital. */
export const CAPITALISED = /^\p{Lu}/u;
/** A word opening with a lower-case letter. */
export const LOWER_FIRST = /^\p{Ll}/u;
/** A token opening with a letter (no punctuation, no number). */
export const LETTER_FIRST = /^\p{L}/u;
/** A token opening with a digit: a number. */
export const DIGIT_FIRST = /^\d/;
/** An article: "the", "a", "an". */
export const ARTICLE = /^(?:the|a|an)$/;
/** An indefinite article: "a", "an". */
export const INDEFINITE_ARTICLE = /^(?:a|an)$/;

/** Keys of bearings and regions written before a place's name ("northern Iraq", "north-eastern Syria", "rural Damascus"). */
export const REGION_ADJECTIVE =
  /^(?:(?:(?:north|south)(?:east|west)?|east|west)ern|central|rural|greater|upper|lower)$/;
