import type { NameToken } from "./fold.ts";
import type { NameMatch, NameWords } from "./trie.ts";
import { type ArabicNameWords, isArabicNameWord, opensArabicName } from "../../reference/arabic-name-words.ts";
import { keySieve } from "./key-sieve.ts";
import { spacedBetween } from "./white-space.ts";

/** A state's demonym as written ("US", "U.S.", "Russian") → the group its force phrases name. */
type Demonyms = Map<string, string>;
/** The nouns a demonym's group takes as platforms: every force noun for a foreign state, the armed ones for a force. */
export type PlatformNouns = (groupId: string) => Set<string>;

const spaced = spacedBetween;

/**
 * A model designation written between a demonym and its noun, or as the platform itself: the shape letters (up to six
 * after a capital), hyphen, number ("Su-24", "F-16s", "MQ-9", "Orlan-10"), capitals and a number as one word ("TB2")
 * or a model name of `armsModels` ("Sukhoi", "Bayraktar", "Black Hawk"). Returns
 * the index of the model's last token, or -1.
 */
function modelAt(tokens: NameToken[], index: number, models: string[][]): number {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (
    token && next && /^\p{Lu}[\p{L}]{0,5}$/u.test(token.raw) && token.hyphenAfter && /^\d+\p{L}?s?$/u.test(next.raw)
  ) {
    return index + 1;
  }
  // ("a Turkish Bayraktar TB2 drone", "MQ9 Reapers": capitals and a number written as one word; round 69.)
  if (token && /^\p{Lu}{1,4}\d+\p{L}?s?$/u.test(token.raw)) return index;
  // (only the models whose first word is this token's can match: the others are not read)
  for (const model of token === undefined ? NO_PHRASES : byFirstWord(models).get(token.raw) ?? NO_PHRASES) {
    if (model.every((word, offset) => tokens[index + offset]?.raw === word)) return index + model.length - 1;
  }
  return -1;
}

const NO_PHRASES: readonly string[][] = [];

/** Each list of phrases (as words) by its first word, in the list's order: built once per list, as the lists are. */
const firstWordIndexes = new WeakMap<string[][], Map<string, string[][]>>();
function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  let index = firstWordIndexes.get(phrases);
  if (index === undefined) {
    index = new Map();
    for (const phrase of phrases) {
      const same = index.get(phrase[0]);
      if (same === undefined) index.set(phrase[0], [phrase]);
      else same.push(phrase);
    }
    firstWordIndexes.set(phrases, index);
  }
  return index;
}

/**
 * The longest phrase of `phrases` (lower-case, one or more words) starting at token `index`: its last token, or -1. Its
 * words are written apart or joined by a hyphen ("air strikes", "air-strikes").
 */
function phraseAt(tokens: NameToken[], index: number, text: string, phrases: string[][]): number {
  let best = -1;
  // (a phrase fits only where its first word, written apart, is the token's: the others are not read)
  const first = tokens[index];
  for (const phrase of first === undefined ? NO_PHRASES : byFirstWord(phrases).get(first.lower) ?? NO_PHRASES) {
    // (A word written "-border" follows the one before it across a hyphen: "cross-border raid".)
    const fits = phrase.every((word, offset) => {
      const token = tokens[index + offset];
      const glued = word.startsWith("-");
      if (token === undefined || token.lower !== (glued ? word.slice(1) : word)) return false;
      if (offset === 0) return !glued;
      const between = text.slice(tokens[index + offset - 1].wordEnd, token.start);
      // ("heavy Russian air-strikes": words a phrase writes apart may be joined by a hyphen; issue 10, round 80.)
      return glued ? between === "-" : between === "-" || spaced(text, tokens[index + offset - 1].wordEnd, token.start);
    });
    if (fits) best = Math.max(best, index + phrase.length - 1);
  }
  return best;
}

/**
 * Whether the weapon or attack ending at token `last` acts in the event: a verb follows it (an irregular past tense
 * of `weaponActingVerbs`, or a lower-case word ending in `wordAcronymVerbEndings` other than `weaponPassiveWords`;
 * one "-ly" adverb or "also" may stand between), or "by" comes before the demonym at `first` (one determiner between).
 */
function acts(
  tokens: NameToken[],
  first: number,
  last: number,
  text: string,
  words: NameWords,
  arabic: ArabicNameWords,
): boolean {
  let next = last + 1;
  const joined = (index: number) => tokens[index] && spaced(text, tokens[index - 1].wordEnd, tokens[index].start);
  // The place it hit may come between ("Russian airstrikes on Kafr Nabl killed"): a word of `attackObjectWords` and
  // up to four words of a name (capitalised, or an article or hyphen inside it), with its `placeHeadWords` ("province").
  if (joined(next) && words.attackObjectWords.has(tokens[next].raw)) {
    let end = next + 1;
    const inName = (index: number) =>
      tokens[index] !== undefined && (joined(index) || tokens[index - 1].hyphenAfter) &&
      (/^\p{Lu}/u.test(tokens[index].raw) || arabicWordInName(tokens[index], arabic));
    while (end <= next + 4 && inName(end)) end++;
    if (joined(end) && words.placeHeadWords.has(tokens[end].raw)) end++;
    if (end > next + 1 && /^\p{Lu}/u.test(tokens[next + 1].raw)) next = end;
  }
  if (joined(next) && /^(?:also|\p{Ll}+ly)$/u.test(tokens[next].raw) && joined(next + 1)) next++;
  if (joined(next)) {
    const word = tokens[next].raw;
    if (words.weaponActingVerbs.has(word)) return true;
    if (
      /^\p{Ll}/u.test(word) && !words.weaponPassiveWords.has(word) &&
      [...words.wordAcronymVerbEndings].some((ending) => word.endsWith(ending))
    ) return true;
  }
  let before = first - 1;
  if (
    before >= 0 && /^(?:the|a|an)$/i.test(tokens[before].raw) &&
    spaced(text, tokens[before].wordEnd, tokens[first].start)
  ) {
    before--;
  }
  return before >= 0 && tokens[before].lower === "by" &&
    spaced(text, tokens[before].wordEnd, tokens[before + 1].start);
}

/** Whether nothing of the model's noun phrase follows it: the text ends or a punctuation mark comes, or a verb
 * (a past tense or "-ing" form, `weaponActingVerbs`) or a word of `modelHeadFollowers` ("was", "over", "near"). */
function modelEndsPhrase(model: NameToken, next: NameToken | undefined, text: string, words: NameWords): boolean {
  if (next === undefined || !spaced(text, model.wordEnd, next.start)) return true;
  const word = next.raw;
  return /^\p{Ll}/u.test(word) &&
    (words.modelHeadFollowers.has(word) || words.weaponActingVerbs.has(word) || /(?:ed|ing)$/.test(word));
}

/** A weapon or attack whose state the text only suspects ("suspected Russian airstrikes", "a presumed Israeli
 * strike"): a word of `attributionDoubtWords` right before the demonym (an article may stand before it). */
function doubted(tokens: NameToken[], first: number, text: string, words: NameWords): boolean {
  const previous = tokens[first - 1];
  return previous !== undefined && spaced(text, previous.wordEnd, tokens[first].start) &&
    words.attributionDoubtWords.has(previous.lower);
}

/** The demonyms by the letters of their first word ("U.S." under "U"), so a token is checked only against its own. */
const firstWords = new WeakMap<Demonyms, Map<string, [string, string][]>>();
function demonymsByFirstWord(demonyms: Demonyms): Map<string, [string, string][]> {
  let map = firstWords.get(demonyms);
  if (map) return map;
  map = new Map();
  for (const [demonym, id] of demonyms) {
    const word = /^\p{L}+/u.exec(demonym)?.[0];
    if (word !== undefined) map.set(word, [...(map.get(word) ?? []), [demonym, id]]);
  }
  firstWords.set(demonyms, map);
  return map;
}

/**
 * Where the weapon starts past modifiers coordinated before it: at token `index`, one or more words of `modifiers`
 * joined by commas and closed by "and" or "or" ("air and missile strikes", "air, drone and artillery strikes") give the
 * token after the joiner; anything else gives `index`. Linear in the modifiers read.
 */
function coordinatedModifiersEnd(tokens: NameToken[], index: number, text: string, modifiers: Set<string>): number {
  for (let i = index; modifiers.has(tokens[i]?.raw ?? "") && tokens[i + 1]; i++) {
    const between = text.slice(tokens[i].wordEnd, tokens[i + 1].start);
    if (/^\s*,\s*$/.test(between)) continue;
    const joiner = tokens[i + 1].raw;
    if (!spaced(text, tokens[i].wordEnd, tokens[i + 1].start) || (joiner !== "and" && joiner !== "or")) break;
    const after = tokens[i + 2];
    return after && spaced(text, tokens[i + 1].wordEnd, after.start) ? i + 2 : index;
  }
  return index;
}

/** A platform noun set split into words, once per set. */
const platformPhrases = new WeakMap<Set<string>, string[][]>();
function platformPhrasesOf(nouns: Set<string>): string[][] {
  let phrases = platformPhrases.get(nouns);
  if (!phrases) platformPhrases.set(nouns, phrases = [...nouns].map((noun) => noun.split(" ")));
  return phrases;
}

/** The arms models and the weapon and attack nouns of a name lexicon split into words, once per lexicon. */
type ArmsPhrases = { models: string[][]; weapons: string[][]; attacks: string[][]; modifiers: Set<string> };
const armsPhrases = new WeakMap<NameWords, ArmsPhrases>();
/** A lexicon phrase's words as `phraseAt` reads them: split at spaces, a hyphenated part marked "-border". */
function phraseWords(phrase: string): string[] {
  return phrase.split(" ").flatMap((word) => word.split("-").map((part, i) => i === 0 ? part : `-${part}`));
}

function armsPhrasesOf(words: NameWords): ArmsPhrases {
  let found = armsPhrases.get(words);
  if (!found) {
    const weapons = [...words.weaponNouns, ...words.attackNouns].map(phraseWords);
    found = {
      models: [...words.armsModels].map((model) => model.split(" ")),
      weapons,
      attacks: [...words.attackNouns].map(phraseWords),
      // The first words of the weapon and attack phrases of two or more words ("air" of "air strikes", "missile" of
      // "missile strikes", "artillery" of "artillery fire"): what may be coordinated before a weapon.
      modifiers: new Set(weapons.filter((phrase) => phrase.length > 1).map((phrase) => phrase[0])),
    };
    armsPhrases.set(words, found);
  }
  return found;
}

/**
 * A state's demonym before its arms names its forces (README "Armed groups and their mentions"): before a platform
 * with a model between or as the model itself ("Syrian Su-24 jets", "Turkish F-16s", "a Turkish Bayraktar drone"),
 * and before a weapon or attack that acts in the event ("US cruise missiles struck", "Russian airstrikes hit",
 * "killed by Israeli missiles"). The demonym stands alone: not glued by a hyphen to a word before it ("pro-Syrian")
 * or after it ("US-made"). Returns each phrase with the token index of its demonym (for coordinated demonyms).
 */
export function demonymArmsSpans(
  tokens: NameToken[],
  text: string,
  demonyms: Demonyms,
  platformNouns: PlatformNouns,
  words: NameWords,
  arabic: ArabicNameWords,
): { match: NameMatch; first: number }[] {
  const { models, weapons, attacks, modifiers } = armsPhrasesOf(words);
  const found: { match: NameMatch; first: number }[] = [];
  const byFirstWord = demonymsByFirstWord(demonyms);
  const mayOpenDemonym = keySieve(byFirstWord);
  for (let first = 0; first < tokens.length; first++) {
    const token = tokens[first];
    if (!mayOpenDemonym(token.raw)) continue;
    const candidates = byFirstWord.get(token.raw);
    if (candidates === undefined) continue;
    // "U.S." arrives as the tokens "U" and "S": the demonym is matched on the text, the longest first.
    let groupId: string | undefined;
    let demonymEnd = first;
    let textEnd = token.end;
    for (const [demonym, id] of candidates) {
      if (!text.startsWith(demonym, token.start)) continue;
      const end = token.start + demonym.length;
      // (A dotted demonym's last dot is no part of its last token: "U.S." ends in the token "S".)
      const tokenEnd = demonym.endsWith(".") ? end - 1 : end;
      let last = first;
      while (last < tokens.length && tokens[last].end < tokenEnd) last++;
      if (last === tokens.length) last = -1;
      if (last < 0 || (tokens[last].end !== end && tokens[last].end !== tokenEnd)) continue;
      if (groupId === undefined || last > demonymEnd) [groupId, demonymEnd, textEnd] = [id, last, end];
    }
    if (groupId === undefined) continue;
    const previous = tokens[first - 1];
    if (previous?.hyphenAfter && /^[-‐‑]$/.test(text.slice(previous.wordEnd, token.start))) continue;
    let index = demonymEnd + 1;
    const after = tokens[index];
    if (!after || !spaced(text, Math.max(tokens[demonymEnd].end, textEnd), after.start)) continue;
    let modelled = false;
    for (let model = modelAt(tokens, index, models); model >= 0; model = modelAt(tokens, index, models)) {
      modelled = true;
      index = model + 1;
      if (!tokens[index] || !spaced(text, tokens[model].wordEnd, tokens[index].start)) break;
    }
    const nouns = platformNouns(groupId);
    const head = tokens[index];
    const start = token.start;
    const before = index - 1 === demonymEnd ? Math.max(tokens[index - 1].wordEnd, textEnd) : tokens[index - 1].wordEnd;
    const headIsSpaced = head !== undefined && spaced(text, before, head.start);
    // The platform noun may be more than one word ("a Turkish F-4 fighter jet", "Russian Su-25 attack helicopters").
    const platform = headIsSpaced && modelled ? phraseAt(tokens, index, text, platformPhrasesOf(nouns)) : -1;
    if (platform >= 0) {
      found.push({ match: { groupId, start, end: tokens[platform].end, method: "normalized" }, first });
      continue;
    }
    // ("Russian air and missile strikes", "the U.S. air and artillery strike": the weapon's modifiers coordinated
    // before it; round 72.)
    let weaponStart = headIsSpaced ? coordinatedModifiersEnd(tokens, index, text, modifiers) : index;
    let weapon = headIsSpaced ? phraseAt(tokens, weaponStart, text, weapons) : -1;
    // (The last modifier may be one no phrase of its own joins to the noun: "air and artillery strikes".)
    if (weapon < 0 && weaponStart > index && modifiers.has(tokens[weaponStart].raw) && tokens[weaponStart + 1]) {
      weapon = phraseAt(tokens, weaponStart + 1, text, weapons);
      if (weapon >= 0) weaponStart++;
    }
    if (weapon >= 0 && !doubted(tokens, first, text, words)) {
      // An attack that does not act in its clause ("a wave of Russian airstrikes against ISIL positions", "heavy
      // Syrian and Russian airstrikes") still names who carried it out, as a state reference the name gold leaves out.
      const acting = acts(tokens, first, weapon, text, words, arabic);
      if (acting || phraseAt(tokens, weaponStart, text, attacks) === weapon) {
        const method = acting ? "normalized" : "state-reference";
        found.push({ match: { groupId, start, end: tokens[weapon].end, method }, first });
        continue;
      }
    }
    // A model is the platform itself in the plural ("Turkish F-16s struck"), or where no noun of its phrase follows
    // ("an Israeli F-16 returning from a strike", "a Russian Su-24 was shot down", "a Syrian MiG-23.").
    const model = tokens[index - 1];
    const plural = /s$/.test(model.raw) && /\d/.test(model.raw);
    if (modelled && (plural || modelEndsPhrase(model, head, text, words))) {
      found.push({ match: { groupId, start, end: tokens[index - 1].end, method: "normalized" }, first });
    }
  }
  return found;
}

/**
 * A lower-case word inside a place's name (lexicon transliteration.json): an article or a particle ("Kafr al Sham",
 * "Tall Abu Dali"), or an assimilated article with its hyphen after it ("Ras as-Sham"; alone "as" is English).
 */
function arabicWordInName(token: NameToken, arabic: ArabicNameWords): boolean {
  return token.hyphenAfter ? isArabicNameWord(token.raw, arabic) : opensArabicName(token.raw, arabic);
}
