import type { VictimLexicon } from "../../records/mod.ts";
import { type ArabicNameWords, opensArabicName } from "../../reference/arabic-name-words.ts";
import { cueAt, isNounCue, jointCasualties, type KindReading, LEFT_FILLERS, listedGroupKind } from "./kind.ts";
import { isPersonNoun, STOP_WORDS } from "./noun-phrase.ts";
import { type NumberPhrase, type Token, wordValue } from "./numbers.ts";
import { qualifierBefore } from "./qualifier.ts";
import { type WordSieve, wordSieve } from "./word-sieve.ts";

// Singular and implicit counts: a person counted by a determiner ("a civilian", "another") rather than a number.
// The words are data/lexicon/victims.json; this file keeps the mechanism.

/** The victims lexicon's lists as sets, with the lower-case words a transliterated name may hold. */
type VictimWords = { [K in Exclude<keyof VictimLexicon, "description">]: Set<string> } & { arabic: ArabicNameWords };

const compiled = new WeakMap<VictimLexicon, WeakMap<ArabicNameWords, VictimWords>>();

function victimWords(lexicon: VictimLexicon, arabic: ArabicNameWords): VictimWords {
  let byArabic = compiled.get(lexicon);
  if (!byArabic) compiled.set(lexicon, byArabic = new WeakMap());
  let words = byArabic.get(arabic);
  if (!words) {
    const { description: _, ...lists } = lexicon;
    words = {
      ...Object.fromEntries(
        Object.entries(lists).map(([name, list]) => [name, new Set(list.words.map((w) => w.toLowerCase()))]),
      ),
      arabic,
    } as VictimWords;
    byArabic.set(arabic, words);
  }
  return words;
}

/** Whether `text` opens with a letter (`/^\p{L}/u`), an ASCII character answered without the pattern. */
function opensWithLetter(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /^\p{L}/u.test(text);
}

/** Whether `text` opens with a capital (`/^\p{Lu}/u`), an ASCII character answered without the pattern. */
function opensWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(text);
}

/** Whether `text` is digits only (`/^\d+$/`), asked of the pattern only where it opens with one. */
const isDigits = (text: string) => {
  const code = text.charCodeAt(0);
  return code >= 48 && code <= 57 && /^\d+$/.test(text);
};

const isLetterWord = (t: Token | undefined) => !!t && opensWithLetter(t.text);
/** A name in capitals ("IS", "SDF"), never the function word it may spell ("is"). */
const isAcronym = (t: Token | undefined) => !!t && /^\p{Lu}{2,}$/u.test(t.text);
/** (read from the token's lower case, which `wordValue` reads anyway: a capitalised word is not lowered again) */
const isNumberWord = (t: Token | undefined) => {
  if (!t) return false;
  const code = t.text.charCodeAt(0);
  return (code >= 48 && code <= 57) || wordValue(t.lower) !== null;
};

/**
 * Whether a verb of `remainsVerbs` follows remains ending at `k` over auxiliaries and bridges ("a body was found",
 * "a corpse was later recovered"): an article's "body" otherwise may be an institution ("a monitoring body said").
 */
function remainsFound(tokens: Token[], k: number, words: VictimWords): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const lower = tokens[j].lower;
    if (words.remainsVerbs.has(lower)) return true;
    if (!words.passiveAuxiliaries.has(lower) && !words.bridges.has(lower)) return false;
  }
  return false;
}

/** Whether `word` ends in "'s" or "’s" after something (the test before the expression reads the owner). */
const isGenitive = (word: string) => {
  const mark = word.charCodeAt(word.length - 2);
  return word.length > 2 && word.endsWith("s") && (mark === 39 || mark === 0x2019);
};

/** Whether `word` is a singular victim noun, also with a prefix: "ex-rebel", "co-worker". */
const isSingularNoun = (word: string, words: VictimWords) =>
  words.singularNouns.has(word) ||
  (word.includes("-") && words.singularNouns.has(word.slice(word.lastIndexOf("-") + 1)));

const firstWordsCache = new WeakMap<Set<string>, Set<string>>();

/** The first words of a list's entries of more than one word ("along" of "along with"), computed once per list. */
function firstWords(list: Set<string>): Set<string> {
  let first = firstWordsCache.get(list);
  if (!first) {
    first = new Set([...list].filter((c) => c.includes(" ")).map((c) => c.split(" ")[0]));
    firstWordsCache.set(list, first);
  }
  return first;
}

const secondWordsCache = new WeakMap<Set<string>, Set<string>>();

/** The second words of a list's entries of two words ("other" of "the other"), computed once per list. */
function secondWords(list: Set<string>): Set<string | undefined> {
  let second = secondWordsCache.get(list);
  if (!second) {
    second = new Set([...list].map((c) => c.split(" ")).filter((parts) => parts.length === 2).map((parts) => parts[1]));
    secondWordsCache.set(list, second);
  }
  return second;
}

/** Pronouns that open a clause after a noun phrase ("a man it accused", "a woman they abducted"). */
const SUBJECT_PRONOUNS = new Set(["it", "he", "she", "they", "we"]);

/** Whether the token at `k` ends the noun phrase before it: a mark, a function word, a verb form, a proper noun. */
function endsNounPhrase(tokens: Token[], k: number, words: VictimWords): boolean {
  const t = tokens[k];
  if (!t || !isLetterWord(t)) return true;
  if (opensWithCapital(t.text) && k > 0) return true;
  // "of" opens a complement ("a member of the White Helmets"), which `complementEnd` reads past
  if (t.lower === "of" || STOP_WORDS.has(t.lower)) return true;
  // a subject pronoun opens a relative clause with no "who": "executed a man it accused of spying"
  if (SUBJECT_PRONOUNS.has(t.lower)) return true;
  if (words.bridges.has(t.lower) || words.passiveAuxiliaries.has(t.lower)) return true;
  // a coordinator of more than one word: "a rebel leader along with 4 of his bodyguards"
  if (firstWords(words.coordinators).has(t.lower)) {
    if (words.coordinators.has(`${t.lower} ${tokens[k + 1]?.lower ?? ""}`)) return true;
    if (words.coordinators.has(`${t.lower} ${tokens[k + 1]?.lower ?? ""} ${tokens[k + 2]?.lower ?? ""}`)) return true;
  }
  if (words.intransitiveCues.has(t.lower) || cueAt(tokens, k) !== null) return true;
  return /^[a-z]{3,}(?:ed|ing|ly)$/.test(t.lower) && !LY_NOUNS.has(t.lower);
}

/** Nouns ending in -ly, which are no adverbs: "an Iraqi family" is a family, not an Iraqi. */
const LY_NOUNS = new Set(["family", "rally", "ally", "assembly", "supply", "anomaly"]);

/** The token after an age written at `k` ("12-year-old", "12 year old", "12-years-old"), or null. */
function ageEnd(tokens: Token[], k: number): number | null {
  let j = k + 1;
  if (tokens[j]?.text === "-") j += 1;
  // (every form opens with "year": a word that does not start with "y" is passed over before the expressions)
  if (tokens[j]?.lower.charCodeAt(0) !== 121) return null;
  if (/^years?-old$/.test(tokens[j]?.lower ?? "")) return j + 1;
  if (/^years?$/.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.text === "-" && tokens[j + 2]?.lower === "old") {
    return j + 3;
  }
  if (/^years?$/.test(tokens[j]?.lower ?? "") && tokens[j + 1]?.lower === "old") return j + 2;
  return null;
}

const headNounsCache = new WeakMap<VictimWords, Set<string>>();

/** The singular victim nouns, the nouns of remains and the nouns of a pair, in one set (computed once per lexicon). */
function headNouns(words: VictimWords): Set<string> {
  let heads = headNounsCache.get(words);
  if (!heads) {
    heads = new Set([...words.singularNouns, ...words.tollNouns, ...words.pairNouns]);
    headNounsCache.set(words, heads);
  }
  return heads;
}

/**
 * Whether a word that can head a count (a victim, remains, a couple, a standalone word) or an age's digits follows the
 * determiner at `i` within ten words: a cheap test before the noun phrase is read, as most determiners count nobody.
 */
function nounAhead(tokens: Token[], i: number, words: VictimWords): boolean {
  if (words.standalone.has(tokens[i].lower) || firstWords(words.standalone).has(tokens[i].lower)) return true;
  const heads = headNouns(words);
  for (let k = i + 1; k < Math.min(tokens.length, i + 11); k++) {
    const lower = tokens[k].lower;
    // (one lookup for a singular, a remains or a couple noun; a prefixed noun, "ex-rebel", is asked apart)
    if (heads.has(lower) || (lower.includes("-") && isSingularNoun(lower, words))) return true;
    if (lower.includes("'") || lower.includes("\u2019") || (lower.charCodeAt(0) >= 48 && lower.charCodeAt(0) <= 57)) {
      return true;
    }
  }
  return false;
}

/**
 * An implicit count of `count` people read from token `first` to token `last` (inclusive), whose noun phrase ends before
 * token `headEnd`.
 */
function implicitCount(tokens: Token[], first: number, last: number, headEnd: number, count = 1): NumberPhrase {
  return {
    start: tokens[first].start,
    end: tokens[last].end,
    firstToken: first,
    lastToken: first + 1,
    low: count,
    high: count,
    form: "implicit",
    vagueTerm: null,
    range: null,
    bareFourDigits: false,
    fraction: false,
    headEndToken: headEnd,
  };
}

/** A count of one person from token `first` to the noun at `lastNoun`, implicit. */
const onePerson = (tokens: Token[], first: number, lastNoun: number): NumberPhrase =>
  implicitCount(tokens, first, lastNoun, lastNoun + 1);

/**
 * The implicit count a determiner at token `i` opens, or null: "a civilian", "an HTS fighter", "a rebel commander",
 * "another" standing alone. The victim noun (data/lexicon/victims.json `singularNouns`) must end its noun phrase, so
 * "a civilian area" and "a fighter jet" count nobody.
 */
function implicitAt(tokens: Token[], i: number, words: VictimWords): NumberPhrase | null {
  const determiner = tokens[i].lower;
  if (words.pairDeterminers.has(determiner)) return pairAt(tokens, i, words);
  if (!words.determiners.has(determiner)) return null;
  if (!nounAhead(tokens, i, words)) return null;
  if (words.standalone.has(determiner) && !isNumberWord(tokens[i + 1]) && endsNounPhrase(tokens, i + 1, words)) {
    // a name may open the noun phrase: "Another UN staff member dies" counts the member, not "another" alone
    const named = opensWithCapital(tokens[i + 1]?.text ?? "")
      ? victimPhrase(tokens, i, i + 1, determiner, words)
      : null;
    return named ?? onePerson(tokens, i, i);
  }
  // "the other" standing alone: "killing one and wounding the other"
  const twoWords = firstWords(words.standalone).has(determiner) &&
    secondWords(words.standalone).has(tokens[i + 1]?.lower) &&
    words.standalone.has(`${determiner} ${tokens[i + 1]?.lower}`);
  if (twoWords && endsNounPhrase(tokens, i + 2, words)) return onePerson(tokens, i, i + 1);
  return victimPhrase(tokens, i, i + 1, determiner, words);
}

/**
 * The count of one person whose noun phrase opens at token `from` and whose count starts at token `i` (its
 * determiner, or `from` itself for a headline's bare noun, `determiner` null): up to five modifiers (names, nouns,
 * an age) before a singular victim noun that ends the phrase. Null when no such noun ends it.
 */
function victimPhrase(
  tokens: Token[],
  i: number,
  from: number,
  determiner: string | null,
  words: VictimWords,
): NumberPhrase | null {
  const phrase = (lastNoun: number) => onePerson(tokens, i, lastNoun);
  let window = 5;
  for (let k = from; k < from + window && k < tokens.length; k++) {
    const t = tokens[k];
    // an age is a modifier, not a count: "a 12-year-old boy", "a 12 year old girl"
    const age = isDigits(t.text) ? ageEnd(tokens, k) : null;
    if (age !== null) {
      // an age with no noun after it is the person: "killing a 13-year-old"
      if (k === from && endsNounPhrase(tokens, age, words)) return phrase(age - 1);
      k = age - 1;
      continue;
    }
    // remains found with no name of the dead: "a body was found", "an unidentified corpse was recovered"
    if (words.tollNouns.has(t.lower) && !words.determiners.has(tokens[k + 1]?.lower ?? "")) {
      return determiner !== "the" && remainsFound(tokens, k + 1, words) ? phrase(k) : null;
    }
    // a name with its years in brackets is a modifier: "a Military Forces of Syria (2024-) member"
    const bracketed = t.text === "(" && opensWithCapital(tokens[k - 1]?.text ?? "") ? afterBrackets(tokens, k) : k;
    if (bracketed !== k) {
      k = bracketed - 1;
      window += 3;
      continue;
    }
    const stop = STOP_WORDS.has(t.lower) && !isAcronym(t);
    if (!isLetterWord(t) || isNumberWord(t) || stop || words.determiners.has(t.lower)) return null;
    // a headline's bare noun phrase holds no complement and no count: "Turkey forces hundreds of Syrian refugees"
    // (nor a reporting verb: "Mishal said Harah's body was found" is no phrase)
    const closes = t.lower === "of" || VAGUE_COUNTS.test(t.lower) || isPluralOnly(t.lower, words) ||
      REPORTING.has(t.lower);
    if (determiner === null && closes) return null;
    // a cue after a noun is the verb of a clause ("an IED killed Brigadier ..."), not an adjective ("a wounded man")
    // (a victim noun that is also a cue is a modifier: "Syria refugee toddler dies")
    const cue = cueAt(tokens, k) !== null && !isSingularNoun(t.lower, words);
    if (k > from && cue && !/ly$/.test(tokens[k - 1].lower)) return null;
    if (opensWithCapital(t.text) && k > from) window += 1;
    // a person's remains: "a man's body was found" counts the man
    const genitive = isGenitive(t.lower) ? /^(.+)['\u2019]s$/u.exec(t.lower) : null;
    if (genitive && isSingularNoun(genitive[1], words)) {
      if (words.tollNouns.has(tokens[k + 1]?.lower ?? "")) return phrase(k + 1);
      continue;
    }
    // "an elderly couple", "a couple of fighters": two people
    if (words.pairNouns.has(t.lower) && endsNounPhrase(tokens, k + 1, words)) return { ...phrase(k), low: 2, high: 2 };
    if (!isSingularNoun(t.lower, words)) continue;
    let last = k;
    while (isSingularNoun(tokens[last + 1]?.lower ?? "", words)) last += 1;
    // "the head of the council" is a person, "in the head" is not
    if (words.ofNouns.has(tokens[last].lower) && tokens[last + 1]?.lower !== "of") return null;
    // a noun used as a modifier ("a Syrian army soldier", "a child soldier") reads on to the head noun; a capitalised
    // one before another capitalised word is part of a name ("the Syrian Observatory", "the Assyrian Democratic ...")
    // (a title heads its name: "the Imam Sheikh Salman al-Afandi")
    const inName = opensWithCapital(tokens[last].text) && opensWithCapital(tokens[last + 1]?.text ?? "") &&
      !isTitle(tokens[last].lower, words);
    // a bare noun before a plural noun is its modifier: "detention of Syrian refugees" counts no Syrian
    const plural = tokens[last + 1]?.lower ?? "";
    if (determiner === null && /s$/.test(plural) && (isNounCue(plural) || isPluralOnly(plural, words))) return null;
    if (inName || !endsNounPhrase(tokens, last + 1, words)) {
      k = last;
      continue;
    }
    // a noun that is also an adjective before a name ("a local HTS commander"): the later noun heads the phrase
    const later = laterHead(tokens, last + 1, words);
    // a personal name after the noun is the person's: "the activist Omar Hamid and his brother", "the journalist Ali
    // Mahmoud was killed"
    const head = later ?? last;
    const named = nameEnd(tokens, head + 1, words);
    return named === null ? phrase(head) : implicitCount(tokens, i, head, named);
  }
  return null;
}

/**
 * The token after a personal name of two to five name words starting at `k` ("Omar Hamid", "Abu Yusuf al-Masri"), the
 * first capitalised; else null. One capitalised word is left alone (a place or a day may follow a noun).
 */
function nameEnd(tokens: Token[], k: number, words: VictimWords): number | null {
  if (!/^\p{Lu}\p{Ll}/u.test(tokens[k]?.text ?? "")) return null;
  let end = k;
  while (end < Math.min(tokens.length, k + 5) && isNameWord(tokens[end], words)) end += 1;
  return end - k >= 2 ? end : null;
}

/**
 * The head noun after capitalised modifiers starting at `k` ("HTS commander" after "a local"), when one ends the noun
 * phrase within three words; else null.
 */
function laterHead(tokens: Token[], k: number, words: VictimWords): number | null {
  if (!opensWithCapital(tokens[k]?.text ?? "")) return null;
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    const lower = tokens[j].lower;
    if (!isLetterWord(tokens[j]) || STOP_WORDS.has(lower) || cueAt(tokens, j) !== null) return null;
    if (words.singularNouns.has(lower) && !opensWithCapital(tokens[j].text)) {
      return endsNounPhrase(tokens, j + 1, words) ? j : null;
    }
  }
  return null;
}

/** Whether the written number `p` is set off right after the person `person` counts: "a girl, 12,", "a man (35)", "a boy of 12". */
function isAgeOf(tokens: Token[], person: NumberPhrase, p: NumberPhrase, words: VictimWords): boolean {
  const end = person.headEndToken ?? person.lastToken;
  const open = tokens[end]?.text;
  const close = tokens[p.lastToken]?.text;
  // "a boy of 12 was killed"
  const ofAge = open === "of" && p.high <= 99 &&
    (CLAUSE_MARKS.has(close ?? ".") || words.passiveAuxiliaries.has(close ?? ""));
  return p.firstToken === end + 1 && p.lastToken === p.firstToken + 1 &&
    ((open === "," && close === ",") || (open === "(" && close === ")") || ofAge);
}

/** A word of a personal name: capitalised, or an Arabic particle ("al-Sayasneh", "bin", "abu"). */
const isNameWord = (t: Token, words: VictimWords) => opensWithCapital(t.text) || opensArabicName(t.text, words.arabic);

/** Whether `lower` is a title of `titles`, also abbreviated with a full stop ("col."). */
const isTitle = (lower: string, words: VictimWords) =>
  words.titles.has(lower) || (lower.endsWith(".") && words.titles.has(lower.slice(0, -1)));

/**
 * One named person counted by a title with no determiner ("Colonel Ali Jamblat", "Sheikh Ahmad al-Sayasneh"): a word
 * of `titles` at `i`, not after a capitalised word or a determiner, followed by one to five capitalised name words.
 */
function titleAt(tokens: Token[], i: number, words: VictimWords): NumberPhrase | null {
  if (!isTitle(tokens[i].lower, words)) return null;
  const before = tokens[i - 1];
  if (before && (opensWithCapital(before.text) && i - 1 > 0 || words.determiners.has(before.lower))) return null;
  let end = i + 1;
  while (end < Math.min(tokens.length, i + 7) && isNameWord(tokens[end], words)) end += 1;
  if (end === i + 1) return null;
  return implicitCount(tokens, i, end - 1, end);
}

/**
 * One named person counted by a role noun with no determiner before the name ("Hezbollah commander Ali Fayyad was
 * killed", "assassinated opposition commander Abu Khaled al-Homsi"): a lower-case noun of `singularNouns` at `i` not
 * after a determiner, followed by a name of two to five words.
 */
function roleBeforeName(tokens: Token[], i: number, words: VictimWords): NumberPhrase | null {
  if (!words.singularNouns.has(tokens[i].lower) || !/^\p{Ll}/u.test(tokens[i].text)) return null;
  if (words.determiners.has(tokens[i - 1]?.lower ?? "")) return null;
  const end = nameEnd(tokens, i + 1, words);
  return end === null ? null : implicitCount(tokens, i, end - 1, end);
}

/** An implicit count of one person for a bare singular noun at `k` ("child" in "a woman and child"), or null. */
function bareNounAt(tokens: Token[], k: number, words: VictimWords): NumberPhrase | null {
  if (!words.singularNouns.has(tokens[k]?.lower ?? "") || !endsNounPhrase(tokens, k + 1, words)) return null;
  return implicitCount(tokens, k, k, k + 1);
}

/** Whether `word` is a plural noun of people: the figures' person nouns or the lexicon's kinship plurals. */
const isPluralPerson = (word: string, words: VictimWords) =>
  words.pluralNouns.has(word) || (isPersonNoun(word) && /s$/.test(word)) || word === "children" || word === "men" ||
  word === "women";

/** "both" with a plural person noun ending its noun phrase ("killing both riders", "both men"): two people. */
function pairAt(tokens: Token[], i: number, words: VictimWords): NumberPhrase | null {
  const k = i + 1;
  if (!isPluralPerson(tokens[k]?.lower ?? "", words) || !endsNounPhrase(tokens, k + 1, words)) return null;
  // "both civilians and insurgents" is a correlative pair of nouns, not two people
  if (["and", "or"].includes(tokens[k + 1]?.lower ?? "")) return null;
  return implicitCount(tokens, i, k, k + 1, 2);
}

/** The token after the last person noun of a written number's noun phrase ("two civilians" → after "civilians"). */
function personHeadEnd(tokens: Token[], phrase: NumberPhrase, words: VictimWords): number | null {
  if (phrase.headEndToken !== undefined) return phrase.headEndToken;
  let k = phrase.lastToken;
  let end: number | null = null;
  for (; k < Math.min(tokens.length, phrase.lastToken + 4); k++) {
    const lower = tokens[k].lower;
    if (!isLetterWord(tokens[k]) || (STOP_WORDS.has(lower) && !isAcronym(tokens[k]))) break;
    if (isPersonNoun(lower) || words.singularNouns.has(lower) || words.pluralNouns.has(lower)) end = k + 1;
  }
  return end;
}

/**
 * Whether the tokens [from, to) are one coordinator of `coordinators` ("and", "as well as", "along with"). Tokens
 * hold no spaces, so more tokens than the longest coordinator has words are none, and are not joined to be asked.
 */
function coordinatorBetween(tokens: Token[], from: number, to: number, words: VictimWords): boolean {
  if (to - from < 1 || to - from > mostWords(words.coordinators)) return false;
  const between = tokens.slice(from, to).map((t) => t.lower).join(" ");
  return words.coordinators.has(between);
}

const mostWordsCache = new WeakMap<Set<string>, number>();

/** The most words an entry of a list has (its parts between spaces), computed once per list. */
function mostWords(list: Set<string>): number {
  let most = mostWordsCache.get(list);
  if (most === undefined) {
    most = Math.max(0, ...[...list].map((entry) => entry.split(" ").length));
    mostWordsCache.set(list, most);
  }
  return most;
}

/** How the count `b` is joined to the count `a` before it: by a coordinator ("and"), by a comma, or not at all. */
function joinBetween(tokens: Token[], a: NumberPhrase, b: NumberPhrase, words: VictimWords): "and" | "," | null {
  const end = pastApposition(tokens, pastAge(tokens, personHeadEnd(tokens, a, words)), words);
  const ownEnd = personHeadEnd(tokens, b, words);
  if (end === null || ownEnd === null) return null;
  // a second part that is the subject of its own clause ("... and a child was injured") is not joined
  if (words.singularAgreement.has(tokens[ownEnd]?.lower ?? "")) return null;
  // a bound before the second part's number: "a commander and at least 11 fighters", "the leader and some 45 of ..."
  const bound = b.form === "implicit" ? 0 : qualifierBefore(tokens, b.firstToken)?.length ?? 0;
  const possessive = words.possessives.has(tokens[b.firstToken - bound - 1]?.lower ?? "") ? 1 : 0;
  const start = b.firstToken - bound - possessive;
  if (coordinatorBetween(tokens, end, start, words)) return "and";
  if (start - end === 1 && tokens[end].text === ",") return ",";
  if (fateBetween(tokens, end, start, words) !== null) return "and";
  // past a complement of the first: "a member of the Fifth Corps and a civilian", "a child from the camp and his father"
  if (!words.complementOpeners.has(tokens[end]?.lower ?? "")) return null;
  for (let j = end + 1; j < Math.min(start, end + 9); j++) {
    const t = tokens[j];
    // (an aside's closing comma may stand before the coordinator: "a member of the Central Committee, and his son")
    if (coordinatorBetween(tokens, t.text === "," ? j + 1 : j, start, words)) return "and";
    // a comma list past the complement: "a commander of the Hamza Division, his wife and their son"
    if (t.text === "," && j + 1 === start) return ",";
    // a name set off after the complement: "the mukhtar of Nawa, Khaled al-Ali, and two of his sons"
    const named = t.text === "," ? pastApposition(tokens, j, words) : j;
    if (named !== null && named !== j) {
      if (coordinatorBetween(tokens, named + 1, start, words)) return "and";
      j = named;
      continue;
    }
    const bracket = t.text === "(" || t.text === ")" || t.text === "-" || isDigits(t.text);
    if (!bracket && (!isLetterWord(t) || cueAt(tokens, j) !== null || words.passiveAuxiliaries.has(t.lower))) {
      return null;
    }
  }
  return null;
}

/** The closing comma of a name set off at `end` ("the mukhtar, Khaled al-Ali, and ..."), else `end`. */
function pastApposition(tokens: Token[], end: number | null, words: VictimWords): number | null {
  if (end === null || tokens[end]?.text !== ",") return end;
  for (let m = end + 1; m < Math.min(tokens.length, end + 7); m++) {
    if (tokens[m].text === ",") return m > end + 1 ? m : end;
    if (!isNameWord(tokens[m], words)) return end;
  }
  return end;
}

/** The token after an age set off at `end` ("a woman, 40, and her son"; "a man (35) and"), else `end`. */
function pastAge(tokens: Token[], end: number | null): number | null {
  if (end === null || !/^\d{1,2}$/.test(tokens[end + 1]?.text ?? "")) return end;
  const open = tokens[end].text;
  const close = tokens[end + 2]?.text;
  return (open === "," && close === ",") || (open === "(" && close === ")") ? end + 3 : end;
}

/** Coordinators that join a second count after the first one's verb: "was killed along with his driver". */
const WITH_COORDINATORS = new Set(["along with", "together with"]);

/**
 * The token of the verb between two counts joined after it ("a member of the Military Council was killed along with
 * his driver", "left a General Security member dead along with two of the local gunmen"): from `end`, past a
 * complement, auxiliaries and bridges, one cue, then "along with" or "together with" right before `start`. Else null.
 */
function fateBetween(tokens: Token[], end: number, start: number, words: VictimWords): number | null {
  let j = complementEnd(tokens, end, words);
  while (j < start && (words.passiveAuxiliaries.has(tokens[j].lower) || words.bridges.has(tokens[j].lower))) j += 1;
  if (j >= start || cueAt(tokens, j) === null || isNounCue(tokens[j].lower) && tokens[j].lower !== "dead") return null;
  const between = tokens.slice(j + 1, start).map((t) => t.lower).join(" ");
  return WITH_COORDINATORS.has(between) ? j : null;
}

/** One count standing for the counts `run` (in text order): their sum, implicit, spanning all of them. */
function summed(tokens: Token[], run: NumberPhrase[], words: VictimWords): NumberPhrase {
  const first = run[0];
  const last = run[run.length - 1];
  const ownEnd = personHeadEnd(tokens, last, words) ?? last.lastToken;
  return {
    ...first,
    end: tokens[ownEnd - 1].end,
    lastToken: last.lastToken,
    low: run.reduce((n, p) => n + p.low, 0),
    high: run.reduce((n, p) => n + p.high, 0),
    form: "implicit",
    headEndToken: ownEnd,
    parts: run.flatMap((p) => p.parts ?? [p.low]),
    ...sumBound(tokens, run.slice(1)),
    ...fateOfRun(tokens, run, words),
  };
}

/** The verb a run's parts are joined after ("was killed along with"), as `fateCue`, when one is. */
function fateOfRun(tokens: Token[], run: NumberPhrase[], words: VictimWords): Pick<NumberPhrase, "fateCue"> {
  for (let i = 0; i + 1 < run.length; i++) {
    const end = personHeadEnd(tokens, run[i], words);
    const next = run[i + 1];
    const bound = next.form === "implicit" ? 0 : qualifierBefore(tokens, next.firstToken)?.length ?? 0;
    const possessive = words.possessives.has(tokens[next.firstToken - bound - 1]?.lower ?? "") ? 1 : 0;
    const cue = end === null ? null : fateBetween(tokens, end, next.firstToken - bound - possessive, words);
    if (cue !== null) return { fateCue: cue };
  }
  return {};
}

/** The bound of a sum from its later parts' qualifiers: an open floor wins ("and at least 11"), then "about". */
function sumBound(tokens: Token[], later: NumberPhrase[]): Pick<NumberPhrase, "sumQualifier"> {
  const bounds = later.filter((p) => p.form !== "implicit").map((p) =>
    qualifierBefore(tokens, p.firstToken)?.qualifier
  );
  const bound = bounds.find((q) => q === "at_least" || q === "more_than") ??
    bounds.find((q) => q === "about");
  return bound ? { sumQualifier: bound } : {};
}

/**
 * Sums counts joined by "and" where at least one is implicit: "two civilians and a child" is 3, "a woman and her 4
 * children" is 5, "a man and a woman" is 2, "... as well as another child" one more, and a comma list closed by "and"
 * ("a woman, her daughter and a neighbour" 3). Written pairs ("5 civilians and 23 fighters") stay two figures, a
 * second part that is the subject of its own clause ("... and a child was injured") is not summed, and a list after a
 * comma that restates a written number ("two men, a father and son") is an apposition: the written number stands.
 */
function sumCoordinated(tokens: Token[], phrases: NumberPhrase[], words: VictimWords): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  const summable = (p: NumberPhrase) => p.form !== "vague" && !p.range && !p.fraction;
  for (let i = 0; i < phrases.length;) {
    // the longest run joined by commas and coordinators that a coordinator closes
    let last = i;
    for (let j = i; j + 1 < phrases.length && summable(phrases[j]) && summable(phrases[j + 1]); j++) {
      const join = joinBetween(tokens, phrases[j], phrases[j + 1], words);
      if (join === null) break;
      if (join === "and") last = j + 1;
    }
    const run = phrases.slice(i, last + 1);
    const head = run[0];
    const rest = run.slice(1);
    const restated = rest.length > 1 && head.form !== "implicit" &&
      joinBetween(tokens, head, rest[0], words) === "," && rest.reduce((n, p) => n + p.low, 0) === head.low;
    if (restated) out.push(head);
    else if (run.length > 1 && run.some((p) => p.form === "implicit")) out.push(summed(tokens, run, words));
    else {
      out.push(head);
      last = i;
    }
    i = last + 1;
  }
  return out;
}

/** A count doubled when a phrase of `perSide` follows its noun ("one fighter from each side" is 2), else itself. */
function perSide(tokens: Token[], phrase: NumberPhrase, words: VictimWords): NumberPhrase {
  // after a comma it breaks down a total told before: "2 fighters were killed, 1 from each side"
  if (tokens[phrase.firstToken - 1]?.text === ",") return phrase;
  const end = personHeadEnd(tokens, phrase, words) ?? phrase.lastToken;
  if (!firstWords(words.perSide).has(tokens[end]?.lower ?? "")) return phrase;
  for (const length of [2, 3]) {
    const after = tokens.slice(end, end + length).map((t) => t.lower).join(" ");
    if (words.perSide.has(after)) {
      return { ...phrase, low: phrase.low * 2, high: phrase.high * 2, parts: [phrase.low, phrase.low] };
    }
  }
  return phrase;
}

/** A person noun that is no singular victim noun ("forces", "refugees"): it ends a headline's bare noun phrase. */
const isPluralOnly = (word: string, words: VictimWords) => isPersonNoun(word) && !isSingularNoun(word, words);

/** Vague counts that end a headline's bare noun phrase: "hundreds of", "dozens of". */
const VAGUE_COUNTS = /^(?:tens|dozens|scores|hundreds|thousands|millions)$/;

/** Marks after which a headline's clause opens: "Syria: Soldier killed in Daraa", "Lebanon - Man shot dead". */
const HEADLINE_OPENERS = new Set([":", "-", "\u2013", "\u2014", "|"]);

/**
 * Whether token `i` may open a headline's noun phrase with no article: the first word of the sentence or of a clause
 * after a colon or a dash (its subject: "Aid worker killed in Aleppo"), or the word right after a casualty verb of the
 * present tense or in -ing with a subject before it (its object: "Mortar attack kills cleric", "wound child",
 * "killing 5-year-old girl"), or after "of" a casualty noun ("killing of aid worker"). A participle before a noun is an adjective ("Kidnapped Syrian MP executed"), a noun
 * cue takes no object, and only killing, wounding and detention verbs are read.
 */
function headlineSlot(tokens: Token[], i: number, words: VictimWords): boolean {
  const t = tokens[i];
  if (!isLetterWord(t) && ageEnd(tokens, i) === null) return false;
  if (i === 0) return true;
  // (a dash set off by spaces, not the hyphen of "12-year-old")
  const mark = tokens[i - 1];
  const spaced = mark.text === ":" || (mark.start > (tokens[i - 2]?.end ?? -1) && t.start > mark.end);
  // (every opener is one character: a word is not hashed for the set)
  if (mark.text.length === 1 && HEADLINE_OPENERS.has(mark.text) && spaced) return true;
  // the complement of a casualty noun: "condemns killing of aid worker", "death of UNRWA staff member"
  if (tokens[i - 1].lower === "of" && i >= 2) {
    const noun = cueAt(tokens, i - 2);
    if (noun === "killed" || noun === "injured" || noun === "detained") return true;
  }
  const verb = tokens[i - 1];
  const kind = cueAt(tokens, i - 1);
  if (kind !== "killed" && kind !== "injured" && kind !== "detained") return false;
  if (i < 2 || isNounCue(verb.lower) || /ed$/.test(verb.lower) || words.intransitiveCues.has(verb.lower)) return false;
  // (a second verb after a comma has the first one's subject: "Rockets hit Jordan home, wound child")
  const before = tokens[i - 2];
  return (isLetterWord(before) || before.text === ",") && !words.determiners.has(before.lower) &&
    !words.passiveAuxiliaries.has(before.lower);
}

/**
 * The words that may open an implicit count (determiners, "both" and titles: `implicitAt`, `titleAt`), and a sieve of
 * them with the words a count may stand on at any token (singular nouns, object pronouns: `roleBeforeName`,
 * `listedPronoun`): a token it passes over is none of these and is not looked up.
 */
type CountOpeners = { opens: Set<string>; mayOpen: WordSieve };

const openers = new WeakMap<VictimWords, CountOpeners>();

function countOpeners(words: VictimWords): CountOpeners {
  let found = openers.get(words);
  if (!found) {
    const opens = new Set([...words.determiners, ...words.pairDeterminers, ...words.titles]);
    found = { opens, mayOpen: wordSieve([...opens, ...words.singularNouns, ...words.objectPronouns]) };
    openers.set(words, found);
  }
  return found;
}

/**
 * The counts of a sentence's tokens this module reads: implicit counts where no written number stands (`written`,
 * from `readNumbers`), summed with the written numbers they are joined to, and written numbers it rewrites (doubled
 * "from each side"). Returns those counts and the written phrases they replace, which are then not figures of their
 * own. `mayCount` false says the tokens hold no word a count without a number needs (`sentenceMarks`): only the
 * written numbers are then read.
 */
export function readImplicitCounts(
  tokens: Token[],
  numbers: NumberPhrase[],
  lexicon: VictimLexicon,
  arabic: ArabicNameWords,
  mayCount = true,
): { counts: NumberPhrase[]; absorbed: Set<NumberPhrase> } {
  const words = victimWords(lexicon, arabic);
  const { opens, mayOpen } = countOpeners(words);
  let written = numbers;
  // (one buffer for every sentence, cleared over this sentence's tokens and the two after: a new typed array per
  // sentence cost more than the reading of most sentences' tokens)
  const covered = coveredTokens(tokens.length + 2);
  for (const p of written) covered.fill(1, p.firstToken, p.lastToken);
  const candidates: NumberPhrase[] = [];
  for (let i = 0; mayCount && i < tokens.length; i++) {
    // only a determiner ("a", "both") or a title ("Colonel") opens a count: one lookup passes over any other word
    // (a title abbreviated with a full stop, "col.", is a token of its own before the stop: the stop is looked at)
    // a headline drops its articles: "Aid worker killed in Aleppo", "Mortar attack kills cleric in Homs"
    // (an age opening it is a written number: "kills 5-year-old girl")
    const lower = tokens[i].lower;
    const mayOpenCount = mayOpen(lower);
    const opener = mayOpenCount && opens.has(lower);
    const free = covered[i] !== 1 || ageEnd(tokens, i) !== null;
    const headline = free && !opener && headlineSlot(tokens, i, words) ? victimPhrase(tokens, i, i, null, words) : null;
    if (headline) {
      candidates.push(headline);
      continue;
    }
    const role = mayOpenCount && words.singularNouns.has(lower);
    const listed = mayOpenCount && listedPronoun(tokens, i, words);
    if (covered[i] === 1 || (!opener && !lower.endsWith(".") && !role && !listed)) continue;
    let phrase = role && !opener ? null : implicitAt(tokens, i, words);
    if (!phrase && listed) phrase = implicitCount(tokens, i, i, i + 1);
    if (!phrase && (isTitle(tokens[i].lower, words) || role)) {
      const inside = candidates.some((c) => c.firstToken <= i && i < (c.headEndToken ?? c.lastToken));
      phrase = inside ? null : titleAt(tokens, i, words) ?? roleBeforeName(tokens, i, words);
    }
    if (!phrase) continue;
    candidates.push(phrase);
    // a bare noun after "and" shares the determiner before it: "a woman and child", "his wife and son"
    const end = phrase.headEndToken ?? phrase.lastToken;
    const bare = tokens[end]?.lower === "and" && covered[end + 1] !== 1 ? bareNounAt(tokens, end + 1, words) : null;
    if (bare) candidates.push(bare);
  }
  // (a sentence with no count at all, the most of them, is done with)
  if (candidates.length === 0 && written.length === 0) return { counts: [], absorbed: new Set() };
  // "a girl, 12, was killed", "a man (35)": a number set off right after a counted person is the person's age
  // (and an age inside a counted person's noun phrase, "his 10-year-old son", is part of it, not a number between counts)
  const inside = (p: NumberPhrase) =>
    candidates.some((c) => c.firstToken < p.firstToken && p.lastToken <= (c.headEndToken ?? c.lastToken));
  const ages = new Set(written.filter((p) => candidates.some((c) => isAgeOf(tokens, c, p, words)) || inside(p)));
  written = written.filter((p) => !ages.has(p));
  const all = [...written, ...candidates].sort((a, b) => a.firstToken - b.firstToken);
  const read = sumCoordinated(tokens, all, words).map((p) => perSide(tokens, p, words));
  const kept = new Set(read);
  return {
    counts: read.filter((p) => p.form === "implicit" || !written.includes(p)),
    absorbed: new Set([...ages, ...written.filter((p) => !kept.has(p))]),
  };
}

let covering = new Uint8Array(256);

/** The flags of which tokens a written number covers, all clear over the first `length` (read only up to those). */
function coveredTokens(length: number): Uint8Array {
  if (covering.length < length) covering = new Uint8Array(Math.max(length, 2 * covering.length));
  covering.fill(0, 0, length);
  return covering;
}

/** The token after a bracketed aside opening at `k` ("(SDF)", "(2024-)"), or `k` when none opens there. */
function afterBrackets(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== "(") return k;
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) if (tokens[j].text === ")") return j + 1;
  return k;
}

const CLAUSE_MARKS = new Set([",", ";", ".", ":", "!", "?"]);

/**
 * Where a complement after a counted person ends ("a member of the White Helmets was killed", "a man from the town of
 * Nawa was shot dead", "a woman in her 60s", "a member of the SDF (QSD)"): a `complementOpeners` word and up to ten
 * words with no clause mark or cue, ending before an auxiliary, a bridge or a cue; else `k` itself.
 */
function complementEnd(tokens: Token[], k: number, words: VictimWords): number {
  if (!words.complementOpeners.has(tokens[k]?.lower ?? "")) return afterBrackets(tokens, k);
  for (let j = k + 1; j < Math.min(tokens.length, k + 12); j++) {
    j = afterBrackets(tokens, j);
    const lower = isAcronym(tokens[j]) ? "" : tokens[j]?.lower ?? "";
    if (words.passiveAuxiliaries.has(lower) || words.bridges.has(lower) || words.intransitiveCues.has(lower)) return j;
    // an aside after the complement: "the commander of the Hamza Division in Afrin, Abu Ali, was killed"
    if (lower === "," && j > k + 1) return j;
    if (!tokens[j] || CLAUSE_MARKS.has(lower) || cueAt(tokens, j) !== null) return k;
    // a complement names a group, a place or an age ("in her 60s"); a number or a verb opens another clause
    // (an age is part of it: "in her 60s", "a boy of 12 was killed")
    const age = /^\d+$/.test(lower) &&
      (tokens[j + 1]?.lower === "s" || (j === k + 1 && words.passiveAuxiliaries.has(tokens[j + 1]?.lower ?? "")));
    if ((isNumberWord(tokens[j]) && !age) || REPORTING.has(lower)) {
      return k;
    }
    if (/^[a-z]{3,}(?:ed|ing)$/.test(tokens[j].text)) return k;
  }
  return k;
}

/** Reporting verbs that end a complement: "an official in Idlib told AFP four civilians were killed". */
const REPORTING = new Set(["told", "said", "says", "say", "tells", "added", "reported", "according"]);

/** Words after a participle that show it is a reduced passive: a preposition, a conjunction, a mark or the end. */
const REDUCED_PASSIVE_NEXT = new Set([
  "in",
  "by",
  "when",
  "near",
  "after",
  "during",
  "on",
  "at",
  "as",
  "while",
  "and",
  "with",
]);
const reducedPassiveEnds = (t: Token | undefined) =>
  !t || (!isLetterWord(t) && !/^\d/.test(t.text)) || REDUCED_PASSIVE_NEXT.has(t.lower) ||
  // a participle of what the person was doing: "Syrian shot dead crossing border"
  /^[a-z]{3,}ing$/.test(t.text);

/** Whether a number follows the verb at `k` over filler words: "killed at least 22 people" has an object. */
function objectCount(tokens: Token[], k: number): boolean {
  let j = k + 1;
  while (j < k + 5 && LEFT_FILLERS.has(tokens[j]?.lower ?? "")) j += 1;
  return isNumberWord(tokens[j]);
}

/** The later cue of "was abducted and killed", "was wounded and later died" after the cue at `k`, else `kind`. */
function chainedCue(tokens: Token[], k: number, kind: KindReading["kind"], words: VictimWords): KindReading["kind"] {
  if (tokens[k + 1]?.lower !== "and") return laterDeath(tokens, k, words) ?? kind;
  let j = k + 2;
  while (
    j < k + 5 && (words.bridges.has(tokens[j]?.lower ?? "") || words.passiveAuxiliaries.has(tokens[j]?.lower ?? ""))
  ) {
    j += 1;
  }
  // "was detained and later tortured to death": the bridge's result after "to"
  if (tokens[j]?.lower === "to" && cueAt(tokens, j + 1) === "killed") j += 1;
  const next = cueAt(tokens, j);
  // "... and killed 3 others" has an object of its own: a new act, not this person's fate
  const object = isNumberWord(tokens[j + 1]) || words.determiners.has(tokens[j + 1]?.lower ?? "");
  return next && !object ? next : kind;
}

/** "was wounded by sniper fire and later died": a death verb after "and" within eight words, no clause mark between. */
function laterDeath(tokens: Token[], k: number, words: VictimWords): KindReading["kind"] | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 9); j++) {
    if (CLAUSE_MARKS.has(tokens[j].lower)) return null;
    if (tokens[j].lower !== "and") continue;
    let n = j + 1;
    while (n < j + 4 && words.bridges.has(tokens[n]?.lower ?? "")) n += 1;
    if (words.intransitiveCues.has(tokens[n]?.lower ?? "")) return cueAt(tokens, n);
    // "was abducted in Jasim and found dead days later", "... and later executed": a death with no object of its own
    const object = isNumberWord(tokens[n + 1]) || words.determiners.has(tokens[n + 1]?.lower ?? "") ||
      words.objectPronouns.has(tokens[n + 1]?.lower ?? "");
    return cueAt(tokens, n) === "killed" && !object ? "killed" : null;
  }
  return null;
}

/** The cue joined by "and" within six words after the participle at `k` ("stopped at a checkpoint and arrested"). */
function joinedCue(tokens: Token[], k: number, words: VictimWords): KindReading | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 7); j++) {
    if (CLAUSE_MARKS.has(tokens[j].lower)) return null;
    if (tokens[j].lower !== "and") continue;
    let n = j + 1;
    while (n < j + 4 && words.bridges.has(tokens[n]?.lower ?? "")) n += 1;
    const kind = cueAt(tokens, n);
    const object = isNumberWord(tokens[n + 1]) || words.determiners.has(tokens[n + 1]?.lower ?? "");
    return kind && !object ? { kind, how: "after" } : null;
  }
  return null;
}

/**
 * A death verb of `intransitiveCues` within twelve words after `k`, no clause mark, other cue or other counted person
 * between ("who was wounded in a regime airstrike on Saraqib last week succumbed", not "... a child died").
 */
function mainDeath(tokens: Token[], k: number, words: VictimWords): KindReading["kind"] | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 13); j++) {
    if (CLAUSE_MARKS.has(tokens[j].lower)) return null;
    if (words.intransitiveCues.has(tokens[j].lower)) return cueAt(tokens, j);
    // the main clause's passive: "a second man abducted with him was found dead"
    if (words.passiveAuxiliaries.has(tokens[j].lower) && j > k + 1) {
      const passive = afterKind(tokens, j, words);
      return passive?.kind === "killed" ? "killed" : null;
    }
    if (cueAt(tokens, j) !== null) return null;
    if (words.determiners.has(tokens[j].lower) && tokens[j].lower !== "the" && implicitAt(tokens, j, words)) {
      return null;
    }
  }
  return null;
}

/**
 * "abducted a woman and later killed her", "stopped a man at a checkpoint and shot him dead": a cue after "and" within
 * ten words whose object pronoun takes the counted person back (the last act of the chain is the person's fate).
 */
function pronounLater(tokens: Token[], k: number, words: VictimWords): KindReading | null {
  for (let j = k; j < Math.min(tokens.length, k + 10); j++) {
    if (CLAUSE_MARKS.has(tokens[j].lower)) return null;
    if (tokens[j].lower !== "and") continue;
    let n = j + 1;
    while (n < j + 4 && words.bridges.has(tokens[n]?.lower ?? "")) n += 1;
    // "shot him dead": the pronoun between the verb and its result
    if (words.objectPronouns.has(tokens[n]?.lower ?? "") && cueAt(tokens, n + 1) === "killed" && n > j + 1) {
      return { kind: "killed", how: "after" };
    }
    const kind = cueAt(tokens, n);
    const pronoun = words.objectPronouns.has(tokens[n + 1]?.lower ?? "") && endsNounPhrase(tokens, n + 2, words);
    return kind && pronoun && !isNounCue(tokens[n].lower) ? { kind, how: "after" } : null;
  }
  return null;
}

/** A bridge verb or a participle ("stopped") that is no cue itself, before "and" in a passive. */
const isParticiple = (t: Token | undefined, words: VictimWords) =>
  !!t && (words.bridges.has(t.lower) || /^[a-z]{3,}ed$/.test(t.text));

/**
 * The kind an after-clause gives a counted person, scanning from `from`: a passive ("was killed", "was shot and
 * killed", "was reportedly shot dead", "was abducted and killed"), an intransitive death verb ("died", "lost his
 * life"), a wound taken ("sustained injuries", "suffered serious wounds"), or a reduced passive right after the noun
 * ("another injured", "a child killed in the shelling", "left a man dead"). Null when none.
 */
function afterKind(tokens: Token[], from: number, words: VictimWords): KindReading | null {
  let k = from;
  let passive = false;
  for (; k < tokens.length && k < from + 6; k++) {
    const lower = tokens[k].lower;
    const previous = tokens[k - 1]?.lower ?? "";
    if (words.passiveAuxiliaries.has(lower)) {
      passive = true;
      continue;
    }
    if (words.sufferVerbs.has(lower)) return woundTaken(tokens, k + 1);
    if (words.bridges.has(lower)) continue;
    // "was shot and killed", "was stopped and arrested": a participle joined to the cue
    if (lower === "and" && passive && isParticiple(tokens[k - 1], words)) continue;
    // "was said to have been killed", "was tortured to death"
    const toHave = /^(have|be)$/.test(tokens[k + 1]?.lower ?? "") || cueAt(tokens, k + 1) === "killed";
    if (lower === "to" && words.bridges.has(previous) && toHave) continue;
    // "was stopped at a checkpoint and arrested": a participle, then the cue joined by "and"
    if (passive && cueAt(tokens, k) === null && /^[a-z]{3,}ed$/.test(tokens[k].text)) {
      return joinedCue(tokens, k, words);
    }
    break;
  }
  const kind = k < tokens.length ? cueAt(tokens, k) : null;
  if (!kind) return null;
  const lower = tokens[k].lower;
  // "lost his life": a death verb whose object is the person's own life
  const ownLife = words.possessives.has(tokens[k + 1]?.lower ?? "") && cueAt(tokens, k + 2) === "killed";
  if (passive || words.intransitiveCues.has(lower) || ownLife) {
    // "a civilian who was wounded in the shelling last week died on Monday": the main verb after a relative clause
    const relative = words.relativeOpeners.has(tokens[from]?.lower ?? "");
    const main = relative ? mainDeath(tokens, k, words) : null;
    return { kind: main ?? chainedCue(tokens, k, kind, words), how: "after" };
  }
  // a reduced passive: "another injured.", "a child killed in the shelling", "left a man dead" (not "a man killed 5")
  // "froze to death", a headline's "Soldier shot dead in Daraa": a participle of `bridges` before the cue
  const toDeath = lower === "death" && tokens[k - 1]?.lower === "to";
  if (
    // (past adverbs only: "a third lightly injured"; or a bridge's participle: "shot dead", "found dead")
    tokens.slice(from, k).every((t) =>
      /ly$/.test(t.lower) || reducedBridge(t, words) || (toDeath && t.lower === "to")
    ) &&
    (/ed$/.test(lower) || lower === "dead" || toDeath) &&
    reducedPassiveEnds(tokens[k + 1]) &&
    !objectCount(tokens, k)
  ) {
    // "a woman injured in the shelling of Jisr al-Shughur died in hospital": the main verb after the participle
    return { kind: mainDeath(tokens, k, words) ?? kind, how: "after" };
  }
  return null;
}

/** Bridges that are no participle of a reduced passive: auxiliaries and relative words ("a man who killed ..."). */
const NOT_PARTICIPLES = new Set(["has", "have", "had", "who", "that", "both", "then", "also", "later"]);

/** A bridge that is a participle or an adverb of one: "shot", "found", "froze" ("a soldier shot dead in Daraa"). */
const reducedBridge = (t: Token, words: VictimWords) => words.bridges.has(t.lower) && !NOT_PARTICIPLES.has(t.lower);

/** Nouns of a wound taken: "sustained injuries", "suffered a head injury". */
const WOUND_NOUNS = new Set(["injuries", "injury", "wounds", "wound", "burns"]);

/**
 * The words `readImplicitKind` reads a kind from besides the casualty cues of `cueAt` (`KIND_WORDS`): the wound
 * nouns and the lexicon's nouns of remains ("a man's body"). A new source of a kind there adds its words here.
 */
export function implicitKindWords(lexicon: VictimLexicon): string[] {
  return [...WOUND_NOUNS, ...lexicon.tollNouns.words.map((word) => word.toLowerCase())];
}

/** A wound noun within three words after "sustained" / "suffered" at `k - 1` ("sustained serious injuries"). */
function woundTaken(tokens: Token[], k: number): KindReading | null {
  for (let j = k; j < Math.min(tokens.length, k + 3); j++) {
    if (WOUND_NOUNS.has(tokens[j].lower)) return { kind: "injured", how: "after" };
    if (!isLetterWord(tokens[j])) return null;
  }
  return null;
}

/**
 * Where an aside after a counted person ends, for the clause after it to be read: a relative opener after a comma
 * ("a man, who was killed"), or an apposition between commas ("a man, identified as Ahmad al-Hariri, was shot
 * dead"). `k` itself when there is none.
 */
function asideEnd(tokens: Token[], k: number, words: VictimWords): number {
  if (tokens[k]?.text !== ",") return k;
  if (words.relativeOpeners.has(tokens[k + 1]?.lower ?? "")) return k + 1;
  for (let j = k + 1; j < Math.min(tokens.length, k + 9); j++) {
    if (tokens[j].text === ",") return j + 1;
    if (CLAUSE_MARKS.has(tokens[j].lower) || cueAt(tokens, j) !== null) return k;
  }
  return k;
}

/** The token after the comma closing an aside opened by the comma at `k`, within twelve words, else null. */
function closingComma(tokens: Token[], k: number): number | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 13); j++) {
    if (tokens[j].text === ",") return j + 1;
    if (CLAUSE_MARKS.has(tokens[j].lower)) return null;
  }
  return null;
}

/** "opened fire on a man, killing him": a cue after a comma whose object pronoun takes back the counted person. */
function pronounTakesBack(tokens: Token[], k: number, words: VictimWords): KindReading | null {
  if (tokens[k]?.text !== ",") return null;
  const kind = cueAt(tokens, k + 1);
  // the pronoun ends its noun phrase: "wounding her", not "wounding her son"
  const pronoun = words.objectPronouns.has(tokens[k + 2]?.lower ?? "") && endsNounPhrase(tokens, k + 3, words);
  // a pronoun heading a list is a count of its own ("killing him and his wife": `listedPronoun`)
  return kind && pronoun && !listedPronoun(tokens, k + 2, words) ? { kind, how: "after" } : null;
}

/**
 * Whether the object pronoun at `i` heads a list after a casualty verb ("killing him and his wife", "killing him, his
 * bodyguard and 3 others", "killing him and wounding his son"): then the pronoun is a count of one of its own, and the
 * person it takes back is not counted again.
 */
function listedPronoun(tokens: Token[], i: number, words: VictimWords): boolean {
  if (!words.objectPronouns.has(tokens[i]?.lower ?? "") || !["and", ","].includes(tokens[i + 1]?.lower ?? "")) {
    return false;
  }
  return cueAt(tokens, i - 1) !== null && !isNounCue(tokens[i - 1].lower);
}

/**
 * The main clause's passive after a relative clause ("a former commander who had joined the 8th Brigade was
 * assassinated", "a man riding a motorcycle was shot dead", "a man accused of spying was executed"): the first
 * auxiliary within ten words with no clause mark, read as a passive. Null when none.
 */
function afterRelativeClause(tokens: Token[], k: number, words: VictimWords): KindReading | null {
  // a reduced relative opens with a participle that is no cue: "a man riding a motorcycle", "a man wanted by the regime"
  const participle = /^[a-z]{3,}(?:ing|ed)$/.test(tokens[k]?.text ?? "") && cueAt(tokens, k) === null;
  if (!words.relativeOpeners.has(tokens[k]?.lower ?? "") && !participle) return null;
  for (let j = k + 1; j < Math.min(tokens.length, k + 11); j++) {
    const lower = tokens[j].lower;
    // a clause mark, a reported clause or a count of its own ends the search: "a woman living there told AFP that ..."
    const ordinal = /^\d+(?:st|nd|rd|th)$/.test(lower) || /^(?:st|nd|rd|th)$/.test(tokens[j + 1]?.lower ?? "");
    const count = isNumberWord(tokens[j]) && !ordinal;
    if (CLAUSE_MARKS.has(lower) || REPORTING.has(lower) || lower === "that" || count) return null;
    if (j > k + 1 && words.passiveAuxiliaries.has(lower)) {
      const reading = afterKind(tokens, j, words);
      if (reading) return reading;
    }
  }
  return null;
}

/**
 * The cue of a named victim the count stands in apposition to: "shot dead Abu Omar, a former FSA commander" (a verb
 * cue, one to five name words, a comma, the count at `first`). Null when none.
 */
function namedObjectCue(tokens: Token[], first: number, words: VictimWords): KindReading | null {
  if (tokens[first - 1]?.text !== ",") return null;
  let j = first - 2;
  while (j >= Math.max(0, first - 7) && isNameWord(tokens[j], words)) j -= 1;
  if (j === first - 2 || j < 0) return null;
  const kind = cueAt(tokens, j);
  return kind && (!isNounCue(tokens[j].lower) || tokens[j].lower === "dead") ? { kind, how: "verb-object" } : null;
}

/** Words that open an aside naming part of a toll counted before it. */
const SUBSET_OPENERS = new Set(["including", "among", "incl", "includes", "include"]);

/**
 * The kind of an implicit count, or null when no casualty cue governs it: a cue right before it over filler words
 * ("killing a man", "shot dead a fighter", "injuring another", "the body of a man", "claimed the life of a man"), or
 * after it, past a complement or an aside, a passive ("a child was killed", "a man was reportedly shot dead", "a
 * member of the White Helmets was killed", "a man, identified as X, was shot dead"), a reduced passive ("another
 * injured", "a child killed in the shelling"), an intransitive death verb ("a child died", "a soldier lost his life"),
 * a wound taken ("a child sustained injuries") or a cue taking the person back ("a man, killing him"). A transitive
 * cue right after ("a man killed 5 people") names the killer and is not read; neither is a cue further away.
 */
export function readImplicitKind(
  tokens: Token[],
  phrase: NumberPhrase,
  lexicon: VictimLexicon,
  arabic: ArabicNameWords,
): KindReading | null {
  const words = victimWords(lexicon, arabic);
  // a sum joined after its verb: "a member ... was killed along with his driver"
  if (phrase.fateCue !== undefined) {
    const kind = cueAt(tokens, phrase.fateCue);
    if (kind) return { kind, how: "after" };
  }
  // a person inside an aside of a written toll ("11 people, including a woman and child, were killed") is part of it
  if (SUBSET_OPENERS.has(tokens[phrase.firstToken - 1]?.lower ?? "")) return null;
  // "the dead included a doctor and two nurses": a member of a group named before
  const group = listedGroupKind(tokens, phrase.firstToken);
  if (group) return { kind: group, how: "before" };
  // "a man's body": the count names remains
  if (words.tollNouns.has(tokens[(phrase.headEndToken ?? phrase.lastToken) - 1]?.lower ?? "")) {
    return { kind: "killed", how: "before" };
  }
  for (let k = phrase.firstToken - 1, gap = 0; k >= 0 && gap <= 4; k--, gap++) {
    if (words.tollNouns.has(tokens[k].lower) && tokens[k + 1]?.lower === "of") return { kind: "killed", how: "before" };
    const kind = cueAt(tokens, k);
    // a place named like a person ("captured Sheikh Miskeen") after a verb that takes places
    if (kind && words.titles.has(tokens[phrase.firstToken].lower) && words.territoryVerbs.has(tokens[k].lower)) break;
    // a noun cue counts the person only through "of" ("the death of a civilian", not "the toll to an AFP reporter"),
    // or an injury through "to" ("causing injuries to a woman"); "shot dead a man": "dead" completes the verb
    const through = tokens[k + 1]?.lower === "of" || (kind === "injured" && tokens[k + 1]?.lower === "to");
    if (kind && isNounCue(tokens[k].lower) && tokens[k].lower !== "dead" && !through) break;
    if (kind) {
      return pronounLater(tokens, phrase.headEndToken ?? phrase.lastToken, words) ??
        { kind: jointCasualties(tokens, k) ?? kind, how: "verb-object" };
    }
    // "detained and tortured a young man": a verb joined to a cue before it shares its object
    const joined = /^[a-z]{3,}ed$/.test(tokens[k].text) && tokens[k - 1]?.lower === "and" ? cueAt(tokens, k - 2) : null;
    if (joined && k === phrase.firstToken - 1 && !isNounCue(tokens[k - 2].lower)) {
      return { kind: joined, how: "verb-object" };
    }
    if (!LEFT_FILLERS.has(tokens[k].lower)) break;
  }
  const named = namedObjectCue(tokens, phrase.firstToken, words);
  if (named) return named;
  const head = complementEnd(tokens, phrase.headEndToken ?? phrase.lastToken, words);
  const taken = pronounTakesBack(tokens, head, words) ?? pronounLater(tokens, head, words);
  if (taken) return taken;
  const from = asideEnd(tokens, head, words);
  const reading = afterKind(tokens, from, words) ?? afterRelativeClause(tokens, from, words);
  if (reading || from === head) return reading;
  // a relative clause between commas with no cue of its own: "a child, who was playing near his home, was killed"
  const close = closingComma(tokens, head);
  return close === null ? null : afterKind(tokens, close, words);
}
