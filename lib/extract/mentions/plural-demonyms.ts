import type { NameToken } from "./fold.ts";
import type { NameMatch, NameWords } from "./trie.ts";
import { keySieve } from "./key-sieve.ts";
import { spacedBetween } from "./white-space.ts";

/** A plural demonym as written ("Russians", "British", "Turks") → the foreign state it stands for. */
type PluralDemonyms = Map<string, string>;

/** Words after which a self-plural demonym ("the British") stands alone. */
const FUNCTION_WORDS = new Set([
  "and",
  "or",
  "but",
  "had",
  "has",
  "have",
  "were",
  "was",
  "are",
  "is",
  "did",
  "do",
  "would",
  "could",
  "will",
  "also",
  "then",
  "in",
  "on",
  "at",
  "to",
  "from",
  "with",
  "by",
  "for",
  "of",
  "as",
  "who",
  "which",
  "that",
]);

/**
 * Whether the plural demonym at token `index` stands alone as a noun. Glued to a word by a dash or a slash it is one
 * part of a compound ("the Turkish–Syrian border"). A demonym that is its own plural ("British", "Turkish") is an
 * adjective before a noun ("the Turkish attacks", "the French government"): it stands alone only before punctuation, a
 * function word or a past form ("the British invaded"), or joined by "and" to "the" or another plural that stands alone
 * ("the French and British exploited", not "the Turkish and Russian defence ministers").
 */
function standsAlone(
  tokens: NameToken[],
  index: number,
  text: string,
  plurals: PluralDemonyms,
  demonyms: Map<string, string>,
): boolean {
  const next = tokens[index + 1];
  if (!next) return true;
  const after = text.slice(tokens[index].wordEnd, next.start);
  if (/^[-‐‑–—\/]/.test(after)) return false;
  if (!demonyms.has(tokens[index].raw)) return true;
  if (!/^\s+$/.test(after)) return true;
  if (next.key === "and" || next.key === "or") {
    const other = tokens[index + 2];
    if (!other || !spacedBetween(text, next.wordEnd, other.start)) return false;
    if (other.key === "the") return true;
    return plurals.has(other.raw) && standsAlone(tokens, index + 2, text, plurals, demonyms);
  }
  return FUNCTION_WORDS.has(next.key) || /^\p{Ll}+ed$/u.test(next.raw);
}

const compiled = new WeakMap<Map<string, string>, PluralDemonyms>();

/**
 * The plurals of the foreign states' demonyms (those read off the states' own aliases): a demonym ending in "-ish",
 * "-ch", "-ese" or "-ss" is its own plural ("the British", "the French", "the Chinese", "the Swiss"); any other takes
 * "s" ("Russians", "Soviets", "Israelis"); an irregular plural of `irregularDemonymPlurals` ("Turks", "Poles") stands
 * for the demonym its stem opens ("Turk-ish", "Pol-ish"). A volunteer's demonym (`volunteerDemonyms`: "the Afghans")
 * names people, not a state, and is left out.
 */
function pluralDemonymsOf(
  demonyms: Map<string, string>,
  foreignState: (groupId: string) => boolean,
  words: NameWords,
): PluralDemonyms {
  let plurals = compiled.get(demonyms);
  if (plurals) return plurals;
  plurals = new Map();
  const eligible = [...demonyms].filter(([demonym, id]) =>
    foreignState(id) && /^\p{Lu}\p{Ll}+$/u.test(demonym) && !words.volunteerDemonyms.has(demonym)
  );
  for (const [demonym, id] of eligible) {
    const plural = /(?:ish|ch|ese|ss)$/.test(demonym) ? demonym : `${demonym}s`;
    if (!plurals.has(plural)) plurals.set(plural, id);
  }
  for (const plural of words.irregularDemonymPlurals) {
    const stem = plural.replace(/e?s$/, "");
    const match = eligible.find(([demonym]) => demonym.startsWith(stem) && demonym !== plural);
    if (match && !plurals.has(plural)) plurals.set(plural, match[1]);
  }
  compiled.set(demonyms, plurals);
  return plurals;
}

/**
 * A foreign state's plural demonym after "the" stands for the state at war or in diplomacy ("the Russians
 * withdrew", "the British and the Soviets invaded", "an offer by the Turks"); the span is the plural alone, without
 * "the" (the name gold's span rule). Without the article it counts persons ("two Russians"), and names nothing.
 * Issue 10, round 73 (the second blind Wikipedia mention set).
 */
export function pluralDemonymSpans(
  tokens: NameToken[],
  text: string,
  demonyms: Map<string, string>,
  foreignState: (groupId: string) => boolean,
  words: NameWords,
): NameMatch[] {
  const plurals = pluralDemonymsOf(demonyms, foreignState, words);
  const found: NameMatch[] = [];
  const mayBePlural = keySieve(plurals);
  for (let index = 1; index < tokens.length; index++) {
    if (!mayBePlural(tokens[index].raw)) continue;
    const groupId = plurals.get(tokens[index].raw);
    if (groupId === undefined) continue;
    const previous = tokens[index - 1];
    if (previous.key !== "the" || !spacedBetween(text, previous.wordEnd, tokens[index].start)) continue;
    // (A demonym that is its own plural is an adjective before a noun: "the British Army", "the French government"
    // are names or phrases of their own; it stands alone before a function word or a verb in the past or with "-s".)
    if (!standsAlone(tokens, index, text, plurals, demonyms)) continue;
    found.push({ groupId, start: tokens[index].start, end: tokens[index].end, method: "exact" });
  }
  return found;
}
