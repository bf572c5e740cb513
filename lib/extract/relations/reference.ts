import { ORGANISATIONAL_RELATION_TYPES, type RelationType } from "../../records/mod.ts";
import type { Chunk } from "./chunks.ts";
import {
  inSubjectPosition,
  passiveByAt,
  sentenceSubject,
  type SentenceView,
  timePhraseEnd,
  verbish,
  wordBeforePhrase,
} from "./sentence-view.ts";
import { LOWER_WORD, PERSON_NAME_WORD } from "./word-shapes.ts";

/** `at`: where the antecedent starts, when it stands in the reference's own sentence (its clause reaches back there). */
export type Resolved = {
  groups: string[];
  from: "named" | "sentence" | "previous" | "topic";
  sentence: number;
  at?: number;
};

/**
 * The one reference rule: a reference (it, its, they, their, the group, the alliance, the two, both groups) stands
 * for the salient party, i.e. the subject of its own sentence when that subject comes before it, else the subject of
 * the previous sentence. A singular reference needs a subject of one group, a pair reference two (or, failing that,
 * exactly two groups named in the previous sentence), a plural one a list of two or more (one group only as its own sentence's subject). Refused (null) when the subject is
 * missing, when two subjects of different groups compete in that sentence, or when the reference would stand for
 * the other side of the relation (`exclude`). A named chunk resolves to its own groups. One bounded exception: a
 * possessive right after "and" ("Syria and its ally Russia") stands for the name before the "and". First-person
 * references stand for the group whose speaker the sentence quotes. When the previous sentence names no subject but
 * opens with a singular reference, a singular reference stands for what that one stood for (`carried`).
 */
/**
 * The group a sentence's opening singular reference ("It was later accused ...", "The group then ...") stands for, by
 * the same rule, when the sentence names no subject of its own: what the next sentence's references may carry on.
 */
export function carriedSubject(
  view: SentenceView,
  previous: SentenceView | null,
  carried: string[] | null,
  topic: SentenceView | null = null,
): string[] | null {
  const subject = sentenceSubject(view);
  if (subject) return subject.ref === null ? objectGroupReference(view, subject, previous, carried, topic) : null;
  // ("X emerged in 2011. A bombing in 2014 killed almost its entire leadership. In 2015 it fought beside Y": a
  // sentence that names no party but speaks of one by "its" keeps the salient party on; round 86.)
  if (view.chunks.length === 0) {
    if (!view.tokens.some((t) => t.key === "its")) return null;
    const subject = previous ? sentenceSubject(previous) : null;
    return carried ?? (subject && subject.ref === null && subject.groups.length === 1 ? subject.groups : null);
  }
  const first = view.chunks[0];
  // ("In 2012 it became ...": or one right after an opening time phrase, its comma allowed; round 86.)
  const time = timePhraseEnd(view, 0);
  const afterTime = time > 0 &&
    (time === first?.start || (view.tokens[time]?.text === "," && time + 1 === first?.start));
  // ("After the fall of Mosul in 2014 it fought IS": or "it" right before its verb, past any opening phrase that names
  // no party; round 88.)
  const itSubject = first?.ref === "singular" && view.tokens[first.start].key === "it" &&
    first.end === first.start + 1 && verbish(view, first.end);
  if (!first || first.ref !== "singular" || (first.start > 0 && !afterTime && !itSubject)) return null;
  const resolved = resolveChunk(first, view, previous, [], topic, carried);
  return resolved && resolved.groups.length === 1 ? resolved.groups : null;
}

/**
 * ("KH was founded in 2007. The United States designated it a terrorist organisation. In 2014 it fought IS": a sentence
 * whose named subject acts on a group it calls "it" hands that group, not its subject, to the next sentence's
 * references, as a pronoun's referent stays the centre of what follows; issue 10, round 88.) The group a singular "it"
 * after the subject stands for, where the reference rule reads it as a group other than the subject's (after a verb of
 * designation or membership), else null.
 */
function objectGroupReference(
  view: SentenceView,
  subject: Chunk,
  previous: SentenceView | null,
  carried: string[] | null,
  topic: SentenceView | null,
): string[] | null {
  for (const chunk of view.chunks) {
    if (chunk.start < subject.end || chunk.ref !== "singular" || chunk.end !== chunk.start + 1) continue;
    if (view.tokens[chunk.start].key !== "it") continue;
    const resolved = resolveChunk(chunk, view, previous, subject.groups, topic, carried);
    if (resolved?.groups.length === 1 && !subject.groups.includes(resolved.groups[0])) return resolved.groups;
  }
  return null;
}

/**
 * The parties the sentences before a reference named, by the last word of their name ("coalition" for "the US-led
 * coalition"), each with the sentence that named it last: what a definite noun reference ("the coalition") may stand
 * for when the one reference rule finds no antecedent.
 */
export type NamedHeads = {
  before: Map<string, { groups: string[]; sentence: number }>;
  /** The same words for the sentences before and the reference's own: which parties a kind noun may stand for. */
  upTo: Map<string, Set<string>>;
  /** Each party's gazetteer kind, where known ("foreign-state", "group"). */
  kinds?: ReadonlyMap<string, string>;
  /**
   * Per category of lexicon `categoryNouns`, the home group its nouns stand for where the article names no group of
   * the category (`home`, by the article's date).
   */
  home?: ReadonlyMap<string, string>;
};

export function resolveChunk(
  chunk: Chunk,
  view: SentenceView,
  previous: SentenceView | null,
  exclude: string[] = [],
  topic: SentenceView | null = null,
  carried: string[] | null = null,
  named: NamedHeads | null = null,
): Resolved | null {
  // ("some of them began to align with Y": a part of a list of groups is not the list; which part, the text does not
  // say. "killing three IS fighters and capturing two of them": a part of one group's people is still that group's.)
  if (chunk.ref === "plural" && partitive(view, chunk.start)) {
    const whole = resolveWhole(chunk, view, previous, exclude, topic, carried, named);
    return whole && whole.groups.length === 1 ? whole : null;
  }
  const resolved = resolveWhole(chunk, view, previous, exclude, topic, carried, named);
  return resolved && namesNoGroup(chunk, view, resolved, named) ? null : resolved;
}

/**
 * Whether a definite reference headed by a noun of an armed group (lexicon `references.groupHeads`: "the group", "the
 * militia") was resolved to a party of a kind it never names (a state, its forces). Issue 10, round 90.
 */
function namesNoGroup(chunk: Chunk, view: SentenceView, resolved: Resolved, named: NamedHeads | null): boolean {
  if (chunk.ref !== "singular" || view.tokens[chunk.start]?.key !== "the" || !named?.kinds) return false;
  const possessive = view.tokens.slice(chunk.start, chunk.end).findIndex((t) => t.key === "'s");
  const headAt = possessive > 0 ? chunk.start + possessive - 1 : chunk.end - 1;
  if (!view.lex.groupHeads.heads.has(view.tokens[headAt]?.key ?? "")) return false;
  return resolved.groups.some((g) => view.lex.groupHeads.notKinds.has(named.kinds!.get(g) ?? ""));
}

function resolveWhole(
  chunk: Chunk,
  view: SentenceView,
  previous: SentenceView | null,
  exclude: string[],
  topic: SentenceView | null,
  carried: string[] | null,
  named: NamedHeads | null,
): Resolved | null {
  const appositive = appositiveName(view, chunk);
  if (appositive) return exclude.includes(appositive.groups[0]) ? null : appositive;
  const relative = relativeAntecedent(view, chunk);
  if (relative) return exclude.includes(relative.groups[0]) ? null : relative;
  let ruled = resolveByRule(chunk, view, previous, exclude, topic, carried, named);
  const head = view.tokens[chunk.end - 1]?.key ?? "";
  // ("ISIL conscripted locals to fight the SDF. The coalition intensified its airstrikes": a reference whose head
  // names a kind of group, "the coalition", "the alliance", "the operations room" (lexicon `references.kindHeads`),
  // stands only for a party named with that noun or of that kind, in its sentence or the few before; issue 10, round
  // 62.)
  if (
    ruled && named && chunk.ref === "singular" && view.tokens[chunk.start]?.key === "the" &&
    view.lex.kindNouns.has(head) &&
    !ruled.groups.every((g) => named.upTo.get(head)?.has(g))
  ) ruled = null;
  if (ruled || chunk.ref !== "singular" || view.tokens[chunk.start]?.key !== "the") return ruled;
  // (The head before a possessive: "the group's headquarters was attacked by Y"; round 89.)
  const possessive = view.tokens.slice(chunk.start, chunk.end).findIndex((t) => t.key === "'s");
  const headAt = possessive > 0 ? chunk.start + possessive - 1 : chunk.end - 1;
  const only = view.lex.genericHeads.has(view.tokens[headAt]?.key ?? "") ? onlyNamedBefore(view, chunk, exclude) : null;
  if (only && !exclude.includes(only.groups[0])) return only;
  if (!named) return null;
  // "... air strikes by the U.S.-led coalition. It said the coalition has carried out 450 strikes. The U.S. Central
  // Command said the coalition conducted 18 strikes ...": a definite noun reference the rule leaves without an
  // antecedent stands for the one party the article named with that noun a few sentences before ("the coalition",
  // "the alliance", "the front"); refused when two parties share the noun there.
  const byHead = named.before.get(head);
  return byHead && byHead.groups.length === 1 && !exclude.includes(byHead.groups[0])
    ? { groups: byHead.groups, from: "previous", sentence: byHead.sentence }
    : null;
}

/**
 * The party a plural "the same <noun>" reference at `chunk` stands for: the last chunk before it, in its sentence or
 * else the previous one, naming groups with that noun among its words ("Syrian National Army factions"), none of them
 * excluded; null where none does.
 */
function sameHeadReferent(
  view: SentenceView,
  previous: SentenceView | null,
  chunk: Chunk,
  exclude: string[],
): Resolved | null {
  const head = view.tokens[chunk.end - 1]?.key;
  const withHead = (sentence: SentenceView, before: number) =>
    sentence.chunks.findLast((c) =>
      c.end <= before && c.ref === null && c.groups.length > 0 &&
      sentence.tokens.slice(c.start, c.end).some((t) => t.key === head)
    );
  const here = withHead(view, chunk.start);
  const found = here ?? (previous ? withHead(previous, previous.tokens.length) : undefined);
  if (!found || found.groups.some((g) => exclude.includes(g))) return null;
  return here
    ? { groups: found.groups, from: "sentence", sentence: view.index, at: found.start }
    : { groups: found.groups, from: "previous", sentence: previous!.index };
}

/**
 * Whether a word in -s at `i` that could be a verb is a noun a verb before it governs: a verb, or an -ing word, within
 * three words before it, no party between ("pinpointing heavily defended resistance targets").
 */
function objectOfVerbBefore(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (view.covering[k]) return false;
    if (view.tokens[k].key.endsWith("ing") || verbish(view, k)) return true;
  }
  return false;
}

/** Words in -s that name no plural thing ("always", "towards", "perhaps"). */
const NOT_PLURAL_NOUNS = new Set([
  "always",
  "towards",
  "perhaps",
  "afterwards",
  "sometimes",
  "besides",
  "whereas",
  "news",
]);

/**
 * Whether a plural noun phrase naming no party stands between `from` and `to`: "these" or "those", a determiner
 * followed within three plain words by a lower-case plural ("the resettlement policies"), no party's, or a lower-case
 * plural ending its phrase before "and", a comma or a preposition ("resistance targets and").
 */
function pluralThingBetween(view: SentenceView, from: number, to: number): boolean {
  const tokens = view.tokens;
  for (let i = from; i < to; i++) {
    if (view.covering[i]) continue;
    const key = tokens[i].key;
    if (key === "these" || key === "those") return true;
    // ("pinpointing heavily defended resistance targets and destroying them": a plural noun ending its phrase, before
    // "and", a comma or a preposition.)
    const next = tokens[i + 1]?.key ?? "";
    if (
      LOWER_WORD.test(tokens[i].text) && /[^su]s$/.test(key) && key.length > 3 && !NOT_PLURAL_NOUNS.has(key) &&
      (next === "and" || next === "," || view.lex.prepositions.has(next)) &&
      (!verbish(view, i) || objectOfVerbBefore(view, i))
    ) return true;
    if (!/^(?:the|their|its|his|her|our|several|many|some|all)$/.test(key)) continue;
    for (let k = i + 1; k <= i + 3 && k < to && !view.covering[k] && LOWER_WORD.test(tokens[k].text); k++) {
      if (/[^s]s$/.test(tokens[k].key) && tokens[k].key.length > 3) return true;
    }
  }
  return false;
}

/**
 * "The formation of the Islamic Front in November 2013 marked ...": the party a sentence opens with as the "of" object
 * of a noun of its beginning or story (lexicon `references.topicHeads`), which the sentence is about; else null. Issue 10,
 * round 90.
 */
function topicOpening(view: SentenceView): Chunk | null {
  const tokens = view.tokens;
  const head = tokens[0]?.key === "the" ? 1 : 0;
  if (!view.lex.topicHeads.has(tokens[head]?.key ?? "") || tokens[head + 1]?.key !== "of") return null;
  const at = tokens[head + 2]?.key === "the" ? head + 3 : head + 2;
  const chunk = view.covering[at];
  return chunk && chunk.start === at && chunk.ref === null && !chunk.modifier && chunk.groups.length === 1
    ? chunk
    : null;
}

/** Whether a gerund stands at `at`, or past up to three capitalised words of a person's name ("its leader Abu X pledging"). */
function gerundAfterName(view: SentenceView, at: number): boolean {
  let k = at;
  while (k < at + 3 && PERSON_NAME_WORD.test(view.tokens[k]?.text ?? "") && !view.covering[k]) k++;
  return /ing$/.test(view.tokens[k]?.key ?? "");
}

/**
 * Whether the reference at `at` is the whole after a partitive (lexicon `partitives`: "some of them", "one of its brigades") that stands
 * before its verb as a subject does ("Some of them began to align with Y"), not a verb's object ("capturing two of
 * them").
 */
function partitive(view: SentenceView, at: number): boolean {
  return view.tokens[at - 1]?.key === "of" && view.lex.partitives.has(view.tokens[at - 2]?.key ?? "") &&
    !verbish(view, at - 3);
}

/**
 * "Hayat Tahrir al-Sham, the alliance dominated by Y", "the Free Syrian Army (FSA) the Turkish-backed force" (wire
 * copy's commas stripped): a definite noun reference right after a name of one group (a comma or a bracketed acronym
 * between) is in apposition with it and stands for it; not a possessive ("X, the group's rival") nor a speaker ("... Y,
 * the group said"). Issue 10, round 19.
 */
function appositiveName(view: SentenceView, chunk: Chunk): Resolved | null {
  const tokens = view.tokens;
  if (chunk.ref !== "singular" || tokens[chunk.start]?.key !== "the") return null;
  const after = tokens[chunk.end];
  if (after && (after.key === "'s" || view.lex.boundaries.has(after.key))) return null;
  let j = chunk.start - 1;
  if (tokens[j]?.text === ",") j--;
  if (tokens[j]?.text === ")") {
    const open = j;
    while (j > 0 && open - j < 6 && tokens[j].text !== "(") j--;
    if (tokens[j]?.text !== "(") return null;
    j--;
  }
  const named = view.covering[j];
  if (!named || named.end !== j + 1 || named.ref !== null || named.modifier || named.groups.length !== 1) return null;
  return { groups: named.groups, from: "sentence", sentence: view.index, at: named.start };
}

/** How far back from a reference the relative pronoun of its clause may stand (tokens): bounded, so linear. */
const RELATIVE_REACH = 12;

/**
 * "Tahrir al-Sham includes the Nusra Front, which changed its name when it broke ties to al-Qaeda": a singular reference
 * inside a relative clause stands for the clause's antecedent, a name of one group right before "which", "who" or
 * "that" (a comma between allowed), when no other name, no clause boundary but a time connective and no speech word
 * stands between the pronoun and the reference, and the reference is not the clause's own subject right after the
 * pronoun ("the PKK, which it regards as a terrorist group": the pronoun is the clause's object). Issue 10, round 67.
 */
function relativeAntecedent(view: SentenceView, chunk: Chunk): Resolved | null {
  if (chunk.ref !== "singular") return null;
  for (let i = chunk.start - 1; i > 0 && chunk.start - i <= RELATIVE_REACH; i--) {
    const token = view.tokens[i];
    if (view.covering[i] || token.text === "(" || token.text === ")") return null;
    if (/^(?:which|who|that)$/.test(token.key)) {
      // ("the YPG militia which says it captured ...": a reference in what the clause reports is not read here.)
      if (i + 1 === chunk.start || view.tokens.slice(i + 1, chunk.start).some((t) => view.lex.speechWords.has(t.key))) {
        return null;
      }
    } else {
      // (Past a clause boundary other than a time connective, the reference belongs to another clause.)
      if (view.lex.boundaries.has(token.key) && !view.lex.timeConnectives.has(token.key)) return null;
      continue;
    }
    const end = view.tokens[i - 1]?.text === "," ? i - 1 : i;
    const antecedent = view.covering[end - 1];
    if (
      !antecedent || antecedent.end !== end || antecedent.ref !== null || antecedent.modifier ||
      antecedent.groups.length !== 1
    ) return null;
    return { groups: antecedent.groups, from: "sentence", sentence: view.index, at: antecedent.start };
  }
  return null;
}

/**
 * "Taloul provided fresh forces for ISIS whenever the group was carrying out attacks": a generic noun reference the
 * rule leaves without an antecedent (its sentence's subject is no group) stands for the one group its own sentence
 * names before it; refused when none is named, or two, unless one of the two is the relation's other side (`exclude`)
 * named past a clause joint after the last naming of the other ("X crossed into Syria, and days later Y attacked the
 * group"). The previous sentence's one group was tried: a false reading on a Wikipedia set.
 */
function onlyNamedBefore(view: SentenceView, chunk: Chunk, exclude: string[]): Resolved | null {
  const named: Chunk[] = [];
  for (const c of view.chunks) {
    if (c.start >= chunk.start) break;
    if (c.ref === null && !c.modifier && c.groups.length > 0) named.push(c);
  }
  const groups = [...new Set(named.flatMap((c) => c.groups))];
  if (groups.length === 1) return { groups, from: "sentence", sentence: view.index };
  // ("X crossed into Syria, and days later Y attacked the group": the relation's other side, named in the reference's
  // own clause after a clause joint (", and", ", but", a semicolon) that closes the clause naming one other group, is
  // never what the reference stands for; issue 10, round 89.)
  const others = groups.filter((g) => !exclude.includes(g));
  if (others.length !== 1 || others.length === groups.length) return null;
  const last = named.findLast((c) => c.groups.includes(others[0]))!;
  const side = named.find((c) => c.start >= last.end && c.groups.some((g) => exclude.includes(g)));
  if (!side || named.some((c) => c.start >= last.end && c.groups.includes(others[0]))) return null;
  // (A clause's joint, a comma before its "and" or "but": "operations and Afghan forces" is a list of one side.)
  const tokens = view.tokens;
  let joint = false;
  for (let k = last.end; k < side.start && !joint; k++) {
    joint = tokens[k].text === ";" ||
      ((tokens[k].key === "and" || tokens[k].key === "but") && tokens[k - 1].text === ",");
  }
  return joint ? { groups: others, from: "sentence", sentence: view.index } : null;
}

/**
 * "The coalition helped the SDF in its fight against ISIL", "Russia backs the army in their offensive": a possessive
 * after "in" right after the object of a support verb stands for that object, the side whose act is supported (issue
 * 10, round 18).
 */
function helpedParty(view: SentenceView, chunk: Chunk): string[] | null {
  if (!/^(?:its|their)$/.test(view.tokens[chunk.start]?.key ?? "") || view.tokens[chunk.start - 1]?.key !== "in") {
    return null;
  }
  const object = view.covering[chunk.start - 2];
  if (!object || object.ref !== null || object.end !== chunk.start - 1 || object.groups.length !== 1) return null;
  const verbEnd = view.tokens[object.start - 1]?.key === "the" ? object.start - 1 : object.start;
  for (let i = Math.max(0, verbEnd - 3); i < verbEnd; i++) {
    for (const { length, value } of view.lex.triggers.at(view.tokens, i)) {
      if (value.trigger.type === "ally" && value.trigger.pos === "verb" && i + length === verbEnd) return object.groups;
    }
  }
  return null;
}

function resolveByRule(
  chunk: Chunk,
  view: SentenceView,
  previous: SentenceView | null,
  exclude: string[],
  topic: SentenceView | null,
  carried: string[] | null,
  named: NamedHeads | null,
): Resolved | null {
  // "Turkey and the coalition": the names, and the group the closing reference resolves to alone (never one of them);
  // the names stand alone where the reference finds none.
  if (chunk.ref === null && chunk.tailRef) {
    const [start, end] = chunk.tailRef;
    // ("Hezbollah and the army": a group noun of a category closing the list is bound as one; round 97.)
    const category = view.lex.categoryNouns.longest(view.tokens, start);
    const reference: Chunk = category && start + category.length === end
      ? {
        ...chunk,
        start,
        end,
        groups: [],
        heads: [start],
        ref: "category",
        category: category.value,
        tailRef: undefined,
      }
      : { ...chunk, start, end, groups: [], heads: [start], ref: "singular", tailRef: undefined };
    const own = resolveChunk(reference, view, previous, [...exclude, ...chunk.groups], topic, carried, named);
    return { groups: [...new Set([...chunk.groups, ...(own?.groups ?? [])])], from: "named", sentence: view.index };
  }
  if (chunk.ref === null && chunk.descriptions) {
    // "between X and more moderate rebel groups": each description names the one group the previous sentence
    // describes with the same words. One that names no group is an unnamed party beside the named ones, which still
    // act ("the SNA, Turkish Armed Forces and disparate rebel groups captured Afrin": round 31); a list of
    // descriptions alone, or one naming the other side, is refused.
    const described = chunk.descriptions.map(([start, end]) => describedIn(previous, view.tokens.slice(start, end)));
    if (described.some((g) => g !== null && exclude.includes(g))) return null;
    const found = described.filter((g): g is string => g !== null);
    if (found.length < described.length && chunk.groups.length === 0) return null;
    const groups = [...new Set([...chunk.groups, ...found])];
    return found.length > 0
      ? { groups, from: "previous", sentence: previous!.index }
      : { groups, from: "named", sentence: view.index };
  }
  if (chunk.ref === null) return { groups: chunk.groups, from: "named", sentence: view.index };
  // "his forces and Hezbollah": the reference item resolves alone, never to a name listed beside it.
  if (chunk.refEnd !== undefined) {
    const reference = { ...chunk, end: chunk.refEnd, groups: [], heads: chunk.heads.slice(0, 1), refEnd: undefined };
    const own = resolveChunk(reference, view, previous, [...exclude, ...chunk.groups], topic, carried, named);
    return own && { ...own, groups: [...new Set([...own.groups, ...chunk.groups])] };
  }
  if (chunk.ref === "category") return categoryReferent(chunk, view, previous, exclude, named);
  // "Syria and its ally Russia", "the PYD, its armed wing YPG": a possessive after "and" or an apposition's comma
  // stands for the name before it, or for nothing.
  const before = view.tokens[chunk.start - 1]?.key ?? view.tokens[chunk.start - 1]?.text;
  // ("X sent fighters to Syria, and its bases were struck by Y": after a comma and "and", a possessive phrase before its
  // verb opens a clause of its own, and the one rule below reads it; round 94.)
  const clauseOpening = before === "and" && view.tokens[chunk.start - 2]?.text === "," && verbish(view, chunk.end);
  if (
    view.tokens[chunk.start]?.key.match(/^(?:its|their)$/) && (before === "and" || before === "or" || before === ",") &&
    !clauseOpening && !(before === "," && closesOpeningPhrase(view, chunk.start - 1)) &&
    // ("Nusra rejected it, its leader pledging allegiance to Y": a possessive subject of an absolute clause after its
    // comma is no apposition; round 90.)
    !(before === "," && chunk.end > chunk.start + 1 && gerundAfterName(view, chunk.end))
  ) {
    const named = view.covering[chunk.start - 2];
    // ("Syria and its ally Russia": a country's name standing for its state, lexicon `stateOwners`, round 17; the form
    // twoPartiesPossible in extract-relations.ts looks for before reading an article naming one group.)
    // (Not the last word of a longer name: "the Autonomous Administration of North and East Syria and its armed wing".)
    const inName = /^(?:\p{Lu}|of$)/u.test(view.tokens[chunk.start - 3]?.text ?? "");
    const state = before === "and" && !named && !inName
      ? view.lex.stateOwners.get(view.tokens[chunk.start - 2]?.key ?? "")
      : undefined;
    if (state) return exclude.includes(state) ? null : { groups: [state], from: "sentence", sentence: view.index };
    if (!named || named.ref !== null || named.end !== chunk.start - 1) return null;
    const groups = named.groups.length > 1 ? [named.groups.at(-1)!] : named.groups;
    return groups.some((g) => exclude.includes(g)) ? null : { groups, from: "sentence", sentence: view.index };
  }
  if (chunk.ref === "speaker") return speakerOf(view, exclude, view.tokens[chunk.start]?.key === "his");
  // ("SNA factions attacked the SDF. Syrian troops clashed with the same factions": a plural "the same" reference stands
  // for the last party named with its head noun, in its sentence or the one before; nothing else; round 92.)
  if (
    chunk.ref === "plural" && view.tokens[chunk.start]?.key === "the" && view.tokens[chunk.start + 1]?.key === "same"
  ) {
    return sameHeadReferent(view, previous, chunk, exclude);
  }
  if (chunk.ref === "latter") return latterOf(chunk, view, previous, exclude);
  const helped = helpedParty(view, chunk);
  if (helped) {
    return helped.some((g) => exclude.includes(g)) ? null : { groups: helped, from: "sentence", sentence: view.index };
  }
  const own = sentenceSubject(view, chunk.start);
  // ("In the wake of its capture of Tal Abyad from IS, the YPG displaced residents": a possessive in a phrase opening
  // its sentence, before the first comma, stands for the subject right after that comma; refused where the previous
  // sentence's subject names another group, which the possessive could stand for as well. Round 83.)
  const ahead = own === null ? openingPhraseSubject(view, chunk) : null;
  if (ahead) {
    const before = previous ? sentenceSubject(previous) : null;
    if (before?.groups.some((g) => !ahead.groups.includes(g)) || ahead.groups.some((g) => exclude.includes(g))) {
      return null;
    }
    return { groups: ahead.groups, from: "sentence", sentence: view.index, at: ahead.start };
  }
  // ("Raqqa was captured by the SDF during their campaign against ISIL": where the subject names no party, a possessive
  // in the phrase right after a passive's "by" agent stands for that agent; issue 10, round 87.)
  const agent = own === null && /^(?:its|their)$/.test(view.tokens[chunk.start]?.key ?? "")
    ? agentBeforePossessive(view, chunk.start)
    : null;
  if (agent) {
    return agent.groups.some((g) => exclude.includes(g))
      ? null
      : { groups: agent.groups, from: "sentence", sentence: view.index, at: agent.start };
  }
  let groups: string[] | null = null;
  let from: Resolved["from"] = "sentence";
  let sentence = view.index;
  // "HTS and other groups": a subject whose list says it is incomplete is a plural set even with one name.
  let openSet = false;
  let peopleBefore = false;
  let at: number | undefined;
  // "HTS arrested Jaysh al-Islam commanders due to rivalries between the two": a pair reference after exactly two
  // groups named in its own sentence stands for them.
  if (chunk.ref === "pair") {
    const named = new Set<string>();
    for (const c of view.chunks) {
      if (c.end > chunk.start || named.size > 2) break;
      if (c.ref === null) c.groups.forEach((g) => named.add(g));
    }
    const groups = [...named];
    if (groups.length === 2 && !groups.some((g) => exclude.includes(g))) {
      return { groups, from: "sentence", sentence: view.index };
    }
    // ("ISIS declared a caliphate. Jabhat al-Nusra refused, and the two groups have fought each other since": one group
    // named before it in its sentence and another as the previous sentence's subject are the two; round 94.)
    // (Only where that one group is its sentence's subject: "Tensions between Ankara and the PKK escalated after a
    // ceasefire between the two sides collapsed" names a second side the mentions do not hold.)
    const subject = groups.length === 1 ? sentenceSubject(view, chunk.start) : null;
    const alone = subject !== null && subject.ref === null && subject.groups.join() === groups.join() &&
      !view.tokens.slice(0, subject.start).some((t) => t.key === "between" || t.key === "among") &&
      // (Nor where it ends a list whose other items the mentions do not hold: "a Turkish officer, 3 Turkish-backed
      // militants and 2 SDF fighters were killed after clashes between the two sides".)
      !view.tokens.slice(Math.max(0, subject.start - 3), subject.start).some((t) => /^(?:and|or|,)$/.test(t.key));
    const before = previous && alone ? sentenceSubject(previous) : null;
    if (
      before && before.ref === null && before.groups.length === 1 && before.groups[0] !== groups[0] &&
      ![...groups, ...before.groups].some((g) => exclude.includes(g))
    ) return { groups: [before.groups[0], groups[0]], from: "previous", sentence: previous!.index };
    // ("Hezbollah and the Quds Force moved in. Israel struck the two groups": where its own sentence names before it
    // only the relation's other side, the two groups the previous sentence names, and no more; round 96.)
    if (previous && groups.every((g) => exclude.includes(g))) {
      const earlier = new Set<string>();
      for (const c of previous.chunks) {
        if (c.ref === null && !c.modifier) c.groups.forEach((g) => earlier.add(g));
      }
      const pair = [...earlier];
      if (pair.length === 2 && !pair.some((g) => exclude.includes(g))) {
        return { groups: pair, from: "previous", sentence: previous.index };
      }
    }
  }
  // "The Levant Front was formed in 2014. Hazm joined the alliance.": a noun reference ("the alliance", "the group",
  // not "it", which mostly stands for a place or a thing there) cannot stand for the subject of its own clause when
  // that subject is the relation's other side ("X joined the alliance" is never X joining X); it stands for the
  // salient party of the previous sentence, by the same rule.
  // ("The SDF attacked its positions", "... raided their headquarters": a possessive before a party noun, too, is
  // never the clause's own subject when that subject is the other side, issue 10, round 17.)
  // ("that group", "this faction": a demonstrative refers as the article does; round 93.)
  const nounReference = /^(?:the|this|that)$/.test(view.tokens[chunk.start]?.key ?? "");
  const possessive = /^(?:its|their)$/.test(view.tokens[chunk.start]?.key ?? "");
  const ownIsOtherSide = own !== null && own.groups.length > 0 && own.groups.every((g) => exclude.includes(g));
  // (Only where no other party stands before that subject: "X said that Y's tanks fired at its positions" leaves "its"
  // between X and the previous sentence, and is refused.)
  const partyBefore = own !== null &&
    view.chunks.some((c) => c.end <= own.start && c.ref === null && c.groups.length > 0);
  // (A plural noun reference too: "Y struck the attackers" never names Y; round 93.)
  const notOwn = ownIsOtherSide &&
    ((nounReference && (chunk.ref === "singular" || chunk.ref === "plural")) || (possessive && !partyBefore));
  // ("X joined HTS in 2017 and left it in 2018": "it" right after a verb of membership, its object, is a group and
  // never that verb's subject, the other side; it stands for the last other party its sentence named before it, where
  // that is one group. After other verbs "it" mostly stands for a place or a thing: "captured P from Y and held it".
  // Round 84.)
  // ("The United States designated it a Foreign Terrorist Organization", "Turkey regards it as a terrorist group":
  // "it" after a verb of designation, lexicon rival verbs, with its complement after it, is a group too; round 85.)
  const verbBefore = (types: (type: string) => boolean) =>
    [1, 2, 3].some((n) =>
      view.lex.triggers.at(view.tokens, chunk.start - n).some((p) =>
        p.length === n && p.value.trigger.pos === "verb" && types(p.value.trigger.type)
      )
    );
  const it = view.tokens[chunk.start]?.key === "it" && chunk.end === chunk.start + 1;
  const designated = it && /^(?:a|an|as)$/.test(view.tokens[chunk.end]?.key ?? "") &&
    verbBefore((type) => type === "rival");
  const objectIt = (ownIsOtherSide || own === null || designated) && it &&
    (designated || verbBefore((type) => ORGANISATIONAL_RELATION_TYPES.has(type as RelationType)));
  // ("The Tiger Forces fought their way to the base, and Russian planes helped them from the air": "them" right after a
  // verb of backing whose subject is the other side stands for the subject of the clause before, the first party its
  // sentence names in subject position, or the previous sentence's subject; round 92.)
  const them = view.tokens[chunk.start]?.key === "them" && chunk.end === chunk.start + 1;
  if (them && (ownIsOtherSide || own === null) && verbBefore((type) => type === "ally" || type === "clash")) {
    const first = view.chunks.find((c) =>
      c.end <= (own?.start ?? chunk.start) && c.ref === null && !c.modifier && c.groups.length > 0 &&
      !c.groups.some((g) => exclude.includes(g))
    );
    const here = first && inSubjectPosition(view, first) ? first : null;
    // (Not where a plural noun phrase stands between, which "them" may stand for as well: "opposed these resettlement
    // policies, and most FSA units supported them".)
    if (pluralThingBetween(view, here?.end ?? 0, chunk.start)) return null;
    const other = here ?? (previous ? sentenceSubject(previous) : null);
    if (!other || other.ref !== null || other.groups.length !== 1 || exclude.includes(other.groups[0])) return null;
    return here
      ? { groups: other.groups, from: "sentence", sentence: view.index, at: other.start }
      : { groups: other.groups, from: "previous", sentence: previous!.index };
  }
  if (objectIt) {
    const otherIn = (sentence: SentenceView, before: number) =>
      sentence.chunks.findLast((c) =>
        c.end <= before && c.ref === null && !c.modifier && c.groups.length > 0 &&
        !c.groups.some((g) => exclude.includes(g))
      );
    // ("KH was founded in 2007 with funding from the Quds Force. The US designated it ...", "X joined HTS in 2017. It
    // left it in 2018.": where its own sentence names no other party before it, the previous sentence's subject, or,
    // where that is the other side, the last other party the previous sentence named; round 85.)
    const namedHere = otherIn(view, chunk.start);
    const subjectBefore = previous ? sentenceSubject(previous) : null;
    const otherSide = subjectBefore !== null && subjectBefore.groups.some((g) => exclude.includes(g));
    const other = namedHere ?? (otherSide ? otherIn(previous!, previous!.tokens.length) : subjectBefore);
    if (!other || other.groups.length !== 1) return null;
    return namedHere
      ? { groups: other.groups, from: "sentence", sentence: view.index }
      : { groups: other.groups, from: "previous", sentence: previous!.index };
  }
  if (own && own.end <= chunk.start && !notOwn) {
    groups = own.groups;
    at = own.start;
  } else if (previous && !unnamedSubjectBefore(view, chunk.start)) {
    const subject = sentenceSubject(previous) ?? topicOpening(previous);
    from = "previous";
    sentence = previous.index;
    if (subject) groups = subject.groups;
    // ("X is an armed group ... Y later stormed X's headquarters. The group joined Z": in an article about one group, a
    // noun reference the previous sentence's other group could also be stands between it and the topic; refused.
    // Round 70.)
    if (subject && nounReference && chunk.ref === "singular" && topic && topic !== view) {
      const topicSubject = sentenceSubject(topic);
      if (topicSubject?.groups.length === 1 && !subject.groups.includes(topicSubject.groups[0])) return null;
    } // "X was formed in 2014. It was later accused of abuses. The group attacked Y": a singular reference opening the
    // previous sentence carries its group on.
    else if (carried && chunk.ref === "singular") groups = carried;
    // ("Hasakeh city has been targeted by DAESH. The terrorist group has been losing ground to Y": a noun reference after
    // a sentence whose subject names no party stands for the one group that sentence names, its salient party in
    // every other place; round 80.)
    if (!subject && !groups && nounReference && chunk.ref === "singular" && soleGroup(previous)) {
      groups = [previous.chunks.find((c) => c.groups.length > 0)!.groups[0]];
    }
    // "IS militants attacked the town. They were repelled by Y": the previous sentence's subject written as a group's
    // people in the plural is a plural antecedent.
    peopleBefore = subject !== null && pluralPeople(previous, subject);
    // ("The SDF took the town. They then attacked ISIS": "they" opening its sentence after a sentence that names one
    // group and no other set of people, a collective noun or a reference, stands for that group; round 78.)
    // (Past a participle aside on that subject naming its backer: "The SDF, backed by US aircraft, crossed the
    // Euphrates. They seized ..."; round 87.)
    // (Past an opening time phrase and its comma: "In May they seized the airfield"; round 92.)
    const opening = timePhraseEnd(view, 0);
    const theyAt = view.tokens[opening]?.text === "," ? opening + 1 : opening;
    peopleBefore ||= subject !== null && subject.groups.length === 1 && chunk.start === theyAt &&
      view.tokens[theyAt]?.key === "they" && soleGroup(previous, true);
    openSet = subject?.others ?? false;
    if (chunk.ref === "pair" && groups?.length !== 2) {
      const named = [...new Set(previous.chunks.flatMap((c) => c.groups))];
      groups = named.length === 2 ? named : null;
    }
    // ("the YPG ... failed to mend the rift between the two sides" after a sentence naming the US and its coalition: a
    // pair its own sentence names a party of, outside the previous sentence's pair, is refused; round 27.)
    if (chunk.ref === "pair" && groups?.length === 2) {
      const before = view.chunks.filter((c) => c.end <= chunk.start && c.ref === null).flatMap((c) => c.groups);
      if (before.some((g) => !groups!.includes(g))) groups = null;
    }
  }
  // "The group joined the Free Idlib Army coalition." with no subject before it: a noun reference ("the group", not
  // "it") stands for the article's topic, the one group its first sentence is about ("X is an armed group ...").
  if (!groups && chunk.ref === "singular" && topic && topic !== view && !unnamedSubjectBefore(view, chunk.start)) {
    const key = view.tokens[chunk.start]?.key;
    const subject = key === "it" || key === "its" ? null : sentenceSubject(topic);
    if (subject && subject.groups.length === 1 && !exclude.includes(subject.groups[0])) {
      return { groups: subject.groups, from: "topic", sentence: view.index };
    }
  }
  if (!groups) return null;
  if (chunk.ref === "singular" && groups.length !== 1) return null;
  if (chunk.ref === "pair" && groups.length !== 2) return null;
  // "they", "their": a list the text has named; one group written in the plural is too often another set ("the US is
  // backing rebels in their fight"), except "they" after the subject of its own sentence ("The army withdrew as they
  // faced ...": collective nouns take "they").
  // (Past a semicolon only for people written in the plural, "75 Division 30 fighters re-entered Syria; they were
  // attacked": "Israel had an interest in aiding the rebels; they fought ISIL" means the rebels.)
  const antecedent = at === undefined ? undefined : view.covering[at];
  const plural = antecedent !== undefined && pluralPeople(view, antecedent);
  const collective = from === "sentence" && view.tokens[chunk.start]?.key === "they" &&
    (plural || !view.tokens.slice(at ?? 0, chunk.start).some((t) => t.text === ";"));
  // "SDF fighters continued their advance against Y": "their" right after its own subject's verb (people of one group
  // written in the plural, only verbs and adverbs between) is that subject's, not another set's.
  // ("The Netherlands extended their bombings of ISIL": a group named in the singular takes "their" as a collective
  // noun does, right after its own verb too, issue 10, round 20.)
  const ownPeople = from === "sentence" && antecedent !== undefined && view.tokens[chunk.start]?.key === "their" &&
    onlyVerbsBetween(view, antecedent.end + (plural && pluralNounAt(view, antecedent.end) ? 1 : 0), chunk.start);
  // ("US aircraft struck the attackers": the agents of an act may be one group named in the singular; round 93.)
  const actAgents = nounReference && view.lex.actAgentHeads.has(view.tokens[chunk.end - 1]?.key ?? "");
  if (
    chunk.ref === "plural" && groups.length < 2 && !collective && !ownPeople && !openSet && !peopleBefore && !actAgents
  ) {
    return null;
  }
  if (groups.some((g) => exclude.includes(g))) return null;
  return at === undefined ? { groups, from, sentence } : { groups, from, sentence, at };
}

/** How many plain words may stand between a passive's agent and a possessive in the phrase after it. */
const AGENT_PHRASE_REACH = 4;

/**
 * The one-group "by" agent of a passive participle that a possessive at `at` follows within a few plain lower-case
 * words ("captured by the SDF during their campaign"); null where a comma, a boundary or another name stands between.
 */
function agentBeforePossessive(view: SentenceView, at: number): Chunk | null {
  for (let i = at - 1; i >= 0 && at - i <= AGENT_PHRASE_REACH + 1; i--) {
    const chunk = view.covering[i];
    if (chunk) {
      return chunk.end === i + 1 && chunk.ref === null && !chunk.modifier && chunk.groups.length === 1 &&
          passiveByAt(view, wordBeforePhrase(view, chunk.start))
        ? chunk
        : null;
    }
    const token = view.tokens[i];
    if (!/^\p{Ll}+$/u.test(token.text) || view.lex.boundaries.has(token.key)) return null;
  }
  return null;
}

/**
 * Whether the comma at `comma` is the first of its sentence and closes a phrase that opens it with a preposition or a
 * participle ("With Turkish support, its factions ...", "Trained and armed by Turkey, its factions ..."): the name in that
 * phrase is no apposition's host for a possessive after the comma. Round 85.
 */
function closesOpeningPhrase(view: SentenceView, comma: number): boolean {
  const first = view.tokens[0];
  if (!first || view.covering[0]) return false;
  const inside = view.tokens.slice(1, comma);
  // ("Trained, paid and armed by Turkey,": a participle list, its own commas inside, then its agent.)
  if (/^\p{L}+(?:ed|en)$/u.test(first.key)) {
    return inside.some((t) => t.key === "by") && !inside.some((t) => /^(?:is|are|was|were|has|have|had)$/.test(t.key));
  }
  if (inside.some((t) => t.text === ",")) return false;
  // ("In 2015 the US backed the PYD, its armed wing": a clause with its verb before the comma is no opening phrase.)
  return view.lex.prepositions.has(first.key) && !inside.some((_, k) => verbish(view, k + 1));
}

/** Words opening a phrase of time or circumstance before a sentence's subject ("After its defeat, X ..."). */
const OPENING_SUBORDINATORS = new Set(["after", "following", "since", "before", "despite", "upon", "until"]);

/**
 * "In the wake of its capture of P, the YPG ...", "After their merger, A and B ...": the subject right after the first
 * comma of a sentence that opens with a preposition or subordinator, when the possessive `chunk` stands before that
 * comma. The subject's chunk (named, not a reference), or null.
 */
function openingPhraseSubject(view: SentenceView, chunk: Chunk): Chunk | null {
  const tokens = view.tokens;
  if (!/^(?:its|their)$/.test(tokens[chunk.start]?.key ?? "")) return null;
  const opener = tokens[0]?.key ?? "";
  if (!view.lex.prepositions.has(opener) && !OPENING_SUBORDINATORS.has(opener)) return null;
  let comma = chunk.end;
  while (comma < tokens.length && tokens[comma].text !== "," && comma < chunk.end + 25) comma++;
  if (tokens[comma]?.text !== ",") return null;
  for (let k = 1; k < chunk.start; k++) if (tokens[k].text === ",") return null;
  let at = comma + 1;
  if (tokens[at]?.key === "the") at++;
  // (The subject right after the comma, even where an apposition naming another group follows it: "the YPG, the
  // armed wing of the PYD, displaced ...".)
  const subject = view.covering[at];
  if (!subject || subject.start !== at || subject.ref !== null || subject.groups.length === 0) return null;
  return inSubjectPosition(view, subject) ? subject : null;
}

/**
 * "X fought Y, the latter backed by Z": "the latter" stands for the last party named before it, in its sentence or,
 * when its sentence names none before it, at the end of the previous sentence (a list's last item); refused when that
 * party is the relation's other side (`exclude`). Issue 10, round 20.
 */
function latterOf(chunk: Chunk, view: SentenceView, previous: SentenceView | null, exclude: string[]): Resolved | null {
  const last = (v: SentenceView, before: number) => {
    for (let i = v.chunks.length - 1; i >= 0; i--) {
      const c = v.chunks[i];
      if (c.end <= before && c.ref === null && c.groups.length > 0) return c;
    }
    return null;
  };
  const own = last(view, chunk.start);
  const named = own ?? (previous ? last(previous, previous.tokens.length) : null);
  if (!named) return null;
  const group = named.groups.at(-1)!;
  if (exclude.includes(group)) return null;
  return { groups: [group], from: own ? "sentence" : "previous", sentence: own ? view.index : previous!.index };
}

/** Whether a sentence names one group only, with no reference, collective noun or other set of people beside it. */
function soleGroup(view: SentenceView, pastAsides = false): boolean {
  const groups = new Set<string>();
  for (const chunk of view.chunks) {
    if (pastAsides && participleAsideAgent(view, chunk)) continue;
    if (chunk.ref !== null || chunk.descriptions || chunk.others) return false;
    for (const g of chunk.groups) groups.add(g);
  }
  return groups.size === 1 &&
    !view.tokens.some((t) => view.lex.collectiveNouns.has(t.key) || t.qualifier !== undefined);
}

/**
 * Whether `chunk` is the "by" agent of a participle set between commas right after a name ("the SDF, backed by US
 * aircraft, crossed"): what it says describes that name.
 */
function participleAsideAgent(view: SentenceView, chunk: Chunk): boolean {
  const tokens = view.tokens;
  const by = wordBeforePhrase(view, chunk.start);
  return passiveByAt(view, by) && tokens[by - 2]?.text === "," && view.covering[by - 3] !== undefined &&
    tokens[chunk.end]?.text === ",";
}

/** Whether a party noun in the plural ("militants", "fighters") starts at token `i`. */
function pluralNounAt(view: SentenceView, i: number): boolean {
  return /s$/.test(view.tokens[i]?.key ?? "") && view.lex.partyNouns.longest(view.tokens, i) !== null;
}

/** Whether a chunk is a group's people written in the plural ("IS militants", "Hezbollah fighters"). */
function pluralPeople(view: SentenceView, chunk: Chunk): boolean {
  return pluralNounAt(view, chunk.end) || pluralNounAt(view, chunk.end - 1);
}

/** Whether tokens [from, to) are one to four verbs, auxiliaries, particles and adverbs ("have stepped up"). */
function onlyVerbsBetween(view: SentenceView, from: number, to: number): boolean {
  if (to <= from) return false;
  let words = 0;
  for (let i = from; i < to; i++) {
    // ("The Syrian army units continued on Monday their operations": a time phrase between; round 70.)
    const dated = timePhraseEnd(view, i);
    if (dated > i) {
      i = dated - 1;
      continue;
    }
    if (++words > 4) return false;
    const key = view.tokens[i].key;
    if (view.covering[i] || !(verbish(view, i) || key.endsWith("ly") || /^(?:also|up|out|been|still)$/.test(key))) {
      return false;
    }
  }
  return true;
}

/**
 * A group noun ("the government", "the Kurds", "the jihadists") stands for the one group of its category that its
 * own sentence names before it, else the one the previous sentence names; refused when that sentence names two
 * groups of the category, when none is named, or when the group is the relation's other side. Where the whole article
 * names no group of the category, the category's home group by the article's date (lexicon `categoryNouns` `home`:
 * "the army" of a Syrian story; issue 10, round 95).
 */
function categoryReferent(
  chunk: Chunk,
  view: SentenceView,
  previous: SentenceView | null,
  exclude: string[],
  homeNamed: NamedHeads | null = null,
): Resolved | null {
  const category = chunk.category;
  if (!category) return null;
  const named = (sentence: SentenceView, before: number) => {
    const found = new Set<string>();
    for (const c of sentence.chunks) {
      if (c.start >= before) break;
      // A name inside a compound ("the PYD-dominated SDF") qualifies another party: it is not one named.
      if (c.ref === null && !c.modifier) { for (const g of c.groups) if (category.has(g)) found.add(g); }
    }
    return [...found];
  };
  const own = named(view, chunk.start);
  const [groups, from, sentence] = own.length > 0
    ? [own, "sentence" as const, view.index]
    : previous
    ? [named(previous, Infinity), "previous" as const, previous.index]
    : [[], "previous" as const, view.index];
  // (The home group, where neither sentence names one: the article names no group of the category, or only this
  // one; round 96.)
  const home = homeNamed?.home?.get(category.category);
  if (groups.length === 0 && home !== undefined) {
    return exclude.includes(home) ? null : { groups: [home], from: "topic", sentence: view.index };
  }
  if (groups.length !== 1 || exclude.includes(groups[0])) return null;
  return { groups, from, sentence };
}

/** Sentence openers that are no subject ("In 2014, ...", "After the attack ...", "Last month X joined the alliance"). */
const OPENERS =
  /^(?:the|a|an|in|on|at|after|before|during|by|with|for|from|since|as|when|while|although|however|meanwhile|later|then|following|despite|until|by|this|that|these|those|it|its|they|their|last|next|earlier|early|late|yesterday|today|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * "France and Britain signed a pledge. Germany and Italy formalised their own alliance.": a clause whose subject is
 * a name that is no group ("Germany and Italy", outside the gazetteer) owns the reference after its verb; it does not
 * reach back to the previous sentence. True when a capitalised word no chunk covers stands before the sentence's
 * first verb, and that verb before `at` (beside a group or not: "Germany and Italy", one of them a group, is no list
 * of groups).
 */
function unnamedSubjectBefore(view: SentenceView, at: number): boolean {
  let found = unnamedSubjects.get(view);
  if (!found) {
    found = firstVerbAndUnnamed(view);
    unnamedSubjects.set(view, found);
  }
  return found.unnamed && found.verb >= 0 && found.verb < at;
}

/** Per sentence, once: its first verb, and whether a capitalised word no chunk covers stands before it. */
const unnamedSubjects = new WeakMap<SentenceView, { verb: number; unnamed: boolean }>();

function firstVerbAndUnnamed(view: SentenceView): { verb: number; unnamed: boolean } {
  let verb = -1;
  for (let i = 0; i < view.tokens.length && verb < 0; i++) if (verbish(view, i)) verb = i;
  for (let i = 0; i < verb; i++) {
    if (view.covering[i]) continue;
    const token = view.tokens[i];
    if (view.lex.boundaries.has(token.key) || token.text === ",") return { verb, unnamed: false };
    if (/^\p{Lu}\p{Ll}+$/u.test(token.text) && !OPENERS.test(token.key) && !MONTHS.test(token.key)) {
      return { verb, unnamed: true };
    }
  }
  return { verb, unnamed: false };
}

const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** How far after a speaker's chunk its word of speech may stand (tokens). */
const SPEECH_REACH = 6;

/**
 * "we", "our", "us" in what a group's spokesman, commander or fighter says ('"X surrounded our bases," a Y commander
 * told'): the group named before the sentence's one speaker noun, else the issuer of the statement the document is
 * (`SentenceTemplate.speaker`); refused when none or several speak.
 */
function speakerOf(view: SentenceView, exclude: string[], his = false): Resolved | null {
  // (Or a chunk that holds its speaker noun after its name, a party noun of its own, with a word of speech within a
  // few words after it: "X commander, Amin Malhis, told ..."; not "X fighters first surrounded our bases"; round 86.)
  // ("his forces" after "Syrian regime leader Bashar al Assad": a singular person's noun needs no word of speech for a
  // third person's possessive; round 90.)
  const speaks = (c: Chunk) => {
    if (view.lex.speakerNouns.longest(view.tokens, c.end) !== null) return true;
    if (c.end - 1 <= (c.heads.at(-1) ?? c.end) || !view.lex.speakerNouns.endingAt(view.tokens, c.end, 1)) return false;
    if (his && !view.tokens[c.end - 1].key.endsWith("s")) return true;
    return view.tokens.slice(c.end, c.end + SPEECH_REACH).some((t) => view.lex.speechWords.has(t.key));
  };
  const speakers = view.chunks.filter((c) => c.ref === null && speaks(c));
  const groups = [...new Set(speakers.map((c) => c.groups.at(-1)!))];
  // ("Statement No. 14 of the Unified Command of X: ... stormed our headquarters": with no speaker of its own, the
  // document's issuer speaks; round 86.)
  if (groups.length === 0 && view.template.speaker !== null) groups.push(view.template.speaker);
  if (groups.length !== 1 || exclude.includes(groups[0])) return null;
  return { groups, from: "sentence", sentence: view.index };
}

/**
 * The one group `view` describes with every word of `description` ("more moderate rebel groups" in "... from more
 * moderate Free Syrian Army rebel groups"): the words must stand within three tokens of the name. Null when no
 * sentence, no group or several match.
 */
function describedIn(view: SentenceView | null, description: { key: string }[]): string | null {
  if (!view) return null;
  const words = description.map((t) => t.key);
  const found = new Set<string>();
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.groups.length !== 1) continue;
    const around = view.tokens.slice(Math.max(0, chunk.start - 3), chunk.end + 3).map((t) => t.key);
    if (words.every((w) => around.includes(w))) found.add(chunk.groups[0]);
  }
  return found.size === 1 ? [...found][0] : null;
}
