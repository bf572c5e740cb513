import type { DateCues, Descriptor, Gazetteer, Group, NameLexicon, TransliterationLexicon } from "../../records/mod.ts";
import { compileFolding, type Folding, type NameToken, nameTokens } from "./fold.ts";
import { type ArabicNameWords, arabicNameWords } from "../../reference/arabic-name-words.ts";
import { compileStateForceNames, type StateForceNames } from "./state-forces.ts";

/**
 * How a name was recognised; "descriptor" matches a time-bound description instead of a name, "group-noun" a bare
 * noun of the war that stands for one party in its window ("the regime", "the Coalition").
 */
export type MatchMethod =
  | "exact"
  | "normalized"
  | "acronym"
  | "fuzzy"
  | "descriptor"
  | "group-noun"
  | "state-reference";

/** One name or descriptor found in a text, before sentence and lineage are attached. */
export type NameMatch = {
  groupId: string;
  start: number;
  end: number;
  method: MatchMethod;
  /** A descriptor that takes over this group's generic names in its window (`Descriptor.supersedes`). */
  supersedes?: string;
  /** Holds only where the same group is named otherwise in the same or a neighbouring sentence. */
  anchored?: true;
};

export type Entry = {
  groupId: string;
  /** The alias or phrase as the gazetteer writes it. */
  written: string;
  /** Token positions whose capitalised generic word must be capitalised in the text too ("Islamic State"). */
  capitalised: number[];
  /** Every word is a generic word ("General Security", "Military Intelligence"): another state's demonym before it
   * makes it that state's body. */
  generic: boolean;
  descriptor: Descriptor | null;
  /** A descriptor's `onlyWith` names as one pattern: the text must hold one of them for the phrase to count. */
  onlyWith: RegExp | undefined;
  /** The alias written without an Arabic article inside it ("Ahrar Sham"): it does not count before an article
   * ("Jaish Fatah al-Sham" is another name misspelt, the writer writes articles). */
  withoutArticle: boolean;
};

/**
 * An entry with every field set, always in this order: the scan reads the entries of every node it reaches, and
 * entries written as literals of different fields (`onlyWith` on descriptors, `withoutArticle` on article-less names,
 * `generic` added afterwards) took three shapes there. `generic` is marked once the trie is built.
 */
function entryOf(
  groupId: string,
  written: string,
  capitalised: number[],
  descriptor: Descriptor | null,
  onlyWith: RegExp | undefined = undefined,
  withoutArticle = false,
): Entry {
  return { groupId, written, capitalised, generic: false, descriptor, onlyWith, withoutArticle };
}

export type TrieNode = { next: Map<string, TrieNode>; names: Entry[]; descriptors: Entry[]; depth: number };

/** The name lexicon's lists as sets, each named for the role its words play (data/lexicon/names.json). */
export type NameWords = { [K in Exclude<keyof NameLexicon, "description">]: Set<string> };

/** The lexicons a matcher is compiled with (and the date cues that date a passage; default: data/lexicon). */
export type MatcherLexicon = { names: NameLexicon; transliteration: TransliterationLexicon; dateCues?: DateCues };

/** Every alias, acronym and descriptor of a gazetteer compiled once into a token trie. */
export type NameMatcher = {
  root: TrieNode;
  acronyms: Map<string, string>;
  groups: Map<string, Group>;
  folding: Folding;
  words: NameWords;
  /** The Arabic articles and particles a transliterated name holds (data/lexicon/transliteration.json). */
  arabic: ArabicNameWords;
  /** ACLED's state-force names ("Military Forces of Jordan (1999-)"), read by their years. */
  stateForces: StateForceNames;
  /** Each state's demonym as written ("Syrian", "Iranian") → the group its force phrases name. */
  demonyms: Map<string, string>;
  /** The names of states and alliances of states as written, all words capitalised ("Turkey", "Saudi Arabia", "UAE"),
   * with the bare names the gazetteer reads only where the state acts ("Iraq"): what a list of places may hold. */
  stateNames: ReadonlySet<string>;
};

/**
 * The children of every node that has none, shared: of some 30,000 nodes, four in five are leaves, and an empty `Map`
 * of its own costs each one a hash table (issue 14: the matcher is built in every worker). `insert` gives a node a
 * `Map` of its own when it gets its first child.
 */
const NO_CHILDREN: Map<string, TrieNode> = new Map();
/** The entries of every node without names or without descriptors, and the positions of most entries: shared. */
const NONE: never[] = Object.freeze([]) as never[];

function emptyNode(depth: number): TrieNode {
  return { next: NO_CHILDREN, names: [], descriptors: [], depth };
}

/** Tokens of an alias without its leading article: "al-Nusra Front" is stored as "nusra front". */
function aliasTokens(alias: string, folding: Folding): NameToken[] {
  const tokens = nameTokens(alias, folding);
  return tokens.length > 1 && tokens[0].key === "al" ? tokens.slice(1) : tokens;
}

/**
 * `aliasTokens` of the phrase `${first} ${second}` from the tokens of each part (`nameTokens`): a word's key does not
 * depend on the space after it, so each demonym, modifier and noun is keyed once, not in each of the 10,000 phrases
 * they make (only the keys are read: the offsets are each part's own).
 */
function phraseTokens(first: NameToken[], second: NameToken[]): NameToken[] {
  const tokens = [...first, ...second];
  return tokens.length > 1 && tokens[0].key === "al" ? tokens.slice(1) : tokens;
}

/** One case-insensitive, word-bounded pattern matching any of `names`. */
function namesPattern(names: string[]): RegExp {
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]?"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

function insert(root: TrieNode, tokens: NameToken[]): TrieNode {
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token.key);
    if (!child) {
      if (node.next === NO_CHILDREN) node.next = new Map();
      node.next.set(token.key, child = emptyNode(node.depth + 1));
    }
    node = child;
  }
  return node;
}

function nameWords(lexicon: NameLexicon): NameWords {
  const { description: _, ...lists } = lexicon;
  return Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, new Set(list.words)])) as NameWords;
}

/**
 * Compiles every alias, acronym and descriptor of `gazetteer` into one trie keyed by canonical words. Throws when
 * two groups claim a name that reads the same after normalization, naming both.
 */
export function compileNameMatcher(gazetteer: Gazetteer, lexicon: MatcherLexicon): NameMatcher {
  const root = emptyNode(0);
  const acronyms = new Map<string, string>();
  const groups = new Map(gazetteer.groups.map((group) => [group.id, group]));
  const folding = compileFolding(lexicon.transliteration);
  const words = nameWords(lexicon.names);
  const capitalisedPositions = (tokens: NameToken[]) =>
    tokens.flatMap((token, index) =>
      /^\p{Lu}/u.test(token.raw) && words.genericWords.has(token.raw.toLowerCase()) ? [index] : []
    );
  for (const group of gazetteer.groups) {
    for (const alias of group.aliases) {
      const tokens = aliasTokens(alias, folding);
      if (tokens.length === 0) throw new Error(`group "${group.id}": alias "${alias}" has no letters`);
      const node = insert(root, tokens);
      const clash = node.names.find((entry) => entry.groupId !== group.id);
      if (clash) {
        throw new Error(
          `alias "${alias}" of "${group.id}" reads the same as "${clash.written}" of "${clash.groupId}"; keep it in one group`,
        );
      }
      node.names.push(entryOf(group.id, alias, capitalisedPositions(tokens), null));
      // The same name written without an article inside it ("Ajnad Kavkaz" for "Ajnad al-Kavkaz", "Ahrar Sham",
      // "Jaish Islam"): outlets drop the Arabic article. Written names win: a spelling another group (or this one)
      // already holds is left to it. Issue 10, round 29.
      const bare = tokens.filter((token, index) => index === 0 || token.key !== "al");
      if (bare.length < tokens.length && bare.length > 1) {
        const variant = insert(root, bare);
        if (variant.names.length === 0) {
          variant.names.push(entryOf(group.id, alias, capitalisedPositions(bare), null, undefined, true));
        }
      }
    }
    for (const acronym of group.acronyms) {
      const other = acronyms.get(acronym);
      if (other && other !== group.id) {
        throw new Error(`acronym "${acronym}" belongs to both "${other}" and "${group.id}"; keep it in one group`);
      }
      acronyms.set(acronym, group.id);
    }
    for (const descriptor of group.descriptors) {
      if (
        descriptor.supersedes !== undefined && !gazetteer.groups.some((other) => other.id === descriptor.supersedes)
      ) {
        throw new Error(
          `group "${group.id}": descriptor "${descriptor.phrase}" supersedes unknown "${descriptor.supersedes}"`,
        );
      }
      const tokens = aliasTokens(descriptor.phrase, folding);
      insert(root, tokens).descriptors.push(entryOf(
        group.id,
        descriptor.phrase,
        descriptor.caseSensitive ? tokens.flatMap((token, index) => /^\p{Lu}/u.test(token.raw) ? [index] : []) : [],
        descriptor,
        descriptor.onlyWith ? namesPattern(descriptor.onlyWith) : undefined,
      ));
    }
  }
  // A state's demonym read off its own aliases ("Russian" from "Russian forces", "Syrian" from "Syrian army") before
  // a force noun names its forces: "Turkish drone", "Russian jets", "Syrian military sites". A foreign state takes
  // every force noun, a state force only the armed ones (`stateForceNouns`: "Syrian fighters" may be any side's).
  // Written aliases and descriptors win; a phrase another group claims is left to it.
  // A volunteer demonym ("Libyan", `volunteerDemonyms`) takes only the armed nouns: "Libyan fighters" are no state's.
  // Every demonym also takes what the forces hold (`holdingNouns`: "Syrian checkpoints").
  const demonyms = new Map<string, string>();
  // (each word's tokens, worked out once for all the phrases it is part of)
  const wordTokens = new Map<string, NameToken[]>();
  const tokensOf = (word: string) => {
    let tokens = wordTokens.get(word);
    if (tokens === undefined) wordTokens.set(word, tokens = nameTokens(word, folding));
    return tokens;
  };
  const foreignNouns = new Set([...words.forceNouns, ...words.stateForceNouns]);
  for (const group of gazetteer.groups) {
    // (An alliance of states names its forces as a state does: "NATO forces", "NATO warplanes"; round 73.)
    const statelike = group.kind === "foreign-state" || group.kind === "international-org";
    if (!statelike && group.kind !== "state-force") continue;
    const nouns = statelike ? foreignNouns : words.stateForceNouns;
    const own = new Set(group.aliases.flatMap((alias) => {
      const [first, second, ...rest] = alias.split(" ");
      return rest.length === 0 && second !== undefined && nouns.has(second) && /^\p{Lu}/u.test(first) ? [first] : [];
    }));
    for (const demonym of own) {
      if (demonyms.has(demonym)) continue;
      demonyms.set(demonym, group.id);
      const taken = nouns === foreignNouns && words.volunteerDemonyms.has(demonym) ? words.stateForceNouns : nouns;
      // (A foreign state's demonym also takes what it gives, `supportNouns`: "Russian air support", round 20.)
      // (And its government, `governmentNouns`: "the Turkish government", round 29; where the word is an adjective,
      // not the state's own name or acronym: "the US government" is "US", named already.)
      const named = group.aliases.includes(demonym) || group.acronyms.includes(demonym);
      const governed = named ? [] : [...words.governmentNouns];
      const given = statelike ? [...words.supportNouns, ...governed] : [];
      for (const noun of [...taken, ...words.holdingNouns, ...given]) {
        const node = insert(root, phraseTokens(tokensOf(demonym), tokensOf(noun)));
        // A phrase that takes over this group's names later ("Syrian drones" after Assad's fall) is still its name.
        const claimed = node.descriptors.some((entry) => entry.descriptor?.supersedes !== group.id);
        if (node.names.length === 0 && !claimed) {
          node.names.push(entryOf(group.id, `${demonym} ${noun}`, [], null));
        }
      }
    }
  }
  // A state force's lower-case modifier read off its own two-word names ("government" from "government forces",
  // "regime" from "regime troops", "pro-Assad" from "pro-Assad forces") before any armed force noun names the same
  // force ("government artillery", "regime drones"); a dated descriptor so written ("government forces" from
  // 2024-12-09) passes its window and supersession to the other nouns the same way. Written names win.
  for (const group of gazetteer.groups) {
    if (group.kind !== "state-force") continue;
    const modifierOf = (phrase: string) => {
      const [first, second, ...rest] = phrase.split(" ");
      return rest.length === 0 && second !== undefined && words.stateForceNouns.has(second) &&
          /^\p{Ll}/u.test(first)
        ? first
        : undefined;
    };
    const modifiers = new Set(group.aliases.flatMap((alias) => modifierOf(alias) ?? []));
    for (const modifier of modifiers) {
      for (const noun of [...words.stateForceNouns, ...words.holdingNouns]) {
        const node = insert(root, phraseTokens(tokensOf(modifier), tokensOf(noun)));
        if (node.names.length === 0) {
          node.names.push(entryOf(group.id, `${modifier} ${noun}`, [], null));
        }
      }
    }
    for (const descriptor of group.descriptors) {
      const modifier = modifierOf(descriptor.phrase);
      if (modifier === undefined) continue;
      for (const noun of [...words.stateForceNouns, ...words.holdingNouns]) {
        const phrase = `${modifier} ${noun}`;
        const node = insert(root, phraseTokens(tokensOf(modifier), tokensOf(noun)));
        if (node.descriptors.some((entry) => entry.groupId === group.id)) continue;
        node.descriptors.push(entryOf(
          group.id,
          phrase,
          [],
          { ...descriptor, phrase },
          descriptor.onlyWith ? namesPattern(descriptor.onlyWith) : undefined,
        ));
      }
    }
  }
  // The names a crosswalk gives (`acled`: "Military Forces of Syria (2000-2024)", "HTS: Hayat Tahrir al Sham") are
  // names too, so notes written with ACLED's actor names resolve: the period in brackets is dropped, an acronym
  // before a colon counts as an acronym. Reviewed aliases and acronyms win; a name two groups would claim is left out.
  const crosswalk = crosswalkNames(gazetteer);
  for (const { groupId, name } of crosswalk.names) {
    const tokens = aliasTokens(name, folding);
    if (tokens.length === 0) continue;
    const node = insert(root, tokens);
    if (node.names.length > 0) continue;
    node.names.push(entryOf(groupId, name, capitalisedPositions(tokens), null));
  }
  for (const { groupId, acronym } of crosswalk.acronyms) {
    if (!acronyms.has(acronym)) acronyms.set(acronym, groupId);
  }
  // Media and agencies that contain a state's name ("Agence France-Presse") are names of nobody: they cover it. Written
  // with a capitalised generic word, such a name holds only so, and then before the same words in lower case
  // ("Lebanese Forces", the party, against "Lebanese forces", the army; round 73).
  for (const name of words.nonActorNames) {
    const tokens = aliasTokens(name, folding);
    insert(root, tokens).names.unshift(entryOf("", name, capitalisedPositions(tokens), null));
  }
  // A name made only of generic words ("Military Security", "General Security") is marked, so the scan can refuse it
  // after another state's demonym ("Lebanese General Security").
  const genericKeys = new Set(
    [...words.genericWords, ...words.unitTypeWords].map((word) => folding.canonicalWord(word)),
  );
  finish(root, true, genericKeys);
  const stateForces = compileStateForceNames(gazetteer, words.acledStateForcePrefixes);
  return {
    root,
    acronyms,
    groups,
    folding,
    words,
    arabic: arabicNameWords(lexicon.transliteration),
    stateForces,
    demonyms,
    stateNames: stateNamesOf(gazetteer),
  };
}

/**
 * Finishes the trie in one walk, run last (no entry is added after it): marks each entry `generic` when every word on
 * the way to its node is a generic word (`genericKeys`; carried down the trie, so no list of a node's words is copied
 * at each of its 30,000 nodes), and cuts every node's entry lists to their length, the empty ones (and empty
 * `capitalised` lists) shared: an array grown by `push` keeps room for 16 more entries, which most nodes, holding one,
 * never use. Halves the matcher's heap (18.6 to 9.1 MB on the gazetteer of 2026-12-05, with `NO_CHILDREN`), held once
 * in each worker.
 */
function finish(node: TrieNode, generic: boolean, genericKeys: ReadonlySet<string>): void {
  node.names = finishedEntries(node.names, generic);
  node.descriptors = finishedEntries(node.descriptors, generic);
  for (const [key, child] of node.next) finish(child, generic && genericKeys.has(key), genericKeys);
}

/** A node's entries marked and cut to their length (`finish`). */
function finishedEntries(entries: Entry[], generic: boolean): Entry[] {
  for (const entry of entries) {
    entry.generic = generic;
    if (entry.capitalised.length === 0) entry.capitalised = NONE;
  }
  return entries.length === 0 ? NONE : entries.slice();
}

function stateNamesOf(gazetteer: Gazetteer): Set<string> {
  const names = new Set<string>();
  for (const group of gazetteer.groups) {
    for (const { name } of group.actorNames ?? []) names.add(name);
    if (group.kind !== "foreign-state" && group.kind !== "international-org") continue;
    for (const name of [group.name, ...group.aliases, ...group.acronyms]) {
      if (name.split(" ").every((word) => /^\p{Lu}/u.test(word))) names.add(name);
    }
  }
  return names;
}

/**
 * The names and acronyms the gazetteer's crosswalk fields state (ACLED actor names), each kept only where exactly one
 * group states it: "Military Forces of Syria (2000-2024)" gives "Military Forces of Syria", "JWS: Syrian National
 * Army" gives the acronym "JWS" and the name "Syrian National Army".
 */
export function crosswalkNames(gazetteer: Gazetteer): {
  names: { groupId: string; name: string }[];
  acronyms: { groupId: string; acronym: string }[];
} {
  const names = new Map<string, Set<string>>();
  const acronyms = new Map<string, Set<string>>();
  const claim = (map: Map<string, Set<string>>, key: string, groupId: string) =>
    map.set(key, (map.get(key) ?? new Set()).add(groupId));
  for (const group of gazetteer.groups) {
    for (const written of group.acled ?? []) {
      const colon = written.match(/^([A-Za-z]{2,6}):\s*(.+)$/);
      if (colon) claim(acronyms, colon[1], group.id);
      const name = (colon ? colon[2] : written).replace(/\s*\([^)]*\)\s*/g, " ").replace(/\s+/g, " ").trim();
      if (name.length > 0) claim(names, name, group.id);
    }
  }
  const single = <K extends string>(map: Map<string, Set<string>>, key: K) =>
    [...map].filter(([, ids]) => ids.size === 1).map(([value, ids]) => ({ groupId: [...ids][0], [key]: value }));
  return {
    names: single(names, "name") as { groupId: string; name: string }[],
    acronyms: single(acronyms, "acronym") as { groupId: string; acronym: string }[],
  };
}
