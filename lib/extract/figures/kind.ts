import type { FigureKind } from "../../records/mod.ts";
import { type NumberPhrase, type Token, wordValue } from "./numbers.ts";
import { headWords } from "./noun-phrase.ts";
import { qualifierBefore } from "./qualifier.ts";
import { wordSieve } from "./word-sieve.ts";

/** Words that say what happened to the people a number counts. */
const CASUALTY_CUES: Record<string, FigureKind> = {
  killed: "killed",
  kill: "killed",
  kills: "killed",
  killing: "killed",
  dead: "killed",
  died: "killed",
  die: "killed",
  dies: "killed",
  dying: "killed",
  death: "killed",
  deaths: "killed",
  toll: "killed",
  martyrs: "killed",
  martyred: "killed",
  massacred: "killed",
  executed: "killed",
  execution: "killed",
  executions: "killed",
  beheaded: "killed",
  beheading: "killed",
  beheadings: "killed",
  decapitated: "killed",
  assassinated: "killed",
  hanged: "killed",
  lynched: "killed",
  strangled: "killed",
  crucified: "killed",
  // "gunned down", "mowed down": read only with "down" (`cueAt`)
  gunned: "killed",
  down: "killed",
  // state media's words for fighters killed ("eliminated over 75 militants"); counts of things are trapped before
  eliminated: "killed",
  eliminating: "killed",
  neutralized: "killed",
  neutralised: "killed",
  slain: "killed",
  slaughtered: "killed",
  perished: "killed",
  // "a civilian succumbed to wounds", "drowned" as a death of its own
  succumbed: "killed",
  succumbing: "killed",
  drowned: "killed",
  // "claimed the life of a young man", "lost his life": read only in those frames (`cueAt`)
  life: "killed",
  fatalities: "killed",
  fatality: "killed",
  bodies: "killed",
  corpses: "killed",
  lives: "killed",
  lost: "killed",
  wounded: "injured",
  wounding: "injured",
  injured: "injured",
  injuring: "injured",
  injures: "injured",
  // a headline's present tense: "Clashes injure 3", "Blasts wound three" ("wound" only as a verb: `cueAt`)
  injure: "injured",
  wound: "injured",
  injuries: "injured",
  // "led to the injury of a child", "a woman sustained wounds"
  injury: "injured",
  wounds: "injured",
  hurt: "injured",
  treated: "injured",
  hospitalized: "injured",
  hospitalised: "injured",
  casualties: "casualties",
  casualty: "casualties",
  displaced: "displaced",
  displacing: "displaced",
  displacement: "displaced",
  fled: "displaced",
  flee: "displaced",
  fleeing: "displaced",
  uprooted: "displaced",
  uproot: "displaced",
  displace: "displaced",
  driven: "displaced",
  missing: "other",
  need: "other",
  homeless: "displaced",
  evacuated: "displaced",
  evacuees: "displaced",
  idps: "displaced",
  refugees: "refugees",
  refugee: "refugees",
  besieged: "besieged",
  siege: "besieged",
  trapped: "besieged",
  encircled: "besieged",
  detained: "detained",
  detainees: "detained",
  arrested: "detained",
  // nouns of acts read through "of": "the arrest of 15 people", "the abduction of a doctor", "the murder of a man"
  arrest: "detained",
  abduction: "detained",
  kidnapping: "detained",
  detention: "detained",
  murdered: "killed",
  murder: "killed",
  assassination: "killed",
  arrests: "detained",
  abducted: "detained",
  kidnapped: "detained",
  captured: "detained",
  hostages: "detained",
  // "was taken hostage", "was forcibly disappeared"
  hostage: "detained",
  disappeared: "detained",
  prisoners: "detained",
  imprisoned: "detained",
  jailed: "detained",
  // the other forms of the detention verbs: "capturing 12 IS members", "killing 5 and abducting up to 40 residents"
  capturing: "detained",
  captures: "detained",
  abducting: "detained",
  abducts: "detained",
  arresting: "detained",
  detaining: "detained",
  detains: "detained",
  kidnaps: "detained",
  // a headline's present tense: "Gunmen kidnap 20 villagers", "Jihadists execute 12 soldiers"
  kidnap: "detained",
  abduct: "detained",
  detain: "detained",
  execute: "killed",
  executes: "killed",
  behead: "killed",
  beheads: "killed",
  massacre: "killed",
  massacres: "killed",
  // "the remains of at least 21 people were found": read only before "of" (`cueAt`)
  remains: "killed",
  up: "detained",
  custody: "detained",
  // "took at least 40 soldiers prisoner", "was taken captive": read only after a form of "take" (`cueAt`)
  prisoner: "detained",
  captive: "detained",
};
/** `CASUALTY_CUES` as a Map, the one `cueAt` asks at every token. */
const CUE_KINDS = new Map(Object.entries(CASUALTY_CUES));
/** Whether a word may be a key of `CUE_KINDS` (`wordSieve`: `cueAt` is asked at most words of a sentence). */
const mayBeCue = wordSieve(CUE_KINDS.keys());

/** Words that make a number a count of fighters when nothing happened to them. */
const FIGHTER_CUES = new Set([
  "fighters",
  "militants",
  "recruits",
  "recruited",
  "defected",
  "defectors",
  "troops",
  "soldiers",
  "rebels",
  "jihadists",
  "gunmen",
  "insurgents",
  "combatants",
  "mercenaries",
  "militiamen",
  "strong",
]);

/** Words that may sit between a verb and its number: "killed at least", "the toll rose to", "claimed the lives of". */
export const LEFT_FILLERS = new Set([
  "at",
  "least",
  "more",
  "than",
  "over",
  "about",
  "nearly",
  "almost",
  "around",
  "some",
  "up",
  "to",
  "as",
  "many",
  "of",
  "the",
  "a",
  "an",
  "estimated",
  "rose",
  "risen",
  "reached",
  "stood",
  "stands",
  "climbed",
  "now",
  "has",
  "have",
  "had",
  "another",
  "roughly",
  "approximately",
  "between",
  "total",
  "lives",
  "their",
  "least",
  "no",
  "fewer",
  "less",
  "than",
  "well",
  "just",
  "close",
  // "the killing of yet another volunteer"
  "yet",
]);

/** Verbs that make "the life of" / "his life" two words later a death: "claimed the life of", "lost his life". */
const LIFE_TAKERS = new Set(["claimed", "claiming", "claims", "cost", "costing", "took", "taking", "lost", "losing"]);

/** Words before "wounds" that make them the cause of a death told elsewhere: "died of (his) wounds", "succumbed to wounds". */
const WOUND_OF = new Set(["of", "to", "from"]);

/** Verbs that kill with "down" after them: "gunned down", "mowed down". */
const DOWN_VERBS = new Set(["gunned", "mowed"]);

/** Forms of "take" that make "prisoner" after them a capture: "took 5 soldiers prisoner", "was taken captive". */
const TAKE_FORMS = new Set(["took", "taken", "taking", "take", "takes"]);

/** "lost" is a cue for deaths only as "lost N <people>" or "lost their lives"; "lost ground" is not. */
export function cueAt(tokens: Token[], k: number): FigureKind | null {
  const word = tokens[k]?.lower;
  // (a Map: a word looked up as an object's key is first sought among the engine's interned strings)
  const cue = word === undefined || !mayBeCue(word) ? undefined : CUE_KINDS.get(word);
  if (cue === undefined) return null;
  // a headline's toll needs no "death": "Syria war toll nearly 126,000", "Syria toll passes 100,000"
  if (word === "toll" && tokens[k - 1]?.lower !== "death") {
    return tokens[k + 1]?.lower === "of" || numberAhead(tokens, k) ? "killed" : null;
  }
  // "wound" is a verb in a headline's present tense ("Blasts wound three", "wound child"), a noun after a determiner
  if (word === "wound") {
    const next = tokens[k + 1];
    return WOUND_NOUN_BEFORE.has(tokens[k - 1]?.lower ?? "") || !next || !/^[\p{L}\d]/u.test(next.text)
      ? null
      : "injured";
  }
  // "saved the lives of 100000 Syrians" counts the living, as do "risking lives" and "millions of lives at risk"
  if (word === "lives") {
    // ("risk millions of lives": up to three words back)
    const saved = [1, 2, 3].some((back) => /^(?:sav|risk|endanger|threat)/.test(tokens[k - back]?.lower ?? ""));
    if (saved || (tokens[k + 1]?.lower === "at" && tokens[k + 2]?.lower === "risk")) return null;
  }
  // "wounds" is a wound taken ("sustained wounds", "kills six and wounds 19"), not the wounds one died of ("died of
  // his wounds", "succumbed to wounds"); "injury" is a count's kind only as "the injury of 40 others"
  // ("Rocket fired from Lebanon wounds two": "from" two words back is the wounds' cause only with a possessive or
  // article between, "died from his wounds".)
  if (word === "wounds") {
    const owned = WOUND_NOUN_BEFORE.has(tokens[k - 1]?.lower ?? "") && WOUND_OF.has(tokens[k - 2]?.lower ?? "");
    return WOUND_OF.has(tokens[k - 1]?.lower ?? "") || owned ? null : "injured";
  }
  if (word === "injury") return tokens[k + 1]?.lower === "of" ? "injured" : null;
  if (word === "remains") return tokens[k + 1]?.lower === "of" ? "killed" : null;
  if (word === "prisoner" || word === "captive") {
    const taken = tokens.slice(Math.max(0, k - 8), k).some((t) => TAKE_FORMS.has(t.lower));
    return taken ? "detained" : null;
  }
  // phrasal verbs of killing: "gunned down", "mowed down"
  if (word === "gunned") return tokens[k + 1]?.lower === "down" ? "killed" : null;
  if (word === "down") return DOWN_VERBS.has(tokens[k - 1]?.lower ?? "") ? "killed" : null;
  // "rounded up 20 young men"; "took 3 teachers into custody"
  if (word === "up") return tokens[k - 1]?.lower === "rounded" ? "detained" : null;
  if (word === "custody") return tokens[k - 1]?.lower === "into" ? "detained" : null;
  // "life" is a death only as "claimed the life of", "cost the life of" or "lost his life"
  if (word === "life") return LIFE_TAKERS.has(tokens[k - 2]?.lower ?? "") ? "killed" : null;
  return cue;
}

/** Words that make a number of people a count of fighters changing sides. */
const DEFECTION = new Set(["defected", "defecting", "recruited", "enlisted", "joined"]);

/**
 * The phrase of `phrases` starting at token `k` (the last of equals), so scans stop at the next number: a sentence
 * holds a few, so they are scanned, not indexed for each figure.
 */
function phraseStartingAt(phrases: NumberPhrase[], k: number): NumberPhrase | undefined {
  for (let i = phrases.length - 1; i >= 0; i--) if (phrases[i].firstToken === k) return phrases[i];
  return undefined;
}

/** Words that open an aside inside a figure's noun phrase. */
const INCLUDING = new Set(["including", "them", "whom", "among", "incl"]);
/** Words that open an aside set off by a comma after a count (", including ...", ", among them ..."). */
const ASIDE_OPENERS = new Set(["including", "among", "incl"]);

/**
 * Verbs that report the level of a toll named earlier in the sentence, in a headline's present tense too: "Toll from
 * Aleppo blasts rises to 87", "Syria toll passes 100,000", "death toll tops 2,900".
 */
const TOLL_VERBS = new Set([
  "reached",
  "reaches",
  "rose",
  "rises",
  "risen",
  "climbed",
  "climbs",
  "jumped",
  "jumps",
  "stood",
  "stands",
  "hit",
  "hits",
  "increased",
  "increases",
  "mounted",
  "mounts",
  "tops",
  "topped",
  "passes",
  "passed",
  "nears",
  "neared",
  "exceeds",
  "exceeded",
  "surpasses",
  "surpassed",
  "soars",
  "soared",
]);

/** Whether a number follows token `k` over filler words and toll verbs: "toll nearly 126,000", "toll passes 100,000". */
function numberAhead(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    const t = tokens[j];
    if (/^\d/.test(t.text) || wordValue(t.lower) !== null) return true;
    if (!LEFT_FILLERS.has(t.lower) && !TOLL_VERBS.has(t.lower)) return false;
  }
  return false;
}

/** Words before "wound" that make it a noun ("a wound", "his wounds", "died of a wound"), not a headline's verb. */
const WOUND_NOUN_BEFORE = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "their",
  "its",
  "of",
  "to",
  "from",
  "gunshot",
  "head",
]);

const SENTENCE_MARKS = new Set([";", "\u2014"]);

/** Cue words that are nouns or adjectives ("35 dead, dozens wounded"): they never take the next number as object. */
const NON_VERB_CUES = new Set([
  "dead",
  "death",
  "deaths",
  "toll",
  "martyrs",
  "fatalities",
  "fatality",
  "bodies",
  "corpses",
  "remains",
  "prisoner",
  "captive",
  "custody",
  "lives",
  "injuries",
  "injury",
  "wounds",
  "arrest",
  "abduction",
  "kidnapping",
  "detention",
  "murder",
  "assassination",
  "life",
  "casualties",
  "casualty",
  "displacement",
  "homeless",
  "evacuees",
  "idps",
  "refugees",
  "refugee",
  "siege",
  "detainees",
  "arrests",
  "hostages",
  "prisoners",
  "missing",
  "execution",
  "executions",
  "beheadings",
  "massacre",
]);

/** Words between "of the wounded" and the verb saying what befell the counted: "one of the wounded later died". */
const GROUP_VERB_FILLERS = new Set([
  "later",
  "subsequently",
  "also",
  "has",
  "have",
  "had",
  "reportedly",
  "then",
  "since",
]);

/** Nouns that name people by a status they are in, which a later verb may end: detainees killed, refugees wounded. */
const STATUS_NOUNS = new Set(["detainees", "prisoners", "hostages", "refugees", "idps", "evacuees"]);

/** Words between a status noun and the verb saying what befell its people: "were reportedly killed". */
const FATE_FILLERS = new Set(["were", "was", "have", "has", "had", "been", "reportedly", "later", "also", "all"]);

/**
 * The kind a killing or wounding verb within four words after the status noun at `k` gives its people ("detainees
 * were killed under torture": killed), else null ("detainees were released").
 */
function fateOfStatus(tokens: Token[], k: number): FigureKind | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    if (FATE_FILLERS.has(tokens[j].lower)) continue;
    const kind = cueAt(tokens, j);
    return (kind === "killed" || kind === "injured") && !NON_VERB_CUES.has(tokens[j].lower) ? kind : null;
  }
  return null;
}

/** Whether the cue word `word` is a noun or an adjective ("toll", "death", "dead"), never a verb taking an object. */
export const isNounCue = (word: string) => NON_VERB_CUES.has(word);

/** Cue adjectives that follow the noun they qualify ("35 dead"), so they never describe a number after them. */
const POSTPOSED_ADJECTIVES = new Set(["dead", "missing", "homeless"]);

/** Auxiliaries of a passive ("were killed", "had been summarily executed"): the cue then has no object. */
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "be", "being", "is", "are", "got", "get"]);

/**
 * The cue a verb governs when another number follows it ("... and displaced millions"): it belongs to that number.
 * Not for nouns and adjectives, nor for a passive verb ("50 troops were summarily executed, 19 more were killed").
 */
function governsNextNumber(tokens: Token[], k: number, phrases: NumberPhrase[]): boolean {
  if (NON_VERB_CUES.has(tokens[k].lower)) return false;
  const auxiliary = [1, 2].some((back) => PASSIVE_AUXILIARIES.has(tokens[k - back]?.lower));
  if (auxiliary) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5); j++) {
    if (phraseStartingAt(phrases, j) !== undefined) return true;
    if (!LEFT_FILLERS.has(tokens[j].lower)) return false;
    // "as" is a filler only in "as many as": "5 injured as 3 rockets hit" opens a clause
    if (tokens[j].lower === "as" && tokens[j + 1]?.lower !== "many" && tokens[j - 1]?.lower !== "many") return false;
  }
  return false;
}

/**
 * Whether the "as" at `k` opens a clause of its own ("10 killed as thousands rally"), not a comparison ("as many as",
 * "as high as", "as well as") or a list ("such as").
 */
function opensClause(tokens: Token[], k: number): boolean {
  if (tokens[k].lower !== "as") return false;
  const comparison = tokens[k + 2]?.lower === "as" || tokens[k - 2]?.lower === "as";
  const previous = tokens[k - 1]?.lower ?? "";
  return !comparison && !["such", "so", "well"].includes(previous);
}

/** The nearest casualty cue within `reach` tokens before the number, not past a clause mark or a clause's opener. */
function cueBefore(tokens: Token[], phrase: NumberPhrase, reach: number): KindReading | null {
  for (let k = phrase.firstToken - 1; k >= Math.max(0, phrase.firstToken - reach); k--) {
    if (SENTENCE_MARKS.has(tokens[k].lower) || opensClause(tokens, k)) break;
    const kind = cueAt(tokens, k);
    if (kind) return { kind, how: "before" };
  }
  return null;
}

/** The index of the comma closing an aside opened before `k`, within eight tokens and no other mark, else null. */
function closingComma(tokens: Token[], k: number): number | null {
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    if (tokens[j].text === ",") return j;
    if (/^[;.:]$/.test(tokens[j].text)) return null;
  }
  return null;
}

/** The index of the ")" closing a bracket of years opened at `k` ("(2000-2024)", "(2024-)"), else null. */
function bracketClose(tokens: Token[], k: number): number | null {
  for (let j = k + 1; j < Math.min(tokens.length, k + 6); j++) {
    if (tokens[j].text === ")") return j > k + 1 ? j : null;
    if (!/^(?:\d{4}|-|–)$/.test(tokens[j].text)) return null;
  }
  return null;
}

/**
 * Whether a count opens a clause of its own ("43 others were injured", "dozens more wounded"): "others" or "more" as
 * its noun, or a cue within three words after it.
 */
function ownClause(tokens: Token[], phrase: NumberPhrase): boolean {
  const head = headWords(tokens, phrase, 2).map((w) => w.lower);
  if (head.includes("others") || head.includes("more")) return true;
  return [0, 1, 2, 3].some((d) => cueAt(tokens, phrase.lastToken + d) !== null);
}

/** Adverbs between "and" and the verb of a chain: "rounded up and later executed". */
const CHAIN_ADVERBS = new Set(["later", "then", "subsequently", "summarily", "reportedly"]);

/**
 * Whether people captured were then killed, the chain's last act: "41 rebels were rounded up and executed" (`them`
 * false), "rounded up hundreds of tribesmen and executed them" (`them` true: the pronoun takes the count back). Within
 * eight words after `from`, no clause mark; a killing with a number of its own ("and killed 3 others") is a new act.
 */
function executedAfter(tokens: Token[], from: number, them: boolean): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 8); j++) {
    if (/^[,;.:]$/.test(tokens[j].text)) return false;
    if (tokens[j].lower !== "and") continue;
    let n = j + 1;
    while (n < j + 3 && CHAIN_ADVERBS.has(tokens[n]?.lower ?? "")) n += 1;
    if (cueAt(tokens, n) !== "killed" || NON_VERB_CUES.has(tokens[n].lower)) return false;
    const next = tokens[n + 1]?.lower ?? "";
    return them
      ? next === "them"
      : next !== "them" && !/^\d/.test(next) && !["a", "an", "the", "his", "their"].includes(next);
  }
  return false;
}

/** Verbs that list the members of a group named before them: "the dead included a doctor", "the wounded were 3 children". */
const LISTING_VERBS = new Set(["included", "include", "includes", "including", "were", "are"]);

/**
 * The kind of a group of the dead, wounded or detained whose members a count after a listing verb names: "the dead
 * included a doctor and two nurses" (killed), "the wounded were 3 children" (injured). Null when none.
 */
export function listedGroupKind(tokens: Token[], first: number): FigureKind | null {
  if (!LISTING_VERBS.has(tokens[first - 1]?.lower ?? "") || tokens[first - 3]?.lower !== "the") return null;
  const word = tokens[first - 2]?.lower ?? "";
  return POSTPOSED_ADJECTIVES.has(word) || ["wounded", "injured", "killed", "detained", "arrested"].includes(word)
    ? cueAt(tokens, first - 2)
    : null;
}

/** Nouns that name a toll, and the kind of toll they name when nothing qualifies them. */
const TOLL_NOUNS: Record<string, FigureKind> = { toll: "killed", tally: "killed" };

/**
 * The toll noun a reporting verb's number states ("The death toll in a ... attack has risen to at least 112"), with
 * its kind: a death toll is killed, a casualty toll casualties, "the toll of wounded" injured, "the number of
 * civilians killed" killed.
 */
function tollNounBefore(tokens: Token[], phrase: NumberPhrase, reach: number): KindReading | null {
  for (let k = phrase.firstToken - 1; k >= Math.max(0, phrase.firstToken - reach); k--) {
    if (SENTENCE_MARKS.has(tokens[k].lower)) break;
    if (tokens[k].lower === "number" && tokens[k + 1]?.lower === "of") {
      // "The number of civilians killed by the ... airstrike has risen to 20"
      const counted = [2, 3, 4].map((ahead) => cueAt(tokens, k + ahead)).find((kind) => kind !== null);
      if (counted) return { kind: counted, how: "before" };
      continue;
    }
    const noun = TOLL_NOUNS[tokens[k].lower];
    if (!noun) continue;
    const of = tokens[k + 1]?.lower === "of" ? cueAt(tokens, k + 2) : null;
    const modifier = tokens[k - 1]?.lower;
    const kind = of ?? (modifier === "casualty" ? "casualties" : modifier === "injury" ? "injured" : noun);
    return { kind, how: "before" };
  }
  return null;
}

/** "killing and injuring dozens", "killed or wounded 30": one number counts both, so it counts casualties. */
export function jointCasualties(tokens: Token[], k: number): FigureKind | null {
  if (!["and", "or"].includes(tokens[k - 1]?.lower ?? "")) return null;
  const kinds = new Set([cueAt(tokens, k), cueAt(tokens, k - 2)]);
  return kinds.has("killed") && kinds.has("injured") ? "casualties" : null;
}

/** How the kind was found: a verb right before the number, a cue after it, or a cue further back. */
export type KindReading = { kind: FigureKind; how: "verb-object" | "after" | "before" | "fighters" };

/**
 * The kind of figure `phrase` is, from cue words around it in the sentence, or null when no cue speaks for it.
 * In this order: a casualty verb or noun right before the number ("killed five members", "death toll at 70"); for
 * a number in an aside ("including three children"), the cue of the number it belongs to; a cue within ten words
 * after it ("45,000 people have been displaced", "300 martyrs"); a cue within twelve words before it ("15 dead ...
 * and 23"), or twenty-four after a toll verb ("The death toll from ... reached 112"); a fighters count only when no
 * casualty cue applies and the number counts fighters or defectors ("thousands of fighters who defected").
 */
export function readKind(tokens: Token[], phrase: NumberPhrase, phrases: NumberPhrase[]): KindReading | null {
  // 0. a member of a group named before ("the dead included 3 children")
  const group = listedGroupKind(tokens, phrase.firstToken);
  if (group) return { kind: group, how: "before" };
  // 1. verb or noun directly before, over fillers only
  for (let k = phrase.firstToken - 1, gap = 0; k >= 0 && gap <= 5; k--, gap++) {
    // an adjective after its noun ends the phrase before: "35 dead, dozens wounded"
    if (POSTPOSED_ADJECTIVES.has(tokens[k].lower)) break;
    // "12 killed as thousands rally": "as" opens a clause of its own, unless in "as many as"
    if (opensClause(tokens, k)) break;
    const kind = cueAt(tokens, k);
    if (kind === "detained" && executedAfter(tokens, phrase.lastToken, true)) {
      return { kind: "killed", how: "verb-object" };
    }
    if (kind) return { kind: jointCasualties(tokens, k) ?? kind, how: "verb-object" };
    if (!LEFT_FILLERS.has(tokens[k].lower)) break;
  }
  // 2. a toll reported by a verb ("The death toll from ... attacks has risen to 13 and 106 injured") is the toll's
  // kind, whatever cue follows the number or stands between ("buses carrying evacuees from besieged towns")
  const tollVerb = [1, 2, 3].some((back) => TOLL_VERBS.has(tokens[phrase.firstToken - back]?.lower));
  const toll = tollVerb ? tollNounBefore(tokens, phrase, 30) : null;
  if (toll) return toll;
  // 2b. a number in an aside ("14 people including three children fleeing") shares the kind of the number before it
  // (that number's own kind first: "executed 15 detainees, including 2 women" are killed, not detained)
  // (a count joined by "and" to a count in an aside is in it too: "including 31 women and 5 children")
  const previous = phrases.filter((p) => p.lastToken < phrase.firstToken).at(-1);
  const listed = tokens[phrase.firstToken - 1]?.lower === "and" && previous !== undefined &&
    phrase.firstToken - previous.lastToken <= 3 && INCLUDING.has(tokens[previous.firstToken - 1]?.lower) &&
    !ownClause(tokens, phrase);
  if (INCLUDING.has(tokens[phrase.firstToken - 1]?.lower) || listed) {
    // a part told as dead or wounded right after it is so: "2,000 people, including 40 wounded, fled" (a part's other
    // words are the whole's fate: "14 people including three children fleeing" were killed)
    // (right after it, or past an adverb of sequence: "of whom 7 later died"; not a next verb's: "including 2 women
    // injuring 15 others")
    const next = CHAIN_ADVERBS.has(tokens[phrase.lastToken]?.lower ?? "") ? phrase.lastToken + 1 : phrase.lastToken;
    const own = cueAt(tokens, next);
    if (own === "killed" || own === "injured") return { kind: own, how: "after" };
    const owner = phrases.filter((p) => p.lastToken < phrase.firstToken && phrase.firstToken - p.lastToken <= 12).at(
      -1,
    );
    const shared = owner ? readKind(tokens, owner, phrases) : null;
    const aside = shared && shared.kind !== "fighters"
      ? { kind: shared.kind, how: "before" as const }
      : cueBefore(tokens, phrase, 12);
    if (aside) return aside;
  }
  // 3. cue after the number, before the next number; a fighters count needs "fighters" as its noun or a defection
  let fighters = headWords(tokens, phrase).some((word) => FIGHTER_CUES.has(word.lower));
  for (let k = phrase.lastToken, limit = phrase.lastToken + 12; k < Math.min(tokens.length, limit); k++) {
    // a name's bracketed years are read past, not counted: "13 soldiers of Military Forces of Syria (2000-2024) were"
    const close = tokens[k].text === "(" && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? "") ? bracketClose(tokens, k) : null;
    if (close !== null) {
      limit += close - k + 1;
      k = close;
      continue;
    }
    // "11 civilians including three children were killed": a number inside an aside does not end the scan
    const inner = phraseStartingAt(phrases, k);
    // ... or a number inside the noun's complement: "ten members of one family were killed"
    // (also "twenty-three fighters from the two sides were killed")
    const complement = k > phrase.lastToken + 1 && (tokens[k - 1]?.lower === "of" ||
      (tokens[k - 1]?.lower === "the" && ["from", "on"].includes(tokens[k - 2]?.lower)));
    // ... or a second count after "and" with its bound: "dozens of IS fighters and at least 7 QSD members were killed"
    const joined = tokens[k - 1 - (qualifierBefore(tokens, k)?.length ?? 0)]?.lower === "and";
    if (inner && (INCLUDING.has(tokens[k - 1]?.lower) || joined || complement)) {
      k = inner.lastToken - 1;
      continue;
    }
    // ... or a breakdown set off between commas: "three civilians, two women and a child, were killed"
    const setOff = inner && tokens[k - 1]?.text === "," ? closingComma(tokens, k) : null;
    if (setOff !== null && PASSIVE_AUXILIARIES.has(tokens[setOff + 1]?.lower ?? "")) {
      k = setOff;
      continue;
    }
    // an aside naming a part, set off by commas, says nothing of the whole's kind: "Some 2,000 people, including 40
    // wounded, fled the town", "tens of thousands of people, including sick and wounded, in need of assistance"
    const asideClose = ASIDE_OPENERS.has(tokens[k].lower) && tokens[k - 1]?.text === ","
      ? closingComma(tokens, k + 1)
      : null;
    if (asideClose !== null) {
      limit += asideClose - k + 1;
      k = asideClose;
      continue;
    }
    if (phraseStartingAt(phrases, k) !== undefined || SENTENCE_MARKS.has(tokens[k].lower)) break;
    if (DEFECTION.has(tokens[k].lower)) fighters = true;
    const kind = cueAt(tokens, k);
    if (!kind) continue;
    // people named by their status may then be killed: "12 detainees were killed under torture", "5 refugees killed"
    const fate = STATUS_NOUNS.has(tokens[k].lower) ? fateOfStatus(tokens, k) : null;
    if (fate) return { kind: fate, how: "after" };
    // "one of the wounded later died": the cue names the group counted from, a verb further on says what happened
    if (k === phrase.lastToken + 2 && tokens[k - 2]?.lower === "of" && tokens[k - 1]?.lower === "the") {
      let at = k + 1;
      while (at < k + 4 && GROUP_VERB_FILLERS.has(tokens[at]?.lower ?? "")) at += 1;
      const verb = cueAt(tokens, at) !== null && !NON_VERB_CUES.has(tokens[at].lower) ? at : -1;
      if (verb >= 0) continue;
    }
    if (governsNextNumber(tokens, k, phrases)) break;
    if (tokens[k].lower === "lost" && tokens[k + 1]?.lower !== "their") continue;
    if (kind === "detained" && executedAfter(tokens, k + 1, false)) return { kind: "killed", how: "after" };
    return { kind, how: "after" };
  }
  // 4. cue further back: coordinated numbers share it ("killed 5 civilians and 23 fighters", "15 dead ... and 23");
  // a toll can sit far before its verb ("The number of civilians killed by ... has risen to 20")
  const reportsToll = tollVerb || tokens[phrase.firstToken - 1]?.lower === "to";
  const before = cueBefore(tokens, phrase, reportsToll ? 24 : 12);
  if (before) return before;
  return fighters ? { kind: "fighters", how: "fighters" } : null;
}

/**
 * Every word `readKind` reads a kind from: the casualty cues (`cueAt` answers only for these), the fighters' nouns,
 * the defection verbs and the toll nouns. A number with none of these among its sentence's tokens has no kind
 * (`mayHaveKind`); a new source of a kind above adds its words here.
 */
export const KIND_WORDS: ReadonlySet<string> = new Set([
  ...CUE_KINDS.keys(),
  ...FIGHTER_CUES,
  ...DEFECTION,
  ...Object.keys(TOLL_NOUNS),
]);
