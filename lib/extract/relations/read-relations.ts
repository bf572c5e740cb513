import { actContinuationRelations } from "./act-continuations.ts";
import type { RelationFrame, RelationLexicon } from "../../records/mod.ts";
import { chainActs, type Chunk, skipQualifierCompound, supportGiven, tokenChunk } from "./chunks.ts";
import { type CompiledLexicon, compileLexicon } from "./lexicon.ts";
import type { ArabicNameWords } from "../../reference/arabic-name-words.ts";
import { readingConfidence } from "./confidence.ts";
import { guardVerdict } from "./guards.ts";
import {
  actedApart,
  agentPrepAfter,
  attributiveList,
  FOUNDED,
  groupAt,
  lightVerbSubject,
  type Occurrence,
  oneSidedActBefore,
  participleMainSubject,
  prepositionAfter,
  type Reading,
  readOccurrence,
} from "./frames.ts";
import {
  definitionHead,
  FINITE_AUXILIARIES,
  inSubjectPosition,
  objectAfter,
  sentenceSubject,
  type SentenceView,
  sentenceView,
  subjectOf,
  timePhraseEnd,
  verbish,
  verbObjectPhrase,
  wordBeforePhrase,
} from "./sentence-view.ts";
import { carriedSubject, type NamedHeads, resolveChunk } from "./reference.ts";
import { clauseReadings } from "./clause-reading.ts";
import { type SentenceTemplate, withDeclaredIssuer } from "./template.ts";
import { attributiveParticiple, surfaceTokens, type Token, tokenize } from "./tokens.ts";
import { bindEnumeratedSets } from "./enumerated-sets.ts";
import { allyItemRelations, pastBracketedSameName, proSideRelations } from "./wire-lists.ts";
import { heldActNoun, namedActAgent, PLACE_WORD } from "./wire-objects.ts";
import { counterActRelations } from "./counter-acts.ts";
import { antiSideRelations } from "./anti-side.ts";
import {
  ARTICLE,
  CAPITALISED,
  DIGIT_FIRST,
  LETTER_FIRST,
  LETTERS,
  LOWER_FIRST,
  LOWER_HYPHENED_WORD,
  LOWER_WORD,
  LY_ADVERB,
} from "./word-shapes.ts";

/** A count of fewer than four digits or an article: the words before a past participle used as an adjective. */
const COUNT_OR_ARTICLE = /^(?:\d{1,3}|a|an|the)$/;

/**
 * The trigger occurrences of a sentence, found in one pass (each position compares only phrases it starts): its acts
 * (verbs, action nouns, adjectives) and its role nouns, which the reader reads on different views of a sentence that
 * are most often one and the same.
 */
/** How many plain words may stand between "joint" and the rest of a "joint ..." trigger (`separatedJointOccurrences`). */
const JOINT_GAP = 2;

/**
 * "their first joint ground patrol", "a joint military offensive": one or two plain lower-case words (no verb,
 * preposition or name) between "joint" at `at` and the rest of a trigger noun the lexicon writes with "joint" ("joint
 * patrol", "joint offensive") modify it; the trigger is read from "joint" to its last word. Round 93.
 */
function separatedJointOccurrences(view: SentenceView, at: number, acts: Occurrence[], roles: Occurrence[]): void {
  const tokens = view.tokens;
  for (let gap = 1; gap <= JOINT_GAP; gap++) {
    const word = at + gap;
    const token = tokens[word];
    if (
      !token || view.covering[word] || !LOWER_WORD.test(token.text) || view.lex.prepositions.has(token.key) ||
      verbish(view, word)
    ) return;
    const rest = [tokens[at], ...tokens.slice(word + 1, word + 6)];
    for (const { length, value } of view.lex.triggers.at(rest, 0)) {
      if (length < 2 || value.trigger.pos !== "noun") continue;
      const occurrence = { trigger: value.trigger, start: at, end: word + length, participle: false };
      if (value.trigger.frames.some((f) => f.form === "role")) roles.push(occurrence);
      // (As after "joint" itself: an act noun whose last word opens a longer role noun modifies that noun.)
      else if (!roleNounOpensAt(view, word + length - 1)) acts.push(occurrence);
    }
  }
}

function occurrences(view: SentenceView): { acts: Occurrence[]; roles: Occurrence[] } {
  const acts: Occurrence[] = [];
  const roles: Occurrence[] = [];
  // (Most sentences hold no word opening a preposition-only trigger, a partitive role, a clause's gerund or a base form
  // read as a verb: their tests and lookups are skipped.)
  const none: ReturnType<typeof view.lex.prepTriggers.at> = [];
  const prepTriggers = view.lex.prepTriggers.opensIn(view.tokens);
  const partitiveRoles = view.lex.partitiveRoles.opensIn(view.tokens);
  const clauseGerunds = view.lex.clauseGerunds.opensIn(view.tokens);
  const nounLikeBases = view.lex.nounLikeBases.opensIn(view.tokens);
  for (let i = 0; i < view.tokens.length; i++) {
    // "including", "following": a verb form used as a preposition.
    if (view.lex.prepositions.has(view.tokens[i].key)) continue;
    const triggers = view.lex.triggers.at(view.tokens, i);
    // "took part in", "carried out": a trigger word that opens a longer light-verb phrase is the phrase's. (Asked only
    // where a trigger starts: at most tokens none does.)
    let light = triggers.length === 0 ? 0 : view.lex.lightVerbs.longest(view.tokens, i)?.length ?? 0;
    // ("Y, which X joined in August 2018": a light phrase's closing preposition that opens a time phrase is no part of
    // it; round 94.)
    if (light > 1 && timePhraseEnd(view, i + light - 1) > i + light) light = 0;
    for (const { length, value } of triggers) {
      if (light > length) continue;
      // ("took advantage of X": an idiom the verb opens, lexicon `idioms`.)
      if (view.lex.idioms.get(value.trigger.lemma)?.has(view.tokens[i + length]?.key ?? "")) continue;
      // ("beat back X", "fought back": the bare word is another verb's particle, lexicon `notAfter`; "cut its links
      // to X": the bare word or its -s form is a noun after a possessive.)
      const key = view.tokens[i].key;
      const bare = key === value.trigger.lemma || key === `${value.trigger.lemma}s`;
      if (bare && i > 0 && value.trigger.notAfter?.includes(view.tokens[i - 1].key)) continue;
      const occurrence = { trigger: value.trigger, start: i, end: i + length, participle: value.participle };
      // ("treated 20 wounded Syrian Army soldiers": a past participle used as an adjective after a count or an article
      // is no verb; a trigger with an adjective frame reads it there ("the allied X and Y"). Not after a year ("on 12
      // January 2017 killed") or "of" ("a video of captured Lebanese soldiers": the captives' captor is the clause's
      // subject). Round 78.)
      if (
        value.participle && value.trigger.pos === "verb" && !value.trigger.frames.some((f) => f.form === "adjective") &&
        i > 0 && COUNT_OR_ARTICLE.test(view.tokens[i - 1].key) && attributiveParticiple(view.tokens, i + length - 1)
      ) continue;
      if (value.trigger.frames.some((f) => f.form === "role")) {
        roles.push(occurrence);
        continue;
      }
      // A verb inside a party phrase ("its allies who include X") was read by the chunker.
      // An adjective compound inside one ("the headquarters of al-Qaeda-affiliated Nusra") is read by its frame.
      const compound = view.tokens[i - 1]?.text === "-" && view.tokens[i].glued;
      // ("the previously allied A and B": a mutual tie's participle describing a list, read by its adjective frame.)
      if (view.covering[i] && !compound && !attributiveList(view, occurrence)) continue;
      // ("a joint operations room between A and B": an act noun whose last word opens a longer role noun modifies that
      // noun; the role's frames read the sentence. Round 67.)
      if (value.trigger.pos === "noun" && roleNounOpensAt(view, i + length - 1)) continue;
      if (value.trigger.pos === "noun" && namePart(view, i)) continue;
      acts.push(occurrence);
    }
    if (view.tokens[i].key === "joint") separatedJointOccurrences(view, i, acts, roles);
    // ("held Douma against Y": a trigger read only with its preposition, lexicon `prepOnly`; round 92.)
    for (const { length, value } of prepTriggers ? view.lex.prepTriggers.at(view.tokens, i) : none) {
      // (Or the preposition of a passive's agent, frame `agentPrep`: "was built around Y"; round 96.)
      const after = (f: RelationFrame) =>
        (f.prep !== undefined && prepositionAfter(view, i + length, f) >= 0) ||
        (f.agentPrep !== undefined && agentPrepAfter(view, i + length, f.agentPrep) >= 0);
      if (view.covering[i] || !value.trigger.frames.some(after)) continue;
      acts.push({ trigger: value.trigger, start: i, end: i + length, participle: value.participle });
    }
    const partitive = partitiveRoles ? view.lex.partitiveRoles.at(view.tokens, i) : none;
    if (partitive.length > 0 && afterPartitive(view, i)) {
      for (const { length, value } of partitive) {
        roles.push({ trigger: value.trigger, start: i, end: i + length, participle: false });
      }
    }
    if (clauseGerunds && clauseGerund(view, i)) {
      for (const { length, value } of view.lex.clauseGerunds.at(view.tokens, i)) {
        acts.push({ trigger: value.trigger, start: i, end: i + length, participle: false });
      }
    }
    if (nounLikeBases && (presentTenseBase(view, i) || infinitiveBase(view, i))) {
      for (const { length, value } of view.lex.nounLikeBases.at(view.tokens, i)) {
        acts.push({ trigger: value.trigger, start: i, end: i + length, participle: false });
      }
    }
  }
  return { acts: unsuperseded(acts), roles: unsuperseded(roles) };
}

/**
 * Whether a partitive (lexicon `partitiveOpeners`: "one of the", "among the") ends right before `i`, past up to two
 * plain modifiers ("one of the main factions"): a plural there stands for one of its kind. Round 80.
 */
function afterPartitive(view: SentenceView, i: number): boolean {
  const tokens = view.tokens;
  for (let k = i, n = 0; n <= 2 && k > 0; n++, k--) {
    if (view.lex.partitiveOpeners.endingAt(tokens, k, 3)) return true;
    const word = tokens[k - 1];
    if (!LOWER_HYPHENED_WORD.test(word.text) || view.covering[k - 1] || view.lex.verbs.has(word.key)) return false;
  }
  return false;
}

/** Forms of "be" before a progressive ("are working"). */
const BE = new Set(["is", "are", "was", "were", "be", "been"]);

/**
 * Whether the -ing form at `i` is a clause's verb (lexicon `appositiveGerund`): after a form of "be", with at most one
 * adverb between (lexicon `interposedAdverbs`, or "-ly": "the YPG are working with the US", "were also working with"),
 * or opening the apposition of the party named right before it ("the YPG, working with the US, took the town").
 * Round 79.
 */
function clauseGerund(view: SentenceView, i: number): boolean {
  const tokens = view.tokens;
  if (!tokens[i].key.endsWith("ing")) return false;
  if (tokens[i - 1]?.text === "," && tokens[i - 2]?.party !== undefined) return true;
  if (BE.has(tokens[i - 1]?.key ?? "")) return true;
  return BE.has(tokens[i - 2]?.key ?? "") &&
    (view.lex.interposedAdverbs.has(tokens[i - 1].key) || LY_ADVERB.test(tokens[i - 1].text));
}

/**
 * Whether the noun at `at` is the last word of a proper name the gazetteer lacks ("the Soviet-led Warsaw Pact", "the
 * Baghdad Pact"): written with a capital inside the sentence, right after a capitalised word that names no party.
 * Such a name is a thing the text names, not an act or tie of the parties around it. Round 72.
 */
function namePart(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  const before = view.tokens[at - 1];
  return at > 1 && /^\p{Lu}\p{Ll}/u.test(token.text) && before !== undefined && !before.glued &&
    /^\p{Lu}\p{Ll}/u.test(before.text) && before.party === undefined && before.qualifier === undefined &&
    !view.covering[at - 1] && !titleCased(view);
}

const titleCase = new WeakMap<SentenceView, boolean>();

/**
 * Whether most words of the sentence are capitalised, as in a headline written in title case ("Renewed Heavy Clashes
 * Between ISIL And SDF"): there a capital says nothing of a name. Once per sentence.
 */
function titleCased(view: SentenceView): boolean {
  let cased = titleCase.get(view);
  if (cased === undefined) {
    const words = view.tokens.filter((t) => /^\p{L}{2}/u.test(t.text));
    cased = words.filter((t) => CAPITALISED.test(t.text)).length > 0.6 * words.length;
    titleCase.set(view, cased);
  }
  return cased;
}

/** Whether a role noun of more than one word ("operations room") opens at token `at`. */
function roleNounOpensAt(view: SentenceView, at: number): boolean {
  return view.lex.triggers.at(view.tokens, at).some((p) =>
    p.length > 1 && p.value.trigger.frames.some((f) => f.form === "role")
  );
}

/**
 * ("a proxy war between A and B" is no war between them: a trigger that `supersedes` hides those inside it; two that
 * span the same words, two entries of one phrase, do not hide each other.)
 */
function unsuperseded(found: Occurrence[]): Occurrence[] {
  const over = found.filter((o) => o.trigger.supersedes);
  if (over.length === 0) return found;
  const hides = (s: Occurrence, o: Occurrence) =>
    s !== o && s.start <= o.start && o.end <= s.end &&
    (!o.trigger.supersedes || s.start < o.start || o.end < s.end);
  return found.filter((o) => !over.some((s) => hides(s, o)));
}

/**
 * "launched an operation to clear the towns of P from Y": a base form that is also a noun is an infinitive right after
 * "to" and before its object (a determiner, a name, a compound or a place's name).
 */
function infinitiveBase(view: SentenceView, i: number): boolean {
  const next = view.tokens[i + 1];
  // (Or a place's capitalised name: "to clear Jarablus from Y".)
  return view.tokens[i - 1]?.key === "to" && !view.covering[i] && next !== undefined &&
    (ARTICLE.test(next.key) || next.party !== undefined || next.qualifier !== undefined ||
      CAPITALISED.test(next.text));
}

/**
 * "Russian and regime air forces raid ISIS-held districts": a base form that is also a noun ("raid", "shell") is a
 * present-tense verb right after a plural subject (a list, or a plural party noun) and before its object (a
 * determiner, a name or a compound).
 */
function presentTenseBase(view: SentenceView, i: number): boolean {
  const subject = view.covering[i - 1];
  if (!subject || subject.end !== i || subject.ref !== null || subject.modifier || view.covering[i]) return false;
  const last = view.tokens[i - 1];
  const word = last.party !== undefined ? view.template.units[last.party].surface : last.key;
  const plural = subject.groups.length > 1 || /s$/.test(word);
  const next = view.tokens[i + 1];
  return plural && next !== undefined &&
    (ARTICLE.test(next.key) || next.party !== undefined || next.qualifier !== undefined);
}

/**
 * A relation a list phrase states by itself (no trigger): through the guard pipeline, as a role reading with the
 * lexicon's list prior; null when a guard blocks it.
 */
function listReading(
  view: SentenceView,
  chunk: Chunk,
  found: { type: Reading["type"]; subjects: string[]; objects: string[]; frame: string; distance: number },
  described = false,
): Reading | null {
  // (`described`: a noun phrase naming a unit by its owner, "the IRGC's Quds Force", is background the text takes as
  // given, which a sentence-wide claim or attribution does not reach; round 34.)
  const verdict = guardVerdict(view.guards, {
    clauseFrom: chunk.start,
    triggerStart: chunk.end,
    nearAt: [],
    sentenceWide: !described,
  });
  if (verdict.block) return null;
  const features = {
    voice: "role" as const,
    distance: found.distance,
    reference: "none" as const,
    hedge: verdict.lower,
  };
  const { distance: _, ...relation } = found;
  return {
    ...relation,
    confidence: readingConfidence(0.75, features),
    features,
    sentences: [view.index],
    joint: false,
    trigger: null,
  };
}

/**
 * "A and its allies, who include B": the allies a chunk's tail names (lexicon `allyTails`); "A, B and others in Z":
 * a list whose tail is placed in a group names that group's members (lexicon `memberPlaces`).
 */
function listRelations(view: SentenceView): Reading[] {
  const readings: (Reading | null)[] = [];
  for (const chunk of view.chunks) {
    if (chunk.groups.length === 0 || chunk.ref !== null) continue;
    if (chunk.allies.length > 0) {
      const heads = chunk.groups.filter((g) => !chunk.allies.includes(g));
      const found = { type: "ally" as const, subjects: chunk.allies, objects: heads, distance: 0 };
      readings.push(listReading(view, chunk, { ...found, frame: "allies:list" }));
      // "A and its allies, who include B and other C": the allies named together are allies of one another.
      const allies = [...new Set(chunk.allies)];
      for (let i = 0; i < allies.length; i++) {
        for (let j = i + 1; j < allies.length; j++) {
          const pair = { type: "ally" as const, subjects: [allies[i]], objects: [allies[j]], distance: 0 };
          readings.push(listReading(view, chunk, { ...pair, frame: "allies:list" }));
        }
      }
    }
    // "5 FSA factions including A and B": the examples are member groups of the name (chunks.ts namedSetExamples).
    if (chunk.setMembers && chunk.setMembers.length > 0) {
      const found = { type: "member" as const, subjects: chunk.setMembers, objects: [chunk.groups[0]], distance: 0 };
      readings.push(listReading(view, chunk, { ...found, frame: "examples:list" }));
    }
    readings.push(...otherMembersReadings(view, chunk));
    if (!chunk.others || !view.lex.memberPlaces.has(view.tokens[chunk.end]?.key ?? "")) continue;
    const whole = objectAfter(view, chunk.end + 1, 3);
    if (!whole || whole.ref !== null) continue;
    const found = { type: "member" as const, subjects: chunk.groups, objects: whole.groups };
    readings.push(listReading(view, chunk, { ...found, frame: "others-in:list", distance: whole.start - chunk.end }));
  }
  return readings.filter((r) => r !== null);
}

/**
 * "The US and other coalition members", "Turkey and other NATO members": the names a list holds before "other" are
 * members of the whole its next item names with a member noun ("members", the name's own or the one after it). Issue
 * 10, round 27.
 */
function otherMembersReadings(view: SentenceView, chunk: Chunk): (Reading | null)[] {
  const readings: (Reading | null)[] = [];
  const memberNoun = (key: string | undefined) => key === "members" || key === "member";
  for (let k = 1; k < chunk.heads.length; k++) {
    const head = chunk.heads[k];
    const token = view.tokens[head];
    if (view.tokens[head - 1]?.key !== "other" || token.party === undefined) continue;
    const surface = view.template.units[token.party].surface.toLowerCase().split(/\s+/);
    if (!memberNoun(surface.at(-1)) && !memberNoun(view.tokens[head + 1]?.key)) continue;
    const whole = groupAt(view, head, chunk);
    const parts = [...new Set(chunk.heads.slice(0, k).map((h) => groupAt(view, h, chunk)))].filter((g) => g !== whole);
    if (parts.length === 0) continue;
    const found = { type: "member" as const, subjects: parts, objects: [whole], distance: head - chunk.heads[0] };
    readings.push(listReading(view, chunk, { ...found, frame: "other-members:list" }));
  }
  return readings;
}

/** Past a hyphenated compound at `at` ("Kurdish-aligned", "US-backed") that is no name: the index after it, else `at`. */
function pastDescribingCompound(view: SentenceView, at: number): number {
  const token = view.tokens[at];
  if (!token || token.party !== undefined || view.covering[at]) return at;
  return /^\p{L}+-\p{Ll}+$/u.test(token.text) ? at + 1 : at;
}

/** Whether the name of unit `party` ends in a unit's head (lexicon `unitHeads`: "Division", "Military Council"). */
function endsInUnitHead(view: SentenceView, party: number | undefined): boolean {
  if (party === undefined) return false;
  const words = surfaceTokens(view.template.units[party].surface);
  return words.length > 0 && view.lex.unitHeads.endingAt(words, words.length, 3) !== null;
}

/**
 * A group noun of a category (lexicon `categoryNouns`: "the army", "the regime") whose last word is the possessive
 * token at `at` ("the army's"), as a category chunk the one reference rule binds; null where none ends there.
 */
function possessiveCategoryChunk(view: SentenceView, at: number): Chunk | null {
  const token = view.tokens[at];
  const stem = token?.party === undefined ? /^(.+)['’]s$/u.exec(token?.text ?? "") : null;
  if (!stem) return null;
  const before = view.tokens.slice(Math.max(0, at - 2), at).map((t) => t.text);
  const words = tokenize([...before, stem[1]].join(" "));
  const found = view.lex.categoryNouns.endingAt(words, words.length, 3);
  if (!found) return null;
  const start = at + 1 - found.length;
  if (view.tokens.slice(start, at).some((t) => t.party !== undefined)) return null;
  return { ...tokenChunk(start, [], "category"), end: at + 1, category: found.value };
}

/**
 * "the SDF's Deir ez-Zor Military Council", "the FSA's Central Division": a possessive group before a named unit
 * (lexicon `unitHeads`: the unit's name ends so) owns it; the unit is a member of the group. A state's own force
 * (`stateForces`: the gazetteer's kind state-force) is a unit whatever its name ends with ("the Syrian Army's Tiger
 * Forces"), and is also owned through "its" or "their" when the one reference rule resolves it ("the Syrian Army
 * launched an assault led by its Tiger Forces").
 */
function unitRelations(
  view: SentenceView,
  stateForces: ReadonlySet<string>,
  previous: SentenceView | null,
  named: NamedHeads | null = null,
): Reading[] {
  const readings: (Reading | null)[] = [];
  // ("commander of its Deir ez-Zor Military Council": a unit by its name's head is owned through "its" as a state's
  // own force is; round 86.)
  const namedUnit = (party: number) =>
    endsInUnitHead(view, party) ||
    view.lex.unitOpenings.longest(surfaceTokens(view.template.units[party].surface), 0) !== null ||
    stateForces.has(view.template.units[party].groupId);
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.groups.length !== 1) continue;
    // (The name may stand inside its chunk after a party noun's "of": "commander of its Deir ez-Zor Military Council".)
    const at = chunk.heads[0] ?? chunk.start;
    // ("the head of its own Deir ez-Zor Military Council": "own" stresses the possessive; round 94.)
    const own = view.tokens[at - 1]?.key === "own" ? 1 : 0;
    const possessive = view.tokens[at - 1 - own]?.key;
    if (view.tokens[at]?.party === undefined || !namedUnit(view.tokens[at].party!)) continue;
    // ("the Syrian army, whose Fourth Division held the city": the party a "whose" relative follows owns the unit as
    // "its" would; issue 10, round 87.)
    const relative = possessive === "whose" ? relativeOwner(view, at - 1) : null;
    if (relative) {
      const found = { type: "member" as const, subjects: chunk.groups, objects: relative.groups };
      readings.push(
        listReading(view, chunk, { ...found, frame: "unit:possessive", distance: at - relative.end }, true),
      );
      continue;
    }
    // ("the army's Tiger Forces", "the regime's 4th Division": a group noun of a category in the possessive owns the
    // unit as the name it stands for would, bound by the one reference rule; round 97.)
    const category = possessive === "its" || possessive === "their"
      ? null
      : possessiveCategoryChunk(view, at - 1 - own);
    if (possessive !== "its" && possessive !== "their" && !category) continue;
    const owner = resolveChunk(
      category ?? tokenChunk(at - 1 - own, [], possessive === "its" ? "singular" : "plural"),
      view,
      previous,
      chunk.groups,
      null,
      null,
      category ? named : null,
    );
    if (!owner || owner.groups.length !== 1) continue;
    const found = { type: "member" as const, subjects: chunk.groups, objects: owner.groups };
    readings.push(listReading(view, chunk, { ...found, frame: "unit:possessive", distance: 0 }, true));
  }
  // (A list item's possessive owner, which the list's chunk holds: "the FSA and Iran's Quds Force"; round 70.)
  const owners = [...view.chunks];
  for (const chunk of view.chunks) {
    for (let k = chunk.start; k + 1 < chunk.end; k++) {
      const party = view.tokens[k].party;
      if (party !== undefined && view.tokens[k + 1].key === "'s") {
        owners.push(tokenChunk(k, [view.template.units[party].groupId]));
      }
    }
  }
  for (const owner of owners) {
    if (owner.ref !== null || owner.groups.length !== 1 || view.tokens[owner.end]?.key !== "'s") continue;
    // ("the Syrian Arab Armys (SAA) Republican Guard": past the owner's bracketed short name, wire-lists.ts.)
    // ("the Free Syrian Army's Kurdish-aligned Northern Democratic Brigade": past a hyphenated compound describing the
    // unit, round 36.)
    const unitAt = pastDescribingCompound(view, pastBracketedSameName(view, owner.end + 1, owner.groups[0]));
    const token = view.tokens[unitAt];
    if (token?.party === undefined) continue;
    const unit = view.template.units[token.party];
    // ("the FSA's Army of Victory": or the head opens the name before "of", lexicon `unitOpenings`, round 19.)
    if (!namedUnit(token.party) || unit.groupId === owner.groups[0]) continue;
    const chunk = view.covering[unitAt];
    if (!chunk) continue;
    readings.push(
      listReading(view, { ...owner, end: unitAt }, {
        type: "member",
        subjects: [unit.groupId],
        objects: owner.groups,
        frame: "unit:possessive",
        distance: 0,
      }, true),
    );
  }
  readings.push(...unitOfRelations(view, stateForces));
  return readings.filter((r) => r !== null);
}

/**
 * The name after "of" (past "the") in a name whose words before "of" end in a unit head (lexicon `unitHeads`: "the
 * Eighth Brigade of the Fifth Corps" gives "Fifth Corps"); null where no unit comes before "of" ("the Islamic State of
 * Iraq", "the Conquest of the Levant Front").
 */
function ownerAfterUnitHead(view: SentenceView, surface: string): string | null {
  const of = /\s+of\s+(?:the\s+)?/.exec(surface);
  if (!of || of.index === 0) return null;
  const words = surfaceTokens(surface.slice(0, of.index));
  return words.length > 0 && view.lex.unitHeads.endingAt(words, words.length, 3) !== null
    ? surface.slice(of.index + of[0].length)
    : null;
}

/**
 * "Iran's Revolutionary Guards fired missiles", "the IRGC's Quds Force": a name the mention layer read whole, whose own
 * words open with another group's name, alias or acronym in the possessive before a proper name, names a unit of that
 * group (member); not "Iraq's army", a state's plain forces, nor "al-Qaeda's Syrian branch", a role noun's tie. The
 * kinds the gazetteer gives the two still decide whether such a membership can be (extract-relations.ts). Round 92.
 * Round 97: or after a unit's head and "of" ("the Eighth Brigade of the Fifth Corps", `ownerAfterUnitHead`).
 */
function possessiveNameRelations(
  view: SentenceView,
  groupsNamed: ReadonlyMap<string, readonly string[]> | undefined,
): Reading[] {
  const readings: Reading[] = [];
  if (!groupsNamed) return readings;
  for (const chunk of view.chunks) {
    if (chunk.ref !== null) continue;
    for (const at of chunk.heads) {
      const party = view.tokens[at]?.party;
      if (party === undefined) continue;
      const unit = view.template.units[party];
      // (A proper name after the possessive, not a state's plain forces: "Iraq's army" is the state's own army.)
      const owned = /^(?:the\s+)?(.+?)['’]s\s+\p{Lu}/u.exec(unit.surface);
      // ("the Eighth Brigade of the Fifth Corps", "the Supreme Military Council of the Free Syrian Army": or after a
      // unit's head and "of", as two names so written are read, frame unit:of; round 97.)
      const ownedAfter = owned ? null : ownerAfterUnitHead(view, unit.surface);
      const ownerName = owned?.[1] ?? ownedAfter;
      const owners = ownerName ? groupsNamed.get(ownerName.toLowerCase()) : undefined;
      if (!owners || owners.length !== 1 || owners[0] === unit.groupId) continue;
      // ("al-Qaeda's Syrian branch": a role noun after the possessive states the name's own tie, which the role frames
      // read.)
      const words = surfaceTokens(unit.surface);
      if (words.some((_, k) => view.lex.roleNouns.longest(words, k) !== null)) continue;
      const found = { type: "member" as const, subjects: [unit.groupId], objects: [owners[0]] };
      const reading = listReading(view, { ...chunk, start: at, end: at + 1 }, {
        ...found,
        frame: owned ? "unit:possessive" : "unit:of",
        distance: 0,
      }, true);
      if (reading) readings.push(reading);
    }
  }
  return readings;
}

/** The one named party a "whose" at `at` follows, past the comma before it ("the Syrian army, whose ..."); else null. */
function relativeOwner(view: SentenceView, at: number): Chunk | null {
  const before = view.tokens[at - 1]?.text === "," ? at - 2 : at - 1;
  const owner = view.covering[before];
  return owner && owner.end === before + 1 && owner.ref === null && !owner.modifier && owner.groups.length === 1
    ? owner
    : null;
}

/**
 * "the International Freedom Battalion of the YPG", "the 4th Armored Division of the Syrian Army": a named unit (its
 * name ends in a word of `unitHeads`, or it is a state force) followed by "of" and one group is that group's member,
 * as the possessive before it makes it ("the SDF's Deir ez-Zor Military Council"). The group after "of" must open
 * right there (an article between), so "a battalion of fighters of X" and "the brigade of its commander" are none.
 * Issue 10, round 29.
 */
function unitOfRelations(view: SentenceView, stateForces: ReadonlySet<string>): (Reading | null)[] {
  const readings: (Reading | null)[] = [];
  for (const chunk of view.chunks) {
    // (The name alone, or with its bracketed short name: "the People's Protection Units (YPG) of the SDF".)
    if (chunk.ref !== null || chunk.groups.length !== 1) continue;
    if (view.tokens[chunk.end]?.key !== "of") continue;
    // ("rebels from the Tawhid Brigade of the FSA": the name the chunk holds, past a party noun and its link; round 69.)
    const token = view.tokens[chunk.heads.at(-1) ?? chunk.start];
    if (token.party === undefined) continue;
    const unit = view.template.units[token.party];
    // ("YPG units of the SDF": or the name's own unit noun after it, lower-case, right before "of"; round 97.)
    const named = endsInUnitHead(view, token.party) || stateForces.has(unit.groupId);
    if (!named && !unitNounBeforeOf(view, chunk)) continue;
    let at = chunk.end + 1;
    if (view.tokens[at]?.key === "the") at++;
    // ("the Eighth Brigade of the Russian-backed Fifth Corps": past a qualifier compound before the whole; round 85.)
    at = skipQualifierCompound(view.tokens, at);
    const whole = view.covering[at];
    if (!whole || whole.start !== at || whole.ref !== null || whole.owner || whole.groups.length !== 1) continue;
    if (whole.groups[0] === unit.groupId) continue;
    const found = { type: "member" as const, subjects: [unit.groupId], objects: whole.groups };
    readings.push(listReading(view, chunk, { ...found, frame: "unit:of", distance: at - chunk.end }, true));
  }
  return readings;
}

/** Whether the chunk ends in a lower-case unit noun (lexicon `unitHeads`: "units", "brigades") right after its name. */
function unitNounBeforeOf(view: SentenceView, chunk: Chunk): boolean {
  const last = view.tokens[chunk.end - 1];
  const name = view.tokens[chunk.end - 2];
  return last !== undefined && name?.party !== undefined && /^\p{Ll}/u.test(last.text) &&
    view.lex.unitHeads.longest(view.tokens, chunk.end - 1)?.length === 1;
}

/**
 * "With Russian air support, the Syrian Army recaptured P", "Turkish backing for the FSA", "The SDF received American
 * military aid": a party the mention layer names by what it gives (its name ends in a noun of an ally trigger of the
 * lexicon: support, backing, aid) backs the clause's subject after "with", the party after "for", "to" or "of", or the
 * subject of a light verb of receiving before it ("received", "got"). Issue 10, round 20.
 */
function supportPartyRelations(view: SentenceView): Reading[] {
  const readings: (Reading | null)[] = [];
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.groups.length !== 1 || chunk.end - chunk.start !== 1) continue;
    const token = view.tokens[chunk.start];
    if (token.party === undefined || !supportGiven(view.template.units[token.party], view.lex)) continue;
    // ("with heavy Coalition air support", "Under near-constant X air support": up to two plain words between, and
    // "under" as "with"; round 29.)
    const at = supportOpener(view, chunk.start);
    const before = view.tokens[at]?.key === "under" ? "with" : view.tokens[at]?.key;
    const after = view.tokens[chunk.end]?.key;
    // "Russia's backing of the Syrian government": the party after "for", "to" or "of" first ("fighting with US
    // support to capture P": a "to" before a verb leads to no party, and the "with" reading follows).
    let other = after === "for" || after === "to" || after === "of" ? objectAfter(view, chunk.end + 1, 3) : null;
    if (!other && before === "with" && at === 0) {
      // "With X support, Y captured P": an opening "with" goes with the first subject after it.
      other = view.chunks.find((c) => c.start >= chunk.end && c.ref === null && inSubjectPosition(view, c)) ?? null;
    } else if (!other && before === "with") {
      // ("advances by SDF forces with heavy Coalition air support": an act's agent after "by" right before "with" is
      // the side the support goes to, not the clause's subject; round 29.)
      const near = partyBeforeWith(view, at);
      const agent = near !== null && view.tokens[near.start - 1]?.key === "by" ? near : null;
      // ("the SDF, advancing since June with coalition air support": past a time phrase before "with"; round 90.)
      let dated = at;
      for (let k = at - 1; k >= Math.max(0, at - 6); k--) if (timePhraseEnd(view, k) === at) dated = k;
      const subject = subjectOf(view, dated)?.chunk;
      other = agent ?? (subject?.ref === null ? subject : null) ?? near ?? sentenceSubject(view, at + 1);
    } else if (!other && before === "by") {
      // ("the YPG, backed by Coalition air support, launched": the party an ally participle before "by" describes;
      // round 29.)
      other = describedByParticiple(view, at);
    } else if (!other) {
      const light = view.lex.lightVerbs.endingAt(view.tokens, chunk.start, 3);
      if (light) other = subjectOf(view, chunk.start - light.length)?.chunk ?? null;
    }
    if (!other || other.ref !== null || other === chunk || other.groups.includes(chunk.groups[0])) continue;
    const found = { type: "ally" as const, subjects: chunk.groups, objects: other.groups };
    readings.push(listReading(view, chunk, { ...found, frame: "support:given", distance: 0 }));
  }
  return readings.filter((r) => r !== null);
}

/**
 * Where the words before a support party at `start` open: the token of "with", "under" or "by" right before it or
 * past up to two plain lower-case words ("with heavy", "under near-constant"), else the token right before it.
 */
function supportOpener(view: SentenceView, start: number): number {
  for (let at = start - 1; at >= 0 && at >= start - 3; at--) {
    const token = view.tokens[at];
    if (token.key === "with" || token.key === "under" || token.key === "by") return at;
    if (view.covering[at] || !LOWER_FIRST.test(token.text) || view.lex.boundaries.has(token.key)) break;
  }
  return start - 1;
}

/**
 * "the YPG, backed by X air support,", "SDF fighters supported by X air cover": the party an ally verb's participle
 * before "by" (at `by`) describes, right before it or before its comma; null when none.
 */
function describedByParticiple(view: SentenceView, by: number): Chunk | null {
  const participle = by - 1;
  const ally = view.lex.triggers.at(view.tokens, participle).some(({ length, value }) =>
    length === 1 && value.participle && value.trigger.type === "ally" && value.trigger.pos === "verb"
  );
  if (!ally) return null;
  const end = view.tokens[participle - 1]?.text === "," ? participle - 1 : participle;
  const described = view.covering[end - 1];
  return described && described.end === end && described.ref === null && !described.modifier ? described : null;
}

/**
 * "where the SDF is fighting with US support": the nearest party before "with" (at `at`) in its clause, a few words
 * back, no comma or clause boundary between; null when none.
 */
function partyBeforeWith(view: SentenceView, at: number): Chunk | null {
  for (let i = at - 1; i >= 0 && at - i <= 6; i--) {
    const chunk = view.covering[i];
    if (chunk) return chunk.ref === null && !chunk.modifier ? chunk : null;
    if (view.tokens[i].text === "," || view.lex.boundaries.has(view.tokens[i].key)) return null;
  }
  return null;
}

/**
 * "al-Qaeda's Syrian branch", "the Syrian affiliate of al-Qaeda": a name the mention layer reads as one group's
 * description, holding another group's name and an affiliate role noun (a trigger of the lexicon), states the tie
 * wherever the name stands ("The Nusra Front is al-Qaeda's Syrian branch", "The army shelled al-Qaeda's Syrian
 * branch"). Not a past tie ("al-Qaeda's former Syrian affiliate": a near guard inside or right before the name).
 * Issue 10, round 19.
 */
function describedUnitRelations(view: SentenceView): Reading[] {
  const readings: (Reading | null)[] = [];
  const blocksNear = (hits: { value: { guard: { scope: string; effect: string } } }[]) =>
    hits.some((h) => h.value.guard.scope === "near" && h.value.guard.effect === "block");
  for (let i = 0; i < view.tokens.length; i++) {
    const party = view.tokens[i].party;
    if (party === undefined) continue;
    const unit = view.template.units[party];
    if (unit.nested.length !== 1 || unit.nested[0] === unit.groupId) continue;
    const words = surfaceTokens(unit.surface);
    let role: string | null = null;
    for (let k = 0; k < words.length && role === null; k++) {
      if (blocksNear(view.lex.guards.at(words, k))) break;
      for (const { value } of view.lex.triggers.at(words, k)) {
        const trigger = value.trigger;
        if (trigger.pos === "noun" && trigger.type === "affiliate" && trigger.frames.some((f) => f.form === "role")) {
          role = trigger.lemma;
        }
      }
    }
    if (role === null || words.some((_, k) => blocksNear(view.lex.guards.at(words, k)))) continue;
    if (i > 0 && blocksNear(view.guards.at[i - 1])) continue;
    const chunk = view.covering[i];
    if (!chunk) continue;
    readings.push(
      listReading(view, { ...chunk, start: i, end: i + 1 }, {
        type: "affiliate",
        subjects: [unit.groupId],
        objects: unit.nested,
        frame: `${role}:described`,
        distance: 0,
      }),
    );
  }
  return readings.filter((r) => r !== null);
}

/**
 * "the government versus the rebels", "X against Y": a party right before an opposed link (lexicon
 * `opposedLinks`) and a party right after it (one determiner between) are set against each other, a clash.
 */
function opposedRelations(view: SentenceView, covered: ReadonlySet<string>): Reading[] {
  const readings: (Reading | null)[] = [];
  for (const chunk of view.chunks) {
    if (chunk.groups.length === 0 || chunk.ref !== null || chunk.modifier || chunk.owner) continue;
    // ("Russian air strikes on ISIS positions": a name the mention layer read with its act noun, then "on".)
    const actOn = view.tokens[chunk.end]?.key === "on" && chunk.groups.length === 1 &&
      namedActAgent(view, chunk.start) !== null;
    const link = view.lex.opposedLinks.longest(view.tokens, chunk.end) ?? (actOn ? { length: 1, value: true } : null);
    if (!link) continue;
    // ("the international coalition against ISIL", "the CJTF-OIR against ISIL": the purpose after the name of a
    // coalition the texts name by its purpose (lexicon `purposeNamedWholes`) is part of how they name it, which the gold
    // sets do not read as a clash the sentence tells; round 90: 1 right and 8 wrong readings over the read and blind
    // sets.)
    if (!actOn && chunk.groups.every((g) => view.lex.purposeNamedWholes.has(g))) continue;
    let at = chunk.end + link.length;
    if (ARTICLE.test(view.tokens[at]?.key ?? "")) at++;
    const other = view.covering[at];
    // ("against the al-Qaeda breakaway X": a name modifying a noun is not the party set against.)
    if (!other || other.start !== at || other.ref !== null || other.modifier || other.groups.length === 0) continue;
    // A pair a frame of the sentence read keeps the frame's reading ("launched by X against Y").
    const objects = other.groups.filter((g) =>
      !chunk.groups.includes(g) && chunk.groups.every((s) => !covered.has([s, g].sort().join("|")))
    );
    if (objects.length === 0) continue;
    readings.push(
      listReading(view, { ...chunk, end: other.start }, {
        type: "clash",
        subjects: chunk.groups,
        objects,
        frame: actOn ? "on:list" : "against:list",
        distance: other.start - chunk.end,
      }),
    );
  }
  return readings.filter((r) => r !== null);
}

/** How far back from "against" an alliance verb may stand (tokens). */
const ALLIED_AGAINST_REACH = 8;

/**
 * "A worked together with B against C", "A and B cooperated against C", "A joined forces with B against C": the
 * parties an alliance verb (an ally trigger) joins, its subject and the parties between it and a following "against"
 * (lexicon `opposedLinks`), each stand against the party after it: a clash per pair a frame left unread. Issue 10,
 * round 21.
 */
function alliedAgainstRelations(view: SentenceView, covered: ReadonlySet<string>): Reading[] {
  const readings: (Reading | null)[] = [];
  for (let k = 1; k < view.tokens.length; k++) {
    const link = view.lex.opposedLinks.longest(view.tokens, k);
    let at = link ? k + link.length : sharedActTarget(view, k);
    if (at < 0) continue;
    if (ARTICLE.test(view.tokens[at]?.key ?? "")) at++;
    const target = view.covering[at];
    if (!target || target.start !== at || target.ref !== null || target.modifier || target.groups.length === 0) {
      continue;
    }
    const companions: string[] = [];
    let verb = -1;
    for (let i = k - 1; i >= 0 && k - i <= ALLIED_AGAINST_REACH && verb < 0; i--) {
      const chunk = view.covering[i];
      if (chunk) {
        if (chunk.ref !== null || chunk.modifier) break;
        companions.push(...chunk.groups);
        i = chunk.start;
        continue;
      }
      // (A verb of acting together: a plural frame, or the preposition of one of its frames right after it; "backing
      // rebels in their fight against Y" and "fight alongside" read no "fight ... against" so.)
      // (The verb phrase ends at `i`: "joined forces" is found at "forces".)
      for (let j = i; j >= Math.max(0, i - 2) && verb < 0; j--) {
        const allied = view.lex.triggers.at(view.tokens, j).some(({ length, value: { trigger } }) =>
          trigger.type === "ally" && trigger.pos === "verb" && j + length === i + 1 &&
          trigger.frames.some((f) => f.form === "plural" || f.prep?.includes(view.tokens[j + length]?.key ?? ""))
        );
        if (allied) verb = j;
      }
      if (verb >= 0) break;
      // Only the verb's own companions stand between: "with", "and", an article, an adverb ("backed the Syrian Army
      // in its offensive against Y" puts the offensive, not the backer, against Y).
      const key = view.tokens[i].key;
      const link = key === "with" || ARTICLE.test(key) || view.lex.listJoiners.longest(view.tokens, i) ||
        view.lex.companionLinks.longest(view.tokens, i) || key.endsWith("ly") ||
        view.lex.interposedAdverbs.has(key);
      if (!link) break;
    }
    if (verb < 0) continue;
    // ("X captured P, fighting alongside Y against Z": a participle clause's verb has the main clause's subject; round
    // 90.)
    const subject = subjectOf(view, verb) ?? participleMainSubject(view, verb);
    if (!subject || subject.chunk.ref !== null) continue;
    const actors = [...new Set([...subject.chunk.groups, ...companions])];
    const objects = target.groups.filter((g) => !actors.includes(g));
    for (const actor of actors) {
      const open = objects.filter((g) => !covered.has([actor, g].sort().join("|")));
      if (open.length === 0) continue;
      readings.push(
        listReading(view, { ...subject.chunk, end: at }, {
          type: "clash",
          subjects: [actor],
          objects: open,
          frame: "allied-against:list",
          distance: at - verb,
        }),
      );
    }
  }
  return readings.filter((r) => r !== null);
}

/**
 * Where the party stands that a hostile act after an alliance verb's companions targets ("A cooperated with B in
 * operations against C", "A coordinated with B in attacks on C", "A joined forces with B to fight C"): after "in" or
 * "to" at `k`, past a determiner or two, a clash trigger (a noun with its preposition, a gerund or a verb's base) and
 * its object, or -1. The act is the allies' together, so each of them stands against C (issue 10, round 56; "against"
 * alone since round 21).
 */
function sharedActTarget(view: SentenceView, k: number): number {
  const key = view.tokens[k].key;
  if (key !== "in" && key !== "to") return -1;
  let i = k + 1;
  while (i < k + 3 && view.lex.sharedActDeterminers.has(view.tokens[i]?.key ?? "")) i++;
  // (After "in" a noun or a gerund, after "to" a verb's base.)
  const act = view.lex.triggers.at(view.tokens, i).find(({ value: { trigger } }) =>
    trigger.type === "clash" &&
    (key === "in"
      ? trigger.pos === "noun" || view.tokens[i].key.endsWith("ing")
      : trigger.pos === "verb" && view.tokens[i].key === trigger.lemma)
  );
  if (!act) return -1;
  const after = i + act.length;
  const next = view.tokens[after]?.key ?? "";
  if (act.value.trigger.pos === "noun") {
    const preps = act.value.trigger.frames.flatMap((f) => f.prep ?? []);
    return preps.includes(next) && next !== "between" && next !== "with" ? after + 1 : -1;
  }
  // (A verb's base or its gerund: its object follows it.)
  return next === "" ? -1 : after;
}

/**
 * "killed in Syrian and Russian raids", "Syrian regime and Russian bombing on Wednesday": a list whose last name the
 * mention layer read with its hostile act noun names the act's joint agents, allies by acting together (issue 10,
 * round 15), unless a word around says they acted apart ("both", "separately", lexicon `notJoint`). Pairs a frame of
 * the sentence read keep the frame's reading.
 */
function jointActRelations(view: SentenceView, covered: ReadonlySet<string>): Reading[] {
  const readings: Reading[] = [];
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.modifier || chunk.owner || chunk.groups.length < 2) continue;
    const last = chunk.heads.at(-1)!;
    if (last !== chunk.end - 1) continue;
    const noun = heldActNoun(view, last);
    if (noun === null) continue;
    if (chunk.apart || actedApart(view, chunk.start - 6, chunk.end + 2)) continue;
    const groups = chunk.groups;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        if (covered.has([groups[i], groups[j]].sort().join("|"))) continue;
        const found = listReading(view, chunk, {
          type: "ally",
          subjects: [groups[i]],
          objects: [groups[j]],
          frame: `${noun}:joint`,
          distance: 0,
        });
        if (!found) continue;
        const features = { ...found.features, voice: "joint" as const };
        readings.push({ ...found, features, confidence: readingConfidence(0.75, features), joint: true });
      }
    }
  }
  return readings;
}

/**
 * "the FSA group Liwa Ahfad Saladin", "the HTS faction Jaish al-Ahrar": a name right before a kind noun (lexicon
 * `memberKindNouns`) and another name makes the second a member of the first. Issue 10, round 30.
 */
/**
 * "Ahrar al-Sham fought beside Jabhat al-Nusra in the Jaysh al-Fatah coalition", "A coordinated with B within the X
 * operations room": parties the sentence reads as acting together (an ally reading of its frames) whose act is placed
 * "in" or "within" a named whole (the kinds of lexicon `memberKindNouns.wholes`: a coalition, an operations room, a
 * state's forces, an international body) are its members. Every party of the reading must stand before the
 * preposition (or be one a reference stands for), and the whole be its name alone ("in the coalition's territory"
 * places the act). Issue 10, round 86.
 */
function venueMemberRelations(
  view: SentenceView,
  kinds: ReadonlyMap<string, string> | undefined,
  sentenceReadings: readonly Reading[],
): Reading[] {
  const readings: (Reading | null)[] = [];
  const allied = sentenceReadings.filter((r) => r.type === "ally");
  if (allied.length === 0) return [];
  for (const whole of view.chunks) {
    // (The name alone: "in Jaish al-Fatah's territory", "in the Jaish al-Fatah positions" place the act, no whole.)
    if (whole.ref !== null || whole.groups.length !== 1 || whole.end !== whole.start + 1) continue;
    if (!view.lex.memberWholeKinds.has(kinds?.get(whole.groups[0]) ?? "")) continue;
    let at = whole.start - 1;
    if (view.tokens[at]?.key === "the") at--;
    if (!/^(?:in|within)$/.test(view.tokens[at]?.key ?? "") || view.tokens[whole.end]?.key === "'s") continue;
    const before = new Set(view.chunks.filter((c) => c.end <= at && c.ref === null).flatMap((c) => c.groups));
    const named = new Set(view.chunks.flatMap((c) => c.groups));
    for (const r of allied) {
      const parties = [...new Set([...r.subjects, ...r.objects])];
      // (A party a reference stands for, named in no chunk of the sentence, counts as before: "it fought beside X in
      // the Y coalition".)
      const placed = (g: string) => before.has(g) || !named.has(g);
      if (parties.includes(whole.groups[0]) || !parties.every(placed)) continue;
      const found = { type: "member" as const, subjects: parties, objects: whole.groups };
      readings.push(listReading(view, whole, { ...found, frame: "venue:member", distance: whole.start - at }));
    }
  }
  return readings.filter((r) => r !== null);
}

/**
 * "The SDF, including the YPG and the Army of Revolutionaries, took the town", "Jaish al-Fatah, among them Ahrar
 * al-Sham, ...": a named coalition or operations room (lexicon `exampledWholes`) whose examples (lexicon `listExamples`)
 * follow its comma and close with a comma, a bracket or the sentence's end: each example is a member. Not after a
 * preposition nor a list tail, whose examples may be another noun's. Issue 10, round 86.
 */
function wholeExampleRelations(view: SentenceView, kinds: ReadonlyMap<string, string> | undefined): Reading[] {
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (const whole of view.chunks) {
    if (whole.ref !== null || whole.groups.length !== 1 || tokens[whole.end]?.text !== ",") continue;
    // (Not a list's tail's examples, "X and other groups, such as A"; nor a preposition's object, whose examples may
    // be the noun's before it: "groups opposed to the Syrian government, including A".)
    // (A coalition or an operations room; a state's forces only with named units as examples, since its other
    // examples may be its allies: "government forces, including the Fourth Division", not "... including Hezbollah".)
    const kind = kinds?.get(whole.groups[0]) ?? "";
    const unitsOnly = kind === "state-force";
    if (whole.others || (!view.lex.exampledWholes.has(kind) && !unitsOnly)) continue;
    const opening = ARTICLE.test(tokens[whole.start - 1]?.key ?? "") ? whole.start - 2 : whole.start - 1;
    if (view.lex.prepositions.has(tokens[opening]?.key ?? "")) continue;
    const examples = view.lex.listExamples.longest(tokens, whole.end + 1);
    if (!examples) continue;
    let at = whole.end + 1 + examples.length;
    if (ARTICLE.test(tokens[at]?.key ?? "")) at++;
    const parts = view.covering[at];
    if (!parts || parts.start !== at || parts.ref !== null || parts.modifier || parts.owner) continue;
    const close = tokens[parts.end]?.text;
    if (close !== undefined && close !== "," && close !== ")" && close !== "." && close !== ";") continue;
    const members = parts.groups.filter((g) => g !== whole.groups[0]);
    if (members.length === 0) continue;
    if (unitsOnly && !parts.heads.every((h) => endsInUnitHead(view, view.tokens[h].party))) continue;
    const found = { type: "member" as const, subjects: members, objects: whole.groups };
    readings.push(listReading(view, whole, { ...found, frame: "whole:examples", distance: at - whole.end }, true));
  }
  return readings.filter((r) => r !== null);
}

function kindNounMemberRelations(view: SentenceView, kinds: ReadonlyMap<string, string> | undefined): Reading[] {
  const readings: (Reading | null)[] = [];
  for (let i = 0; i + 2 < view.tokens.length; i++) {
    const whole = view.tokens[i].party;
    if (whole === undefined) continue;
    // ("the pro-Syrian government group X": a name inside a pro-/anti- compound is the side X takes, not its whole.)
    if (view.tokens[i - 1]?.text === "-" && /^(?:pro|anti)$/.test(view.tokens[i - 2]?.key ?? "")) continue;
    // (A whole of many groups or a state's forces: "the al-Qaeda faction Y" is an affiliate, which the role frames
    // read, not a member.)
    if (!view.lex.memberWholeKinds.has(kinds?.get(view.template.units[whole].groupId) ?? "")) continue;
    // ("the Northern Storm Brigade and other Free Syrian Army units": the names a list closes with "and other" and the
    // whole's kind noun in the plural are more of the whole's parts; round 94.)
    const wholeId = view.template.units[whole].groupId;
    if (view.tokens[i - 1]?.key === "other" && view.lex.memberKindPlurals.has(view.tokens[i + 1].key)) {
      const parts = namesBeforeOther(view, i - 1).filter((g) => g !== wholeId);
      if (parts.length > 0) {
        const found = { type: "member" as const, subjects: parts, objects: [wholeId] };
        const span = { ...view.covering[i]!, start: i - 1, end: i + 2 };
        readings.push(listReading(view, span, { ...found, frame: "kind:others", distance: 2 }));
      }
      continue;
    }
    const kind = view.lex.memberKindNouns.longest(view.tokens, i + 1);
    if (!kind) continue;
    const described = describedByKind(view, i);
    if (described) {
      const parts = described.groups.filter((g) => g !== wholeId);
      const found = { type: "member" as const, subjects: parts, objects: [wholeId] };
      if (parts.length > 0) {
        const span = { ...described, end: i + 1 + kind.length };
        readings.push(listReading(view, span, { ...found, frame: "kind:description", distance: i - described.end }));
      }
      continue;
    }
    let partAt = i + 1 + kind.length;
    // ("NATO members like Canada, France and Germany": past a phrase naming examples, every listed name; round 40.)
    const examples = view.lex.listExamples.longest(view.tokens, partAt);
    if (examples) partAt += examples.length;
    const part = view.tokens[partAt]?.party;
    if (part === undefined) continue;
    const partId = view.template.units[part].groupId;
    const chunk = view.covering[partAt];
    if (wholeId === partId || !chunk) continue;
    const parts = examples ? exampleParties(view, partAt).filter((g) => g !== wholeId) : [partId];
    const found = { type: "member" as const, subjects: parts, objects: [wholeId] };
    readings.push(
      listReading(view, { ...chunk, start: i, end: partAt + 1 }, { ...found, frame: "kind:apposition", distance: 1 }),
    );
  }
  return readings.filter((r) => r !== null);
}

/**
 * "The YPG pushed the militants back street by street with US-led coalition air strikes": a hostile act noun a party's
 * name qualifies, after an instrumental "with", in the clause of another party's hostile act (a clash trigger between
 * that party and the "with"), is the first party's support of the clause's agent: the two are allies. Issue 10,
 * round 93.
 */
function instrumentActRelations(view: SentenceView, acts: Occurrence[]): Reading[] {
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (const o of acts) {
    if (o.trigger.type !== "clash" || o.trigger.pos !== "noun") continue;
    const agent = view.covering[o.start - 1];
    if (!agent || agent.end !== o.start || agent.ref !== null || agent.modifier || agent.groups.length === 0) continue;
    const withAt = agent.start - (ARTICLE.test(tokens[agent.start - 1]?.key ?? "") ? 2 : 1);
    if (tokens[withAt]?.key !== "with") continue;
    const subject = sentenceSubject(view, withAt);
    if (!subject || subject.ref !== null || subject.groups.some((g) => agent.groups.includes(g))) continue;
    let hostile = false;
    for (let k = subject.end; k < withAt && !hostile; k++) {
      if (view.lex.boundaries.has(tokens[k].key)) break;
      hostile = view.lex.triggers.at(tokens, k).some((p) => p.value.trigger.type === "clash");
    }
    if (!hostile) continue;
    readings.push(
      listReading(view, { ...subject, end: o.end }, {
        type: "ally",
        subjects: subject.groups,
        objects: agent.groups,
        frame: `${o.trigger.lemma}:instrument`,
        distance: agent.start - subject.end,
      }),
    );
  }
  return readings.filter((r) => r !== null);
}

/** Marks that set a list apart after a whole's name and close it: a bracket, or a spaced dash. */
const ENCLOSING: Record<string, string> = { "(": ")", "-": "-" };

/**
 * "the Jaish al-Fatah coalition — Jabhat al-Nusra, Ahrar al-Sham and their allies — took the town", "the Islamic Front
 * (Ahrar al-Sham, Liwa al-Tawhid and Jaysh al-Islam)": a list of named groups set apart by brackets or spaced dashes
 * right after the name of one whole of many groups (gazetteer kinds, lexicon `memberWholeKinds`) names the whole's
 * members. Issue 10, round 93.
 */
function enclosedMemberRelations(view: SentenceView, kinds: ReadonlyMap<string, string> | undefined): Reading[] {
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (const whole of view.chunks) {
    const open = tokens[whole.end];
    const close = open && !open.glued ? ENCLOSING[open.text] : undefined;
    if (!close || whole.ref !== null || whole.modifier || whole.groups.length !== 1) continue;
    if (!view.lex.memberWholeKinds.has(kinds?.get(whole.groups[0]) ?? "")) continue;
    const from = tokens[whole.end + 1]?.key === "the" ? whole.end + 2 : whole.end + 1;
    const list = view.covering[from];
    if (!list || list.start !== from || list.ref !== null || list.modifier || tokens[list.end]?.text !== close) {
      continue;
    }
    const members = list.groups.filter((g) => g !== whole.groups[0]);
    if (members.length < 2) continue;
    readings.push(
      listReading(view, { ...whole, end: list.end }, {
        type: "member",
        subjects: members,
        objects: whole.groups,
        frame: "enclosed:list",
        distance: 1,
      }),
    );
  }
  return readings.filter((r) => r !== null);
}

/**
 * "Jaish al-Fatah, an operations room in which the Nusra Front and Ahrar al-Sham cooperated", "the SDF, within which
 * the YPG dominates": the parties a member relative (lexicon `memberRelatives`: "in which", "within which") opens,
 * right before their verb, are members of the group the relative describes: a name of one whole of many groups right
 * before it (its comma allowed; gazetteer kinds, lexicon `memberWholeKinds`), or one an unnamed whole (lexicon
 * `unnamedWholes` nouns: "an operations room", "a coalition") describes by apposition or copula. Issue 10, round 88.
 */
function relativeMemberRelations(view: SentenceView, kinds: ReadonlyMap<string, string> | undefined): Reading[] {
  if (!view.lex.memberRelatives.opensIn(view.tokens)) return [];
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const relative = view.lex.memberRelatives.longest(tokens, i);
    if (!relative) continue;
    const from = tokens[i + relative.length]?.key === "the" ? i + relative.length + 1 : i + relative.length;
    const parts = view.covering[from];
    if (
      !parts || parts.start !== from || parts.ref !== null || parts.modifier ||
      parts.groups.length === 0 || !verbish(view, parts.end)
    ) continue;
    const before = tokens[i - 1].text === "," ? i - 1 : i;
    const named = view.covering[before - 1];
    const noun = named ? null : view.lex.wholeNouns.endingAt(tokens, before, 3);
    // (A name right before the relative only where its kind is a whole of many groups: "clashes with ISIL, in which
    // the SDF ..." speaks of the clashes.)
    const whole = named !== undefined && named.end === before && named.ref === null && !named.modifier &&
      named.groups.length === 1 && view.lex.memberWholeKinds.has(kinds?.get(named.groups[0]) ?? "");
    const owner = whole ? named : noun ? describedByKind(view, before - noun.length) : null;
    if (!owner || owner.groups.length !== 1) continue;
    const members = parts.groups.filter((g) => g !== owner.groups[0]);
    if (members.length === 0) continue;
    // (The guards read the relative's verb too: "X in which Y is not part of the command".)
    const verbEnd = Math.min(parts.end + 3, tokens.length);
    readings.push(
      listReading(view, { ...parts, start: owner.start, end: verbEnd }, {
        type: "member",
        subjects: members,
        objects: owner.groups,
        frame: "relative:member",
        distance: parts.start - owner.end,
      }),
    );
  }
  return readings.filter((r) => r !== null);
}

/**
 * "X, an FSA group", "X: another FSA group" (a definition list's line), "X is an Arab Free Syrian Army group": the
 * named chunk an indefinite description ending in the whole's kind noun describes (a comma, a colon or a copula
 * between them; up to two plain words between the article and the whole's name), or a definite one that ranks it
 * (lexicon `rankingAdjectives`: "X, the largest FSA brigade"; round 94). Null otherwise. Issue 10, round 68.
 */
function describedByKind(view: SentenceView, whole: number): Chunk | null {
  const tokens = view.tokens;
  let det = whole - 1;
  while (
    det >= 0 && whole - det <= 2 && tokens[det].party === undefined && !view.covering[det] &&
    !/^(?:a|an|another|the)$/.test(tokens[det].key) && LETTERS.test(tokens[det].text)
  ) det--;
  // ("X, the largest Free Syrian Army brigade in the city": "the" with a word of rank right after it; round 94.)
  const ranked = tokens[det]?.key === "the" && (view.lex.rankingAdjectives.longest(tokens, det + 1)?.length ?? 0) > 0;
  if (!/^(?:a|an|another)$/.test(tokens[det]?.key ?? "") && !ranked) return null;
  let end = det;
  if (tokens[end - 1]?.text === "," || tokens[end - 1]?.text === ":") end--;
  else {
    const copula = view.lex.copulas.endingAt(tokens, end, 3);
    if (!copula) return null;
    end -= copula.length;
  }
  const chunk = view.covering[end - 1];
  return chunk && chunk.end === end && chunk.ref === null && chunk.groups.length > 0 && !chunk.modifier ? chunk : null;
}

/**
 * The names of a plain list that "and other" (or "or other") at `other` closes ("A, B and other FSA units"): named
 * parties joined by commas, "and" and articles, walking back to the first other word; none when "other" follows no
 * joiner.
 */
function namesBeforeOther(view: SentenceView, other: number): string[] {
  const joiner = view.tokens[other - 1]?.key;
  if (joiner !== "and" && joiner !== "or") return [];
  const groups: string[] = [];
  for (let k = other - 2; k >= 0; k--) {
    const token = view.tokens[k];
    if (token.party !== undefined) groups.unshift(view.template.units[token.party].groupId);
    else if (token.text !== "," && token.key !== "and" && token.key !== "the") break;
  }
  return [...new Set(groups)];
}

/**
 * "X left HTS in July 2017, followed by Jaish al-Ahrar in September": the named party after a comma and "followed by"
 * (closing its phrase: a comma, the sentence's end or a time phrase after it) did what the sentence's subject did, so
 * each reading of the subject's own active verbs is read again with that party as its subject. Issue 10, round 94.
 */
function followedByRelations(view: SentenceView, sentenceReadings: readonly Reading[]): Reading[] {
  const tokens = view.tokens;
  const readings: Reading[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].key !== "followed" || tokens[i + 1].key !== "by" || tokens[i - 1].text !== ",") continue;
    const at = tokens[i + 2].key === "the" ? i + 3 : i + 2;
    const chunk = view.covering[at];
    if (!chunk || chunk.start !== at || chunk.ref !== null || chunk.modifier || chunk.groups.length === 0) continue;
    const next = tokens[chunk.end];
    const closed = next === undefined || /^[,.;]$/.test(next.text) || timePhraseEnd(view, chunk.end) > chunk.end + 1;
    const subject = closed ? sentenceSubject(view, i) : null;
    if (!subject || subject.ref !== null) continue;
    for (const r of sentenceReadings) {
      if (r.features.voice !== "active" || !subject.groups.every((g) => r.subjects.includes(g))) continue;
      const objects = r.objects.filter((g) => !chunk.groups.includes(g));
      if (objects.length === 0) continue;
      readings.push({
        ...r,
        subjects: chunk.groups,
        objects,
        frame: `${r.frame.split(":")[0]}:followed`,
        joint: false,
      });
    }
  }
  return readings;
}

/**
 * The parties of a plain list opening at `at` ("Canada, France, and Germany"): names joined by commas, "and" and
 * articles, up to the first other word ("..., together with Russia" is no example of what came before).
 */
function exampleParties(view: SentenceView, at: number): string[] {
  const groups: string[] = [];
  for (let k = at; k < view.tokens.length; k++) {
    const token = view.tokens[k];
    if (token.party !== undefined) groups.push(view.template.units[token.party].groupId);
    else if (token.text !== "," && token.key !== "and" && token.key !== "the") break;
  }
  return [...new Set(groups)];
}

/**
 * "The Syriac Military Council took part in the SDF's campaign to capture Raqqa", "X joined Hezbollah's offensive": a
 * verb of taking part (lexicon `participationVerbs`) before a party's own act (a possessive owner of an act noun) makes
 * its subject that party's ally. Issue 10, round 31.
 */
function participationRelations(view: SentenceView): Reading[] {
  if (!view.lex.participationVerbs.opensIn(view.tokens)) return [];
  const readings: (Reading | null)[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const verb = view.lex.participationVerbs.longest(view.tokens, i);
    if (!verb) continue;
    let at = i + verb.length;
    if (view.tokens[at]?.key === "the") at++;
    const owner = view.covering[at];
    if (!owner || owner.start !== at || owner.ref !== null || view.tokens[owner.end]?.key !== "'s") continue;
    // ("the Syrian military's Rif Dimashq offensive": the act named by its place, up to three capitalised words that
    // name no party, round 36.)
    // ("the Syrian government's renewed Aleppo offensive": an adjective of the act may stand before its place, round
    // 68.)
    const isAct = (k: number) =>
      view.lex.triggers.at(view.tokens, k).some(({ value }) =>
        value.trigger.pos === "noun" && value.trigger.type === "clash"
      );
    let named = owner.end + 1;
    while (
      named < owner.end + 5 && !isAct(named) && LETTERS.test(view.tokens[named]?.text ?? "") &&
      !view.covering[named] && view.tokens[named].party === undefined
    ) named++;
    const act = isAct(named);
    if (!act) continue;
    const subject = subjectOf(view, i)?.chunk;
    if (!subject || subject.ref !== null || subject.groups.some((g) => owner.groups.includes(g))) continue;
    const found = { type: "ally" as const, subjects: subject.groups, objects: owner.groups };
    readings.push(
      listReading(view, { ...subject, end: owner.end }, { ...found, frame: "participation:owner", distance: at - i }),
    );
  }
  return readings.filter((r) => r !== null);
}

/**
 * "the YPG forced remaining ISIL forces in Kobani to retreat", "forcing government forces to withdraw": a causative verb
 * (lexicon `causativeVerbs`) whose object is made to retreat (lexicon `retreatInfinitives`) sets the subject against
 * the object. Up to four words of a place phrase may stand between the object and "to". Issue 10, round 39.
 */
function forcedRetreatRelations(view: SentenceView, covered: ReadonlySet<string>): Reading[] {
  if (!view.lex.causativeVerbs.opensIn(view.tokens)) return [];
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const verb = view.lex.causativeVerbs.longest(tokens, i);
    if (!verb) continue;
    const object = objectAfter(view, i + verb.length, 3);
    if (!object || object.ref !== null || object.owner) continue;
    let to = object.end;
    while (to < object.end + 5 && to < tokens.length && tokens[to].key !== "to") {
      if (view.covering[to] || view.lex.boundaries.has(tokens[to].key) || !/^[\p{L}-]+$/u.test(tokens[to].text)) break;
      to++;
    }
    const retreat = tokens[to]?.key === "to" ? view.lex.retreatInfinitives.longest(tokens, to + 1) : null;
    if (!retreat) continue;
    // ("forced Turkey to withdraw its troops", "to abandon chemical weapons": a retreat with an object of its own is a
    // concession, not a retreat under fire; only a preposition, a mark or the clause's end may follow.)
    const next = tokens[to + 1 + retreat.length];
    if (
      next && LETTER_FIRST.test(next.text) && !view.lex.prepositions.has(next.key) &&
      !view.lex.boundaries.has(next.key) && !/^(?:and|back|again)$/.test(next.key) && !next.key.endsWith("ly")
    ) continue;
    // ("ISIL advanced, forcing the YPG to withdraw": a participle after a comma has the sentence's subject.)
    const subject = subjectOf(view, i)?.chunk ?? (tokens[i - 1].text === "," ? sentenceSubject(view, i) : null);

    if (!subject || subject.ref !== null || subject.groups.some((g) => object.groups.includes(g))) continue;
    // (Pairs a frame of the sentence read keep the frame's reading: "in hours of battle forced Y to retreat".)
    if (subject.groups.every((a) => object.groups.every((b) => covered.has([a, b].sort().join("|"))))) continue;
    const found = { type: "clash" as const, subjects: subject.groups, objects: object.groups };
    readings.push(
      listReading(view, { ...subject, end: object.end }, {
        ...found,
        frame: "force:retreat",
        distance: object.start - i,
      }),
    );
  }
  return readings.filter((r) => r !== null);
}

/** Every pair of `groups` the sentence's frames left alone, as allies acting together, read over `chunk`. */
function jointAllies(
  view: SentenceView,
  chunk: Chunk,
  groups: readonly string[],
  covered: ReadonlySet<string>,
  frame: string,
): Reading[] {
  const readings: Reading[] = [];
  for (let a = 0; a < groups.length; a++) {
    for (let b = a + 1; b < groups.length; b++) {
      if (covered.has([groups[a], groups[b]].sort().join("|"))) continue;
      const found = { type: "ally" as const, subjects: [groups[a]], objects: [groups[b]], frame, distance: 0 };
      const reading = listReading(view, chunk, found);
      if (reading) readings.push({ ...reading, joint: true });
    }
  }
  return readings;
}

/** Modals, negation and adverbs that may stand before a verb beside its finite auxiliaries ("did not", "could"). */
const MODAL_OR_NEGATION = /^(?:could|can|may|might|not|n't|never|also|still)$/;

/**
 * "YPG and FSA forces entered Ayn Issa", "heavy fighting with HTS and TIP forces": two or three names coordinated
 * before one plural noun of a fighting force they share (lexicon `sharedForceNouns`) name one force, so they are allies,
 * pair by pair; not after "between" or "among" (two sides) nor "of" ("the positions of Syrian, Turkish and SDF forces"
 * names whose positions, not one force). Issue 10, round 90.
 */
function sharedForceRelations(
  view: SentenceView,
  covered: ReadonlySet<string>,
  stateForces: ReadonlySet<string>,
): Reading[] {
  const readings: Reading[] = [];
  const tokens = view.tokens;
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.modifier || chunk.groups.length < 2 || chunk.heads.length > 3) continue;
    const last = chunk.heads.at(-1)!;
    const noun = view.lex.sharedForceNouns.longest(tokens, last + 1);
    if (!noun) continue;
    // (Only names joined by commas, "and" and articles, each with no noun of its own: one noun for all.)
    const plain = chunk.heads.slice(1).every((head, k) =>
      tokens.slice(chunk.heads[k] + 1, head).every((t) => t.text === "," || t.key === "and" || t.key === "the")
    );
    const beforeAt = wordBeforePhrase(view, chunk.heads[0]);
    const before = tokens[beforeAt]?.key ?? "";
    if (!plain || before === "between" || before === "among" || before === "of") continue;
    // (Only a force that acts: the subject of an active verb, or the side a hostile act is "with" or "against"
    // ("fighting with HTS and TIP forces"); not people harmed, "ISIL and Nusra militants had been killed".)
    const end = last + 1 + noun.length;
    const adverb = (k: number) =>
      /ly$/.test(tokens[k]?.key ?? "") || view.lex.interposedAdverbs.has(tokens[k]?.key ?? "");
    let verb = end;
    while (verb < end + 3 && adverb(verb)) verb++;
    let participle = verb + 1;
    while (participle < verb + 4 && adverb(participle)) participle++;
    const passive = (/^(?:is|are|was|were|been|be|being|had|has|have)$/.test(tokens[verb]?.key ?? "") &&
      /(?:ed|en)$/.test(tokens[participle]?.key ?? "")) ||
      (/^(?:had|has|have)$/.test(tokens[verb]?.key ?? "") && tokens[participle]?.key === "been") ||
      // (A headline's passive without its auxiliary: "FSA and Nusra fighters pushed from town".)
      (/ed$/.test(tokens[verb]?.key ?? "") && /^(?:from|by|out)$/.test(tokens[verb + 1]?.key ?? ""));
    const acting = inSubjectPosition(view, chunk) && !passive && verbish(view, verb);
    const opposed = (before === "with" || before === "against") &&
      [1, 2, 3].some((n) =>
        view.lex.triggers.at(tokens, beforeAt - n).some((p) => p.length === n && p.value.trigger.type === "clash")
      );
    if (!acting && !opposed) continue;
    const groups = [...new Set(chunk.heads.map((head) => groupAt(view, head, chunk)))];
    // (Units of one state's forces are its parts, no allies of each other: "4th Armoured Division, Tiger Forces and
    // Republican Guard units".)
    if (groups.length < 2 || groups.every((g) => stateForces.has(g))) continue;
    // (The guards read on through the verb's auxiliaries and negation: "NDF and YPG units did not coordinate"; round
    // 92.)
    let through = verb;
    while (
      through < verb + 4 &&
      (FINITE_AUXILIARIES.has(tokens[through]?.key ?? "") || MODAL_OR_NEGATION.test(tokens[through]?.key ?? ""))
    ) through++;
    const span = acting ? through + 1 : end;
    readings.push(...jointAllies(view, { ...chunk, end: span }, groups, covered, "shared:force"));
  }
  return readings;
}

/**
 * "the regime retook Palmyra from ISIL, with Hizballah and Iranian-backed militias doing much of the fighting", "X took
 * the town with US special forces advising", "with Russian aircraft overhead": an absolute "with" phrase after the
 * clause (a comma, or "and", before "with") whose names a predicate of taking part follows (lexicon
 * `companionPredicates`) sets those names beside the sentence's subject: allies, pair by pair a frame left unread; not
 * "with ISIS holding the east" (no such predicate). Issue 10, round 91.
 */
function absoluteCompanionRelations(view: SentenceView, covered: ReadonlySet<string>): Reading[] {
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].key !== "with") continue;
    const before = tokens[k - 1].key === "and" ? k - 2 : k - 1;
    if (tokens[before]?.text !== ",") continue;
    let at = k + 1;
    while (ARTICLE.test(tokens[at]?.key ?? "")) at++;
    const companion = view.covering[at];
    if (!companion || companion.start !== at || companion.ref !== null || companion.modifier) continue;
    const predicate = view.lex.companionPredicates.longest(tokens, companion.end);
    // ("The Syrian army, with Russian planes, attacked Y", "The SDF, with coalition air strikes on their side,
    // recaptured P": a "with" phrase set between a subject and its verb by commas is a companion in the subject's act,
    // as ", along with Y," is; round 92.)
    const interposed = interposedWithSubject(view, k, companion.end + (predicate?.length ?? 0));
    if (!predicate && !interposed) continue;
    const subject = interposed ?? sentenceSubject(view, k);
    if (!subject || subject.ref !== null) continue;
    for (const actor of subject.groups) {
      const open = companion.groups.filter((g) => g !== actor && !covered.has([actor, g].sort().join("|")));
      if (open.length === 0) continue;
      readings.push(
        listReading(view, { ...subject, end: companion.end }, {
          type: "ally",
          subjects: [actor],
          objects: open,
          frame: interposed ? "companion:list" : "with:companion",
          distance: at - subject.end,
        }),
      );
    }
  }
  return readings.filter((r) => r !== null);
}

/**
 * The subject a "with" phrase at `k` stands after, set off by commas before its verb ("The Syrian army, with Russian
 * planes, attacked Y"): a named party in subject position ending right before the comma before `k`, and a comma at
 * `end` with a verb right after it (past adverbs); else null.
 */
function interposedWithSubject(view: SentenceView, k: number, end: number): Chunk | null {
  const tokens = view.tokens;
  if (tokens[k - 1]?.text !== "," || tokens[end]?.text !== ",") return null;
  const subject = view.covering[k - 2];
  if (!subject || subject.end !== k - 1 || subject.ref !== null || subject.modifier) return null;
  if (!inSubjectPosition(view, subject)) return null;
  let verb = end + 1;
  while (LY_ADVERB.test(tokens[verb]?.text ?? "")) verb++;
  return verbish(view, verb) && !view.covering[verb] ? subject : null;
}

/**
 * "the stretch from Mayadin to Albu Kamal is held by government forces and Iranian-backed militias", "a checkpoint
 * manned by A and B", "under the control of A and B": names joined by "and" (and commas) alone right after a link of
 * holding a place (lexicon `jointHoldingLinks`) hold it together, so they are allies, pair by pair; not units of one
 * state's forces, and not where "respectively" splits the holding. Issue 10, round 91.
 */
function jointHolderRelations(
  view: SentenceView,
  covered: ReadonlySet<string>,
  stateForces: ReadonlySet<string>,
): Reading[] {
  const readings: Reading[] = [];
  const tokens = view.tokens;
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.modifier || chunk.heads.length > 4) continue;
    // ("held by Kata'ib Hezbollah alongside the Quds Force": a companion after a link of lexicon `companionLinks`
    // holds the place with the name before it; round 92.)
    const companion = chunk.groups.length === 1 ? linkedCompanion(view, chunk.end) : null;
    if (chunk.groups.length < 2 && !companion) continue;
    let start = chunk.start;
    while (ARTICLE.test(tokens[start - 1]?.key ?? "")) start--;
    if (
      !view.lex.jointHoldingLinks.endingAt(tokens, start, 5) && !(chunk.groups.length >= 2 && holdsPlace(view, chunk))
    ) {
      continue;
    }
    // (Alternatives are no joint holding: "held by A or B".)
    const end = companion?.end ?? chunk.end;
    if (actedSeverally(tokens, chunk, end, end + 3)) continue;
    const groups = companion
      ? [...new Set([...chunk.groups, ...companion.groups])]
      : [...new Set(chunk.heads.map((head) => groupAt(view, head, chunk)))];
    if (groups.length < 2 || groups.every((g) => stateForces.has(g))) continue;
    readings.push(...jointAllies(view, { ...chunk, end }, groups, covered, "held:jointly"));
  }
  return readings;
}

/**
 * "A and B jointly man checkpoints", "A and B, who together run the crossing", "A and B opened a corridor together", "a
 * corridor opened by A and B fighters together": an adverb of lexicon `jointAdverbs` makes a list of parties one actor
 * in its verb's act, whatever the verb, so they are allies, pair by pair; not "together with" (a companion link), not
 * after a verb of `jointAdverbs.nonActs` ("together account for"), not in a passive ("were killed together": victims),
 * not where a word of `notJoint` or "respectively" sets them apart, and not units of one state's forces. Issue 10,
 * round 96.
 */
function jointAdverbRelations(
  view: SentenceView,
  covered: ReadonlySet<string>,
  stateForces: ReadonlySet<string>,
): Reading[] {
  const readings: Reading[] = [];
  const tokens = view.tokens;
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.modifier || chunk.apart || chunk.heads.length > 5) continue;
    const groups = [...new Set(chunk.heads.map((head) => groupAt(view, head, chunk)))];
    if (groups.length < 2 || groups.every((g) => stateForces.has(g))) continue;
    const end = jointAdverbEnd(view, chunk);
    if (end < 0 || actedApart(view, chunk.start - 6, end + 2) || actedSeverally(tokens, chunk, chunk.end, end + 3)) {
      continue;
    }
    readings.push(...jointAllies(view, { ...chunk, end }, groups, covered, "act:jointly"));
  }
  return readings;
}

/**
 * The end of the joint adverb that makes `chunk` one actor (see jointAdverbRelations), or -1: right after the list
 * ("by A and B together"), after its relative pronoun and auxiliaries before a verb ("A and B, who together run",
 * "A and B have jointly launched"), or closing the clause of the verb the list is the subject of ("A and B opened a
 * corridor together").
 */
function jointAdverbEnd(view: SentenceView, chunk: Chunk): number {
  const tokens = view.tokens;
  const adverbAt = (at: number) => {
    const adverb = view.lex.jointAdverbs.longest(tokens, at);
    if (adverb) return tokens[at + adverb.length]?.key !== "with" ? at + adverb.length : -1;
    return jointAdjectiveEnd(at);
  };
  // ("issued a joint statement", "in a joint statement": an adjective of lexicon `jointAdverbs.adjectives` before a
  // plain noun; not before a name's hyphenated chain, "a joint Russian-Turkish proposal"; round 98.)
  const jointAdjectiveEnd = (at: number) =>
    view.lex.jointAdjectives.has(tokens[at]?.key ?? "") && LOWER_WORD.test(tokens[at + 1]?.text ?? "") &&
      !view.covering[at + 1] && tokens[at + 2]?.text !== "-"
      ? at + 2
      : -1;
  // An act, not a passive's participle nor a verb of counting: past auxiliaries, the verb at `at`.
  const act = (at: number) => {
    let passive = false;
    for (; FINITE_AUXILIARIES.has(tokens[at]?.key ?? "") || view.lex.modals.has(tokens[at]?.key ?? ""); at++) {
      passive ||= /^(?:is|are|was|were|be|been|being)$/.test(tokens[at].key);
    }
    const token = tokens[at];
    return token !== undefined && LOWER_WORD.test(token.text) && !view.covering[at] &&
      !view.lex.jointNonActs.has(token.key) && !view.lex.prepositions.has(token.key) &&
      !(passive && /(?:ed|en)$/.test(token.key));
  };
  let k = chunk.end;
  const by = wordBeforePhrase(view, chunk.start);
  if (by >= 0 && tokens[by].key === "by") {
    // ("a joint statement by A, B and C": the act's adjective right before "by"; round 98.)
    return jointAdjectiveEnd(by - 2) === by ? chunk.end : adverbAt(k);
  }
  if (tokens[k]?.text === "," && view.lex.relativePronouns.has(tokens[k + 1]?.key ?? "")) k += 2;
  else if (view.lex.relativePronouns.has(tokens[k]?.key ?? "")) k++;
  else if (!inSubjectPosition(view, chunk)) return -1;
  const verb = k;
  while (FINITE_AUXILIARIES.has(tokens[k]?.key ?? "") || view.lex.modals.has(tokens[k]?.key ?? "")) k++;
  const before = adverbAt(k);
  if (before >= 0) return act(before) ? before : -1;
  if (!verbish(view, k) || !act(verb)) return -1;
  for (let i = k + 1; i < tokens.length && i - k <= 15; i++) {
    const token = tokens[i];
    if (/^[,;:.]$/.test(token.text) || view.lex.boundaries.has(token.key)) break;
    if (view.lex.relativePronouns.has(token.key)) break;
    const after = adverbAt(i);
    if (after >= 0) return after;
  }
  return -1;
}

/**
 * Whether a list names alternatives ("A or B", "neither A nor B") or acts severally ("respectively" in [from, to)): no
 * pair of it acted together.
 */
function actedSeverally(tokens: readonly Token[], chunk: Chunk, from: number, to: number): boolean {
  return tokens.slice(chunk.heads[0], chunk.end).some((t) => t.key === "or" || t.key === "nor") ||
    tokens.slice(from, to).some((t) => t.key === "respectively");
}

/** Words that may stand between a holding subject and its verb ("have long held", "still control"). */
const HOLDING_AUXILIARIES = new Set([
  "have",
  "has",
  "had",
  "still",
  "long",
  "jointly",
  "together",
  "now",
  "then",
  "continue",
  "continues",
  "continued",
  "to",
]);

/** How far past a holding verb the noun of captives it holds may stand ("hold more than 200 civilians, mostly ..."). */
const CAPTIVES_REACH = 12;

/**
 * "A and B held Tabqa", "the zone around al-Tanf that A and B have held": the list `chunk` is the subject of a verb of
 * lexicon `jointHoldingVerbs` (past auxiliaries) whose object is a place (a word of a place's name no party covers, or a
 * head of lexicon `placeNouns`, past "the" and "most of") or people it holds as captives, or stands after "that" or
 * "which" right after such a place; "held talks" holds none.
 */
function holdsPlace(view: SentenceView, chunk: Chunk): boolean {
  const tokens = view.tokens;
  let k = chunk.end;
  while (HOLDING_AUXILIARIES.has(tokens[k]?.key ?? "")) k++;
  if (!view.lex.jointHoldingVerbs.has(tokens[k]?.key ?? "")) return false;
  const place = (at: number) =>
    tokens[at] !== undefined && !view.covering[at] && tokens[at].party === undefined &&
    (PLACE_WORD.test(tokens[at].text) || view.lex.placeNouns.longest(tokens, at) !== null);
  let before = chunk.start - 1;
  while (ARTICLE.test(tokens[before]?.key ?? "")) before--;
  if (tokens[before]?.key === "that" || tokens[before]?.key === "which") return place(before - 1);
  if (!inSubjectPosition(view, chunk)) return false;
  let object = k + 1;
  if (/^(?:most|much|parts?|all)$/.test(tokens[object]?.key ?? "") && tokens[object + 1]?.key === "of") object += 2;
  while (ARTICLE.test(tokens[object]?.key ?? "")) object++;
  if (place(object)) return true;
  // ("continue to hold more than 200 civilians, mostly women and children, as hostages": captives, lexicon
  // `jointHoldingVerbs.captives`, before the clause ends.)
  // (After "as", or the object itself: "held 30 prisoners"; not a word inside another noun phrase, "held talks with
  // prisoners' families".)
  if (view.lex.jointCaptives.has(tokens[object]?.key ?? "")) return true;
  for (let i = object; i < object + CAPTIVES_REACH && i < tokens.length; i++) {
    if (tokens[i].key === "as") return view.lex.jointCaptives.has(tokens[i + 1]?.key ?? "");
    if (view.covering[i] || view.lex.boundaries.has(tokens[i].key)) return false;
  }
  return false;
}

/** The named party right after a companion link at `at` ("alongside the Quds Force"), past articles; else null. */
function linkedCompanion(view: SentenceView, at: number): Chunk | null {
  const link = view.lex.companionLinks.longest(view.tokens, at);
  if (!link) return null;
  let k = at + link.length;
  while (ARTICLE.test(view.tokens[k]?.key ?? "")) k++;
  const companion = view.covering[k];
  return companion && companion.start === k && companion.ref === null && !companion.modifier ? companion : null;
}

/**
 * "a joint ISIL-Nusra force", "a combined SDF-U.S. contingent": names joined by hyphens right after a word of acting
 * together (lexicon `jointCompoundOpeners`) are allies, pair by pair. Issue 10, round 39.
 */
function jointCompoundRelations(view: SentenceView, covered: ReadonlySet<string>): Reading[] {
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  // ("a joint Turkish/Russian patrol": after an opener a slash joins the names as a hyphen does; "YPG/SDF forces",
  // "US/NATO forces" name one force by two names.)
  const joinAt = (k: number, opened: boolean) =>
    (tokens[k]?.text === "-" || (opened && tokens[k]?.text === "/")) && tokens[k].glued &&
    tokens[k + 1]?.glued === true;
  const hyphenAt = (k: number) => joinAt(k, false);
  for (let i = 0; i + 3 < tokens.length; i++) {
    // ("Russian-Turkish joint patrols", "US-Turkish ground patrols": a chain of names with no opener, right before an
    // act noun or a party noun, acts as one all the same; round 70.)
    const opened = view.lex.jointCompoundOpeners.has(tokens[i].key);
    const first = opened ? i + 1 : i;
    if (tokens[first]?.party === undefined || (!opened && (hyphenAt(i - 1) || !hyphenAt(i + 1)))) continue;
    const parties = [tokens[first].party!];
    let end = first + 1;
    while (joinAt(end, opened) && tokens[end + 1]?.party !== undefined) {
      parties.push(tokens[end + 1].party!);
      end += 2;
    }
    const chunk = view.covering[first];
    const groups = [...new Set(parties.map((k) => view.template.units[k].groupId))];
    // ("the Russian-Syrian forces conducted": the chain's last name holds the force noun itself; round 76.)
    if (groups.length < 2 || !chunk || (!opened && !chainActs(view.tokens, end, view.template.units, view.lex))) {
      continue;
    }
    // The guards also read a modal right after the compound's noun ("joint A-B patrols would be held": a plan; round
    // 49). Not the words before it: a joint force stays one whatever its act ("an attempted invasion by a joint A-B
    // force").
    let to = end;
    while (
      to < tokens.length && to - end < 4 && LOWER_WORD.test(tokens[to].text) && !view.lex.modals.has(tokens[to].key)
    ) {
      to++;
    }
    if (view.lex.modals.has(tokens[to]?.key ?? "")) to++;
    readings.push(...jointAllies(view, { ...chunk, start: i, end: to }, groups, covered, "joint:compound"));
  }
  return readings.filter((r) => r !== null);
}

/**
 * "The Manbij offensive has included A, B and C", "The operation involved Turkish troops and the FSA": an act of one
 * side (a joint clash trigger noun with no "between" frame) as the subject of a verb naming its participants (lexicon
 * `actParticipantLinks`) makes the listed parties allies, acting together, also past what they send ("involved aircraft
 * from A and B", lexicon `actParticipantNouns`, round 42). Issue 10, round 39. The act's owner, a name right before its
 * noun or a possessive ("A Syrian Army counter-offensive that included A and B", "Hezbollah's offensive involved A"),
 * takes part in it too, and a relative pronoun may stand between the noun and the verb (round 46).
 */
function actParticipantRelations(view: SentenceView, covered: ReadonlySet<string>): Reading[] {
  if (!view.lex.actParticipantLinks.opensIn(view.tokens)) return [];
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const link = view.lex.actParticipantLinks.longest(tokens, i);
    if (!link) continue;
    const act = oneSidedActBefore(view, i);
    if (!act) continue;
    let at = i + link.length;
    if (tokens[at]?.key === "the") at++;
    // ("involved aircraft from A and B": past what the participants send, round 42.)
    const sent = view.covering[at] ? null : view.lex.actParticipantNouns.longest(tokens, at);
    if (sent && /^(?:from|of)$/.test(tokens[at + sent.length]?.key ?? "")) {
      at += sent.length + 1;
      if (tokens[at]?.key === "the") at++;
    }
    const list = view.covering[at];
    if (!list || list.start !== at || list.ref !== null || list.owner) continue;
    const owner = actOwner(view, act.start);
    const groups = [...new Set([...(owner?.groups ?? []), ...list.groups])];
    if (groups.length < 2) continue;
    const chunk = owner ? { ...list, start: owner.start } : list;
    readings.push(...jointAllies(view, chunk, groups, covered, `${act.trigger.lemma}:participants`));
  }
  return readings.filter((r) => r !== null);
}

/** The name owning the act noun at `start`: right before it ("a Syrian Army offensive") or possessive ("X's"). */
function actOwner(view: SentenceView, start: number): Chunk | null {
  const possessive = view.tokens[start - 1]?.key === "'s";
  const owner = view.covering[possessive ? start - 2 : start - 1];
  if (!owner || owner.end !== (possessive ? start - 1 : start) || owner.ref !== null) return null;
  return owner.groups.length > 0 && owner.allies.length === 0 ? owner : null;
}

/**
 * "an alliance of A and B", "a ground force composed of A, B and C", "an international coalition, primarily composed
 * of A and B": an unnamed whole (lexicon `unnamedWholes`) made of a list of groups makes them allies. A whole set off
 * after a name or a copula ("X, a coalition of A and B", "X is an alliance of ...") describes that name: the role
 * frames read it.
 */
function wholeRelations(view: SentenceView): Reading[] {
  if (!view.lex.wholeNouns.opensIn(view.tokens)) return [];
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const noun = view.lex.wholeNouns.longest(tokens, i);
    // ("the coalition of A and B attacked": the definite noun the chunker took for a reference opens the whole too;
    // round 71.)
    const covered = view.covering[i];
    if (!noun || (covered && !(covered.ref === "singular" && covered.end === i + noun.length))) continue;
    let at = i + noun.length;
    // (", primarily composed of": an adverb and a comma may stand before the link.)
    if (tokens[at]?.text === ",") at++;
    if (/ly$/.test(tokens[at]?.key ?? "")) at++;
    const link = view.lex.wholeLinks.longest(tokens, at);
    if (!link) continue;
    at += link.length;
    if (tokens[at]?.key === "the") at++;
    const list = view.covering[at];
    if (!list || list.start !== at || list.ref !== null || list.groups.length < 2 || list.groups.length > 5) continue;
    // The determiner before the noun, past up to three modifiers ("a new joint", "an international").
    let det = i - 1;
    while (det > 0 && i - det <= 3 && !ARTICLE.test(tokens[det].key)) {
      if (view.covering[det] || !/^[\p{Ll}-]/u.test(tokens[det].text)) break;
      det--;
    }
    if (!ARTICLE.test(tokens[det]?.key ?? "")) continue;
    const before = tokens[det - 1];
    const named = view.covering[det - 2];
    if (before && /^[,(–—-]$/.test(before.text) && named && named.groups.length > 0) continue;
    if (view.lex.copulas.endingAt(tokens, det, 3)) continue;
    const [first, ...rest] = list.groups;
    readings.push(
      listReading(view, { ...list, start: det }, {
        type: "ally",
        subjects: [first],
        objects: rest,
        frame: "composition:list",
        distance: list.start - i,
      }),
    );
    for (let k = 0; k < rest.length - 1; k++) {
      readings.push(
        listReading(view, { ...list, start: det }, {
          type: "ally",
          subjects: [rest[k]],
          objects: rest.slice(k + 1),
          frame: "composition:list",
          distance: list.start - i,
        }),
      );
    }
  }
  return readings.filter((r) => r !== null);
}

/**
 * "X was created on 28 January 2017 by the merger of A with B": the one group a passive of founding (a form of "be",
 * the participle, up to six words of time, "by" and an article) describes, for the act noun at `noun`; else null.
 */
function foundedBy(view: SentenceView, noun: number): Chunk | null {
  const tokens = view.tokens;
  let k = noun - 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.key ?? "")) k--;
  if (tokens[k]?.key !== "by") return null;
  k--;
  for (let n = 0; n < 6 && k > 1 && !FOUNDED.test(tokens[k].key); n++, k--) {
    if (view.covering[k] || !/^[\p{L}\p{N}]/u.test(tokens[k].text) || view.lex.boundaries.has(tokens[k].key)) {
      return null;
    }
  }
  if (!FOUNDED.test(tokens[k]?.key ?? "") || !/^(?:is|was|were|been)$/.test(tokens[k - 1]?.key ?? "")) {
    return null;
  }
  const result = view.covering[k - 2];
  return result && result.end === k - 1 && result.ref === null && !result.modifier && result.groups.length === 1
    ? result
    : null;
}

/**
 * "A and B announced a merger which established C", "the merger of A and B created C": a merger noun (lexicon
 * `mergerResults`) whose participants are listed after "of", "between" or "among", or are the subject of the light
 * verb before it, and whose result is the one name after a result link: each participant merged into the result.
 * Issue 10, round 76.
 */
function mergerResultRelations(view: SentenceView): Reading[] {
  if (!view.lex.mergerNouns.opensIn(view.tokens)) return [];
  const readings: (Reading | null)[] = [];
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const noun = view.lex.mergerNouns.longest(tokens, i);
    if (!noun || view.covering[i]) continue;
    let at = i + noun.length;
    let participants: Chunk | null = null;
    if (/^(?:of|between|among)$/.test(tokens[at]?.key ?? "")) {
      const listAt = tokens[at + 1]?.key === "the" ? at + 2 : at + 1;
      const list = view.covering[listAt];
      if (list && list.start === listAt && list.ref === null && list.groups.length >= 2) {
        participants = list;
        at = list.end;
      }
      // ("the merger of JFS with Jabhat Ansar al-Din and several smaller factions": one participant after "of", the
      // others after "with"; round 93.)
      const withAt = list && list.start === listAt && list.ref === null && list.groups.length === 1 ? list.end : -1;
      const others = tokens[withAt]?.key === "with"
        ? view.covering[tokens[withAt + 1]?.key === "the" ? withAt + 2 : withAt + 1]
        : undefined;
      if (list && others && others.ref === null && !others.modifier && others.groups.length > 0) {
        participants = { ...list, end: others.end, groups: [...new Set([...list.groups, ...others.groups])] };
        at = others.end;
      }
    }
    const subject = participants ? null : lightVerbSubject(view, i)?.chunk;
    if (subject && subject.ref === null && subject.groups.length >= 2) participants = subject;
    // ("X announced a merger with A, B and C into Y": the light verb's subject and the groups after "with"; round 88.)
    if (!participants && subject && subject.ref === null && tokens[at]?.key === "with") {
      const listAt = tokens[at + 1]?.key === "the" ? at + 2 : at + 1;
      const list = view.covering[listAt];
      if (list && list.start === listAt && list.ref === null && !list.modifier && list.groups.length > 0) {
        participants = { ...list, start: subject.start, groups: [...new Set([...subject.groups, ...list.groups])] };
        at = list.end;
      }
    }
    if (!participants) continue;
    if (tokens[at]?.text === ",") at++;
    const link = view.lex.mergerLinks.longest(tokens, at);
    const resultAt = !link ? -1 : tokens[at + link.length]?.key === "the" ? at + link.length + 1 : at + link.length;
    // ("HTS was created on 28 January 2017 by the merger of A with B": or the result a passive of founding names before
    // the noun's "by"; round 93.)
    const result = link ? view.covering[resultAt] : foundedBy(view, i);
    if (!link && !result) continue;
    if (!result || (link && result.start !== resultAt) || result.ref !== null || result.groups.length !== 1) continue;
    const merged = participants.groups.filter((g) => g !== result.groups[0]);
    if (merged.length === 0) continue;
    // (The guards read the noun's own words before it too: "talks on a merger of A and B into C", "a planned merger".)
    let from = i;
    while (from > 0 && i - from < 4 && /^[a-z]+$/.test(tokens[from - 1].key) && !view.covering[from - 1]) from--;
    const span = { ...participants, start: Math.min(participants.start, from), end: i };
    readings.push(
      listReading(view, span, {
        type: "merger",
        subjects: merged,
        objects: result.groups,
        frame: "merger:result",
        distance: resultAt - i,
      }),
    );
  }
  return readings.filter((r) => r !== null);
}

/** The groups of the names a chunk holds between tokens [from, to). */
function namesIn(view: SentenceView, chunk: Chunk, from: number, to: number): string[] {
  const groups = chunk.heads.filter((h) => h >= from && h < to).map((h) => {
    const token = view.tokens[h];
    return token.party !== undefined ? view.template.units[token.party].groupId : null;
  });
  return [...new Set(groups.filter((g) => g !== null))];
}

/**
 * Whether the "by" at `by` closes a passive ("was captured ... by") within twelve tokens whose subject is no party:
 * a place or thing the act was done to ("The town was captured on 13 May by"), not people ("fighters were killed by").
 */
function passiveOfThing(view: SentenceView, by: number): boolean {
  for (let k = by - 1; k >= 0 && k >= by - 12; k--) {
    const token = view.tokens[k];
    // ("Tal Abyad was taken from IS by X together with Y": the party a "from" phrase names is whom the place was taken
    // from, not what the act was done to; round 93.)
    const source = token.party !== undefined ? view.covering[k] : undefined;
    if (source && view.tokens[source.start - (view.tokens[source.start - 1]?.key === "the" ? 2 : 1)]?.key === "from") {
      k = source.start;
      continue;
    }
    if (view.lex.boundaries.has(token.key) || token.party !== undefined) return false;
    if (!/^(?:is|are|was|were|been|being)$/.test(token.key)) continue;
    let next = k + 1;
    while (view.tokens[next]?.key.endsWith("ly")) next++;
    if (!/(?:ed|en)$/.test(view.tokens[next]?.key ?? "")) return false;
    let at = k;
    while (at > 0 && /^(?:has|have|had)$/.test(view.tokens[at - 1].key)) at--;
    const patient = view.tokens[at - 1];
    return at > 0 && !view.covering[at - 1] && patient.party === undefined &&
      !view.lex.clauseBystanders.longest(view.tokens, at - 1) && !view.lex.targetPeople.has(patient.key) &&
      !view.lex.memberPeople.longest(view.tokens, at - 1);
  }
  return false;
}

/**
 * "Alongside the army's Tiger Forces you had Liwa al-Quds", "Beside the YPG there were the Shammar's Sanadid Forces": a
 * companion link opening the sentence, its named companion, then a phrase of being or having (lexicon
 * `existentialLinks`) and a named party: the party presented acts beside the companion, an alliance. Round 85.
 */
function existentialCompanions(view: SentenceView): Reading[] {
  const link = view.lex.companionLinks.longest(view.tokens, 0);
  if (!link) return [];
  const companion = objectAfter(view, link.length, 3);
  if (!companion || companion.ref !== null || companion.modifier) return [];
  let at = view.tokens[companion.end]?.text === "," ? companion.end + 1 : companion.end;
  const presented = view.lex.existentialLinks.longest(view.tokens, at);
  if (!presented) return [];
  at += presented.length;
  while (/^(?:the|a|an)$/.test(view.tokens[at]?.key ?? "")) at++;
  const party = view.covering[at];
  if (!party || party.start !== at || party.ref !== null || party.modifier) return [];
  const subjects = party.groups.filter((g) => !companion.groups.includes(g));
  if (subjects.length === 0) return [];
  const found = { type: "ally" as const, subjects, objects: companion.groups, distance: party.start - companion.end };
  const reading = listReading(view, { ...party, start: 0 }, { ...found, frame: "companion:existential" });
  return reading ? [reading] : [];
}

/**
 * The name an apposition ending at the comma `comma` describes (", the al-Qaeda affiliate,": up to five words after
 * the comma before it, opened by an article, no verb, preposition or boundary among them): its chunk, else undefined.
 */
function apposedHost(view: SentenceView, comma: number): Chunk | undefined {
  let k = comma - 1;
  for (let n = 0; n < 5 && k > 0 && view.tokens[k].text !== ","; n++, k--) {
    const token = view.tokens[k];
    // (A role noun is no verb here: "the al-Qaeda affiliate".)
    const verb = verbish(view, k) && !view.lex.roleNouns.longest(view.tokens, k);
    if (verb || view.lex.prepositions.has(token.key) || view.lex.boundaries.has(token.key)) return undefined;
  }
  if (view.tokens[k]?.text !== "," || !ARTICLE.test(view.tokens[k + 1]?.key ?? "")) return undefined;
  const host = view.covering[k - 1];
  return host && host.end === k && host.ref === null && !host.modifier ? host : undefined;
}

/**
 * "The Syrian Army, alongside Hezbollah, captured Qusayr", "X captured P together with Y": a companion link sets Y
 * beside the party before it (or, past a non-party, beside the sentence's subject); in a sentence that tells a joint
 * act (a trigger marked `joint`), the two acted together and are allies.
 */
function companionRelations(view: SentenceView, occurrences: Occurrence[]): Reading[] {
  if (!occurrences.some((o) => o.trigger.joint) || !view.lex.companionLinks.opensIn(view.tokens)) return [];
  const readings: (Reading | null)[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const link = view.lex.companionLinks.longest(view.tokens, i);
    if (!link) continue;
    const list = view.covering[i];
    // ("HTS toppled the government together with the SNA": a list a verb takes as its object right after it is no
    // actor; the names after the link are the companions of the clause's subject; round 90.)
    const governed = list !== undefined && list.ref === null && verbObjectPhrase(view, list.start);
    // "X, together with Y,": a joiner the chunker read into one list; its names before and after the link.
    const [head, companion] = list && list.ref === null && !governed
      ? [{ ...list, groups: namesIn(view, list, 0, i) }, { ...list, groups: namesIn(view, list, i, list.end) }]
      : governed
      ? [null, { ...list, start: i + link.length, groups: namesIn(view, list, i, list.end) }]
      : [null, objectAfter(view, i + link.length, 3)];
    if (!companion || companion.ref !== null || companion.modifier) continue;
    // ("followed by an SDF offensive on Raqqa": after a link of sequence, lexicon `sequentialCompanionLinks`, a name
    // before an act noun is that later act's agent, no companion in this one; round 78.)
    if (
      view.lex.sequentialCompanionLinks.longest(view.tokens, i) &&
      view.lex.triggers.at(view.tokens, companion.end).some((p) => p.value.trigger.pos === "noun")
    ) continue;
    // ("killed 5,703 civilians, along with 4,258 ISIL fighters": counted people beside others are victims.)
    if (DIGIT_FIRST.test(view.tokens[companion.start - 1]?.text ?? "")) continue;
    // ("X - along with Y - struck P": a dash sets the companion aside as a comma does.)
    const mark = view.tokens[i - 1];
    const set = mark !== undefined && (mark.text === "," || (mark.text === "-" && !mark.glued));
    // ("X, the al-Qaeda affiliate, together with Y, attacked P": past an apposition between commas to its host; round
    // 97.)
    const near = i === 0 ? undefined : view.covering[set ? i - 2 : i - 1];
    const before = set && (!near || near.modifier) ? apposedHost(view, i - 1) ?? near : near;
    // ("X is fighting Daesh alongside Y": a name the verb governs is no actor; the clause's subject is.)
    const beside = before && before.ref === null && !before.modifier && inSubjectPosition(view, before);
    // "The town was captured by X alongside Y": a passive's agent with its companion right after it, where what the
    // act was done to is no party (a place, not people killed beside others), acted together with it.
    // ("The assault was spearheaded by A and B, alongside C": past the agent's comma too; round 84.)
    const governing = list && list.ref === null ? list : before;
    const by = governing && wordBeforePhrase(view, governing.start);
    const byAgent = governing !== undefined && by !== undefined && governing.ref === null && !governing.modifier &&
      view.tokens[by]?.key === "by" && passiveOfThing(view, by);
    // ("spotted Russian forces fighting alongside Y": a gerund right before the link has the party right before it as
    // its subject, whatever that party is to the main verb; round 26.)
    const gerund = !set && /ing$/.test(view.tokens[i - 1]?.key ?? "") ? view.covering[i - 2] : undefined;
    const gerundSubject = gerund && gerund.ref === null && !gerund.modifier && gerund.end === i - 1 ? gerund : null;
    // ("Alongside Y, X captured P": an opening companion goes with the sentence's subject after it.)
    const actor = head ?? gerundSubject ??
      (beside || byAgent ? before : sentenceSubject(view, i === 0 ? Infinity : i));
    // (An opening companion whose actor is no named chunk ("Alongside A and B, these groups captured P") still names
    // companions who acted together.)
    const anchor = actor ?? (i === 0 ? companion : null);
    if (!anchor) continue;
    if (!byAgent) {
      // "29 fighters from X were killed along with six Y fighters", "killed by ISIL, along with other Hezbollah
      // fighters": victims side by side, or a passive's agent beside them, acted in nothing together.
      let passive = false;
      for (let k = Math.min(anchor.start, i); k < i && !passive; k++) {
        let next = k + 1;
        while (view.tokens[next]?.key.endsWith("ly")) next++;
        passive = /^(?:is|are|was|were|been|being)$/.test(view.tokens[k].key) &&
          /(?:ed|en)$/.test(view.tokens[next]?.key ?? "");
      }
      if (passive) continue;
      if (before && view.tokens[before.start - 1]?.key === "by") continue;
    }
    // "X captured P alongside A and B": the companions acted together too; ("Alongside A and B, these groups captured
    // P": whatever the actor, a reference the resolver binds elsewhere; round 76.)
    const act = occurrences.find((o) => o.trigger.joint && o.start >= companion.end && o.start - companion.end <= 4);
    const reach = Math.max(anchor.end, companion.start, act?.start ?? 0);
    const companionPairs = (companions: string[], actors: string[]) => {
      const [first, ...rest] = companions;
      if (rest.length === 0 || rest.length >= 4 || actors.includes(first)) return;
      readings.push(
        listReading(view, { ...anchor, start: Math.min(anchor.start, i), end: reach }, {
          type: "ally",
          subjects: [first],
          objects: rest,
          frame: "companion:list",
          distance: Math.max(0, companion.start - anchor.end),
        }),
      );
    };
    if (!actor || actor.ref !== null) {
      // (With no named actor, only before the joint act itself, in the active: "Alongside A and B, dozens of civilians
      // were killed" names victims.)
      const active = act &&
        !view.tokens.slice(companion.end, act.start).some((t) => /^(?:is|are|was|were)$/.test(t.key));
      if (actor || active) companionPairs(companion.groups, []);
      continue;
    }
    let groups = actor.groups.filter((g) => !companion.groups.includes(g));
    let companions = companion.groups;
    // ("regime helicopters - along with Russian and Syrian warplanes -": the companions may name the actor's group
    // again beside another.)
    if (groups.length === 0 && companions.length > 1) {
      const others = companions.filter((g) => !actor.groups.includes(g));
      if (others.length > 0 && others.length < companions.length) [groups, companions] = [actor.groups, others];
    }
    if (groups.length === 0 || companions.length === 0) continue;
    // (The guards read up to the companion: "X allegedly clashed with Y alongside Z"; and on to the joint act after it,
    // round 23: "X, together with Y, would strike a deal" tells an act not done.)
    readings.push(
      listReading(view, { ...actor, end: reach }, {
        type: "ally",
        subjects: groups,
        objects: companions,
        frame: "companion:list",
        distance: Math.max(0, companion.start - actor.end),
      }),
    );
    companionPairs(companions, groups);
  }
  return readings.filter((r) => r !== null);
}

/**
 * A leading reading (lexicon trigger `leads`: "X, led by Y") whose parties are all of the kinds of lexicon
 * `ledPartners` (a state's forces: "the Syrian Army, led by the Tiger Forces") as an alliance instead of a membership;
 * any other reading as it is. Round 72.
 */
function ledPartnersOf(
  reading: Reading,
  kinds: ReadonlyMap<string, string> | undefined,
  partnerKinds: ReadonlySet<string>,
): Reading {
  if (!reading.leads || reading.type !== "member" || !kinds) return reading;
  const partners = [...reading.subjects, ...reading.objects].every((g) => partnerKinds.has(kinds.get(g) ?? ""));
  return partners ? { ...reading, type: "ally" } : reading;
}

/**
 * "The Syrian Army, joined by Hezbollah, attacked ISIL", "X captured P from Z alongside Y": a companion acted in the
 * joint act its actor carried out, so it fought whom the actor fought there. From one sentence's readings: for each
 * companion reading (frame "companion:list"), each clash whose agent side holds the actor is read again with the
 * companions in the actor's place. Issue 10, round 29.
 */
function companionActs(sentence: Reading[]): Reading[] {
  const shared: Reading[] = [];
  for (const companion of sentence) {
    // ("The Syrian Arab Army, led by the Tiger Forces, began an offensive on ISIL positions": the party leading the
    // actor acted with it; round 70.)
    // (Not the compound: "the US-led coalition bombed ISIL targets" is the coalition's act, which the golds do not
    // give its leader.)
    const leading = companion.leads === true && (companion.type === "member" || companion.type === "ally") &&
      companion.features?.voice === "passive";
    if (companion.frame !== "companion:list" && !leading) continue;
    const actors = leading ? companion.objects : companion.subjects;
    const companions = leading ? companion.subjects : companion.objects;
    for (const act of sentence) {
      if (act.type !== "clash" || act.frame === "companion:list") continue;
      if (!act.subjects.some((s) => actors.includes(s))) continue;
      const subjects = companions.filter((g) => !act.objects.includes(g) && !act.subjects.includes(g));
      if (subjects.length === 0) continue;
      shared.push({
        ...act,
        subjects,
        sentences: [...new Set([...act.sentences, ...companion.sentences])].sort((a, b) => a - b),
      });
    }
  }
  return shared;
}

/**
 * "ISIL forces in the Maskanah Plain then launched ...": the party opening the sentence, when no other party, comma or
 * boundary stands between it and the verb at `at`.
 */
function openingParty(view: SentenceView, at: number): Chunk | null {
  const first = view.chunks.find((c) => c.groups.length > 0 || c.ref !== null);
  if (!first || first.start > 1 || first.end > at) return null;
  for (let i = first.end; i < at; i++) {
    const token = view.tokens[i];
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return null;
  }
  return first;
}

/** The head of the place a taking verb ending at `from` names ("captured the Jirah Airbase" → airbase), or null. */
function placeTaken(view: SentenceView, from: number): string | null {
  for (let i = from; i < from + 8 && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (view.covering[i] || view.lex.boundaries.has(token.key) || token.text === ",") return null;
    if (view.lex.placeHeads.has(token.key)) return token.key;
  }
  return null;
}

/** Whether "the <head>" follows a trigger ending at `from` within five plain words ("a counterattack on the airbase"). */
function placeHit(view: SentenceView, from: number, head: string): boolean {
  for (let i = from; i < from + 5 && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (view.covering[i] || view.lex.boundaries.has(token.key) || token.text === ",") return false;
    // ("the village of Qara Qozak" names another place.)
    if (token.key === head) return view.tokens[i - 1]?.key === "the" && view.tokens[i + 1]?.key !== "of";
  }
  return false;
}

/**
 * "X captured the Jirah airbase. Y launched a counterattack on the airbase.": a place a one-group subject took (a
 * verb of lexicon `heldPlaces.takers` naming a place with one of its `heads`) and a hostile act on "the <head>" whose
 * one-group subject (or an action noun's agent) is another group, in the next sentence: the two are set against
 * each other.
 */
function heldPlaceRelations(views: SentenceView[], covered: ReadonlySet<string>): Reading[] {
  const readings: Reading[] = [];
  const held: { head: string; group: string; sentence: number }[] = [];
  views.forEach((view, index) => {
    const tokens = view.tokens;
    // (A table's rows are no narrative: "| Khanasir | ... seized the town." tells of another town than the row before.)
    if (tokens.some((t) => t.text === "|")) {
      held.length = 0;
      return;
    }
    // Whether the sentence before took a place an act of this one may hit.
    const heldBefore = held.some((place) => index - place.sentence === 1);
    for (let m = 0; m < tokens.length; m++) {
      for (const { length, value } of view.lex.triggers.at(tokens, m)) {
        const trigger = value.trigger;
        // (An act hostile only to a place's holder named with it, frame `heldPlace` ("entered the ISIL-held town"),
        // is not read against the last sentence's taker: allies follow each other into a town; round 74.)
        if (trigger.type !== "clash" || trigger.frames.every((frame) => frame.heldPlace)) continue;
        const passive = /^(?:is|are|was|were|been|being)$/.test(tokens[m - 1]?.key ?? "");
        const taker = trigger.pos === "verb" && !passive && view.lex.placeTakers.has(trigger.lemma);
        // (The subject is looked for only where it can matter: after a place taken, or at a verb taking one.)
        if (!heldBefore && !taker) continue;
        // A verb's subject, or the agent right before an action noun ("an ISIL counterattack on the airbase").
        const agent = trigger.pos === "noun" ? view.covering[tokens[m - 1]?.key === "'s" ? m - 2 : m - 1] : undefined;
        const subject = trigger.pos === "noun"
          ? agent
          : passive
          ? null
          : sentenceSubject(view, m) ?? openingParty(view, m);
        if (!subject || subject.ref !== null || subject.groups.length !== 1) continue;
        const [group] = subject.groups;
        for (const place of held) {
          if (index - place.sentence !== 1 || place.group === group) continue;
          if (covered.has(`${index} ${[group, place.group].sort().join("|")}`)) continue;
          if (!placeHit(view, m + length, place.head)) continue;
          const verdict = guardVerdict(view.guards, { clauseFrom: subject.start, triggerStart: m, nearAt: [m] });
          if (verdict.block) continue;
          const features = {
            voice: "active" as const,
            distance: Math.max(0, m - subject.end),
            reference: "previous" as const,
            hedge: verdict.lower,
          };
          readings.push({
            type: "clash",
            subjects: [group],
            objects: [place.group],
            confidence: readingConfidence(trigger.prior * 0.8, features),
            frame: `${trigger.lemma}:held-place`,
            features,
            sentences: [place.sentence, index],
            joint: false,
            trigger: tokens.slice(m, m + length).map((t) => t.text).join(" "),
          });
        }
        if (taker) {
          const head = placeTaken(view, m + length);
          if (head) held.push({ head, group, sentence: index });
        }
      }
    }
  });
  return readings;
}

/**
 * Whether a first sentence defines its subject ("**X** is an armed group ...", "X was a coalition of ..."), as an
 * encyclopedic article opens: the subject, then a copula and an article, or a definition list's head and its colon
 * ("X: an alliance of ..."). Only then is the subject the article's topic.
 */
function definitional(view: SentenceView): boolean {
  const subject = sentenceSubject(view);
  if (!subject || subject.groups.length !== 1) return false;
  // ("Sham Legion: an alliance of rebel groups. The group has ...": a definition list's head; round 69.)
  if (definitionHead(view, subject)) return true;
  let i = subject.end;
  while (view.tokens[i] && /^[*"'’)]$/.test(view.tokens[i].text)) i++;
  // Past a bracketed aside ("X (Arabic: ...) is").
  if (view.tokens[i]?.text === "(") {
    while (i < view.tokens.length && view.tokens[i].text !== ")") i++;
    i++;
  }
  if (view.tokens[i]?.text === ",") return false;
  return /^(?:is|was|are|were)$/.test(view.tokens[i]?.key ?? "") &&
    ARTICLE.test(view.tokens[i + 1]?.key ?? "");
}

/**
 * The generic reader: every relation the lexicon's triggers and frames read in `templates`, each with the frame and
 * features that produced it. Verb and action-noun frames read a sentence's `core` (appositions dropped, so "X, a
 * group ..., attacked Y" reads as "X attacked Y"); role nouns read `base`, where appositions ("X, an offshoot of
 * Y") still stand. Every frame looks a bounded number of tokens around its trigger: linear in sentence length.
 * With `clauses` (default: the lexicon's `clauseReading.enabled`), the clause-level layer then reads, in each
 * sentence, the pairs the frames left alone (clause-reading.ts).
 */
export function readRelations(
  templates: SentenceTemplate[],
  lexicon: RelationLexicon,
  options: {
    /** The Arabic articles and particles a person's name may hold (data/lexicon/transliteration.json). */
    arabic: ArabicNameWords;
    clauses?: boolean;
    stateForces?: ReadonlySet<string>;
    kinds?: ReadonlyMap<string, string>;
    /** The groups each name, alias or acronym names (lower case): the owner a name's own possessive names. */
    groupsNamed?: ReadonlyMap<string, readonly string[]>;
    /** The article's date (ISO, any precision): which home group a category noun stands for (`homeGroups`). */
    published?: string | null;
  },
): Reading[] {
  const lex = compileLexicon(lexicon, options.arabic);
  const stateForces = options.stateForces ?? new Set<string>();
  const { clauses = lexicon.clauseReading.enabled } = options;
  const clauseRule = {
    types: new Set(lexicon.clauseReading.types),
    window: lexicon.clauseReading.window,
    weight: lexicon.clauseReading.weight,
    maxTokens: lexicon.clauseReading.maxTokens,
  };
  const readings: Reading[] = [];
  const bound = withDeclaredIssuer(bindEnumeratedSets(templates, lexicon), lex.issuerVerbs);
  const views = bound.map((template) => {
    const core = sentenceView(template, lex, "core");
    return { core, base: template.base === template.core ? core : sentenceView(template, lex, "base") };
  });
  // What each sentence's opening singular reference stood for, carried to the next sentence's references.
  const carried: (string[] | null)[] = [];
  const topicOf = (i: number) => i > 0 && definitional(views[0].core) ? views[0].core : null;
  views.forEach(({ core }, i) => {
    carried[i] = carriedSubject(core, views[i - 1]?.core ?? null, carried[i - 1] ?? null, topicOf(i));
  });
  // The parties each sentence's references may find by their name's last word, named in the sentences before.
  const named = namedHeads(
    bound,
    kindHeadsOf(lexicon, options.kinds),
    options.kinds,
    homeGroups(bound, lex, options.published),
  );
  views.forEach(({ core, base }, i) => {
    if (core.chunks.length + base.chunks.length === 0) return;
    // ("Is Jabhat al-Nusra part of the FSA? No.": a yes-no question asserts nothing, lexicon `questionOpeners`.)
    if (yesNoQuestion(core)) return;
    const from = readings.length;
    const topic = topicOf(i);
    const around = { topic, carried: carried[i - 1] ?? null, named: named[i] };
    const coreAround = { previous: views[i - 1]?.core ?? null, next: views[i + 1]?.core ?? null, ...around };
    const baseAround = { previous: views[i - 1]?.base ?? null, next: views[i + 1]?.base ?? null, ...around };
    const coreOccurrences = occurrences(core);
    const baseOccurrences = base === core ? coreOccurrences : occurrences(base);
    const found = coreOccurrences.acts;
    for (const o of found) readings.push(...readOccurrence(core, coreAround, o));
    for (const o of baseOccurrences.roles) readings.push(...readOccurrence(base, baseAround, o));
    for (let k = from; k < readings.length; k++) {
      readings[k] = ledPartnersOf(readings[k], options.kinds, lex.ledPartnerKinds);
    }
    readings.push(...listRelations(base));
    readings.push(...companionRelations(core, found));
    readings.push(...existentialCompanions(core));
    readings.push(...companionActs(readings.slice(from)));
    readings.push(...unitRelations(base, stateForces, views[i - 1]?.base ?? null, named[i]));
    readings.push(...possessiveNameRelations(base, options.groupsNamed));
    readings.push(...describedUnitRelations(base));
    readings.push(...supportPartyRelations(core));
    readings.push(...allyItemRelations(base));
    readings.push(...proSideRelations(base));
    readings.push(...antiSideRelations(base));
    readings.push(...wholeRelations(base));
    readings.push(...mergerResultRelations(core));
    readings.push(...kindNounMemberRelations(base, options.kinds));
    readings.push(...relativeMemberRelations(base, options.kinds));
    readings.push(...enclosedMemberRelations(base, options.kinds));
    readings.push(...instrumentActRelations(core, found));
    readings.push(...venueMemberRelations(core, options.kinds, readings.slice(from)));
    readings.push(...wholeExampleRelations(base, options.kinds));
    readings.push(...participationRelations(core));
    const covered = new Set<string>();
    // The pairs of the sentence's readings so far; each reading is added once (readings only grow past `from`).
    let coveredTo = from;
    const cover = () => {
      for (; coveredTo < readings.length; coveredTo++) {
        const r = readings[coveredTo];
        for (const s of r.subjects) for (const o of r.objects) covered.add([s, o].sort().join("|"));
      }
    };
    cover();
    // "the YPG, a US-backed militia,": a compound inside an apposition, which `core` drops, read on `base` (its
    // adjective frame only) for pairs the sentence's other frames left alone.
    if (base !== core) {
      for (const o of baseOccurrences.acts) {
        const frames = o.trigger.frames.filter((f) => f.form === "adjective");
        if (frames.length === 0 || base.tokens[o.start - 1]?.text !== "-") continue;
        const own = readOccurrence(base, baseAround, { ...o, trigger: { ...o.trigger, frames } });
        readings.push(
          ...own.filter((r) => r.subjects.every((s) => r.objects.every((b) => !covered.has([s, b].sort().join("|"))))),
        );
      }
      cover();
    }
    readings.push(...opposedRelations(core, covered));
    cover();
    readings.push(...alliedAgainstRelations(core, covered));
    readings.push(...jointActRelations(core, covered));
    readings.push(...actParticipantRelations(core, covered));
    readings.push(...jointCompoundRelations(core, covered));
    readings.push(...sharedForceRelations(core, covered, stateForces));
    readings.push(...jointHolderRelations(core, covered, stateForces));
    readings.push(...jointAdverbRelations(core, covered, stateForces));
    const withCompanions = absoluteCompanionRelations(core, covered);
    readings.push(...withCompanions);
    // (A companion set between a subject and its verb acts in the subject's hostile acts, as one after "along with".)
    const interposed = withCompanions.filter((r) => r.frame === "companion:list");
    if (interposed.length > 0) {
      readings.push(
        ...companionActs([...interposed, ...readings.slice(from).filter((r) => r.frame !== "companion:list")]),
      );
    }
    readings.push(...forcedRetreatRelations(core, covered));
    readings.push(...followedByRelations(core, readings.slice(from)));
    if (!clauses) return;
    // The clause-level layer reads only the pairs the frames left alone in this sentence.
    cover();
    readings.push(...clauseReadings(core, coreAround, covered, clauseRule));
  });
  const pairKeys = (r: Reading) =>
    r.subjects.flatMap((a) => r.objects.map((b) => `${r.sentences.at(-1)} ${[a, b].sort().join("|")}`));
  const read = new Set(readings.flatMap(pairKeys));
  const cores = views.map(({ core }) => core);
  readings.push(...heldPlaceRelations(cores, read));
  const clashes = new Set(readings.filter((r) => r.type === "clash").flatMap(pairKeys));
  readings.push(...counterActRelations(cores, { read, clashes }));
  readings.push(...actContinuationRelations(cores, readings));
  return readings.map((r) => citingLender(r, bound));
}

/**
 * Whether `view` is a yes-no question about a party: an opener of lexicon `questionOpeners` first, a party right after
 * it ("Is Jabhat al-Nusra part of ...", "Did Turkey back ...") and a question mark last. (A question about something
 * else keeps what its noun phrases take as given: "Does the shift mean a desire to complicate the operation conducted
 * by the Syrian army supported by Russia's Aerospace Forces?")
 */
function yesNoQuestion(view: SentenceView): boolean {
  const tokens = view.tokens;
  let last = tokens.length - 1;
  while (last > 0 && /^["'’”)\]]$/.test(tokens[last].text)) last--;
  if (tokens[last]?.text !== "?" || !view.lex.questionOpeners.has(tokens[0]?.key ?? "")) return false;
  let subject = 1;
  while (ARTICLE.test(tokens[subject]?.key ?? "")) subject++;
  return view.covering[subject]?.start === subject;
}

/** How many sentences back a noun reference finds a party by its name's last word. */
const NAMED_HEAD_REACH = 5;

/**
 * For each sentence, the parties the `NAMED_HEAD_REACH` sentences before it named, keyed by the last word of the name
 * ("coalition" for "the US-led coalition"), with the last sentence that named each; a word two parties share keeps
 * both (the reference is then refused). Linear: a rolling window over the sentences.
 */
function namedHeads(
  templates: SentenceTemplate[],
  kindHeads: (groupId: string) => readonly string[] = () => [],
  kinds?: ReadonlyMap<string, string>,
  home?: ReadonlyMap<string, string>,
): NamedHeads[] {
  const result: NamedHeads[] = [];
  const headsOf = (unit: SentenceTemplate["units"][number]) => {
    const head = unit.surface.toLowerCase().match(/([a-z]+)\W*$/)?.[1];
    // ("the umbrella group Army of Mujahideen ... the alliance": a coalition's kind noun, whatever its name's.)
    return [...new Set([...(head ? [head] : []), ...kindHeads(unit.groupId)])];
  };
  // Each sentence's units with their heads, found once (each sentence is read by the next NAMED_HEAD_REACH).
  const unitHeads = templates.map((template) =>
    template.units.map((unit) => ({ groupId: unit.groupId, heads: headsOf(unit) }))
  );
  for (let i = 0; i < templates.length; i++) {
    const before: NamedHeads["before"] = new Map();
    const upTo: NamedHeads["upTo"] = new Map();
    const add = (head: string, groupId: string, k: number) => {
      const entry = before.get(head);
      if (!entry) before.set(head, { groups: [groupId], sentence: k });
      else {
        if (!entry.groups.includes(groupId)) entry.groups.push(groupId);
        entry.sentence = k;
      }
    };
    for (let k = Math.max(0, i - NAMED_HEAD_REACH); k <= i; k++) {
      for (const unit of unitHeads[k]) {
        for (const head of unit.heads) {
          if (k < i) add(head, unit.groupId, k);
          const own = upTo.get(head);
          if (own) own.add(unit.groupId);
          else upTo.set(head, new Set([unit.groupId]));
        }
      }
    }
    result.push({ before, upTo, kinds, home });
  }
  return result;
}

/** A home group's period (lexicon `categoryNouns` `home`): ISO date prefixes, `from` inclusive, `until` exclusive. */
export type HomePeriod = { from?: string; until?: string };

/** Whether an article dated `published` (ISO, any precision) falls in a home group's period. */
export function homeCovers(period: HomePeriod, published: string): boolean {
  return (period.from === undefined || published >= period.from) &&
    (period.until === undefined || published < period.until);
}

/**
 * Per category of lexicon `categoryNouns` with a `home`, the home group its nouns stand for in this article where no
 * nearer sentence names one: where the article names none of its `homeUnless`, the one group of the category it names
 * as a party (round 96), or, naming none, the home of the article's date ("the army" of a Syrian story before December
 * 2024 is the Syrian government's, after it the transitional army's). Undefined where the article has no date or no
 * category applies. Issue 10, round 95.
 */
export function homeGroups(
  templates: readonly SentenceTemplate[],
  lex: CompiledLexicon,
  published: string | null | undefined,
): ReadonlyMap<string, string> | undefined {
  if (!published) return undefined;
  const named = new Set<string>();
  // (The names the article gives as parties, not only inside another's qualifier: "Iraqi fighters of X".)
  const parties = new Set<string>();
  for (const template of templates) {
    for (const unit of template.units) parties.add(unit.groupId);
    for (const unit of [...template.units, ...template.qualifiers]) {
      named.add(unit.groupId);
      for (const nested of unit.nested) named.add(nested);
    }
  }
  let home: Map<string, string> | undefined;
  for (const category of lex.categories.values()) {
    if (!category.home || [...named].some((g) => category.homeUnless?.has(g))) continue;
    const members = [...named].filter((g) => category.has(g));
    // (Round 96: an article naming one group of the category as a party, and no other, means that one wherever no
    // nearer sentence names it: "Government forces hold the east. ... X fought alongside the army".)
    if (members.length === 1 && parties.has(members[0])) (home ??= new Map()).set(category.category, members[0]);
    if (members.length > 0) continue;
    const period = category.home.find((h: HomePeriod) => homeCovers(h, published));
    if (period) (home ??= new Map()).set(category.category, period.group);
  }
  return home;
}

/** The nouns a reference's head may be that stand for a group, by its gazetteer kind (lexicon `references.kindHeads`). */
function kindHeadsOf(
  lexicon: RelationLexicon,
  kinds: ReadonlyMap<string, string> | undefined,
): (groupId: string) => readonly string[] {
  const byKind = lexicon.references.kindHeads;
  return (groupId) => {
    const kind = kinds?.get(groupId);
    return kind === undefined ? [] : byKind[kind] ?? [];
  };
}

/**
 * A reading of a sentence whose counted set the next sentence's list names ("... joined X. They are A, B and C.")
 * cites that sentence too when it relates one of the lent names.
 */
function citingLender(reading: Reading, templates: ReturnType<typeof bindEnumeratedSets>): Reading {
  const own = reading.sentences.at(-1)!;
  const lent = templates[own]?.borrowed;
  if (!lent || ![...reading.subjects, ...reading.objects].some((g) => lent.groups.includes(g))) return reading;
  return { ...reading, sentences: [...new Set([...reading.sentences, lent.sentence])].sort((a, b) => a - b) };
}
