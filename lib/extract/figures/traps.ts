import { type NumberPhrase, type Token, wordValue } from "./numbers.ts";
import { headWords, isPersonNoun } from "./noun-phrase.ts";
import { cueAt, isNounCue } from "./kind.ts";
import { MONTH_NUMBERS } from "../dates/expressions.ts";

/** Why a number is not a count of people. */
export type TrapReason =
  | "glued"
  | "date"
  | "year"
  | "time"
  | "age"
  | "duration"
  | "read-time"
  | "percent"
  | "money"
  | "distance"
  | "document-number"
  | "comment-count"
  | "count-of-things"
  | "pronoun"
  | "fraction"
  | "population"
  | "kin-count"
  | "released"
  | "zero";

const MONTHS = new Set(Object.keys(MONTH_NUMBERS));
const DURATION =
  /^(years?|year-old|months?|weeks?|days?|hours?|minutes?|mins?|seconds?|decades?|centuries|century|nights?)$/;
const DURATION_SUFFIX = /^(years?|year-old|months?|weeks?|days?|hours?|minutes?|decades?)(-old)?$/;
const PERCENT = /^(%|percent|per|percentage)$/;
const MONEY_BEFORE = /^(\$|£|€|us\$|usd|eur|sp|syp|gbp|chf|dkk|nok|sek|qar|aed|sar|kwd)$/;
const MONEY_AFTER =
  /^(dollars?|euros?|pounds?|lira|liras|riyals?|dinars?|francs?|kroner|krona|kronor|yen|usd|eur|syp|chf|dkk|nok|sek|bn)$/;
const DISTANCE =
  /^(km|kms|kilometres?|kilometers?|miles?|metres?|meters?|m|kg|kilograms?|tonnes?|tons?|feet|ft|sq|square|hectares?|litres?|liters?|mm|cm|calibre|caliber|degrees?)$/;
const DOCUMENT_BEFORE =
  /^(resolution|resolutions|article|articles|section|title|chapter|paragraph|no|number|page|item|protocol|decree|law|code|clause|phase|route|highway|road|division|brigade|regiment|battalion|flight|channel|verse|room|building|gate|camp|street|base|resolution’s|issue|vol|volume|revision|update|edition|week|part|version|annex)$/;
/** Dashes of a day range or a dashed date ("21 - 27 November", "30-May-2013"). */
const DASHES = new Set(["-", "–", "—"]);
const COMMENTS_AFTER = /^(comments?|shares?|views?|likes?|replies|photos?|images?|videos?|retweets?)$/;
const OTHER_TIMES = /^(gmt|am|pm|a\.m|p\.m|hrs|utc|local|o’clock|o'clock|times)$/;

/** Words naming whose currency a sum is in: "Syrian pounds", "US dollars". */
const CURRENCY_ADJECTIVES = new Set([
  "syrian",
  "us",
  "american",
  "turkish",
  "lebanese",
  "jordanian",
  "iraqi",
  "swiss",
  "danish",
  "norwegian",
  "swedish",
  "canadian",
  "australian",
  "saudi",
  "kuwaiti",
  "qatari",
  "emirati",
]);

/** Parents whose number of children describes them ("a father of five was killed"): the number counts nobody hurt. */
const PARENT_OF = new Set(["father", "mother", "parent"]);

/** Nouns that make a number a count of things, not people (vehicles, buildings, munitions, strikes, places, units). */
export const THING_NOUNS = new Set([
  "vehicles",
  "vehicle",
  "tanks",
  "tank",
  "batches",
  "cars",
  "car",
  "trucks",
  "buses",
  "bulldozers",
  "buildings",
  "building",
  "houses",
  "homes",
  "schools",
  "hospitals",
  "mosques",
  "churches",
  "bridges",
  "shops",
  "villages",
  // animals killed with their herder: "killing a shepherd and 50 of his sheep"
  "sheep",
  "goats",
  "cattle",
  "cows",
  "camels",
  "livestock",
  "animals",
  "horses",
  "donkeys",
  "towns",
  "cities",
  "neighbourhoods",
  "neighborhoods",
  "districts",
  "provinces",
  "regions",
  "areas",
  "sites",
  "positions",
  "checkpoints",
  "bases",
  "airports",
  "fronts",
  "rockets",
  "rocket",
  "missiles",
  "missile",
  "shells",
  "mortars",
  "mortar",
  "bombs",
  "barrel",
  "grenades",
  "mines",
  "rounds",
  "bullets",
  "weapons",
  "guns",
  "rifles",
  "launchers",
  "airstrikes",
  "air",
  "strikes",
  "strike",
  "raids",
  "raid",
  "sorties",
  "attacks",
  "attack",
  "bombings",
  "explosions",
  "blasts",
  "shots",
  "aircraft",
  "planes",
  "jets",
  "warplanes",
  "helicopters",
  "drones",
  "ships",
  "boats",
  "groups",
  "factions",
  "brigades",
  "battalions",
  "organisations",
  "organizations",
  "movements",
  "parties",
  "countries",
  "nations",
  "states",
  "governorates",
  "targets",
  "statements",
  "messages",
  "reports",
  "cases",
  "incidents",
  "violations",
  "resolutions",
  "articles",
  "pages",
  "points",
  "kilometres",
  "tonnes",
  "tons",
  "meals",
  "trucks",
  "convoys",
  "tunnels",
  "entity",
  "area",
  "camps",
  "vetoes",
  "sessions",
  "rounds",
  "meetings",
  "stages",
  "phases",
  "ambulances",
  // aid counted in report titles: "distributes 13,000 food baskets to refugees", "20,000 family hygiene kits"
  "baskets",
  "parcels",
  "kits",
  "blankets",
  "tents",
  "vouchers",
  "mattresses",
  "heaters",
  "packages",
  "rations",
  "boxes",
  "cartons",
  "packets",
  "centres",
  "centers",
  "clinics",
  "classrooms",
  "stories",
  "sides",
  "parts",
  "lorries",
  // ground taken in clashes: "captured 3 villages and 2 hills"
  // munitions, craft and acts counted in notes: "2 IEDs exploded", "carried out 15 airstrikes"
  "ieds",
  "ied",
  "explosives",
  "devices",
  "landmines",
  "projectiles",
  "munitions",
  "barrels",
  "motorcycles",
  "motorbikes",
  "shipments",
  "hills",
  "hilltops",
  "farms",
  "outposts",
  "posts",
  "roads",
  "mountains",
  "islands",
  "fields",
  "oilfields",
  "wells",
]);

/** Whether `ch` holds a letter or a digit (`/[\p{L}\p{N}]/u`); an ASCII character is answered without the pattern. */
const isLetterOrDigit = (ch: string | undefined) => {
  if (!ch) return false;
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return /[\p{L}\p{N}]/u.test(ch);
};

/**
 * Whether the number is glued to a letter or digit ("F-16s", "co5rT60", "1990s"), unless what it is glued to is a
 * whole lower-case word of four letters or more: FA-KES lost spaces upstream ("killed more than 100000people",
 * "captured16 villages"), and a unit or suffix ("km", "th", "s") is never that long.
 */
function isGlued(text: string, phrase: NumberPhrase): boolean {
  const gluedBefore = isLetterOrDigit(text[phrase.start - 1]);
  const gluedAfter = isLetterOrDigit(text[phrase.end]);
  if (!gluedBefore && !gluedAfter) return false;
  if (gluedBefore && gluedAfter) return true;
  if (gluedAfter) return !/^[a-z]{4,}(?![\p{L}\p{N}])/u.test(text.slice(phrase.end));
  return !/(?<![\p{L}\p{N}])[a-z]{4,}$/u.test(text.slice(0, phrase.start));
}

/** Words right before a number that bound it ("more than 1400"): a year or a clock time is never bounded so. */
const BOUND_BEFORE = new Set(["than", "least", "nearly", "about", "around", "some", "over", "almost", "estimated"]);

/** Words before a bare four-digit number that make it a year ("in 2011 killed ..."). */
const YEAR_BEFORE = new Set(["in", "since", "from", "until", "till", "during", "early", "late", "mid"]);

/**
 * The head words of a number's noun phrase up to a participle that starts a new phrase: in "1300 people using
 * chemical weapons" the weapons are not what is counted.
 */
function headCompound(tokens: Token[], phrase: NumberPhrase): Token[] {
  const head = headWords(tokens, phrase, 5);
  const compound = head.findIndex((word) => word.lower === "of");
  const words = compound === -1 ? head : head.slice(0, compound);
  // only right after a noun: "30 fully equipped ambulances" still counts ambulances
  const isNoun = (word: Token | undefined) => !!word && (isPersonNoun(word.lower) || THING_NOUNS.has(word.lower));
  const participle = words.findIndex((word, k) => /^[a-z]{2,}(?:ing|ed)$/.test(word.lower) && isNoun(words[k - 1]));
  return participle === -1 ? words : words.slice(0, participle);
}

/** "a pre-war population of about 23 million", "reducing the Christian population from 2000 to a few hundred". */
const POPULATION =
  /\b(?:population|inhabitants|residents)(?:\s+\w+)?\s+(?:of|from|was|is|to|stood at)\s+(?:\w+\s+){0,3}$/i;

/** A singular whose plural names people: "one gunman" (gunmen), "one soldier" (soldiers). */
const isSingularPersonNoun = (word: string) =>
  isPersonNoun(`${word}s`) || (/man$/.test(word) && isPersonNoun(word.replace(/man$/, "men")));

/** Words between "one of whom" and the verb of its fate: "one of whom later died", "one of them was killed". */
const FATE_FILLERS = new Set(["later", "subsequently", "has", "had", "was", "then", "reportedly", "also", "since"]);

/** Whether a verb cue (not a noun) follows `k` over auxiliaries and adverbs: "... later died", "... was killed". */
function fateAfter(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < k + 3 && FATE_FILLERS.has(tokens[j]?.lower ?? "")) j += 1;
  return cueAt(tokens, j) !== null && !isNounCue(tokens[j].lower);
}

/** A casualty cue right before the number or within five words after it, no clause mark between. */
function cueNear(tokens: Token[], phrase: NumberPhrase): boolean {
  if (cueAt(tokens, phrase.firstToken - 1) !== null) return true;
  for (let k = phrase.lastToken; k < Math.min(tokens.length, phrase.lastToken + 6); k++) {
    if (/^[,;.:]$/.test(tokens[k].text)) return false;
    if (cueAt(tokens, k) !== null) return true;
  }
  return false;
}

/** Words that free people: the number after them counts the freed, not a detention ("released 14 detainees"). */
const RELEASE_WORDS = new Set([
  "released",
  "releasing",
  "releases",
  "freed",
  "freeing",
  "frees",
  "release",
  "exchange",
]);

/** Qualifier words that may stand between a release word and its number ("freed at least 14"). */
const RELEASE_FILLERS = new Set([
  "at",
  "least",
  "about",
  "around",
  "some",
  "nearly",
  "more",
  "than",
  "over",
  "of",
  "for",
]);

/**
 * Whether a release word governs the number at `first`: "released 14 detainees", "the release of 14 prisoners", "in
 * exchange for 3 of its fighters"; "exchange" only with "for", "release" only with "of".
 */
function releasedBefore(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const lower = tokens[k].lower;
    if (RELEASE_WORDS.has(lower)) {
      if (lower === "exchange") return tokens[k + 1]?.lower === "for";
      if (lower === "release") return tokens[k + 1]?.lower === "of";
      return true;
    }
    if (!RELEASE_FILLERS.has(lower)) return false;
  }
  return false;
}

/** Prepositions that may follow "killing one" before its place or time: "kills one in Daraa", "kills one near Homs". */
const ONE_PLACE_AFTER = new Set([
  "in",
  "near",
  "at",
  "on",
  "as",
  "after",
  "during",
  "outside",
  "north",
  "south",
  "east",
  "west",
]);

/** Why the number `phrase` in `text` is not a figure of people, or null when it may be one. */
export function trapReason(
  text: string,
  tokens: Token[],
  phrase: NumberPhrase,
): TrapReason | null {
  const before = tokens[phrase.firstToken - 1]?.lower;
  const before2 = tokens[phrase.firstToken - 2]?.lower;
  const after = tokens[phrase.lastToken]?.lower;
  const after2 = tokens[phrase.lastToken + 1]?.lower;
  const first = tokens[phrase.firstToken];

  if (isGlued(text, phrase)) return "glued";
  // "Fatalities: 0", "0 killed": a count of nobody is no toll
  if (phrase.high === 0) return "zero";
  if (phrase.fraction) return "fraction";
  if (POPULATION.test(text.slice(Math.max(0, phrase.start - 80), phrase.start))) return "population";
  if (phrase.form === "digits" && /^0\d/.test(first.text)) return "time";
  // "9 local time", not "9 local men"
  if (after && OTHER_TIMES.test(after) && (after !== "local" || !isPersonNoun(after2 ?? ""))) return "time";
  if (after === ":" && /^\d/.test(after2 ?? "")) return "time";
  if (after === "min" && after2 === "read") return "read-time";
  if ((after && COMMENTS_AFTER.test(after)) || (before && COMMENTS_AFTER.test(before))) return "comment-count";
  if (after && PERCENT.test(after)) return "percent";
  if (before && MONEY_BEFORE.test(before)) return "money";
  if (after && MONEY_AFTER.test(after)) return "money";
  // "100 million Syrian pounds", "5,000 US dollars"
  if (after2 && MONEY_AFTER.test(after2) && CURRENCY_ADJECTIVES.has(after ?? "")) return "money";
  if ((after === "-" || after === "–") && after2 && DURATION_SUFFIX.test(after2)) {
    return after2.includes("old") ? "age" : "duration";
  }
  if (after && DURATION.test(after)) return after2 === "old" || after === "year-old" ? "age" : "duration";
  // a headline's source glued to the unit: "in 24 hours-UNHCR"
  if (after && after.includes("-") && DURATION.test(after.slice(0, after.indexOf("-"))) && !/old$/.test(after)) {
    return "duration";
  }
  if (before === "of" && before2 && PARENT_OF.has(before2)) return "kin-count";
  // "5 members of one family", a headline's "kills 12 in one family", "11 from one family": the family they belong
  // to, not a count
  const ofFamily = before === "of" || before === "in" || before === "from";
  if (ofFamily && phrase.low === 1 && !phrase.range && headWords(tokens, phrase, 1)[0]?.lower === "family") {
    return "kin-count";
  }
  if (before === "aged" || before === "age" || (before === "of" && before2 === "age")) return "age";
  if (releasedBefore(tokens, phrase.firstToken)) return "released";
  if (after && DISTANCE.test(after)) return "distance";
  // the word before without a full stop ("no.", "sept."), as a document number and a date are written
  const beforeWord = before === undefined ? "" : before.endsWith(".") ? before.slice(0, -1) : before;
  if (before && DOCUMENT_BEFORE.test(beforeWord)) return "document-number";
  if (before === "#" || (before === "." && before2 === "no")) return "document-number";
  if ((before && MONTHS.has(beforeWord)) || (before === "." && before2 && MONTHS.has(before2))) {
    return "date";
  }
  // "may" after a number is usually the verb ("thousands may have died")
  if (after && MONTHS.has(after) && (after !== "may" || /^\d{4}$/.test(after2 ?? ""))) return "date";
  if (after === "of" && after2 && MONTHS.has(after2)) return "date";
  // a report title's day range or dashed date: "21 - 27 November 2013", "April 5 –12 2013", "30-May-2013"
  const third = tokens[phrase.lastToken + 2]?.lower ?? "";
  const dayThenMonth = after2 && /^\d{1,2}$/.test(after2) && MONTHS.has(third);
  if (after && DASHES.has(after) && after2 && (MONTHS.has(after2) || dayThenMonth)) return "date";
  const monthDayBefore = before2 && /^\d{1,2}$/.test(before2) && MONTHS.has(tokens[phrase.firstToken - 3]?.lower ?? "");
  if (before && DASHES.has(before) && monthDayBefore) return "date";
  // a range whose low end has fewer than four digits ("between 500 and 1300") is neither years nor times
  if (phrase.bareFourDigits && phrase.low >= 1000) {
    const isYear = phrase.low >= 1900 && phrase.low <= 2100;
    if (isYear && before && YEAR_BEFORE.has(before)) return "year";
    const noun = headWords(tokens, phrase, 1)[0]?.lower;
    const countable = (noun !== undefined && isPersonNoun(noun)) || (!!before && BOUND_BEFORE.has(before));
    if (!countable) return isYear ? "year" : "time";
  }
  // the last noun of the compound decides: "20 barrel bombs" and "six rebel groups" count things,
  // "120 Islamic State group fighters" and "five members of the group" count people
  const nouns = headCompound(tokens, phrase).filter((word) => isPersonNoun(word.lower) || THING_NOUNS.has(word.lower));
  if (nouns.length > 0 && !isPersonNoun(nouns.at(-1)!.lower)) return "count-of-things";
  if (phrase.form === "words" && phrase.low === 1 && !phrase.range) {
    // "one of the", "one senior source", "one day": a count of one is read only with a person noun right after
    // "one of the gunmen was killed" counts one person; "one of the deadliest", "one of whom" and "one of the
    // wounded" (part of a count told elsewhere) count nobody
    const nouns = headWords(tokens, phrase, 2).map((t) => t.lower);
    const ofPeople = after === "of" && ["the", "his", "their", "its", "her"].includes(after2 ?? "") &&
      isPersonNoun(tokens[phrase.lastToken + 2]?.lower ?? "") && cueAt(tokens, phrase.lastToken + 2) === null &&
      tokens.slice(phrase.lastToken + 3, phrase.lastToken + 9).some((_, j) => cueAt(tokens, phrase.lastToken + 3 + j));
    // "killing one of them", "killing one and wounding the other": the object of a casualty verb
    // (a headline's "Mortar fire kills one in Daraa": a place or a time after it, not "one in five")
    const placeAfter = ONE_PLACE_AFTER.has(after ?? "") && !/^\d/.test(after2 ?? "") &&
      wordValue(after2 ?? "") === null;
    const objectOfCue = cueAt(tokens, phrase.firstToken - 1) !== null && !isNounCue(before ?? "") &&
      (after === undefined || !/^\p{L}/u.test(after) || after === "and" || placeAfter ||
        (after === "of" && ["them", "whom", "the", "his", "their", "its", "her"].includes(after2 ?? "")));
    // "one of whom later died", "one of them was killed": a fate of its own told of one of a group counted before
    const ofWhomFate = after === "of" && ["whom", "them"].includes(after2 ?? "") &&
      fateAfter(tokens, phrase.lastToken + 2);
    // a singular noun only beside its cue: "one gunman was killed", not "one medic told AFP"
    const person = nouns.some((word) => isPersonNoun(word)) ||
      (nouns.some((word) => isSingularPersonNoun(word)) && cueNear(tokens, phrase));
    if (!objectOfCue && !ofWhomFate && ((after === "of" && !ofPeople) || !person)) return "pronoun";
  }
  return null;
}
