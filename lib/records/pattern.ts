/**
 * Lexicon words made safe for a regular expression: the one place the project escapes text it builds a pattern from.
 */

/** `text` with every character a regular expression treats specially escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A lexicon phrase as a pattern source whose spaces match any run of spaces or hyphens ("car bomb" also matches
 * "car-bomb" and "car  bomb").
 */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/ /g, "[\\s-]+");
}
