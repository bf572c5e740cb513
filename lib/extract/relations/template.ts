import type { Article, ForeignLexicon, Mention, RelationLexicon } from "../../records/mod.ts";
import { defaultReference } from "../../reference/mod.ts";
import { escapeRegExp } from "../../records/pattern.ts";
import { nounForms } from "./inflect.ts";

/** One named group in a sentence: a mention, or several overlapping mentions read as one name. */
export type Unit = {
  groupId: string;
  start: number;
  end: number;
  surface: string;
  /** Groups named inside this name ("Al Qaeda" inside "Al Qaeda's Syrian branch"). */
  nested: string[];
  /** The mention's method: "state-reference" for a state named by an attribute ("government positions"), "group-noun"
   * for a bare descriptor ("coalition air support"); otherwise absent. */
  method?: Mention["method"];
};

/**
 * A sentence with every group name replaced by a placeholder `⟦k⟧` (k indexes `units`), so relation patterns are
 * regular expressions over the words between names. `base` keeps appositions; `core` drops the descriptive ones.
 */
export type SentenceTemplate = {
  index: number;
  start: number;
  end: number;
  units: Unit[];
  /**
   * Names that qualify another name ("US-backed", "Al Qaeda-affiliated"): not parties of the sentence's clauses, so
   * they are written `⟪k⟫` (k indexes `qualifiers`) and only the patterns that read such compounds see them.
   */
  qualifiers: Unit[];
  base: string;
  core: string;
  /**
   * The group whose statement the whole document is, where its opening names it as the statement's issuer
   * ("Statement No. 14 of the Unified Command of X:", "Statement issued by the War Media Centre of X:"): "we", "our"
   * and "us" with no speaker in their own sentence stand for it. Null otherwise.
   */
  speaker: string | null;
};

/** What a unit is made from: a mention, or a capital standing for its state. */
type Named = Pick<Mention, "groupId" | "start" | "end"> & { method?: Mention["method"] };

/** Mentions of one sentence as units: longest first where mentions overlap, the shorter kept as `nested`. */
function sentenceUnits(text: string, mentions: Named[]): Unit[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const units: Unit[] = [];
  for (const mention of sorted) {
    const last = units.at(-1);
    if (last && mention.start < last.end) {
      if (mention.groupId !== last.groupId && !last.nested.includes(mention.groupId)) last.nested.push(mention.groupId);
      continue;
    }
    units.push({
      groupId: mention.groupId,
      start: mention.start,
      end: mention.end,
      surface: text.slice(mention.start, mention.end),
      nested: [],
      ...(mention.method === "state-reference" || mention.method === "group-noun" ? { method: mention.method } : {}),
    });
  }
  return units;
}

/**
 * What normalizeGap would change: a curly or odd quote (a prime or a modifier letter apostrophe too, round 67), a long
 * dash, white space other than one space, or a space before two dashes. Most gaps hold none and are kept as they are
 * without five replaces.
 */
const UNNORMAL_GAP = /[’‘`´′ʼ“”«»–—]|\s\s|[^\S ]| --/;

/** Same spelling for quotes, dashes and spaces, so patterns need not list every variant. */
function normalizeGap(gap: string): string {
  if (!UNNORMAL_GAP.test(gap)) return gap;
  return gap
    .replace(/[’‘`´′ʼ]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/ [–—-]+ /g, " - ")
    .replace(/ [–—] ?| ?[–—] /g, " - ")
    // ("a multi–front attack", "the United States–led coalition": a long dash inside a word, or between a name and
    // the word it is glued to, joins them as a hyphen does; round 67.)
    .replace(/(?<=^|\p{L})[–—](?=\p{L}|$)/gu, "-");
}

/** Applies `step` until the text stops changing (merges can enable further merges). */
function untilStable(text: string, step: (text: string) => string): string {
  for (let i = 0; i < 20; i++) {
    const next = step(text);
    if (next === text) return text;
    text = next;
  }
  return text;
}

/** Collapses two placeholders of one group written as a name and its acronym or translation into one. */
function mergeSameGroup(template: string, units: Unit[]): string {
  // (Every merge joins two placeholders: a sentence naming fewer has none.)
  if (units.length < 2) return template;
  const same = (a: string, b: string) => units[Number(a)].groupId === units[Number(b)].groupId;
  // "Peoples Protection Forces (YPG)": a name the gazetteer lacks (a discovered group) before the bracketed name of a
  // group it has is that group written another way.
  const renamed = (a: string, b: string) => {
    const [named, bracketed] = [units[Number(a)], units[Number(b)]];
    if (!named.groupId.startsWith("new:") || bracketed.groupId.startsWith("new:")) return false;
    named.groupId = bracketed.groupId;
    return true;
  };
  return untilStable(template, (t) =>
    t
      // "Jabhet Fateh al-Sham [JFS]", "Hay'at Tahrir al Sham (HTS)", "Jaysh al Fateh ("Army of Conquest")"
      .replace(/⟦(\d+)⟧ ?[([] ?"?⟦(\d+)⟧"? ?[)\]]/g, (m, a, b) => (same(a, b) || renamed(a, b) ? `⟦${a}⟧` : m))
      // "Hayat Tahrir al-Sham, or Body for the Liberation of the Levant,"
      .replace(/⟦(\d+)⟧,? (?:or|aka|also known as) (?:the )?"?⟦(\d+)⟧"?,?/g, (m, a, b) => (same(a, b) ? `⟦${a}⟧` : m))
      // "the "Guardians of Religion" organization (Hurras al-Deen)"
      .replace(
        /⟦(\d+)⟧"?( (?:group|organization|organisation|faction|movement|coalition|alliance))? ?[([]⟦(\d+)⟧[)\]]/g,
        (m, a, noun, b) => same(a, b) ? `⟦${a}⟧${noun ?? ""}` : m,
      ));
}

/**
 * "on the HTS side", "at HTS's side", "by the army's side": a party's side named by its name or possessive. After "on"
 * only the name: "firing on the regime's side" aims at it.
 */
const PARTY_SIDE = /\b(?:(at|by) (?:the )?⟦(\d+)⟧(?:'s|’s)?|(on) the ⟦(\d+)⟧) side\b(?! of)/g;

/**
 * Writes a party's side named by its name or possessive as the lexicon's noun frame reads it ("fought on the HTS side",
 * "stayed at HTS's side" → "... on the side of HTS"), so the noun "side" relates the clause's subject to that party.
 * Not "the Syrian side of the border", a place. Issue 10, round 94.
 */
function sideOfParty(template: string): string {
  if (!template.includes(" side")) return template;
  return template.replace(PARTY_SIDE, (_, near, party, on, named) => `${near ?? on} the side of ⟦${party ?? named}⟧`);
}

/** Removes what names a group's past ("formerly al Qaeda's Nusra Front"), so it is not read as a second party. */
function dropFormerNames(template: string): string {
  // (Each pattern holds one of these words: most sentences hold none and are kept without three replaces.)
  if (!/formerly|former|previously|once|then|later/.test(template)) return template;
  return template
    .replace(/ - (?:formerly|previously|once|then|later)\b[^-]*? - /g, " ")
    .replace(/, (?:formerly|previously|once) (?:known as |called |named )?[^,]*?,/g, "")
    // ("X, then known as Y,", "X, later the Y,": after "then" or "later" only a name; "the Islamic State of Iraq, then
    // al-Qaeda's affiliate in Iraq," states a tie of that time, which the role frames read; round 94.)
    .replace(/, (?:then|later) (?:(?:known as |called |named )[^,]*?|(?:the )?"?⟦\d+⟧"?),/g, "")
    // ("Jabhat Fath Al Sham (former Nusra Front)": wire copy's bracketed former name.)
    .replace(/ \((?:formerly|former|previously|once|then|later) [^)]*\)/g, "");
}

/**
 * Removes a naming aside after a name ("X, also known as Y,", "X, officially called Y,", "X, also called the Y and
 * its Suburbs,"), or after any noun when a naming adverb opens it ("X's activity, officially called Operation Z,"):
 * it gives the same party another name and states no relation, so the name's verb or copula reads past it.
 */
function dropNamingAsides(template: string): string {
  if (!/known as|called|named|dubbed|referred to as/.test(template)) return template;
  return template
    .replace(
      /(⟦\d+⟧[*"' ]{0,6}), (?:(?:also|officially|commonly|sometimes|popularly|locally|better) )?(?:known as|called|named|dubbed|referred to as) [^,;⟪⟫]{1,80}?, /g,
      "$1 ",
    )
    .replace(/, (?:also|officially|commonly|popularly) (?:known as|called|named|dubbed) [^,;⟦⟧⟪⟫]{1,60}?, /g, " ");
}

/** Removes brackets that hold no group name ("[AFP]", "(VBIEDs)"). */
function dropEmptyBrackets(template: string): string {
  if (!template.includes("(") && !template.includes("[")) return template;
  return untilStable(template, (t) => t.replace(/ ?[([][^()[\]⟦⟧]*[)\]]/g, ""));
}

/** ("four X fighters, one of them a German volunteer, were killed": a partitive aside on the people, round 21.) */
const PARTITIVE_ASIDE = /, (?:one|two|three|some|several|many|most|all|both|none) of (?:them|whom) [^,⟦⟧]{1,60}?, /g;
/** "SDF (mainly Arab and Kurdish forces) said", "2,400 km2 (1,491 sq mi) of land": brackets naming no group. */
const UNNAMED_BRACKETS = / \([^()⟦⟧⟪⟫]{1,60}\)/g;

/**
 * Drops descriptive appositions after a name, so "X, a conservative Sunni Islamist group, condemned" reads as
 * "X condemned"; an apposition naming another group is dropped too once the affiliate/rival patterns have read it.
 * (No apposition runs past a colon: "Statement of X, the Islamic Resistance in Lebanon: our fighters, ..." opens what
 * the statement says there; issue 10, round 89.)
 */
export function dropAppositions(template: string): string {
  // (Every pattern needs a comma, a bracket, or two placeholders.)
  if (!template.includes(",") && !template.includes("(") && template.indexOf("⟦") === template.lastIndexOf("⟦")) {
    return template;
  }
  // (A sentence naming no party, most of them, can match only the two patterns that need no placeholder.)
  if (!template.includes("⟦")) {
    return untilStable(template, (t) => t.replace(PARTITIVE_ASIDE, " ").replace(UNNAMED_BRACKETS, ""));
  }
  return untilStable(template, (t) =>
    t
      // ("X, a large, moderate FSA-affiliated alliance, fought": coordinate adjectives keep their commas, round 21.)
      .replace(
        /(⟦\d+⟧)((?: group| faction| movement)?), (?:an?|the) (?:[a-z][a-z-]*, (?=[a-z]))*[^,:⟦⟧]{1,80}?, /g,
        "$1$2 ",
      )
      .replace(PARTITIVE_ASIDE, " ")
      // "X, Syria's largest rebel coalition, which ...": a place's possessive opening the apposition.
      .replace(/(⟦\d+⟧)((?: group| faction| movement)?), [A-Z][A-Za-z-]*['’]s [^,:⟦⟧]{1,60}?, /g, "$1$2 ")
      .replace(/(⟦\d+⟧)((?: group| faction| movement)?), (?:the )?⟦\d+⟧'s? [^,:⟦⟧]{1,60}?, /g, "$1$2 ")
      .replace(/(⟦\d+⟧), (?:an?|the) [^,:⟦⟧]{1,80}?(?=\.$)/g, "$1")
      .replace(UNNAMED_BRACKETS, "")
      // "FSA groups, alongside jihadist groups including ..., however still wage": a prepositional aside.
      .replace(
        /(⟦\d+⟧(?: groups| factions| forces| fighters)?), (?:alongside|along with|together with|like|unlike|in addition to) [^,⟦⟧]{1,120}?, (?:however |though )?/g,
        "$1 ",
      )
      // "Al-Qaedas Syria affiliate Al-Nusra Front": the branch named after its parent is the party.
      // ("former Al-Qaeda affiliate Fateh al-Sham Front": a word of a past tie may open the phrase, round 48.)
      .replace(
        /(?:\b(?:former|ex|one-time|onetime) )?⟦\d+⟧(?:'s|s|')? (?:official |formal |former )?(?:Syrian |Syria )?(?:branch|affiliate|wing|arm),? (?:the )?(⟦\d+⟧)/g,
        "$1",
      ));
}

/**
 * "The SDF said they had encircled ...", "Russia announced it has killed ...", "Hezbollah says it is fighting
 * alongside regime forces", "The army said its forces repelled ..." (wire copy, issue 10 round 11): a group reporting
 * its own action is the actor, so "X said it/they/its fighters" reads as "X"; the reference right after the group's
 * own reporting verb has no other antecedent. (An adverb may stand before the verb: "Russia said it had critically
 * injured ...", round 17.)
 */
export function dropSelfReport(template: string): string {
  if (!template.includes("⟦")) return template;
  return template.replace(
    /(⟦\d+⟧(?: (?:forces|fighters|troops|command|militia))?) (?:has |have )?(?:said|says|announced|announces|stated|reported|confirmed) (?:on \w+ )?(?:in a statement )?(?:that )?(?:it|they|(?:its|their) (?:fighters|forces|troops|men|units)) (?=(?:has |have |had )?(?:\w+ly )?\w+ed\b|(?:has |have |had )?(?:\w+ly )?(?:killed|hit|struck|shot|seized|took|taken|retaken|drove|driven|overran|overrun)\b|(?:is|are|was|were) (?:\w+ly )?\w+ing\b)/g,
    "$1 ",
  );
}

/** A name placeholder in quotation marks and nothing else. */
const QUOTED_NAME = /"(⟦\d+⟧)"/g;
/**
 * Scare quotes: one to four lower-case words in quotation marks after a space ('set up a "joint information center"',
 * "launched a 'shock and awe' campaign"): the marks only flag the words as a term, which the reader then reads as the
 * noun phrase they are (issue 10, round 71). A single quote must follow a space and close before a space or a mark, so
 * an apostrophe ("the rebels' positions") opens no pair; a quote of five words or more (speech) is left as it is.
 */
const SCARE_QUOTES = /(?<= )(["'])([a-z][a-z-]*(?: [a-z][a-z-]*){0,3})\1(?=[ ,.;:]|$)/g;

/** What makes a name a qualifier of the next one: "-backed", "-affiliated", ".-backed" (as in "U.S.-backed"). */
const QUALIFIER = /^\.?-(?:backed|supported|sponsored|allied|affiliated|linked|aligned|funded|trained|armed)\b/i;

/** A participle written apart after a name and the word after it (" backed forces"). */
const APART = /^ (\p{Ll}+) (\p{L}[\p{L}\p{N}.'’-]*)/u;
/** The word right before a name, a space between (" the " in "the Turkish backed forces"). */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{L}+) $/u;

type ApartWords = {
  anyName: ReadonlySet<string>;
  afterOpener: ReadonlySet<string>;
  openers: ReadonlySet<string>;
  notNext: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
};

const apartWordsOf = new WeakMap<RelationLexicon["writtenApartCompounds"], ApartWords>();

function apartWords(lexicon: RelationLexicon["writtenApartCompounds"], foreign: ForeignLexicon): ApartWords {
  let words = apartWordsOf.get(lexicon);
  if (!words) {
    words = {
      anyName: new Set(lexicon.anyName),
      afterOpener: new Set(lexicon.afterOpener),
      openers: new Set(lexicon.openers),
      notNext: new Set(lexicon.notNext),
      demonyms: new Set(foreign.adjectives.words),
    };
    apartWordsOf.set(lexicon, words);
  }
  return words;
}

/**
 * The participle of a compound written apart after `unit` ("Turkish backed forces", "the Al-Qaeda affiliated Nusra
 * Front", "towards U.S. backed fighters"; lexicon `writtenApartCompounds`), or null: one no party takes as an object
 * after any name, one that also makes a clause only after a demonym or a name an article or preposition opens, and
 * never before a word that opens the verb's object or adjunct ("the United States backed the SDF", "backed by").
 */
function writtenApartParticiple(text: string, unit: Unit, words: ApartWords): string | null {
  const found = APART.exec(text.slice(unit.end, unit.end + 48));
  if (!found) return null;
  const [, participle, next] = found;
  const lower = next.toLowerCase();
  if (words.notNext.has(lower) || (next === lower && (lower.endsWith("ing") || lower.endsWith("ly")))) return null;
  if (words.anyName.has(participle)) return participle;
  if (!words.afterOpener.has(participle)) return null;
  if (words.demonyms.has(unit.surface)) return participle;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, unit.start - 24), unit.start))?.[1];
  return before !== undefined && words.openers.has(before.toLowerCase()) ? participle : null;
}

const escape = escapeRegExp;

type ForeignPatterns = { opening: RegExp; adjective: RegExp };

const compiledForeign = new WeakMap<ForeignLexicon, ForeignPatterns>();

function foreignPatterns(lexicon: ForeignLexicon): ForeignPatterns {
  let patterns = compiledForeign.get(lexicon);
  if (!patterns) {
    const countries = lexicon.countries.words.map(escape).join("|");
    const adjectives = lexicon.adjectives.words.map(escape).join("|");
    patterns = {
      opening: new RegExp(`^\\W*(?:In|Meanwhile in|Elsewhere in|Across the border in) (?:${countries})\\b`),
      adjective: new RegExp(`\\b(?:${adjectives}) $`),
    };
    compiledForeign.set(lexicon, patterns);
  }
  return patterns;
}

/**
 * A generic name ("government forces", "regime") another country's adjective claims: "Iraqi government forces" are
 * not the Syrian government's, whatever the gazetteer matched. The words are data/lexicon/foreign-adjectives.json.
 */
function foreignGeneric(text: string, unit: Unit, sentenceStart: number, patterns: ForeignPatterns): boolean {
  if (!/^[a-z]/.test(unit.surface)) return false;
  // "In Iraq a Defense Ministry statement said government forces repelled ...": the sentence is set in another country.
  if (patterns.opening.test(text.slice(sentenceStart, unit.start))) return true;
  return patterns.adjective.test(text.slice(Math.max(0, unit.start - 12), unit.start));
}

/** Whether a bare group noun only qualifies the next mention, a name of its own group a few words on. */
function qualifiesOwnName(text: string, noun: Mention, next: Mention | undefined): boolean {
  if (!next || next.groupId !== noun.groupId || next.start < noun.end) return false;
  const between = text.slice(noun.end, next.start);
  return between.length <= 40 && !/[,.;:()"]/.test(between);
}

type CapitalStates = RelationLexicon["capitalStates"];

type CompiledCapitals = { pattern: RegExp; groups: Map<string, string>; before: Set<string>; after: Set<string> };

const compiledCapitals = new WeakMap<CapitalStates, CompiledCapitals | null>();

/**
 * "Moscow has been staging air strikes", "backed by Moscow": each capital of the lexicon's `capitalStates` that stands
 * for its state in `text` (issue 10, round 18), as a name of that state, where `named` (the groups the article's
 * mentions name) holds the state and the capital is no place (see `capitalStates`).
 */
export function capitalNames(text: string, named: Set<string>, capitals: CapitalStates): Named[] {
  let compiled = compiledCapitals.get(capitals);
  if (compiled === undefined) {
    compiled = capitals.names.length === 0 ? null : {
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}-])(?:${capitals.names.map((c) => escapeRegExp(c.name)).join("|")})(?![\\p{L}\\p{N}])`,
        "gu",
      ),
      groups: new Map(capitals.names.map((c) => [c.name, c.group])),
      before: new Set(capitals.placeBefore),
      after: new Set(capitals.placeAfter),
    };
    compiledCapitals.set(capitals, compiled);
  }
  if (compiled === null) return [];
  const { before, after } = compiled;
  const found: Named[] = [];
  for (const m of text.matchAll(compiled.pattern)) {
    const groupId = compiled.groups.get(m[0])!;
    if (!named.has(groupId)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const previous = /([\p{L}]+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
    const following = text.slice(end, end + 30);
    const next = /^(?:['’]s?)?\s*([\p{L}-]+)/u.exec(following)?.[1]?.toLowerCase();
    if (following.startsWith("-") || (previous !== undefined && before.has(previous))) continue;
    if (next !== undefined && after.has(next)) continue;
    // ("DAMASCUS, Syria" or "Damascus (AFP)": a dateline opens the text.)
    if (start < 40 && /^\s*(?:,|\(|-|—)/.test(following)) continue;
    found.push({ groupId, start, end });
  }
  return found;
}

type AgencyStates = RelationLexicon["agencyStates"];

type HolderCompounds = RelationLexicon["holderCompounds"];

const compiledHolders = new WeakMap<HolderCompounds, RegExp | null>();

/**
 * "regime-held areas", "government-controlled villages": each bare generic name of the lexicon's `holderCompounds`
 * glued by a hyphen to one of its participles of holding, as a name of its group (the place's holder), where the
 * article was published before the name's `until` or is undated (round 84). Another state's adjective before it is
 * left to the template's foreign check ("Iraqi government-held").
 */
function holderCompoundNames(text: string, published: string | null, holders: HolderCompounds): Named[] {
  let pattern = compiledHolders.get(holders);
  if (pattern === undefined) {
    pattern = holders.names.length === 0 || holders.participles.length === 0 ? null : new RegExp(
      `(?<![\\p{L}\\p{N}-])(${holders.names.map((h) => escapeRegExp(h.name)).join("|")})(?=-(?:${
        holders.participles.map(escapeRegExp).join("|")
      })(?![\\p{L}]))`,
      "giu",
    );
    compiledHolders.set(holders, pattern);
  }
  if (pattern === null) return [];
  const found: Named[] = [];
  for (const m of text.matchAll(pattern)) {
    const entry = holders.names.find((h) => h.name === m[1].toLowerCase());
    if (!entry || (published !== null && published >= entry.until)) continue;
    found.push({ groupId: entry.group, start: m.index, end: m.index + m[1].length });
  }
  return found;
}

/**
 * "The Department of State has designated X", "OFAC designated Y": each agency of the lexicon's `agencyStates` in
 * `text`, as a name of its state (round 84); read as capitals are (`capitalNames`), with no place to tell apart and no
 * need for the article to name the state.
 */
function agencyNames(text: string, agencies: AgencyStates, speakers: readonly string[]): Named[] {
  if (agencies.names.length === 0) return [];
  let read = agenciesAsCapitals.get(agencies);
  if (!read) {
    read = {
      states: new Set(agencies.names.map((a) => a.group)),
      capitals: { why: agencies.why, names: agencies.names, placeBefore: [], placeAfter: [] },
    };
    agenciesAsCapitals.set(agencies, read);
  }
  // ("US State Department spokeswoman Victoria Nuland described ...": an agency before a speaker noun, lexicon
  // `speakerNouns`, names who speaks, no party acting.)
  return capitalNames(text, read.states, read.capitals).filter((named) => {
    const next = /^(?:['’]s)?\s+([\p{L}]+)/u.exec(text.slice(named.end, named.end + 30))?.[1]?.toLowerCase();
    return next === undefined || !speakers.includes(next);
  });
}

/** Each agency list as capitals whose states are always named, made once (its pattern is compiled once too). */
const agenciesAsCapitals = new WeakMap<AgencyStates, { states: Set<string>; capitals: CapitalStates }>();

/**
 * The names of `named` (sorted by start) that stand inside `sentence`, in their order: found from the first that starts
 * in it (a binary search), not by testing every name of the article at every sentence.
 */
function namesWithin(named: Named[], sentence: { start: number; end: number }): Named[] {
  let [low, high] = [0, named.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (named[middle].start < sentence.start) low = middle + 1;
    else high = middle;
  }
  const inside: Named[] = [];
  for (let i = low; i < named.length && named[i].start <= sentence.end; i++) {
    if (named[i].end <= sentence.end) inside.push(named[i]);
  }
  return inside;
}

/**
 * "Kata'ib Hezbollah, an Iraqi militia that operates under ...": a name the mention layer read from a description (its
 * last word in lower case: "Iraqi militia") standing as an indefinite apposition right after another name and its comma
 * describes that name, as one after "as a" describes its clause's subject; it is no party of its own (the relation
 * reader reads past it to the name). Round 85.
 */
function describesUnitBefore(text: string, unit: Unit, before: Unit | undefined): boolean {
  if (!/\s\p{Ll}[\p{Ll}-]*$/u.test(unit.surface)) return false;
  // ("X was founded in 2007 as an Iraqi Shia militia fighting US forces": a description after "as a" is what the clause
  // says its subject is.)
  if (/\sas\s+an?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(text.slice(Math.max(0, unit.start - 40), unit.start))) {
    return true;
  }
  if (!before || before.groupId === unit.groupId) return false;
  return /^,\s+an?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u.test(text.slice(before.end, unit.start));
}

/**
 * "the Shammar tribal militia al-Sanadid Forces": a name the mention layer discovered from a description (a group the
 * gazetteer lacks, its last word in lower case) standing right before a name the gazetteer has is that name's
 * descriptor, no party of its own, so a list it stands in stays one list. Issue 10, round 90.
 */
function describesUnitAfter(text: string, unit: Unit, after: Unit | undefined): boolean {
  if (!after || !unit.groupId.startsWith("new:") || after.groupId.startsWith("new:")) return false;
  return /\s\p{Ll}[\p{Ll}-]*$/u.test(unit.surface) && /^\s+$/.test(text.slice(unit.end, after.start));
}

/** The forms of the lexicon's hostile act nouns ("strikes", "air strikes", "raids", "shelling"), lower case. */
const hostileNounsCache = new WeakMap<RelationLexicon["triggers"], Set<string>>();

export function hostileNounsOf(triggers: RelationLexicon["triggers"]): Set<string> {
  let forms = hostileNounsCache.get(triggers);
  if (!forms) {
    forms = new Set(
      triggers.filter((t) => t.pos === "noun" && t.type === "clash").flatMap((t) => nounForms(t.lemma).all),
    );
    hostileNounsCache.set(triggers, forms);
  }
  return forms;
}

/** A passive of carrying an act out ("were conducted", "had been carried out"), or nothing. */
const CARRIED_OUT = String
  .raw`(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed(?:\s+out)?\s+)?`;
/**
 * What names a hostile act's target right after it: "on", "against", "targeting", then no weekday or number; a passive
 * of carrying the act out may stand between ("U.S. airstrikes were conducted against X", round 87).
 */
const TARGET_AFTER = new RegExp(
  String.raw`^\s+${CARRIED_OUT}(?:on|against|targeting)\s+` +
    String.raw`(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)\b)`,
  "iu",
);

/**
 * "Russian air strikes on a training camp of X": a state named by its act (a state reference whose last one or two
 * words are a hostile act noun of the lexicon) before the act's target ("on", "against", "targeting", not "on
 * Wednesday") is the state alone, the act noun left to the frames, which read its owner and its target as they do
 * after "the US air strikes on X"; elsewhere the reference stays whole ("Aided by Russian airstrikes, ..."). Not an
 * item of a list ("regime and Russian bombing"), nor a past verb's object. Issue 10, round 86.
 */
function withoutHostileNoun(text: string, unit: Unit, hostileNouns: ReadonlySet<string>): Unit {
  if (unit.method !== "state-reference" || !TARGET_AFTER.test(text.slice(unit.end, unit.end + 40))) return unit;
  if (/(?:\band|,)\s+$/.test(text.slice(Math.max(0, unit.start - 6), unit.start))) return unit;
  // (Nor the object of a past verb: "the US stalled an Israeli strike on Syria" is no Israeli act on the US.)
  if (/\p{Ll}ed\s+(?:(?:an?|the|\d+)\s+)?$/u.test(text.slice(Math.max(0, unit.start - 30), unit.start))) return unit;
  const words = unit.surface.split(" ");
  for (const n of [2, 1]) {
    if (words.length <= n) continue;
    const tail = words.slice(-n).join(" ");
    if (!hostileNouns.has(tail.toLowerCase())) continue;
    const surface = words.slice(0, -n).join(" ");
    return { ...unit, surface, end: unit.start + surface.length };
  }
  return unit;
}

/** Every sentence of `article` as a template over the groups `mentions` names in it. */
export function sentenceTemplates(
  article: Article,
  mentions: Mention[],
  foreign: ForeignLexicon = defaultReference().lexicon.foreign,
  capitals: CapitalStates = defaultReference().lexicon.relations.capitalStates,
  apart: RelationLexicon["writtenApartCompounds"] = defaultReference().lexicon.relations.writtenApartCompounds,
  agencies: AgencyStates = defaultReference().lexicon.relations.agencyStates,
  speakers: readonly string[] = defaultReference().lexicon.relations.speakerNouns.words,
  holders: HolderCompounds = defaultReference().lexicon.relations.holderCompounds,
  hostileNouns: ReadonlySet<string> = hostileNounsOf(defaultReference().lexicon.relations.triggers),
): SentenceTemplate[] {
  const patterns = foreignPatterns(foreign);
  const apartWordList = apartWords(apart, foreign);
  // A bare group noun the mention layer binds by its time-bound descriptor ("regime" until 2024-12-08, a capitalised
  // "Coalition") is a party like a name ("Regime air strikes killed ...", "regime ally Iran"), except where it only
  // qualifies the next name of its own group ("regime leader Bashar al Assads forces").
  const own = mentions.filter((m) => m.articleId === article.id)
    .sort((a, b) => a.start - b.start)
    .filter((m, i, sorted) => m.method !== "group-noun" || !qualifiesOwnName(article.text, m, sorted[i + 1]));
  // Capitals standing for a state the article names, and a state's agencies, where no mention covers them.
  const states = [
    ...capitalNames(article.text, new Set(own.map((m) => m.groupId)), capitals),
    ...agencyNames(article.text, agencies, speakers),
    ...holderCompoundNames(article.text, article.published.date, holders),
  ].filter((c) => !own.some((m) => m.start < c.end && c.start < m.end));
  const named: Named[] = states.length === 0 ? own : [...own, ...states].sort((a, b) => a.start - b.start);
  const templates = article.sentences.map((sentence, index): SentenceTemplate => {
    const inside = namesWithin(named, sentence);
    const cut = sentenceUnits(article.text, inside).map((unit) => withoutHostileNoun(article.text, unit, hostileNouns));
    const all = cut.filter((unit, k, list) =>
      !foreignGeneric(article.text, unit, sentence.start, patterns) &&
      !describesUnitBefore(article.text, unit, list[k - 1]) && !describesUnitAfter(article.text, unit, list[k + 1])
    );
    // "Turkey-backed forces", "Iran-backed militias", "U.S.-backed": the named state backs the party, it is not the
    // party; kept as a qualifier so the backing itself can be read.
    // ("the Al-Qaeda linked Al-Nusra Front", "Turkish backed forces": wire copy drops the hyphen of a compound; it is
    // written back, so the compound reads as the hyphenated one. Rounds 67 and 81.)
    const apartAfter = all.map((unit) => writtenApartParticiple(article.text, unit, apartWordList));
    const qualifies = (unit: Unit, k: number) =>
      QUALIFIER.test(article.text.slice(unit.end, unit.end + 13)) ||
      (apartAfter[k] !== null &&
        (QUALIFIER.test(`-${apartAfter[k]}`) || apartWordList.anyName.has(apartAfter[k]!)));
    const units = all.filter((unit, k) => !qualifies(unit, k));
    const qualifiers = all.filter(qualifies);
    let raw = "";
    let at = sentence.start;
    all.forEach((unit, k) => {
      const placed = units.indexOf(unit);
      const placeholder = placed >= 0 ? `⟦${placed}⟧` : `⟪${qualifiers.indexOf(unit)}⟫`;
      raw += normalizeGap(article.text.slice(at, unit.start)) + placeholder;
      at = unit.end;
      if (apartAfter[k] !== null) {
        raw += "-";
        at++;
      }
    });
    raw += normalizeGap(article.text.slice(at, sentence.end));
    // ('the "Army of Conquest", an opposition coalition that includes Y': quotation marks around a whole name mark
    // it as a name, no more; round 67.)
    if (raw.includes('"')) raw = raw.replace(QUOTED_NAME, "$1");
    if (raw.includes('"') || raw.includes("'")) raw = raw.replace(SCARE_QUOTES, "$2");
    const base = sideOfParty(dropNamingAsides(dropEmptyBrackets(dropFormerNames(mergeSameGroup(raw.trim(), units)))));
    const core = dropSelfReport(dropAppositions(base));
    return { index, start: sentence.start, end: sentence.end, units, qualifiers, base, core, speaker: null };
  });
  const speaker = statementIssuer(templates[0]);
  if (speaker !== null) { for (const template of templates) template.speaker = speaker; }
  return templates;
}

/**
 * A statement's heading opening a document: "Statement", up to six words ("No. 14", "issued"), "of", "from" or "by",
 * up to five words naming the issuer's organ ("the Unified Command of"), the issuer's name, and a colon within a
 * dozen words after it. Issue 10, round 86.
 */
const STATEMENT_HEADING =
  /^(?:\S+\s+){0,3}?statement\b(?:\s+[^\s:⟦]+){0,6}?\s+(?:of|from|by)\s+(?:[^\s:⟦]+\s+){0,5}?⟦(\d+)⟧[^:]{0,80}:/iu;

/**
 * A document opening as a group's declaration, past a heading before a colon or none: the group's name ("the" before it
 * allowed) and one word, the verb, read from lexicon `references.issuerVerbs`. The name's placeholder number and the
 * word.
 */
const DECLARATION_OPENING = /^(?:[^:⟦⟧]{0,80}:\s+)?(?:the\s+)?⟦(\d+)⟧\s+([\p{Ll}]+)\b/iu;

/**
 * A transcript's speaker line opening a document: a name, then in brackets a title and the speaker's organisation,
 * a group, before the colon ("GENERAL LLOYD AUSTIN (Commander, U.S. Central Command): ..."). The organisation's
 * placeholder number.
 */
const TRANSCRIPT_SPEAKER = /^[^:()⟦⟧]{1,60}\((?:[^():⟦⟧]{1,60},\s*)?(?:the\s+)?⟦(\d+)⟧\s*\):/u;

/**
 * ("Statement to the public opinion: The Syrian Democratic Forces declare the total elimination of ... our fighters",
 * "The Global Coalition congratulates our partners in the SDF ..."): a document whose first sentence opens with a group
 * declaring, in the present tense of a verb of lexicon `references.issuerVerbs`, is that group's statement; its
 * templates carry the group as their speaker (what "we", "our" and "us" stand for where their own sentence names no
 * speaker), as a statement's heading makes them do; so is a transcript whose opening speaker line names the speaker's
 * organisation, a group ("GENERAL X (Commander, U.S. Central Command): ... our aircraft"). Templates already carrying a
 * speaker are returned as they are.
 * Issue 10, round 89.
 */
export function withDeclaredIssuer(
  templates: SentenceTemplate[],
  issuerVerbs: ReadonlySet<string>,
): SentenceTemplate[] {
  const first = templates[0];
  if (!first || first.speaker !== null) return templates;
  const opening = DECLARATION_OPENING.exec(first.base);
  const declared = opening && issuerVerbs.has(opening[2].toLowerCase()) ? opening[1] : undefined;
  const placeholder = declared ?? TRANSCRIPT_SPEAKER.exec(first.base)?.[1];
  if (placeholder === undefined) return templates;
  const speaker = first.units[Number(placeholder)]?.groupId;
  return speaker === undefined ? templates : templates.map((template) => ({ ...template, speaker }));
}

/** The group a document's opening heading names as the issuer of the statement it is (`STATEMENT_HEADING`), or null. */
function statementIssuer(first: SentenceTemplate | undefined): string | null {
  if (!first || !/statement/i.test(first.base.slice(0, 60))) return null;
  const heading = STATEMENT_HEADING.exec(first.base);
  return heading ? first.units[Number(heading[1])]?.groupId ?? null : null;
}
