import type { Place, PlaceLevel, Places } from "../../records/mod.ts";
import { foldPlaceName } from "../../reference/places.ts";
import { clauseAt, type ClauseSpan, clauseSpans } from "./clause.ts";

const SPECIFICITY: Record<PlaceLevel, number> = { town: 4, city: 3, region: 2, governorate: 1, country: 0 };

/** The most words a place name has ("Moadamiyet al-Sham", "Bab al-Faraj", "Ras al-Ain"). */
const MAX_WORDS = 5;

type PlaceIndex = {
  byKey: Map<string, Place>;
  /** The last word of every key: a span whose last word folds to none of these names no place. */
  lastWords: Set<string>;
  /** The first word of every key: a span whose first word is kept in its key and folds to none of these names none. */
  firstWords: Set<string>;
  capitals: Map<string, { name: string; lat?: number; lon?: number }>;
  governorates: Map<string, { name: string; lat?: number; lon?: number }>;
  directions: Set<string>;
  areaNouns: Set<string>;
  cityNouns: Set<string>;
};

const indexes = new WeakMap<Places, PlaceIndex>();

/** Every alias of `places` under its folded key (`foldPlaceName`), the first place listed winning; built once. */
function indexOf(places: Places): PlaceIndex {
  let index = indexes.get(places);
  if (!index) {
    const byKey = new Map<string, Place>();
    for (const place of places.places) {
      for (const alias of place.aliases) {
        const key = foldPlaceName(alias);
        if (!byKey.has(key)) byKey.set(key, place);
      }
    }
    const words = (list?: { words: string[] }) => new Set((list?.words ?? []).map((w) => w.toLowerCase()));
    index = {
      byKey,
      lastWords: new Set([...byKey.keys()].map((key) => key.slice(key.lastIndexOf(" ") + 1))),
      firstWords: new Set([...byKey.keys()].map((key) => key.split(" ")[0])),
      capitals: new Map(places.governorates.filter((g) => g.capital).map((g) => [g.capital!, g])),
      governorates: new Map(places.governorates.map((g) => [g.name, g])),
      directions: words(places.governorateWords?.directions),
      areaNouns: words(places.governorateWords?.areaNouns),
      cityNouns: words(places.governorateWords?.cityNouns),
    };
    indexes.set(places, index);
  }
  return index;
}

/** One place a text names, with its offsets, where it lies, and how specific the reading is. */
export type PlaceMention = {
  name: string;
  start: number;
  end: number;
  specificity: number;
  level: PlaceLevel;
  governorate: string | null;
  lat: number | null;
  lon: number | null;
  /** A governorate capital named as the city itself ("the city of Aleppo", "Aleppo city"), not its governorate. */
  cityOnly?: true;
};

type Word = { text: string; start: number; end: number };

/**
 * The words of `text` (runs of letters, marks and apostrophes: `[\p{L}\p{M}'’‘ʿʾ]+`), with offsets. A scan of the
 * characters: ASCII ones are told apart by their codes, any other code point by `WORD_CHARACTER` (every sentence a
 * figure is read in is split so, and a scan builds no match objects).
 */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    let end = at;
    while (end < length) {
      const width = wordCharacterWidth(text, end);
      if (width === 0) break;
      end += width;
    }
    if (end === at) {
      at += characterWidth(text, at);
      continue;
    }
    const match = text.slice(at, end);
    // an English possessive is not part of the name: "Aleppo's" is Aleppo (only a word ending in "'s" is asked)
    const word = match.endsWith("s") && /['’]s$/.test(match) ? match.replace(POSSESSIVE, "") : match;
    words.push({ text: word, start: at, end: at + word.length });
    at = end;
  }
  return words;
}
/** One code point of a word: a letter, a mark or an apostrophe. */
const WORD_CHARACTER = /^[\p{L}\p{M}'’‘ʿʾ]$/u;
const POSSESSIVE = /(?<=\p{L}{3})['’]s$/u;

/** The UTF-16 units of the code point at `at` (2 for a pair of surrogates). */
function characterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The UTF-16 units of the code point at `at` when `WORD` holds it, else 0. */
function wordCharacterWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 ? 1 : 0;
  const width = characterWidth(text, at);
  return WORD_CHARACTER.test(text.slice(at, at + width)) ? width : 0;
}
/**
 * A place name starts with a capital followed by a small letter (not "SABAH" in a credit line), or with a lower-case
 * article joined to a capitalised word ("al-Bab").
 */
function opensName(text: string, words: Word[], i: number): boolean {
  const word = words[i].text;
  const first = word.charCodeAt(0);
  // a word opening with a small ASCII letter is no capital: only an article of three letters at most may open a name
  const small = first >= 97 && first <= 122;
  // an ASCII capital and a small ASCII letter open a name at once (the usual case), without the expression
  if (first >= 65 && first <= 90 && word.length > 1) {
    const second = word.charCodeAt(1);
    if (second >= 97 && second <= 122) return true;
  }
  if (!small && /^\p{Lu}(?:\p{Ll}|['’‘ʿ]|$)/u.test(word)) return true;
  // (every article opens with "a" or "e": most short words, "the", "of", "in", are passed over without the expression)
  if (word.length > 3 || (first !== 97 && first !== 101)) return false;
  const next = words[i + 1];
  return /^(?:al|el|ar|as|ash|az|ad|an|at|ez|ed)$/.test(word) && !!next && /^\p{Lu}/u.test(next.text) &&
    /^[-\s]$/.test(text.slice(words[i].end, next.start));
}

/**
 * Whether word `i` follows a capitalised word inside a sentence ("Hussein Malla", "Kafar Hamra"): a one-word GeoNames
 * name there is more likely a person's surname or the end of a longer place name the list lacks.
 */
function afterName(text: string, words: Word[], i: number): boolean {
  const previous = words[i - 1];
  if (!previous || !/^\p{Lu}/u.test(previous.text) || !/^[-\s]+$/.test(text.slice(previous.end, words[i].start))) {
    return false;
  }
  const beforePrevious = text.slice(0, previous.start).trimEnd();
  return beforePrevious.length > 0 && !/[.!?:"“]$/.test(beforePrevious);
}

/** Reads a governorate capital's mention as its governorate where a direction or area noun says so. */
function governorateReading(text: string, words: Word[], first: number, last: number, index: PlaceIndex): boolean {
  const before = words[first - 1]?.text.toLowerCase();
  const after = words[last + 1]?.text.toLowerCase();
  const gapAfter = words[last + 1] ? text.slice(words[last].end, words[last + 1].start) : "";
  if (before && index.directions.has(before)) return true;
  if (after && index.areaNouns.has(after) && /^\s+$/.test(gapAfter)) return true;
  // "the countryside of Idlib", "the province of Hama"
  return words[first - 1]?.text === "of" && index.areaNouns.has(words[first - 2]?.text.toLowerCase() ?? "");
}

/** Reads a governorate capital's mention as the city itself where a city noun says so ("Aleppo city", "city of Aleppo"). */
function cityReading(text: string, words: Word[], first: number, last: number, index: PlaceIndex): boolean {
  const after = words[last + 1]?.text.toLowerCase();
  const gapAfter = words[last + 1] ? text.slice(words[last].end, words[last + 1].start) : "";
  if (after && index.cityNouns.has(after) && /^\s+$/.test(gapAfter)) return true;
  return words[first - 1]?.text === "of" && index.cityNouns.has(words[first - 2]?.text.toLowerCase() ?? "");
}

/**
 * Every place of `places` named in `text`, longest name first, left to right, non-overlapping: a span of up to five
 * words separated by spaces or hyphens matches a place when it folds like one of its aliases (`foldPlaceName`:
 * "Idleb" is Idlib, "Dayr az Zawr" Deir ez-Zor). A governorate capital's name with a direction or area noun
 * ("northern Hama", "the countryside of Idlib") is read as its governorate, with a city noun ("Aleppo city", "the
 * city of Aleppo") as the city itself (`cityOnly`).
 */
export function placesIn(text: string, places: Places): PlaceMention[] {
  return placesRead(text, places).named.map((mention) => ({ ...mention }));
}

/**
 * The places a text names (`named`, as `placesIn` reads them) and those of them no origin (`found`: `withoutOrigins`),
 * read once for every figure of a sentence and the sentence after it: shared, so read and never changed.
 */
export type PlacesOfText = { places: Places; named: readonly PlaceMention[]; found: readonly PlaceMention[] };

/** The places of `text` (`PlacesOfText`), read afresh: the caller keeps them while its figures ask. */
export function readPlacesOf(text: string, places: Places): PlacesOfText {
  const named = readPlacesIn(text, places);
  return { places, named, found: withoutOrigins(text, named) };
}

/**
 * The places of `text`, read once: figures of one sentence each ask for its places (and those of the sentence before
 * it), so the last texts read are kept, a pure function of both.
 */
function placesRead(text: string, places: Places): PlacesOfText {
  let read = recentPlaces.get(text);
  if (read?.places !== places) {
    read = readPlacesOf(text, places);
    if (recentPlaces.size >= RECENT_TEXTS_KEPT) recentPlaces.clear();
    recentPlaces.set(text, read);
  }
  return read;
}

const RECENT_TEXTS_KEPT = 256;
const recentPlaces = new Map<string, PlacesOfText>();

/** The most letters an article `foldPlaceName` drops has ("al", "ash", "ech"). */
const ARTICLE_LETTERS = 3;

/** Whether what stands between two words (`from` to `to`) may join one place name: one or two hyphens or spaces. */
function isNameGap(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code !== 45 && !isSpace(code)) return false;
  }
  return true;
}

/** White space as `\s` reads it. */
const isSpace = (code: number) =>
  code < 128
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
      code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

function readPlacesIn(text: string, places: Places): PlaceMention[] {
  const index = indexOf(places);
  const words = wordsOf(text);
  const found: PlaceMention[] = [];
  // Whether word k may end a place name: its fold is the last word of some key (a word that folds to nothing may
  // stand last in a span whose key ends on the word before, so it is not ruled out).
  // (each word folded once: a word is asked as a span's first word, as its last and as a span of its own)
  const folds: (string | undefined)[] = [];
  const foldOf = (k: number) => folds[k] ??= foldPlaceName(words[k].text);
  const mayEnd: (boolean | undefined)[] = [];
  const mayEndName = (k: number) => {
    let may = mayEnd[k];
    if (may === undefined) {
      const folded = foldOf(k);
      mayEnd[k] = may = folded === "" || index.lastWords.has(folded);
    }
    return may;
  };
  for (let i = 0; i < words.length; i++) {
    if (!opensName(text, words, i)) continue;
    // A word folded to more than three letters is no article (`foldPlaceName` drops articles of two or three
    // letters), so it stays first in every span's key: where no key starts with it, no span from it names a place.
    const first = foldOf(i);
    if (first.length > ARTICLE_LETTERS && !index.firstWords.has(first)) continue;
    // The words from i that spaces or hyphens join: a name is at most that long.
    let joined = 1;
    while (
      joined < MAX_WORDS && i + joined < words.length &&
      isNameGap(text, words[i + joined - 1].end, words[i + joined].start)
    ) joined++;
    for (let n = joined; n >= 1; n--) {
      if (!mayEndName(i + n - 1)) continue;
      const span = words.slice(i, i + n);
      const place = index.byKey.get(n === 1 ? foldOf(i) : foldPlaceName(span.map((w) => w.text).join(" ")));
      if (!place || (place.source === "geonames" && n === 1 && afterName(text, words, i))) continue;
      // "Bab al-Faraj": a name followed by an article-joined word is the head of a longer name the list lacks
      const next = words[i + n];
      if (next && /^(?:al|el)$/i.test(next.text) && /^\s+$/.test(text.slice(span[n - 1].end, next.start))) continue;
      const capital = index.capitals.get(place.name);
      const asGovernorate = !!capital && governorateReading(text, words, i, i + n - 1, index);
      const governorate = asGovernorate
        ? capital
        : place.level === "governorate"
        ? index.governorates.get(place.name)
        : undefined;
      const level: PlaceLevel = asGovernorate ? "governorate" : place.level;
      const cityOnly = !!capital && !asGovernorate && cityReading(text, words, i, i + n - 1, index);
      // a reviewed place GeoNames does not list is drawn at its governorate's centroid
      const at = governorate ?? (place.lat !== undefined ? place : index.governorates.get(place.governorate ?? ""));
      found.push({
        name: asGovernorate ? capital!.name : place.name,
        start: span[0].start,
        end: span[n - 1].end,
        specificity: SPECIFICITY[level],
        level,
        governorate: governorate?.name ?? place.governorate ?? null,
        lat: at?.lat ?? null,
        lon: at?.lon ?? null,
        ...(cityOnly ? { cityOnly: true as const } : {}),
      });
      i += n - 1;
      break;
    }
  }
  return found;
}

/** "evacuees from the towns of Foua and Kefraya": a place people came from, not where the figure happened. */
const ORIGIN_BEFORE = /\bfrom (?:the )?(?:[\p{L}-]+ ){0,3}(?:towns|villages) of (?:[\p{L}-]+ (?:and|or) )?$/u;

/** `named` without the places named as where people came from, unless the text names no other. */
function withoutOrigins(text: string, named: readonly PlaceMention[]): readonly PlaceMention[] {
  const isOrigin = (m: PlaceMention) => ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));
  return named.some((m) => !isOrigin(m)) ? named.filter((m) => !isOrigin(m)) : named;
}

/** The most specific of `found`, the nearest to the figure at `at`..`end` among equals (`readPlaceMention`). */
function mostSpecificNearest(
  text: string,
  found: readonly PlaceMention[],
  at: number,
  end: number,
): PlaceMention | null {
  if (found.length === 0) return null;
  const rightAfter = (m: PlaceMention) => m.start >= end && /^\s*(?:\p{L}+\s+)?in\s+$/u.test(text.slice(end, m.start));
  const distance = (m: PlaceMention) => (rightAfter(m) ? -1 : m.end <= at ? at - m.end : Math.max(0, m.start - at));
  return found.reduce((best, m) =>
    m.specificity > best.specificity || (m.specificity === best.specificity && distance(m) < distance(best)) ? m : best
  );
}

/**
 * The place a figure at `at` (to `end`) in `text` is located at, read in its own clause first (`clauseSpans`: "killed
 * 5 in Khan Sheikhoun a day after the Ghouta attack that killed 1,400" gives 5 Khan Sheikhoun and 1,400 Ghouta). Each
 * step takes the most specific place below the country, the nearest among equals, where a place right after the
 * figure ("67 in Saqba 61 in Douma") is nearest of all:
 * 1. the places of the figure's own clause;
 * 2. else those of the sentence's clauses that hold none of its `others` figures (offsets of the sentence's other
 *    figures of the same kind): a clause of another toll names that toll's place, while a count of another kind is
 *    mostly the same incident's ("11 were killed while 44 others were injured in Aleppo");
 * 3. else those named before the figure: a place stated first scopes over a later clause that names none ("In Jassem
 *    15 civilians were killed while 25 others were wounded", "shelled Hama ... security forces killed 80 there");
 * 4. else the country, where the sentence names it.
 * Null where none is left, so that the caller looks further (the sentence before, the article's lead). A place named
 * as where people came from counts only when the text names no other.
 */
export function readPlaceMention(
  text: string,
  places: Places,
  at: number,
  end = at,
  others: { start: number; end: number }[] = [],
): PlaceMention | null {
  return placeMentionIn(placesRead(text, places), text, at, end, others);
}

/** `readPlaceMention` of the places `read` of `text` (`readPlacesOf`). */
export function placeMentionIn(
  read: PlacesOfText,
  text: string,
  at: number,
  end = at,
  others: { start: number; end: number }[] = [],
): PlaceMention | null {
  const { named, found } = read;
  if (named.length === 0) return null;
  const below = found.filter((m) => m.level !== "country");
  const clauses = clausesOf(text);
  const own = clauseAt(clauses, at);
  const inside = (m: PlaceMention, c: ClauseSpan) => m.start >= c.start && m.start < c.end;
  const taken = others.map((o) => clauseAt(clauses, o.start)).filter((c) => c !== own);
  // (each step is read only where the steps before it find nothing)
  const steps = [
    () => below.filter((m) => inside(m, own)),
    () => below.filter((m) => !taken.some((c) => inside(m, c))),
    () => below.filter((m) => m.end <= at),
    () => found.filter((m) => m.level === "country"),
  ];
  for (const step of steps) {
    const place = mostSpecificNearest(text, step(), at, end);
    if (place) return { ...place };
  }
  return null;
}

/** The clauses of `text` (`clauseSpans`); the last text's are kept, as each figure of a sentence asks (read-only). */
function clausesOf(text: string): ClauseSpan[] {
  if (lastClauses?.text !== text) lastClauses = { text, spans: clauseSpans(text) };
  return lastClauses.spans;
}

let lastClauses: { text: string; spans: ClauseSpan[] } | undefined;

/**
 * The place a whole sentence names, for a figure of the sentence after it: the most specific, the latest among equals
 * (the figure follows the sentence).
 */
export function placeOfSentence(text: string, places: Places): PlaceMention | null {
  return placeOfText(placesRead(text, places), text);
}

/** `placeOfSentence` of the places `read` of `text` (`readPlacesOf`). */
export function placeOfText(read: PlacesOfText, text: string): PlaceMention | null {
  const place = mostSpecificNearest(text, read.found, text.length, text.length);
  return place && { ...place };
}

/** The name of the place `readPlaceMention` finds, or null. */
export function readPlace(text: string, places: Places, at: number, end = at): string | null {
  return readPlaceMention(text, places, at, end)?.name ?? null;
}
