import type { Descriptor, Gazetteer, Group } from "../../records/mod.ts";
import { descriptorMayApply } from "./lineage.ts";
import { LOYAL_FORCES_GROUP, loyalForcesSpans } from "./loyal-forces.ts";
import { joinsName, type NameToken, nameTokens } from "./fold.ts";

/** How a name was recognised; "descriptor" matches a time-bound description instead of a name. */
export type MatchMethod = "exact" | "normalized" | "acronym" | "fuzzy" | "descriptor";

/** One name or descriptor found in a text, before sentence and lineage are attached. */
export type NameMatch = {
  groupId: string;
  start: number;
  end: number;
  method: MatchMethod;
};

type Entry = {
  groupId: string;
  /** The alias or phrase as the gazetteer writes it. */
  written: string;
  /** Token positions whose capitalised generic word must be capitalised in the text too ("Islamic State"). */
  capitalised: number[];
  descriptor: Descriptor | null;
};

type TrieNode = { next: Map<string, TrieNode>; names: Entry[]; descriptors: Entry[]; depth: number };

/** Every alias, acronym and descriptor of a gazetteer compiled once into a token trie. */
export type NameMatcher = {
  root: TrieNode;
  acronyms: Map<string, string>;
  groups: Map<string, Group>;
};

/**
 * Generic English words that make an alias read like ordinary prose when lower-cased ("an Islamic state", "the
 * southern front"). An alias that capitalises one of them only matches text that capitalises it too.
 */
const GENERIC_WORDS = new Set([
  "state",
  "front",
  "army",
  "forces",
  "force",
  "union",
  "movement",
  "brigade",
  "brigades",
  "division",
  "corps",
  "council",
  "coalition",
  "alliance",
  "party",
  "units",
  "unit",
  "group",
  "battalion",
  "battalions",
  "legion",
  "gathering",
  "league",
  "organization",
  "organisation",
  "committee",
  "guard",
  "guards",
  "government",
  "military",
  "troops",
  "fighters",
  "soldiers",
  "ministry",
  "federation",
  "turkey",
  "pentagon",
  "conquest",
  "religion",
  "victory",
  "glory",
  "islam",
]);

/** Acronyms that are also English words: they need a context that makes them the group ("IS fighters", "(IS)"). */
const WORD_ACRONYMS = new Set(["IS"]);
const IS_NEXT_WORDS = new Set([
  "group",
  "fighters",
  "fighter",
  "militants",
  "militant",
  "jihadists",
  "jihadist",
  "members",
  "member",
  "terrorists",
  "terrorist",
  "extremists",
  "positions",
  "stronghold",
  "strongholds",
  "territory",
  "leader",
  "leaders",
  "commander",
  "commanders",
  "attack",
  "attacks",
  "cells",
  "cell",
  "insurgents",
  "remnants",
  "suicide",
  "caliphate",
  "emir",
  "bastion",
  "control",
  "claimed",
  "propaganda",
]);
const IS_PREVIOUS_WORDS = new Set([
  "against",
  "fighting",
  "fight",
  "from",
  "by",
  "with",
  "of",
  "to",
  "versus",
  "vs",
  "defeat",
  "defeated",
  "toward",
  "towards",
  "and",
  "between",
]);

/**
 * Names of media and agencies that contain a state's name: compiled as names of nobody, so "Agence France-Presse"
 * or "Russia Today" covers the state's name inside it and yields no mention (agencies are not actors).
 */
const NON_ACTOR_NAMES = [
  "Agence France-Presse",
  "Agence France Presse",
  "France 24",
  "Radio France",
  "Russia Today",
  "Voice of America",
  "BBC",
  "Jordan Times",
  "Turkey Daily",
];

/** Words that, directly before a state's bare name, make it a place: "fled into Turkey", "in southern Turkey". */
const LOCATIVE_WORDS = new Set(["in", "into", "inside", "within", "across", "to", "toward", "towards"]);
const DIRECTION_WORDS = new Set([
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "neighbouring",
  "neighboring",
  "the",
]);

/**
 * Nouns that, directly after a state's bare name, make the name an adjective ("US officials", "U.S. President",
 * "US airstrikes", "US cruise missiles"): the guidelines count the state when it acts, not its officials or its
 * strikes and munitions.
 */
const STATE_ATTRIBUTE_WORDS = new Set([
  "president",
  "presidents",
  "officials",
  "official",
  "lawmakers",
  "intelligence",
  "air",
  "airstrike",
  "airstrikes",
  "strike",
  "strikes",
  "raid",
  "raids",
  "cruise",
  "missile",
  "missiles",
  "envoy",
  "envoys",
  "ambassador",
  "diplomat",
  "diplomats",
  "administration",
  "secretary",
  "senator",
  "senators",
  "congress",
  "media",
  "television",
  "network",
  "newspaper",
  "embassy",
  "state",
  "department",
  "treasury",
  "citizen",
  "citizens",
  "national",
  "nationals",
  "spokesman",
  "spokeswoman",
  "minister",
  "foreign",
  "defense",
  "defence",
  "policy",
  "cbs",
  "cnn",
]);

function emptyNode(depth: number): TrieNode {
  return { next: new Map(), names: [], descriptors: [], depth };
}

/** Tokens of an alias without its leading article: "al-Nusra Front" is stored as "nusra front". */
function aliasTokens(alias: string): NameToken[] {
  const tokens = nameTokens(alias);
  return tokens.length > 1 && tokens[0].key === "al" ? tokens.slice(1) : tokens;
}

function insert(root: TrieNode, tokens: NameToken[]): TrieNode {
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token.key);
    if (!child) node.next.set(token.key, child = emptyNode(node.depth + 1));
    node = child;
  }
  return node;
}

function capitalisedPositions(tokens: NameToken[]): number[] {
  return tokens.flatMap((token, index) =>
    /^\p{Lu}/u.test(token.raw) && GENERIC_WORDS.has(token.raw.toLowerCase()) ? [index] : []
  );
}

/**
 * Compiles every alias, acronym and descriptor of `gazetteer` into one trie keyed by canonical words. Throws when
 * two groups claim a name that reads the same after normalization, naming both.
 */
export function compileNameMatcher(gazetteer: Gazetteer): NameMatcher {
  const root = emptyNode(0);
  const acronyms = new Map<string, string>();
  const groups = new Map(gazetteer.groups.map((group) => [group.id, group]));
  for (const group of gazetteer.groups) {
    for (const alias of group.aliases) {
      const tokens = aliasTokens(alias);
      if (tokens.length === 0) throw new Error(`group "${group.id}": alias "${alias}" has no letters`);
      const node = insert(root, tokens);
      const clash = node.names.find((entry) => entry.groupId !== group.id);
      if (clash) {
        throw new Error(
          `alias "${alias}" of "${group.id}" reads the same as "${clash.written}" of "${clash.groupId}"; keep it in one group`,
        );
      }
      node.names.push({
        groupId: group.id,
        written: alias,
        capitalised: capitalisedPositions(tokens),
        descriptor: null,
      });
    }
    for (const acronym of group.acronyms) {
      const other = acronyms.get(acronym);
      if (other && other !== group.id) {
        throw new Error(`acronym "${acronym}" belongs to both "${other}" and "${group.id}"; keep it in one group`);
      }
      acronyms.set(acronym, group.id);
    }
    for (const descriptor of group.descriptors) {
      const tokens = aliasTokens(descriptor.phrase);
      insert(root, tokens).descriptors.push({
        groupId: group.id,
        written: descriptor.phrase,
        capitalised: [],
        descriptor,
      });
    }
  }
  for (const name of NON_ACTOR_NAMES) {
    insert(root, aliasTokens(name)).names.push({ groupId: "", written: name, capitalised: [], descriptor: null });
  }
  return { root, acronyms, groups };
}

/** At most one edit (insert, delete, substitute) apart: the typo tolerance for long names. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function isAllCapsWord(token: NameToken | undefined): boolean {
  return token !== undefined && token.raw.length > 1 && /^\p{Lu}+$/u.test(token.raw);
}

/**
 * The acronym a token writes, if any: the token itself ("HTS") or, since FA-KES strips apostrophes, an acronym with
 * a possessive "s" glued on ("ISs closest positions", "ISILs capital"), whose "s" is not part of the name.
 */
function acronymIn(token: NameToken, acronyms: Map<string, string>): string | undefined {
  if (acronyms.has(token.raw)) return token.raw;
  const stem = token.raw.slice(0, -1);
  return /^\p{Lu}{2,}s$/u.test(token.raw) && acronyms.has(stem) ? stem : undefined;
}

/**
 * Whether an acronym token stands for its group here: none count in all-caps runs; a word acronym ("IS") holds in
 * a context that makes it the group (a possessive is one: "ISs positions"), and otherwise only once the text names
 * the group some other way.
 */
function acronymHolds(
  tokens: NameToken[],
  index: number,
  text: string,
  acronyms: Map<string, string>,
  possessive: boolean,
): "yes" | "no" | "if-named" {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const shouting = (neighbour: NameToken | undefined) => isAllCapsWord(neighbour) && !acronyms.has(neighbour!.raw);
  if (possessive || !WORD_ACRONYMS.has(token.raw)) return shouting(previous) && shouting(next) ? "no" : "yes";
  if (shouting(previous) || shouting(next)) return "no";
  return wordAcronymInContext(tokens, index, text) ? "yes" : "if-named";
}

function wordAcronymInContext(tokens: NameToken[], index: number, text: string): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  const before = text.slice(Math.max(0, token.start - 1), token.start);
  const after = text.slice(token.end, token.end + 2);
  if (before === "(" && after.startsWith(")")) return true;
  if (token.wordEnd > token.end || /^[-‐‑]\p{L}/u.test(after)) return true;
  const gapToNext = next ? text.slice(token.wordEnd, next.start) : "";
  if (next && /^\s+$/.test(gapToNext) && IS_NEXT_WORDS.has(next.raw.toLowerCase())) return true;
  const gapFromPrevious = previous ? text.slice(previous.wordEnd, token.start) : "";
  return previous !== undefined && /^\s+$/.test(gapFromPrevious) && IS_PREVIOUS_WORDS.has(previous.raw);
}

/** "anti-Assad forces" are the rebels: a name whose generic head follows "anti-" names the other side. */
function namesOtherSide(tokens: NameToken[], first: number, last: number, text: string): boolean {
  const previous = tokens[first - 1];
  return previous !== undefined && previous.raw.toLowerCase() === "anti" &&
    text.slice(previous.wordEnd, tokens[first].start) === "-" && last > first &&
    GENERIC_WORDS.has(tokens[last].raw.toLowerCase());
}

/**
 * A foreign state's bare name (no force noun: "Turkey", "US", "Britain") used as a place or an adjective:
 * "Britain-based", "fled into Turkey", "in southern Turkey", "the border with Turkey", "US officials", "U.S.
 * President".
 */
function stateNameNotActor(tokens: NameToken[], first: number, last: number, end: number, text: string): boolean {
  if (/^[-‐‑]based\b/i.test(text.slice(end, end + 7))) return true;
  const next = tokens[last + 1];
  if (next && /^\s+$/.test(text.slice(end, next.start)) && STATE_ATTRIBUTE_WORDS.has(next.raw.toLowerCase())) {
    return true;
  }
  let before = first - 1;
  const spaced = (index: number) => /^\s+$/.test(text.slice(tokens[index].wordEnd, tokens[index + 1].start));
  const word = (index: number) => tokens[index]?.raw.toLowerCase();
  if (before >= 1 && word(before) === "with" && /^borders?$/.test(word(before - 1)!) && spaced(before - 1)) {
    return spaced(before);
  }
  if (before >= 0 && spaced(before) && DIRECTION_WORDS.has(tokens[before].raw.toLowerCase())) before--;
  return before >= 0 && spaced(before) && LOCATIVE_WORDS.has(tokens[before].raw.toLowerCase());
}

/**
 * Capitals that open a government's name ("the Damascus government"). After a word that makes the capital a place,
 * the name is a comma the corpus stripped: "west of the capital Damascus, government forces" arrives as "capital
 * Damascus government forces", and the forces are the mention, not "Damascus government".
 */
const CAPITAL_OWNERS = new Set(["damascus"]);
const PLACE_BEFORE_CAPITAL = new Set([
  "capital",
  "in",
  "near",
  "of",
  "around",
  "outside",
  "from",
  "to",
  "into",
  "toward",
  "towards",
  "rural",
  "countryside",
]);

function capitalAsPlace(tokens: NameToken[], first: number, text: string): boolean {
  const previous = tokens[first - 1];
  return CAPITAL_OWNERS.has(tokens[first].key) && previous !== undefined &&
    /^\s+$/.test(text.slice(previous.wordEnd, tokens[first].start)) &&
    PLACE_BEFORE_CAPITAL.has(previous.raw.toLowerCase());
}

/** Whether a foreign state's match is its bare name, not a phrase naming its forces ("Russian warplanes"). */
function isBareStateName(group: Group | undefined, lastWord: string): boolean {
  return group?.kind === "foreign-state" && !FORCE_NOUNS.has(lastWord.toLowerCase());
}

/** Heads of phrases naming a state's forces or organs; with one of them a state's name is never bare. */
const FORCE_NOUNS = new Set([
  "warplanes",
  "warplane",
  "planes",
  "plane",
  "jets",
  "aircraft",
  "helicopters",
  "tanks",
  "artillery",
  "bombers",
  "police",
  "military",
  "army",
  "forces",
  "force",
  "troops",
  "soldiers",
  "fighters",
  "units",
  "corps",
  "guards",
  "ministry",
  "coalition",
  "federation",
  "pentagon",
]);

function capitalsHold(entry: Entry, tokens: NameToken[], first: number): boolean {
  return entry.capitalised.every((position) => /^\p{Lu}/u.test(tokens[first + position].raw));
}

type Walked = { node: TrieNode; last: number; fuzzy: boolean; folded: boolean; lastFolded: boolean };

/** Follows the trie from token `first`; returns every node reached with names or descriptors. */
function walk(matcher: NameMatcher, tokens: NameToken[], text: string, first: number): Walked[] {
  const reached: Walked[] = [];
  let node = matcher.root;
  let fuzzy = false;
  let folded = false;
  for (let index = first; index < tokens.length; index++) {
    const token = tokens[index];
    if (index > first && !joinsName(text.slice(tokens[index - 1].wordEnd, token.start), tokens[index - 1])) break;
    let child = node.next.get(token.key);
    let lastFolded = false;
    // FA-KES strips apostrophes, so a possessive arrives as "Nusras" or "Assads".
    if (!child && token.keyWithoutS !== null) {
      child = node.next.get(token.keyWithoutS);
      if (child) folded = lastFolded = true;
    }
    if (!child && index > first && !fuzzy && token.key.length >= 5) {
      for (const [key, candidate] of node.next) {
        if (key.length >= 5 && withinOneEdit(key, token.key)) {
          child = candidate;
          fuzzy = true;
          break;
        }
      }
    }
    if (!child) break;
    node = child;
    if (node.names.length > 0 || node.descriptors.length > 0) {
      reached.push({ node, last: index, fuzzy, folded, lastFolded });
    }
  }
  return reached;
}

/** Extends a match back over a directly preceding article ("the al-Nusra Front" → "al-Nusra Front"). */
function startWithArticle(tokens: NameToken[], first: number, text: string): number {
  const previous = tokens[first - 1];
  if (previous?.key === "al" && joinsName(text.slice(previous.wordEnd, tokens[first].start), previous)) {
    return previous.start;
  }
  return tokens[first].start;
}

/** Keeps the leftmost, then longest, of overlapping matches. */
function leftmostLongest(matches: NameMatch[]): NameMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameMatch[] = [];
  for (const match of sorted) {
    if (kept.length === 0 || match.start >= kept[kept.length - 1].end) kept.push(match);
  }
  return kept;
}

/**
 * Scans `text` once: at each word, follows the trie as far as the text allows (depth bounded by the longest alias,
 * so the cost grows with the text, not the gazetteer). Returns names (non-overlapping, leftmost-longest) and
 * descriptors valid at `date` (non-overlapping among themselves; they may contain a name, as "al Qaeda's Syrian
 * branch" contains "al Qaeda").
 */
export function matchNames(
  matcher: NameMatcher,
  text: string,
  date: string | null,
): { names: NameMatch[]; descriptors: NameMatch[] } {
  const tokens = nameTokens(text);
  const names: NameMatch[] = [];
  const descriptors: NameMatch[] = [];
  /** Word acronyms ("IS") without a context of their own: they count once the text names their group otherwise. */
  const pending: NameMatch[] = [];
  tokens.forEach((token, first) => {
    const acronym = acronymIn(token, matcher.acronyms);
    const acronymGroup = acronym ? matcher.acronyms.get(acronym) : undefined;
    const holds = acronymGroup ? acronymHolds(tokens, first, text, matcher.acronyms, acronym !== token.raw) : "no";
    const acronymEnd = token.start + (acronym?.length ?? 0);
    if (
      holds !== "no" &&
      !(isBareStateName(matcher.groups.get(acronymGroup!), acronym!) &&
        stateNameNotActor(tokens, first, first, acronymEnd, text))
    ) {
      (holds === "yes" ? names : pending).push({
        groupId: acronymGroup!,
        start: token.start,
        end: acronymEnd,
        method: "acronym",
      });
    }
    let bestName: NameMatch | null = null;
    let bestDescriptor: NameMatch | null = null;
    for (const { node, last, fuzzy, folded, lastFolded } of walk(matcher, tokens, text, first)) {
      const start = startWithArticle(tokens, first, text);
      // A stripped possessive's "s" ("al-Qaedas") is not part of the name; an initialism keeps its final stop.
      let end = tokens[last].end - (lastFolded ? 1 : 0);
      if (last > first && tokens[last].raw.length === 1 && text[end] === ".") end++;
      const surface = text.slice(start, end).toLowerCase();
      const entries = node.names.filter((entry) => capitalsHold(entry, tokens, first));
      // A stripped possessive and a typo in one name are two liberties too many ("Syrian regimes warplane").
      const plausible = !fuzzy || (node.depth >= 3 && !folded);
      if (
        entries.length > 0 && plausible && !namesOtherSide(tokens, first, last, text) &&
        !capitalAsPlace(tokens, first, text)
      ) {
        const exact = !fuzzy && !folded && entries.some((entry) => entry.written.toLowerCase() === surface);
        const method = fuzzy ? "fuzzy" : exact ? "exact" : "normalized";
        const groupId = entries[0].groupId;
        const notActor = isBareStateName(matcher.groups.get(groupId), tokens[last].raw) &&
          stateNameNotActor(tokens, first, last, end, text);
        // A longer name that is no actor still covers the shorter ones inside it, so it is kept until the end.
        bestName = notActor ? { groupId: "", start, end, method } : { groupId, start, end, method };
      }
      const groupIds = new Set(
        node.descriptors.filter((entry) => descriptorMayApply(entry.descriptor!, date)).map((entry) => entry.groupId),
      );
      // A phrase two groups may both have meant on this date names neither.
      if (groupIds.size === 1 && !fuzzy) {
        bestDescriptor = { groupId: [...groupIds][0], start, end, method: "descriptor" };
      }
    }
    if (bestName) names.push(bestName);
    if (bestDescriptor) descriptors.push(bestDescriptor);
  });
  const named = new Set(names.map((name) => name.groupId));
  names.push(...pending.filter((acronym) => named.has(acronym.groupId)));
  if (matcher.groups.has(LOYAL_FORCES_GROUP)) {
    descriptors.push(
      ...loyalForcesSpans(text).map((span) => ({
        groupId: LOYAL_FORCES_GROUP,
        ...span,
        method: "descriptor" as const,
      })),
    );
  }
  return {
    names: leftmostLongest(names).filter((name) => name.groupId !== ""),
    descriptors: leftmostLongest(descriptors),
  };
}
