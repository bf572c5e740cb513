import { descriptorMayApply } from "./lineage.ts";
import { LOYAL_FORCES_GROUP, loyalForcesSpans } from "./loyal-forces.ts";
import { joinsNameAt, type NameToken, nameTokens } from "./fold.ts";
import type { NameMatch, NameMatcher, NameWords, TrieNode } from "./trie.ts";
import {
  acronymHolds,
  acronymIn,
  bareDescriptorHolds,
  bodyNameNotActor,
  capitalAsPlace,
  capitalsHold,
  coordinatedWithName,
  countryLabel,
  isBareBodyName,
  isBareStateName,
  leaderOrderEnd,
  namesOtherSide,
  nextPhraseIn,
  nextWordIn,
  stateNameNotActor,
} from "./guards.ts";
import { leftmostLongest } from "../spans.ts";
import { FUZZY_MIN_LENGTH, fuzzyChild } from "./fuzzy-child.ts";
import { keySieve } from "./key-sieve.ts";
import type { WordSieve } from "../figures/word-sieve.ts";
import { stateForceSpans } from "./state-forces.ts";
import { pluralDemonymSpans } from "./plural-demonyms.ts";
import { demonymArmsSpans } from "./demonym-arms.ts";
import { type DateSpan, spanMayMeet, spanWithin } from "./mention-date.ts";
import {
  demonymChainSpans,
  demonymCompoundSpans,
  demonymQualifiedForceSpans,
  demonymRoleSpans,
  splitOpeningBackers,
} from "./demonym-compounds.ts";
import { bareStateActorSpans } from "./bare-state-actors.ts";
import { type Descriptor, earliestDay, latestDay } from "../../records/mod.ts";
import { spacedBetween } from "./white-space.ts";

/** Another state's demonym directly before a name of generic words only ("Lebanese General Security"). */
function foreignBefore(tokens: NameToken[], first: number, text: string, demonyms: Set<string>): boolean {
  const previous = tokens[first - 1];
  return previous !== undefined && demonyms.has(previous.raw) &&
    spacedBetween(text, previous.wordEnd, tokens[first].start);
}

/** A name's last word that lost an "s": a stripped possessive ("Nusras", "Syrian regimes warplane"), unless the word
 * is a force noun's plural ("Russian air forces" read as "Russian air force" keeps its "s") or another plural head
 * (lexicon `pluralHeads`: "Hezbollah militias" read as "Hezbollah militia"). */
function strippedPossessive(token: NameToken, words: NameWords): boolean {
  const word = token.lower;
  return !words.forceNouns.has(word) && !words.stateForceNouns.has(word) && !words.pluralHeads.has(word);
}

/** A state phrase ending in what its forces hold ("government positions", "Syrian checkpoints"): an attribute of the
 * state, not its name. */
function attributeHead(last: NameToken, words: NameWords): boolean {
  return words.holdingNouns.has(last.lower) || words.supportNouns.has(last.lower);
}

/**
 * "Iran and Russia support the Syrian government": a one-word support noun (lexicon `supportNouns`) ending a phrase
 * that closes a list ("and" right before it) and stands right before an article is the verb of the listed names, not
 * what a state gives ("With Russian support the regime retook ..."). Round 67.
 */
function supportVerbAt(tokens: NameToken[], first: number, last: number, text: string, words: NameWords): boolean {
  const word = tokens[last].raw;
  const next = tokens[last + 1];
  return /^\p{Ll}+$/u.test(word) && words.supportNouns.has(word) && next !== undefined &&
    /^(?:the|a|an)$/.test(next.raw) && /^ +$/.test(text.slice(tokens[last].wordEnd, next.start)) &&
    tokens[first - 1]?.raw === "and";
}

/**
 * "Turkey targets the YPG", "Russia positions troops": a state's own name (no adjective: "Iranian targets" is a noun
 * phrase) and one word of what a state holds or gives (lexicon `holdingNouns`, `supportNouns`) that ends in "s" or is
 * "support", right before a determiner or a capitalised word, is the state and its verb. Round 85.
 */
function stateVerbAt(tokens: NameToken[], first: number, last: number, text: string, words: NameWords): boolean {
  if (last !== first + 1) return false;
  const noun = tokens[last].lower;
  if (!words.holdingNouns.has(noun) && !words.supportNouns.has(noun)) return false;
  if (!/s$/.test(noun) && noun !== "support") return false;
  if (/(?:an|ish|ese|i|ic)$/.test(tokens[first].lower)) return false;
  const next = tokens[last + 1];
  if (!next || !/^ +$/.test(text.slice(tokens[last].wordEnd, next.start))) return false;
  return /^(?:the|a|an|its|their|his|her|several|some)$/.test(next.lower) || /^\p{Lu}/u.test(next.raw);
}

/** A state's demonym and a force noun ("Iranian military", "Syrian army units"), whether alias or generated. */
function isForcePhrase(tokens: NameToken[], first: number, last: number, words: NameWords): boolean {
  const noun = tokens[first + 1]?.lower;
  return last > first && noun !== undefined && (words.forceNouns.has(noun) || words.stateForceNouns.has(noun));
}

/** A word before a phrase that places it in the past or with another owner ("the former Syrian army", "Assad's
 * Syrian army", `bareDescriptorPreviousWords`): a phrase taking over a fallen government's names does not apply. */
function placedInPast(tokens: NameToken[], first: number, text: string, words: NameWords): boolean {
  const previous = tokens[first - 1];
  if (previous === undefined || !spacedBetween(text, previous.wordEnd, tokens[first].start)) return false;
  return words.bareDescriptorPreviousWords.has(previous.lower) ||
    (previous.wordEnd > previous.end && /^\p{Lu}/u.test(previous.raw));
}

/** A state's or state force's name whose last word is a force noun ("regime aircraft", "Syrian government forces"):
 * demonyms coordinated before it share its noun ("Russian and regime aircraft"). */
function stateForceName(kind: string | undefined, last: NameToken, words: NameWords): boolean {
  const noun = last.lower;
  return (kind === "state-force" || kind === "foreign-state") &&
    (words.forceNouns.has(noun) || words.stateForceNouns.has(noun));
}

/**
 * A name followed by a force noun ("TFSA units", "Hezbollah fighters"): demonyms coordinated before it share the noun
 * ("Turkish and TFSA units", "Iranian and Hezbollah fighters": issue 10, round 18). Not a name that opens with a
 * demonym ("Russian and Syrian Democratic Forces units" keeps its reading of the name alone).
 */
function forceNounAfter(tokens: NameToken[], last: number, text: string, words: NameWords): boolean {
  const next = tokens[last + 1];
  if (next === undefined || !spacedBetween(text, tokens[last].wordEnd, next.start)) return false;
  const word = next.lower;
  return words.forceNouns.has(word) || words.stateForceNouns.has(word);
}

/**
 * Demonyms coordinated before a state's force phrase share its noun: "Syrian and Iranian military sites", "the
 * Syrian and Lebanese forces", "Russian, Syrian and Iranian troops" name each state's forces. Read back from the
 * phrase at token `first` over "and", "or" and commas while each word is a state's demonym as written.
 */
function coordinatedDemonyms(
  tokens: NameToken[],
  first: number,
  text: string,
  demonyms: Map<string, string>,
): NameMatch[] {
  const found: NameMatch[] = [];
  const gap = (before: number, after: number) => text.slice(tokens[before].wordEnd, tokens[after].start);
  for (let next = first; next > 0;) {
    let index = next - 1;
    const conjunction = /^(?:and|or)$/.test(tokens[index].raw) && /^\s+$/.test(gap(index, next));
    if (conjunction) index--;
    if (index < 0 || !(conjunction ? /^\s*,?\s*$/ : /^\s*,\s*$/).test(gap(index, conjunction ? index + 1 : next))) {
      break;
    }
    const groupId = demonyms.get(tokens[index].raw);
    // A possessive ("Syrian's") or a hyphenated compound ("pro-Syrian") is no demonym standing alone.
    const glued = index > 0 && tokens[index - 1].hyphenAfter && gap(index - 1, index).trim() !== "";
    if (groupId === undefined || tokens[index].end !== tokens[index].wordEnd || glued) break;
    found.push({ groupId, start: tokens[index].start, end: tokens[index].end, method: "normalized" });
    next = index;
  }
  return found;
}

type Walked = { node: TrieNode; last: number; fuzzy: boolean; folded: boolean; lastFolded: boolean };

/**
 * Follows the trie from token `first`; returns every node reached with names or descriptors. `opensName` is the sieve
 * of the trie's first words.
 */
function walk(
  matcher: NameMatcher,
  tokens: NameToken[],
  text: string,
  first: number,
  opensName: WordSieve,
): readonly Walked[] {
  // (most words open no name: they share one empty list, told apart by the sieve without asking the trie)
  const opener = tokens[first];
  if (!opensName(opener.key) && (opener.keyWithoutS === null || !opensName(opener.keyWithoutS))) return NOTHING_WALKED;
  let reached: Walked[] | null = null;
  let node = matcher.root;
  let fuzzy = false;
  let folded = false;
  for (let index = first; index < tokens.length; index++) {
    const token = tokens[index];
    if (index > first && !joinsNameAt(text, tokens[index - 1].wordEnd, token.start, tokens[index - 1])) break;
    let child = node.next.get(token.key);
    let lastFolded = false;
    // FA-KES strips apostrophes, so a possessive arrives as "Nusras" or "Assads".
    if (!child && token.keyWithoutS !== null) {
      child = node.next.get(token.keyWithoutS);
      if (child) folded = lastFolded = true;
    }
    if (!child && index > first && !fuzzy && token.key.length >= FUZZY_MIN_LENGTH) {
      child = fuzzyChild(node.next, token.key);
      if (child) fuzzy = true;
    }
    if (!child) break;
    node = child;
    if (node.names.length > 0 || node.descriptors.length > 0) {
      (reached ??= []).push({ node, last: index, fuzzy, folded, lastFolded });
    }
  }
  return reached ?? NOTHING_WALKED;
}

const NOTHING_WALKED: readonly Walked[] = [];

/** Every force noun, a foreign state's platforms (`demonymArmsSpans`): one set per lexicon, not one per text. */
const allForceNouns = new WeakMap<NameWords, Set<string>>();
function allForceNounsOf(words: NameWords): Set<string> {
  let nouns = allForceNouns.get(words);
  if (!nouns) allForceNouns.set(words, nouns = new Set([...words.forceNouns, ...words.stateForceNouns]));
  return nouns;
}

/** Adds the spans of `spans` that no match of `names` already covers (a name holds its own words). */
function pushUncovered(names: NameMatch[], spans: readonly NameMatch[]): void {
  names.push(...spans.filter((span) => !names.some((name) => name.start <= span.start && span.end <= name.end)));
}

/** Extends a match back over a directly preceding article ("the al-Nusra Front" → "al-Nusra Front"). */
function startWithArticle(tokens: NameToken[], first: number, text: string): number {
  const previous = tokens[first - 1];
  if (previous?.key === "al" && joinsNameAt(text, previous.wordEnd, tokens[first].start, previous)) {
    return previous.start;
  }
  return tokens[first].start;
}

/**
 * Scans `text` once: at each word, follows the trie as far as the text allows (depth bounded by the longest alias,
 * so the cost grows with the text, not the gazetteer). Returns names (non-overlapping, leftmost-longest) and
 * descriptors valid at `date`, or over `period` where the document states the period it covers (non-overlapping among themselves; they may contain a name, as "al Qaeda's Syrian
 * branch" contains "al Qaeda").
 */
export function matchNames(
  matcher: NameMatcher,
  text: string,
  date: string | null,
  dateAt: (offset: number) => DateSpan | null = () => null,
  period: DateSpan | null = null,
): { names: NameMatch[]; descriptors: NameMatch[] } {
  const tokens = nameTokens(text, matcher.folding);
  const words = matcher.words;
  const names: NameMatch[] = [];
  const descriptors: NameMatch[] = [];
  /** Word acronyms ("IS") without a context of their own: they count once the text names their group otherwise. */
  const pending: NameMatch[] = [];
  /** Demonyms coordinated before an acronym's force phrase ("Turkish and TFSA forces"), counted with the acronym. */
  const acronymDemonyms = new Map<NameMatch, NameMatch[]>();
  const mayBeAcronym = keySieve(matcher.acronyms);
  const opensName = keySieve(matcher.root.next);
  tokens.forEach((token, first) => {
    const acronym = acronymIn(token, matcher.acronyms, mayBeAcronym);
    const acronymGroup = acronym ? matcher.acronyms.get(acronym) : undefined;
    const holds = acronymGroup
      ? acronymHolds(tokens, first, text, matcher.acronyms, words, acronym !== token.raw)
      : "no";
    const acronymEnd = token.start + (acronym?.length ?? 0);
    if (
      holds !== "no" &&
      !(isBareStateName(matcher.groups.get(acronymGroup!), acronym!, words) &&
        stateNameNotActor(tokens, first, first, acronymEnd, text, words, matcher)) &&
      !(isBareBodyName(matcher.groups.get(acronymGroup!), acronym!, words) &&
        bodyNameNotActor(tokens, first, acronymEnd, text, words))
    ) {
      const match: NameMatch = { groupId: acronymGroup!, start: token.start, end: acronymEnd, method: "acronym" };
      (holds === "yes" ? names : pending).push(match);
      // ("Turkish and TFSA forces": demonyms before an acronym's force phrase share its noun, as before a name's.)
      if (acronymEnd === token.end && forceNounAfter(tokens, first, text, words)) {
        const coordinated = coordinatedDemonyms(tokens, first, text, matcher.demonyms);
        if (coordinated.length > 0) acronymDemonyms.set(match, coordinated);
      }
    }
    let bestName: NameMatch | null = null;
    let forcePhrase = false;
    let bestDescriptor: NameMatch | null = null;
    // (most words open no name: the word before is read only for those that do)
    const walked = walk(matcher, tokens, text, first, opensName);
    const foreign = walked.length > 0 && foreignBefore(tokens, first, text, words.foreignDemonyms);
    for (const { node, last, fuzzy, folded, lastFolded } of walked) {
      if (supportVerbAt(tokens, first, last, text, words)) continue;
      // ("Turkey supports the FSA", "Russia supports the regime": a support noun reached only by dropping an "s" is
      // the verb of the state named before it, no possessive stripped of its apostrophe; round 85.)
      if (lastFolded && words.supportNouns.has(tokens[last].lower.slice(0, -1))) continue;
      if (stateVerbAt(tokens, first, last, text, words)) continue;
      const start = startWithArticle(tokens, first, text);
      // A stripped possessive's "s" ("al-Qaedas") is not part of the name, a force noun's plural's is ("air forces");
      // an initialism keeps its final stop.
      let end = tokens[last].end - (lastFolded && strippedPossessive(tokens[last], words) ? 1 : 0);
      if (last > first && tokens[last].raw.length === 1 && text[end] === ".") end++;
      const surface = text.slice(start, end).toLowerCase();
      // (A demonym's held place after an Arabic article is a place's name: "the Al Asad air base", round 29; not a
      // person's forces: "Bashar al-Assad's forces".)
      const articled = start < tokens[first].start;
      const placeName = (written: string) => {
        const [demonym, ...noun] = written.split(" ");
        return matcher.demonyms.has(demonym) && words.holdingNouns.has(noun.join(" "));
      };
      const articleNext = tokens[last + 1]?.key === "al";
      const entries = node.names.filter((entry) =>
        capitalsHold(entry, tokens, first) && !(foreign && entry.generic) &&
        !(articled && placeName(entry.written)) && !(articleNext && entry.withoutArticle)
      );
      // A stripped possessive and a typo in one name are two liberties too many ("Syrian regimes warplane").
      const plausible = !fuzzy || (node.depth >= 3 && !folded);
      if (
        entries.length > 0 && plausible && !namesOtherSide(tokens, first, last, text, words) &&
        !capitalAsPlace(tokens, first, text, words)
      ) {
        const exact = !fuzzy && !folded && entries.some((entry) => entry.written.toLowerCase() === surface);
        const method = fuzzy
          ? "fuzzy"
          : attributeHead(tokens[last], words)
          ? "state-reference"
          : exact
          ? "exact"
          : "normalized";
        const groupId = entries[0].groupId;
        const bareState = isBareStateName(matcher.groups.get(groupId), tokens[last].raw, words);
        // ("Russian Federation: ICRC visit": a state's full name labelling a line is a place too.)
        const notActor = (bareState && stateNameNotActor(tokens, first, last, end, text, words, matcher)) ||
          (isBareBodyName(matcher.groups.get(groupId), tokens[last].raw, words) &&
            bodyNameNotActor(tokens, last, end, text, words)) ||
          (matcher.groups.get(groupId)?.kind === "foreign-state" && countryLabel(text, start, end));
        // ("U.S. President Donald Trump ordered": the state acting through its leader spans the leader's title and
        // name, so that the name is the verb's subject; round 69.)
        const leader = bareState && !notActor ? leaderOrderEnd(tokens, last + 1, text, words) : -1;
        const spanEnd = leader >= 0 ? tokens[leader].end : end;
        // A longer name that is no actor still covers the shorter ones inside it, so it is kept until the end.
        bestName = notActor ? { groupId: "", start, end, method } : { groupId, start, end: spanEnd, method };
        forcePhrase = !notActor &&
          ((matcher.demonyms.has(tokens[first].raw) && isForcePhrase(tokens, first, last, words)) ||
            stateForceName(matcher.groups.get(groupId)?.kind, tokens[last], words) ||
            (!matcher.demonyms.has(tokens[first].raw) && forceNounAfter(tokens, last, text, words)));
      }
      // A phrase that takes over another group's generic names ("Syrian army" after Assad's fall) needs its window to
      // hold for certain on the date the text states for the passage, and is no other state's ("UK Ministry of ...").
      // Other windows are read by the period the document states it covers (`period`: a page copied in 2023 about
      // the 2003 invasion of Iraq reads its "Coalition" in 2003), else by the publication date, or in an undated
      // article by the passage's date. (Not by each passage's own date: the last date an earlier sentence wrote, "the
      // war began in March 2011", is too often not the time of the words that follow.)
      const inWindow = (descriptor: Descriptor) =>
        descriptor.supersedes !== undefined
          // No date the text states after its publication counts, so a window opening later cannot hold.
          ? !(date !== null && descriptor.from !== null && latestDay(date) < earliestDay(descriptor.from)) &&
            spanWithin(dateAt(tokens[first].start), descriptor.from, descriptor.until)
          : period !== null
          ? spanMayMeet(period, descriptor.from, descriptor.until)
          : date !== null
          ? descriptorMayApply(descriptor, date)
          : spanMayMeet(dateAt(tokens[first].start), descriptor.from, descriptor.until);
      const applying = node.descriptors.filter((entry) =>
        inWindow(entry.descriptor!) && !(foreign && (entry.generic || entry.descriptor!.supersedes)) &&
        !(entry.descriptor!.supersedes !== undefined && placedInPast(tokens, first, text, words)) &&
        capitalsHold(entry, tokens, first) && (entry.onlyWith === undefined || entry.onlyWith.test(text)) &&
        (entry.descriptor!.onlyBefore === undefined ||
          nextPhraseIn(tokens, last, text, entry.descriptor!.onlyBefore)) &&
        (entry.descriptor!.bare
          ? bareDescriptorHolds(tokens, first, last, text, words, entry.descriptor!.notBefore)
          : !nextWordIn(tokens, last, text, entry.descriptor!.notBefore ?? []))
      );
      const groupIds = new Set(applying.map((entry) => entry.groupId));
      // A phrase two groups may both have meant on this date names neither.
      if (groupIds.size === 1 && !fuzzy) {
        const method = applying.some((entry) => entry.descriptor!.bare) ? "group-noun" : "descriptor";
        const supersedes = applying.map((entry) => entry.descriptor!.supersedes).find((id) => id !== undefined);
        bestDescriptor = { groupId: [...groupIds][0], start, end, method, ...(supersedes ? { supersedes } : {}) };
      }
    }
    if (bestName) names.push(bestName);
    if (bestName && forcePhrase) names.push(...coordinatedDemonyms(tokens, first, text, matcher.demonyms));
    if (bestDescriptor) descriptors.push(bestDescriptor);
  });
  const allForceNouns = allForceNounsOf(words);
  const platformNouns = (groupId: string) =>
    matcher.groups.get(groupId)?.kind === "foreign-state" ? allForceNouns : words.stateForceNouns;
  for (
    const { match, first } of demonymArmsSpans(tokens, text, matcher.demonyms, platformNouns, words, matcher.arabic)
  ) {
    const coordinated = coordinatedDemonyms(tokens, first, text, matcher.demonyms);
    names.push(match, ...coordinated.map((name) => ({ ...name, method: match.method })));
  }
  // "Turkish-backed factions": the demonym of a backing compound is the backer, unless a name holds it.
  const compounds = demonymCompoundSpans(tokens, text, matcher.demonyms, words);
  const split = splitOpeningBackers(names, compounds, text);
  names.splice(0, names.length, ...split.names, ...split.backers);
  pushUncovered(names, compounds);
  // "Turkish and allied forces": a demonym coordinated with a qualifier before a force noun.
  pushUncovered(names, demonymQualifiedForceSpans(tokens, text, matcher.demonyms, words));
  // "a joint Russian-Syrian-Iranian-Hezbollah offensive": the demonyms of a joint hyphenated chain.
  const chained = demonymChainSpans(tokens, text, matcher.demonyms, words);
  pushUncovered(names, chained);
  // "its Iranian and Russian allies": a foreign state's demonym before a role noun, and the demonyms joined to it.
  const foreignState = (groupId: string) => matcher.groups.get(groupId)?.kind === "foreign-state";
  for (const { match, first } of demonymRoleSpans(tokens, text, matcher.demonyms, foreignState, words)) {
    const joined = coordinatedDemonyms(tokens, first, text, matcher.demonyms);
    const roles = [match, ...joined.map((name) => ({ ...name, method: match.method, anchored: true as const }))];
    pushUncovered(names, roles);
  }
  // "the Russians withdrew": a foreign state's plural demonym after "the".
  pushUncovered(names, pluralDemonymSpans(tokens, text, matcher.demonyms, foreignState, words));
  // "Lebanon closed its border": a bare name that is mostly a place, where the state acts.
  const actors = bareStateActorSpans(tokens, text, matcher.groups, date, words, matcher);
  pushUncovered(names, actors);
  names.push(...stateForceSpans(text, matcher.stateForces, date));
  const named = new Set(names.map((name) => name.groupId));
  const nameStarts = new Set(names.map((name) => name.start));
  const accepted = pending.filter((acronym) =>
    named.has(acronym.groupId) || coordinatedWithName(acronym.end, text, nameStarts, words)
  );
  names.push(...accepted);
  for (const acronym of [...names, ...accepted]) {
    const coordinated = acronymDemonyms.get(acronym);
    if (coordinated) names.push(...coordinated.filter((d) => !names.some((n) => n.start <= d.start && d.end <= n.end)));
  }
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
