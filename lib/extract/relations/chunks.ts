import type { CategoryOf, CompiledLexicon } from "./lexicon.ts";
import { type PhraseIndex, surfaceTokens, type Token, tokenAt, tokenize } from "./tokens.ts";
import type { Unit } from "./template.ts";
import {
  allyItemStart,
  attributionAt,
  joinerPastDay,
  pastGivenName,
  pastLeaderAside,
  pastOfAttachment,
  placeAsideEnd,
  relativeEnd,
  relativeOpens,
  roleItemStart,
} from "./wire-lists.ts";
import {
  ARTICLE,
  CAPITALISED,
  CAPITALISED_WORD,
  HYPHENED_WORD,
  INDEFINITE_ARTICLE,
  LETTERS,
  LOWER_FIRST,
  LOWER_HYPHENED_WORD,
  LOWER_WORD,
} from "./word-shapes.ts";

/**
 * A party phrase: one group or a list of them ("A, B and C", "fighters of X", "positions held by X", "ISIS-held
 * areas", "A and its allies"), or a reference ("it", "the group", "the two") the resolver binds later.
 * Token span [start, end).
 */
export type Chunk = {
  start: number;
  end: number;
  groups: string[];
  /** The token positions of the names the chunk holds, in order. */
  heads: number[];
  ref: "singular" | "plural" | "pair" | "speaker" | "latter" | "category" | null;
  /** A group noun's category ("the government"): the resolver binds it to the one named party of that category. */
  category?: CategoryOf;
  /** "and its allies", "and other groups": the list says it is not complete. */
  others: boolean;
  /** Followed by a noun it modifies ("the US proposal"): not a party of the clause. */
  modifier: boolean;
  /** "A and its allies, who include B": B, allied to the chunk's groups (not a member of the list). */
  allies: string[];
  /** Owns the role noun after it ("Al Qaeda's Syrian branch X"): the party is the one the noun describes. */
  owner: boolean;
  /**
   * Read through a place its groups hold ("the ISIL-held town", "the villages held by X", "Idlib, which is under X
   * control"): frames with `heldPlace` take only such objects (round 74).
   */
  heldPlace?: boolean;
  /**
   * A list whose items each repeat their preposition ("attacked by ISIS and by the Nusra Front") or are joined by a
   * slash ("the PKK/YPG"): no alliance among its groups is read from their acting together (round 88).
   */
  apart?: boolean;
  /**
   * List items that are descriptions, not names ("X and more moderate rebel groups"), as token spans: the resolver
   * binds each to the one name a neighbouring sentence describes with the same words.
   */
  descriptions?: [number, number][];
  /**
   * A list opening with a reference and going on with a name ("his forces and Hezbollah", "its fighters and the
   * YPG"): where the reference item ends. `groups` holds the names after it; the resolver adds the reference's group.
   */
  refEnd?: number;
  /**
   * A list of names closed by a definite noun reference ("Turkey and the coalition", "the SDF and the alliance"): the
   * reference item's span. `groups` holds the names before it; the resolver adds the reference's group (issue 10,
   * round 62).
   */
  tailRef?: [number, number];
  /**
   * "X led Y's offensive that led to ...": a leader joined to the act's owner. The two act as one side; no alliance is
   * read between them (X is often one of Y's own components).
   */
  leads?: boolean;
  /**
   * "5 FSA factions including A and B": the examples a name's plural group noun lists (lexicon `setExampleNouns`),
   * member groups of the chunk's first group; they are in `groups` too, acting with it (issue 10, round 68).
   */
  setMembers?: string[];
  /** "a battalion from X": an unnamed part of the group, which takes none of the ties of lexicon `partSubjects`. */
  part?: true;
  /**
   * "ISIS and rebel groups, among them A and B": where in `heads` the examples of the list's last item, a description,
   * begin; the examples stand for that item, one side with each other (round 92).
   */
  examplesAt?: number;
};

/**
 * Where a definite singular noun reference at `at` ends ("the coalition", "the group"; not "the coalition's"), or -1.
 */
function tailReferenceAt(tokens: Token[], at: number, lex: CompiledLexicon): number {
  if (tokenAt(tokens, at)?.key !== "the") return -1;
  // ("Hezbollah and the army encircled P": or a group noun of a category, "the" and its noun, not a modifier nor owned
  // by a link after it; round 97.)
  const category = lex.categoryNouns.longest(tokens, at);
  if (category && category.length >= 2) {
    const end = at + category.length;
    const modifies = LOWER_WORD.test(tokenAt(tokens, end)?.text ?? "") && lex.partyNouns.longest(tokens, end) !== null;
    return tokenAt(tokens, end)?.key === "'s" || modifies || lex.partyLinks.longest(tokens, end) ? -1 : end;
  }
  const item = itemAt(tokens, at, [], [], lex);
  if (!item || item.ref !== "singular" || item.end - at < 2) return -1;
  const after = tokens[item.end];
  return after === undefined || after.key !== "'s" ? item.end : -1;
}

/** How many parties a list names before resolution: its names, plus the reference item a mixed list opens with. */
export function listedParties(chunk: Chunk): number {
  if (chunk.ref === null) return chunk.groups.length + (chunk.tailRef ? 1 : 0);
  return chunk.refEnd !== undefined ? chunk.groups.length + 1 : 0;
}

/** A chunk of one token made by a frame (the name in "X-backed", a possessive "its" before a noun). */
export function tokenChunk(at: number, groups: string[], ref: Chunk["ref"] = null): Chunk {
  return newChunk(at, at + 1, groups, [at], ref, undefined, undefined, undefined);
}

/**
 * A chunk with every field set, those that do not apply undefined (or false, or empty), always in this order: chunks
 * of one shape keep the reader's optimised code from being thrown away and compiled again (issue 14). Every chunk is
 * made here (or copied from one made here).
 */
function newChunk(
  start: number,
  end: number,
  groups: string[],
  heads: number[],
  ref: Chunk["ref"],
  category: CategoryOf | undefined,
  heldPlace: boolean | undefined,
  part: true | undefined,
): Chunk {
  return {
    start,
    end,
    groups,
    heads,
    ref,
    others: false,
    modifier: false,
    owner: false,
    allies: [],
    category,
    heldPlace,
    descriptions: undefined,
    refEnd: undefined,
    tailRef: undefined,
    leads: undefined,
    setMembers: undefined,
    part,
    apart: undefined,
    examplesAt: undefined,
  };
}

/** One list item (`itemAt`). Every item is made by `newItem`, with all its fields: one shape (issue 14). */
type Item = {
  end: number;
  groups: string[];
  heads: number[];
  ref: Chunk["ref"];
  category: CategoryOf | undefined;
  part: true | undefined;
  /** "factions of X": the name owns a set noun of lexicon `setExampleNouns` standing before it. */
  setOf: true | undefined;
  /** Read through a place the groups hold (`Chunk.heldPlace`). */
  heldPlace: true | undefined;
};

/** An item with every field set, in one order (see `Item`). */
function newItem(
  end: number,
  groups: string[],
  heads: number[],
  ref: Chunk["ref"],
  category: CategoryOf | undefined,
  part: true | undefined,
  setOf: true | undefined,
  heldPlace: true | undefined,
): Item {
  return { end, groups, heads, ref, category, part, setOf, heldPlace };
}

const DETERMINERS = new Set(["the", "a", "an", "socalled", "its", "their", "his", "her", "several", "some", "other"]);

/** A name token's group, or null; qualifiers count only as "X-held"/"X-controlled" ("ISIS-held parts"). */
function nameAt(tokens: Token[], i: number, units: Unit[], qualifiers: Unit[]): string | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.party !== undefined) return units[token.party].groupId;
  if (token.qualifier !== undefined && isHeldCompound(tokens, i + 1)) return qualifiers[token.qualifier].groupId;
  return null;
}

/** "-held", "-controlled" glued after a name. */
/** "-led", "-commanded" glued after a name ("Turkey-led forces"). */
function isLedCompound(tokens: Token[], at: number): boolean {
  return tokenAt(tokens, at)?.text === "-" && tokens[at].glued &&
    /^(?:led|commanded)$/.test(tokenAt(tokens, at + 1)?.key ?? "");
}

function isHeldCompound(tokens: Token[], at: number): boolean {
  return tokenAt(tokens, at)?.text === "-" && tokens[at].glued &&
    /^(?:held|controlled|occupied)$/.test(tokenAt(tokens, at + 1)?.key ?? "");
}

/**
 * "the PKK terrorist group's Syrian wing the PYD": a name followed by plain words (no verb, mark or name) and a role
 * noun owns that noun, and the party is the one the noun describes.
 */
function ownsRoleNoun(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  for (let i = at; i < at + 4 && i < tokens.length; i++) {
    if (lex.roleNouns.longest(tokens, i)) return true;
    const token = tokens[i];
    if (!/^[\p{L}]/u.test(token.text) || token.party !== undefined || token.qualifier !== undefined) return false;
    if (lex.verbs.has(token.key) || lex.boundaries.has(token.key) || lex.prepositions.has(token.key)) return false;
    if (lex.copulas.longest(tokens, i) || lex.listJoiners.longest(tokens, i)) return false;
    // "X an alliance of ...": an article opens an apposition describing X, not a noun X owns; "X sent its ally Y": a
    // possessive determiner owns the noun after it (round 26).
    if (/^(?:a|an|the|its|their|his|her)$/.test(token.key)) return false;
  }
  return false;
}

/**
 * The position of the one name a title noun's "of" names ("the coalition of X"), or -1: a party placeholder right
 * there (past "the"), not followed by a joiner or by a comma and another name (a list: "the coalition of A, B and C"
 * is a whole made of them).
 */
function titledName(tokens: Token[], at: number): number {
  if (tokenAt(tokens, at)?.key === "the") at++;
  if (tokenAt(tokens, at)?.party === undefined) return -1;
  const next = tokens[at + 1];
  if (next && /^(?:and|or|&)$/.test(next.key)) return -1;
  if (
    next?.text === "," && (tokenAt(tokens, at + 2)?.party !== undefined || tokenAt(tokens, at + 3)?.party !== undefined)
  ) return -1;
  if (next?.text === "(" || next?.key === "'s") return -1;
  return at;
}

/** Skips determiners and up to three plain words ("the paramilitary X", "the Lebanese Shia group X"). */
function skipPlain(tokens: Token[], at: number, lex: CompiledLexicon): number {
  at = skipDeterminers(tokens, at);
  for (let n = 0; n < 3 && at < tokens.length; n++) {
    const token = tokens[at];
    if (token.qualifier !== undefined) {
      // "the Al-Qaeda-affiliated X": a qualifier compound ("the Al-Qaeda linked X": written apart, round 67).
      at = pastQualifier(tokens, at);
      continue;
    }
    // ("an outpost held by 40 foreign al-Qaeda fighters": a count before the name is plain too, round 68.)
    if (/^\d[\d,]*$/.test(token.text)) {
      at++;
      continue;
    }
    if (!HYPHENED_WORD.test(token.text) || lex.verbs.has(token.key) || lex.boundaries.has(token.key)) break;
    const noun = lex.partyNouns.longest(tokens, at);
    // "members of X" opens an item of its own; "the Lebanese group X" is a description before the name.
    if (
      lex.prepositions.has(token.key) || lex.listJoiners.longest(tokens, at) ||
      (noun && lex.partyLinks.longest(tokens, at + noun.length))
    ) {
      break;
    }
    at++;
  }
  return at;
}

/**
 * "the Palestinian group PFLP-GC", "the Syrian-based Palestinian group X": up to five words describing a name (a
 * hyphenated compound among them), the last a party noun, right before the name: the name's position, else -1.
 */
function titledItemName(tokens: Token[], at: number, lex: CompiledLexicon): number {
  at = skipDeterminers(tokens, at);
  for (let k = at; k < at + 6 && k < tokens.length; k++) {
    const token = tokens[k];
    if (token.party !== undefined) return k > at && lex.partyNouns.endingAt(tokens, k, 2) !== null ? k : -1;
    if (token.text === "-" && token.glued) continue;
    if (
      !HYPHENED_WORD.test(token.text) || token.qualifier !== undefined || lex.verbs.has(token.key) ||
      lex.boundaries.has(token.key) || lex.prepositions.has(token.key) || lex.listJoiners.longest(tokens, k)
    ) return -1;
  }
  return -1;
}

/** Skips determiners ("the", "so-called") from `at`. */
function skipDeterminers(tokens: Token[], at: number): number {
  while (at < tokens.length && DETERMINERS.has(tokens[at].key) && tokens[at].party === undefined) at++;
  return at;
}

/**
 * "a battalion from X", "some members of X": a noun of lexicon `partSubjects` after one of its determiners and before
 * "of" or "from" names an unnamed part of the group, which takes no tie of the lexicon's `types` for it (round 71).
 */
function partOfGroup(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  const { determiners, nouns } = lex.partSubjects;
  if (!determiners.has(tokenAt(tokens, at - 1)?.key ?? "")) return false;
  const noun = nouns.longest(tokens, at);
  const link = noun ? tokenAt(tokens, at + noun.length)?.key : undefined;
  return link === "of" || link === "from";
}

/** "fighters of", "the villages taken by": a party or place noun with its link; the index after them, or -1. */
function afterNounLink(tokens: Token[], at: number, lex: CompiledLexicon): number {
  const party = placeSource(tokens, at, lex) ? -1 : afterLink(tokens, at, lex.partyNouns, lex.partyLinks, false);
  return party >= 0 ? party : afterLink(tokens, at, lex.placeNouns, lex.placeLinks, true, lex.holderVerbs);
}

/**
 * "captured the town and nearby areas from ISIL": a noun that is a place too (lexicon `placeNouns`) before "from" names
 * whom the place was taken from, not a party's own ("fighters from X" is one); as the lexicon's note on place nouns
 * says, "the town from X" is no party. Round 70.
 */
function placeSource(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  const place = lex.placeNouns.longest(tokens, at);
  return place !== null && tokenAt(tokens, at + place.length)?.key === "from";
}

/** A noun of `nouns` at `at` with a link of `links` after it (a place's past an adverb or a relative); the end, or -1. */
function afterLink(
  tokens: Token[],
  at: number,
  nouns: PhraseIndex<true>,
  links: PhraseIndex<true>,
  place: boolean,
  holders?: Set<string>,
): number {
  const noun = nouns.longest(tokens, at);
  if (!noun) return -1;
  let from = at + noun.length;
  // "villages previously held by X", "the towns that were held by X": a place's link past an adverb or a relative.
  if (place) {
    // ("a town in eastern Syria held by X", wire-lists.ts.)
    from = placeAsideEnd(tokens, from, (i) => links.longest(tokens, i) !== null);
    if (tokenAt(tokens, from)?.key.endsWith("ly")) from++;
    else if (relativeOpens(tokens, from)) from = relativeEnd(tokens, from);
    // ("the sugar plant that the SDF had captured", "areas which ISIS controls": the relative's subject before a verb
    // of taking or holding, lexicon `holderVerbs`, is the holder; round 68.)
    else if (holders && (tokenAt(tokens, from)?.key === "that" || tokenAt(tokens, from)?.key === "which")) {
      const holder = tokenAt(tokens, from + 1)?.key === "the" ? from + 2 : from + 1;
      const verb = /^(?:had|has|have)$/.test(tokenAt(tokens, holder + 1)?.key ?? "") ? holder + 2 : holder + 1;
      if (tokenAt(tokens, holder)?.party !== undefined && holders.has(tokenAt(tokens, verb)?.key ?? "")) return holder;
    }
    const under = underControlHolder(tokens, from);
    if (under >= 0) return under;
  }
  const link = links.longest(tokens, from);
  return link ? alternativeLinkEnd(tokens, from + link.length) : -1;
}

/**
 * "the oil fields under ISIL control", "towns under the SDF's control": a holder named inside "under ... control" at
 * `at` (round 67; after a place's name and its relative or comma too, round 74: "Tel Tamer, which was under YPG
 * control"). The holder's index, else -1.
 */
function underControlHolder(tokens: Token[], at: number): number {
  if (tokenAt(tokens, at)?.key !== "under") return -1;
  const holder = tokenAt(tokens, at + 1)?.key === "the" ? at + 2 : at + 1;
  const control = tokenAt(tokens, holder + 1)?.key === "'s" ? holder + 2 : holder + 1;
  return tokenAt(tokens, holder)?.party !== undefined && tokenAt(tokens, control)?.key === "control" ? holder : -1;
}

/**
 * "Manbij, an ISIL stronghold", "the Silos, one of the most important ISIL strongholds", "Tabqa, the last IS
 * bastion": after a place's name and a comma, an apposition naming the place by a place noun (lexicon `placeNouns`)
 * its holder qualifies: an article or "one of the", up to three lower-case words ("most important", "last"), the
 * holder, the noun. The holder's index, else -1. Round 74.
 */
function heldPlaceApposition(tokens: Token[], at: number, lex: CompiledLexicon): number {
  let i = at;
  if (
    tokenAt(tokens, i)?.key === "one" && tokenAt(tokens, i + 1)?.key === "of" && tokenAt(tokens, i + 2)?.key === "the"
  ) i += 3;
  else if (ARTICLE.test(tokenAt(tokens, i)?.key ?? "")) i++;
  else return -1;
  for (let n = 0; n < 3 && LOWER_WORD.test(tokenAt(tokens, i)?.text ?? "") && tokens[i].party === undefined; n++) i++;
  const holder = i;
  if (tokenAt(tokens, holder)?.party === undefined || tokenAt(tokens, holder + 1)?.party !== undefined) return -1;
  return placeNounAfter(tokens, holder + 1, lex) ? holder : -1;
}

/**
 * Whether a place noun (lexicon `placeNouns`) stands at `at`, past a holder's possessive "'s" and up to two plain
 * lower-case words, no verb, determiner or preposition ("an ISIL stronghold", "the Syrian government's last military
 * base"; not "Iraq, the Islamic State seized the villages"; round 75).
 */
export function placeNounAfter(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  let i = tokenAt(tokens, at)?.key === "'s" ? at + 1 : at;
  for (let words = 0; words <= 2; words++, i++) {
    if (lex.placeNouns.longest(tokens, i)) return true;
    const token = tokens[i];
    const plain = token !== undefined && LOWER_WORD.test(token.text) && !lex.verbs.has(token.key) &&
      !DETERMINERS.has(token.key) && !lex.prepositions.has(token.key) && !token.key.endsWith("ed");
    if (!plain) return false;
  }
  return false;
}

/**
 * "bombed Idlib, which is controlled by X", "shelled Deir ez-Zor, held by X", "Idlib province which is also
 * controlled by X": a place's own name (one to three capitalised words, none a party, a place noun after them allowed),
 * then a held place's relative or a comma, then a place link (lexicon `placeLinks`). The index after the link, or -1.
 * Round 67.
 */
function placeNameLink(tokens: Token[], at: number, lex: CompiledLexicon): number {
  let i = at;
  while (
    i < at + 3 && tokenAt(tokens, i)?.party === undefined && CAPITALISED_WORD.test(tokenAt(tokens, i)?.text ?? "")
  ) i++;
  if (i === at || tokenAt(tokens, i)?.text !== "," && !relativeOpens(tokens, i) && !lex.placeNouns.longest(tokens, i)) {
    return -1;
  }
  const noun = lex.placeNouns.longest(tokens, i);
  if (noun) i += noun.length;
  let from = relativeEnd(tokens, i);
  const comma = from < 0 && tokenAt(tokens, i)?.text === ",";
  if (comma) from = i + 1;
  if (from < 0) return -1;
  const under = underControlHolder(tokens, from);
  if (under >= 0) return under;
  if (comma && !noun) {
    const holder = heldPlaceApposition(tokens, from, lex);
    if (holder >= 0) return holder;
  }
  const link = lex.placeLinks.longest(tokens, from);
  return link ? alternativeLinkEnd(tokens, from + link.length) : -1;
}

/** "and al-Qaeda-linked Y": past a qualifier compound standing before the next list item's name. */
export function skipQualifierCompound(tokens: Token[], at: number): number {
  if (tokenAt(tokens, at)?.qualifier === undefined) return at;
  const i = pastQualifier(tokens, at);
  return tokenAt(tokens, i)?.party !== undefined ? i : at;
}

/**
 * "and the FSA-dominated Levant Front", "and the PYD-led SDF": past a name glued by a hyphen to a participle ("-led",
 * "-dominated": the compound's name describes the next one) to the name it stands before; `at` when none stands
 * there. Round 77.
 */
function pastNameCompound(tokens: Token[], at: number): number {
  const participle = tokens[at + 2];
  if (
    tokenAt(tokens, at)?.party === undefined || tokenAt(tokens, at + 1)?.text !== "-" || !tokens[at + 1].glued ||
    !participle?.glued ||
    !/^\p{Ll}+ed$/u.test(participle.text)
  ) return at;
  return tokenAt(tokens, at + 3)?.party !== undefined ? at + 3 : at;
}

/**
 * Past the qualifier at `at` and its participle glued to it ("Al-Qaeda-affiliated"; the template writes a compound
 * written apart, "Al-Qaeda linked X", with its hyphen).
 */
function pastQualifier(tokens: Token[], at: number): number {
  let i = at + 1;
  while (i < tokens.length && tokens[i].glued && tokens[i].party === undefined && i - at <= 3) i++;
  return i;
}

/** Whether an object opens at `at`: a determiner, or a party's name (what a verb right before takes). */
function verbObjectAt(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  return token !== undefined && (DETERMINERS.has(token.key) || token.party !== undefined);
}

/**
 * "forces belonging to, or allied with, X": after a link, a second one offered as an alternative (a comma, "or" or
 * "and", up to three words with no name, another comma) leads to the same name, which the first link names. The
 * index after the alternative, or `at` when none stands there.
 */
function alternativeLinkEnd(tokens: Token[], at: number): number {
  let i = at;
  if (tokenAt(tokens, i)?.text === ",") i++;
  if (!/^(?:or|and)$/.test(tokenAt(tokens, i)?.key ?? "")) return at;
  i++;
  const from = i;
  while (i < tokens.length && i - from < 3 && LOWER_WORD.test(tokens[i].text)) {
    if (/^(?:with|to|by|of)$/.test(tokens[i++].key)) break;
  }
  if (i === from || !/^(?:with|to|by|of)$/.test(tokens[i - 1].key)) return at;
  if (tokenAt(tokens, i)?.text === ",") i++;
  return tokenAt(tokens, i)?.party !== undefined || ARTICLE.test(tokenAt(tokens, i)?.key ?? "") ? i : at;
}

/**
 * Whether a party's name is a state named by what it gives (the mention layer's "state-reference" of names.json
 * `supportNouns`: "Russian air support", "Turkish backing", "American military aid"), told by its last words: a noun
 * of an ally trigger.
 */
export function supportGiven(unit: Unit | undefined, lex: CompiledLexicon): boolean {
  // (A foreign state by its demonym, "Russian air support", or a bare descriptor, "coalition air support": round 29.)
  if (!unit || (unit.method !== "state-reference" && unit.method !== "group-noun")) return false;
  const words = surfaceTokens(unit.surface);
  for (let k = Math.max(1, words.length - 2); k < words.length; k++) {
    const noun = lex.triggers.at(words, k).some((hit) =>
      k + hit.length === words.length && hit.value.trigger.pos === "noun" && hit.value.trigger.type === "ally"
    );
    if (noun) return true;
  }
  return false;
}

/**
 * Whether the words from `at` open an indefinite apposition right after a name and its comma ("Turkey, a member of
 * NATO", "X, a leading member of Y", "A and B, two Arab League members"): up to two plain words between the article
 * or numeral (lexicon `appositionOpeners`) and `at`; a word of the lexicon's `asides.intros` may stand before the
 * article, and a noun of its `asides.bareNouns` opens such an aside without one.
 */
function describesNameBefore(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  // ("The YPG, now a member of the SDF, fought", "X, being a member of Y,": a word that opens the aside may stand before
  // its article; round 60.)
  const afterName = (k: number) => {
    if (lex.asides.intros.has(tokenAt(tokens, k)?.key ?? "")) k--;
    return tokenAt(tokens, k)?.text === "," && tokenAt(tokens, k - 1)?.party !== undefined;
  };
  // ("The YPG, part of the SDF, fought", "X, as part of Y,": a partitive noun opens the aside without an article.)
  if (lex.asides.bareNouns.has(tokenAt(tokens, at)?.key ?? "") && afterName(at - 1)) return true;
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    const key = tokens[i].key;
    if (lex.appositionOpeners.has(key)) return afterName(i - 1);
    // ("X, an Arab Free Syrian Army group": a capitalised word of no party, an adjective of origin, is plain too.)
    if (!/^\p{L}[\p{Ll}-]*$/u.test(tokens[i].text) || tokens[i].party !== undefined) return false;
  }
  return false;
}

/** The count words that may close a reference ("the two", "the three", "all four"). */
const COUNT_WORD = /^(?:two|three|four|five|six)$/;

/** Whether the word at `at` is a plain lower-case noun a numeral may determine: no verb, auxiliary or adverb. */
function nounAfterNumeral(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  const token = tokens[at];
  if (!token || !LOWER_HYPHENED_WORD.test(token.text) || token.key.endsWith("ly")) return false;
  if (
    /^(?:is|are|was|were|had|have|has|will|would|did|do|does|could|should|may|might|must|can|of|and|or)$/.test(
      token.key,
    )
  ) {
    return false;
  }
  return !lex.verbs.has(token.key) && !lex.prepositions.has(token.key) && !lex.boundaries.has(token.key) &&
    !lex.copulas.longest(tokens, at) && !lex.lightVerbs.longest(tokens, at) && !/(?:ed|ing)$/.test(token.key);
}

/** One list item starting at `at`: a name (with its own nouns and bracketed acronym), a noun linked to a name, or a reference. */
/**
 * The list tail at `at` (its length in tokens, and whether it names the head's allies), or null: one of the lexicon's
 * `listTails` ("and its allies", "and others"; allied when one of `allyTails`), or "and other" with up to three plain
 * modifiers before an actor noun's plural (lexicon `actorNouns`: "and other terrorist organizations", "and several
 * other Islamist factions", a quantifier of lexicon `otherTailQuantifiers` before "other"; round 79), or "and" (its,
 * their) and an adjective of `allyTailWords` with up to two plain modifiers before an actor or party noun's plural ("and
 * its allied terrorists", "and allied Islamist fighters": allied; round 80). The generic forms only when `generic`
 * (not after a comma: ", and other Christian militias such as X had joined" opens a clause of its own).
 */
function listTailAt(
  tokens: Token[],
  at: number,
  lex: CompiledLexicon,
  generic = true,
): { length: number; allied: boolean } | null {
  const listed = lex.listTails.longest(tokens, at);
  if (listed) return { length: listed.length, allied: lex.allyTails.longest(tokens, at)?.length === listed.length };
  if (!generic || tokenAt(tokens, at)?.key !== "and") return null;
  let k = at + 1;
  if (tokenAt(tokens, k)?.key === "its" || tokenAt(tokens, k)?.key === "their") k++;
  const allied = lex.allyTailWords.adjectives.has(tokenAt(tokens, k)?.key ?? "");
  if (!allied) {
    if (k > at + 1) return null;
    if (lex.otherTailQuantifiers.has(tokenAt(tokens, k)?.key ?? "")) {
      // ("the U.S., Turkey and some Gulf countries": a quantified set of states, lexicon `stateSetNouns`; round 87.)
      const states = stateSetEnd(tokens, k + 1, lex);
      if (states > 0) return { length: states - at, allied: false };
      k++;
    }
    if (tokenAt(tokens, k)?.key !== "other") return null;
  }
  for (let end = k + 1; end <= k + (allied ? 3 : 4) && end < tokens.length; end++) {
    const token = tokens[end];
    if (token.party !== undefined || token.qualifier !== undefined || !/^\p{L}[\p{Ll}-]*$/u.test(token.text)) {
      return null;
    }
    const key = token.key;
    const actor = lex.actorNouns.has(key) || lex.actorNouns.has(key.slice(0, -1)) ||
      (allied && lex.partyNouns.longest(tokens, end)?.length === 1);
    if (key.endsWith("s") && actor) return { length: end + 1 - at, allied };
    // ("and other armed groups": a participle right before the actor noun is its adjective; round 86.)
    const next = tokenAt(tokens, end + 1)?.key ?? "";
    const attributive = next.endsWith("s") && (lex.actorNouns.has(next) || lex.actorNouns.has(next.slice(0, -1)));
    if (lex.verbs.has(key) && !attributive) return null;
  }
  return null;
}

function itemAt(tokens: Token[], at: number, units: Unit[], qualifiers: Unit[], lex: CompiledLexicon): Item | null {
  const found = lex.references.longest(tokens, at);
  // ("attacked the front lines of X": a singular "the N" before a party noun is that noun's modifier, no reference;
  // round 56.)
  const modifier = found?.value === "singular" && tokens[at].key === "the" &&
    LOWER_FIRST.test(tokenAt(tokens, at + found.length)?.text ?? "") &&
    lex.partyNouns.longest(tokens, at + found.length) !== null;
  const reference = modifier ? null : found;
  if (reference) {
    const end = at + reference.length;
    // ("the rebel coalition of Jaish al-Fustat, consisting of A and B": a singular reference noun before "of" and one
    // name, no list after it, is that name's title; round 71.)
    const titled = reference.value === "singular" && tokenAt(tokens, end)?.key === "of"
      ? titledName(tokens, end + 1)
      : -1;
    if (titled >= 0) {
      return newItem(
        titled + 1,
        [nameAt(tokens, titled, units, qualifiers)!],
        [titled],
        null,
        undefined,
        undefined,
        undefined,
        undefined,
      );
    }
    const possessive = tokens[at].key === "its" || tokens[at].key === "their" || tokens[at].key === "our";
    // "its fighters", "their forces": a possessive stands for a party only before a party noun.
    if (possessive) {
      const noun = lex.partyNouns.longest(tokens, end);
      if (!noun) return null;
      return newItem(end + noun.length, [], [at], reference.value, undefined, undefined, undefined, undefined);
    }
    // "attacked the two bases": a bare "the two" before another noun is its determiner, no reference; before one of
    // the lexicon's pair heads ("the two countries", "the two forces") it stays one (round 17).
    // (So is a plural count's, "the three", "all four": "seized the three villages"; round 92.)
    if (
      (reference.value === "pair" || reference.value === "plural") && COUNT_WORD.test(tokens[end - 1].key) &&
      !lex.pairHeads.has(tokenAt(tokens, end)?.key ?? "") &&
      !lex.interposedAdverbs.has(tokenAt(tokens, end)?.key ?? "") &&
      nounAfterNumeral(tokens, end, lex)
    ) return null;
    return newItem(end, [], [at], reference.value, undefined, undefined, undefined, undefined);
  }
  const group = nameAt(tokens, at, units, qualifiers);
  if (group !== null) {
    let end = at + 1;
    const held = isHeldCompound(tokens, end);
    if (held) end += 2;
    // ("Turkey-led forces attacked ISIL", "an Iran-led alliance": the leader of the forces a party noun names acts
    // in their acts; round 71.)
    else if (isLedCompound(tokens, end) && lex.partyNouns.longest(tokens, end + 2)) end += 2;
    // "Jabhat Fateh al-Sham (JFS)": a bracketed name of the same group; ("the Syrian National Army (SNA or FSA)": with
    // the other names it goes by after "or", round 31.)
    if (tokenAt(tokens, end)?.text === "(" && nameAt(tokens, end + 1, units, qualifiers) === group) {
      let close = end + 2;
      while (tokenAt(tokens, close)?.key === "or" && nameAt(tokens, close + 1, units, qualifiers) !== null) close += 2;
      if (tokenAt(tokens, close)?.text === ")") end = close + 1;
    }
    // ("Qatar and Saudi Arabia, two Arab League members, backed X": the name's noun is the apposition's role.)
    // (The apposition is tested only where a party noun follows: most names have none.)
    for (let n = 0; n < 2; n++) {
      const noun = lex.partyNouns.longest(tokens, end);
      if (!noun || describesNameBefore(tokens, at, lex)) break;
      // ("Turkey targets the YPG": a party noun that is also a verb of the lexicon, right before a determiner or a
      // name, is the name's verb; round 85.)
      if (noun.length === 1 && lex.verbs.has(tokens[end].key) && verbObjectAt(tokens, end + 1)) break;
      end += noun.length;
    }
    // ("Hezbollah's fighters, the Syrian army and Iranian forces fought X": a name's possessive party noun is the item,
    // where the list goes on after it; round 93.)
    if (tokenAt(tokens, end)?.key === "'s") {
      const possessed = possessedNoun(tokens, end + 1, lex);
      const next = possessed > 0 && tokenAt(tokens, possessed)?.text === "," ? possessed + 1 : possessed;
      if (
        possessed > 0 && lex.listJoiners.longest(tokens, next) ||
        (next > possessed && itemAt(tokens, skipDeterminers(tokens, next), units, qualifiers, lex))
      ) {
        end = possessed;
      }
    }
    return newItem(end, [group], [at], null, undefined, undefined, undefined, held ? true : undefined);
  }
  // "fighters of X", "positions held by the so-called X", "militants loyal to X", "the villages taken by X".
  // ("Turkey, a member of NATO, attacked": an indefinite apposition to the name before it describes that name; its
  // party noun is a role, not a party of its own, issue 10, round 20.)
  // (The apposition is tested only where a noun and its link stand: at most tokens none does.)
  // ("and loyal gunmen of the Lebanese Hezbollah": an item's adjective, lexicon `itemAdjectives`, before its people
  // noun and link; round 85; a nation's or community's, capitalised, before people too: "and the Palestinian
  // fighters of Liwa al-Quds", not "the last Iraqi stronghold of Y", round 92.)
  const capitalised = /^\p{Lu}[\p{Ll}'-]*$/u.test(tokenAt(tokens, at)?.text ?? "");
  const adjective = LOWER_FIRST.test(tokenAt(tokens, at)?.text ?? "") || capitalised
    ? lex.itemAdjectives.longest(tokens, at)
    : null;
  const peopleAfter = adjective !== null && !lex.placeNouns.longest(tokens, at + adjective.length);
  const adjectiveLink =
    adjective && (!capitalised || peopleAfter) && lex.partyNouns.longest(tokens, at + adjective.length)
      ? afterNounLink(tokens, at + adjective.length, lex)
      : -1;
  // ("the Aleppo units of the Islamic Front": a place's own name, one or two capitalised words of no party, before a
  // party noun that is no place noun and its link qualifies the people as an adjective does; round 93.)
  const placeNamed = adjectiveLink < 0 && capitalised ? placeQualifiedNoun(tokens, at, lex) : -1;
  const placeLink = placeNamed >= 0 ? afterNounLink(tokens, placeNamed, lex) : -1;
  const nounAt = adjectiveLink >= 0 ? at + adjective!.length : placeLink >= 0 ? placeNamed : at;
  const link = adjectiveLink >= 0 ? adjectiveLink : placeLink >= 0 ? placeLink : afterNounLink(tokens, at, lex);
  const linked = link >= 0 ? (describesNameBefore(tokens, at, lex) ? -1 : link) : placeNameLink(tokens, at, lex);
  if (linked >= 0) {
    // ("part of the YPG-led SDF": past a name compound to the name it describes; round 78.)
    const innerAt = pastNameCompound(tokens, skipPlain(tokens, linked, lex));
    const inner = itemAt(tokens, innerAt, units, qualifiers, lex);
    // ("fighters with Turkish backing": what a party gives is not the party the noun's people belong to.)
    if (inner && inner.ref === null && !supportGiven(units[tokenAt(tokens, innerAt)?.party ?? -1], lex)) {
      const { end, groups, heads, ref, category, part, setOf, heldPlace } = inner;
      if (partOfGroup(tokens, nounAt, lex)) return newItem(end, groups, heads, ref, category, true, setOf, heldPlace);
      // (a place's noun or its own name before the link: the party holds the place)
      if (link < 0 || lex.placeNouns.longest(tokens, nounAt)) {
        return newItem(end, groups, heads, ref, category, part, setOf, true);
      }
      // ("factions of the FSA, including A": a set noun before its owner, round 71.)
      return lex.setExampleNouns.has(tokens[nounAt].key) && tokenAt(tokens, nounAt + 1)?.key === "of"
        ? newItem(end, groups, heads, ref, category, part, true, heldPlace)
        : inner;
    }
  }
  // "the government", "the Kurds": a group noun of a category (lexicon `categoryNouns`), bound by the resolver.
  const category = tokens[at] ? lex.categoryNouns.longest(tokens, at) : null;
  if (category && bareGroupNoun(tokens, at, at + category.length, lex)) {
    return newItem(at + category.length, [], [at], "category", category.value, undefined, undefined, undefined);
  }
  return null;
}

/**
 * "the Aleppo units", "its Raqqa fighters": where one or two capitalised words at `at`, after "the", "its" or "their",
 * that name no party (a place's own name) stand right before a party noun of the lexicon that is no place noun, that
 * noun's position; else -1.
 */
function placeQualifiedNoun(tokens: Token[], at: number, lex: CompiledLexicon): number {
  if (!/^(?:the|its|their)$/.test(tokenAt(tokens, at - 1)?.key ?? "")) return -1;
  for (
    let i = at;
    i < at + 2 && /^\p{Lu}[\p{Ll}'-]*$/u.test(tokenAt(tokens, i)?.text ?? "") && tokens[i].party === undefined;
    i++
  ) {
    const next = i + 1;
    if (lex.partyNouns.longest(tokens, next) && !lex.placeNouns.longest(tokens, next)) return next;
  }
  return -1;
}

/**
 * Whether a group noun at [start, end) stands alone: not qualified before ("Syrian Kurdish forces", "Turkish-backed
 * rebel forces"), not a list item after a joiner, not followed by a link or examples that name its party ("rebel forces led by X", "Kurdish fighters
 * of the YPG", "Kurdish forces, including the YPG"), nor by a noun it modifies ("the government complex").
 */
function bareGroupNoun(tokens: Token[], start: number, end: number, lex: CompiledLexicon): boolean {
  const before = tokens[start - 1];
  if (
    before &&
    (CAPITALISED.test(before.text) && start > 0 && tokenAt(tokens, start - 2)?.text !== "." || before.text === "-")
  ) {
    return false;
  }
  if (before?.glued && tokenAt(tokens, start - 2)?.text === "-") return false;
  // "Syrian troops and Kurdish fighters ousted X": after a joiner the noun is a list item of its own, not a reference.
  if (before && lex.listJoiners.endingAt(tokens, start, 3)) return false;
  let next = end;
  if (tokenAt(tokens, next)?.text === ",") next++;
  if (lex.partyLinks.longest(tokens, end) || lex.listExamples.longest(tokens, next)) return false;
  const after = tokens[end];
  if (!after || after.party !== undefined) return after === undefined;
  // A lowercase word after the noun is its verb, an adverb, a preposition or a joiner, or the noun modifies it.
  if (!LOWER_WORD.test(after.text)) return true;
  return lex.verbs.has(after.key) || lex.prepositions.has(after.key) || lex.boundaries.has(after.key) ||
    lex.listJoiners.longest(tokens, end) !== null || lex.copulas.longest(tokens, end) !== null ||
    // ("attacked army positions together": an adverb of acting together, lexicon `jointAdverbs`; round 97.)
    lex.jointAdverbs.longest(tokens, end) !== null ||
    after.key.endsWith("ly") || after.key.endsWith("ed") ||
    /^(?:has|have|had|is|are|was|were|will|would|also|then|later|now|still|again|once|soon|had|did|and|or)$/.test(
      after.key,
    );
}

/** Words that may stand before a closing "among them" ("foremost among them"). */
const AMONG_THEM_OPENERS = new Set(["foremost", "chief", "first", "notably", "prominent", "most", "prominently"]);

/**
 * Where a named chunk after a comma closed by "among them" ends past the close (", A and B among them", ", A foremost
 * among them"), else -1: the chunk names the examples of the set before the comma.
 */
function trailingExamplesClose(tokens: Token[], chunk: Chunk): number {
  if (chunk.ref !== null || chunk.groups.length === 0) return -1;
  if (tokenAt(tokens, skipBackDeterminers(tokens, chunk.start) - 1)?.text !== ",") return -1;
  let k = chunk.end;
  if (AMONG_THEM_OPENERS.has(tokenAt(tokens, k)?.key ?? "")) k++;
  return tokenAt(tokens, k)?.key === "among" && tokenAt(tokens, k + 1)?.key === "them" ? k + 2 : -1;
}

/** Whether `chunk` is a set's examples closed by "among them" (`trailingExamplesClose`). */
export function closedByAmongThem(tokens: Token[], chunk: Chunk): boolean {
  return chunk.end >= 2 && tokenAt(tokens, chunk.end - 1)?.key === "them" &&
    tokenAt(tokens, chunk.end - 2)?.key === "among";
}

/**
 * Every party phrase of a sentence, in one left-to-right pass: each token is looked at a bounded number of times,
 * so chunking is linear in sentence length. `at[i]` is the chunk starting at token i (after determiners).
 */
export function chunkTokens(
  tokens: Token[],
  units: Unit[],
  qualifiers: Unit[],
  lex: CompiledLexicon,
): { chunks: Chunk[]; startingAt: Map<number, Chunk>; covering: (Chunk | undefined)[] } {
  const chunks: Chunk[] = [];
  const startingAt = new Map<number, Chunk>();
  // (Filled with undefined, not made with `new Array(length)`: an array with holes is read more slowly.)
  const covering: (Chunk | undefined)[] = [];
  for (let k = 0; k < tokens.length; k++) covering.push(undefined);
  let i = 0;
  // "The anti-Assad forces in Daraa coordinated ...": a definite description opening the sentence refers back.
  // ("The rebels captured ...": a bare plural of a collective party noun refers back too.)
  const bare = tokenAt(tokens, 0)?.key === "the" && lex.collectiveNouns.has(tokenAt(tokens, 1)?.key ?? "") &&
    tokenAt(tokens, 2)?.party === undefined;
  const opening = tokenAt(tokens, 0)?.key === "the" ? (bare ? 2 : descriptionAt(tokens, 1, lex)) : -1;
  if (opening > 0) {
    const chunk = newChunk(1, opening, [], [1], "plural", undefined, undefined, undefined);
    chunks.push(chunk);
    startingAt.set(1, chunk);
    for (let k = 1; k < opening; k++) covering[k] = chunk;
  }
  // "On 5 May, the rebels seized ...", "After days of fighting, the rebels captured ...": past an opening adverbial
  // that names no party, a bare collective noun opens the clause and refers back the same way.
  const comma = opening > 0 ? -1 : tokens.findIndex((t, k) => k < 10 && t.text === ",");
  if (
    comma > 0 && tokens.slice(0, comma).every((t) => t.party === undefined && t.qualifier === undefined) &&
    tokenAt(tokens, comma + 1)?.key === "the" && lex.collectiveNouns.has(tokenAt(tokens, comma + 2)?.key ?? "") &&
    tokenAt(tokens, comma + 3)?.party === undefined && tokenAt(tokens, comma + 3)?.text !== ","
  ) {
    const chunk = newChunk(comma + 2, comma + 3, [], [comma + 2], "plural", undefined, undefined, undefined);
    chunks.push(chunk);
    startingAt.set(comma + 2, chunk);
    covering[comma + 2] = chunk;
  }
  // Past the last name (a party's or a qualifier's placeholder) only a reference or a category's group noun opens an
  // item: a name item and every linked one ("fighters of X") need a name at or after their start (issue 14).
  let lastNamed = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].party !== undefined || tokens[k].qualifier !== undefined) lastNamed = k;
  }
  while (i < tokens.length) {
    if (covering[i]) {
      i = covering[i]!.end;
      continue;
    }
    if (i > lastNamed && !lex.references.longest(tokens, i) && !lex.categoryNouns.longest(tokens, i)) {
      i++;
      continue;
    }
    const first = itemAt(tokens, i, units, qualifiers, lex);
    if (!first) {
      i++;
      continue;
    }
    const chunk = newChunk(
      i,
      first.end,
      [...first.groups],
      [...first.heads],
      first.ref,
      first.category,
      first.heldPlace ? true : undefined,
      first.part ? true : undefined,
    );
    // "his forces and Hezbollah launched ...", "its fighters and the YPG stormed ...": a reference item joined to a
    // name makes one list; the resolver binds the reference by the one reference rule.
    // ("the army and Hezbollah attacked Y": a group noun of a category as well, bound by the same rule, joined by "and"
    // alone: "took P from the army together with Y" names Y beside the subject, sentence-view verbObjectPhrase; round 97.)
    const categoryJoined = first.ref === "category" && tokenAt(tokens, first.end)?.key === "and";
    if (first.ref === "singular" || first.ref === "plural" || first.ref === "speaker" || categoryJoined) {
      const joiner = lex.listJoiners.longest(tokens, first.end);
      const item = joiner
        ? itemAt(tokens, skipDeterminers(tokens, first.end + joiner.length), units, qualifiers, lex)
        : null;
      if (item && item.ref === null && item.groups.length > 0 && tokenAt(tokens, item.end)?.key !== "'s") {
        chunk.refEnd = first.end;
        chunk.end = item.end;
        chunk.groups = [...item.groups];
        chunk.heads.push(...item.heads);
      }
    }
    // "5 FSA factions including A, B and C conducted ...": the examples of a name's plural group noun are its member
    // groups and act with it (lexicon `setExampleNouns`; issue 10, round 68).
    const examples = first.ref === null && first.groups.length === 1
      ? namedSetExamples(tokens, first.end, units, qualifiers, lex, first.setOf)
      : null;
    if (examples) {
      chunk.end = examples.end;
      chunk.heads.push(...examples.heads);
      chunk.setMembers = examples.groups.filter((g) => !first.groups.includes(g));
      for (const g of chunk.setMembers) if (!chunk.groups.includes(g)) chunk.groups.push(g);
    }
    // ("the Russian-Syrian forces conducted airstrikes", "Russian-Iranian airstrikes on X": names chained by hyphens
    // before a force or a joint act are one list, all of its parties acting; round 76.)
    const chain = first.ref === null && !examples ? actingChain(tokens, chunk.end, units, qualifiers, lex) : null;
    if (chain) {
      chunk.end = chain.end;
      for (const item of chain.items) {
        for (const g of item.groups) if (!chunk.groups.includes(g)) chunk.groups.push(g);
        chunk.heads.push(...item.heads);
      }
    }
    // Extend over "A, B and C", "A as well as B", comma-stripped "the FSA SRF Hazzm", and list tails. A comma-only
    // join is checked once for the joiner that closes the list (so a list is read in one pass).
    let closedAt = -1;
    while (chunk.ref === null) {
      const tail = listTailAt(tokens, chunk.end, lex) ??
        (tokenAt(tokens, chunk.end)?.text === "," ? listTailAt(tokens, chunk.end + 1, lex, false) : null);
      if (tail) {
        const allied = tail.allied;
        chunk.end += tail.length + (tokens[chunk.end].text === "," ? 1 : 0);
        chunk.others = true;
        // ("the Nusra Front and its allied terrorists of Faylaq al-Sham": whose people the allies are; round 80.)
        const source = allied && lex.allyTailWords.sources.has(tokenAt(tokens, chunk.end)?.key ?? "")
          ? itemAt(tokens, skipDeterminers(tokens, chunk.end + 1), units, qualifiers, lex)
          : null;
        if (source && source.ref === null && source.groups.length > 0) {
          chunk.end = source.end;
          chunk.allies.push(...source.groups);
          break;
        }
        // "A and other factions including B": the tail's own examples belong to the list; "A and its allies who
        // include B": they are A's allies.
        let examplesAt = chunk.end;
        while (tokens[examplesAt] && /^[,-]$/.test(tokens[examplesAt].text)) examplesAt++;
        const including = lex.listExamples.longest(tokens, examplesAt);
        if (including) chunk.end = examplesAt;
        // ("the Syrian government and its allies, Russia and Iran, attacked": an ally tail's names right after it, in
        // apposition, are the allies; round 91.)
        const named = !including && allied && tokenAt(tokens, examplesAt)?.party !== undefined;
        if (named) chunk.end = examplesAt;
        const example = including || named
          ? itemAt(
            tokens,
            including ? skipPlain(tokens, chunk.end + including.length, lex) : chunk.end,
            units,
            qualifiers,
            lex,
          )
          : null;
        if (example && example.ref === null) {
          chunk.end = example.end;
          if (allied) {
            chunk.allies.push(...example.groups);
            // More examples: "who include B and C".
            for (;;) {
              let next = chunk.end;
              const comma = tokenAt(tokens, next)?.text === ",";
              if (comma) next++;
              const joiner = lex.listJoiners.longest(tokens, next);
              if (joiner) next += joiner.length;
              if (!comma && !joiner) break;
              const more = itemAt(tokens, skipDeterminers(tokens, next), units, qualifiers, lex);
              if (!more || more.ref !== null) break;
              chunk.allies.push(...more.groups);
              chunk.end = more.end;
            }
            break;
          }
          for (const g of example.groups) if (!chunk.groups.includes(g)) chunk.groups.push(g);
          chunk.heads.push(...example.heads);
          continue;
        }
        break;
      }
      // ("the al-Nusra Front (the Syrian affiliate of al-Qaeda) and Ahrar al-Sham": a bracketed aside after an item,
      // where the list goes on past it, is the item's; round 78.)
      const lastGroup = chunk.groups.length > 0 ? chunk.groups[chunk.groups.length - 1] : null;
      const aside = pastBracketedAside(tokens, chunk.end, units, lastGroup);
      if (aside > chunk.end && listGoesOn(tokens, aside, units, qualifiers, lex)) chunk.end = aside;
      // ("a merger of A, B, which would quit the new body that July, C and D": a relative clause between commas after
      // an item of a list already two long, naming no party, where the list goes on past it; round 98.)
      const relative = chunk.heads.length >= 2 ? pastRelativeAside(tokens, chunk.end, lex) : chunk.end;
      if (relative > chunk.end && listGoesOn(tokens, relative, units, qualifiers, lex)) chunk.end = relative;
      let next = chunk.end;
      if (tokenAt(tokens, next)?.text === ",") next++;
      // "X led by Colonel P along with Y" (wire-lists.ts).
      next = pastLeaderAside(tokens, next, lex);
      // "the SDF of the Autonomous Administration and the SNA" (wire-lists.ts).
      if (next === chunk.end) next = pastOfAttachment(tokens, next, lex);
      // "X on Tuesday as well as Y" (wire-lists.ts).
      const pastDay = joinerPastDay(tokens, next, lex);
      if (pastDay > 0) next = pastDay;
      let joiner = lex.listJoiners.longest(tokens, next);
      // "Hezbollah with the Syrian army launched ...": a companion right before the verb acts with the subject.
      if (!joiner && tokenAt(tokens, next)?.key === "with" && next === chunk.end) {
        const companionAt = skipDeterminers(tokens, next + 1);
        const companion = itemAt(tokens, companionAt, units, qualifiers, lex);
        // ("X with Turkish backing attacked": a party named by what it gives backs X; it does not act with it.)
        const given = companion !== null && supportGiven(units[tokenAt(tokens, companionAt)?.party ?? -1], lex);
        const verb = companion && !given ? tokens[companion.end] : undefined;
        // ("fighting X with US support": a name before a non-party head, "support", "backing", modifies it.)
        if (
          verb && !lex.nonPartyHeads.has(verb.key) &&
          (lex.verbs.has(verb.key) || /^(?:has|have|had|were|was)$/.test(verb.key))
        ) {
          joiner = { length: 1, value: true };
        }
      }
      // "regime or allied Russian warplanes": an alternative introduced as allied is the head's ally all the same.
      if (
        !joiner && tokenAt(tokens, next)?.key === "or" && tokenAt(tokens, next + 1)?.key === "allied" &&
        tokenAt(tokens, next + 2)?.party !== undefined
      ) joiner = { length: 1, value: true };
      // ("groups such as A or B": examples listed with "or" are examples all the same; elsewhere "A or B" names
      // alternatives, no list. Issue 10, round 34.)
      if (
        !joiner && tokenAt(tokens, next)?.key === "or" &&
        lex.listExamples.endingAt(tokens, skipBackDeterminers(tokens, chunk.start), 3) !== null
      ) joiner = { length: 1, value: true };
      // ("including A, B and C, and the Zenki movement left HTS": a second "and" after a comma, whose item a verb
      // follows, opens a clause of its own; round 96.)
      if (
        joiner && tokenAt(tokens, next)?.key === "and" && next > chunk.end &&
        tokens.slice(chunk.start, chunk.end).some((t) => t.key === "and")
      ) {
        const after = itemAt(tokens, skipDeterminers(tokens, next + 1), units, qualifiers, lex);
        const verb = after && after.ref === null ? tokenAt(tokens, after.end)?.key ?? "" : "";
        if (lex.verbs.has(verb) || /^(?:has|have|had|were|was|is|are)$/.test(verb)) break;
      }
      // ("the PKK/YPG", "YPG/SDF forces": names joined by a slash are one side, often one group under two names or a
      // part and its whole, never an alliance of their own; round 88.)
      if (joiner && tokenAt(tokens, next)?.text === "/") chunk.apart = true;
      if (joiner) next += joiner.length;
      // ("sent arms to the YPG and to the FSA", "fought against ISIS and against the army": after the joiner, the
      // preposition that opened the list's first item, repeated, opens the next; round 88.)
      // ("overran the bases of Hazm and of the SRF": or the one that opened its first name inside a party noun's
      // phrase; round 92.)
      const opener = (at: number | undefined) =>
        at === undefined ? undefined : tokenAt(tokens, skipBackDeterminers(tokens, at) - 1)?.key;
      const ofRepeated = chunk.heads.length === 1 && tokenAt(tokens, next)?.key === "of" &&
        opener(chunk.heads[0]) === "of";
      if (joiner && (tokenAt(tokens, next)?.key === opener(chunk.start) || ofRepeated)) {
        if (lex.prepositions.has(tokens[next].key)) {
          // ("fighters of A and of B attacked": the "of" repeated after a noun of a fighting force, lexicon
          // `sharedForceNouns`, names one force of both, which acts as one; round 96.)
          const ofAt = skipBackDeterminers(tokens, chunk.heads[0]) - 1;
          chunk.apart = !(ofRepeated && lex.sharedForceNouns.endingAt(tokens, ofAt, 2) !== null);
          next++;
        }
      }
      // "X, its ally Y and Z" (wire-lists.ts): an item introduced as the head's ally.
      const allyItem = joiner ? roleItemStart(tokens, next, lex) : allyItemStart(tokens, next, lex);
      if (allyItem > 0) next = allyItem;
      const beforeItem = next;
      next = skipDeterminers(tokens, next);
      // ("HTS, the Turkish-backed National Front for Liberation, Jaysh al-Izza and Y": after a comma too, where the list
      // goes on to its joiner; round 84.)
      // ("the YPG and Ba'athist government troops": an adjective of creed or community before the item's name, lexicon
      // `itemAdjectives`, round 30; "both ISIL and the anti-Assad FSA": an anti- or pro- compound, round 67.)
      if (joiner) next = pastItemModifiers(tokens, next, lex);
      // ("HTS, the Turkish-backed National Front for Liberation, Jaysh al-Izza and Y": after a comma a qualifier
      // compound or a state's possessive may open the item too, where the list goes on to its joiner; round 84.)
      else if (tokenAt(tokens, chunk.end)?.text === ",") next = pastItemModifiers(tokens, next, lex, false);
      // ("and Bashar Assads regime", wire-lists.ts.)
      if (joiner) next = pastGivenName(tokens, next, units, lex);
      // ("backed by coalition airstrikes and a contingent of Iraqi Kurdish Peshmerga": a quantity's "of" before an item's
      // name, lexicon `quantityNouns`; issue 10, round 87.)
      if (joiner) next = pastItemQuantity(tokens, next, lex);
      // "the Syrian army and allied NDF forces": an item introduced as allied is in the list and the head's ally.
      const allied = joiner !== null && tokenAt(tokens, next)?.key === "allied" &&
        tokenAt(tokens, next + 1)?.party !== undefined;
      if (allied) next++;
      let item = itemAt(tokens, next, units, qualifiers, lex);
      // ("the Lebanese Hezbollah group, the Palestinian group PFLP-GC, and others": a description ending in a party noun
      // before an item's name; round 76.)
      // (After a comma only: after "and" the words may describe the name before ("militiamen and Lebanons Shiite movement
      // Hezbollah", "Russia and local militias pro-government forces"), except where the joiner closes a list of two
      // names or more: "Iran, Russia and Lebanese militia Hezbollah"; round 88.)
      // (Or after "the": "Government forces and the Palestinian militia Liwa al-Quds shelled the camp"; round 91.)
      if (
        !item &&
        (joiner
          ? chunk.groups.length >= 2 || tokenAt(tokens, next - 1)?.key === "the"
          : tokenAt(tokens, chunk.end)?.text === ",")
      ) {
        const titled = titledItemName(tokens, next, lex);
        if (titled > 0) {
          item = itemAt(tokens, titled, units, qualifiers, lex);
          if (item) next = titled;
        }
      }
      // ("the FSA and al-Qaeda's al-Nusra Front launched": after a joiner, a name owned by a possessive name is the item,
      // its owner a modifier; round 70.)
      if (joiner && item && item.ref === null && tokenAt(tokens, item.end)?.key === "'s") {
        // ("and Hezbollah's elite Radwan unit": plain adjectives may stand before the owned name; round 84.)
        const owned = ownedItemAt(tokens, item.end, units, qualifiers, lex);
        // (Not before a role noun: "ISIS and the Syrian government's Hezbollah allies" names the owner's allies.)
        if (
          owned && owned.ref === null && owned.groups.length === 1 && tokenAt(tokens, owned.end)?.key !== "'s" &&
          !lex.roleNouns.longest(tokens, owned.end)
        ) item = owned;
      }
      // ("Turkey and the coalition have carried out strikes": a definite noun reference closing a list of names is
      // one of its items, resolved by the one reference rule.)
      const closing = joiner && !item && allyItem < 0 && !allied ? tailReferenceAt(tokens, beforeItem, lex) : -1;
      if (closing > 0) {
        chunk.tailRef = [beforeItem, closing];
        chunk.end = closing;
        break;
      }
      if (!item || item.ref !== null) {
        // "between Fateh al Sham and more moderate rebel groups": a described last item.
        const described = joiner && !item ? descriptionAt(tokens, next, lex, true) : -1;
        const unknown = joiner && !item ? unknownNameEnd(tokens, next, lex) : -1;
        // ("the Nusra Front and other militant groups": after "other" a description is the list's open tail, as
        // "and other groups" is, and refers back to no group.)
        if (described > 0 && tokenAt(tokens, next - 1)?.key === "other") {
          chunk.others = true;
          chunk.end = described;
        } else if (described > 0) {
          // ("between ISIS and rebel groups, among them the Islamic Front and the SRF,": the description's examples name
          // it; round 92.)
          const examples = describedExamples(tokens, described, units, qualifiers, lex);
          if (examples) {
            for (const g of examples.groups) if (!chunk.groups.includes(g)) chunk.groups.push(g);
            chunk.examplesAt = chunk.heads.length;
            chunk.heads.push(...examples.heads);
            chunk.end = examples.end;
            break;
          }
          (chunk.descriptions ??= []).push([next, described]);
          chunk.end = described;
        } else if (relativeAfterName(tokens, unknown, lex)) {
          // ("the Nineveh Plain Forces and Dwekh Nawsha, who are allied to Y": a name the gazetteer lacks closing a
          // list before a relative clause is an item naming no group, so the relative's antecedent is the whole
          // list; issue 10, round 87.)
          (chunk.descriptions ??= []).push([next, unknown]);
          chunk.end = unknown;
        } else if (!item && !joiner && next > chunk.end && tokenAt(tokens, chunk.end)?.text === ",") {
          // ("between the YPG, tribal militias and ISIL": a described item between commas inside a list that names a
          // party after it; round 75.)
          // ("the Republican Guard, 4th Mechanized Division and 5th Legion": a unit named only by its number and type,
          // which the gazetteer cannot hold, is a described item too; round 78.)
          const described = descriptionAt(tokens, next, lex);
          // ("Turkey, the European Union and the United States": a name the gazetteer lacks between two named items is
          // an item too, naming no group; round 81.)
          const inner = described > 0
            ? described
            : Math.max(unnamedUnitEnd(tokens, next, lex), unknownNameEnd(tokens, next, lex));
          if (inner > 0 && namedItemAfter(tokens, inner, units, qualifiers, lex)) {
            (chunk.descriptions ??= []).push([next, inner]);
            chunk.end = inner;
            continue;
          }
        }
        break;
      }
      // "X, Y's official branch": a name followed by a possessive starts an apposition, not a list item.
      if (tokenAt(tokens, item.end)?.key === "'s") break;
      // "Belgium a member of the US-led coalition": an indefinite noun phrase right after a name, no joiner between,
      // is an apposition whose comma wire copy stripped, not a list item.
      if (!joiner && INDEFINITE_ARTICLE.test(tokenAt(tokens, chunk.end)?.key ?? "")) break;
      // Names side by side without comma or joiner ("the FSA SRF Hazzm", commas stripped upstream) form a list only
      // after "including"/"such as" or when a joiner closes it ("the Syrian Army Hezbollah and the NDF"): tag lists
      // and headlines put unrelated names side by side.
      // ("Fighting under the banner of the SDF the YPG has ...": a determiner between them keeps them side by side.)
      const bare = next > chunk.end && allyItem < 0 && tokenAt(tokens, chunk.end)?.text !== "," &&
        tokens.slice(chunk.end, next).every((t) => DETERMINERS.has(t.key));
      if ((next === chunk.end || bare) && !joiner && next > closedAt) {
        const introduced = lex.listExamples.endingAt(tokens, skipBackDeterminers(tokens, chunk.start), 3) !== null;
        closedAt = introduced ? tokens.length : adjacentCloser(tokens, item.end, units, qualifiers, lex);
        if (closedAt < 0) break;
      }
      // "X bombed ISIL targets, and the Iraqi Army made advances": ", and" before a name its verb follows opens a clause.
      // ("Turkey, Qatar, and Saudi Arabia have supported": a list of three keeps its last item.)
      // ("..., and US HIMARS launchers deployed on the border have engaged Y": past the item's own party nouns and
      // capitalised words, up to three; round 90.)
      let verbAt = item.end;
      // ("besieged by ISIS, and the YPG and YPJ fighters defending it are short": past a list of the item's own, and a
      // reduced relative's gerund opens the clause as its verb does; round 93.)
      let listed = false;
      for (let n = 0; n < 2; n++) {
        const from = verbAt;
        while (
          verbAt < from + 3 && tokenAt(tokens, verbAt)?.party === undefined &&
          (lex.partyNouns.longest(tokens, verbAt)?.length === 1 ||
            /^\p{Lu}{2,}$/u.test(tokenAt(tokens, verbAt)?.text ?? ""))
        ) verbAt++;
        const further = tokenAt(tokens, verbAt)?.key === "and"
          ? itemAt(tokens, skipDeterminers(tokens, verbAt + 1), units, qualifiers, lex)
          : null;
        if (!further) break;
        verbAt = further.end;
        listed = true;
      }
      const clauseVerb = lex.verbs.has(tokenAt(tokens, verbAt)?.key ?? "") ||
        /^(?:has|have|had|was|were|is|are|made|said)$/.test(tokenAt(tokens, verbAt)?.key ?? "") ||
        (listed && /^\p{Ll}+ing$/u.test(tokenAt(tokens, verbAt)?.text ?? ""));
      if (tokens[chunk.end].text === "," && joiner && chunk.heads.length === 1 && clauseVerb) break;
      if (tokens[chunk.end].text === "," && !joiner && next > closedAt) {
        closedAt = listCloser(tokens, item.end, units, qualifiers, lex);
        if (closedAt < 0) break;
        // ("After the ISIS attack on the SDF, Hezbollah and the Syrian Army advanced": the comma after the one name of a
        // sentence's opening adverbial closes the adverbial where the list after it is a clause's subject; round 93.)
        if (
          chunk.heads.length === 1 && inOpeningAdverbial(tokens, chunk.start, lex) &&
          verbAfterList(tokens, closedAt, units, qualifiers, lex)
        ) break;
      }
      chunk.end = item.end;
      // "A and allied B"; after a longer list ("SDF and SAA and allied pro-government forces") whose ally B is, is open.
      if (allied && chunk.heads.length === 1) chunk.allies.push(...item.groups);
      for (const g of item.groups) if (!chunk.groups.includes(g)) chunk.groups.push(g);
      chunk.heads.push(...item.heads);
    }
    // "Jeish al-Fatahs positions", "Russia's Aerospace Forces": a possessive of a party noun is the party itself.
    const possessed = tokenAt(tokens, chunk.end)?.key === "'s" ? possessedNoun(tokens, chunk.end + 1, lex) : -1;
    if (possessed > 0) chunk.end = possessed;
    // ("clashes between tribal militias, Iraqi security forces, and ISIL": a described item opening the list after
    // "between" or "among"; round 75.)
    if (chunk.ref === null && chunk.groups.length >= 2) {
      const opening = describedOpening(tokens, chunk.start, lex);
      if (opening >= 0) {
        chunk.descriptions = [[opening, skipBackDeterminers(tokens, chunk.start) - 1], ...(chunk.descriptions ?? [])];
        chunk.start = opening;
      }
    }
    // ("rebel groups, the Islamic Front among them,", "Tajammu al-Izza foremost among them": names after a comma closed
    // by "among them" are the examples of the set before the comma; the chunk holds the close; round 92.)
    const close = trailingExamplesClose(tokens, chunk);
    if (close > 0) chunk.end = close;
    const after = tokens[chunk.end];
    chunk.owner = after !== undefined &&
      (after.key === "'s" || ownsRoleNoun(tokens, chunk.end, lex) || qualifiesNext(tokens, chunk, lex));
    // "US-led air strikes": a name in a compound qualifies the noun after it.
    // ("US-led air strikes hit Y": a name compounded with an agentive participle before an action noun is the
    // noun's agent, as "Russian air strikes" is; lexicon `agentCompounds`.)
    const compound = after?.text === "-" && after.glued && tokenAt(tokens, chunk.end + 1)?.glued === true &&
      !agentCompoundBeforeAction(tokens, chunk.end + 1, lex);
    // "the anti-ISIL quartet", "pro-Assad militias": a name inside an anti-/pro- compound is not the party.
    // ("the pro Syrian-government Hezbollah": the prefix may stand apart.)
    const prefixed = (tokenAt(tokens, chunk.start)?.glued && tokenAt(tokens, chunk.start - 1)?.text === "-" &&
      /^(?:anti|pro|counter|non)$/.test(tokenAt(tokens, chunk.start - 2)?.key ?? "")) ||
      /^(?:anti|pro)$/.test(tokenAt(tokens, chunk.start - 1)?.key ?? "");
    // ("ISIS fighters with Turkish backing": a party named by what it gives is no actor of the clause's verbs; the
    // reader relates it to the side it backs alone, round 20.)
    const given = chunk.heads.length === 1 && supportGiven(units[tokens[chunk.start].party ?? -1], lex);
    // ("IS militants disguised as Russian soldiers infiltrated the base": a disguise names no party, round 63.)
    const disguise = lex.disguiseLinks.endingAt(tokens, skipBackDeterminers(tokens, chunk.start), 3) !== null;
    chunk.modifier = chunk.owner || compound || prefixed || given || disguise ||
      (after !== undefined && lex.nonPartyHeads.has(after.key) && !pluralPresentVerb(tokens, chunk, units, lex));
    chunks.push(chunk);
    startingAt.set(chunk.start, chunk);
    for (let k = chunk.start; k < chunk.end; k++) covering[k] = chunk;
    i = chunk.end;
  }
  return { chunks, startingAt, covering };
}

/**
 * Whether names chained by hyphens and ending before `end` act as one ("Russian-Turkish joint patrols", "US-Turkish
 * ground patrols", "the Russian-Syrian forces"): a joint act noun (a trigger noun parties do together, `joint`:
 * "offensive", "airstrikes") or a party noun ("forces", "patrols") stands at `end` or past up to two plain lower-case
 * words, or the last name's own last word is a party noun ("Syrian forces"; round 76). No deal ("a US-Russia brokered
 * ceasefire", "the US-Russia agreement").
 */
export function chainActs(tokens: Token[], end: number, units: Unit[], lex: CompiledLexicon): boolean {
  const last = tokenAt(tokens, end - 1)?.party;
  if (last !== undefined) {
    const surface = units[last].surface;
    const word = tokenize(surface.slice(surface.lastIndexOf(" ") + 1));
    if (word.length === 1 && LOWER_WORD.test(word[0].text) && lex.partyNouns.longest(word, 0) !== null) return true;
  }
  for (let k = end; k < end + 3 && k < tokens.length && LOWER_WORD.test(tokens[k].text); k++) {
    if (lex.partyNouns.longest(tokens, k)) return true;
    if (lex.triggers.at(tokens, k).some((p) => p.value.trigger.pos === "noun" && p.value.trigger.joint)) return true;
  }
  return false;
}

/**
 * Where a chain of names joined by glued hyphens after the name ending at `end` ends ("the Russian-Turkish forces",
 * "Russian-Iranian airstrikes"), with the chain's items, when the chain acts as one (`chainActs`); else null.
 */
function actingChain(
  tokens: Token[],
  end: number,
  units: Unit[],
  qualifiers: Unit[],
  lex: CompiledLexicon,
): { end: number; items: Item[] } | null {
  const items: Item[] = [];
  let at = end;
  while (
    tokenAt(tokens, at)?.text === "-" && tokens[at].glued && tokenAt(tokens, at + 1)?.glued &&
    tokens[at + 1].party !== undefined
  ) {
    const item = itemAt(tokens, at + 1, units, qualifiers, lex);
    if (!item || item.ref !== null) break;
    items.push(item);
    at = item.end;
  }
  return items.length > 0 && chainActs(tokens, items.at(-1)!.heads.at(-1)! + 1, units, lex) ? { end: at, items } : null;
}

/**
 * "FSA factions including A, B and C", "FSA brigades, such as A and B": where a name's item ends (`end`) in a plural
 * group noun of the lexicon's `setExampleNouns` followed by examples (lexicon `listExamples`, a comma before them
 * allowed), the named examples, joined by commas and list joiners, and where they end; else null. An example that
 * is a reference or no name ends the list ("FSA fighters, including a commander").
 */
function namedSetExamples(
  tokens: Token[],
  end: number,
  units: Unit[],
  qualifiers: Unit[],
  lex: CompiledLexicon,
  setOf = false,
): { end: number; groups: string[]; heads: number[] } | null {
  // (The name may end in the noun itself: "pro-Iranian militias including A", a gazetteer name of a set of groups;
  // or the noun stand before its owner: "factions of X, including A", `setOf`.)
  const noun = tokens[end - 1];
  const key = noun?.party !== undefined ? units[noun.party]?.surface.toLowerCase().split(/\s+/).at(-1) : noun?.key;
  if (!setOf && (!key || !lex.setExampleNouns.has(key))) return null;
  let at = tokenAt(tokens, end)?.text === "," ? end + 1 : end;
  // ("factions of the SNA: the Sultan Murad Division, the Hamza Division and ...": a colon right after a set's owner
  // opens its examples as "including" does; round 85.)
  const colon = setOf && tokenAt(tokens, end)?.text === ":" ? 1 : 0;
  const including = colon ? null : lex.listExamples.longest(tokens, at);
  if (!including && !colon) return null;
  at += including?.length ?? colon;
  const groups: string[] = [];
  const heads: number[] = [];
  let last = -1;
  for (;;) {
    const item = itemAt(tokens, skipDeterminers(tokens, at), units, qualifiers, lex);
    if (!item || item.ref !== null || item.groups.length === 0) break;
    groups.push(...item.groups);
    heads.push(...item.heads);
    last = item.end;
    let next = item.end;
    const comma = tokenAt(tokens, next)?.text === ",";
    if (comma) next++;
    const joiner = lex.listJoiners.longest(tokens, next);
    if (joiner) next += joiner.length;
    if (!comma && !joiner) break;
    at = next;
  }
  return last < 0 ? null : { end: last, groups, heads };
}

/**
 * "the anti-Assad FSA", "the pro-government NDF": past an anti- or pro- compound written as one word (or as the prefix,
 * its hyphen and the words glued to them) to the name right after it. The name's index, else `at`.
 */
function pastStanceCompound(tokens: Token[], at: number): number {
  let i = at;
  if (/^(?:anti|pro)-\p{L}/iu.test(tokenAt(tokens, i)?.text ?? "")) i++;
  else if (
    /^(?:anti|pro)$/.test(tokenAt(tokens, i)?.key ?? "") && tokenAt(tokens, i + 1)?.text === "-" &&
    tokenAt(tokens, i + 2)?.glued
  ) {
    i += 2;
    while (tokenAt(tokens, i)?.glued) i++;
  } else return at;
  return tokenAt(tokens, i)?.party !== undefined ? i : at;
}

/**
 * "Iran and Russia support the Syrian government", "the Gulf states back the rebels": a word that can head a noun a
 * name modifies ("US support", lexicon `nonPartyHeads`) is the present-tense verb of a plural name or list when it is a
 * verb of the lexicon and an article or a name follows it (round 67).
 */
function pluralPresentVerb(tokens: Token[], chunk: Chunk, units: Unit[], lex: CompiledLexicon): boolean {
  const verb = tokens[chunk.end];
  if (!verb || !lex.verbs.has(verb.key) || chunk.ref !== null) return false;
  const last = tokens[chunk.end - 1];
  const word = last.party !== undefined ? units[last.party].surface : last.key;
  if (chunk.groups.length < 2 && !/s$/.test(word)) return false;
  const next = tokens[chunk.end + 1];
  return next !== undefined && (ARTICLE.test(next.key) || next.party !== undefined);
}

/**
 * Whether the participle at `participle` is agentive (lexicon `agentCompounds`: "US-led") and a hostile act noun
 * follows it past up to two plain modifiers ("US-led air strikes"): then the compound's name is the act's agent.
 */
export function agentCompoundBeforeAction(tokens: Token[], participle: number, lex: CompiledLexicon): boolean {
  if (!lex.agentCompounds.has(tokenAt(tokens, participle)?.key ?? "")) return false;
  for (let i = participle + 1; i <= participle + 3 && i < tokens.length; i++) {
    const acts = lex.triggers.at(tokens, i).some(({ value }) =>
      value.trigger.pos === "noun" && value.trigger.type === "clash"
    );
    if (acts) return true;
    if (tokens[i].party !== undefined || !LOWER_WORD.test(tokens[i].text)) return false;
  }
  return false;
}

/**
 * "the al Qaedas Nusra Front" (the possessive stripped), "the al-Qaida breakaway Islamic State": a name right before
 * another, or before one adjective and another, inside one noun phrase that no list joins qualifies it (the first is
 * the second's owner).
 */
function qualifiesNext(tokens: Token[], chunk: Chunk, lex: CompiledLexicon): boolean {
  // Only inside one noun phrase: "the X Y", never "X threaten Y".
  if (!ARTICLE.test(tokenAt(tokens, chunk.start - 1)?.key ?? "")) return false;
  const at = chunk.end;
  // ("the US-led coalition Pentagon officials said": a trailing attribution, wire-lists.ts.)
  if (tokenAt(tokens, at)?.party !== undefined) return !attributionAt(tokens, at, lex);
  const word = tokens[at];
  if (!word || tokenAt(tokens, at + 1)?.party === undefined || !LOWER_WORD.test(word.text)) return false;
  if (lex.verbs.has(word.key) || /(?:ed|s|ing)$/.test(word.key) || lex.prepositions.has(word.key)) return false;
  return !lex.boundaries.has(word.key) && !lex.listJoiners.longest(tokens, at) && !lex.partyNouns.longest(tokens, at) &&
    !/^(?:or|nor|the|a|an|to|than|then|now|also)$/.test(word.key);
}

/** After "X's": up to two plain words and a party noun ("Aerospace Forces", "positions"); the index after, or -1. */
function possessedNoun(tokens: Token[], at: number, lex: CompiledLexicon): number {
  for (let i = at; i < at + 3 && i < tokens.length; i++) {
    if (lex.roleNouns.longest(tokens, i)) return -1;
    const noun = lex.partyNouns.longest(tokens, i);
    if (noun) return i + noun.length;
    const token = tokens[i];
    if (token.party !== undefined || !LETTERS.test(token.text) || lex.boundaries.has(token.key)) return -1;
    if (lex.prepositions.has(token.key) || lex.verbs.has(token.key)) return -1;
  }
  return -1;
}

/**
 * A description of groups: one to three plain words (or capitalised adjectives of `itemAdjectives`: "Iraqi"), then a
 * plural party noun ("more moderate rebel groups", "the anti-Assad forces"), with no name and no link to one ("groups
 * of X" is a party phrase). The index after it, or -1.
 */
export function descriptionAt(tokens: Token[], at: number, lex: CompiledLexicon, afterJoiner = false): number {
  // ("X and Iranian-backed forces": after a list's joiner, past a qualifier compound opening the description; round
  // 97. Not where it opens a phrase of its own: "The Turkish-backed forces pushed back Y" names no backer as a party.)
  const qualified = afterJoiner && tokenAt(tokens, at)?.qualifier !== undefined ? pastQualifier(tokens, at) : at;
  let i = qualified;
  while (i < tokens.length && i - qualified < 3) {
    const token = tokens[i];
    if (lex.partyNouns.longest(tokens, i) && i > at) break;
    // ("and allied Iraqi paramilitaries", "Sunni rebel militias": a capitalised adjective of creed, community or
    // nation, lexicon `itemAdjectives`, describes as a lower-case word does; round 76.)
    const proper = /^\p{Lu}[\p{Ll}'-]*$/u.test(token.text) && lex.itemAdjectives.longest(tokens, i) !== null;
    if ((!proper && !/^\p{Ll}[\p{L}-]*$/u.test(token.text)) || token.party !== undefined) return -1;
    // ("and allied rebel groups": "allied" describes, it is no verb, round 32.)
    const verbal = token.key !== "allied" && (lex.verbs.has(token.key) || token.key.endsWith("ed"));
    if (verbal || /^(?:has|have|had|is|are|was|were|be|been|will|would)$/.test(token.key)) return -1;
    // ("the offensive saw groups like A seize": a verb taking a bare infinitive is no description's word.)
    if (lex.bareInfinitiveVerbs.longest(tokens, i)) return -1;
    if (lex.references.longest(tokens, i)) return -1;
    if (lex.prepositions.has(token.key) || lex.boundaries.has(token.key) || lex.listJoiners.longest(tokens, i)) {
      return -1;
    }
    if (DETERMINERS.has(token.key)) return -1;
    i++;
  }
  const noun = i > at ? lex.partyNouns.longest(tokens, i) : null;
  if (!noun || !tokens[i + noun.length - 1].key.endsWith("s")) return -1;
  const end = i + noun.length;
  return lex.partyLinks.longest(tokens, end) || tokenAt(tokens, end)?.party !== undefined ? -1 : end;
}

/**
 * "4th Mechanized Division", "4th Division": the end of a unit named only by its ordinal and capitalised words (up to
 * four) ending in one of the lexicon's `unitHeads`, none of them a party; else -1. Round 78.
 */
function unnamedUnitEnd(tokens: Token[], at: number, lex: CompiledLexicon): number {
  for (let i = at; i < tokens.length && i - at < 4; i++) {
    const token = tokens[i];
    if (token.party !== undefined || token.qualifier !== undefined) return -1;
    // (Its number first: "Central Division" may be a name the gazetteer lacks.)
    const pattern = i === at ? /^\d+(?:st|nd|rd|th)$/u : /^\p{Lu}[\p{Ll}'-]*$/u;
    if (!pattern.test(token.text)) return -1;
    const head = lex.unitHeads.longest(tokens, i);
    if (head && i > at) return i + head.length;
  }
  return -1;
}

/**
 * The end of a name the gazetteer lacks at `at`: one to four capitalised words, none of them a party, a qualifier or a
 * clause boundary ("the European Union", "Canada"); else -1.
 */
function unknownNameEnd(tokens: Token[], at: number, lex: CompiledLexicon): number {
  let i = at;
  while (i < tokens.length && i - at < 4) {
    const token = tokens[i];
    if (token.party !== undefined || token.qualifier !== undefined || lex.boundaries.has(token.key)) break;
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(token.text)) break;
    i++;
  }
  return i > at && (i === tokens.length || !/^\p{Lu}/u.test(tokens[i].text)) ? i : -1;
}

/**
 * Whether a named list item follows the item ending at `end`: a comma or a list joiner (or both), then a name
 * ("tribal militias, and ISIL").
 */
function namedItemAfter(
  tokens: Token[],
  end: number,
  units: Unit[],
  qualifiers: Unit[],
  lex: CompiledLexicon,
): boolean {
  let next = end;
  const comma = tokenAt(tokens, next)?.text === ",";
  if (comma) next++;
  const joiner = lex.listJoiners.longest(tokens, next);
  if (joiner) next += joiner.length;
  if (!comma && !joiner) return false;
  const item = itemAt(tokens, skipDeterminers(tokens, next), units, qualifiers, lex);
  return item !== null && item.ref === null && item.groups.length > 0;
}

/**
 * Where a described item opening a list right after "between" or "among" starts ("between tribal militias, X and
 * Y"), when the list's named part starts at `start` after the description's comma; else -1.
 */
function describedOpening(tokens: Token[], start: number, lex: CompiledLexicon): number {
  const comma = skipBackDeterminers(tokens, start) - 1;
  if (tokenAt(tokens, comma)?.text !== ",") return -1;
  for (let at = Math.max(0, comma - 4); at < comma; at++) {
    const key = tokenAt(tokens, skipBackDeterminers(tokens, at) - 1)?.key;
    if ((key === "between" || key === "among") && descriptionAt(tokens, at, lex) === comma) return at;
  }
  return -1;
}

/** The position of the first determiner before `at` ("including the X" → the position of "the"). */
function skipBackDeterminers(tokens: Token[], at: number): number {
  while (at > 0 && DETERMINERS.has(tokens[at - 1].key)) at--;
  return at;
}

/** The longest bracketed aside `pastBracketedAside` steps over, in tokens between its brackets. */
const ASIDE_TOKENS = 16;

/**
 * Past a bracketed aside right at `at` ("al-Nusra Front (al-Qaeda in Syria)", "the Nour al-Din al-Zenki Movement
 * (once supported by the US)"): the position after its closing bracket; `at` where no short aside without a nested
 * bracket stands there.
 */
function pastBracketedAside(tokens: Token[], at: number, units: Unit[], own: string | null): number {
  if (tokenAt(tokens, at)?.text !== "(") return at;
  const last = Math.min(tokens.length, at + ASIDE_TOKENS + 2);
  for (let k = at + 1; k < last; k++) {
    if (tokens[k].text === ")") return k > at + 1 ? k + 1 : at;
    if (tokens[k].text === "(") return at;
    // (An aside naming another party states its own relation, "(part of the Syrian Islamic Front)", which the reader
    // reads with the item as its subject: the list does not step over it.)
    const party = tokens[k].party;
    if (party !== undefined && units[party]?.groupId !== own) return at;
  }
  return at;
}

/**
 * Past a relative clause between commas right at `at` (", which would quit the new body that July,"): the position of
 * its closing comma; `at` where none stands there, or where it names a party or holds a mark other than its commas.
 */
function pastRelativeAside(tokens: Token[], at: number, lex: CompiledLexicon): number {
  if (tokenAt(tokens, at)?.text !== "," || !/^(?:which|who)$/.test(tokenAt(tokens, at + 1)?.key ?? "")) return at;
  const last = Math.min(tokens.length, at + ASIDE_TOKENS);
  for (let k = at + 2; k < last; k++) {
    const token = tokens[k];
    if (token.text === ",") return k > at + 3 ? k : at;
    if (token.party !== undefined || token.qualifier !== undefined || !/^[\p{L}\d'’-]+$/u.test(token.text)) return at;
    if (lex.listJoiners.longest(tokens, k)) return at;
  }
  return at;
}

/**
 * Whether a list goes on at `at` past a bracketed aside: a comma or a joiner, then an item ("A (x) and B",
 * "A (x), B and C").
 */
function listGoesOn(tokens: Token[], at: number, units: Unit[], qualifiers: Unit[], lex: CompiledLexicon): boolean {
  let next = at;
  if (tokenAt(tokens, next)?.text === ",") next++;
  const joiner = lex.listJoiners.longest(tokens, next);
  if (joiner) next += joiner.length;
  if (next === at) return false;
  return itemAt(tokens, skipDeterminers(tokens, next), units, qualifiers, lex) !== null;
}

/** After names side by side: the position of the joiner that closes the run ("X Y and Z"), or -1. */
function adjacentCloser(tokens: Token[], at: number, units: Unit[], qualifiers: Unit[], lex: CompiledLexicon): number {
  let next = at;
  while (next < tokens.length) {
    const joiner = lex.listJoiners.longest(tokens, next);
    if (joiner) {
      return itemAt(tokens, skipDeterminers(tokens, next + joiner.length), units, qualifiers, lex) ? next : -1;
    }
    const item = itemAt(tokens, skipDeterminers(tokens, next), units, qualifiers, lex);
    if (!item) return -1;
    next = item.end;
  }
  return -1;
}

/**
 * Past the words a list item's name may open with (`at` after its determiners): a qualifier compound ("the
 * Turkish-backed X"), a name compound ("the FSA-dominated X"), an adjective of creed or origin before a name (lexicon
 * `itemAdjectives`: "the Afghan X"), an anti- or pro- compound. The name's position, or `at`.
 */
function pastItemModifiers(tokens: Token[], at: number, lex: CompiledLexicon, adjectives = true): number {
  let next = at;
  // ("A, Iraq's B and C", "Lebanon's Hezbollah": a place's possessive, no party token itself, before the name.)
  const owner = tokens[next];
  if (owner && owner.party === undefined && owner.qualifier === undefined && /^\p{Lu}/u.test(owner.text)) {
    const glued = /^\p{Lu}\p{L}+['’]s$/u.test(owner.text);
    const after = glued ? next + 1 : tokenAt(tokens, next + 1)?.key === "'s" ? next + 2 : next;
    if (after > next && tokenAt(tokens, after)?.party !== undefined) next = after;
  }
  // ("and the IRGC-backed Afghan X": a qualifier compound, then an adjective of origin, before the name.)
  if (tokenAt(tokens, next)?.qualifier !== undefined) {
    const past = pastQualifier(tokens, next);
    const adjective = lex.itemAdjectives.longest(tokens, past);
    const named = adjective ? past + adjective.length : past;
    if (tokenAt(tokens, named)?.party !== undefined) return named;
  }
  next = pastNameCompound(tokens, next);
  if (!adjectives) return next;
  const adjective = lex.itemAdjectives.longest(tokens, next);
  if (adjective && tokenAt(tokens, next + adjective.length)?.party !== undefined) next += adjective.length;
  return pastStanceCompound(tokens, next);
}

/**
 * The named examples of a description ending at `end`, after its comma: opened by a phrase of lexicon `listExamples`
 * (", among them A and B", ", including A") or closed by "among them" (", A and B among them"), one name or several joined
 * by commas and joiners. Their groups, heads and end (past a closing "among them"), or null.
 */
function describedExamples(
  tokens: Token[],
  end: number,
  units: Unit[],
  qualifiers: Unit[],
  lex: CompiledLexicon,
): { groups: string[]; heads: number[]; end: number } | null {
  if (tokenAt(tokens, end)?.text !== ",") return null;
  const opener = lex.listExamples.longest(tokens, end + 1);
  let at = opener ? end + 1 + opener.length : end + 1;
  const groups: string[] = [];
  const heads: number[] = [];
  for (;;) {
    const item = itemAt(tokens, skipDeterminers(tokens, at), units, qualifiers, lex);
    if (!item || item.ref !== null || item.groups.length === 0) break;
    groups.push(...item.groups);
    heads.push(...item.heads);
    at = item.end;
    let next = tokenAt(tokens, at)?.text === "," ? at + 1 : at;
    const joiner = lex.listJoiners.longest(tokens, next);
    if (joiner) next += joiner.length;
    if (next === at || !itemAt(tokens, skipDeterminers(tokens, next), units, qualifiers, lex)) break;
    at = next;
  }
  if (groups.length === 0) return null;
  if (opener) return { groups, heads, end: at };
  // (Closed by "among them": "rebel groups, the Islamic Front among them,".)
  return tokenAt(tokens, at)?.key === "among" && tokenAt(tokens, at + 1)?.key === "them"
    ? { groups, heads, end: at + 2 }
    : null;
}

/** The item a possessive at `possessive` ("'s") owns, past determiners and plain adjectives; else null. */
function ownedItemAt(
  tokens: Token[],
  possessive: number,
  units: Unit[],
  qualifiers: Unit[],
  lex: CompiledLexicon,
): ReturnType<typeof itemAt> {
  return itemAt(
    tokens,
    pastPlainAdjectives(tokens, skipDeterminers(tokens, possessive + 1), lex),
    units,
    qualifiers,
    lex,
  );
}

/**
 * Past up to two plain lower-case adjectives at `at` that stand right before a name ("elite", "newly formed"): no verb,
 * preposition, joiner or boundary; `at` where no name follows them.
 */
function pastPlainAdjectives(tokens: Token[], at: number, lex: CompiledLexicon): number {
  let i = at;
  while (i < at + 2 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokenAt(tokens, i)?.text ?? "") && tokens[i].party === undefined) {
    const key = tokens[i].key;
    if (
      lex.verbs.has(key) || lex.prepositions.has(key) || lex.boundaries.has(key) || lex.listJoiners.longest(tokens, i)
    ) {
      return at;
    }
    i++;
  }
  return tokenAt(tokens, i)?.party !== undefined ? i : at;
}

/**
 * After "A, B": the list goes on only if more items and a joiner before the last follow ("A, B and C"); else "A, B"
 * is an apposition. Returns the position of the closing joiner, or -1.
 */
function listCloser(tokens: Token[], at: number, units: Unit[], qualifiers: Unit[], lex: CompiledLexicon): number {
  let next = at;
  while (next < tokens.length) {
    // ("A, B, which would quit the new body that July, C and D": past an item's relative clause between commas, the
    // list two items long at least; round 98.)
    next = pastRelativeAside(tokens, next, lex);
    const comma = tokenAt(tokens, next)?.text === ",";
    if (comma) next++;
    // "A, B and others", "A, B, and other groups": a tail closes the list too.
    if (listTailAt(tokens, next, lex, !comma)) return next;
    const joiner = lex.listJoiners.longest(tokens, next);
    if (joiner) {
      const lastAt = skipDeterminers(tokens, next + joiner.length);
      // ("A, B and the Afghan C", "A, B and the IRGC-backed C": the words an item may open with after a joiner, as the
      // list itself reads them; round 84.)
      const last = itemAt(tokens, pastItemModifiers(tokens, lastAt, lex), units, qualifiers, lex);
      // ("the SNA, Turkish Armed Forces and disparate rebel groups": a described last item closes the list as a name
      // does, round 31.)
      // ("Iran, Russia and Lebanese militia Hezbollah": a last name after its description, which a list of two names or
      // more before the joiner leaves no name to describe; round 88.)
      return last || descriptionAt(tokens, lastAt, lex) > 0 || titledItemName(tokens, lastAt, lex) > 0 ? next : -1;
    }
    let item = comma
      ? itemAt(tokens, pastItemModifiers(tokens, skipDeterminers(tokens, next), lex), units, qualifiers, lex)
      : null;
    // ("A, Iraq's B and C": a name owned by a possessive name is the item; round 84.)
    if (item && tokenAt(tokens, item.end)?.key === "'s") {
      const owned = ownedItemAt(tokens, item.end, units, qualifiers, lex);
      if (owned) item = owned;
    }
    if (!item) return -1;
    // ("A, B (al-Qaeda in Syria) and C": past an item's bracketed aside; round 78.)
    next = pastBracketedAside(tokens, item.end, units, item.groups.length === 1 ? item.groups[0] : null);
  }
  return -1;
}

/** Prepositions that open a sentence's adverbial phrase before its clause ("After the attack on X, A and B ..."). */
const OPENING_ADVERBIALS = new Set([
  "after",
  "since",
  "following",
  "during",
  "amid",
  "despite",
  "before",
  "until",
  "upon",
  "with",
]);

/** Auxiliaries that open a clause (`inOpeningAdverbial`, `verbAfterList`). */
const AUXILIARY = /^(?:has|have|had|was|were|is|are|will|would)$/;

/**
 * Whether `at` stands in a sentence's opening adverbial phrase: the sentence opens with a preposition of
 * `OPENING_ADVERBIALS`, and no comma, past form of a verb or auxiliary stands between it and `at`.
 */
function inOpeningAdverbial(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  if (!OPENING_ADVERBIALS.has(tokenAt(tokens, 0)?.key ?? "")) return false;
  // (A verb's past or an auxiliary opens a clause; a bare verb form there is the phrase's noun: "the ISIS attack".)
  for (let i = 1; i < at; i++) {
    const key = tokens[i].key;
    if (tokens[i].text === "," || AUXILIARY.test(key) || (key.endsWith("ed") && lex.verbs.has(key))) return false;
  }
  return true;
}

/**
 * Whether the list a joiner at `joinerAt` closes is a clause's subject: its last item is right before a verb or an
 * auxiliary.
 */
function verbAfterList(
  tokens: Token[],
  joinerAt: number,
  units: Unit[],
  qualifiers: Unit[],
  lex: CompiledLexicon,
): boolean {
  const joiner = lex.listJoiners.longest(tokens, joinerAt);
  if (!joiner) return false;
  const last = itemAt(tokens, skipDeterminers(tokens, joinerAt + joiner.length), units, qualifiers, lex);
  const after = last ? tokenAt(tokens, last.end)?.key ?? "" : "";
  return lex.verbs.has(after) || AUXILIARY.test(after);
}

/** Whether a comma and a relative pronoun (lexicon `relativePronouns`: "who", "which") stand at `end` (-1: none). */
function relativeAfterName(tokens: Token[], end: number, lex: CompiledLexicon): boolean {
  return end > 0 && tokenAt(tokens, end)?.text === "," && lex.relativePronouns.has(tokenAt(tokens, end + 1)?.key ?? "");
}

/**
 * Past a quantity noun and its "of" at `at` ("a contingent of", "dozens of": lexicon `quantityNouns`, the article
 * already skipped), and the item's own modifiers after it, when a name follows; else `at`.
 */
function pastItemQuantity(tokens: Token[], at: number, lex: CompiledLexicon): number {
  if (!lex.quantityNouns.has(tokenAt(tokens, at)?.key ?? "") || tokenAt(tokens, at + 1)?.key !== "of") return at;
  const next = pastItemModifiers(tokens, skipDeterminers(tokens, at + 2), lex);
  return tokenAt(tokens, next)?.party !== undefined ? next : at;
}

/**
 * Where a set of states named by up to two words (capitalised adjectives allowed: "Gulf", "European") and a noun of
 * lexicon `stateSetNouns` ends, from `at`; else -1.
 */
function stateSetEnd(tokens: Token[], at: number, lex: CompiledLexicon): number {
  for (let end = at; end <= at + 2 && end < tokens.length; end++) {
    const token = tokens[end];
    if (token.party !== undefined || token.qualifier !== undefined || !/^\p{L}[\p{L}-]*$/u.test(token.text)) return -1;
    if (lex.stateSetNouns.has(token.key)) return end + 1;
  }
  return -1;
}
