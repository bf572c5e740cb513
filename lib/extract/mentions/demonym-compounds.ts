import type { NameToken } from "./fold.ts";
import type { NameMatch, NameWords } from "./trie.ts";
import { keySieve } from "./key-sieve.ts";
import { spacedBetween } from "./white-space.ts";

/** Whether token `index` is glued by a hyphen to the word before it ("pro-Iranian-backed", "pro-Russian allies"). */
function gluedToPrevious(tokens: NameToken[], index: number, text: string): boolean {
  const previous = tokens[index - 1];
  return previous !== undefined && previous.hyphenAfter &&
    !/\s/.test(text.slice(previous.wordEnd, tokens[index].start));
}

/**
 * A state's demonym as the first part of a backing compound names the state as the backer: "Turkish-backed
 * factions", "Iranian-sponsored militias", "Saudi-funded rebels", "Russian-trained troops" (`backingSuffixes` of
 * data/lexicon/names.json; the demonyms are those read off the states' own aliases); of an agent compound, as the
 * act's or the force's leader: "Turkish-led forces", "a Russian-commanded assault" (`agentSuffixes`, which read a
 * state's bare name so: "Turkey-led"; issue 10, round 72). The span is the demonym alone,
 * as "US" in "US-backed", with method "state-reference" (the name gold counts no adjective); a demonym a name already covers, glued to a word before it ("pro-Iranian-backed") or
 * possessive is left alone.
 */
export function demonymCompoundSpans(
  tokens: NameToken[],
  text: string,
  demonyms: Map<string, string>,
  words: NameWords,
): NameMatch[] {
  const found: NameMatch[] = [];
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index];
    if (!token.hyphenAfter || token.end !== token.wordEnd) continue;
    const groupId = demonyms.get(token.raw);
    if (groupId === undefined) continue;
    const next = tokens[index + 1];
    const suffix = next.lower;
    if (
      !/^[-‐‑]$/.test(text.slice(token.wordEnd, next.start)) ||
      !(words.backingSuffixes.has(suffix) || words.agentSuffixes.has(suffix))
    ) continue;
    if (gluedToPrevious(tokens, index, text)) continue;
    found.push({ groupId, start: token.start, end: token.end, method: "state-reference" });
  }
  return found;
}

/**
 * A name the gazetteer holds with its backer written into it ("the Turkish-backed Free Syrian Army", "Turkey-backed
 * Syrian National Army"): the backing compound opening the name is read as it is before any other name, the demonym
 * the backer (a `compounds` span) and the rest the name, when the rest opens with a capital ("Free Syrian Army"); a
 * rest that is a bare noun ("Turkish-backed factions") keeps the whole name, a description and no backer of its own.
 * Returns `names` with each such name cut to its rest, and the backers it cut out. Issue 10, round 86.
 */
export function splitOpeningBackers(
  names: NameMatch[],
  compounds: readonly NameMatch[],
  text: string,
): { names: NameMatch[]; backers: NameMatch[] } {
  if (compounds.length === 0) return { names, backers: [] };
  const backers: NameMatch[] = [];
  const cut = names.map((name) => {
    const backer = compounds.find((c) => c.start === name.start && c.end < name.end && c.groupId !== name.groupId);
    if (!backer) return name;
    const rest = /^[-‐‑]\p{Ll}+\s+(?=\p{Lu})/u.exec(text.slice(backer.end, name.end));
    if (!rest) return name;
    backers.push(backer);
    return { ...name, start: backer.end + rest[0].length };
  });
  return { names: cut, backers };
}

/**
 * States' demonyms in a hyphenated (or slashed) chain after a word of acting together (`jointChainOpeners` of
 * data/lexicon/names.json): "a joint Russian-Syrian-Iranian-Hezbollah offensive", "joint Russian-Turkish patrols". Each
 * demonym of a chain of two or more parts names its state (method "state-reference", the demonym alone); a part that is
 * no demonym ("Hezbollah") is left to the names. Linear: each token is read once as a chain's part.
 */
export function demonymChainSpans(
  tokens: NameToken[],
  text: string,
  demonyms: Map<string, string>,
  words: NameWords,
): NameMatch[] {
  const found: NameMatch[] = [];
  // ("a joint Turkish/Russian patrol": a slash joins the chain's parts as a hyphen does; round 70.)
  const hyphenated = (a: NameToken, b: NameToken) =>
    a.end === a.wordEnd && (a.hyphenAfter ? /^[-‐‑]$/ : /^\/$/).test(text.slice(a.wordEnd, b.start));
  const mayBeDemonym = keySieve(demonyms);
  const mayOpen = keySieve(words.jointChainOpeners);
  for (let index = 0; index + 2 < tokens.length; index++) {
    const token = tokens[index];
    // (most words open no chain: the sieves tell them apart without asking the sets)
    if (!mayOpen(token.lower) && !mayBeDemonym(token.raw)) continue;
    const opened = words.jointChainOpeners.has(token.lower);
    // ("Russian-Turkish joint patrols", "US-Turkish ground patrols", "Syrian-Russian airstrikes": a chain of demonyms
    // only, not glued to a word before it, right before a force or an attack names those states as one, as after
    // "joint"; round 70. "the Turkish-Syrian border", "a US-Russian brokered ceasefire" name no force.)
    const first = opened ? index + 1 : index;
    if (!opened && (demonyms.get(tokens[index].raw) === undefined || gluedToPrevious(tokens, index, text))) continue;
    let last = first;
    while (last + 1 < tokens.length && hyphenated(tokens[last], tokens[last + 1])) last++;
    if (last === first) continue;
    const parts = tokens.slice(first, last + 1);
    if (!opened && (!parts.every((part) => demonyms.has(part.raw)) || !actingHeadAfter(tokens, last + 1, words))) {
      continue;
    }
    for (const part of parts) {
      const groupId = demonyms.get(part.raw);
      if (groupId !== undefined) found.push({ groupId, start: part.start, end: part.end, method: "state-reference" });
    }
    index = last;
  }
  return found;
}

const actingHeads = new WeakMap<NameWords, Set<string>>();

/**
 * Whether a force or an attack (the last words of `forceNouns` and `attackNouns` of data/lexicon/names.json) or a
 * joint chain's opener stands at `at` or past up to two words ("joint patrols", "ground patrols", "air strikes").
 */
function actingHeadAfter(tokens: NameToken[], at: number, words: NameWords): boolean {
  let heads = actingHeads.get(words);
  if (!heads) {
    heads = new Set([...words.forceNouns, ...words.attackNouns].map((noun) => noun.split(" ").at(-1)!));
    actingHeads.set(words, heads);
  }
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const word = tokens[k].lower;
    if (heads.has(word) || words.jointChainOpeners.has(word)) return true;
  }
  return false;
}

/**
 * A foreign state's demonym before a role noun (`stateRoleNouns` of data/lexicon/names.json) names the state: "its
 * Iranian and Russian allies", "Assad's Russian backers". The span is the demonym alone, with method
 * "state-reference", so the noun stays for the relation reader; `first` is the demonym's token, for the demonyms
 * coordinated before it. Such a span is `anchored`: it holds only where the text names the same state otherwise in the
 * same or a neighbouring sentence (the FA-KES sets count "their Russian ally" only so). A possessive or hyphen-glued
 * demonym ("pro-Russian allies") is left alone. Before an act done with a partner (`partneredActs`: "the American
 * partnership with the SDF", "Russian coordination with Israel") the demonym names the state too, and holds alone: the
 * act is the state's, no person's (round 86).
 */
export function demonymRoleSpans(
  tokens: NameToken[],
  text: string,
  demonyms: Map<string, string>,
  foreignState: (groupId: string) => boolean,
  words: NameWords,
): { match: NameMatch; first: number }[] {
  const found: { match: NameMatch; first: number }[] = [];
  const mayBeDemonym = keySieve(demonyms);
  for (let index = 0; index + 1 < tokens.length; index++) {
    const token = tokens[index];
    if (!mayBeDemonym(token.raw)) continue;
    const groupId = demonyms.get(token.raw);
    if (groupId === undefined || !foreignState(groupId) || token.end !== token.wordEnd) continue;
    const next = tokens[index + 1];
    // ("the American partnership with the SDF", "Russian coordination with Israel": or an act done with a partner,
    // lexicon `partneredActs`; round 86.)
    const partnered = tokens[index + 2] !== undefined &&
      words.partneredActs.has(`${next.lower} ${tokens[index + 2].lower}`);
    if (!spacedBetween(text, token.wordEnd, next.start) || !(words.stateRoleNouns.has(next.lower) || partnered)) {
      continue;
    }
    if (gluedToPrevious(tokens, index, text)) continue;
    // (An act with a partner names the state itself, no person of it: not anchored.)
    const match: NameMatch = partnered && !words.stateRoleNouns.has(next.lower)
      ? { groupId, start: token.start, end: token.end, method: "state-reference" }
      : { groupId, start: token.start, end: token.end, method: "state-reference", anchored: true };
    found.push({ match, first: index });
  }
  return found;
}

/**
 * "Turkish and allied forces", "Turkish and pro-Turkish forces", "Russian and Turkish-backed troops": a state's
 * demonym coordinated with a qualifier that is no name (lexicon `forceQualifiers`, or a hyphenated compound such as
 * "pro-Turkish", "Turkish-backed") before a force noun names the state's forces, as "Turkish forces" does. Issue 10,
 * round 69.
 */
export function demonymQualifiedForceSpans(
  tokens: NameToken[],
  text: string,
  demonyms: Map<string, string>,
  words: NameWords,
): NameMatch[] {
  const found: NameMatch[] = [];
  const spacedAt = (before: number) => spacedBetween(text, tokens[before].wordEnd, tokens[before + 1].start);
  const forceNoun = (token: NameToken | undefined) =>
    token !== undefined && (words.forceNouns.has(token.key) || words.stateForceNouns.has(token.key));
  const mayBeDemonym = keySieve(demonyms);
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!mayBeDemonym(tokens[i].raw)) continue;
    const groupId = demonyms.get(tokens[i].raw);
    if (groupId === undefined || tokens[i].end !== tokens[i].wordEnd || tokens[i].hyphenAfter) continue;
    if (i > 0 && tokens[i - 1].hyphenAfter) continue;
    if (tokens[i + 1].raw !== "and" || !spacedAt(i) || !spacedAt(i + 1)) continue;
    let head = i + 2;
    // One qualifier word, or a compound of two words joined by a hyphen.
    if (tokens[head].hyphenAfter && text.slice(tokens[head].end, tokens[head + 1]?.start ?? 0) === "-") head++;
    else if (!words.forceQualifiers.has(tokens[head].lower)) continue;
    head++;
    if (head < tokens.length && spacedAt(head - 1) && forceNoun(tokens[head])) {
      found.push({ groupId, start: tokens[i].start, end: tokens[i].end, method: "normalized" });
    }
  }
  return found;
}
