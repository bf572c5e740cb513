import type { Group } from "../../records/mod.ts";
import type { NameToken } from "./fold.ts";
import type { Entry, NameMatcher, NameWords } from "./trie.ts";
import type { WordSieve } from "../figures/word-sieve.ts";
import { spacedBetween } from "./white-space.ts";

// The guards decide whether a name the trie reached stands for its group here. Each reads one list of the name
// lexicon (data/lexicon/names.json), so a new phrase family is a lexicon entry, not a new rule.

function isAllCapsWord(token: NameToken | undefined): boolean {
  return token !== undefined && token.raw.length > 1 && /^\p{Lu}+$/u.test(token.raw);
}

/**
 * The acronym a token writes, if any: the token itself ("HTS") or, since FA-KES strips apostrophes, an acronym with
 * a possessive "s" glued on ("ISs closest positions", "ISILs capital"), whose "s" is not part of the name.
 * `mayBeAcronym` is the sieve of `acronyms` (`keySieve`).
 */
export function acronymIn(
  token: NameToken,
  acronyms: Map<string, string>,
  mayBeAcronym: WordSieve,
): string | undefined {
  const raw = token.raw;
  if (mayBeAcronym(raw) && acronyms.has(raw)) return raw;
  // (the last letter is asked first: most words end in no "s", and the stem is cut only for one that may be an acronym)
  // (and a word opening with a lower-case ASCII letter, most of them, is no acronym's: the expression is not asked)
  const opening = raw.charCodeAt(0);
  if (raw.charCodeAt(raw.length - 1) !== 0x73 || (opening >= 0x61 && opening <= 0x7a)) return undefined;
  if (!/^\p{Lu}{2,}s$/u.test(raw)) return undefined;
  const stem = raw.slice(0, -1);
  return acronyms.has(stem) ? stem : undefined;
}

/**
 * Whether an acronym token stands for its group here: none count in all-caps runs; a word acronym ("IS") holds in
 * a context that makes it the group (a possessive is one: "ISs positions"), and otherwise only once the text names
 * the group some other way.
 */
export function acronymHolds(
  tokens: NameToken[],
  index: number,
  text: string,
  acronyms: Map<string, string>,
  words: NameWords,
  possessive: boolean,
): "yes" | "no" | "if-named" {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const shouting = (neighbour: NameToken | undefined) => isAllCapsWord(neighbour) && !acronyms.has(neighbour!.raw);
  if (possessive || !words.wordAcronyms.has(token.raw)) return shouting(previous) && shouting(next) ? "no" : "yes";
  if (shouting(previous) || shouting(next)) return "no";
  return wordAcronymInContext(tokens, index, text, words) ? "yes" : "if-named";
}

function wordAcronymInContext(tokens: NameToken[], index: number, text: string, words: NameWords): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const before = text.slice(Math.max(0, token.start - 1), token.start);
  const after = text.slice(token.end, token.end + 2);
  if (before === "(" && after.startsWith(")")) return true;
  if (token.wordEnd > token.end || /^[-‐‑]\p{L}/u.test(after)) return true;
  if (next && spacedBetween(text, token.wordEnd, next.start)) {
    if (words.wordAcronymNextWords.has(next.lower)) return true;
    if (armsCompoundFollows(tokens, index, text, words)) return true;
    // A lower-case past-tense verb right after it: the acronym acts ("IS attacked").
    if (/^\p{Ll}/u.test(next.raw) && [...words.wordAcronymVerbEndings].some((ending) => next.raw.endsWith(ending))) {
      return true;
    }
  }
  return previous !== undefined && spacedBetween(text, previous.wordEnd, token.start) &&
    words.wordAcronymPreviousWords.has(previous.raw);
}

/** The last word of every weapon, attack and force noun of the lexicon ("bomb", "strikes", "drones"), per lexicon. */
const armsHeadsOf = new WeakMap<NameWords, Set<string>>();
function armsHeads(words: NameWords): Set<string> {
  let heads = armsHeadsOf.get(words);
  if (!heads) {
    heads = new Set(
      [...words.weaponNouns, ...words.attackNouns, ...words.forceNouns].map((noun) => noun.split(" ").at(-1)!),
    );
    armsHeadsOf.set(words, heads);
  }
  return heads;
}

/**
 * A word acronym modifying arms or an attack: a lower-case compound of at most three words, spaced, right after it,
 * whose last word heads a weapon, attack or force noun of the lexicon ("an IS truck bomb", "IS car bombs", "IS
 * suicide bombing", "IS drones"), with no article, determiner or negation before it (`wordAcronymCompoundBreakers`:
 * "This IS a strike"). The compound's words are nouns the acronym modifies, so it is the group.
 */
function armsCompoundFollows(tokens: NameToken[], index: number, text: string, words: NameWords): boolean {
  const heads = armsHeads(words);
  let previousEnd = tokens[index].wordEnd;
  for (let k = index + 1; k <= index + 3 && k < tokens.length; k++) {
    const word = tokens[k];
    if (!spacedBetween(text, previousEnd, word.start) || !/^\p{Ll}+$/u.test(word.raw)) return false;
    if (words.wordAcronymCompoundBreakers.has(word.raw)) return false;
    if (heads.has(word.raw)) return true;
    previousEnd = word.wordEnd;
  }
  return false;
}

/** "anti-Assad forces" are the rebels: a name whose generic head follows "anti-" names the other side. */
export function namesOtherSide(tokens: NameToken[], first: number, last: number, text: string, words: NameWords) {
  const previous = tokens[first - 1];
  return previous !== undefined && previous.lower === "anti" &&
    text.slice(previous.wordEnd, tokens[first].start) === "-" && last > first &&
    words.genericWords.has(tokens[last].lower);
}

/**
 * Whether a name opening a line is its country label, alone or joined to others by slashes, before a colon: "Turkey:
 * RRP5 Update", "Iraq/Jordan/Turkey: Syrians Blocked" (ReliefWeb heads its reports so; a wire story's "Syria: ..." the
 * same). The label says where, not who acts.
 */
export function countryLabel(text: string, start: number, end: number): boolean {
  const lineStart = labelLineStart(text, start);
  return lineStart >= 0 && LABEL_BEFORE.test(text.slice(lineStart, start)) &&
    LABEL_AFTER.test(text.slice(end, end + 120));
}

/** The ASCII characters a line may hold before a label's name (`LABEL_BEFORE`): letters, spaces, . ' - and /. */
const LABEL_ASCII = new Uint8Array(128);
for (const mark of " \t\v\f\r.'-/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
  LABEL_ASCII[mark.charCodeAt(0)] = 1;
}
const isAsciiLowerCase = (code: number) => code >= 0x61 && code <= 0x7a;
const WHITESPACE = /\s/;

/**
 * Where the line holding offset `start` begins, read back from `start`; -1 as soon as a character shows that no label
 * can stand before it: an ASCII character `LABEL_BEFORE` does not take (a comma, a digit), or a word opening in lower
 * case. A name in prose is told so within a few words, not by reading back to the line's start (FA-KES texts are one
 * line each).
 */
function labelLineStart(text: string, start: number): number {
  for (let at = start - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return at + 1;
    if (code < 0x80 && LABEL_ASCII[code] === 0) return -1;
    if (isAsciiLowerCase(code) && (at === 0 || WHITESPACE.test(text[at - 1]))) return -1;
  }
  return 0;
}
const LABEL_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;
const LABEL_BEFORE = new RegExp(String.raw`^\s*(?:${LABEL_NAME}\s*\/\s*){0,6}$`, "u");
const LABEL_AFTER = new RegExp(String.raw`^(?:\s*\/\s*${LABEL_NAME}){0,6}\s*:`, "u");

/**
 * A foreign state's bare name (no force noun: "Turkey", "US", "Britain") used as a place or an adjective:
 * "Britain-based", "US-made", "US-backed" (`stateAttributeSuffixes`), "fled into Turkey", "in southern Turkey", "the border with Turkey", "US officials", "U.S.
 * President"; never after an act done with or towards it ("hostility towards Israel", lexicon `partneredActs`).
 */
export function stateNameNotActor(
  tokens: NameToken[],
  first: number,
  last: number,
  end: number,
  text: string,
  words: NameWords,
  names: Pick<NameMatcher, "acronyms" | "stateNames">,
): boolean {
  // (the expression is tried only after a hyphen: most names have none after them)
  const suffix = isHyphen(text.charCodeAt(end))
    ? ATTRIBUTE_SUFFIX.exec(text.slice(end, end + 16))?.[1]?.toLowerCase()
    : undefined;
  if (suffix !== undefined && words.stateAttributeSuffixes.has(suffix)) return true;
  // ("US$1.5 billion": a currency sign glued on makes the name money's.)
  if (text.charCodeAt(end) === 0x24) return true;
  if (countryLabel(text, tokens[first].start, end)) return true;
  // ("UNHCR Turkey Sitrep", "IOM Iraq": after the acronym of a body the gazetteer does not hold, the name is that body's
  // office there.)
  const previous = tokens[first - 1];
  if (
    previous && isAllCapsWord(previous) && previous.raw.length >= 3 && !names.acronyms.has(previous.raw) &&
    spacedBetween(text, previous.wordEnd, tokens[first].start)
  ) return true;
  // ("joined in the US-led bombing of ISIL": a state compounded with what it leads or backs acts, wherever it stands.)
  if (suffix !== undefined && (words.agentSuffixes.has(suffix) || words.backingSuffixes.has(suffix))) return false;
  const next = tokens[last + 1];
  if (next && spacedBetween(text, end, next.start) && words.stateAttributeWords.has(next.lower)) {
    return leaderOrderEnd(tokens, last + 1, text, words) < 0;
  }
  // (Two words: "Qatar Red Crescent", "the British Red Cross" are aid societies named after their state.)
  const second = tokens[last + 2];
  if (
    next && second && spacedBetween(text, end, next.start) && spacedBetween(text, next.wordEnd, second.start) &&
    words.stateAttributeWords.has(`${next.raw} ${second.raw}`.toLowerCase())
  ) return true;
  let before = first - 1;
  const spaced = (index: number) => spacedBetween(text, tokens[index].wordEnd, tokens[index + 1].start);
  const word = (index: number) => tokens[index]?.lower;
  if (before >= 1 && word(before) === "with" && /^borders?$/.test(word(before - 1)!) && spaced(before - 1)) {
    return spaced(before);
  }
  // ("the border between Turkey and Syria": a border's sides are places; round 73.)
  if (before >= 1 && word(before) === "between" && /^borders?$/.test(word(before - 1)!) && spaced(before - 1)) {
    return spaced(before);
  }
  if (before >= 0 && spaced(before) && words.directionWords.has(tokens[before].lower)) before--;
  // ("provided military support to Iran": after what a backer gives, lexicon `supportNouns`, "to" names the state that
  // receives it, not a place; issue 10, round 59.)
  if (before >= 1 && word(before) === "to" && spaced(before - 1)) {
    const one = word(before - 1)!;
    const two = before >= 2 && spaced(before - 2) ? `${word(before - 2)} ${one}` : "";
    if (words.supportNouns.has(one) || words.supportNouns.has(two)) return false;
  }
  // ("hostility towards Israel", "at war with Turkey": after an act done with or towards a state, lexicon
  // `partneredActs`, the preposition names the act's other party, not a place; round 69.)
  if (before >= 1 && spaced(before - 1)) {
    const two = `${word(before - 1)} ${word(before)}`;
    const three = before >= 2 && spaced(before - 2) ? `${word(before - 2)} ${two}` : "";
    if (words.partneredActs.has(two) || words.partneredActs.has(three)) return false;
  }
  // ("sites belonging to Iran's Quds Force": a state owning the capitalised name after it is that name's owner, no place,
  // whatever locative stands before it; issue 10, round 87.)
  if (OWNER_OF_NAME.test(text.slice(end, end + 4))) return false;
  if (listedAfterLocative(tokens, first, last, text, words, names.stateNames)) return true;
  return before >= 0 && spaced(before) && words.locativeWords.has(tokens[before].lower);
}

/** A possessive right after a name, then a capitalised word: "Iran's Quds Force". */
const OWNER_OF_NAME = /^['’]s\s+\p{Lu}/u;

/** A suffix glued to a state's name by a hyphen ("US-backed", "Britain-based"): its letters. */
const ATTRIBUTE_SUFFIX = /^[-‐‑](\p{L}+)/u;
/** The hyphens `ATTRIBUTE_SUFFIX` opens with: "-", "‐", "‑". */
const isHyphen = (code: number) => code === 0x2d || code === 0x2010 || code === 0x2011;

/** Locative words that also give ("pledge to Poland, Germany and Italy"): they open a list of places only without commas. */
const GIVING_LOCATIVES = new Set(["to", "toward", "towards"]);

/**
 * Whether the name at tokens `first`..`last` is a later member of a list of capitalised names (each up to three words)
 * that a locative word opens: "based in Jordan and Turkey" (round 72), "refugees in Lebanon, Jordan, Turkey and Egypt"
 * (round 73, the blind ReliefWeb mention set). A list with commas is one only when every name before this one is a
 * state's (`stateNames`) and "and" or "or" closes it: "in Aleppo, Turkey and Russia agreed" and "in Syria, France
 * coordinated" open a clause after a place, and "in Afghanistan, and Canada decided" joins two clauses. After "to" a
 * list with commas is one of recipients or actors ("a pledge to Poland, Germany and Italy formalised"), so "to" opens
 * only lists joined by "and" or "or".
 */
function listedAfterLocative(
  tokens: NameToken[],
  first: number,
  last: number,
  text: string,
  words: NameWords,
  stateNames: ReadonlySet<string>,
): boolean {
  const gap = (index: number) => text.slice(tokens[index].wordEnd, tokens[index + 1].start);
  const spacedGap = (index: number) => /^\s+$/.test(gap(index));
  const commaGap = (index: number) => /^\s*,\s*$/.test(gap(index));
  const joinerWord = (index: number) => /^(?:and|or)$/i.test(tokens[index].raw);
  let i = first - 1;
  let commas = 0;
  let commaAnds = 0;
  let ands = 0;
  let homogeneous = true;
  for (let items = 0; i >= 0 && items < 12; items++) {
    // the joiner before the item that starts at i + 1: "and", "or", a comma, or a comma and "and"
    if (joinerWord(i) && spacedGap(i)) {
      if (i === 0) return false;
      if (commaGap(i - 1)) commaAnds++;
      else if (spacedGap(i - 1)) ands++;
      else return false;
      i--;
    } else if (commaGap(i)) {
      commas++;
    } else break;
    // the item before the joiner: one to three capitalised words joined by spaces
    let k = i;
    while (k >= 0 && i - k < 3 && /^\p{Lu}/u.test(tokens[k].raw) && (k === i || spacedGap(k))) k--;
    if (k === i) return false;
    if (!stateNames.has(text.slice(tokens[k + 1].start, tokens[i].wordEnd))) homogeneous = false;
    i = k;
  }
  const joined = commas + commaAnds + ands > 0;
  if (!joined || i < 0 || !spacedGap(i)) return false;
  const opener = tokens[i].lower;
  if (!words.locativeWords.has(opener)) return false;
  if (commas + commaAnds === 0) return true;
  if (!homogeneous || GIVING_LOCATIVES.has(opener)) return false;
  // ("A, and B" with no other comma joins clauses; a list of three closes with "and": look ahead when it is not yet.)
  if (commaAnds + ands > 0) return commas + ands > 0;
  for (let j = last, items = 0; j + 1 < tokens.length && items < 12; items++) {
    if (joinerWord(j + 1) && (spacedGap(j) || commaGap(j))) return true;
    if (!commaGap(j)) return false;
    let k = j + 1;
    while (k < tokens.length && k - j <= 3 && /^\p{Lu}/u.test(tokens[k].raw) && (k === j + 1 || spacedGap(k - 1))) k++;
    if (k === j + 1) return false;
    j = k - 1;
  }
  return false;
}

/**
 * Where the name ends (its last token) of the state's leader titled at token `title` who orders an act ("U.S. President Donald Trump ordered an airstrike",
 * "US Defense Secretary Mattis authorized"): a title of `leaderTitles` (one or two words), up to three capitalised
 * words of a name, then a verb of `leaderOrders`. The state acts through its leader; elsewhere the title is an
 * attribute ("US President Trump said"): -1. Issue 10, round 69.
 */
export function leaderOrderEnd(tokens: NameToken[], title: number, text: string, words: NameWords): number {
  const lower = (index: number) => tokens[index]?.lower ?? "";
  let i = words.leaderTitles.has(`${lower(title)} ${lower(title + 1)}`)
    ? title + 2
    : words.leaderTitles.has(lower(title))
    ? title + 1
    : -1;
  if (i < 0) return -1;
  const name = i;
  while (i < name + 3 && /^\p{Lu}/u.test(tokens[i]?.raw ?? "")) i++;
  return i > name && i < tokens.length && spacedBetween(text, tokens[i - 1].wordEnd, tokens[i].start) &&
      words.leaderOrders.has(lower(i))
    ? i - 1
    : -1;
}

/**
 * A capital that opens a government's name ("the Damascus government") after a word that makes it a place: the
 * corpus stripped a comma ("west of the capital Damascus, government forces" arrives as "capital Damascus government
 * forces"), and the forces are the mention, not "Damascus government".
 */
export function capitalAsPlace(tokens: NameToken[], first: number, text: string, words: NameWords): boolean {
  const previous = tokens[first - 1];
  return words.capitalOwners.has(tokens[first].key) && previous !== undefined &&
    spacedBetween(text, previous.wordEnd, tokens[first].start) &&
    words.placeBeforeCapital.has(previous.lower);
}

/** Whether a foreign state's match is its bare name, not a phrase naming its forces ("Russian warplanes"). */
export function isBareStateName(group: Group | undefined, lastWord: string, words: NameWords): boolean {
  return group?.kind === "foreign-state" && !words.forceNouns.has(lastWord.toLowerCase());
}

/** Whether an international body's match is its bare name ("NATO", "Arab League"), not a phrase naming its forces. */
export function isBareBodyName(group: Group | undefined, lastWord: string, words: NameWords): boolean {
  return group?.kind === "international-org" && !words.forceNouns.has(lastWord.toLowerCase());
}

/** The nouns after an alliance's name that name its member states ("a NATO state"): the alliance is the whole there. */
const MEMBER_NOUNS = new Set(["state", "states", "member", "members", "country", "countries", "ally", "allies"]);

/**
 * An international body's bare name as an attribute of a person or a thing ("UN-Arab League envoy", "Arab League
 * chief", "NATO Secretary General", "NATO officials", `stateAttributeWords`), as a state's is; but never a place ("allies
 * in NATO" are its members), and never before its member states ("the only NATO state"). Round 73.
 */
export function bodyNameNotActor(tokens: NameToken[], last: number, end: number, text: string, words: NameWords) {
  const next = tokens[last + 1];
  if (!next || !spacedBetween(text, end, next.start)) return false;
  const word = next.lower;
  return words.stateAttributeWords.has(word) && !MEMBER_NOUNS.has(word);
}

/** An alias that capitalises a generic word ("Islamic State") holds only where the text capitalises it too. */
export function capitalsHold(entry: Entry, tokens: NameToken[], first: number): boolean {
  return entry.capitalised.every((position) => /^\p{Lu}/u.test(tokens[first + position].raw));
}

/**
 * Whether a pending word acronym is coordinated with a name found right after it ("the NFL and HTS"): one of
 * `coordinationWords` (and, or, a comma) between them.
 */
export function coordinatedWithName(end: number, text: string, nameStarts: Set<number>, words: NameWords): boolean {
  const gap = text.slice(end, end + 12).match(/^(\s*(\S+?)\s+(?:the\s+)?)/);
  if (!gap) return false;
  const joiner = gap[2];
  return words.coordinationWords.has(joiner.toLowerCase()) && nameStarts.has(end + gap[1].length);
}

/**
 * Whether a bare descriptor ("regime", "Coalition", "former regime") names its party here: not after a word of
 * `bareDescriptorPreviousWords` ("the sanctions regime", "Saudi-led Coalition") or a capitalised name ("Iranian
 * regime", "National Coalition"; "The" is an article); after a determiner only as a modifier of a noun a group name
 * modifies ("a regime airstrike", not "a regime that"); not before one of `bareDescriptorNextWords` ("regime
 * change", "the regime of sanctions", "Coalition government") or of the descriptor's own `notBefore` ("former
 * regime officers").
 */
export function bareDescriptorHolds(
  tokens: NameToken[],
  first: number,
  last: number,
  text: string,
  words: NameWords,
  notBefore: readonly string[] = [],
): boolean {
  const previous = tokens[first - 1];
  const next = tokens[last + 1];
  const joined = (from: number, to: number) => /^(?:\s+|[-‐‑])$/.test(text.slice(from, to));
  const nextWord = next !== undefined && joined(tokens[last].wordEnd, next.start) ? next.lower : null;
  if (nextWord !== null && (words.bareDescriptorNextWords.has(nextWord) || notBefore.includes(nextWord))) return false;
  if (previous === undefined || !joined(previous.wordEnd, tokens[first].start) || previous.wordEnd !== previous.end) {
    return true;
  }
  const word = previous.lower;
  if (words.bareDescriptorPreviousWords.has(word)) return false;
  const determiner = words.bareDescriptorDeterminers.has(word);
  // ("Pro-regime Shabiha militants": a sentence's capitalised "pro-" prefix is the side's, no other party's; round 80.)
  if (/^\p{Lu}/u.test(previous.raw) && word !== "the" && word !== "pro" && !determiner) return false;
  // (A descriptor ending in its own force or attack noun, "a coalition airstrike", is no bare noun a determiner could
  // own; round 27.)
  const own = tokens[last].lower;
  if (!determiner || (last > first && (words.forceNouns.has(own) || words.attackNouns.has(own)))) return true;
  // A capitalised word after it is a model or a name it modifies ("a regime Su-22", "a Coalition F-16").
  return nextWord !== null &&
    (words.forceNouns.has(nextWord) || words.stateAttributeWords.has(nextWord) ||
      words.wordAcronymNextWords.has(nextWord) || /^\p{Lu}/u.test(next.raw));
}

/**
 * Whether the words right after token `last` (spaced or hyphenated) open with one of `phrases` of one or two words: a
 * descriptor's `onlyBefore` ("government" before "air strikes").
 */
export function nextPhraseIn(tokens: NameToken[], last: number, text: string, phrases: readonly string[]): boolean {
  const joined = (a: NameToken, b: NameToken) => /^(?:\s+|[-‐‑])$/.test(text.slice(a.wordEnd, b.start));
  const next = tokens[last + 1];
  if (next === undefined || !joined(tokens[last], next)) return false;
  const one = next.lower;
  const after = tokens[last + 2];
  const two = after !== undefined && joined(next, after) ? `${one} ${after.lower}` : null;
  return phrases.includes(one) || (two !== null && phrases.includes(two));
}

/** Whether the word right after token `last` (spaced or hyphenated) is one of `words`: a descriptor's `notBefore`
 * ("the Ministry of Defence headquarters" is a building, not the force). */
export function nextWordIn(tokens: NameToken[], last: number, text: string, words: readonly string[]): boolean {
  const next = tokens[last + 1];
  return next !== undefined && /^(?:\s+|[-‐‑])$/.test(text.slice(tokens[last].wordEnd, next.start)) &&
    words.includes(next.lower);
}
