import { earliestDay, type Group, latestDay } from "../../records/mod.ts";
import type { NameToken } from "./fold.ts";
import { stateNameNotActor } from "./guards.ts";
import type { NameMatch, NameMatcher, NameWords } from "./trie.ts";
import { keySieve } from "./key-sieve.ts";
import { spacedBetween } from "./white-space.ts";

/** A bare name a state's entry lists in `actorNames`, and the window in which it names that state. */
type ActorName = { groupId: string; from: string | null; until: string | null };

const compiled = new WeakMap<ReadonlyMap<string, Group>, Map<string, ActorName[]>>();

/** The gazetteer's `actorNames` by name as written, compiled once per gazetteer. */
function actorNamesOf(groups: ReadonlyMap<string, Group>): Map<string, ActorName[]> {
  let names = compiled.get(groups);
  if (!names) {
    names = new Map();
    for (const group of groups.values()) {
      for (const { name, from, until } of group.actorNames ?? []) {
        names.set(name, [...names.get(name) ?? [], { groupId: group.id, from, until }]);
      }
    }
    compiled.set(groups, names);
  }
  return names;
}

/** Whether an article dated `date` falls inside the window for certain (undated: only an open window). */
function inWindow(name: ActorName, date: string | null): boolean {
  if (date === null) return name.from === null && name.until === null;
  return (name.from === null || earliestDay(date) >= earliestDay(name.from)) &&
    (name.until === null || latestDay(date) <= latestDay(name.until));
}

const spaced = spacedBetween;

/**
 * How many names a list of states may join before and after a bare name ("the U.S., Bahrain, Jordan, Qatar, Saudi
 * Arabia, and the United Arab Emirates began to attack"): bounded, so linear (3 before round 69).
 */
const LIST_REACH = 10;

/**
 * Whether the words after token `index` make it the subject of a verb: a lower-case word ending in
 * `wordAcronymVerbEndings` other than `weaponPassiveWords`, or one of `bareStateVerbs` ("took", "agrees"), after
 * the name or after the list it opens ("Syria and Russia launched", "Syria, Iran and Iraq signed": up to `LIST_REACH`
 * capitalised names, each of up to three words, joined by commas, "and" or "or", the last one's acronym in brackets
 * allowed).
 */
function verbFollows(tokens: NameToken[], index: number, text: string, words: NameWords): boolean {
  const conjunction = (token: NameToken | undefined) => token !== undefined && /^(?:and|or)$/.test(token.raw);
  let at = index;
  // A list ends with its conjunction: "Syria, the YPG attacked" is a new clause after a place.
  let closed = true;
  for (let joined = 0; joined < LIST_REACH && tokens[at + 1]; joined++) {
    let next = at + 1;
    const comma = /^\s*,\s*$/.test(text.slice(tokens[at].wordEnd, tokens[next].start));
    if (!comma && !(spaced(text, tokens[at].wordEnd, tokens[next].start) && conjunction(tokens[next]))) break;
    closed = conjunction(tokens[next]);
    if (closed) next++;
    if (tokens[next]?.raw === "the") next++;
    let end = next;
    while (end < next + 3 && /^\p{Lu}/u.test(tokens[end]?.raw ?? "")) end++;
    if (end === next) return false;
    at = end - 1;
  }
  if (!closed) return false;
  // ("..., and the United Arab Emirates (UAE) began to attack": past an acronym in brackets after the last name.)
  let bracketed = false;
  if (tokens[at + 1] && /^\s*\(\s*$/.test(text.slice(tokens[at].wordEnd, tokens[at + 1].start))) {
    const acronym = tokens[at + 1];
    const close = tokens[at + 2];
    if (/^\p{Lu}+$/u.test(acronym.raw) && close && /^\)\s+$/.test(text.slice(acronym.wordEnd, close.start))) {
      at++;
      bracketed = true;
    }
  }
  let verbAt = at + 1;
  let verb = tokens[verbAt];
  const verbGap = verb ? text.slice(tokens[at].wordEnd, verb.start) : "";
  if (!verb || !(bracketed ? /^\)\s+$/.test(verbGap) : /^\s+$/.test(verbGap)) || !/^\p{Ll}+$/u.test(verb.raw)) {
    return false;
  }
  // ("Iraq has struck ISIL", "Lebanon had closed its border": a perfect's participle is the verb; "has been" is no
  // act. Round 33.)
  const participle = tokens[at + 2];
  if (
    /^(?:has|have|had)$/.test(verb.raw) && participle !== undefined && spaced(text, verb.wordEnd, participle.start) &&
    participle.raw !== "been"
  ) {
    verb = participle;
    verbAt = at + 2;
  }
  if (words.bareStateVerbs.has(verb.raw)) return true;
  // ("Iran and Syria are close strategic allies": a copula before a role noun, past up to two adjectives, lexicon
  // `stateRoleCopulas` and `stateRoleNouns`; round 35.)
  if (words.stateRoleCopulas.has(verb.raw)) {
    for (let k = at + 2; k <= at + 4 && tokens[k]; k++) {
      if (!spaced(text, tokens[k - 1].wordEnd, tokens[k].start) || !/^\p{Ll}+$/u.test(tokens[k].raw)) break;
      if (words.stateRoleNouns.has(tokens[k].raw)) return true;
    }
    return false;
  }
  if (![...words.wordAcronymVerbEndings].some((ending) => verb.raw.endsWith(ending))) return false;
  // ("Iraq captured ISIL's last strongholds", "Iran supplied the weapons": a verb of `weaponPassiveWords` is the
  // state's act unless "by" follows it, where it describes the place: "parts of Syria captured by ISIS"; round 50.)
  if (!words.weaponPassiveWords.has(verb.raw)) return true;
  const after = tokens[verbAt + 1];
  return after !== undefined && spaced(text, verb.wordEnd, after.start) && after.raw !== "by";
}

/**
 * The first token of the list of capitalised names that token `index` closes ("Turkey, Lebanon and Jordan": the
 * index of "Turkey"), so a preposition before the list places every name in it ("refugees in Turkey, Lebanon and
 * Jordan"); `index` itself where no list comes before.
 */
function listStart(tokens: NameToken[], index: number, text: string): number {
  const capitalised = (token: NameToken | undefined) => token !== undefined && /^\p{Lu}/u.test(token.raw);
  let first = index;
  for (let step = 0; step < LIST_REACH; step++) {
    let before = first - 1;
    const conjunction = before >= 0 && /^(?:and|or)$/.test(tokens[before].raw);
    if (conjunction) before--;
    if (before < 0 || !capitalised(tokens[before])) break;
    const gap = text.slice(tokens[before].wordEnd, tokens[conjunction ? before + 1 : first].start);
    if (!(conjunction ? /^\s*,?\s*$/ : /^\s*,\s*$/).test(gap)) break;
    first = before;
    while (
      first > before - 2 && capitalised(tokens[first - 1]) &&
      spaced(text, tokens[first - 1].wordEnd, tokens[first].start)
    ) {
      first--;
    }
    // (", the United Arab Emirates, Australia and Jordan": an item may open with "the"; round 69.)
    if (tokens[first - 1]?.raw === "the" && spaced(text, tokens[first - 1].wordEnd, tokens[first].start)) first--;
  }
  return first;
}

/**
 * Whether the possessive name at token `index` owns the state's act or forces (lexicon `possessedActs`, one or two
 * words after it: "Iraq's war against ISIL", "Lebanon's army").
 */
function ownsAct(tokens: NameToken[], index: number, text: string, words: NameWords): boolean {
  const next = tokens[index + 1];
  if (!next || !spaced(text, tokens[index].wordEnd, next.start)) return false;
  const one = next.lower;
  const after = tokens[index + 2];
  const two = after && spaced(text, next.wordEnd, after.start) ? `${one} ${after.lower}` : null;
  return words.possessedActs.has(one) || (two !== null && words.possessedActs.has(two));
}

/**
 * Whether the words right before token `start` (the first of the list a name closes) are an act against a state with
 * the preposition that takes its target (lexicon `targetedActs`, two to four words: "the invasion of Iraq", "missile
 * strikes against Syria").
 */
function targetOfAct(tokens: NameToken[], start: number, text: string, words: NameWords): boolean {
  return phraseBefore(tokens, start, text, words.targetedActs) >= 0;
}

/**
 * The first token of the longest words right before token `start` that are one of `phrases` (two to four words, the
 * last a preposition: "invasion of", "armed forces of"), else -1.
 */
function phraseBefore(tokens: NameToken[], start: number, text: string, phrases: ReadonlySet<string>): number {
  let phrase = "";
  let found = -1;
  for (let at = start - 1; at >= 0 && at >= start - 4; at--) {
    if (!spaced(text, tokens[at].wordEnd, tokens[at + 1].start)) return found;
    phrase = phrase === "" ? tokens[at].lower : `${tokens[at].lower} ${phrase}`;
    if (at < start - 1 && phrases.has(phrase)) found = at;
  }
  return found;
}

/**
 * A state's bare name that is mostly a place ("Lebanon", "Iraq", "Syria": `actorNames` of data/groups.json) names the
 * state where it acts: the subject of a verb ("Lebanon closed its border", "Syria and Russia launched"), or the agent
 * after "by" ("backed by Syria"), or the owner of the state's act ("Iraq's war against ISIL", lexicon `possessedActs`), or
 * the target of an act against it ("the invasion of Iraq", lexicon `targetedActs`), or the other party of an act done
 * with it ("in coordination with Iraq", lexicon `partneredActs`), or after its own organ ("the
 * government of Syria", lexicon `organsOf`), or before a government noun ("the Iraq government", lexicon
 * `governmentNouns`). Otherwise never after a word of `locativeWords` or `actorNameBlockers`, before the name or the
 * list it closes ("in Iraq", "the war against Iraq began", "refugees in Turkey, Lebanon and Jordan waited"), as a
 * possessive or an adjective (`stateAttributeWords`), inside a
 * name, or where two windows may meet on the article's date. Method "state-reference": the name gold counts none.
 */
export function bareStateActorSpans(
  tokens: NameToken[],
  text: string,
  groups: ReadonlyMap<string, Group>,
  date: string | null,
  words: NameWords,
  matcher: Pick<NameMatcher, "acronyms" | "stateNames">,
): NameMatch[] {
  const names = actorNamesOf(groups);
  if (names.size === 0) return [];
  const found: NameMatch[] = [];
  const mayBeName = keySieve(names);
  tokens.forEach((token, index) => {
    if (!mayBeName(token.raw)) return;
    const candidates = names.get(token.raw);
    if (!candidates) return;
    // ("Iraq's war against ISIL": a possessive may stand after the name where the state owns an act, below.)
    const possessive = /^['’]s$/u.test(text.slice(token.end, token.wordEnd));
    if ((token.end !== token.wordEnd && !possessive) || token.hyphenAfter) return;
    const applying = candidates.filter((name) => inWindow(name, date));
    if (applying.length !== 1) return;
    const previous = tokens[index - 1];
    const after = previous !== undefined && spaced(text, previous.wordEnd, token.start) ? previous.raw : null;
    // A word before the list the name closes places or owns every name in it ("in Turkey, Lebanon and Jordan").
    const start = listStart(tokens, index, text);
    const opener = tokens[start - 1];
    const before = opener !== undefined && spaced(text, opener.wordEnd, tokens[start].start) ? opener.raw : null;
    // ("the invasion of Iraq", "missile strikes against Syria": the state an act is against is a party to it.)
    // ("the government of Syria", "the armed forces of Iraq": the state's own organ names the state, and the mention
    // spans it, so that a role noun's "of" reaches it: "an ally of the government of Syria". Round 29.)
    const organ = possessive || index !== start ? -1 : phraseBefore(tokens, start, text, words.organsOf);
    if (organ >= 0) {
      found.push({
        groupId: applying[0].groupId,
        start: tokens[organ].start,
        end: token.end,
        method: "state-reference",
      });
      return;
    }
    // ("in coordination with Iraq", "hostility towards Israel": the state an act is done with or towards; round 69.)
    if (
      !possessive &&
      (targetOfAct(tokens, start, text, words) || phraseBefore(tokens, start, text, words.partneredActs) >= 0)
    ) {
      found.push({ groupId: applying[0].groupId, start: token.start, end: token.end, method: "state-reference" });
      return;
    }
    if (before !== null && words.actorNameBlockers.has(before.toLowerCase())) return;
    // ("the Iraq government", "the Lebanon authorities": the name before a government noun, lexicon
    // `governmentNouns`, is the state itself, as "the Iraqi government" is; round 69.)
    const next = tokens[index + 1];
    if (
      !possessive && next !== undefined && spaced(text, token.wordEnd, next.start) &&
      words.governmentNouns.has(next.lower) &&
      !(before !== null && words.locativeWords.has(before.toLowerCase())) &&
      !(after !== null && after.toLowerCase() !== "the" && words.directionWords.has(after.toLowerCase()))
    ) {
      found.push({ groupId: applying[0].groupId, start: token.start, end: next.end, method: "state-reference" });
      return;
    }
    // "eastern Afghanistan", "neighbouring Iraq": a region or a neighbour is a place.
    if (after !== null && words.directionWords.has(after.toLowerCase())) return;
    if (stateNameNotActor(tokens, start, index, token.end, text, words, matcher)) return;
    const acting = possessive
      ? ownsAct(tokens, index, text, words)
      // ("set up by Iran, Iraq, Russia and Syria": every name of a list after "by" is an agent; round 37.)
      : after === "by" || before === "by" || verbFollows(tokens, index, text, words);
    if (acting) {
      found.push({ groupId: applying[0].groupId, start: token.start, end: token.end, method: "state-reference" });
    }
  });
  return found;
}
