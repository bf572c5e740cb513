import type { RelationFrame, RelationTrigger, RelationType } from "../../records/mod.ts";
import { ORGANISATIONAL_RELATION_TYPES } from "../../records/mod.ts";
import { agentCompoundBeforeAction, type Chunk, listedParties, skipQualifierCompound, tokenChunk } from "./chunks.ts";
import { readingConfidence, type ReadingFeatures } from "./confidence.ts";
import { wordValue } from "../figures/numbers.ts";
import { guardVerdict } from "./guards.ts";
import { gapHeadFits } from "./lexicon.ts";
import { type NamedHeads, resolveChunk, type Resolved } from "./reference.ts";
import {
  actAfterIn,
  appositionHost,
  coordinateComma,
  copulaComplementSubject,
  copulaStart,
  definitionHead,
  describedSetExamples,
  DETERMINERS,
  FINITE_AUXILIARIES,
  inSubjectPosition,
  lastItem,
  objectAfter,
  pastInterposed,
  peopleOfGroup,
  predicateAfterAnd,
  qualifierCompoundEndingAt,
  reasonGerund,
  sentenceSubject,
  type SentenceView,
  type Subject,
  subjectOf,
  timePhraseEnd,
  verbish,
  verbListEnd,
  verbObjectPhrase,
  WINDOW,
} from "./sentence-view.ts";
import { type Token, tokenAt, withKey } from "./tokens.ts";
import { eachActed, strippedApposition } from "./wire-lists.ts";
import {
  bracketedNameAfter,
  heldPlaceTarget,
  namedActAgent,
  openingActSubject,
  PLACE_WORD,
  prepositionPastPlace,
  prepositionPastTime,
} from "./wire-objects.ts";
import {
  ARTICLE,
  CAPITALISED,
  DIGIT_FIRST,
  HYPHENED_WORD,
  INDEFINITE_ARTICLE,
  LETTER_FIRST,
  LETTERS,
  LOWER_FIRST,
  LOWER_HYPHENED_WORD,
  LOWER_WORD,
  LY_ADVERB,
  PERSON_NAME_WORD,
  REGION_ADJECTIVE,
  WORD_FIRST,
} from "./word-shapes.ts";

/** One relation reading: what a frame of a trigger filled in a sentence, with how (frame, features). */
export type Reading = {
  type: RelationType;
  subjects: string[];
  objects: string[];
  confidence: number;
  /** "<lemma>:<form>" of the lexicon entry that produced it, e.g. "attack:passive". */
  frame: string;
  features: ReadingFeatures;
  /** Sentences the reading rests on, in text order (its own sentence last). */
  sentences: number[];
  /** Allies read from acting together: dropped where the article sets the pair against each other. */
  joint: boolean;
  /** The trigger's words as written ("seized", "carried out"), which place the relation's clause; null for lists. */
  trigger: string | null;
  /** Read by a trigger the lexicon marks `armedPartiesOnly`: between two states it is diplomacy, not a relation. */
  armedPartiesOnly?: boolean;
  /** Read by a trigger the lexicon marks `leads`: the subjects lead the objects. */
  leads?: boolean;
};

/** A trigger occurrence in a sentence: tokens [start, end). */
export type Occurrence = { trigger: RelationTrigger; start: number; end: number; participle: boolean };

const SYMMETRIC = new Set<RelationType>(["ally", "rival", "clash"]);
/** Largest list whose members are paired with each other (pairs grow with the square of the list). */
const MAX_PAIRED = 8;

/**
 * The most words a light verb phrase of the lexicon spans ("took an active part in", "announced the formation of"): how far
 * back from an action noun one is looked for (round 75; three before, which missed the longer phrases).
 */
const LIGHT_VERB_WORDS = 5;

type Parties = {
  agent: Chunk;
  /** Null: the pairs within the agent list ("A and B clashed", "clashes between A and B"). */
  patient: Chunk | null;
  voice: ReadingFeatures["voice"];
  /** Tokens between the trigger and the farther party. */
  distance: number;
  /** Positions before which "near" guards count (default: the trigger). */
  nearAt?: number[];
  /** Only the agents' alliance is read ("a bombing campaign by A and B"): no target is named. */
  jointOnly?: boolean;
  /** The sentence the agent was found in, when it is another one ("... joining X. They are A, B and C."). */
  agentSentence?: number;
  /** The sentence the patient was found in, when it is another one ("X attacked P. Y repelled the assault."). */
  patientSentence?: number;
  /**
   * A noun phrase describes one party by the other ("its ally Russia", "X, the Syrian branch of Y"), or a relative
   * clause tells its antecedent's support ("X which support Y"): background the text takes as given, so a
   * sentence-wide claim or doubt ("whether the strikes were by X or its ally Y") does not reach it; clause and near
   * guards still do.
   */
  described?: boolean;
  /** Several agents made to act ("forced A and B to battle Z") are not read as acting together. */
  jointless?: boolean;
  /** The relation the frame states when it is not the trigger's ("al Qaeda's Syrian offshoot Y": a branch). */
  type?: RelationType;
  /**
   * The two sides were set apart in so many words ("between A and B on the one hand and C on the other"): the names
   * within one side fight on it together.
   */
  sidesTogether?: boolean;
  /**
   * Where the clause guards start counting, when a purpose link stands between the agent and the trigger ("an
   * offensive launched by X with the aim of capturing P from Y": the aim is the act's, checked on its own).
   */
  guardFrom?: number;
  /**
   * Named parties that stand in the same relation to the patient as the agent, read on their own ("it merged with A to
   * form C", "it was a founding member of C alongside A": the pronoun and A each with C).
   */
  alsoAgents?: Chunk;
};

/** The sentences around the one being read. */
/**
 * `topic`: the article's first sentence, whose one group a noun reference with no other antecedent stands for.
 * `carried`: the group the previous sentence's opening singular reference stood for, when it names no subject of its
 * own ("X was formed in 2014. It was later accused of abuses. The group attacked Y.").
 */
export type Neighbours = {
  previous: SentenceView | null;
  next: SentenceView | null;
  topic?: SentenceView | null;
  carried?: string[] | null;
  /** The parties the sentences before named, by their name's last word (reference.ts `NamedHeads`). */
  named?: NamedHeads | null;
};

/** Every pair of `groups`, each once; none for a list longer than `MAX_PAIRED` (its pairs would say little). */
export function pairs(groups: string[]): [string, string][] {
  if (groups.length > MAX_PAIRED) return [];
  const result: [string, string][] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) result.push([groups[i], groups[j]]);
  }
  return result;
}

/** Relation types between organisations as wholes: a counted set of their people does not take part in them. */
const ORGANISATIONAL = ORGANISATIONAL_RELATION_TYPES;

const COUNT_WORDS =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|some|many|few)$/;

/**
 * "120 former ISIL fighters had joined the SDF", "800 fighters from the Islamic Front defected", "the attack left 200
 * ISIS militants dead": a party phrase after a count names people, not their group.
 */
function countedPeople(view: SentenceView, chunk: Chunk): boolean {
  for (let i = chunk.start - 1; i >= 0 && chunk.start - i <= 3; i--) {
    const key = view.tokens[i].key;
    // ("Fifty members of X and 12 members of Y were killed": any number word the figure reader reads, round 75.)
    if (COUNT_WORDS.test(key) || wordValue(key) !== null) return !yearOfTimePhrase(view, i);
    if (!/^(?:former|of|about|around|some|over|than|more|nearly|almost|least|at|up|to)$/.test(key)) return false;
  }
  return false;
}

/**
 * "In May 2014 X left Y", "In 2014 X left Y": a year closing a time phrase (sentence-view `timePhraseEnd`) is no count
 * of the people after it.
 */
function yearOfTimePhrase(view: SentenceView, at: number): boolean {
  if (!/^(?:1[89]|20)\d\d$/.test(view.tokens[at].text)) return false;
  for (let from = at - 1; from >= 0 && at - from <= 5; from--) {
    if (timePhraseEnd(view, from) > at) return true;
  }
  return false;
}

/**
 * "fighters from X joined Y", "former members of X": a party phrase that opens with people of a group (lexicon
 * `memberPeople`) before the name names those people, not the group, in the act of an organisation (joining, leaving,
 * merging); in a composition only former people ("Y includes former members of X").
 */
function peoplePhrase(view: SentenceView, chunk: Chunk, type: RelationType): boolean {
  if (chunk.heads.length === 0) return false;
  let i = chunk.start;
  let former = view.tokens[i - 1]?.key === "former";
  while (i < chunk.heads[0] && /^(?:the|a|an|its|their|his|former|some|several|many|other)$/.test(view.tokens[i].key)) {
    former ||= view.tokens[i].key === "former";
    i++;
  }
  const people = view.lex.memberPeople.longest(view.tokens, i);
  // ("YPG fighters make up most of the SDF": people of X in a composition put X in it, unless they are former.)
  return people !== null && chunk.heads[0] > i && (type !== "member" || former);
}

/**
 * "X merged with several groups to form Z", "X and Y merged to create Z": a formation verb right after "to" whose
 * clause, within eight words before, has a merger verb (a trigger of type merger) and no boundary or comma.
 */
function mergedToForm(view: SentenceView, at: number): boolean {
  if (view.tokens[at - 1]?.key !== "to") return false;
  for (let i = at - 2; i >= 0 && at - i <= 10; i--) {
    const token = view.tokens[i];
    if (view.lex.boundaries.has(token.key) || token.text === ",") return false;
    if (view.lex.triggers.at(view.tokens, i).some((p) => p.value.trigger.type === "merger")) return true;
  }
  return false;
}

/**
 * "merged with B and C to form E", "merged with B, into E": the one group named right after a link of the lexicon's
 * `mergerResults` (a comma and an article allowed before it) that follows the companions of a merger verb's "with"
 * ending at `end`; else null. The merger's parties merge into it, no merger of the subject with its companions.
 * Round 84.
 */
function mergerResultAfter(view: SentenceView, end: number): Chunk | null {
  const tokens = view.tokens;
  let at = tokens[end]?.text === "," ? end + 1 : end;
  const link = view.lex.mergerLinks.longest(tokens, at);
  if (!link) return null;
  at += link.length;
  if (tokens[at]?.key === "the") at++;
  const result = view.covering[at];
  return result && result.start === at && result.ref === null && !result.modifier && result.groups.length === 1
    ? result
    : null;
}

/**
 * Participles of founding whose passive names what a merger made: before "when" here, before the merger noun's "by" in
 * read-relations.ts.
 */
export const FOUNDED = /^(?:formed|created|established|founded|born)$/;

/**
 * "X, which was formed last month when A merged with B", "X was created in 2016 when A merged with B and C": the one
 * group a passive of founding (`FOUNDED`, a form of "be" before it) describes, where up to six words of time stand
 * between the participle and the "when" that opens the merger's clause at `start` (the clause's subject); else null.
 * The merger's parties merge into it, no merger of the subject with its companions. Round 85.
 */
function mergerResultBefore(view: SentenceView, start: number): Chunk | null {
  const tokens = view.tokens;
  if (tokens[start - 1]?.key !== "when") return null;
  let k = start - 2;
  if (tokens[k]?.text === ",") k--;
  for (let n = 0; n < 6 && k > 0 && !FOUNDED.test(tokens[k].key); n++, k--) {
    if (view.covering[k] || !/^[\p{L}\p{N}]/u.test(tokens[k].text) || view.lex.boundaries.has(tokens[k].key)) {
      return null;
    }
  }
  if (!FOUNDED.test(tokens[k]?.key ?? "") || !/^(?:is|was|were|been)$/.test(tokens[k - 1]?.key ?? "")) return null;
  let end = k - 1;
  if (/^(?:which|that)$/.test(tokens[end - 1]?.key ?? "")) end -= tokens[end - 2]?.text === "," ? 2 : 1;
  const result = view.covering[end - 1];
  return result && result.end === end && result.ref === null && !result.modifier && result.groups.length === 1
    ? result
    : null;
}

/**
 * Whether `chunk` names a set of one whole's parts: "factions of the SDF" (a set noun of lexicon `setExampleNouns`
 * before its owner) or "three SDF groups" (the whole's name before that noun).
 */
function partsOfOneWhole(view: SentenceView, chunk: Chunk): boolean {
  if (chunk.ref !== null || chunk.groups.length !== 1) return false;
  const tokens = view.tokens;
  if (view.lex.setExampleNouns.has(tokens[chunk.start]?.key ?? "") && tokens[chunk.start + 1]?.key === "of") {
    return true;
  }
  const head = chunk.heads.at(-1) ?? chunk.start;
  const noun = tokens[head + 1]?.key ?? "";
  return view.lex.setExampleNouns.has(noun) && chunk.end >= head + 1 && chunk.end <= head + 2;
}

/** Resolves the parties, runs the guard pipeline and computes confidence: the readings one filled frame gives. */
function readingsOf(
  view: SentenceView,
  neighbours: Neighbours,
  occurrence: Occurrence,
  frame: RelationFrame,
  parties: Parties,
): Reading[] {
  const { previous, topic = null, carried = null, named = null } = neighbours;
  const { trigger } = occurrence;
  const { agent, patient } = parties;
  // (Verbs only: "a ceasefire between the Russian-backed regime and ..." names the regime's backer all the same.)
  const verbal = frame.form === "active" || frame.form === "passive" || frame.form === "plural";
  // (And nouns of a pact: "met to sign a peace deal" is a truce of foes.)
  if (trigger.type === "ally" && (verbal || frame.form === "noun") && nonAllianceBeside(view, occurrence, agent)) {
    return [];
  }
  const resolved = resolveChunk(agent, view, previous, patient?.groups ?? [], topic, carried, named);
  // (An agent found in another sentence is read through it, as a reference to it is.)
  const found = resolved && parties.agentSentence !== undefined
    ? { ...resolved, from: "previous" as const, sentence: parties.agentSentence }
    : resolved;
  if (!found) return [];
  // ("Along with Qatar, Turkey armed the rebels": an opening companion acts with the subject after it.)
  const companions = frame.form === "active" ? openingCompanion(view, agent) : [];
  const agentParty = companions.length > 0
    ? { ...found, groups: [...new Set([...companions, ...found.groups])] }
    : found;
  // ("A leader of X pledged allegiance to Y": a group's people act for it in hostile acts only.)
  if (trigger.type !== "clash" && verbal && peopleOfGroup(view, agent)) return [];
  // ("factions of the SDF formed the Manbij Military Council", "three SDF groups formed Y": a set of one whole's parts
  // forming a body makes the body a part of that whole; issue 10, round 87.)
  // (The active only: "Y was founded by factions of X" may have been founded by factions of several wholes.)
  if (
    frame.several && frame.form === "active" && trigger.type === "member" && patient && partsOfOneWhole(view, agent)
  ) {
    const { several: _several, ...single } = frame;
    return readingsOf(view, neighbours, occurrence, { ...single, reverse: !frame.reverse }, parties);
  }
  // "X merged with several groups to form Z": one named founder merging into what it forms.
  const merging = frame.several === true && mergedToForm(view, occurrence.start);
  // ("set up by HTS and allied factions": one named founder beside others the list's tail describes; round 93.)
  // ("set up out of Faylaq al-Sham and a dozen FSA factions": or beside a described item of the list; round 96.)
  const withOthers = agent.ref === null && agentParty.groups.length === 1 &&
    (agent.others === true || (agent.descriptions?.length ?? 0) > 0);
  if (frame.several && agentParty.groups.length < 2 && !merging && !withOthers) return [];
  // ("the government created the NDF": one creator alone, no founder beside it, no merger, no people of a group, "by
  // former HTS commanders"; round 97.)
  if (
    frame.single &&
    (agentParty.groups.length !== 1 || listedParties(agent) > 1 || withOthers ||
      mergedToForm(view, occurrence.start) || view.lex.targetPeople.has(tokenAt(view.tokens, agent.end - 1)?.key ?? ""))
  ) return [];
  if (
    ORGANISATIONAL.has(trigger.type) &&
    [agent, patient].some((c) =>
      c && (countedPeople(view, c) || (c.ref === null && frame.form !== "role" && peoplePhrase(view, c, trigger.type)))
    )
  ) return [];
  const patientResolved = patient
    ? resolveChunk(patient, view, previous, agentParty.groups, topic, carried, named)
    : null;
  const patientParty = patientResolved && parties.patientSentence !== undefined
    ? { ...patientResolved, from: "previous" as const, sentence: parties.patientSentence }
    : patientResolved;
  // ("Ahrar al-Sham founded Jaish al-Fatah": a coalition one group creates alone is no backed ally of it, lexicon
  // `createdWholes`; round 97.)
  if (frame.single && patientParty && named?.kinds) {
    const { kinds, creators } = view.lex.createdWholes;
    const kindOf = (g: string) => named.kinds!.get(g) ?? "";
    const whole = patientParty.groups.some((g) => kinds.has(kindOf(g)));
    if (whole && !agentParty.groups.every((g) => creators.has(kindOf(g)))) return [];
    // (Nor a state: "Allies-Israel was established by the US European Command" names a programme after it.)
    if (patientParty.groups.some((g) => view.lex.createdWholes.notCreated.has(kindOf(g)))) return [];
  }
  // ("Iran-backed Shia militias": a compound naming the backer a class of groups is defined by restates the class's
  // name, no tie the text tells; lexicon `backedClasses`, round 90.)
  if (
    frame.form === "adjective" && patientParty &&
    patientParty.groups.some((g) => view.lex.backedClasses.get(g)?.some((b) => agentParty.groups.includes(b)))
  ) return [];
  // ("It has regularly been hit by Syrian and Russian warplanes": a target standing for nothing the text names still
  // leaves the actors of one hostile act side by side; round 43.)
  // (Only the names joined by "and": "by Syrian and Russian warplanes as well as the US-led coalition" adds a third
  // actor that may have acted apart.)
  const actors = patient !== null && patient !== undefined && !patientParty && patient.ref !== null &&
      trigger.joint === true && trigger.type === "clash"
    ? leadingAndGroups(view, agent, agentParty.groups)
    : [];
  const actorsOnly = actors.length >= 2;
  if (patient && !patientParty && !actorsOnly) return [];
  // "The US and Russia planned to begin coordinating their airstrikes": a reference inside an infinitive its
  // antecedent's verb governs is guarded from the antecedent on ("planned to"); "X had reduced its operation" is not.
  // ("Turkey halted its support for the FSA": so is a possessive owning the trigger from its antecedent in the same
  // clause, no comma or relative pronoun between; round 69.)
  const reach = (chunk: Chunk | null, party: Resolved | null) => {
    if (!chunk || party?.at === undefined) return Infinity;
    const between = view.tokens.slice(party.at, chunk.start);
    // ("IS is not known to have a presence in provinces where its rival Y is prominent": a clause of its own opens
    // between them; round 81.)
    if (between.some((t) => view.lex.ownClauseOpeners.has(t.key))) return Infinity;
    const governed = between.some((t) => t.key === "to");
    const ownClause = party.from === "sentence" && party.at < chunk.start &&
      /^(?:its|their)$/.test(view.tokens[chunk.start].key) &&
      !between.some((t) => /^[,;:()]$/.test(t.text) || view.lex.relativePronouns.has(t.key));
    return governed || ownClause ? party.at : Infinity;
  };
  const clauseFrom = parties.guardFrom ?? Math.min(
    agent.start,
    reach(agent, agentParty),
    patient?.start ?? Infinity,
    reach(patient, patientParty),
    parties.voice === "passive" ? passiveAuxiliaryStart(view, occurrence.start) : occurrence.start,
    trigger.pos === "noun" ? nounPremodifiersStart(view, occurrence.start) : occurrence.start,
  );
  const verdict = guardVerdict(view.guards, {
    clauseFrom,
    triggerStart: occurrence.start,
    nearAt: parties.nearAt ?? [occurrence.start],
    sentenceWide: !parties.described,
    type: occurrence.trigger.type,
    // ("The former al-Qaeda affiliate Y joined Z", its description dropped: "former" is the subject's, not the act's.)
    nearFrom: occurrence.trigger.pos === "verb" && parties.voice === "active" && agent.end <= occurrence.start
      ? agent.end
      : undefined,
  });
  if (verdict.block) return [];
  // ("A battalion from X defected and joined Y": an unnamed part of X changes no tie of X's; round 71.)
  const type = merging ? "merger" as const : parties.type ?? trigger.type;
  // (Not a role noun's frame: "X is a faction of Y" names a part of Y, the tie itself.)
  if (agent.part && frame.form !== "role" && view.lex.partSubjects.types.has(type)) return [];
  // ("Suspected Hezbollah militants launched ...": a hedged agent lowers the reading as a hedged target does.)
  verdict.lower ??= (patient ? hedgedBefore(view, patient.start) : null) ?? hedgedBefore(view, agent.start);
  const references = [agentParty.from, patientParty?.from ?? "named"];
  const reference: ReadingFeatures["reference"] = references.includes("topic")
    ? "topic"
    : references.includes("previous")
    ? "previous"
    : references.includes("sentence")
    ? "sentence"
    : "none";
  const features: ReadingFeatures = {
    voice: parties.voice,
    distance: Math.max(0, parties.distance),
    reference,
    hedge: verdict.lower,
  };
  const sentences = [...new Set([agentParty.sentence, patientParty?.sentence ?? view.index, view.index])].sort((a, b) =>
    a - b
  );
  const base = {
    trigger: view.tokens.slice(occurrence.start, occurrence.end).map((t) => t.text).join(" "),
    type,
    confidence: readingConfidence(trigger.prior, features),
    frame: merging ? `${trigger.lemma}:merger` : `${trigger.lemma}:${frame.form}`,
    features,
    sentences,
    joint: false,
    ...(trigger.armedPartiesOnly ? { armedPartiesOnly: true } : {}),
    ...(trigger.leads ? { leads: true } : {}),
  };
  const readings: Reading[] = [];
  // ("the Syrian Army and ISIL launched attacks and counterattacks against each other": a reciprocal object, lexicon
  // `reciprocals`, sets the agents of a hostile act against each other instead of beside each other. Round 32.)
  if (
    !patientParty && trigger.type === "clash" && agentParty.groups.length >= 2 && reciprocalAfter(view, occurrence.end)
  ) {
    const reciprocalFeatures: ReadingFeatures = { ...features, voice: "plural" };
    return pairs(agentParty.groups).map(([a, b]) => ({
      ...base,
      subjects: [a],
      objects: [b],
      frame: `${trigger.lemma}:reciprocal`,
      features: reciprocalFeatures,
      confidence: readingConfidence(trigger.prior, reciprocalFeatures),
    }));
  }
  if (!patientParty && (parties.jointOnly || actorsOnly)) {
    if (trigger.type !== "ally" && !jointAllowed(view, agent, occurrence)) return [];
    // ("X, the coalition led by A and B": a participle describing a party or a party noun leads a group, no act;
    // frame `actOnly`, round 98.)
    if (frame.actOnly && describesParty(view, occurrence.start)) return [];
    const jointFeatures: ReadingFeatures = { ...features, voice: trigger.type === "ally" ? parties.voice : "joint" };
    return pairs(parties.jointOnly ? agentParty.groups : actors).map(([a, b]) => ({
      ...base,
      type: "ally" as const,
      subjects: [a],
      objects: [b],
      frame: trigger.type === "ally" ? base.frame : `${trigger.lemma}:joint`,
      features: jointFeatures,
      confidence: readingConfidence(trigger.prior, jointFeatures),
      joint: trigger.type !== "ally",
    }));
  }
  if (!patientParty) {
    if (!SYMMETRIC.has(trigger.type)) return [];
    for (const [a, b] of pairs(agentParty.groups)) readings.push({ ...base, subjects: [a], objects: [b] });
    return readings;
  }
  const [subjects, objects] = Boolean(trigger.reverse) !== Boolean(frame.reverse)
    ? [patientParty.groups, agentParty.groups]
    : [agentParty.groups, patientParty.groups];
  readings.push({ ...base, subjects, objects });
  // "clashes between A and B on the one hand and C on the other": A and B fight on one side (issue 10, round 19).
  if (parties.sidesTogether && trigger.type === "clash") {
    const jointFeatures: ReadingFeatures = { ...features, voice: "joint" };
    for (const side of [agentParty.groups, patientParty.groups]) {
      for (const [a, b] of pairs(side)) {
        readings.push({
          ...base,
          type: "ally",
          subjects: [a],
          objects: [b],
          frame: `${trigger.lemma}:side`,
          features: jointFeatures,
          confidence: readingConfidence(trigger.prior, jointFeatures),
          joint: true,
        });
      }
    }
  }
  // "A, B and C stormed D": several actors of one hostile act are allies, unless they acted separately.
  // (Not the backers of a named party, "X, backed by A and B": each backs X; the gold sets do not call the backers
  // allies of each other. Backers of no named party, "A and B were arming the rebels", are read as acting together.)
  // ("Russia and Turkey carried out their first joint airstrikes": a reference standing for several actors of an act the
  // text calls joint, round 23.)
  const saysJoint = view.tokens.slice(Math.max(0, occurrence.start - 3), occurrence.start).some((t) =>
    t.key === "joint"
  );
  const listed = agent.ref === null || agent.refEnd !== undefined || saysJoint;
  if (trigger.joint && trigger.type !== "ally" && !parties.jointless && listed && agentParty.groups.length >= 2) {
    if (jointAllowed(view, agent, occurrence)) {
      const jointFeatures: ReadingFeatures = { ...features, voice: "joint" };
      for (const [a, b] of pairs(agentParty.groups)) {
        readings.push({
          ...base,
          type: "ally",
          subjects: [a],
          objects: [b],
          frame: `${trigger.lemma}:joint`,
          features: jointFeatures,
          confidence: readingConfidence(trigger.prior, jointFeatures),
          joint: true,
        });
      }
    }
  }
  return readings;
}

/**
 * "A and B fought a small civil war inside it": whether the verb ending at `at` takes as its object a noun of a fight
 * among its agents (lexicon `reciprocalActs`), after a determiner and up to two plain adjectives. Issue 10, round 90.
 */
function reciprocalActObject(view: SentenceView, at: number): boolean {
  const tokens = view.tokens;
  let i = at;
  if (DETERMINERS.has(tokens[i]?.key ?? "")) i++;
  for (let k = 0; k < 3; k++, i++) {
    if (view.lex.reciprocalActs.longest(tokens, i)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[i]?.text ?? "") || view.covering[i] || verbish(view, i)) return false;
  }
  return false;
}

/** Whether a reciprocal ("each other", lexicon `reciprocals`) stands within eight words after `at`, no clause boundary
 * between. */
function reciprocalAfter(view: SentenceView, at: number): boolean {
  if (reciprocalActObject(view, at)) return true;
  for (let i = at; i < at + 8 && i < view.tokens.length; i++) {
    if (view.lex.reciprocals.longest(view.tokens, i)) return true;
    if (view.tokens[i].text === "," || view.lex.boundaries.has(view.tokens[i].key) || view.covering[i]) return false;
  }
  return false;
}

/**
 * "Along with Qatar, Turkey armed the rebels", "In 2015, alongside Hezbollah, the Syrian Army attacked Y": the names
 * of a companion phrase (lexicon `companionLinks`) that opens the sentence, or follows its opening adverbial and comma,
 * set right before a named subject and its comma; they act with the subject. Empty when there is none.
 */
function openingCompanion(view: SentenceView, agent: Chunk): string[] {
  const tokens = view.tokens;
  const comma = tokens[agent.start - 1]?.key === "the" ? agent.start - 2 : agent.start - 1;
  if (agent.ref !== null || agent.modifier || tokens[comma]?.text !== ",") return [];
  const companion = view.covering[comma - 1];
  if (!companion || companion.ref !== null || companion.modifier || companion.groups.length === 0) return [];
  const start = tokens[companion.start - 1]?.key === "the" ? companion.start - 1 : companion.start;
  const link = view.lex.companionLinks.endingAt(tokens, start, 4);
  if (!link) return [];
  const opening = start - link.length;
  if (opening > 0 && tokens[opening - 1].text !== ",") return [];
  // (Only an adverbial before it, no party: "In 2015, alongside Hezbollah, ...".)
  for (let i = 0; i < opening; i++) if (view.covering[i]) return [];
  return companion.groups.filter((g) => !agent.groups.includes(g));
}

/**
 * "A and B signed a ceasefire", "a ceasefire backed by the US and Russia", "signs big contracts with Y": a truce or a
 * commercial noun (lexicon `nonAlliances`) within four words of the trigger, no party between, makes the agreement one
 * between foes, their mediators or traders, no alliance.
 */
function nonAllianceBeside(view: SentenceView, o: Occurrence, agent: Chunk): boolean {
  const tokens = view.tokens;
  for (let i = o.end; i < o.end + 4 && i < tokens.length && !view.covering[i]; i++) {
    if (view.lex.nonAlliances.has(tokens[i].key)) return true;
  }
  // ("signed a Neutrality Pact": the words that qualify a noun, before it.)
  for (let i = o.start - 1; i >= o.start - 3 && i >= 0 && !view.covering[i]; i--) {
    if (view.lex.nonAlliances.has(tokens[i].key)) return true;
  }
  // ("a ceasefire that Turkey and Russia brokered": before an agent that stands before the trigger.)
  const from = agent.end <= o.start ? agent.start : o.start;
  for (let i = from - 1; i >= from - 4 && i >= 0 && !view.covering[i]; i--) {
    if (view.lex.nonAlliances.has(tokens[i].key)) return true;
  }
  return false;
}

/** A lexicon `hedgedObjects` cue right before a party ("what are said to be X targets"), or null. */
function hedgedBefore(view: SentenceView, at: number): string | null {
  const cue = view.lex.hedgedObjects.endingAt(view.tokens, at, 5);
  return cue ? view.tokens.slice(at - cue.length, at).map((t) => t.text).join(" ") : null;
}

/**
 * Whether the participle at `at` describes a party or a party noun right before it ("X, led by", "the coalition led
 * by", "Jaish al-Fatah coalition, led by"), past adverbs and a comma; a finite passive ("was led by") is not asked.
 */
function describesParty(view: SentenceView, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && adverb(view, view.tokens[k].key)) k--;
  // (A finite passive's subject is its clause's, "The battle against the army was led by A and B": not asked here.)
  if (/^(?:is|are|was|were|been|being|be)$/.test(view.tokens[k]?.key ?? "")) return false;
  if (view.tokens[k]?.text === ",") k--;
  const chunk = view.covering[k];
  if (chunk && chunk.end === k + 1 && chunk.ref === null && chunk.groups.length > 0) return true;
  return view.lex.partyNouns.endingAt(view.tokens, k + 1, 3) !== null ||
    view.lex.wholeNouns.endingAt(view.tokens, k + 1, 3) !== null;
}

/**
 * Whether several agents acted together: no "both", "separately", "respectively" around them and the trigger, no
 * "all" between them and it ("A, B and C have all carried out strikes", wire-lists.ts), no preposition repeated for
 * each ("attacked by A and by B").
 */
function jointAllowed(view: SentenceView, agent: Chunk, occurrence: Occurrence): boolean {
  if (agent.leads || agent.apart || eachActed(view, agent.end, occurrence.start)) return false;
  const from = Math.min(agent.start, occurrence.start) - 6;
  const to = Math.max(agent.end, occurrence.end) + 2;
  return !actedApart(view, from, to);
}

/**
 * Whether a word of lexicon `notJoint` ("both", "separately") stands in [from, to): the actors there acted apart. Not
 * one of `notJointOpeners` opening the sentence ("Separately Russian and Syrian planes intensified their bombing": a
 * connective to the sentence before; round 80).
 */
export function actedApart(view: SentenceView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(view.tokens.length, to); i++) {
    const key = view.tokens[i].key;
    if (view.lex.notJoint.has(key) && !(i === 0 && view.lex.notJointOpeners.has(key))) return true;
  }
  return false;
}

/**
 * Of `groups`, the chunk's, those whose names it opens with joined by a plain "and" (or "&"), up to any other joiner
 * ("as well as", "along with"); all of them when no other joiner stands in the chunk.
 */
function leadingAndGroups(view: SentenceView, chunk: Chunk, groups: string[]): string[] {
  const leading: string[] = [];
  for (let i = chunk.start; i < chunk.end; i++) {
    const joiner = view.lex.listJoiners.longest(view.tokens, i);
    if (joiner && (joiner.length > 1 || (view.tokens[i].key !== "and" && view.tokens[i].key !== "&"))) {
      return [...new Set(leading)].filter((g) => groups.includes(g));
    }
    const party = view.tokens[i].party;
    if (party !== undefined) leading.push(view.template.units[party].groupId);
  }
  return groups;
}

/** The preposition of `frame` at token `at` (after up to `gap` other words), as the index after it; -1 if none. */
/**
 * After "from" at `at`, a range of places with no name of a party ("from al-Rai to Jarabulus", each end up to three
 * words) followed by another "from": the index after that second "from", else null.
 */
function rangeEnd(view: SentenceView, at: number): number | null {
  const tokens = view.tokens;
  if (tokens[at].key !== "from") return null;
  let to = -1;
  for (let i = at + 1; i < at + 5 && i < tokens.length; i++) {
    if (view.covering[i] || tokens[i].text === "," || view.lex.boundaries.has(tokens[i].key)) return null;
    if (tokens[i].key === "to" && i > at + 1) {
      to = i;
      break;
    }
  }
  if (to < 0) return null;
  for (let i = to + 2; i < to + 5 && i < tokens.length; i++) {
    if (view.covering[i] || tokens[i].text === "," || view.lex.boundaries.has(tokens[i].key)) return null;
    if (tokens[i].key === "from") return i + 1;
  }
  return null;
}

/** Whether a near blocking guard cue (lexicon `guards`, scope "near": "no") opens between `from` and `to`. */
function nearBlockIn(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (
      view.lex.guards.at(view.tokens, k).some(({ value }) =>
        value.guard.scope === "near" && value.guard.effect === "block"
      )
    ) {
      return true;
    }
  }
  return false;
}

/** The prepositions of a movement's goal, which a source phrase ("from the south") may precede. */
const GOAL_PREPOSITIONS = new Set(["toward", "towards", "into", "on"]);

export function prepositionAfter(view: SentenceView, at: number, frame: RelationFrame): number {
  const preps = frame.prep ?? [];
  const gap = frame.gap ?? 1;
  // ("retook the villages of Yalanli, Qart, Al-Buwyr and Al-Dandaniyah from the SDF": in a long gap, the names of
  // places, their commas and joiners do not count against it, up to PLACE_LIST_REACH; issue 10, round 87.)
  let free = 0;
  let adjuncts = 0;
  let companions = 0;
  for (let i = at; i <= at + gap + free && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (gap >= 5 && free < PLACE_LIST_REACH && placeListWord(view, i)) free++;
    // ("captured P with air support from Y": a preposition inside a "with" phrase is that phrase's.)
    if (preps.includes(token.key)) {
      // ("captured P, along with 20 villages, from Y": a companion link that adds no party, only more places, is part
      // of the object; round 67.)
      if (
        view.tokens.slice(at, i).some((t, k) =>
          t.key === "with" && view.lex.companionLinks.endingAt(view.tokens, at + k + 1, 4) === null
        )
      ) return -1;
      // ("retook P thanks to support from Y": so is one inside a phrase of means or cause, lexicon `meansOpeners`;
      // round 82.)
      for (let k = at; k < i; k++) if (view.lex.meansOpeners.longest(view.tokens, k)) return -1;
      // ("received anti-tank missiles and other equipment from Y": the gap must end in aid, round 35, where "receiving
      // small arms fire from Y" names fire; "exchanged artillery and mortar fire with Y" in fire, round 36.)
      if (!gapHeadFits(view.lex, frame, view.tokens[i - 1])) return -1;
      // ("received no support from Y", "supplied no weapons to Y": a near blocking cue inside the gap determines the
      // verb's object, the act itself, as it does right before a trigger noun.)
      if (nearBlockIn(view, at, i)) return -1;
      // ("captured the area from al-Rai to Jarabulus from Y": a range of places is no source; the next "from" is.)
      return rangeEnd(view, i) ?? i + 1;
    }
    // ("advanced from 4 different fronts towards the areas held by Y", "pushed from the south into P": a source phrase
    // of up to five words, no name, verb or boundary among them, stands before a frame's goal preposition; round 36.)
    if (token.key === "from" && !preps.includes("from") && preps.some((p) => GOAL_PREPOSITIONS.has(p))) {
      for (let j = i + 1; j <= i + 5 && j < view.tokens.length; j++) {
        const word = view.tokens[j];
        if (preps.includes(word.key) && GOAL_PREPOSITIONS.has(word.key)) {
          return j > i + 1 ? prepositionAfter(view, j, frame) : -1;
        }
        if (view.covering[j] || !/^[\p{L}\d]+$/u.test(word.text) || view.lex.boundaries.has(word.key)) return -1;
        if (view.lex.verbs.has(word.key)) return -1;
      }
      return -1;
    }
    // A long gap ("supplied weapons, intelligence and other assistance to X") may hold commas, no name or clause;
    // a possessive reference owns what the gap names ("lost much of its territory to Y", round 28).
    const chunk = view.covering[i];
    if (
      chunk && chunk.ref !== null && chunk.start === i && /^(?:its|their)$/.test(token.key) && (frame.gap ?? 0) >= 5
    ) {
      i = chunk.end - 1;
      continue;
    }
    // ("captured several villages as well as the town of P from Y": a list joiner that opens on a boundary word joins
    // places inside a long gap; round 72.)
    const joiner = (frame.gap ?? 0) >= 5 && view.lex.boundaries.has(token.key)
      ? view.lex.listJoiners.longest(view.tokens, i)
      : null;
    if (joiner && joiner.length > 1) {
      i += joiner.length - 1;
      continue;
    }
    // ("clashed in March 2017 at Khanasor with Y": a time phrase or a named place's phrase between a verb and its
    // preposition is the verb's adjunct, whatever the frame's gap; round 94.)
    const adjunct = frame.adjacent || chunk ? -1 : verbAdjunctEnd(view, i, preps);
    if (adjunct > i + 1 && adjuncts < VERB_ADJUNCTS) {
      adjuncts++;
      free += adjunct - i;
      i = adjunct - 1;
      continue;
    }
    // ("fought alongside Y against Z", "fighting together with Y against Z": a companion link and the party it sets
    // beside the subject, which the companion frames read, stand before the frame's preposition; round 98.)
    // (Not a link holding the frame's own preposition: "operated jointly with Y" is the frame's "with".)
    // (One companion at most: past it the lookup is not asked again.)
    const companion = chunk || companions > 0 ? null : view.lex.companionLinks.longest(view.tokens, i);
    const own = companion !== null && view.tokens.slice(i, i + companion.length).some((t) => preps.includes(t.key));
    const beside = companion && !own ? view.covering[i + companion.length] : undefined;
    if (beside && beside.start === i + companion!.length && beside.ref === null) {
      companions++;
      free += beside.end - i;
      i = beside.end - 1;
      continue;
    }
    if (chunk || view.lex.boundaries.has(token.key)) return -1;
    if (token.text === "," && (frame.gap ?? 0) < 5) return -1;
    // ("recaptured Tikrit, receiving air support from Y": a verb after a comma opens another clause, whose
    // preposition is its own.)
    if (token.text === "," && verbish(view, i + 1)) return -1;
    // ("allied itself with X": a reflexive object right after the verb, lexicon `reflexivePronouns`; round 39.)
    if (i === at && view.lex.reflexivePronouns.has(token.key)) continue;
    // Only adverbs may stand between a verb and its preposition unless the frame allows a gap ("seized X from").
    // ("fought back against", "fought hard against", "fought together with": a listed adverb or a phrasal verb's
    // particle, lexicon `interposedAdverbs`, `passiveParticles`; round 69.)
    if (frame.gap === undefined && !adverb(view, token.key) && !view.lex.passiveParticles.has(token.key)) return -1;
  }
  return -1;
}

/** How many adjuncts (time phrases, named places) may stand between a verb and its preposition. */
const VERB_ADJUNCTS = 2;

/**
 * The end of an adjunct of a verb at `at`, a time phrase ("in March 2017", `timePhraseEnd`) or a preposition of place
 * that is none of the frame's `preps` before a named place no party covers ("at Khanasor", `namedPlaceEnd`); -1 where
 * none opens there.
 */
function verbAdjunctEnd(view: SentenceView, at: number, preps: readonly string[]): number {
  const time = timePhraseEnd(view, at);
  if (time > at + 1) return time;
  const key = view.tokens[at]?.key ?? "";
  if (!OBJECT_PLACE_PREPOSITIONS.has(key) || preps.includes(key)) return -1;
  return namedPlaceEnd(view, at + 1);
}

/** How many words of a list of place names a long gap before a preposition may hold beyond its own length. */
const PLACE_LIST_REACH = 24;

/**
 * Whether the word at `i` belongs to a list of place names: a capitalised word no party covers, or a comma, hyphen or
 * "and" right after one.
 */
function placeListWord(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  const placeWord = (k: number) =>
    view.tokens[k] !== undefined && !view.covering[k] && view.tokens[k].party === undefined &&
    view.tokens[k].qualifier === undefined && /^\p{Lu}[\p{L}'’]*$/u.test(view.tokens[k].text);
  if (placeWord(i)) return true;
  return (token.text === "," || token.text === "-" || token.key === "and") && placeWord(i - 1) &&
    (placeWord(i + 1) || view.tokens[i + 1]?.key === "and");
}

/** How many words an indefinite complement of a copula may hold before the apposition after it. */
const PREDICATE_REACH = 10;

/**
 * The subject of the copula whose indefinite complement ends at `end`, right before an apposition's comma ("X is an
 * Assyrian military organisation in Syria, part of Y"): plain words back to "a" or "an", a copula of the lexicon before
 * it, and its subject, one named party; else null.
 */
function predicateSubjectBefore(view: SentenceView, end: number): Chunk | null {
  const tokens = view.tokens;
  for (let k = end - 1; k >= 0 && end - k <= PREDICATE_REACH; k--) {
    const token = tokens[k];
    if (view.covering[k] || token.text === "," || view.lex.boundaries.has(token.key)) return null;
    if (token.key !== "a" && token.key !== "an") continue;
    const copula = view.lex.copulas.endingAt(tokens, k, 3);
    if (!copula) return null;
    const subject = subjectOf(view, k - copula.length)?.chunk;
    return subject && subject.ref === null && subject.groups.length === 1 ? subject : null;
  }
  return null;
}

/** How many words may stand between a relative clause's light verb and the act noun's preposition after it. */
const RELATIVE_LIGHT_GAP = 10;

/**
 * "the campaign that X launched, with Russian air support, against Y": after an act noun ending at `at`, "that" or
 * "which", one party (unqualified, no reference) and a light verb of the lexicon right after it; the party and the first
 * of the noun's prepositions `preps` within a few words after the verb (no other party, verb or clause boundary between,
 * a "with" phrase's party aside). Else null.
 */
function relativeLightAgent(
  view: SentenceView,
  at: number,
  preps: readonly string[],
): { agent: Chunk; prepAt: number } | null {
  const tokens = view.tokens;
  // ("Operation Olive Branch, which Turkey and the FSA launched against the YPG": past the act's own capitalised name
  // and the relative's comma; round 95.)
  let end = at;
  while (end < at + 4 && !view.covering[end] && CAPITALISED.test(tokens[end]?.text ?? "")) end++;
  const named = end > at;
  at = tokens[end]?.text === "," ? end + 1 : end;
  if (!/^(?:that|which)$/.test(tokens[at]?.key ?? "")) return null;
  const agent = view.covering[at + 1];
  if (!agent || agent.start !== at + 1 || agent.ref !== null || agent.modifier || agent.owner) return null;
  // (One party: "the advances that A and B made against Y" may be two sides' own advances; a named act is one, launched
  // together.)
  if (agent.groups.length !== 1 && !named) return null;
  const light = view.lex.lightVerbs.longest(tokens, agent.end);
  if (!light) return null;
  let withPhrase = false;
  for (let i = agent.end + light.length; i < agent.end + light.length + RELATIVE_LIGHT_GAP && i < tokens.length; i++) {
    const token = tokens[i];
    if (preps.includes(token.key)) return { agent, prepAt: i };
    if (token.key === "with") withPhrase = true;
    if (view.lex.boundaries.has(token.key) || verbish(view, i) || (view.covering[i] && !withPhrase)) return null;
  }
  return null;
}

/** "by" right after a participle (one adverb may come between: "backed militarily by"), as the index after it. */
/** Whether "at the hands of" opens at `at`: an agent's phrase ("suffered defeats at the hands of Y"). */
function atTheHandsOf(view: SentenceView, at: number): boolean {
  const tokens = view.tokens;
  return tokens[at]?.key === "at" && tokens[at + 1]?.key === "the" && tokens[at + 2]?.key === "hands" &&
    tokens[at + 3]?.key === "of";
}

/**
 * Whether a "by" agent follows the frame's own preposition phrase right after a passive participle at `at` ("was
 * supplied to the SDF by the US"): one of `preps`, then a party (or a few plain words) and "by", with no comma or clause
 * word between.
 */
function agentPastPhrase(view: SentenceView, at: number, preps: readonly string[]): boolean {
  if (!preps.includes(view.tokens[at]?.key ?? "")) return false;
  for (let i = at + 1; i < at + 8 && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (token.key === "by") return i > at + 1;
    const chunk = view.covering[i];
    if (chunk) {
      i = chunk.end - 1;
      continue;
    }
    if (!HYPHENED_WORD.test(token.text) || view.lex.boundaries.has(token.key) || verbish(view, i)) return false;
  }
  return false;
}

/**
 * "was formed in May 2018 out of A and B": the position after one of a frame's `agentPrep` prepositions right after
 * the participle at `at`, past a time phrase; else -1.
 */
export function agentPrepAfter(view: SentenceView, at: number, preps: readonly string[]): number {
  const from = timePhraseEnd(view, at);
  for (const prep of preps) {
    const words = prep.split(" ");
    if (words.every((word, n) => view.tokens[from + n]?.key === word)) return from + words.length;
  }
  return -1;
}

function byAfter(view: SentenceView, at: number): number {
  // "was formed in 2015 by A and B": past a time phrase.
  const dated = timePhraseEnd(view, at);
  if (dated > at && view.tokens[dated]?.key === "by") return dated + 1;
  // ("was taken from ISIS on 24 August 2016, the first day of Operation Euphrates Shield, by X": past the time phrase's
  // own apposition between commas; round 93.)
  const apposed = dated > at ? pastAside(view, dated) : dated;
  if (apposed > dated && view.tokens[apposed]?.key === "by") return apposed + 1;
  if (view.tokens[at]?.key === "by") return at + 1;
  // "were killed at the hands of X": the phrase names the agent as "by" does.
  if (atTheHandsOf(view, at)) return at + 4;
  // ("was driven out by X", "were beaten back by X", "was wiped out by X": a phrasal verb's particle, round 19.)
  if (view.lex.passiveParticles.has(view.tokens[at]?.key ?? "") && view.tokens[at + 1]?.key === "by") return at + 2;
  // ("were repelled and forced back by X", "was attacked and destroyed by X": passive participles joined by "and"
  // share the last one's agent; round 70.)
  // ("is armed, paid and coordinated by X": a series of participles between commas before the "and"; round 95.)
  let and = at;
  while (
    view.tokens[and]?.text === "," && and - at < 6 &&
    /^\p{Ll}+(?:ed|en|id|wn)$/u.test(view.tokens[and + 1]?.text ?? "") &&
    !FINITE_AUXILIARIES.has(view.tokens[and + 1].key)
  ) and += 2;
  const joined = view.tokens[and + 1];
  // (An irregular participle too, right before its "by": "was trained and paid by X"; round 88.)
  const participle = joined !== undefined && /^\p{Ll}+$/u.test(joined.text) && view.tokens[and + 2]?.key === "by";
  if (
    view.tokens[and]?.key === "and" && joined !== undefined && (verbish(view, and + 1) || participle) &&
    !FINITE_AUXILIARIES.has(joined.key)
  ) {
    const particle = view.lex.passiveParticles.has(view.tokens[and + 2]?.key ?? "") ? 1 : 0;
    if (view.tokens[and + 2 + particle]?.key === "by") return and + 3 + particle;
  }
  // "were expelled from the city by X", "was shot down in the area of P by X": past a short place phrase without
  // names, marks or clause words.
  // ("was crushed in northern Syria in late 2014 by X": a place phrase and a time phrase after it, each opened by "in",
  // "near", "at", "around" or "on", with a year; round 72.)
  // ("The SDF, led on this front by A and B": "on" too; round 91.)
  if (/^(?:from|in|near|out|around|at|into|on)$/.test(view.tokens[at]?.key ?? "")) {
    for (let i = at + 1; i < at + 10 && i < view.tokens.length; i++) {
      const token = view.tokens[i];
      if (token.key === "by") return i > at + 1 ? i + 1 : -1;
      // ("after being expelled from it by X": a pronoun standing for the place, round 17.)
      const place = i === at + 1 && /^(?:it|them|there)$/.test(token.key);
      if (
        (view.covering[i] && !place) || !/^[\p{L}\d][\p{L}\d-]*$/u.test(token.text) ||
        view.lex.boundaries.has(token.key)
      ) break;
      if (i > at + 1 && view.lex.prepositions.has(token.key) && !/^(?:of|in|near|at|around|on)$/.test(token.key)) break;
    }
  }
  // ("since being defeated there by X": a place adverb as well, round 19.)
  const between = view.tokens[at]?.key ?? "";
  if ((adverb(view, between) || view.lex.placeAdverbs.has(between)) && view.tokens[at + 1]?.key === "by") return at + 2;
  return -1;
}

/**
 * Where a label of the lexicon's `labels` ends that opens at `at` ("as a terrorist organisation", "a Foreign Terrorist
 * Organization", "terrorists"): past an optional "as", an article and up to two plain words; -1 when none does.
 */
function labelEnd(view: SentenceView, at: number): number {
  let i = view.tokens[at]?.key === "as" ? at + 1 : at;
  // ("considers the PKK to be a terrorist group")
  if (view.tokens[i]?.key === "to" && view.tokens[i + 1]?.key === "be") i += 2;
  if (ARTICLE.test(view.tokens[i]?.key ?? "")) i++;
  for (const limit = i + 2; i <= limit && i < view.tokens.length; i++) {
    const label = view.lex.labels.longest(view.tokens, i);
    if (label) return i + label.length;
    if (
      view.covering[i] || !HYPHENED_WORD.test(view.tokens[i].text) || view.lex.boundaries.has(view.tokens[i].key)
    ) {
      return -1;
    }
  }
  return -1;
}

/** How far an aside between commas may run (tokens): bounded, so linear. */
const ASIDE_REACH = 12;

/**
 * "regards the YPG, the main component of the SDF, as a terrorist group": past an aside that a comma at `at` opens and
 * another closes (no clause boundary or bracket between); the index after the closing comma, else `at`. Round 85.
 */
function pastAside(view: SentenceView, at: number): number {
  if (view.tokens[at]?.text !== ",") return at;
  for (let i = at + 1; i < view.tokens.length && i - at <= ASIDE_REACH; i++) {
    const token = view.tokens[i];
    if (token.text === ",") return i + 1;
    if (/^[.;:()]$/.test(token.text) || view.lex.boundaries.has(token.key)) return at;
  }
  return at;
}

/**
 * "X, which Y considers a terrorist group", "X (which Y regards as a terrorist organisation)": the name a relative pronoun
 * right before the naming verb's subject stands for, when the verb's label follows it; else null.
 */
function labelledAntecedent(view: SentenceView, subject: Chunk, verbEnd: number): Chunk | null {
  if (labelEnd(view, verbEnd) < 0) return null;
  // ("X, which the United States designates a terrorist organization": past the subject's article; round 85.)
  const start = view.tokens[subject.start - 1]?.key === "the" ? subject.start - 1 : subject.start;
  const pronoun = view.tokens[start - 1];
  if (!pronoun || !/^(?:which|that)$/.test(pronoun.key) || !view.lex.relativePronouns.has(pronoun.key)) {
    return null;
  }
  const mark = view.tokens[start - 2];
  const before = mark && (mark.text === "," || mark.text === "(") ? start - 3 : start - 2;
  const antecedent = view.covering[before];
  if (!antecedent || antecedent.end !== before + 1 || antecedent.ref !== null || antecedent === subject) return null;
  // ("targeting both DAESH and the YPG which Turkey considers a terrorist group": a singular label names the last item
  // of a list only.)
  const label = view.tokens[verbEnd]?.key === "as" ? verbEnd + 1 : verbEnd;
  const singular = INDEFINITE_ARTICLE.test(view.tokens[label]?.key ?? "") ||
    (view.tokens[label]?.key === "to" && INDEFINITE_ARTICLE.test(view.tokens[label + 2]?.key ?? ""));
  if (!singular || antecedent.groups.length < 2) return antecedent;
  const last = view.tokens[antecedent.end - 1].party;
  if (last === undefined) return null;
  const group = view.template.units[last].groupId;
  return { ...antecedent, start: antecedent.end - 1, groups: [group], heads: [antecedent.end - 1] };
}

/**
 * "the Army of Conquest, which the group left in October 2015", "the Syrian National Army, which it finances", "X,
 * whom Y attacked": a relative pronoun right before an active verb's subject, with no object after the verb, is the
 * verb's object and stands for the name before it (a comma or a bracket between them allowed), as a naming verb's does
 * (`labelledAntecedent`). Direct objects only (a frame with no preposition), a past or present finite verb, and "that"
 * only after a name no verb governs ("told the SDF that ISIS attacked" is speech). Issue 10, round 69.
 */
function objectRelativeAntecedent(
  view: SentenceView,
  subject: Chunk,
  o: Occurrence,
  frame: RelationFrame,
): Chunk | null {
  if (frame.prep || frame.form !== "active" || (subject.ref === "plural" && subject.groups.length === 0)) return null;
  // The verb right after the subject (past an auxiliary or an adverb): "which the group had left".
  // ("which Turkey and Qatar both back": or a floating "both" or "all"; round 96.)
  for (let i = subject.end; i < o.start; i++) {
    const key = view.tokens[i].key;
    if (!/^(?:had|has|have|did|does|do|both|all)$/.test(key) && !adverb(view, key)) return null;
  }
  const after = view.tokens[o.end];
  if (
    after && (after.party !== undefined || view.covering[o.end] || /^(?:the|a|an|its|their|his|her)$/.test(after.key))
  ) {
    return null;
  }
  // ("which the US backed": past the subject's article; round 94.) ("which both A and B back": past "both"; round 96.)
  const opener = view.tokens[subject.start - 1]?.key ?? "";
  const at = subject.start - (ARTICLE.test(opener) || (opener === "both" && subject.groups.length > 1) ? 2 : 1);
  const pronoun = view.tokens[at];
  if (!pronoun || !/^(?:which|that|whom)$/.test(pronoun.key) || !view.lex.relativePronouns.has(pronoun.key)) {
    return CAPITALISED.test(view.tokens[o.end]?.text ?? "") ? null : zeroRelativeAntecedent(view, subject, at);
  }
  const mark = view.tokens[at - 1];
  const comma = mark !== undefined && (mark.text === "," || mark.text === "(");
  if (pronoun.key === "that" && comma) return null;
  // ("X, a coalition that Turkey backs": a pronoun right after an apposition's noun stands for the apposition's host,
  // as the zero relative does; round 96.)
  if (!comma && !view.covering[at - 1] && LOWER_WORD.test(mark?.text ?? "")) {
    return zeroRelativeAntecedent(view, subject, at - 1);
  }
  const before = comma ? at - 2 : at - 1;
  const antecedent = view.covering[before];
  if (!antecedent || antecedent.end !== before + 1 || antecedent.ref !== null || antecedent === subject) return null;
  if (antecedent.groups.some((g) => subject.groups.includes(g))) return null;
  if (pronoun.key === "that" && antecedent.start > 0 && verbish(view, antecedent.start - 1)) return null;
  // ("between A, the main faction of X, and B, which HTS backed": two items joined by a comma and "and" close an
  // apposition; the relative stands for the last one; round 85.)
  if (antecedent.heads.length === 2) {
    const between = view.tokens.slice(antecedent.heads[0] + 1, antecedent.heads[1]).map((t) => t.key);
    if (between.includes(",") && between.includes("and") && between.length <= 3) return lastItem(view, antecedent);
  }
  return antecedent;
}

/**
 * "Maghawir al-Thawra, the rebel group the coalition trains", "X, the brigade ISIS drove out of the city": a relative
 * clause with no pronoun right after an apposition's noun (its article and up to two plain words before it): the name
 * before the apposition's comma is the verb's missing object (none where a capitalised word, a place, follows the verb).
 * `last` is the noun's last word. Issue 10, round 95.
 */
function zeroRelativeAntecedent(view: SentenceView, subject: Chunk, last: number): Chunk | null {
  const tokens = view.tokens;
  if (!LOWER_WORD.test(tokens[last]?.text ?? "") || verbish(view, last)) return null;
  let k = last;
  while (k > last - 3 && k > 0 && !ARTICLE.test(tokens[k].key)) {
    // (The chunker may have taken "the faction" for a reference: a noun reference is still the apposition's noun.)
    if (
      view.covering[k]?.ref === null || !LOWER_WORD.test(tokens[k].text) || view.lex.prepositions.has(tokens[k].key)
    ) {
      return null;
    }
    k--;
  }
  if (!/^(?:the|a|an)$/.test(tokens[k]?.key ?? "") || tokens[k - 1]?.text !== ",") return null;
  // (The noun names a party: lexicon `partyNouns` or a group's head noun, `references.groupHeads`.)
  // (Or a noun of a whole of several groups, lexicon `wholeNouns`: "a coalition Turkey backs"; round 96.)
  if (
    !view.lex.partyNouns.endingAt(tokens, last + 1, 2) && !view.lex.groupHeads.heads.has(tokens[last].key) &&
    !view.lex.wholeNouns.endingAt(tokens, last + 1, 2)
  ) {
    return null;
  }
  const antecedent = view.covering[k - 2];
  if (!antecedent || antecedent.end !== k - 1 || antecedent.ref !== null || antecedent.modifier) return null;
  return antecedent.groups.some((g) => subject.groups.includes(g)) ? null : antecedent;
}

/** Whether a copula or "has been" stands right before `at` ("was attacked"): an agentless passive, not an active. */
function afterCopula(view: SentenceView, at: number): boolean {
  const key = view.tokens[at - 1]?.key ?? "";
  return /^(?:is|are|was|were|be|been|being|get|got)$/.test(key);
}

/** Words after which a verb form is a noun ("a gas attack", "the fight"). */
const NOUN_MARKERS = new Set(["a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our"]);

/** Whether a verb form is used as a noun: a determiner before it, past at most two plain words ("a gas attack"). */
function usedAsNoun(view: SentenceView, at: number, end = at + 1): boolean {
  // "The offensive pitted X against Y": a past form after a noun phrase is its verb, not a noun.
  if (view.tokens[at].key.endsWith("ed")) return false;
  // ("air strikes on the district targeting YPG positions": an -ing form past a noun, with a party right after it, an
  // article between or none, takes a direct object, so is a verb; a noun takes "of": "the shelling of X". Right after
  // its determiner it stays an adjective or a noun: "the leading member of X". Issue 10, round 89.)
  const object = ARTICLE.test(view.tokens[end]?.key ?? "") ? end + 1 : end;
  // (Nor before a noun with its "of": "the main fighting force of the SDF".)
  if (
    view.tokens[end - 1].key.endsWith("ing") && !NOUN_MARKERS.has(view.tokens[at - 1]?.key ?? "") &&
    view.covering[object]?.start === object && view.tokens[object + 1]?.key !== "of"
  ) return false;
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    const token = view.tokens[i];
    if (NOUN_MARKERS.has(token.key)) return true;
    if (view.covering[i] || !LOWER_FIRST.test(token.text) || verbish(view, i) || token.key.endsWith("ly")) return false;
    if (view.lex.prepositions.has(token.key) || view.lex.boundaries.has(token.key)) return false;
  }
  return false;
}

/**
 * "Airstrikes by the US-led coalition targeted ISIL positions": the agent of an action noun that is the clause's
 * subject acts through the verb. The noun must open the clause and "by X" stand right before the verb.
 */
function actionNounAgent(view: SentenceView, at: number): Subject | null {
  // ("Airstrikes by X have killed ...": a perfect's auxiliary may stand between the agent and the verb.)
  let verb = at;
  while (verb > at - 2 && PERFECT_AUXILIARIES.has(view.tokens[verb - 1]?.key ?? "")) verb--;
  const chunk = view.covering[verb - 1];
  if (!chunk || chunk.end !== verb || chunk.ref !== null) return null;
  let by = chunk.start - 1;
  while (by >= 0 && ARTICLE.test(view.tokens[by].key)) by--;
  if (view.tokens[by]?.key !== "by") return null;
  // "A series of strikes in Syria overnight by X killed Y": the noun may stand a short phrase before "by".
  const hostileNounEndingAt = (end: number) => {
    for (let length = 2; length >= 1; length--) {
      const found = view.lex.triggers.at(view.tokens, end - length).find((p) =>
        p.length === length && p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
      );
      if (found) return length;
    }
    return 0;
  };
  let end = by;
  let length = hostileNounEndingAt(end);
  while (!length && by - end < 4 && end > 0 && !view.covering[end - 1] && LETTERS.test(view.tokens[end - 1].text)) {
    end--;
    length = hostileNounEndingAt(end);
  }
  if (!length) return null;
  const opens = end - length;
  const before = view.tokens[opens - 1];
  if (before && before.text !== "," && !/^(?:the|a|an|of)$/.test(before.key)) return null;
  return { chunk, distance: 0, via: "direct" };
}

const PERFECT_AUXILIARIES = new Set(["has", "have", "had"]);

/** A capitalised adjective of origin ("Kurdish", "Syrian", "Iranian"), as apposition nouns take them. */
const DEMONYM_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ern|ish|i|ese)$/u;

/** "with the FSA using tanks against government forces": the subject of an absolute "with X V-ing" clause. */
function absoluteSubject(view: SentenceView, o: Occurrence): Subject | null {
  if (!view.tokens[o.start].key.endsWith("ing")) return null;
  // (Past a person's name after the party noun: "its leader Abu Mohammad al-Jolani pledging"; round 90.)
  let end = o.start;
  while (end > o.start - 4 && PERSON_NAME_WORD.test(view.tokens[end - 1]?.text ?? "") && !view.covering[end - 1]) end--;
  const named = end < o.start && view.covering[end - 1]?.ref !== null ? view.covering[end - 1] : undefined;
  const chunk = named ?? view.covering[o.start - 1];
  if (!chunk || (chunk.end !== o.start && chunk !== named) || chunk.modifier) return null;
  if (chunk.ref !== null) {
    // ("Nusra rejected it, its leader pledging allegiance to Y": a possessive reference with its party noun opening an
    // absolute clause after a comma or "with" is the clause's subject, resolved by the one reference rule; round 90.)
    const possessive = /^(?:its|their)$/.test(view.tokens[chunk.start]?.key ?? "") && chunk.end > chunk.start + 1;
    const before = view.tokens[chunk.start - 1];
    return possessive && (before?.text === "," || before?.key === "with")
      ? { chunk, distance: 0, via: "direct" }
      : null;
  }
  return absoluteOpening(view, chunk) >= 0 ? { chunk, distance: 0, via: "direct" } : null;
}

/**
 * Where the absolute clause whose subject is `chunk` opens: its "with", past an article and up to two plain words
 * ("with small numbers of US Special Forces assisting", round 71); -1 where no "with" stands there.
 */
function absoluteOpening(view: SentenceView, chunk: Chunk): number {
  let before = chunk.start - 1;
  let plain = 0;
  while (before >= 0) {
    const token = view.tokens[before];
    if (ARTICLE.test(token.key)) before--;
    // ("with small numbers of US Special Forces assisting": past a quantity's "of", lexicon `quantityNouns`.)
    else if (token.key === "of" && view.lex.quantityNouns.has(view.tokens[before - 1]?.key ?? "")) before -= 2;
    else if (
      plain < 2 && LOWER_WORD.test(token.text) && token.key !== "with" && !verbish(view, before) &&
      !view.lex.prepositions.has(token.key) && !view.lex.boundaries.has(token.key)
    ) {
      plain++;
      before--;
    } else break;
  }
  return view.tokens[before]?.key === "with" ? before : -1;
}

/** "jets from the coalition battling IS": an -ing participle right after a name (no comma) describes that name. */
function participleOwner(view: SentenceView, o: Occurrence): Subject | null {
  // "the SDF alliance currently seeking to oust Y": an infinitive after such a participle has the same owner.
  let at = o.start;
  if (view.tokens[at - 1]?.key === "to" && view.tokens[at - 2]?.key.endsWith("ing")) {
    at -= 2;
    if (view.tokens[at - 1]?.key.endsWith("ly")) at--;
  } else if (!view.tokens[at].key.endsWith("ing")) return null;
  // "the SDF alliance currently seeking": past the name's own head noun.
  if (!view.covering[at - 1] && LOWER_WORD.test(view.tokens[at - 1]?.text ?? "") && view.covering[at - 2]) {
    const head = view.tokens[at - 1].key;
    if (!view.lex.prepositions.has(head) && !view.lex.boundaries.has(head) && !verbish(view, at - 1)) at--;
  }
  const chunk = view.covering[at - 1];
  if (!chunk || chunk.end !== at || chunk.ref !== null || chunk.modifier) return null;
  // ("X has been staging air strikes in support of its ally Y targeting Z": the party an act supports is no agent of
  // the participle after it; the clause's subject is, issue 10, round 18.)
  if (supportedParty(view, chunk)) return null;
  // "Syrian and Russian warplanes as well as the US-led coalition targeting Daesh": the name next to it; ("French,
  // British and US special forces cooperating with X": with the names that share its head noun, round 63).
  // ("Turkish troops and SNA factions advancing against the YPG": a list joined by "and" alone is the participle's
  // owner whole; round 91.)
  const owner = chunk.groups.length > 1
    ? sharedHeadItems(view, chunk) ?? (andList(view, chunk) ? chunk : lastItem(view, chunk))
    : chunk;
  return { chunk: owner, distance: o.start - at, via: "direct" };
}

/**
 * Whether a phrasal verb's particle follows its object: right after it, or past the comma that closes a name in
 * apposition ("pressed the YPG and its sister force, the YPJ, back into a few districts"; round 91).
 */
function particleAfter(view: SentenceView, object: Chunk, particles: string[]): boolean {
  const at = view.tokens[object.end]?.text === "," ? object.end + 1 : object.end;
  return particles.includes(view.tokens[at]?.key ?? "");
}

/** Whether a list's items are joined by commas and "and" alone (no "as well as", "along with", "or"). */
function andList(view: SentenceView, chunk: Chunk): boolean {
  for (let k = chunk.heads[0] + 1; k < chunk.heads.at(-1)!; k++) {
    const key = view.tokens[k].key;
    if (key === "and" || key === ",") continue;
    if (key === "or" || view.lex.listJoiners.longest(view.tokens, k)) return false;
  }
  return true;
}

/**
 * The last items of a list that share its last item's head noun ("French, British and US special forces": three
 * one-word names before "special forces"), as one chunk; null when no bare name stands right before the last item.
 */
function sharedHeadItems(view: SentenceView, chunk: Chunk): Chunk | null {
  const surface = (head: number) => {
    const party = view.tokens[head]?.party;
    return party === undefined ? "" : view.template.units[party].surface;
  };
  const last = chunk.heads.at(-1)!;
  if (!/^\S+ \p{Ll}/u.test(surface(last))) return null;
  const items = [last];
  for (let k = chunk.heads.length - 2; k >= 0; k--) {
    const head = chunk.heads[k];
    if (!/^\p{Lu}[\p{L}.]*$/u.test(surface(head))) break;
    const between = view.tokens.slice(head + 1, items[0]);
    if (between.length === 0 || !between.every((t) => t.text === "," || t.key === "and" || t.key === "or")) break;
    items.unshift(head);
  }
  if (items.length < 2) return null;
  const groups = [...new Set(items.map((h) => view.template.units[view.tokens[h].party!].groupId))];
  return { ...chunk, start: items[0], groups, heads: items };
}

/** Whether `chunk` is what a support phrase names ("in support of (its ally) X", "on behalf of X"). */
function supportedParty(view: SentenceView, chunk: Chunk): boolean {
  let at = chunk.start - 1;
  while (at >= 0 && /^(?:its|their|the|ally|allies|key|close|main)$/.test(view.tokens[at].key)) at--;
  const key = view.tokens[at]?.key;
  return key === "of" && /^(?:support|behalf|defence|defense|aid)$/.test(view.tokens[at - 1]?.key ?? "");
}

/** The first chunk within `window` tokens after `at` that a verb follows at once ("... Assads government has"). */
function chunkBeforeVerb(view: SentenceView, at: number, window: number): Chunk | null {
  for (let i = at; i < view.tokens.length && i - at < window; i++) {
    const chunk = view.covering[i];
    if (!chunk) {
      if (view.lex.boundaries.has(view.tokens[i].key)) return null;
      continue;
    }
    if (chunk.start === i && !chunk.modifier && chunk.ref === null && verbish(view, chunk.end)) return chunk;
    i = chunk.end - 1;
  }
  return null;
}

/**
 * "between X on the one hand and Y on the other": X against Y (lexicon `firstSide`); `together` when the phrase set
 * the sides apart, so that the names within each side are allies.
 */
function sidesOf(view: SentenceView, first: Chunk): { agent: Chunk; patient: Chunk; together?: boolean } | null {
  const examples = examplesSides(view, first) ?? describedExamplesSides(view, first);
  if (examples) return examples;
  // "fought between A and B against C": a list closed by "against" is one side, the party after it the other.
  let end = first.end;
  if (view.tokens[end]?.text === "(") {
    while (end < view.tokens.length && end - first.end < 6 && view.tokens[end].text !== ")") end++;
    end++;
  }
  if (first.groups.length >= 2 && first.ref === null && view.tokens[end]?.key === "against") {
    const other = objectAfter(view, end + 1, 3);
    if (other && other.ref === null && !other.groups.some((g) => first.groups.includes(g))) {
      // (The listed side fights together: "clashes erupted between A and B against C"; round 72.)
      return { agent: first, patient: other, together: true };
    }
  }
  // ("between Iraq and its allies and the Islamic State": a list closed by its tail, lexicon `listTails`, is one side,
  // the party after the next "and" the other; round 72.)
  if (first.others && first.ref === null && view.tokens[first.end]?.key === "and") {
    const other = objectAfter(view, first.end + 1, 3);
    if (other && other.ref === null && !other.groups.some((g) => first.groups.includes(g))) {
      return { agent: first, patient: other };
    }
  }
  const side = view.lex.firstSide.longest(view.tokens, first.end);
  if (!side) {
    if (first.groups.length !== 1 || first.ref !== null) return sidesOfAndAnd(view, first);
    return sideAfterAside(view, first) ?? unnamedWholeSide(view, first);
  }
  // ("between A and B on one side, and C on the other": a comma may stand before the joiner; round 71.)
  const after = first.end + side.length + (view.tokens[first.end + side.length]?.text === "," ? 1 : 0);
  const joiner = view.lex.listJoiners.longest(view.tokens, after);
  const second = joiner ? objectAfter(view, after + joiner.length) : null;
  return second ? { agent: first, patient: second, together: true } : null;
}

/**
 * "between ISIS and rebel groups, the Islamic Front and the SRF among them": the names before a described last item are
 * one side, the item's examples (`Chunk.examplesAt`) the other, never set against each other (round 92).
 */
function describedExamplesSides(view: SentenceView, first: Chunk): { agent: Chunk; patient: Chunk } | null {
  const at = first.examplesAt;
  if (at === undefined || at < 1 || first.ref !== null) return null;
  const before = first.heads.slice(0, at);
  const after = first.heads.slice(at);
  const sideGroups = (heads: number[]) => [...new Set(heads.map((head) => groupAt(view, head, first)))];
  const [agent, patient] = [sideGroups(before), sideGroups(after)];
  if (agent.some((g) => patient.includes(g))) return null;
  return {
    agent: { ...first, end: before.at(-1)! + 1, groups: agent, heads: before, examplesAt: undefined },
    patient: { ...first, start: after[0], groups: patient, heads: after, examplesAt: undefined },
  };
}

/**
 * "between rebel groups, including A and B, and Y", "between the opposition (including A and B) against Y": the
 * examples (lexicon `listExamples`) of an unnamed side are that side, and the party after the aside's close (", and",
 * ") and", "against") the other; the examples are never set against each other (issue 10, round 18).
 */
function examplesSides(view: SentenceView, first: Chunk): { agent: Chunk; patient: Chunk } | null {
  if (first.ref !== null || !view.lex.listExamples.endingAt(view.tokens, first.start, 4)) return null;
  // ("including A and B, and Y": the chunker joined the close into the list; the last name after ", and" is the other
  // side when the names before it are joined by "and" alone.)
  const heads = first.heads;
  if (heads.length >= 3 && !(first.descriptions?.length)) {
    const joint = (n: number) => view.tokens.slice(heads[n - 1] + 1, heads[n]);
    const last = heads.length - 1;
    const closes = joint(last).some((t) => t.text === ",") && joint(last).some((t) => t.key === "and");
    const plain = heads.slice(1, last).every((_, k) => !joint(k + 1).some((t) => t.text === ","));
    if (closes && plain) {
      const groups = [...new Set(heads.slice(0, last).map((head) => groupAt(view, head, first)))];
      const other = groupAt(view, heads[last], first);
      if (groups.includes(other)) return null;
      return {
        agent: { ...first, end: heads[last - 1] + 1, groups, heads: heads.slice(0, last) },
        patient: tokenChunk(heads[last], [other]),
      };
    }
  }
  let end = first.end;
  if (view.tokens[end]?.text === ")" || view.tokens[end]?.text === ",") end++;
  const key = view.tokens[end]?.key;
  if (key !== "and" && key !== "against") return null;
  const other = objectAfter(view, end + 1, 3);
  if (!other || other.ref !== null || other.groups.some((g) => first.groups.includes(g))) return null;
  return { agent: first, patient: other };
}

/**
 * "between the Syrian and Lebanese forces and militants of X", "between A and B and C": three names joined by "and"
 * twice, with no comma, are two sides, the last name against the ones before it (a comma list "A, B and C" stays the
 * pairs within).
 */
function sidesOfAndAnd(view: SentenceView, first: Chunk): { agent: Chunk; patient: Chunk } | null {
  if (first.ref !== null || first.others || first.heads.length !== 3 || (first.descriptions?.length ?? 0) > 0) {
    return null;
  }
  for (let n = 1; n < first.heads.length; n++) {
    const between = view.tokens.slice(first.heads[n - 1] + 1, first.heads[n]);
    // ("between the YPG & FSA and ISIL": "&" joins as "and" does.)
    const joins = between.filter((token) => token.key === "and" || token.text === "&").length;
    if (joins !== 1 || between.some((token) => token.text === ",")) {
      return null;
    }
  }
  const last = first.heads[2];
  const groups = first.heads.slice(0, 2).map((head) => groupAt(view, head, first));
  const lastGroup = groupAt(view, last, first);
  if (groups.includes(lastGroup)) return null;
  return {
    agent: { ...first, end: last, groups: [...new Set(groups)], heads: first.heads.slice(0, 2) },
    patient: tokenChunk(last, [lastGroup]),
  };
}

/** How far past the first side of "between" its second may stand, across an aside. */
const BETWEEN_REACH = 30;

/**
 * "clashes erupted between X, which consists of A, backed by B, and Y": after an aside set off by commas, ", and"
 * closes the "between" and names the other side. The first side alone, the aside's names taking no part.
 */
function sideAfterAside(view: SentenceView, first: Chunk): { agent: Chunk; patient: Chunk } | null {
  if (view.tokens[first.end]?.text !== ",") return null;
  for (let i = first.end + 1; i < view.tokens.length && i - first.end <= BETWEEN_REACH; i++) {
    const token = view.tokens[i];
    if (/^[.;:]$/.test(token.text)) return null;
    const chunk = view.covering[i];
    // ", and Y" closing a list the aside holds ("backed by B, and Y" chunked as one list).
    if (chunk && chunk.groups.length > 1 && chunk.start > first.end) {
      for (const head of chunk.heads.slice(1)) {
        // (Past the item's article and compounds: "backed by B, and the FSA-dominated Y", round 77.)
        const opens = itemOpening(view.tokens, head);
        if (view.tokens[opens - 1]?.key === "and" && view.tokens[opens - 2]?.text === ",") {
          return { agent: first, patient: tokenChunk(head, [groupAt(view, head, chunk)]) };
        }
      }
    }
    if (chunk) {
      i = chunk.end - 1;
      continue;
    }
    if (token.key === "and" && view.tokens[i - 1]?.text === ",") {
      const second = objectAfter(view, i + 1, 3);
      return second && second.ref === null ? { agent: first, patient: second } : null;
    }
  }
  return null;
}

/**
 * "between A and an alliance of B and C", "between A and a coalition made up of B and C": an unnamed whole (lexicon
 * `unnamedWholes`) after the first side's "and" is the second side, the groups it is made of acting as one. Issue 10,
 * round 95.
 */
function unnamedWholeSide(
  view: SentenceView,
  first: Chunk,
): { agent: Chunk; patient: Chunk; together: boolean } | null {
  const tokens = view.tokens;
  let at = first.end;
  if (tokens[at]?.key !== "and") return null;
  at++;
  if (ARTICLE.test(tokens[at]?.key ?? "")) at++;
  // (Up to two plain modifiers before the noun: "a loose alliance", "a new joint operations room".)
  for (let n = 0; n < 2 && !view.lex.wholeNouns.longest(tokens, at) && LOWER_WORD.test(tokens[at]?.text ?? ""); n++) {
    at++;
  }
  const noun = view.lex.wholeNouns.longest(tokens, at);
  if (!noun || view.covering[at]?.ref === null) return null;
  at += noun.length;
  const link = view.lex.wholeLinks.longest(tokens, at);
  if (!link) return null;
  at += link.length;
  if (tokens[at]?.key === "the") at++;
  const whole = view.covering[at];
  if (!whole || whole.start !== at || whole.ref !== null || whole.groups.some((g) => first.groups.includes(g))) {
    return null;
  }
  return { agent: first, patient: whole, together: true };
}

/** Where the list item whose name is at `head` opens: past its article and a compound glued before the name. */
function itemOpening(tokens: Token[], head: number): number {
  let k = head;
  while (k > 0 && (ARTICLE.test(tokens[k - 1].key) || tokens[k - 1].glued || tokens[k]?.text === "-")) k--;
  return k;
}

/** The group of the name at token `head` of `chunk`. */
export function groupAt(view: SentenceView, head: number, chunk: Chunk): string {
  const token = view.tokens[head];
  return token.party !== undefined ? view.template.units[token.party].groupId : chunk.groups.at(-1)!;
}

/**
 * Whether a "between" stands before `at` in its sentence with no "and" after it yet: a list after `at` that ", and"
 * joins belongs to the "between", not to the phrase at `at` ("between X, backed by B, and Y").
 */
function openBetween(view: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const key = view.tokens[i].key;
    // ("between A against B, supported by C and D": "against" closes it as "and" does.)
    if (key === "and" || key === "against" || /^[.;:]$/.test(view.tokens[i].text)) return false;
    if (key === "between") return true;
  }
  return false;
}

/**
 * "This has forced A, B and other groups to battle Z": the object of a causative verb acts in the infinitive; "the
 * offensive saw groups like A and B seize P": so does the object of a verb taking a bare infinitive (lexicon
 * `bareInfinitiveVerbs`); with `control`, the object of a verb of backing before a "to" infinitive ("the United States
 * supported the SDF to fight IS", lexicon `controlVerbs`, round 34).
 */
function causedSubject(view: SentenceView, o: Occurrence, control = false): Subject | null {
  const bare = view.tokens[o.start - 1]?.key !== "to";
  const chunk = view.covering[bare ? o.start - 1 : o.start - 2];
  if (!chunk || chunk.end !== (bare ? o.start : o.start - 1) || chunk.ref !== null || chunk.modifier) return null;
  let at = chunk.start;
  while (at > 0 && ARTICLE.test(view.tokens[at - 1].key)) at--;
  // ("saw terrorist groups like A and B seize": the examples' noun and its adjectives stand between.)
  if (bare) {
    for (let n = 0; n < 3 && at > 0 && LOWER_WORD.test(view.tokens[at - 1].text); n++) {
      if (view.lex.bareInfinitiveVerbs.endingAt(view.tokens, at, 1)) break;
      at--;
    }
    while (at > 0 && ARTICLE.test(view.tokens[at - 1].key)) at--;
  }
  const verbs = bare ? view.lex.bareInfinitiveVerbs : control ? view.lex.controlVerbs : view.lex.causativeVerbs;
  // (Seen or helped to act, the parties acted of their own accord, together when listed: no "caused" subject.)
  return verbs.endingAt(view.tokens, at, 2) ? { chunk, distance: 1, via: bare ? "direct" : "caused" } : null;
}

/**
 * "The government gave Iraq the green light to strike ISIL": a "to" infinitive at `at` after a noun of permission whose
 * verb of giving takes a named object before it (lexicon `permissionLinks`): that object is the infinitive's subject;
 * "unnamed" where the object is one word naming no party; null where no such link stands. Issue 10, round 90.
 */
function permittedSubject(view: SentenceView, at: number): Subject | "unnamed" | null {
  const tokens = view.tokens;
  if (tokens[at - 1]?.key !== "to") return null;
  const noun = view.lex.permissionLinks.nouns.endingAt(tokens, at - 1, 3);
  if (!noun) return null;
  let k = at - 1 - noun.length;
  if (ARTICLE.test(tokens[k - 1]?.key ?? "")) k--;
  const chunk = view.covering[k - 1];
  const named = chunk !== undefined && chunk.end === k && chunk.ref === null && !chunk.modifier;
  // (A giver's object the text names as no party, "gave Iraq the green light", is still the one permitted: no
  // subject, never the giver.)
  let verb = named ? chunk.start - 1 : k - 2;
  if (ARTICLE.test(tokens[verb]?.key ?? "")) verb--;
  if (!view.lex.permissionLinks.verbs.has(tokens[verb]?.key ?? "")) return null;
  return named ? { chunk, distance: 1, via: "caused" } : "unnamed";
}

/**
 * Whether a noun at `at` is a copula's complement ("are close strategic allies", "became allies"): a copula right
 * before it, past up to two lower-case adjectives (lexicon `copulas`).
 */
function predicateNoun(view: SentenceView, at: number): boolean {
  let k = at;
  while (
    k > at - 2 && LOWER_WORD.test(view.tokens[k - 1]?.text ?? "") && !view.lex.copulas.endingAt(view.tokens, k, 3)
  ) {
    k--;
  }
  return view.lex.copulas.endingAt(view.tokens, k, 3) !== null;
}

/**
 * Whether the trigger is a "to" infinitive after a verb of backing (lexicon `controlVerbs`) whose object, up to three
 * plain words with no name among them, is its subject: "supported the Kurds to fight IS".
 */
function unnamedControlledSubject(view: SentenceView, o: Occurrence): boolean {
  const tokens = view.tokens;
  if (tokens[o.start - 1]?.key !== "to") return false;
  for (let at = o.start - 2; at >= 0 && at >= o.start - 5; at--) {
    // (A reference there, "the Kurds" or "them", is resolved later, by a rule that may choose the subject: refused.)
    const chunk = view.covering[at];
    if (chunk && chunk.ref !== null && at === o.start - 2 && chunk.start > 0) {
      let verbAt = chunk.start - 1;
      if (ARTICLE.test(tokens[verbAt]?.key ?? "")) verbAt--;
      return verbAt >= 0 && view.lex.controlVerbs.endingAt(tokens, verbAt + 1, 1) !== null;
    }
    if (chunk || !LETTERS.test(tokens[at].text)) return false;
    if (at < o.start - 2 && view.lex.controlVerbs.endingAt(tokens, at + 1, 1)) return true;
  }
  return false;
}

/**
 * "Despite formally renouncing its affiliation with Y in 2016, X ...": a participle clause opening the sentence has
 * the main clause's subject, the first name after its comma.
 */
function openingClauseSubject(view: SentenceView, o: Occurrence): Subject | null {
  if (!view.tokens[o.start].key.endsWith("ing")) return null;
  for (let i = o.start - 1; i >= 0; i--) {
    const token = view.tokens[i];
    if (view.covering[i] || token.text === ",") return null;
    if (i === 0 && !view.lex.prepositions.has(token.key) && !/^(?:despite|after|before|while|since)$/.test(token.key)) {
      if (!token.key.endsWith("ly")) return null;
    }
  }
  for (let i = o.end; i < view.tokens.length && i - o.end <= WINDOW; i++) {
    if (view.tokens[i].text !== ",") continue;
    const chunk = objectAfter(view, i + 1, 3);
    return chunk && chunk.ref === null ? { chunk, distance: chunk.start - o.end, via: "apposition" } : null;
  }
  return null;
}

/** How far back a verb coordinated with a trigger, or the clause a purpose infinitive completes, may stand. */
const SHARED_REACH = 30;

/**
 * "X have managed to advance closer to the center of ... and kill 47 Y militants", "X began a joint offensive on
 * the border last year to dislodge Y": a verb after "and" or "to" with no subject in reach shares the subject of
 * the nearest verb before it in the same clause.
 */
function sharedSubject(view: SentenceView, o: Occurrence): Subject | null {
  // ("X refused and instead pledged allegiance to Y": past an adverb before the verb; round 90.)
  let at = o.start;
  while (at > 1 && at > o.start - 2 && adverb(view, view.tokens[at - 1].key)) at--;
  if (at < o.start && view.tokens[at - 1]?.key !== "and") at = o.start;
  const before = view.tokens[at - 1]?.key;
  // ("X drove ISIS out of the Ghouta, crushed Y and received arms from Z": a finite verb after a comma in a list of
  // the subject's verbs; round 93.)
  const listed = before === "," && /ed$/.test(view.tokens[o.start].key);
  if (before !== "and" && before !== "to" && !listed) return null;
  for (let i = at - 2; i >= 0 && o.start - i <= SHARED_REACH; i--) {
    const token = view.tokens[i];
    // (Past the comma between two of the list's verbs, regular pasts: "drove X out, crushed Y and received Z".)
    const listComma = token.text === "," && /ed$/.test(view.tokens[i + 1]?.key ?? "") && verbish(view, i + 1);
    if (listComma) continue;
    if (view.lex.boundaries.has(token.key) || token.text === ",") return null;

    if (view.covering[i] || !verbish(view, i) || /^(?:is|are|was|were|has|have|had)$/.test(token.key)) continue;
    const subject = subjectOf(view, i);
    if (subject && subject.chunk.ref === null) return { ...subject, distance: subject.distance + 2 };
  }
  return null;
}

/** The party after the "and" that closes "both X [in P] and Y" (within a few words of X), or null. */
function secondConjunct(view: SentenceView, from: number): Chunk | null {
  for (let i = from; i < from + 5 && i < view.tokens.length; i++) {
    if (view.covering[i] || view.lex.boundaries.has(view.tokens[i].key) || view.tokens[i].text === ",") return null;
    if (view.tokens[i].key === "and") return objectAfter(view, i + 1);
  }
  return null;
}

/** "pitted X against Y": both parties follow the verb, the second after the frame's preposition. */
function pairAfter(view: SentenceView, o: Occurrence, frame: RelationFrame): Parties | null {
  const first = objectAfter(view, o.end, 4);
  if (!first || first.ref !== null) return null;
  const at = prepositionAfter(view, first.end, frame);
  const second = at >= 0 ? objectAfter(view, at) : null;
  if (!second) return null;
  // ("pitted Jaish al-Islam against Fateh al-Sham and Faylaq al-Rahman": the names listed on one side fight on it
  // together, as in "clashes between A and B on the one hand and C on the other", unless a word around says the fights
  // were apart: "two separate clashes ... pitted A against B and C"; round 44.)
  const together = jointAllowed(view, first, o) && jointAllowed(view, second, o);
  return { agent: first, patient: second, voice: "active", distance: second.start - o.end, sidesTogether: together };
}

/** How far before its purpose link a hostile act's noun may stand ("a military operation conducted by A and B, during the war, with the aim of"). */
const PURPOSE_REACH = 16;

/** Whether a participation verb (lexicon `participationVerbs`) stands right before `chunk`, past an article. */
function participatedIn(view: SentenceView, chunk: Chunk): boolean {
  const at = view.tokens[chunk.start - 1]?.key === "the" ? chunk.start - 1 : chunk.start;
  return view.lex.participationVerbs.endingAt(view.tokens, at, 6) !== null;
}

/** Whether a hostile joint act noun's trigger starts at `at` ("offensive", "campaign", "attack"). */
function actNounAt(view: SentenceView, at: number): boolean {
  return at >= 0 &&
    view.lex.triggers.at(view.tokens, at).some(({ value }) =>
      value.trigger.pos === "noun" && value.trigger.type === "clash" && value.trigger.joint === true
    );
}

/**
 * "a military offensive launched by X and Y, with the goal of capturing P from Z", "the SDF offensive aimed at
 * liberating Raqqa from ISIS", "X launched repeated counterattacks in an attempt to check the Y advance": a verb right
 * after a purpose link (lexicon `purposeLinks`) that follows a hostile act's noun has that act's agent: the "by"
 * agent after the noun, its owner, or the subject of the light verb before it. The act happened (guards between its
 * agent and the noun still apply), so the purpose words do not block the verb as an intention does. A bare "to" right
 * after the act's noun is such a link ("the SDF's campaign to capture Raqqa from ISIL"). Null when no such act stands
 * before the link.
 */
function purposeAgent(view: SentenceView, o: Occurrence): Subject | null {
  const tokens = view.tokens;
  // ("the SDF's campaign to capture Raqqa from ISIL": a bare "to" right after the act noun states its purpose too;
  // round 69.)
  // ("the operation by X (X) to capture P from Y", "a battle launched by X to successfully recapture P": or right
  // after the act's "by" agent, an -ly adverb before the verb allowed; round 88.)
  const to = tokens[o.start - 1]?.key === "to"
    ? o.start - 1
    : tokens[o.start - 2]?.key === "to" && LY_ADVERB.test(tokens[o.start - 1].key)
    ? o.start - 2
    : -1;
  const bare = to >= 0 && (actNounAt(view, to - 1) || actAgentEndsAt(view, to));
  const link = bare ? { length: o.start - to } : view.lex.purposeLinks.endingAt(tokens, o.start, 5);
  if (!link) return null;
  const linkStart = o.start - link.length;
  let noun = -1;
  for (let i = linkStart - 1; i >= 0 && linkStart - i <= PURPOSE_REACH; i--) {
    if (/^[.;:]$/.test(tokens[i].text) || view.lex.relativePronouns.has(tokens[i].key)) return null;
    if (view.covering[i]) continue;
    if (actNounAt(view, i)) {
      noun = i;
      break;
    }
  }
  if (noun < 0) return null;
  let agent: Chunk | null = null;
  for (let i = noun + 1; i < linkStart && !agent; i++) {
    if (tokens[i].key === "by") agent = agentAfterBy(view, i + 1);
  }
  agent ??= ownerBefore(view, noun) ?? lightVerbSubject(view, noun)?.chunk ?? null;
  if (!agent || agent.modifier && !ownerBefore(view, noun)) return null;
  // (After a bare "to", only a named owner: "its strikes to assist the SDF" leaves "its" to the clause's subject; and
  // not where a party takes part in the act, whose purpose is then the participant's too: "X took part in the SDF's
  // campaign to capture Raqqa from ISIL".)
  if (bare && (agent.ref !== null || participatedIn(view, agent))) return null;
  if (guardVerdict(view.guards, { clauseFrom: agent.start, triggerStart: noun, nearAt: [noun] }).block) return null;
  return { chunk: agent, distance: Math.min(o.start - agent.end, PURPOSE_REACH), via: "direct" };
}

/**
 * Whether a hostile act noun's "by" agent ends at `end`: "the operation by the SDF", "a battle launched by Iraq" (a
 * participle between the noun and its "by").
 */
function actAgentEndsAt(view: SentenceView, end: number): boolean {
  const agent = view.covering[end - 1];
  if (!agent || agent.end !== end || agent.ref !== null) return false;
  let by = agent.start - 1;
  while (by > 0 && DETERMINERS.has(view.tokens[by].key)) by--;
  if (view.tokens[by]?.key !== "by") return false;
  return actNounAt(view, by - 1) || (/ed$/.test(view.tokens[by - 1]?.key ?? "") && actNounAt(view, by - 2));
}

/**
 * A list that names a clause's unnamed set elsewhere: after a colon later in the sentence ("... joined X: A, B and
 * C"), or opening the next sentence with a lexicon introduction ("They are A, B and C", "The new merger includes A and
 * B"). Only when the clause before the trigger names no party.
 */
function listElsewhere(
  view: SentenceView,
  o: Occurrence,
  next: SentenceView | null,
): { chunk: Chunk; sentence: number } | null {
  for (let i = o.start - 1; i >= 0; i--) {
    if (view.covering[i] && view.covering[i]!.ref === null) return null;
    if (view.lex.boundaries.has(view.tokens[i].key) && view.tokens[i].key !== "that") break;
  }
  for (let i = o.end; i < view.tokens.length; i++) {
    if (view.tokens[i].text === ":") {
      const chunk = view.covering[i + 1];
      return chunk && chunk.start === i + 1 && chunk.groups.length >= 2 ? { chunk, sentence: view.index } : null;
    }
  }
  if (!next) return null;
  const opening = next.lex.listIntroductions.longest(next.tokens, 0);
  if (!opening) return null;
  let at = opening.length;
  while (ARTICLE.test(next.tokens[at]?.key ?? "")) at++;
  const chunk = next.covering[at];
  return chunk && chunk.start === at && chunk.ref === null ? { chunk, sentence: next.index } : null;
}

/** Whether a word may stand between a subject and its verb: a listed adverb (lexicon `interposedAdverbs`) or "-ly". */
function adverb(view: SentenceView, key: string): boolean {
  return key.endsWith("ly") || view.lex.interposedAdverbs.has(key);
}

/**
 * "attacked positions affiliated with the government": a past participle right after a plain noun is a reduced
 * relative on that noun, not the verb of a subject further left. A finite past form follows a name, an auxiliary,
 * an adverb, a relative pronoun, a comma or a conjunction.
 */
function reducedRelative(view: SentenceView, o: Occurrence): boolean {
  if (!o.participle) return false;
  const before = view.tokens[o.start - 1];
  if (!before || view.covering[o.start - 1] || before.party !== undefined) return false;
  const key = before.key;
  if (/^(?:has|have|had|was|were|is|are|been|being|be|and|or|but|then|to|not|never)$/.test(key)) return false;
  if (adverb(view, key) || view.lex.relativePronouns.has(key) || !LETTER_FIRST.test(before.text)) {
    return false;
  }
  if (!LOWER_FIRST.test(before.text)) return false;
  // A participle describing a noun takes no direct object: one followed by a plain word ("... province captured large
  // areas of territory from Y") is a finite verb; "positions affiliated with X" keeps its preposition.
  const after = view.tokens[o.end];
  // "airstrikes near the airport killed 90 X soldiers", "... killed X fighters": a count or a name right after it is
  // its direct object.
  if (after && (DIGIT_FIRST.test(after.text) || view.covering[o.end] !== undefined)) return false;
  if (after && after.party === undefined && LOWER_FIRST.test(after.text) && !view.lex.prepositions.has(after.key)) {
    if (!after.key.endsWith("ly") && !view.lex.boundaries.has(after.key)) return false;
  }
  // "Three groups joined X": a noun phrase opening the clause is the verb's subject; "attacked positions affiliated
  // with X": one after a verb or preposition is an object the participle describes.
  for (let i = o.start - 2; i >= 0 && o.start - i <= 6; i--) {
    const token = view.tokens[i];
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return false;
    // ("Turkish troops near the border clashed with ISIS": a place phrase on the clause's subject, right after it,
    // leaves the participle the subject's finite verb; round 69.)
    if (view.lex.prepositions.has(token.key)) {
      const head = view.covering[i - 1];
      return !(head && head.end === i && head.ref === null && !head.modifier && inSubjectPosition(view, head));
    }
    if (verbish(view, i)) return true;
  }
  return false;
}

/**
 * Whether "in" at `at` opens an act the joined party does ("in strongly opposing", "in clashes with", "in the
 * offensive on"): a gerund past adverbs, or a relation trigger noun past a determiner and adjectives; "hostile" when
 * the act is a clash trigger's, "act" for any other, null when "in" opens no act.
 */
/**
 * "X was criticised for allowing fighters to enter its territory and join Y": an infinitive after a plain noun
 * between the subject and the trigger has that noun (people) as its subject. Read for organisational relations only:
 * "X sent fighters to attack Y" still tells X's act.
 */
function ownInfinitiveSubject(view: SentenceView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const before = view.tokens[i - 1];
    if (
      view.tokens[i].key === "to" && !view.covering[i - 1] && LOWER_WORD.test(before.text) &&
      !verbish(view, i - 1) && !adverb(view, before.key) &&
      !view.lex.prepositions.has(before.key)
    ) return true;
  }
  return false;
}

function joinedInAct(view: SentenceView, at: number): "hostile" | "act" | null {
  const act = actAfterIn(view, at);
  if (act < 0) return null;
  return view.lex.triggers.at(view.tokens, act).some((p) => p.value.trigger.type === "clash") ? "hostile" : "act";
}

/**
 * The subject of "X is a rebel group affiliated with Y": the noun before the participle at `at` (up to four plain
 * words after an article, a capitalised adjective among them) is the complement of a copula, and the copula's subject is what the participle describes.
 * Null when the noun is no such complement.
 */
function predicateSubject(view: SentenceView, at: number): Subject | null {
  // ("X is a Turkmen group, allied to Y": a comma may set the participle off the noun; round 70.)
  let i = view.tokens[at - 1]?.text === "," ? at - 2 : at - 1;
  at = i + 1;
  // Where a partitive opens the complement in the article's stead ("X is among those fighting Y"; lexicon
  // `partitiveOpeners`, round 79), its first word; else -1.
  let opener = -1;
  // ("X was a Syrian rebel coalition affiliated with Y": a capitalised adjective is one of the noun's modifiers.)
  while (i >= 0 && at - i <= 4 && !view.covering[i] && /^\p{L}[\p{Ll}-]*$/u.test(view.tokens[i].text)) {
    if (ARTICLE.test(view.tokens[i].key)) break;
    opener = partitiveOpenerEndingAt(view, i, at);
    if (opener >= 0) break;
    i--;
  }
  if (opener < 0) {
    if (i >= at - 1 || !ARTICLE.test(view.tokens[i]?.key ?? "")) return null;
    // ("X is one of the groups fighting Y", "X is among the groups fighting Y".)
    opener = partitiveOpenerEndingAt(view, i, at);
  }
  if (opener < 0) {
    // ("X: a Turkmen group allied to Y": a definition list's head and its colon stand for "X is"; round 70.)
    const head = view.tokens[i - 1]?.text === ":" ? view.covering[i - 2] : undefined;
    if (head && head.end === i - 1 && head.ref === null && definitionHead(view, head)) {
      return { chunk: head, distance: at - head.end, via: "direct" };
    }
  } else i = opener;
  const copula = view.lex.copulas.endingAt(view.tokens, i, 3);
  if (!copula || view.tokens[i - 1]?.key === "as") return null;
  const subject = subjectOf(view, i - copula.length);
  return subject && subject.chunk.ref === null ? { ...subject, distance: subject.distance + at - i } : null;
}

/**
 * The first word of a partitive (lexicon `partitiveOpeners`: "one of the", "among") whose last word is at `i`, with a
 * noun after it before `at`; else -1.
 */
function partitiveOpenerEndingAt(view: SentenceView, i: number, at: number): number {
  if (i >= at - 1) return -1;
  const found = view.lex.partitiveOpeners.endingAt(view.tokens, i + 1, 3);
  return found ? i + 1 - found.length : -1;
}

/**
 * "The major parties supporting X are A, B and C", "The main group backed by Turkey is D": a participle at `at`
 * describing a plain noun phrase that opens the clause (`openingNounBefore`), its own phrase ending at `end` (its
 * object or agent) right before a copula: the copula's complement, a name, is what the participle describes. Null
 * otherwise. Round 70.
 */
function copulaComplement(view: SentenceView, at: number, end: number): Subject | null {
  return openingNounBefore(view, at) ? complementAfter(view, at, end) : null;
}

/**
 * Whether a plain noun phrase opening the clause (up to six words, a name qualifying the noun among them; at the
 * sentence's start, after a comma or after a year ending an opening time phrase) stands right before `at`, adverbs
 * aside.
 */
function openingNounBefore(view: SentenceView, at: number): boolean {
  const tokens = view.tokens;
  let i = at - 1;
  while (i >= 0 && LY_ADVERB.test(tokens[i].text)) i--;
  const noun = i;
  for (let words = 0; i >= 0 && words < 6; i--, words++) {
    const chunk = view.covering[i];
    if (chunk) {
      // ("Another FSA faction supported by Y was D": a name's own noun may be the noun described.)
      if (!chunk.modifier && !(i === noun && tokens[i].party === undefined)) return false;
      i = chunk.start;
      continue;
    }
    const token = tokens[i];
    if (
      !HYPHENED_WORD.test(token.text) || verbish(view, i) || view.lex.prepositions.has(token.key) ||
      view.lex.boundaries.has(token.key)
    ) break;
  }
  return i !== noun && (i < 0 || tokens[i].text === "," || /^\d{4}$/.test(tokens[i].text));
}

/**
 * "What retook Palmyra from ISIS in March 2016 was a combination of A, B and C", "Those who stormed the town were A
 * and B", "The force that took the city was A": a free relative opening the sentence (lexicon `freeRelatives`, or a
 * plain noun phrase and a relative pronoun) whose verb is the trigger; the copula after the verb's own phrase names its
 * agents. The copula's complement (past an article and a quantity's "of"), or null. Issue 10, round 91.
 */
function clefted(view: SentenceView, o: Occurrence, frame: RelationFrame): Subject | null {
  const tokens = view.tokens;
  let i = o.start - 1;
  while (i >= 0 && adverb(view, tokens[i].key)) i--;
  const opener = view.lex.freeRelatives.endingAt(tokens, i + 1, 3);
  if (opener) {
    // (Opening its sentence, or a complement clause after "that", a comma or a colon: "Locals insist that what retook
    // Palmyra was A and B"; round 92.)
    const openAt = i + 1 - opener.length;
    if (openAt !== 0 && !CLAUSE_OPENING.test(tokens[openAt - 1]?.key ?? "")) return null;
  } else {
    if (!view.lex.relativePronouns.has(tokens[i]?.key ?? "") || tokens[0]?.key !== "the") return null;
    for (let k = 1; k < i; k++) if (!LOWER_WORD.test(tokens[k].text) || verbish(view, k)) return null;
    if (i < 2) return null;
  }
  const object = frameObject(view, o, frame).found;
  if (!object) return null;
  let k = object.end;
  for (; k < tokens.length && k - object.end <= CLEFT_REACH; k++) {
    if (COPULA_WORD.test(tokens[k].key)) break;
    if (view.covering[k] || tokens[k].text === "," || tokens[k].text === ";" || verbish(view, k)) return null;
  }
  // (The copula right after the verb's phrase, as complementAfter reads it.)
  return complementAfter(view, o.start, k);
}

/** What may stand right before a free relative opening a clause: "that", a comma, a colon. */
const CLAUSE_OPENING = /^(?:that|,|:)$/;

/** How many words may stand between a clefted verb's own phrase and its copula ("from ISIS in March 2016 was"). */
const CLEFT_REACH = 8;
/** A copula naming who did what a free relative says. */
const COPULA_WORD = /^(?:is|are|was|were|remains|remained)$/;

/** The name a copula right at `end` has as its complement (past an article), as a subject of the participle at `at`. */
function complementAfter(view: SentenceView, at: number, end: number): Subject | null {
  const tokens = view.tokens;
  if (!/^(?:is|are|was|were|remains|remained)$/.test(tokens[end]?.key ?? "")) return null;
  let k = end + 1;
  while (ARTICLE.test(tokens[k]?.key ?? "")) k++;
  // ("was a combination of A, B and C": a quantity's "of", lexicon `quantityNouns`; round 91.)
  if (view.lex.quantityNouns.has(tokens[k]?.key ?? "") && tokens[k + 1]?.key === "of") k += 2;
  const chunk = view.covering[k];
  return chunk && chunk.start === k && chunk.ref === null && !chunk.modifier
    ? { chunk, distance: k - at, via: "direct" }
    : null;
}

/**
 * "X, an alliance battling Y", "X has been the main force fighting Y", "X a coalition fighting against Y": a gerund
 * right after an actor noun (lexicon `actorNouns`) with a party after it (past the frame's preposition and "the") is a
 * participle describing the noun, not a noun itself. Its subject is the name the noun is in apposition with, or the
 * copula's subject; null when the noun phrase is a verb's object. Undefined when the trigger is not in this shape or
 * the noun is neither: the other readings decide ("the X militant group fighting Y" is a name's own phrase).
 */
function actorGerundSubject(view: SentenceView, o: Occurrence, frame: RelationFrame): Subject | null | undefined {
  const tokens = view.tokens;
  if (!tokens[o.start].key.endsWith("ing") || !view.lex.actorNouns.has(tokens[o.start - 1]?.key ?? "")) {
    return undefined;
  }
  let after = o.end;
  if (frame.prep?.includes(tokens[after]?.key ?? "")) after++;
  if (tokens[after]?.key === "the") after++;
  const object = view.covering[after];
  if (!object || object.start !== after || object.ref !== null) return undefined;
  const described = appositionNamed(view, o.start, true) ?? predicateSubject(view, o.start);
  if (described) return described;
  // "Russia bombed rebel groups fighting Y": a noun phrase right after a verb is its object, an unnamed body whose
  // act names no party (null); elsewhere the other readings decide.
  // ("contain the US-backed Syrian Kurdish forces fighting Y": past adjectives, a qualifier compound and an article.)
  let k = o.start - 1;
  const modifier = (i: number) =>
    !view.covering[i] && !verbish(view, i) &&
    (/^[\p{L}-]+$/u.test(tokens[i].text) || tokens[i].qualifier !== undefined) &&
    !view.lex.prepositions.has(tokens[i].key) && !view.lex.boundaries.has(tokens[i].key);
  while (k > 0 && o.start - k < 8 && modifier(k - 1)) k--;
  // (Not after a copula: "X is an Arab-Kurdish coalition battling Y" describes X, the other readings' business.)
  const copula = /^(?:is|are|was|were|be|been|being|remains|remained|became|becomes)$/.test(tokens[k - 1]?.key ?? "");
  return !view.covering[k - 1] && verbish(view, k - 1) && !copula ? null : undefined;
}

const CLAUSE_OPENERS = /^(?:,|after|before|while|since|upon|when|by|thus|thereby)$/;

/** Particles and adverbs a catenative gerund takes before the verb it governs ("coming close to", "going on to"). */
const CATENATIVE_LINKS = new Set(["to", "towards", "toward", "close", "on", "near", "then", "later", "soon", "also"]);

/**
 * Where the participle clause of the verb at `at` opens: the comma or subordinator right before an -ing trigger
 * ("..., expelling Y"), or before it across up to four adverbs and one catenative gerund with its particles
 * ("..., eventually expelling Y", "..., coming close towards fully expelling Y", "..., going on to expel Y"). -1 when
 * no such clause holds the verb (a name, a boundary or any other word stands between).
 */
function participleClauseOpen(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  const own = tokens[at].key.endsWith("ing");
  if (!own && tokens[at - 1]?.key !== "to") return -1;
  let gerund = own;
  let catenative = false;
  for (let i = at - 1; i >= 0 && at - i <= 5; i--) {
    const token = tokens[i];
    if (view.covering[i] || token.party !== undefined) return -1;
    if (CLAUSE_OPENERS.test(token.key || token.text)) return gerund ? i : -1;
    if (LY_ADVERB.test(token.text) || CATENATIVE_LINKS.has(token.key)) continue;
    // One gerund that is no trigger governs the verb ("coming", "going", "managing").
    if (
      !catenative && token.key.endsWith("ing") && LOWER_WORD.test(token.text) && !view.lex.triggers.longest(tokens, i)
    ) {
      catenative = true;
      gerund = true;
      continue;
    }
    return -1;
  }
  return -1;
}

/**
 * The act of one side (a joint clash trigger noun with no "between" frame: "offensive", "operation") whose noun ends
 * right before `at`, or before a relative pronoun there ("a counter-offensive, that included"): its trigger and first
 * token. Such an act, not a name before it, is the subject of a verb of participation at `at`.
 */
export function oneSidedActBefore(view: SentenceView, at: number): { trigger: RelationTrigger; start: number } | null {
  const tokens = view.tokens;
  let end = at;
  if (/^(?:that|which)$/.test(tokens[end - 1]?.key ?? "")) {
    end--;
    if (tokens[end - 1]?.text === ",") end--;
  }
  const oneSided = (t: RelationTrigger) =>
    t.pos === "noun" && t.type === "clash" && t.joint === true && !t.frames.some((f) => f.prep?.includes("between"));
  // ("strikes" may also be a verb's form, so every trigger ending there is asked.)
  for (const n of [2, 1]) {
    if (end - n < 0) continue;
    const hit = view.lex.triggers.at(tokens, end - n).find((h) => h.length === n && oneSided(h.value.trigger));
    if (hit) return { trigger: hit.value.trigger, start: end - n };
  }
  return null;
}

/** Where an active frame's object phrase opens (-1 when its preposition is missing) and the party found there. */
function frameObject(
  view: SentenceView,
  o: Occurrence,
  frame: RelationFrame,
): { objectAt: number; found: Chunk | null } {
  // ("Turkey trains, arms and pays the SNA factions": a direct object after a verb list is every verb's.)
  const first = frame.prep ? prepositionAfter(view, o.end, frame) : verbListEnd(view, o.end);
  // ("advanced on Abu al-Duhur airbase in Idlib against Y": a place the frame's first preposition takes names no party;
  // another of its prepositions right after that place may; issue 10, round 92.)
  const second = first >= 0 && frame.prep && !frame.adjacent ? prepositionPastNamedPlace(view, first, frame.prep) : -1;
  const objectAt = second >= 0 && !view.covering[first] ? second : first;
  const found = objectAt < 0
    ? (frame.prep ? frontedRelativeObject(view, o.start, frame.prep) : null)
    : frame.adjacent
    ? adjacentObject(view, objectAt)
    : objectAfter(view, objectAt, 6, o.trigger.type === "clash");
  // ("in support of an offensive by the Syrian army": a tie's object may be the agent of the hostile act it is for;
  // round 79.)
  if (!found && objectAt >= 0 && o.trigger.type === "ally" && !frame.adjacent) {
    const agent = actAgentAfter(view, objectAt);
    if (agent) return { objectAt, found: agent };
  }
  // ("entered the ISIL-held town": a frame of entering takes only a place its holder is read from, round 74.)
  return { objectAt, found: frame.heldPlace && !found?.heldPlace ? null : found };
}

/** How many words a place named after a frame's preposition may take before another of its prepositions. */
const PLACE_OBJECT_REACH = 5;

/**
 * The token after a second preposition of `preps` that follows a place at `at` naming no party ("on Saraqeb against",
 * "towards the Abu al-Duhur airbase in Idlib against"): capitalised or hyphenated words, an optional "the", a head of
 * lexicon `placeNouns`, and the places locating it after a preposition of `OBJECT_PLACE_PREPOSITIONS`; -1 where none
 * follows.
 */
function prepositionPastNamedPlace(view: SentenceView, at: number, preps: readonly string[]): number {
  const tokens = view.tokens;
  let k = namedPlaceEnd(view, at);
  if (k < 0) return -1;
  // ("on Saraqeb in Idlib against Y": the places that locate it.)
  while (OBJECT_PLACE_PREPOSITIONS.has(tokens[k]?.key ?? "") && !preps.includes(tokens[k].key)) {
    const end = namedPlaceEnd(view, k + 1);
    if (end < 0) return -1;
    k = end;
  }
  return preps.includes(tokens[k]?.key ?? "") && tokens[k].key !== tokens[at - 1]?.key ? k + 1 : -1;
}

/**
 * The end of a place's name at `at` that no party covers: an optional "the", capitalised words, their hyphens and
 * glued articles ("Abu al-Duhur"), then a head of lexicon `placeNouns` ("airbase"), up to `PLACE_OBJECT_REACH` words;
 * -1 where no capitalised word opens it.
 */
function namedPlaceEnd(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  let k = tokens[at]?.key === "the" ? at + 1 : at;
  const from = k;
  if (!PLACE_WORD.test(tokens[k]?.text ?? "") || view.covering[k]) return -1;
  while (k - from < PLACE_OBJECT_REACH && k < tokens.length && !view.covering[k]) {
    if (PLACE_WORD.test(tokens[k].text) || tokens[k].text === "-") {
      k++;
      continue;
    }
    const head = view.lex.placeNouns.longest(tokens, k);
    if (!head) break;
    k += head.length;
  }
  return k;
}

/** How far back before its trigger a fronted preposition's relative may open (tokens). */
const FRONTED_REACH = 12;

/**
 * "the PKK, with which Turkey has been in armed conflict since 1984", "Y, against whom X fought": a relative clause
 * opened by one of the frame's prepositions and "which" or "whom", after a name and its comma, holding the trigger at
 * `at`: the name is the preposition's object. Null where none opens within reach, or a clause boundary or another
 * relative stands between. Issue 10, round 90.
 */
function frontedRelativeObject(view: SentenceView, at: number, preps: readonly string[]): Chunk | null {
  const tokens = view.tokens;
  for (let i = at - 1; i > 1 && at - i <= FRONTED_REACH; i--) {
    const key = tokens[i].key;
    if (key === "which" || key === "whom") {
      if (!preps.includes(tokens[i - 1].key)) return null;
      const comma = tokens[i - 2]?.text === "," ? i - 2 : i - 1;
      const named = view.covering[comma - 1];
      // ("X, the coalition into which Y merged": a definite apposition's noun stands for its host; round 96.)
      const host = named && named.end === comma && named.ref === "singular" ? appositionHost(view, named) : null;
      if (host) return host.ref === null && !host.modifier ? host : null;
      return named && named.end === comma && named.ref === null && !named.modifier ? named : null;
    }
    if (tokens[i].text === "," || view.lex.boundaries.has(key) || view.lex.relativePronouns.has(key)) return null;
  }
  return null;
}

/**
 * "an offensive by the Syrian army", "a major assault by X": the party named after "by" right after a hostile act's
 * noun (a clash trigger noun), past an article or possessive and up to three plain modifiers, at `at`; else null.
 */
function actAgentAfter(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  let k = at;
  if (/^(?:a|an|the|its|their)$/.test(tokens[k]?.key ?? "")) k++;
  for (let words = 0; words < 4 && k < tokens.length; words++, k++) {
    if (view.covering[k] || !LOWER_HYPHENED_WORD.test(tokens[k].text)) return null;
    const act = view.lex.triggers.at(tokens, k).find((p) =>
      p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
    );
    if (act) {
      let by = k + act.length;
      if (tokens[by]?.key !== "by") return null;
      by++;
      if (tokens[by]?.key === "the") by++;
      const agent = view.covering[by];
      return agent && agent.start === by && agent.ref === null && !agent.modifier ? agent : null;
    }
    if (verbish(view, k) || view.lex.prepositions.has(tokens[k].key) || view.lex.boundaries.has(tokens[k].key)) {
      return null;
    }
  }
  return null;
}

/**
 * "The US accused Russia of supporting the Syrian government", "criticised Iran for backing Hezbollah", "sanctions
 * against Russia for supporting Y": a gerund after "of" or "for" right after a named party has that party as its
 * subject, not the clause's (round 71).
 */
function prepositionalGerundSubject(view: SentenceView, o: Occurrence): Subject | null {
  if (!view.tokens[o.start].key.endsWith("ing") || !/^(?:of|for)$/.test(view.tokens[o.start - 1]?.key ?? "")) {
    return null;
  }
  const chunk = view.covering[o.start - 2];
  return chunk && chunk.end === o.start - 1 && chunk.ref === null && !chunk.modifier
    ? { chunk, distance: 1, via: "direct" }
    : null;
}

/** How far back a word of judging may stand from the "for" of the gerund it governs (tokens). */
const JUDGMENT_REACH = 12;

/**
 * Whether the gerund at `at` follows "for" in the clause of a word of judging (lexicon `judgmentWords`: "punished X
 * for supplying ...", "sanctions on X for providing ..."): its subject is the one judged, not the clause's subject.
 */
function judgedReason(view: SentenceView, at: number): boolean {
  if (view.tokens[at - 1]?.key !== "for" || !view.tokens[at].key.endsWith("ing")) return false;
  for (let i = at - 2; i >= 0 && at - i <= JUDGMENT_REACH; i--) {
    const key = view.tokens[i].key;
    if (view.lex.boundaries.has(key) || key === ",") return false;
    if (view.lex.judgmentWords.has(key)) return true;
  }
  return false;
}

/**
 * The party a participle opening the sentence describes ("Allied with X, Y attacked ...", "Once affiliated to X, Y"):
 * the party right after the comma that ends the frame's object, where only adverbs (lexicon `interposedAdverbs`, "-ly",
 * "once") stand before the participle; else null.
 */
function frontedParticipleSubject(
  view: SentenceView,
  o: Occurrence,
  frame: RelationFrame,
  object: Chunk,
): Chunk | null {
  if (!o.participle || !frame.prep) return null;
  const tokens = view.tokens;
  for (let i = 0; i < o.start; i++) {
    const key = tokens[i].key;
    if (key !== "once" && !view.lex.interposedAdverbs.has(key) && !LY_ADVERB.test(tokens[i].text)) return null;
  }
  let end = object.end;
  if (tokens[end]?.text === "(") { while (end < tokens.length && tokens[end].text !== ")") end++; }
  if (tokens[end]?.text === ")") end++;
  if (tokens[end]?.text !== ",") return null;
  const described = objectAfter(view, end + 1, 3);
  return described && described.ref === null && !described.groups.some((g) => object.groups.includes(g))
    ? described
    : null;
}

function activeFrame(
  view: SentenceView,
  o: Occurrence,
  frame: RelationFrame,
  next: SentenceView | null = null,
  previous: SentenceView | null = null,
): Parties | null {
  // ("an armed Syrian-operated drone", "the armed wing": a participle right after an article is an adjective, no
  // verb; round 19.)
  if (o.participle && ARTICLE.test(view.tokens[o.start - 1]?.key ?? "")) return null;
  // "the attacking forces consisting of the Syrian Army", "militias within Syria, consisting mostly of the SNA": a
  // gerund of composition after a plain noun describes that noun.
  // (Only a group's own name before it lets the gerund describe the group: "the SLF, consisting of A and B".)
  // ("X a US-backed group mainly consisting of Y": a noun of an indefinite apposition describes the name before it.)
  let appositive: Subject | null = null;
  if (o.trigger.type === "member" && o.trigger.reverse && view.tokens[o.start].key.endsWith("ing")) {
    // ("the SDF, mainly composing of the YPG": an adverb may stand before the gerund; round 53.)
    let before = o.start - 1;
    while (before > 0 && LY_ADVERB.test(view.tokens[before].text)) before--;
    const comma = view.tokens[before]?.text === ",";
    const at = comma ? before - 1 : before;
    if (at >= 0 && !view.covering[at] && LETTERS.test(view.tokens[at].text)) {
      appositive = comma ? null : appositionNamed(view, o.start, true);
      if (!appositive) return null;
    }
  }
  // ("A Syrian Army offensive that included A and B": an act names its participants, read by the participants rule; the
  // name before the act is no whole the list belongs to. Round 46.)
  if (
    ORGANISATIONAL.has(o.trigger.type) && view.lex.actParticipantLinks.longest(view.tokens, o.start) &&
    oneSidedActBefore(view, o.start)
  ) return null;
  // ("imposed sanctions on Turkish companies for providing support to ISIS": a judged one's gerund, no name before its
  // "for"; round 84.)
  if (judgedReason(view, o.start) && !prepositionalGerundSubject(view, o)) return null;
  // ("screenings of men and boys for having fought for ISIL": a perfect gerund after "for" has the noun before "for"
  // as its subject, which here names no party; round 93.)
  if (reasonGerund(view, o.start)) {
    const reasonOf = view.covering[o.start - 3];
    if (!reasonOf || reasonOf.end !== o.start - 2 || reasonOf.ref !== null) return null;
  }
  // "X, an alliance battling Y", "X has been the main force fighting Y": the gerund describes the actor noun before it.
  const actorGerund = actorGerundSubject(view, o, frame);
  if (actorGerund === null) return null;
  // "X is a rebel group affiliated with Y": a participle describing the noun a copula gives X describes X.
  const predicate = actorGerund ?? (o.participle && frame.prep ? predicateSubject(view, o.start) : null);
  // ("The major parties supporting the Syrian Government are Iran, Russia and Hezbollah": round 70; the object is
  // looked for here only after such a noun phrase, else once the frame's other tests have passed.)
  const early = !appositive && !predicate && openingNounBefore(view, o.start) ? frameObject(view, o, frame) : null;
  const complement = (early?.found ? complementAfter(view, o.start, early.found.end) : null) ??
    (!appositive && !predicate ? clefted(view, o, frame) : null);
  // (A past form, regular or not, is no noun: "SDF fighters in the town fought against ISIS"; round 69.)
  if (
    !predicate && !appositive && !complement &&
    ((!o.participle && usedAsNoun(view, o.start, o.end)) || reducedRelative(view, o))
  ) {
    return null;
  }
  // "US-backed SDF": a verb inside a compound is the adjective frame's.
  // ("from the U.S. backed SRF": a compound without its hyphen where no verb can stand, round 17.)
  if ((view.tokens[o.start - 1]?.text === "-" && view.tokens[o.start].glued) || spacedCompound(view, o)) return null;
  if (frame.pair) return pairAfter(view, o, frame);
  // ("Iran stood by the Syrian Army": a frame whose own preposition is "by" is active, the "by" no passive's agent.)
  const after = view.tokens[o.end]?.key ?? "";
  const byAt = after.endsWith("ly") ? view.tokens[o.end + 1]?.key : after;
  const ownBy = frame.prep?.includes("by") && byAt === "by" && !afterCopula(view, o.start);
  if (o.participle && !ownBy && (byAfter(view, o.end) >= 0 || afterCopula(view, o.start))) {
    // "was folded into X": a passive whose subject is still the actor of the preposition frame ("were taken from
    // Turkey to Syria" is no hostile act of its subject).
    // ("was supplied to the SDF by the US": a "by" agent past the frame's own phrase makes a verb of giving a passive
    // all the same, whose subject is the thing given; round 63.)
    if (
      !(frame.prep && o.trigger.type !== "clash" && afterCopula(view, o.start) && byAfter(view, o.end) < 0 &&
        !(o.trigger.type === "ally" && agentPastPhrase(view, o.end, frame.prep)))
    ) {
      return null;
    }
  }
  // "X advanced further, capturing the town from Y": a participle clause after a comma has the clause's subject.
  // So has one after "after", "before", "while" ("X, which changed its name after breaking off ties with Y").
  // ("..., eventually expelling Y", "..., coming close to expelling Y", "..., going on to expel Y": across adverbs and
  // a catenative gerund, whose clause it is.)
  const open = participleClauseOpen(view, o.start);
  const participleClause = open >= 0;
  // ("the United States supported the Kurds to fight IS": the infinitive's subject is the unnamed object of a verb of
  // backing, no party the text names; round 34.)
  if (!participleClause && !appositive && !predicate && unnamedControlledSubject(view, o)) return null;
  const permitted = predicate ? null : permittedSubject(view, o.start);
  if (permitted === "unnamed") return null;
  const purpose = predicate ? null : permitted ?? purposeAgent(view, o);
  const absolute = absoluteSubject(view, o);
  const subject = complement ?? appositive ?? predicate ?? purpose ?? prepositionalGerundSubject(view, o) ?? absolute ??
    participleOwner(view, o) ??
    (participleClause ? null : dashAsideSubject(view, o.start)) ??
    // ("Russian jets helped the Syrian army retake P": a bare infinitive's subject is the object before it.)
    (participleClause ? null : causedSubject(view, o, view.tokens[o.start - 1]?.key === "to")) ??
    subjectOf(view, participleClause ? open : o.start) ?? actionNounAgent(view, o.start) ??
    // ("X conducted an airstrike near P, which destroyed Y artillery": a relative on a hostile act noun has the act's
    // agent as its subject, round 21.)
    (o.trigger.type === "clash" && !participleClause ? actRelativeSubject(view, o.start) : null) ??
    (o.trigger.type === "clash" && !participleClause ? openingActSubject(view, o.start) : null) ??
    causedSubject(view, o) ?? sharedSubject(view, o) ?? openingClauseSubject(view, o) ??
    (participleClause ? null : coordinatedCopulaSubject(view, o.start)) ??
    // (After a comma or a subordinator: "the SAA captured the town, after clashing with ISIL", round 33.)
    (participleClause ? mainClauseSubject(view, open) ?? passiveAgentSubject(view, open) : null);
  const { objectAt, found: read } = early ?? frameObject(view, o, frame);
  const found = read && verbObjectPhrase(view, read.start) ? beforeCompanionLink(view, read) : read;
  // ("X joined Hezbollah's offensive": the owner of an act one takes part in is no group one joins or merges with;
  // a hostile act on what a party owns stays an act on the party, and allegiance to a group's leader is to the group.
  // Round 31.)
  const object = found?.owner && ORGANISATIONAL.has(o.trigger.type) && o.trigger.type !== "affiliate" ? null : found;
  // ("the SDF launched the offensive, with US Special Forces assisting": an ally verb with no object in an absolute
  // clause backs the main clause's subject; round 71.)
  if (!object && subject && subject === absolute && o.trigger.type === "ally") {
    const main = mainClauseSubject(view, absoluteOpening(view, subject.chunk));
    if (main && main.chunk.ref === null && !main.chunk.groups.some((g) => subject.chunk.groups.includes(g))) {
      return { agent: subject.chunk, patient: main.chunk, voice: "active", distance: o.start - main.chunk.end };
    }
  }
  // "The battle was fought between A and B": the pairs of the list after "between".
  if (object && view.tokens[objectAt - 1]?.key === "between") {
    const sides = sidesOf(view, object);
    if (sides) {
      const { together, ...parties } = sides;
      // (The sides of "between" act against each other, no side jointly with the other's act: "There was heavy fighting
      // between A and B and C" sets no two of A and B together unless the text says so, `together`; round 90.)
      return {
        ...parties,
        voice: "plural",
        distance: sides.patient.start - o.end,
        sidesTogether: together,
        jointless: true,
      };
    }
    if (object.groups.length + (object.descriptions?.length ?? 0) < 2 && object.ref !== "pair") return null;
    if (object.apart) return null;
    return { agent: object, patient: null, voice: "plural", distance: object.start - o.end };
  }
  // "X carried out air strikes near P. The strikes killed dozens of Y soldiers.": a definite act opening the sentence,
  // the verb's subject, refers back to the previous sentence's act and its one-group agent (round 19).
  const actAgent =
    !subject && object && object.ref === null && (o.trigger.type === "clash" || o.trigger.type === "ally")
      ? openingActAgent(view, o, previous)
      : null;
  if (actAgent && !actAgent.groups.some((g) => object!.groups.includes(g))) {
    return {
      agent: actAgent,
      patient: object!,
      voice: "active",
      distance: object!.start - o.end + 2,
      agentSentence: previous!.index,
    };
  }
  // ("Allied with Hezbollah, the Syrian army attacked Palmyra", "Once allied to X, Y ...": a participle opening the
  // sentence, with its frame's object, describes the subject after the comma, as "Backed by X, Y" does; round 81.)
  const fronted = !subject && object && object.ref === null ? frontedParticipleSubject(view, o, frame, object) : null;
  if (fronted) return { agent: fronted, patient: object!, voice: "active", distance: fronted.start - o.end };
  // ("The Nasib crossing falls to the Southern Front and Jabhat al-Nusra": the list after a frame whose object names its
  // agents, lexicon `agentsAfter`, acts together where no party is the verb's subject; round 93.)
  if (frame.agentsAfter && !subject && object && object.ref === null && listedParties(object) >= 2) {
    return { agent: object, patient: null, voice: "active", distance: object.start - o.end, jointOnly: true };
  }
  if (object && (!subject || subject.chunk.ref === "plural")) {
    // "Six rebel groups have announced they were joining X. They are A, B and C": the list elsewhere is the subject.
    const listed = listElsewhere(view, o, next);
    if (listed) {
      return { agent: listed.chunk, patient: object, voice: "active", distance: 0, agentSentence: listed.sentence };
    }
    if (!subject) return null;
  }
  if (object && frame.particle && !particleAfter(view, object, frame.particle)) return null;
  // ("the PKK, which Turkey considers a terrorist group": a relative pronoun before the subject is the object of a verb
  // of naming, and stands for the name before it; round 40.)
  const antecedent = !object && subject
    ? frame.label
      ? labelledAntecedent(view, subject.chunk, o.end)
      : objectRelativeAntecedent(view, subject.chunk, o, frame)
    : null;
  if (antecedent && subject) {
    return { agent: subject.chunk, patient: antecedent, voice: "active", distance: subject.distance + 1 };
  }
  // ("ISIL attacked the village, but the YPG repelled the attack": a hostile verb whose object is the definite act the
  // sentence told before is set against that act's agent; round 70.)
  // (Not a light verb, which carries the act out: "Hezbollah fighters launched the operation".)
  if (
    !object && subject && subject.chunk.ref === null && o.trigger.type === "clash" &&
    !view.lex.lightVerbs.longest(view.tokens, o.start)
  ) {
    // ("ISIL attacked the village. The YPG repelled the attack.": the act the previous sentence told, where this
    // sentence opens with the verb's subject.)
    const here = toldActAgent(view, o.end, subject.chunk);
    const before = here === null && subject.chunk.start <= 1 && /^[.;]$/.test(view.tokens[o.end + 2]?.text ?? "")
      ? previousActAgent(view, o.end + 1, previous)
      : null;
    const earlier = here ?? before;
    if (earlier && !earlier.groups.some((g) => subject.chunk.groups.includes(g))) {
      return {
        agent: subject.chunk,
        patient: earlier,
        voice: "active",
        distance: subject.distance + 2,
        ...(before ? { patientSentence: previous!.index } : {}),
      };
    }
  }
  // ("Turkey considers the PYD a terrorist organisation": a verb of naming states the relation with its label only.)
  if (frame.label && (!object || (labelEnd(view, object.end) < 0 && labelEnd(view, pastAside(view, object.end)) < 0))) {
    return null;
  }
  if (object) {
    if (!subject) return null;
    // "targeting both X in P and Y in Q": the second conjunct of "both ... and" is a target too.
    const second = view.tokens[objectAt]?.key === "both" ? secondConjunct(view, object.end) : null;
    if (second) {
      return {
        agent: subject.chunk,
        patient: { ...object, end: second.end, groups: [...new Set([...object.groups, ...second.groups])] },
        voice: "active",
        distance: subject.distance + (second.start - o.end),
      };
    }
    // "the US joined the UK in strongly opposing ...", "rebels joined ISIS in clashes with Y": joining someone in an
    // act is not joining it.
    // ("Hezbollah joined the Syrian Army in attacking X", "... to join A and B in a major ground offensive": the
    // joiner and the joined act together in a hostile act, so they are allies.)
    const act = o.trigger.type === "joined" ? joinedInAct(view, object.end) : null;
    if (act === "hostile" && subject.chunk.ref === null && object.ref === null) {
      const together = {
        ...subject.chunk,
        end: object.end,
        groups: [...new Set([...subject.chunk.groups, ...object.groups])],
        heads: [...subject.chunk.heads, ...object.heads],
      };
      return { agent: together, patient: null, voice: "active", distance: subject.distance, jointOnly: true };
    }
    if (act) return null;
    if (
      ORGANISATIONAL.has(o.trigger.type) && ownInfinitiveSubject(view, subject.chunk.end, o.start) &&
      !mergedToForm(view, o.start)
    ) return null;
    // ("A formed C with B", "A set up C together with B": the founders of a whole formed with a companion are the
    // subject and the companion; round 84.)
    const cofounders = frame.several && subject.chunk.ref === null ? foundingCompanions(view, object.end) : null;
    if (cofounders && !cofounders.groups.some((g) => object.groups.includes(g))) {
      return {
        agent: {
          ...subject.chunk,
          groups: [...new Set([...subject.chunk.groups, ...cofounders.groups])],
          heads: [...subject.chunk.heads, ...cofounders.heads],
        },
        patient: object,
        voice: "active",
        distance: subject.distance + (cofounders.start - o.end),
      };
    }
    // "A merged with B, C and D to form E": the companions after "with" merge into the result as the subject does.
    const result = o.trigger.type === "merger" && view.tokens[objectAt - 1]?.key === "with"
      ? mergerResultAfter(view, object.end) ?? mergerResultBefore(view, subject.chunk.start)
      : null;
    if (result && object.ref === null) {
      return {
        agent: subject.chunk,
        patient: result,
        voice: "active",
        distance: subject.distance + (result.start - o.end),
        alsoAgents: object,
      };
    }
    // ("The YPG and allied Arab militias, including A and B, captured P from ISIS": the allies a list tail names take
    // part in its hostile act; round 84.)
    const allies = o.trigger.type === "clash" && subject.chunk.ref === null ? subject.chunk.allies : [];
    const acting = allies.some((g) => !subject.chunk.groups.includes(g) && !object.groups.includes(g))
      ? {
        ...subject.chunk,
        groups: [...new Set([...subject.chunk.groups, ...allies])].filter((g) => !object.groups.includes(g)),
      }
      : subject.chunk;
    // (A place's holder, found by its own rule from the place the verb takes, is as near as that place: "seized the
    // town of Kassab and its border crossing, which government forces had held"; round 92.)
    const objectStart = object.heldPlace && objectAt >= 0 && objectAt < object.start ? objectAt : object.start;
    return {
      agent: acting,
      patient: object,
      voice: "active",
      distance: subject.distance + (objectStart - o.end),
      jointless: subject.via === "caused",
      ...(purpose && subject === purpose ? { guardFrom: o.start } : {}),
      // "carried out by Russian planes which support the regime": support told in a relative clause describes its
      // antecedent; a hedge of the main clause ("was believed to") does not reach it (issue 10, round 12).
      ...(subject.via === "relative" && o.trigger.type === "ally" ? { described: true } : {}),
    };
  }
  // "X attacked P. Y repelled the assault.": a definite act after the verb refers back to the previous sentence's.
  // (Not after a light verb: "Hezbollah fighters launched the operation" carry out the act, no target of it; round 53.)
  const repelled = subject && !object && o.trigger.type === "clash" && view.tokens[o.end]?.key === "the" &&
      !view.lex.lightVerbs.endingAt(view.tokens, o.end, LIGHT_VERB_WORDS)
    ? previousActAgent(view, o.end + 1, previous)
    : null;
  if (subject && repelled && !repelled.groups.some((g) => subject.chunk.groups.includes(g))) {
    return {
      agent: subject.chunk,
      patient: repelled,
      voice: "active",
      distance: subject.distance + 2,
      patientSentence: previous!.index,
    };
  }
  // "ISIL took control of the base after government forces retreated": the side that withdrew is the act's target.
  const withdrew = subject && !object && o.trigger.type === "clash" ? retreatAfter(view, o.end) : null;
  if (subject && withdrew && !withdrew.groups.some((g) => subject.chunk.groups.includes(g))) {
    return {
      agent: subject.chunk,
      patient: withdrew,
      voice: "active",
      distance: subject.distance + (withdrew.start - o.end),
    };
  }
  const several = subject && (listedParties(subject.chunk) >= 2 || subject.chunk.ref === "pair");
  // "A and B clashed" (not "A and B clashed with C": that is the preposition frame's).
  const ownPreps = o.trigger.frames.flatMap((f) => f.prep ?? []);
  if (subject && several && frame.form === "plural" && !object && !ownPreps.includes(view.tokens[o.end]?.key)) {
    return { agent: subject.chunk, patient: null, voice: "plural", distance: subject.distance };
  }
  // "The Syrian Army and Hezbollah captured the town", "A and B advanced on Palmyra": no group is the target, but
  // the actors of one hostile act are allies.
  if (
    subject && o.trigger.joint && listedParties(subject.chunk) >= 2 &&
    (subject.distance <= 3 && subject.via === "direct" ||
      subject.via === "apposition" && participleAside(view, subject.chunk.end) ||
      withAside(view, subject.chunk.end, o.start)) &&
    !(objectAt >= 0 && view.covering[objectAt])
  ) {
    const next = view.tokens[o.end]?.key;
    // "pushed from the town", "were driven out": the actors are the ones pushed.
    // ("were training rebels": a progressive is active.)
    const passive = afterCopula(view, o.start) && !view.tokens[o.start].key.endsWith("ing");
    if (next === "from" || next === "by" || next === "out" || passive) return null;
    // "The Syrian Army and ISIS fought over Palmyra": a verb that also reads "between" its subjects may set them
    // against each other; without a target it says nothing of an alliance.
    if (o.trigger.frames.some((f) => f.prep?.includes("between"))) return null;
    // ("The Turkish military and SDF began clashes with ...": a hostile verb whose plural subject fights itself, frame
    // plural, says nothing of an alliance without a target either; round 41.)
    if (o.trigger.type === "clash" && o.trigger.frames.some((f) => f.form === "plural")) return null;
    return { agent: subject.chunk, patient: null, voice: "active", distance: subject.distance, jointOnly: true };
  }
  // "X troops were killed as Y advanced": the victims of a casualty clause are the target of the act that follows.
  const victims = subject && subject.via === "direct" && o.trigger.type === "clash"
    ? casualtyBefore(view, subject.chunk)
    : null;
  if (subject && victims) {
    return { agent: subject.chunk, patient: victims, voice: "active", distance: subject.distance };
  }
  return null;
}

/**
 * How far after a hostile verb its concurrent withdrawal may open (tokens): the place taken may be named at length
 * ("imposed its control over the entire city of Tadmur in the eastern countryside of Homs, after ..."; 12 until round
 * 87).
 */
const RETREAT_REACH = 18;

/**
 * "... after government forces retreated", "..., as the remaining ISIL forces withdrew from the complex": within a few
 * words after a hostile verb without a target, a concurrent word (lexicon `concurrentWords`, or "following") and a
 * party whose verb is a withdrawal (lexicon `retreatVerbs`). The party, or null.
 */
function retreatAfter(view: SentenceView, from: number): Chunk | null {
  for (let i = from; i < view.tokens.length && i - from <= RETREAT_REACH; i++) {
    const token = view.tokens[i];
    if (view.covering[i]) return null;
    if (view.lex.concurrentWords.has(token.key) || token.key === "following") {
      let at = i + 1;
      while (/^(?:the|a|an|remaining|last)$/.test(view.tokens[at]?.key ?? "")) at++;
      const party = view.covering[at];
      if (!party || party.start !== at || party.modifier) return null;
      const verb = view.lex.retreatVerbs.longest(view.tokens, party.end);
      if (!verb) return null;
      // "after government forces abandoned their posts in the face of the ISIL offensive": withdrawn before another.
      for (let k = party.end + verb.length; k < view.tokens.length && k - party.end <= 8; k++) {
        if (view.lex.boundaries.has(view.tokens[k].key) || view.tokens[k].text === ",") break;
        if (/^(?:face|due|because|fear)$/.test(view.tokens[k].key)) return null;
      }
      return party;
    }
    if (
      view.lex.boundaries.has(token.key) ||
      (token.text === "," && !view.lex.concurrentWords.has(view.tokens[i + 1]?.key ?? ""))
    ) {
      return null;
    }
  }
  return null;
}

/**
 * Where the premodifiers of an act noun at `at` start, past its determiner ("a planned US-led offensive", "the
 * proposed joint operation"): a word there that the guards read as a cue ("planned", lexicon `guards`) qualifies the
 * act, whoever its parties are. Only lower-case words that are no verbs, party names and hyphens may stand between, up
 * to six tokens; anything else ("the May 2017 offensive") or no determiner gives `at`. Round 72.
 */
function nounPremodifiersStart(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  for (let i = at - 1; i >= 0 && at - i <= 6; i--) {
    const token = tokens[i];
    if (/^(?:a|an|the|its|their)$/.test(token.key)) return i + 1;
    // (A compound's participle, glued to its hyphen, is no verb of the clause: "a planned US-led offensive".)
    const compound = token.glued && tokens[i - 1]?.text === "-";
    const word = LOWER_HYPHENED_WORD.test(token.text) && (compound || !verbish(view, i));
    if (!word && token.party === undefined && token.qualifier === undefined && !(token.glued && token.text === "-")) {
      return at;
    }
  }
  return at;
}

/**
 * "The zone would be controlled jointly by A and B": a passive participle's auxiliaries ("be", "been", "have",
 * adverbs) and a modal before them (lexicon `modals`) are its clause's, so a guard cue among them ("would") reaches the
 * reading even where the patient names no party. Where they start; `at` when no modal stands before them. Round 68.
 */
function passiveAuxiliaryStart(view: SentenceView, at: number): number {
  let i = at;
  while (
    i > 0 && at - i < 4 && /^(?:be|been|being|have|has|had|not|\p{Ll}+ly)$/u.test(view.tokens[i - 1].key)
  ) i--;
  return i > 0 && i < at && view.lex.modals.has(view.tokens[i - 1].key) ? i - 1 : at;
}

/**
 * "A and B, backed by C, captured P": after the subject list a comma opens a participle aside (a past participle then
 * "by", a name and a comma), which leaves the list its verb.
 */
function participleAside(view: SentenceView, at: number): boolean {
  if (view.tokens[at]?.text !== ",") return false;
  const by = view.tokens[at + 2]?.key === "by" ? at + 2 : view.tokens[at + 3]?.key === "by" ? at + 3 : -1;
  if (by < 0 || !/(?:ed|en)$/.test(view.tokens[by - 1].key)) return false;
  for (let i = by + 1; i < view.tokens.length && i - by <= 8; i++) {
    if (view.tokens[i].text === ",") return true;
    if (view.lex.boundaries.has(view.tokens[i].key)) return false;
  }
  return false;
}

/**
 * "Fighters of A and B, with smaller Islamist battalions, stormed the base", "A and B, with Turkish support, stormed
 * the base": a "with" phrase between commas right after the subject at `at`, the verb at `verb` right after it (an
 * adverb allowed). Round 93.
 */
function withAside(view: SentenceView, at: number, verb: number): boolean {
  if (view.tokens[at]?.text !== "," || view.tokens[at + 1]?.key !== "with") return false;
  const end = pastAside(view, at);
  return end > at && verb - end <= 1;
}

/**
 * The subject of a passive casualty clause ("X troops were killed [near the airport]") tied to `agent`'s clause by a
 * concurrent word ("as", "when"): the victims of the act `agent` performs. No "by" agent may stand in the clause.
 */
function casualtyBefore(view: SentenceView, agent: Chunk): Chunk | null {
  let at = agent.start - 1;
  // "as the jihadist Islamic State advanced": past the article and up to two adjectives.
  for (let n = 0; at >= 0 && n < 3 && !view.lex.concurrentWords.has(view.tokens[at].key); n++) {
    if (!LOWER_WORD.test(view.tokens[at].text) || view.lex.boundaries.has(view.tokens[at].key)) return null;
    at--;
  }
  if (!view.lex.concurrentWords.has(view.tokens[at]?.key ?? "")) return null;
  for (let end = at; end > 0 && at - end <= 6; end--) {
    const token = view.tokens[end - 1];
    if (view.covering[end - 1] || token.key === "by" || token.text === ",") return null;
    const clause = view.lex.casualtyClauses.endingAt(view.tokens, end, 4);
    if (!clause) continue;
    const victims = subjectOf(view, end - clause.length);
    return victims && victims.distance === 0 && victims.chunk.ref === null ? victims.chunk : null;
  }
  return null;
}

/**
 * "The YPG captured Tel Abyad in an offensive backed by U.S.-led air strikes": support given to a hostile act is given
 * to its actor, so the passive reaches past the action noun to the clause's subject.
 */
function backedAction(view: SentenceView, o: Occurrence): boolean {
  if (o.trigger.type !== "ally") return false;
  return view.lex.triggers.at(view.tokens, o.start - 1).some((p) =>
    p.length === 1 && p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
  );
}

/** Prepositions of time that put an act noun in the clause of the act it led to ("captured P after an offensive"). */
const ACT_SUBORDINATORS = new Set(["after", "following", "during", "in", "through", "throughout"]);

/**
 * "The SDF captured them after a week-long offensive supported by coalition air strikes": an indefinite or possessed
 * act noun at `noun`, after a preposition of `ACT_SUBORDINATORS`, is the act of the main clause's subject when that
 * clause tells a hostile act (a clash trigger between the subject and the preposition). The subject, or null.
 * Round 93.
 */
function subordinatedActSubject(view: SentenceView, noun: number): Subject | null {
  const start = modifiersBefore(view, noun, 3);
  const opener = view.tokens[start]?.key ?? "";
  if (start >= noun || !/^(?:a|an|its|their)$/.test(opener) || !ACT_SUBORDINATORS.has(view.tokens[start - 1]?.key)) {
    return null;
  }
  const main = mainClauseSubject(view, start - 1);
  if (!main) return null;
  for (let k = main.chunk.end; k < start - 1; k++) {
    if (view.lex.triggers.at(view.tokens, k).some((p) => p.value.trigger.type === "clash")) return main;
  }
  return null;
}

/** Whether the word before a participle at `at` is a plain noun it describes ("an offensive led by X"). */
function describesNoun(view: SentenceView, at: number): boolean {
  // "militias in Syria backed by X": past a place phrase on the noun (capitalised words after a locative preposition).
  let place = at - 1;
  while (place > 0 && at - place <= 3 && CAPITALISED.test(view.tokens[place].text) && !view.covering[place]) place--;
  const placed = place < at - 1 && /^(?:in|near|inside|across|around)$/.test(view.tokens[place]?.key ?? "");
  if (placed) at = place;
  const before = view.tokens[at - 1];
  if (!before || view.covering[at - 1] || !LOWER_HYPHENED_WORD.test(before.text)) return false;
  const key = before.key;
  if (
    verbish(view, at - 1) || adverb(view, key) || view.lex.copulas.longest(view.tokens, at - 1)
  ) {
    return false;
  }
  // "YPG ground forces backed by X": a party noun stands for its group. Past a place phrase only where a name stands
  // right before it: an unnamed one ("airstrikes against militias in Syria backed by X") is described like any noun.
  const partyNoun = view.lex.partyNouns.endingAt(view.tokens, at, 2);
  if (partyNoun && !placed) return false;
  if (partyNoun) {
    const start = modifiersBefore(view, at - partyNoun.length, 2);
    const named = view.covering[start - 1];
    return !(named && named.end === start && named.ref === null);
  }
  // "the SDF, an Arab-Kurdish alliance supported by X": a noun in apposition to a group stands for it.
  for (let i = at - 2; i >= 0 && at - i <= 5; i--) {
    if (!INDEFINITE_ARTICLE.test(view.tokens[i].key)) continue;
    const named = view.covering[view.tokens[i - 1]?.text === "," ? i - 2 : i - 1];
    if (named && named.ref === null) return false;
    break;
  }
  return !view.lex.prepositions.has(key) && !view.lex.boundaries.has(key) && !/^(?:and|or|but|then|not)$/.test(key);
}

/**
 * "X attacked P. Y repelled the assault.", "X attacked Y. The attack was repelled by Z.": a definite hostile noun at
 * `at` with no agent or target of its own ("the assault", not "the assault by W" or "the assault on W") refers back to
 * the act of the previous sentence, whose agent is that sentence's one named subject when the sentence tells a hostile
 * act. The subject, or null.
 */
/**
 * "led by X and backed by Y": the leader a leader link (lexicon `leaderLinks`) names right before the "and" (or comma)
 * that opens the participle at `at`, or null.
 */
function leaderBefore(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  let k = at - 1;
  while (k > 0 && tokens[k].key.endsWith("ly")) k--;
  if (tokens[k]?.key !== "and" && tokens[k]?.text !== ",") return null;
  const leader = view.covering[k - 1];
  if (!leader || leader.end !== k || leader.ref !== null || leader.groups.length === 0) return null;
  const by = tokens[leader.start - 1]?.key === "the" ? leader.start - 1 : leader.start;
  return view.lex.leaderLinks.endingAt(tokens, by, 3) ? leader : null;
}

/** A joint act of attack (a clash trigger the lexicon marks `joint`: "attack", "offensive", "assault"). */
export const isJointAttack = (p: { value: { trigger: RelationTrigger } }) =>
  p.value.trigger.type === "clash" && p.value.trigger.joint === true;

/** Whether "the" at `the` opens a one-word joint act of attack ("the attack", "the offensive"). */
function definiteAttack(view: SentenceView, the: number): boolean {
  return view.tokens[the]?.key === "the" &&
    view.lex.triggers.at(view.tokens, the + 1).some((p) =>
      p.length === 1 && p.value.trigger.pos === "noun" && isJointAttack(p)
    );
}

/**
 * The one-group subject of the sentence standing before `end`, when the words between it and `end` tell an act of
 * attack (`isJointAttack`): the agent a later "the attack" refers to; else null.
 */
function toldAttackAgent(view: SentenceView, end: number): Chunk | null {
  const subject = sentenceSubject(view, end);
  if (!subject || subject.ref !== null || subject.groups.length !== 1 || subject.end > end) return null;
  const told = view.tokens.slice(subject.end, end).some((_, k) =>
    view.lex.triggers.at(view.tokens, subject.end + k).some(isJointAttack)
  );
  return told ? subject : null;
}

/**
 * "ISIL attacked the suburbs, but the attack was repelled by Y": for a passive participle right after "but the <act>
 * was", the one-group subject of the sentence, when its clause before tells a hostile act (a joint clash trigger).
 */
function earlierActAgent(view: SentenceView, at: number): Chunk | null {
  const the = at - 3;
  if (!/^(?:was|were)$/.test(view.tokens[at - 1]?.key ?? "") || !definiteAttack(view, the)) return null;
  const joiner = view.tokens[the - 1]?.key;
  return joiner === "but" || joiner === "and" ? toldAttackAgent(view, the - 1) : null;
}

/**
 * "ISIL attacked the village, but the YPG repelled the attack": where "the <act>" (a joint clash trigger noun) at `at`
 * is the object of a verb whose subject is `subject`, the sentence's own one-group subject, when its clause before
 * `subject` tells a hostile act and it is another party; else null.
 */
function toldActAgent(view: SentenceView, at: number, subject: Chunk): Chunk | null {
  if (!definiteAttack(view, at) || !/^[.,;]$/.test(view.tokens[at + 2]?.text ?? ".")) return null;
  // ("Coalition aircraft struck the attackers and helped Division 30 repel the assault": the object of a verb taking a
  // bare infinitive, lexicon `bareInfinitiveVerbs`, is helped or seen by the party of the act before, whose act is none
  // of the assault's; round 89.)
  if (view.lex.bareInfinitiveVerbs.endingAt(view.tokens, subject.start, 1)) return null;
  const main = toldAttackAgent(view, subject.start);
  return main && !main.groups.some((g) => subject.groups.includes(g)) ? main : null;
}

/** Passive light verbs that say an act was carried out ("The strikes are conducted in support of Y"). */
const CARRIED_OUT = new Set(["conducted", "carried", "launched", "performed", "executed", "waged", "mounted"]);

/**
 * The agent of the definite act opening the sentence ("The strikes in Iraq are conducted ..."), carried out by the
 * passive light verb before `at`, by the previous sentence's one named subject (`previousActAgent`); or null.
 */
function carriedOutActAgent(view: SentenceView, at: number, previous: SentenceView | null): Chunk | null {
  if (view.tokens[0]?.key !== "the" || at > 12) return null;
  let verb = -1;
  for (let i = 2; i < at; i++) {
    const token = view.tokens[i];
    if (view.lex.boundaries.has(token.key) || token.text === ",") return null;
    if (/^(?:is|are|was|were|been)$/.test(view.tokens[i - 1].key) && CARRIED_OUT.has(token.key)) verb = i;
  }
  return verb > 0 ? previousActAgent(view, 1, previous) : null;
}

/**
 * The previous sentence's act agent (`previousActAgent`) when this sentence opens with that act ("The strikes ...") as
 * the subject of the trigger `o`: only a few plain words between the act noun and the verb, no name, comma or clause
 * word.
 */
function openingActAgent(view: SentenceView, o: Occurrence, previous: SentenceView | null): Chunk | null {
  if (view.tokens[0]?.key !== "the" || o.start < 2 || o.start > 7) return null;
  for (let i = 2; i < o.start; i++) {
    const token = view.tokens[i];
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return null;
    if (view.lex.relativePronouns.has(token.key)) return null;
  }
  return previousActAgent(view, 1, previous);
}

function previousActAgent(view: SentenceView, at: number, previous: SentenceView | null): Chunk | null {
  if (!previous || view.tokens[at - 1]?.key !== "the") return null;
  // Only acts of attack ("the attack", "the offensive", "the assault": joint clash nouns), after a sentence telling one.
  const noun = view.lex.triggers.at(view.tokens, at).find((p) => p.value.trigger.pos === "noun" && isJointAttack(p));
  if (!noun) return null;
  const after = view.tokens[at + noun.length];
  // ("the strikes in Iraq": a place's preposition names no agent or target of the act.)
  if (after && /^(?:by|on|against|of|from)$/.test(after.key) && view.covering[at + noun.length + 1]) return null;
  if (view.chunks.some((c) => c.end <= at && c.ref === null && view.tokens[c.end]?.key === "'s" && c.end === at - 2)) {
    return null;
  }
  const hostile = previous.tokens.some((_, i) => view.lex.triggers.at(previous.tokens, i).some(isJointAttack));
  const subject = hostile ? sentenceSubject(previous) : null;
  return subject && subject.ref === null && subject.groups.length === 1 ? subject : null;
}

/**
 * "The SDF's offensive against ISIS was supported by the US": the owner of the attack noun (lexicon: a joint clash
 * noun) that opens the passive's clause, past its target phrase, the auxiliary and adverbs; or null.
 */
function ownedActSubject(view: SentenceView, at: number): Chunk | null {
  let i = at - 1;
  while (i > 0 && adverb(view, view.tokens[i].key)) i--;
  if (!/^(?:was|were|is|are|been)$/.test(view.tokens[i]?.key ?? "")) return null;
  for (let k = i - 1; k >= 0 && i - k <= 8; k--) {
    if (view.lex.boundaries.has(view.tokens[k].key) || view.tokens[k].text === ",") return null;
    const noun = view.lex.triggers.at(view.tokens, k).find((p) =>
      p.value.trigger.pos === "noun" && p.value.trigger.type === "clash" && p.value.trigger.joint === true
    );
    if (!noun) continue;
    const owner = ownerBefore(view, k);
    return owner && owner.ref === null ? owner : null;
  }
  return null;
}

/**
 * "an attack on P which was eventually repelled by Y", "the offensive by X, which was halted by Y": a relative
 * pronoun before the passive (past its auxiliary and adverbs) whose antecedent phrase, a few words back, holds a hostile
 * action noun: that noun's agent (its owner, "by X" after it, or the subject of the light verb before it), or null.
 */
function relativeActAgent(view: SentenceView, at: number): Chunk | null {
  let i = at - 1;
  while (i > 0 && adverb(view, view.tokens[i].key)) i--;
  while (i > 0 && /^(?:was|were|is|are|been|had|has|have|being)$/.test(view.tokens[i].key)) i--;
  if (!view.lex.relativePronouns.has(view.tokens[i]?.key ?? "") || view.tokens[i].key === "who") return null;
  if (view.tokens[i - 1]?.text === ",") i--;
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    if (view.lex.boundaries.has(view.tokens[k].key) || view.tokens[k].text === ",") return null;
    const noun = view.lex.triggers.at(view.tokens, k).find((p) =>
      p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
    );
    if (!noun) continue;
    const by = view.tokens[k + noun.length]?.key === "by" ? agentAfterBy(view, k + noun.length + 1) : null;
    const agent = by ?? ownerBefore(view, k) ?? lightVerbSubject(view, k)?.chunk ?? null;
    return agent && agent.ref === null ? agent : null;
  }
  return null;
}

/** `relativeActAgent` as a verb's subject: the act's agent, at its distance from the verb. */
function actRelativeSubject(view: SentenceView, at: number): Subject | null {
  const agent = relativeActAgent(view, at);
  return agent ? { chunk: agent, distance: at - agent.end, via: "relative" } : null;
}

/** A passive's subject, not reached across another passive's "by" agent ("... captured by X, militias backed by"). */
function passiveSubject(view: SentenceView, at: number): Subject | null {
  // (A "by" inside a dash-set aside is the aside's own: "X - led by A - is bombarded by Y".)
  const aside = dashAsideSubject(view, at);
  if (aside) return aside;
  const subject = subjectOf(view, at);
  if (!subject) return null;
  // ("X is supported by Iran, and actively supported by Y": a passive coordinated after the first shares its subject
  // across that one's agent; round 76.)
  const coordinated = /^(?:and|but)$/.test(view.tokens[pastInterposed(view, at)]?.key ?? "");
  if (!coordinated) { for (let i = subject.chunk.end; i < at; i++) if (view.tokens[i].key === "by") return null; }
  return subject;
}

/** How far back a dash-set aside may open (tokens): bounded, so the scan stays linear. */
const DASH_ASIDE_REACH = 40;

/**
 * "X - led by A which changed its name after renouncing ties with B - is regularly bombarded by Y": a verb right after
 * (auxiliaries and adverbs aside) a dash that closes an aside has the name before the aside's opening dash as its
 * subject, however long the aside (up to `DASH_ASIDE_REACH` tokens).
 */
function dashAsideSubject(view: SentenceView, at: number): Subject | null {
  const tokens = view.tokens;
  let close = at - 1;
  const adverbial = (key: string) => view.lex.interposedAdverbs.has(key) || LY_ADVERB.test(key);
  while (close > at - 4 && (AUXILIARY_WORDS.has(tokens[close]?.key ?? "") || adverbial(tokens[close]?.key ?? ""))) {
    close--;
  }
  if (tokens[close]?.text !== "-" || tokens[close].glued) return null;
  for (let k = close - 1; k > 0 && close - k <= DASH_ASIDE_REACH; k--) {
    if (/^[.;:]$/.test(tokens[k].text)) return null;
    if (tokens[k].text !== "-" || tokens[k].glued) continue;
    const chunk = view.covering[k - 1];
    return chunk && chunk.end === k && chunk.ref === null && !chunk.modifier && inSubjectPosition(view, chunk)
      ? { chunk, distance: at - chunk.end, via: "apposition" }
      : null;
  }
  return null;
}

const AUXILIARY_WORDS = new Set(["is", "are", "was", "were", "has", "have", "had", "been", "being", "be"]);

/** Subordinators a passive gerund ("before being expelled") follows. */
const BEING_LINKS = new Set(["before", "after", "until", "since"]);

/**
 * "X, which occupied the hamlet before being expelled by Y": the subject of a passive gerund after a subordinator is
 * the subject of the nearest verb before it in the same clause (no comma or boundary between).
 */
function beingSubject(view: SentenceView, at: number): Subject | null {
  if (view.tokens[at - 1]?.key !== "being") return null;
  // ("after previously being expelled": an adverb may stand between the link and "being", round 17.)
  const link = LY_ADVERB.test(view.tokens[at - 2]?.text ?? "") ? at - 3 : at - 2;
  if (!BEING_LINKS.has(view.tokens[link]?.key ?? "")) return null;
  // (", after being expelled from it by Y": the comma before the link sets the adverbial off its own clause; the
  // clause's verb may stand further back, past its object and place and time phrases.)
  const from = view.tokens[link - 1]?.text === "," ? link - 2 : link - 1;
  for (let i = from; i > 0 && at - i <= WINDOW + (from < link - 1 ? 8 : 0); i--) {
    const token = view.tokens[i];
    if (token.text === "," || view.lex.boundaries.has(token.key)) return null;
    if (!view.covering[i] && verbish(view, i)) {
      const subject = subjectOf(view, i);
      // (The main clause's own object and phrases between its verb and the adverbial do not part the two: only the
      // words from the link on count.)
      return subject && subject.chunk.ref === null
        ? { ...subject, distance: subject.distance + Math.min(at - i, at - link + 2) }
        : null;
    }
  }
  return null;
}

/** Prepositions that make a hostile noun the setting of a passive's act ("expelled during an operation launched by Y"). */
const OPERATION_LINKS = new Set(["in", "during", "amid"]);

/**
 * "were killed in air strikes by the US-led coalition", "were killed in Syrian air force raids": a hostile passive's
 * agent named through the action noun after "in" (its "by" agent, or the name compounded before it). Issue 10, round
 * 10: also after "during" or "amid", past the verb's own place phrase, and past the participle of a light verb ("was
 * expelled from P during an operation launched by Y"): the one agent the passive's clause names is the operation's.
 */
/**
 * Where a casualty participle coordinated right after a passive ends ("killed and dozens of others injured", "killed
 * and 20 wounded": "and", then up to four plain words or numbers, then a state of lexicon `casualtyResults`), or `at`.
 */
function coordinatedCasualtiesEnd(view: SentenceView, at: number): number {
  if (view.tokens[at]?.key !== "and") return at;
  for (let i = at + 1; i <= at + 5 && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (view.lex.casualtyResultStates.has(token.key)) return i + 1;
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return at;
  }
  return at;
}

/**
 * The group whose people (lexicon `targetPeople`) are the subject of the passive participle at `at`: a name, its
 * possessive allowed, up to two plain words ("top", "senior"), the people noun, then only auxiliaries and adverbs up to
 * the participle ("A Hezbollah commander was killed", "ISIL's top commander had been killed"). Else null.
 */
function targetPeopleSubject(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  const k = pastInterposed(view, at);
  if (k === at - 1 || !view.lex.targetPeople.has(tokens[k]?.key ?? "")) return null;
  let end = k;
  for (let n = 0; n < 2 && LOWER_WORD.test(tokens[end - 1]?.text ?? "") && !view.covering[end - 1]; n++) end--;
  if (tokens[end - 1]?.key === "'s") end--;
  const chunk = view.covering[end - 1];
  return chunk && chunk.end === end && chunk.ref === null && chunk.groups.length === 1 ? chunk : null;
}

/** Whether an adverbial naming the act a passive's agent did opens at `at`: "in", "during", "amid" or "due to". */
function operationLink(view: SentenceView, at: number): boolean {
  const key = view.tokens[at]?.key;
  return key !== undefined && (OPERATION_LINKS.has(key) || (key === "due" && view.tokens[at + 1]?.key === "to"));
}

/**
 * Past "along with" or "together with" and the people killed with a passive's subject, up to an adverbial link
 * ("was killed along with several other Hezbollah militants in an ambush by Y"), or `at`.
 */
function pastCompanionDead(view: SentenceView, at: number): number {
  if (!/^(?:along|together)$/.test(view.tokens[at]?.key ?? "") || view.tokens[at + 1]?.key !== "with") return at;
  for (let i = at + 2; i < at + 10 && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (operationLink(view, i)) return i;
    if (token.text === "," || view.lex.boundaries.has(token.key) || verbish(view, i)) return at;
  }
  return at;
}

function instrumentAgent(view: SentenceView, o: Occurrence): Chunk | null {
  if (o.trigger.type !== "clash") return null;
  // The adverbial opens right after the verb or past the verb's own place phrase, without a name, comma or boundary
  // ("was expelled from P during an operation launched by Y", "were driven out of P in an offensive by Y").
  // ("were killed and dozens of others injured Saturday in Y air strikes": past the casualties coordinated after it.)
  // ("was killed along with several other X militants in an ambush by Y": past the people killed with the subject,
  // round 75.)
  const start = pastCompanionDead(view, coordinatedCasualtiesEnd(view, o.end));
  let open = start;
  while (open < start + 5 && open < view.tokens.length && !operationLink(view, open)) {
    const token = view.tokens[open];
    if (view.covering[open] || token.text === "," || view.lex.boundaries.has(token.key)) return null;
    if (view.lex.relativePronouns.has(token.key) || verbish(view, open)) return null;
    open++;
  }
  if (!operationLink(view, open)) return null;
  // ("were killed due to artillery fire from Y": "due to" opens the act as "in" does, round 75.)
  if (view.tokens[open].key === "due") open++;
  // ("expelled in mid-October during an operation": past a time phrase to the adverbial after it.)
  const dated = timePhraseEnd(view, open);
  if (dated > open && OPERATION_LINKS.has(view.tokens[dated]?.key ?? "")) open = dated;
  let hops = 0;
  for (let i = open + 1; i < open + 6 && i < view.tokens.length; i++) {
    // "were killed in northern Syria during a military operation by Y": the verb's place phrase ends at a second
    // adverbial link, whose noun is read with a window of its own (once, so the scan stays linear).
    if (hops === 0 && OPERATION_LINKS.has(view.tokens[i].key)) {
      hops++;
      open = i;
      continue;
    }
    // "in a series of Russian air strikes": a mention holding its act noun (wire-objects.ts).
    const named = namedActAgent(view, i);
    if (named) return named;
    const noun = view.lex.triggers.at(view.tokens, i).find((p) =>
      p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
    );
    if (noun) {
      let after = i + noun.length;
      // The operation noun's own agent: "by Y", "launched by Y", "led by Y" (a light verb's participle before "by").
      const light = view.lex.lightVerbs.longest(view.tokens, after);
      if (light && view.tokens[after + light.length]?.key === "by") after += light.length;
      if (view.tokens[after]?.key === "by") return objectAfter(view, after + 1, 4);
      // ("were killed in artillery fire from Y", "in shelling from Y": "from" names the act's source; round 75.)
      if (view.tokens[after]?.key === "from") {
        const source = objectAfter(view, after + 1, 2);
        if (source && source.ref === null && !source.modifier) return source;
      }
      // ("were killed in a joint operation between the Lebanese Army and Hezbollah": a joint act's "between" names
      // the parties that carried it out together; round 75.)
      if (noun.value.trigger.joint && view.tokens[after]?.key === "between") {
        const agents = objectAfter(view, after + 1, 4);
        if (agents && agents.ref === null && listedParties(agents) >= 2) return agents;
      }
      const named = view.covering[i - 1];
      if (named && named.end === i && named.ref === null) return named;
      // ("were killed in US-led air strikes": a name compounded with an agentive participle before the act noun is its
      // agent, as "US-led air strikes killed X" reads; round 80.)
      return agentCompoundEndingAt(view, i);
    }
    if (view.lex.boundaries.has(view.tokens[i].key) || view.tokens[i].text === ",") return null;
  }
  return null;
}

/**
 * "hit by airstrikes carried out by the coalition", "backed by air strikes from the coalition": a passive's "by" naming
 * an act noun (a noun trigger) whose own agent follows it ("by", a light verb's participle and "by", "from", "of") is
 * that agent's act (issue 10, round 18). `at` is the index after the passive's "by" of the occurrence `o`.
 */
function actNounAgent(view: SentenceView, at: number, o: Occurrence): Chunk | null {
  // (Hostile and supporting acts only: "formed by the merger of A and B" is the merger's own frame.)
  const acts = (type: RelationType) => type === "clash" || type === "ally";
  if (!acts(o.trigger.type)) return null;
  for (let i = at; i < at + 4 && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return null;
    const noun = view.lex.triggers.at(view.tokens, i).find((p) =>
      p.value.trigger.pos === "noun" && acts(p.value.trigger.type)
    );
    if (!noun) continue;
    const after = i + noun.length;
    const light = view.lex.lightVerbs.longest(view.tokens, after);
    if (light && view.tokens[after + light.length]?.key === "by") return objectAfter(view, after + light.length + 1, 4);
    const key = view.tokens[after]?.key;
    return key === "by" || key === "from" || key === "of" ? objectAfter(view, after + 1, 4) : null;
  }
  return null;
}

/**
 * "backed by US-led air strikes": a name compounded into the agent noun is the agent; read for support only, since
 * a hostile act told so ("hit by US-led air strikes") is too often an accident or friendly fire to be a clash.
 */
function compoundAgent(view: SentenceView, at: number, o: Occurrence): Chunk | null {
  if (o.trigger.type !== "ally") return null;
  for (let i = at; i < at + 3 && i < view.tokens.length; i++) {
    const chunk = view.covering[i];
    if (!chunk) continue;
    if (!chunk.modifier || chunk.owner || view.tokens[chunk.end]?.text !== "-") return null;
    // ("supported by the US-led CJTF–OIR coalition": a name a few words after the compound is the group it qualifies,
    // the agent; round 48.)
    for (let k = chunk.end + 2; k < chunk.end + 6 && k < view.tokens.length; k++) {
      const named = view.covering[k];
      if (named) return named.modifier ? null : named;
      const token = view.tokens[k];
      if (/^[,.;:()]$/.test(token.text) || view.lex.prepositions.has(token.key) || verbish(view, k)) break;
    }
    return chunk;
  }
  return null;
}

/**
 * "weapons that were given to X by Y", "arms sent to X": the word a passive participle at `at` says something of, past
 * its auxiliaries and a relative pronoun (its subject's head), so that a frame's `gapHead` asks the thing given to be
 * aid (round 69).
 */
function passiveSubjectHead(view: SentenceView, at: number): Token | undefined {
  let i = at - 1;
  while (
    i >= 0 &&
    (/^(?:is|are|was|were|be|been|being|has|have|had|that|which)$/.test(view.tokens[i].key) ||
      adverb(view, view.tokens[i].key))
  ) i--;
  return view.tokens[i];
}

/**
 * "The offensive, launched in 2016 by the SDF against ISIS": a passive with a preposition relates its agent to the
 * preposition's object (the subject is the action itself); `gap` words may stand between participle and "by".
 */
function passiveWithObject(view: SentenceView, o: Occurrence, frame: RelationFrame): Parties | null {
  if (frame.gapHead && !gapHeadFits(view.lex, frame, passiveSubjectHead(view, o.start))) return null;
  let by = -1;
  // ("Manbij was taken on 9 December by X from Y": past a time phrase, which the gap does not count; round 90.)
  const from = timePhraseEnd(view, o.end);
  for (let i = from; i <= from + (frame.gap ?? 1) && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (token.key === "by") {
      by = i + 1;
      break;
    }
    // "Palmyra was captured from ISIS by the Syrian Army": the preposition's object first, then the agent.
    if (frame.prep?.includes(token.key)) {
      const object = objectAfter(view, i + 1);
      // ("a campaign being waged against it in northwest Syria by Y": past a place or time phrase, round 17.)
      // (Only words of place and time between: "from ISIS in an offensive backed by Y" is no passive's agent.)
      let byAt = !object
        ? -1
        : view.tokens[object.end]?.key === "by"
        ? object.end + 1
        : byPastExamples(view, object) ?? byAfter(view, object.end);
      if (object && byAt > object.end + 1) {
        for (let k = object.end; k < byAt - 1 && byAt >= 0; k++) {
          // (An aside between commas is no clause of the passive's: "on 24 August, the first day of Operation X,".)
          if (view.tokens[k].text === "," && pastAside(view, k) > k) {
            k = pastAside(view, k) - 1;
            continue;
          }
          if (verbish(view, k) || view.lex.triggers.longest(view.tokens, k)) byAt = -1;
        }
      }
      const agent = byAt >= 0 ? objectAfter(view, byAt, 4) : null;
      return object && agent ? { agent, patient: object, voice: "passive", distance: agent.start - o.end } : null;
    }
    if (view.covering[i] || view.lex.boundaries.has(token.key) || token.text === ",") return null;
  }
  if (by < 0) return null;
  const agent = objectAfter(view, by);
  if (!agent) return null;
  const objectAt = prepositionAfter(view, agent.end, { ...frame, gap: 3 });
  const object = objectAt >= 0 ? objectAfter(view, objectAt) : null;
  // "The offensive was launched by A and B": no target named, but the agents acted together.
  if (!object && o.trigger.joint && listedParties(agent) >= 2) {
    return { agent, patient: null, voice: "passive", distance: agent.start - o.end, jointOnly: true };
  }
  if (!object) return null;
  return { agent, patient: object, voice: "passive", distance: object.start - o.end };
}

/**
 * "was taken from rebel factions, chiefly the Levant Front, by X": examples after a comma (a phrase of lexicon
 * `listExamples` before them) end with the comma that closes their aside; a "by" right after it is the passive's. The
 * position after that "by", else null. Round 93.
 */
function byPastExamples(view: SentenceView, object: Chunk): number | null {
  const tokens = view.tokens;
  if (tokens[object.end]?.text !== "," || tokens[object.end + 1]?.key !== "by") return null;
  let start = object.start;
  while (start > 0 && DETERMINERS.has(tokens[start - 1].key)) start--;
  const opener = view.lex.listExamples.endingAt(tokens, start, 4);
  return opener && tokens[start - opener.length - 1]?.text === "," ? object.end + 2 : null;
}

/**
 * "the SDF, a coalition of militias backed by X", commas stripped or not: a participle after an indefinite apposition
 * (up to five plain words: "a coalition of militias") describes the name the apposition stands after.
 */
function appositionNamed(view: SentenceView, at: number, compounds = false): Subject | null {
  for (let i = at - 1; i >= 0 && at - i <= (compounds ? 7 : 5); i--) {
    const token = view.tokens[i];
    // (`compounds`: "X a US-backed group mainly consisting of": a compound on the noun and an adverb after it.)
    const compound = compounds &&
      (token.text === "-" || view.tokens[i + 1]?.text === "-" || view.tokens[i - 1]?.text === "-");
    if (compound && (token.text === "-" || token.qualifier !== undefined || token.glued)) continue;
    // ("X, a large, moderate Y-affiliated alliance": a comma between coordinate adjectives, round 21.)
    if (coordinateComma(view, i)) continue;
    if (view.covering[i] || token.qualifier !== undefined || !/^[\p{L}-]+$/u.test(token.text)) return null;
    // ("X, one of the groups fighting Y": a partitive in the article's stead, lexicon `partitiveOpeners`, round 79.)
    const opener = partitiveOpenerEndingAt(view, i, at);
    if (opener >= 0) {
      const end = view.tokens[opener - 1]?.text === "," ? opener - 1 : opener;
      const named = view.covering[end - 1];
      return named && named.end === end && named.ref === null && !named.modifier && named.groups.length === 1
        ? { chunk: named, distance: at - named.end, via: "apposition" }
        : null;
    }
    if (!INDEFINITE_ARTICLE.test(token.key)) {
      if (verbish(view, i) || view.lex.boundaries.has(token.key) || view.lex.listJoiners.longest(view.tokens, i)) {
        return null;
      }
      continue;
    }
    const end = view.tokens[i - 1]?.text === "," ? i - 1 : i;
    const named = view.covering[end - 1];
    return named && named.end === end && named.ref === null && !named.modifier && named.groups.length === 1
      ? { chunk: named, distance: at - named.end, via: "apposition" }
      : null;
  }
  return null;
}

/** `chunk` when it is a side of "between" itself, right after "between" or "against" (past determiners), else undefined. */
function sideOfBetween(view: SentenceView, chunk: Chunk | null | undefined): Chunk | undefined {
  if (!chunk) return undefined;
  let before = chunk.start - 1;
  while (before >= 0 && DETERMINERS.has(view.tokens[before].key)) before--;
  const key = view.tokens[before]?.key;
  return key === "between" || key === "against" ? chunk : undefined;
}

/**
 * "X, spearheaded by A and backed by B": the name a first participle phrase describes (after its comma), when the
 * participle at `at` follows "and" right after that phrase's agent. The name's chunk, or null.
 */
function coordinatedParticiplePatient(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  if (tokens[at - 1]?.key !== "and") return null;
  const agent = view.covering[at - 2];
  if (!agent || agent.end !== at - 1 || agent.ref !== null) return null;
  let by = agent.start - 1;
  while (ARTICLE.test(tokens[by]?.key ?? "")) by--;
  if (tokens[by]?.key !== "by") return null;
  const participle = by - 1;
  if (!/^\p{Ll}+ed$/u.test(tokens[participle]?.text ?? "") || tokens[participle - 1]?.text !== ",") return null;
  const named = view.covering[participle - 2];
  return named && named.end === participle - 1 && named.ref === null && !named.modifier ? named : null;
}

/**
 * "clashes erupted between the previously allied Tahrir al-Sham and Jund al-Aqsa": a mutual tie's participle written apart
 * after "the" (an adverb in -ly may stand between) and before a list of two or more names describes the list's
 * groups as tied to each other; its pairs, or null. Round 71.
 */
export function attributiveList(view: SentenceView, o: Occurrence): Parties | null {
  if (!o.participle || !SYMMETRIC.has(o.trigger.type) || view.tokens[o.start].glued) return null;
  // (A mutual tie: a verb whose active frame takes its partner after "with", "allied", "aligned"; "the armed A and B"
  // are armed men, "the backed A and B" says nothing of each other.)
  if (!o.trigger.frames.some((f) => f.form === "adjective")) return null;
  if (!o.trigger.frames.some((f) => f.form === "active" && f.prep?.includes("with"))) return null;
  let article = o.start - 1;
  if (LY_ADVERB.test(view.tokens[article]?.text ?? "")) article--;
  if (view.tokens[article]?.key !== "the") return null;
  // (The chunker reads "the previously allied A and B" as one party phrase, its words a description of the list.)
  const chunk = view.covering[o.end];
  if (!chunk || chunk.heads[0] !== o.end || chunk.ref !== null || chunk.others || chunk.groups.length < 2) return null;
  return { agent: chunk, patient: null, voice: "adjective", distance: 0 };
}

/**
 * "designated by Turkey as a terrorist group": where a label (lexicon `labels`) follows the by-agent instead of the
 * participle, the position after "by", else -1.
 */
function labelAfterAgent(view: SentenceView, at: number): number {
  const by = byAfter(view, at);
  if (by < 0) return -1;
  const agent = objectAfter(view, by, 4);
  return agent && labelEnd(view, agent.end) >= 0 ? by : -1;
}

function passiveFrame(
  view: SentenceView,
  o: Occurrence,
  frame: RelationFrame,
  previous: SentenceView | null = null,
): Parties | null {
  if (frame.prep) return passiveWithObject(view, o, frame);
  // ("was listed as a terrorist organisation by X": the label stands between the participle and its "by".)
  // ("an organization designated by Turkey as a terrorist group": or after the agent; round 50.)
  const labelled = frame.label ? labelEnd(view, o.end) : o.end;
  const by = frame.agentPrep
    ? agentPrepAfter(view, o.end, frame.agentPrep)
    : labelled >= 0
    ? byAfter(view, labelled)
    : labelAfterAgent(view, o.end);
  if (by < 0 && (labelled < 0 || frame.agentPrep)) return null;
  let agent = by >= 0
    ? objectAfter(view, by) ?? compoundAgent(view, by, o) ?? actNounAgent(view, by, o)
    : instrumentAgent(view, o);
  if (!agent) return null;
  // ("X was joined by Y in attacking Z": joining someone in an act is not joining it, as in the active; and "X, joined
  // by Y, stormed Z" sets Y beside X in the act, lexicon `companionLinks`: the passive of joining only after a form of
  // "be", past adverbs; round 95.)
  if (o.trigger.type === "joined") {
    let k = o.start;
    while (k > 1 && adverb(view, view.tokens[k - 1].key)) k--;
    if (!afterCopula(view, k) || joinedInAct(view, agent.end)) return null;
  }
  // "between X, backed by B, and Y": the ", and" closes the "between"; the agent is B alone.
  if (agent.groups.length > 1 && agent.ref === null && openBetween(view, o.start)) {
    agent = tokenChunk(agent.heads[0], [groupAt(view, agent.heads[0], agent)]);
  }
  // "with Iraqi forces aided by coalition airstrikes": a passive participle right after a name describes it.
  // ("between the SDF, supported by the US-led coalition, and ISIS", "between A against B, supported by C": after a
  // side of "between" and its comma too, issue 10, round 18.)
  // (A list's last name only: "between ISIS and the SDF, supported by the coalition".)
  const listBefore = view.tokens[o.start - 1]?.text === "," &&
      view.tokens.slice(0, o.start).some((t) => t.key === "between")
    ? sideOfBetween(view, view.covering[o.start - 2])
    : undefined;
  const lastHead = listBefore?.heads.at(-1);
  const sideBefore = listBefore && listBefore.groups.length > 1 && lastHead !== undefined
    ? { ...tokenChunk(lastHead, [groupAt(view, lastHead, listBefore)]), end: listBefore.end }
    : listBefore;
  const adjacent = sideBefore && sideBefore.end === o.start - 1 ? sideBefore : view.covering[o.start - 1];
  // "they faced a rebel counter-offensive led by X": a participle right after a plain noun describes that noun.
  // (The aside's agent stands before the aside's closing comma: "between X, supported by Y, and Z".)
  const asideAgent = adjacent !== sideBefore ||
    !view.tokens.slice(o.end, agent.start).some((t) => t.text === ",");
  // ("The Syrian Army, spearheaded by the Tiger Forces and backed by the National Defence Forces, launched": a second
  // participle joined to a first one's agent by "and" describes what the first describes; round 37.)
  // ("The main group backed by Turkey is the Sultan Murad Division": round 70.)
  const complement = copulaComplement(view, o.start, agent.end);
  if (complement) {
    return { agent, patient: complement.chunk, voice: "passive", distance: complement.distance };
  }
  const coordinated = coordinatedParticiplePatient(view, o.start);
  // ("P was retaken by X, backed by Y": support described after a passive's "by" agent and its comma goes to that
  // agent; issue 10, round 67.)
  const supported = o.trigger.type === "ally" && !coordinated && view.tokens[o.start - 1]?.text === ","
    ? passiveAgentBefore(view, o.start)
    : undefined;
  // ("factions backed by Turkey, including A and B": the examples of the set the participle describes; round 67.)
  const examples = !coordinated && !supported ? describedSetExamples(view, o.start) : null;
  const act = !coordinated && !supported && !examples ? actAgentBeforeComma(view, o) : null;
  const patient = coordinated
    ? { chunk: coordinated, distance: o.start - coordinated.end, via: "direct" as const }
    : examples
    ? examples
    : act
    ? act
    : supported
    ? { chunk: supported, distance: o.start - supported.end, via: "apposition" as const }
    : adjacent && (adjacent.end === o.start || adjacent === sideBefore) && asideAgent &&
        adjacent.ref === null && !adjacent.modifier
    ? { chunk: adjacent, distance: 0, via: "direct" as const }
    : appositionNamed(view, o.start) ?? copulaComplementSubject(view, o.start) ??
      (describesNoun(view, o.start) && !backedAction(view, o)
        ? null
        : passiveSubject(view, o.start) ?? beingSubject(view, o.start) ??
          (backedAction(view, o) ? subordinatedActSubject(view, o.start - 1) : null));
  if (patient) {
    return { agent, patient: patient.chunk, voice: "passive", distance: patient.distance + (agent.start - o.end) };
  }
  // ("A Hezbollah commander was killed by Y", "ISIL's top commander was killed by Y": the people of a group a hostile
  // act hit stand for the group, as after an active verb (lexicon `targetPeople`); round 75.)
  const hit = o.trigger.type === "clash" ? targetPeopleSubject(view, o.start) : null;
  if (hit && !hit.groups.some((g) => agent!.groups.includes(g))) {
    return { agent, patient: hit, voice: "passive", distance: o.start - hit.end + (agent.start - o.end) };
  }
  // "X launched an attack on P which was repelled by Y": the attack's agent is what Y repelled.
  const attacker = o.trigger.type === "clash" ? relativeActAgent(view, o.start) : null;
  if (attacker && !attacker.groups.some((g) => agent!.groups.includes(g))) {
    return { agent, patient: attacker, voice: "passive", distance: agent.start - attacker.end };
  }
  // "The SDF's offensive against ISIS was supported by the US": support given to an act goes to its owner.
  const owner = o.trigger.type === "ally" ? ownedActSubject(view, o.start) : null;
  if (owner && !owner.groups.some((g) => agent!.groups.includes(g))) {
    return { agent, patient: owner, voice: "passive", distance: agent.start - o.end };
  }
  // "X attacked P, but the attack was repelled by Y": a definite act after "but" refers to the act its clause told.
  const earlier = o.trigger.type === "clash" ? earlierActAgent(view, o.start) : null;
  if (earlier && !earlier.groups.some((g) => agent!.groups.includes(g))) {
    return { agent, patient: earlier, voice: "passive", distance: agent.start - earlier.end };
  }
  // "an offensive led by X and backed by Y": support given to an act goes to its leader.
  const leader = o.trigger.type === "ally" ? leaderBefore(view, o.start) : null;
  if (leader && !leader.groups.some((g) => agent!.groups.includes(g))) {
    return { agent, patient: leader, voice: "passive", distance: agent.start - leader.end };
  }
  // "X attacked Y. The attack was repelled by Z.": a definite act opening the sentence refers back.
  // ("The offensive was backed by Z": support given to an act is given to its actor.)
  const opening = (o.trigger.type === "clash" || o.trigger.type === "ally") && view.tokens[0]?.key === "the"
    ? previousActAgent(view, 1, previous)
    : null;
  if (
    opening && !opening.groups.some((g) => agent!.groups.includes(g)) &&
    /^(?:was|were)$/.test(view.tokens[2]?.key ?? "")
  ) {
    return {
      agent,
      patient: opening,
      voice: "passive",
      distance: agent.start - o.end,
      patientSentence: previous!.index,
    };
  }
  // "Backed by Y, X has ...": an opening participle's patient is the subject after the comma.
  // Without the comma wire copy strips ("Backed by Russias support Assads government has ..."): the sentence's subject.
  // ("Trained, paid and armed by Turkey, its factions ...": a list of participles may open the sentence; round 84.)
  if (o.start <= 1 || openingParticipleList(view, o.start)) {
    const after = view.tokens[agent.end]?.text === ","
      ? objectAfter(view, agent.end + 1, 3)
      : chunkBeforeVerb(view, agent.end, 5);
    if (after) return { agent, patient: after, voice: "passive", distance: after.start - o.end };
  }
  // ("X advanced in Diyala, supported by Y": a support participle after a comma that no name stands before describes
  // the main clause's act, so its subject is what Y backs; round 48.)
  if (
    o.trigger.type === "ally" && o.start >= 2 && view.tokens[o.start - 1].text === "," && !view.covering[o.start - 2]
  ) {
    const main = mainClauseSubject(view, o.start - 1);
    if (main && agent.groups.some((g) => !main.chunk.groups.includes(g))) {
      return { agent, patient: main.chunk, voice: "passive", distance: main.distance + (agent.start - o.end) };
    }
  }
  // "1000 km2 had been captured by TAF and SNA": no group is the patient, but the agents acted together.
  // (Not the backers of a support verb, which relates a backer to what it backs: "X ..., backed by A and B" whose X the
  // reader missed is no alliance of A and B. An ally verb whose agents relate to each other, "controlled jointly by A
  // and B", reads them.)
  const backing = o.trigger.type === "ally" && !o.trigger.frames.some((f) => f.form === "plural");
  if (o.trigger.joint && !backing && listedParties(agent) >= 2) {
    return { agent, patient: null, voice: "passive", distance: agent.start - o.end, jointOnly: true };
  }
  return null;
}

/**
 * Whether a list of participles joined by commas, "and" or "or" fills the sentence before the participle at `at`
 * ("Trained, paid and armed by Y", "Trained and armed by Y"): verbs and joiners only, a joiner right before `at`.
 */
function openingParticipleList(view: SentenceView, at: number): boolean {
  if (at < 2 || at > VERB_LIST_OPENING || !/^(?:,|and|or)$/.test(view.tokens[at - 1].key)) return false;
  for (let i = 0; i < at; i++) {
    const key = view.tokens[i].key;
    if (/^(?:,|and|or)$/.test(key)) continue;
    if (view.covering[i] || !PARTICIPLE_FORM.test(key) || view.lex.boundaries.has(key)) return false;
  }
  return true;
}

/** How many tokens a list of participles opening a sentence may fill. */
const VERB_LIST_OPENING = 8;

/** A past participle's shape, regular or not ("trained", "paid", "driven", "built", "caught"). */
const PARTICIPLE_FORM = /^[a-z]+(?:ed|en|wn|id|lt|ht|ne)$/;

function adjectiveFrame(view: SentenceView, o: Occurrence): Parties | null {
  const listed = attributiveList(view, o);
  if (listed) return listed;
  const named = namedAfterCompound(view, o);
  if (named !== undefined) return named;
  // "The SDF is a US-backed alliance": a compound on the complement of a copula describes the copula's subject.
  const tokens = view.tokens;
  let at = o.start - 2;
  if (tokens[at]?.text === "." && tokens[at].glued) at--;
  const name = tokens[at];
  if (!name || (name.party === undefined && name.qualifier === undefined)) return null;
  // ("the FSA, the Turkish-backed force": a definite apposition describes the name as an indefinite one does, round
  // 19; only as an apposition, below: "X is the US-backed group" may single out one among others.)
  // ("X, a large, moderate Y-affiliated alliance": plain adjectives, coordinate commas among them, may stand between
  // the article and the compound, round 21.)
  // ("the Islamic Resistance in Iraq, an umbrella for Iran-aligned militias": a preposition between them puts the
  // compound on another noun than the apposition's; round 90.)
  let art = at - 1;
  while (
    art > at - 5 && !ARTICLE.test(tokens[art]?.key ?? "") &&
    (coordinateComma(view, art) ||
      (LOWER_HYPHENED_WORD.test(tokens[art]?.text ?? "") && !view.covering[art] && !verbish(view, art) &&
        !view.lex.prepositions.has(tokens[art].key)))
  ) art--;
  const definite = tokens[art]?.key === "the";
  if (!definite && !INDEFINITE_ARTICLE.test(tokens[art]?.key ?? "")) return null;
  let head = o.end;
  for (let i = o.end; i < tokens.length && i - o.end < 4; i++) {
    const token = tokens[i];
    // ("a US-backed alliance that includes Y", "a US-backed group mainly consisting of Y": a relative clause or an
    // adverb and a participle after the noun end its phrase.)
    const ending = view.lex.relativePronouns.has(token.key) ||
      (LY_ADVERB.test(token.text) && verbish(view, i + 1));
    if (i > o.end && ending) break;
    head = i;
    // ("a US-backed Kurdish group": a capitalised adjective of origin may stand before the noun.)
    const word = LOWER_WORD.test(token.text) || DEMONYM_ADJECTIVE.test(token.text);
    if (view.covering[i] || token.qualifier !== undefined || !word) return null;
    if (verbish(view, i) || view.lex.listJoiners.longest(tokens, i)) return null;
    // ("a US-backed Kurdish group based in Syria": the party noun ends the phrase a participle may follow.)
    if (view.lex.partyNouns.longest(tokens, i)?.length === 1 && verbish(view, i + 1)) break;
    const end = tokens[i + 1];
    if (!end || /^[.,)–—]$/.test(end.text) || (end.text === "-" && !end.glued) || view.lex.prepositions.has(end.key)) {
      break;
    }
  }
  const copula = definite ? null : view.lex.copulas.endingAt(tokens, art, 3);
  // "the YPG, a US-backed militia,", "the SDF – a U.S.-backed coalition –": an apposition describes the name before it.
  const mark = tokens[art - 1];
  const set = mark && (/^[,–—(]$/.test(mark.text) || (mark.text === "-" && !mark.glued));
  // ("the PYD a US-backed Kurdish group": wire copy strips the apposition's comma; the article follows the name.)
  // ("the Free Syrian Army (FSA) the Turkish-backed force": past the name's bracketed acronym, round 19.)
  const nameEnd = bracketOpening(tokens, set ? art - 2 : art - 1);
  const described = copula ? undefined : view.covering[nameEnd];
  // ("groups such as Daesh and the PYD a US-backed Kurdish group": a singular noun describes the list's last name.)
  const singular = !tokens[head].key.endsWith("s");
  const apposition = described && described.end === nameEnd + 1 && described.ref === null &&
      !described.modifier && (described.groups.length === 1 || singular)
    ? { chunk: described.groups.length > 1 ? lastItem(view, described) : described, distance: 0 }
    : null;
  if (!copula && !apposition) return null;
  if (copula && tokens[art - 1]?.key === "as") return null;
  const subject = apposition ?? subjectOf(view, art - copula!.length);
  if (!subject || subject.chunk.ref !== null) return null;
  const groupId = name.party !== undefined
    ? view.template.units[name.party].groupId
    : view.template.qualifiers[name.qualifier!].groupId;
  return {
    agent: tokenChunk(at, [groupId]),
    patient: subject.chunk,
    voice: "adjective",
    distance: subject.distance + (o.start - at),
    nearAt: [at, o.start],
  };
}

/** The party right at `at`, or right after one determiner or possessive there ("helped the Syrian Army"), else null. */
function adjacentObject(view: SentenceView, at: number): Chunk | null {
  const start = /^(?:the|its|their|a|an)$/.test(view.tokens[at]?.key ?? "") ? at + 1 : at;
  const chunk = view.covering[start];
  return chunk && chunk.start === start ? chunk : null;
}

/** Where the word before a bracket closing at `at` stands ("X (FSA)": X's last token), else `at` itself. */
function bracketOpening(tokens: SentenceView["tokens"], at: number): number {
  if (tokens[at]?.text !== ")") return at;
  for (let i = at - 1; i > 0 && at - i <= 6; i--) if (tokens[i].text === "(") return i - 1;
  return at;
}

/** The agent of a hostile act noun whose compound opens at `at`: a light verb's subject, or an adverbial's clause's. */
export function compoundActAgent(view: SentenceView, at: number): Subject | null {
  const before = modifiersBefore(view, at, 2);
  const light = view.lex.lightVerbs.endingAt(view.tokens, before, LIGHT_VERB_WORDS);
  const starts = light ? before - light.length : ADVERBIAL.has(view.tokens[before - 1]?.key ?? "") ? before - 1 : -1;
  if (starts < 0) return null;
  const subject = subjectOf(view, starts);
  return subject && subject.chunk.ref === null ? { ...subject, distance: subject.distance + at - starts } : null;
}

/**
 * "a US-backed offensive by the SDF": the named agent an act noun's "by" phrase gives right after the noun, as the
 * agent of a passive is read (issue 10, round 82); null when none stands there.
 */
function actNounByAgent(view: SentenceView, after: number): Subject | null {
  if (view.tokens[after]?.key !== "by") return null;
  const chunk = agentAfterBy(view, after + 1);
  return chunk && chunk.ref === null && chunk.groups.length > 0
    ? { chunk, distance: chunk.start - after, via: "direct" }
    : null;
}

/**
 * "The offensive by the SDF, backed by the US, reached Raqqa", "the SDF-led offensive, backed by the US": support set
 * after a hostile act noun's phrase and its comma goes to the act's agent, its "by" agent or its owner, as support
 * after the act noun itself does (`backedAction`). Issue 10, round 82.
 */
function actAgentBeforeComma(view: SentenceView, o: Occurrence): Subject | null {
  const end = o.start - 1;
  if (o.trigger.type !== "ally" || view.tokens[end]?.text !== ",") return null;
  for (let k = end - 1; k >= 0 && end - k <= 6; k--) {
    const token = view.tokens[k];
    if (token.text === "," || view.lex.boundaries.has(token.key)) return null;
    const noun = view.lex.triggers.at(view.tokens, k).find((p) => p.value.trigger.pos === "noun" && isJointAttack(p));
    if (!noun) continue;
    const after = k + noun.length;
    const by = view.tokens[after]?.key === "by" ? agentAfterBy(view, after + 1) : null;
    const agent = by ? (by.end === end ? by : null) : after === end ? ownerBefore(view, k) : null;
    return agent && agent.ref === null && agent.groups.length > 0
      ? { chunk: agent, distance: o.start - agent.end, via: "apposition" }
      : null;
  }
  return null;
}

/**
 * The adjective frame's reading of the name a compound stands before ("X-backed Y"): the parties, null when the
 * frame refuses, undefined when no name follows (the predicate reading may still apply).
 */
/**
 * "missiles taken from the U.S. backed Syria Revolutionaries Front", "Al-Qaeda affiliated group Al-Nusra Front": a
 * compound written without its hyphen, told from the verb where the verb cannot stand: the name before the participle
 * is the object of a preposition, or the participle's verb needs a preposition ("affiliated with") and a noun or a
 * name follows instead (issue 10, round 17).
 */
function spacedCompound(view: SentenceView, o: Occurrence): boolean {
  const tokens = view.tokens;
  if (!o.participle || !o.trigger.frames.some((f) => f.form === "adjective")) return false;
  let at = o.start - 1;
  if (tokens[at]?.text === "." && tokens[at].glued) at--;
  if (tokens[at]?.party === undefined && tokens[at]?.qualifier === undefined) return false;
  const name = view.covering[at];
  if (name && (name.end !== at + 1 || name.groups.length > 1 || name.ref !== null)) return false;
  let before = name ? name.start - 1 : at - 1;
  if (ARTICLE.test(tokens[before]?.key ?? "")) before--;
  if (tokens[before] && view.lex.prepositions.has(tokens[before].key)) return true;
  const preps = o.trigger.frames.filter((f) => f.form === "active").map((f) => f.prep);
  if (preps.length === 0 || preps.some((p) => p === undefined)) return false;
  const after = tokens[o.end];
  if (!after || preps.some((p) => p!.includes(after.key))) return false;
  return view.covering[o.end]?.start === o.end || view.lex.partyNouns.longest(tokens, o.end) !== null;
}

function namedAfterCompound(view: SentenceView, o: Occurrence): Parties | null | undefined {
  const tokens = view.tokens;
  const hyphen = tokens[o.start - 1]?.text === "-" && tokens[o.start].glued;
  if (!hyphen && !spacedCompound(view, o)) return null;
  let at = hyphen ? o.start - 2 : o.start - 1;
  if (tokens[at]?.text === "." && tokens[at].glued) at--;
  const name = tokens[at];
  if (!name || (name.party === undefined && name.qualifier === undefined)) return null;
  const groupId = name.party !== undefined
    ? view.template.units[name.party].groupId
    : view.template.qualifiers[name.qualifier!].groupId;
  const agent = tokenChunk(at, [groupId]);
  // "X launched a Turkish-backed offensive against Z", "X drove Z out with a Russian-backed offensive": backing of a
  // hostile act goes to the act's agent, the light verb's subject or the subject of the clause the act is an
  // adverbial of.
  if (o.trigger.type === "ally" && tokens[o.end]?.party === undefined) {
    const act = view.lex.triggers.at(tokens, o.end).find((p) =>
      p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
    );
    if (act) {
      const actor = actNounByAgent(view, o.end + act.length) ?? compoundActAgent(view, at);
      return actor && !actor.chunk.groups.includes(groupId)
        ? { agent, patient: actor.chunk, voice: "adjective", distance: actor.distance, nearAt: [at, o.start] }
        : null;
    }
  }
  // The name it qualifies, past other adjectives and compounds ("PYD-dominated U.S.-backed SDF"): a description the
  // text takes as given, which a sentence-wide claim or attribution does not reach ("according to reports, the Russian
  // air strikes targeted ... the Saudi/Turkish-backed Al-Nusra Front", round 34).
  for (let i = o.end; i < tokens.length && i - o.end < 6; i++) {
    const chunk = view.covering[i];
    // ("the SDF and Turkey-led forces": a list holding the compound's own name covers the unnamed noun it describes;
    // that noun is read as one outside a chunk, below, not as the list's first name; round 72.)
    const ownList = chunk !== undefined && chunk.start < at && at < chunk.end && tokens[i].party === undefined;
    if (chunk && !ownList) {
      if (chunk.start === at) continue;
      // ("the US-led NATO and the Soviet-led Warsaw Pact": a list's last name in a compound of its own makes the
      // list a modifier, not its first name; round 72.)
      const lastCompound = chunk.groups.length > 1 && tokens[chunk.end]?.text === "-" && tokens[chunk.end].glued;
      if ((chunk.modifier && !lastCompound) || chunk.ref !== null) return null;
      // "the Daesh fighters and members of the US-backed SDF", "the Al-Qaeda-affiliated Nusra Front and ISIS": only
      // the name the compound stands before.
      const head = chunk.start < o.end && tokens[i].party !== undefined
        ? tokenChunk(i, [view.template.units[tokens[i].party!].groupId])
        : chunk.groups.length > 1
        ? tokenChunk(chunk.heads[0], [chunk.groups[0]])
        : chunk;
      return {
        agent,
        patient: head,
        voice: "adjective",
        distance: chunk.start - o.end,
        nearAt: [at, o.start],
        described: true,
      };
    }
    const token = tokens[i];
    if (token.qualifier !== undefined || (token.glued && /^[.-]$/.test(token.text))) {
      // Another compound on the way ("PYD-dominated U.S.-backed SDF").
      while (tokens[i + 1]?.glued && tokens[i + 1].party === undefined) i++;
      continue;
    }
    if (token.text === "," || view.lex.boundaries.has(token.key) || view.lex.prepositions.has(token.key)) {
      return undefined;
    }
    if (token.key === "and") return null;
    // "the U.S.-backed Syria Democratic Forces (SDF)": a name the gazetteer lacks, then its bracketed name.
    const bracketed = bracketedNameAfter(view, i);
    if (bracketed) {
      return {
        agent,
        patient: bracketed,
        voice: "adjective",
        distance: bracketed.start - o.end,
        nearAt: [at, o.start],
        described: true,
      };
    }
    // "US-backed militias attacked X": a compound on an unnamed party noun; only a copula or an apposition before it
    // ("X is a US-backed militia", "X, a US-backed militia,") says whom it describes.
    const noun = view.lex.partyNouns.longest(tokens, i) ??
      (view.lex.actorNouns.has(token.key) ? { length: 1, value: true as const } : null);
    if (noun) {
      // ("the Saudi-backed rebel faction X", "Iran-backed Lebanese Shia militia X": a name right after the noun is
      // the one it names, issue 10, round 15; "a US-backed alliance of Kurds and Arabs, the SDF": past the noun's own
      // "of" complement and an apposition's comma and article.)
      let at = nounComplementEnd(view, i + noun.length);
      // ("the al-Qaeda-linked group known as HTS", "a Turkish-backed coalition called the SNA": the name the noun goes
      // by, lexicon `namingLinks`; issue 10, round 52.)
      const naming = at === i + noun.length ? view.lex.namingLinks.longest(tokens, at) : null;
      if (naming) at += naming.length + (ARTICLE.test(tokens[at + naming.length]?.key ?? "") ? 1 : 0);
      const named = view.covering[at];
      // ("Al-Qaeda affiliated groups such as A or B", "Turkish-backed factions including A": a plural noun's examples
      // (lexicon `listExamples`) are what the compound describes, every one of them; issue 10, round 34.)
      // ("two ISIL-affiliated groups, the Yarmouk Martyrs Brigade and the Islamic Muthanna Movement": a plural noun's
      // apposition after its comma, closed by a mark, names them all; round 70.)
      const examples = named ? null : examplesAfter(view, at) ?? closedApposition(view, at);
      if (examples && tokens[i + noun.length - 1].key.endsWith("s")) {
        return {
          agent,
          patient: examples,
          voice: "adjective",
          distance: examples.start - o.end,
          nearAt: [at, o.start],
          described: true,
        };
      }
      return named && named.start === at && named.ref === null && !named.modifier && !named.owner
        ? {
          agent,
          patient: named.groups.length > 1 ? tokenChunk(named.heads[0], [named.groups[0]]) : named,
          voice: "adjective",
          distance: named.start - o.end,
          nearAt: [at, o.start],
          described: true,
        }
        : undefined;
    }
  }
  return undefined;
}

/**
 * Where the name a described noun is apposed to starts: right at `at`, or past the noun's own "of" complement (up to
 * four plain words and "and": "alliance of Kurds and Arabs"), a comma and an article. A name inside the complement, a
 * list example ("of groups including X") or any other mark ends the search where it stands.
 */
function nounComplementEnd(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  if (tokens[at]?.key !== "of") return at;
  let i = at + 1;
  while (
    i < at + 5 && tokens[i] && !view.covering[i] && tokens[i].party === undefined && LETTERS.test(tokens[i].text) &&
    !view.lex.listExamples.longest(tokens, i) && !view.lex.boundaries.has(tokens[i].key) &&
    !ARTICLE.test(tokens[i].key)
  ) i++;
  // Only an apposition after the complement names the noun: a comma or an article opens it.
  if (i === at + 1 || (tokens[i]?.text !== "," && tokens[i]?.key !== "the")) return at;
  if (tokens[i].text === ",") i++;
  if (tokens[i]?.key === "the") i++;
  return i;
}

/**
 * The names of an apposition opening with a comma at `at` and closed by a mark after them (", A and B,", ", the A."):
 * the chunk, unqualified and unowned; else null.
 */
function closedApposition(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  if (tokens[at]?.text !== ",") return null;
  let i = at + 1;
  if (ARTICLE.test(tokens[i]?.key ?? "")) i++;
  const chunk = view.covering[i];
  if (!chunk || chunk.start !== i || chunk.ref !== null || chunk.modifier || chunk.owner) return null;
  return /^[,.;:)–—]$/.test(tokens[chunk.end]?.text ?? ".") ? chunk : null;
}

/**
 * The parties a noun's examples name right after it ("groups such as A or B", "forces including A"): the chunk after
 * a `listExamples` word (past a determiner after it), unqualified and unowned; else null.
 */
function examplesAfter(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  // (Not past a comma: "rebels were seen fighting alongside the Turkish-backed forces, including A and B" may give
  // the examples of the rebels.)
  const words = view.lex.listExamples.longest(tokens, at);
  if (!words) return null;
  let start = at + words.length;
  if (DETERMINERS_BEFORE_NAME.test(tokens[start]?.key ?? "")) start++;
  const named = view.covering[start];
  return named && named.start === start && named.ref === null && !named.modifier && !named.owner ? named : null;
}

const DETERMINERS_BEFORE_NAME = /^(?:the|a|an)$/;

/** A dash between two numbers of a range ("20–25 airstrikes", "10-15 raids"): hyphen, non-breaking hyphen, en or em. */
const RANGE_DASH = /^[-‐‑–—]$/;

/**
 * Where a range of numbers whose joiner ("and", "or", "to") stands at `at` opens ("between 70 and 80", "two or
 * three", "70 to 80"): its first number, or "between" before it; -1 when no number stands on both sides.
 */
function numberRangeStart(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  // ("conducting 20–25 airstrikes daily", "10-15 raids": a range written with a dash, round 52.)
  const dash = RANGE_DASH.test(tokens[at]?.text ?? "");
  if (!dash && !/^(?:and|or|to)$/.test(tokens[at]?.key ?? "")) return -1;
  const number = (k: number) =>
    DIGIT_FIRST.test(tokens[k]?.text ?? "") || view.lex.rangeNumberWords.has(tokens[k]?.key ?? "");
  if (!number(at - 1) || !number(at + 1)) return -1;
  if (dash) return DIGIT_FIRST.test(tokens[at - 1].text) && DIGIT_FIRST.test(tokens[at + 1].text) ? at - 1 : -1;
  if (tokens[at].key === "and") return tokens[at - 2]?.key === "between" ? at - 2 : -1;
  return at - 1;
}

/**
 * Whether the participle at `i` is an adjective because a plain modifier and an article stand before it ("an ethnically
 * mixed force of X", "the main fighting force of X"): the word before is lower case and no verb, the one before that an
 * article or a possessive. Issue 10, round 56.
 */
function modifiedParticiple(view: SentenceView, i: number): boolean {
  const modifier = view.tokens[i - 1];
  if (!modifier || !LOWER_WORD.test(modifier.text) || verbish(view, i - 1) || view.covering[i - 1]) return false;
  if (view.lex.prepositions.has(modifier.key) || view.lex.boundaries.has(modifier.key)) return false;
  return /^(?:a|an|the|its|their|'s)$/.test(view.tokens[i - 2]?.key ?? "");
}

/**
 * Each view's `modifiersBefore` answers, by `at` and `n` (`at * 8 + n`): the frames of one trigger ask it of the same
 * noun several times, each answer a walk back over the modifiers with phrase lookups at every step.
 */
const modifierStarts = new WeakMap<SentenceView, Map<number, number>>();

/** Up to `n` tokens before `at` that are plain words (no name, mark or boundary): the noun's own modifiers. */
function modifiersBefore(view: SentenceView, at: number, n: number): number {
  let known = modifierStarts.get(view);
  if (!known) modifierStarts.set(view, known = new Map());
  const key = at * 8 + n;
  let start = known.get(key);
  if (start === undefined) known.set(key, start = readModifiersBefore(view, at, n));
  return start;
}

/** `modifiersBefore`, read. */
function readModifiersBefore(view: SentenceView, at: number, n: number): number {
  let i = at;
  let compounds = 0;
  while (i > 0 && at - i - compounds < n) {
    // "carried out 182 airstrikes", "foiled an attack": a light or patient verb ends the noun's modifiers.
    // ("a leading member of Y", "the leading component": a light verb's one-word gerund right after a determiner is an
    // adjective of the noun; round 85.)
    const gerundAdjective = view.tokens[i - 1].key.endsWith("ing") &&
      /^(?:a|an|the|its|their|his|her|'s)$/.test(view.tokens[i - 2]?.key ?? "");
    const light = view.lex.lightVerbs.endingAt(view.tokens, i, LIGHT_VERB_WORDS);
    if ((light && !(gerundAdjective && light.length === 1)) || view.lex.patientVerbs.endingAt(view.tokens, i, 2)) break;
    const token = view.tokens[i - 1];
    // ("launched a Turkish-backed offensive": a qualifier compound is one modifier of the noun.)
    if (qualifierCompoundEndingAt(view, i) >= 0) {
      compounds += 2;
      i -= 3;
      continue;
    }
    if (view.covering[i - 1] || token.party !== undefined || token.qualifier !== undefined) break;
    // ("conducting 20–25 airstrikes": a range written with a dash is one count, as one written with "to".)
    const dashRange = RANGE_DASH.test(token.text) ? numberRangeStart(view, i - 1) : -1;
    if (dashRange >= 0) {
      i = dashRange;
      continue;
    }
    if (!WORD_FIRST.test(token.text) || view.lex.boundaries.has(token.key)) break;
    if (NOUN_MARKERS.has(token.key) && token.key !== "the" && token.key !== "a" && token.key !== "an") break;
    // "termed the assaults" stops; "the armed wing" does not (a participle after an article is an adjective).
    // ("carried out repeated strikes", "launched renewed attacks": a participle right after a light verb is an adjective.)
    // ("a suicide bomb attack", "a car bomb attack": a verb's bare base form right before the noun is a noun of the
    // compound, round 17.)
    const compoundNoun = i === at && LOWER_WORD.test(token.text) && !/(?:ed|ing|s)$/.test(token.key);
    if (
      verbish(view, i - 1) && !/^(?:a|an|the|its|their|his|her|'s)$/.test(view.tokens[i - 2]?.key ?? "") &&
      !view.lex.lightVerbs.endingAt(view.tokens, i - 1, LIGHT_VERB_WORDS) && !compoundNoun &&
      !modifiedParticiple(view, i - 1)
    ) break;
    // ("launched between 70 and 80 airstrikes", "two or three raids": a range of numbers is one count; round 39.)
    const range = numberRangeStart(view, i - 1);
    if (range >= 0) {
      i = range;
      continue;
    }
    // ("carried out rocket and drone attacks on Y": two nouns of the compound joined by "and" or "or" right before the
    // noun's last modifier; round 90.)
    const joined = (token.key === "and" || token.key === "or") && i === at - 1 &&
      LOWER_WORD.test(view.tokens[i - 2]?.text ?? "") && !view.covering[i - 2] && !verbish(view, i - 2) &&
      !NOUN_MARKERS.has(view.tokens[i - 2].key) && !view.lex.prepositions.has(view.tokens[i - 2].key) &&
      !view.covering[i - 3] && view.tokens[i - 3]?.party === undefined && view.tokens[i - 3]?.qualifier === undefined;
    if (joined) {
      compounds += 2;
      i -= 2;
      continue;
    }
    if (view.lex.listJoiners.longest(view.tokens, i - 1) || token.key === "or") break;
    // "which was housing Coalition members": a gerund after an auxiliary is the clause's verb; "the regime blocking
    // aid from Y": a gerund that is no trigger and follows no article or possessive is a verb.
    if (token.key.endsWith("ing") && /^(?:is|are|was|were|be|been)$/.test(view.tokens[i - 2]?.key ?? "")) break;
    if (
      token.key.endsWith("ing") && token.key.length > 5 && !view.lex.triggers.longest(view.tokens, i - 1) &&
      !/^(?:a|an|the|its|their|his|her|'s)$/.test(view.tokens[i - 2]?.key ?? "")
    ) break;
    // "launched over 700 strikes", "carried out more than 20 raids": a count's own words.
    if (/^(?:over|about|around|nearly|almost|than|more|least|at|some|up|to)$/.test(token.key)) {
      let k = i;
      while (/^(?:than|least|to)$/.test(view.tokens[k]?.key ?? "")) k++;
      if (DIGIT_FIRST.test(view.tokens[k]?.text ?? "") && k - i <= 1) {
        // (A count's words are one modifier with its number: "carried out more than 170 drone attacks"; round 90.)
        compounds++;
        i--;
        continue;
      }
    }
    // ("conducted a total of 23 joint patrols", "launched a series of airstrikes": a quantity's "of" phrase is one
    // modifier; lexicon `quantityNouns`; round 70.)
    if (token.key === "of" && view.lex.quantityNouns.has(view.tokens[i - 2]?.key ?? "") && !view.covering[i - 2]) {
      compounds += 2;
      i -= 2;
      continue;
    }
    if (view.lex.prepositions.has(token.key) && token.key !== "of") break;
    if (ADVERBIAL.has(token.key) || view.lex.causeLinks.endingAt(view.tokens, i + 1, CAUSE_LINK_WORDS)) break;
    if (view.lex.copulas.longest(view.tokens, i - 1)) break;
    if (!gerundAdjective && view.lex.lightVerbs.longest(view.tokens, i - 1)) break;
    i--;
  }
  return i;
}

/**
 * "US-led air strikes", "a Russian-commanded assault": a name compounded with an agentive participle (lexicon
 * `agentCompounds`) ending at `end` is the agent of the noun after it; support compounds ("X-backed") name a backer.
 */
function agentCompoundEndingAt(view: SentenceView, end: number): Chunk | null {
  const tokens = view.tokens;
  const participle = tokens[end - 1];
  if (!participle?.glued || !view.lex.agentCompounds.has(participle.key) || tokens[end - 2]?.text !== "-") return null;
  const named = view.covering[end - 3];
  return named && named.end === end - 2 && named.ref === null && named.groups.length > 0 ? named : null;
}

/**
 * "after Turkey launched its offensive against the SDF": "its" or "their" right after a light verb (lexicon
 * `lightVerbs`) before the noun at `at` is the light verb's subject's, whatever the sentence's own subject is; that
 * named subject (one group for "its"), else null. Round 86.
 */
function reflexiveOwner(view: SentenceView, at: number): Chunk | null {
  const before = modifiersBefore(view, at, 2);
  const key = view.tokens[before - 1]?.key;
  if (key !== "its" && key !== "their") return null;
  const light = view.lex.lightVerbs.endingAt(view.tokens, before - 1, LIGHT_VERB_WORDS);
  if (!light) return null;
  const subject = subjectOf(view, before - 1 - light.length);
  if (!subject || subject.chunk.ref !== null || subject.chunk.modifier) return null;
  return key === "its" && subject.chunk.groups.length !== 1 ? null : subject.chunk;
}

/** "X's", "its", "their" or a name right before a noun (past two modifiers): the noun's own agent. */
export function ownerBefore(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  const before = modifiersBefore(view, at, 2);
  const chunk = view.covering[before - 1];
  if (chunk && chunk.end === before && chunk.ref === null) return chunk;
  const compounded = agentCompoundEndingAt(view, before);
  if (compounded) return compounded;
  if (tokens[before - 1]?.key === "'s" && view.covering[before - 2]) return view.covering[before - 2]!;
  const key = tokens[before - 1]?.key;
  if (key === "its" || key === "their") {
    return tokenChunk(before - 1, [], key === "its" ? "singular" : "plural");
  }
  // ("the Syrian Liberation Front, whose fighting with HTS intensified": the relative's antecedent owns the act, round
  // 24.)
  if (key === "whose") {
    const end = tokens[before - 2]?.text === "," ? before - 2 : before - 1;
    const antecedent = view.covering[end - 1];
    if (antecedent && antecedent.end === end && antecedent.ref === null && !antecedent.modifier) return antecedent;
  }
  return null;
}

/**
 * "the SDF's offensive that led to the capture of P from Y", "X launched an offensive, which resulted in the seizure
 * of P from Y": a hostile noun after a result link (lexicon `resultLinks`) whose subject is another hostile noun (or
 * a relative pronoun standing for one) has that noun's agent: its owner, or the subject of the light verb before it.
 */
function resultAgent(view: SentenceView, at: number): Chunk | null {
  let i = at;
  while (i > 0 && ARTICLE.test(view.tokens[i - 1].key)) i--;
  const link = view.lex.resultLinks.endingAt(view.tokens, i, 3);
  if (!link) return null;
  let end = i - link.length;
  if (view.lex.relativePronouns.has(view.tokens[end - 1]?.key ?? "")) end--;
  if (view.tokens[end - 1]?.text === ",") end--;
  // "the SDF's offensive from June 2016 that led to": past a dated phrase on the noun.
  for (let from = end - 2; from >= end - 5 && from > 0; from--) {
    // ("an offensive in March that led to": any time phrase ending at the link.)
    const dated = view.tokens.slice(from + 1, end).some((t) => /^\d{4}$/.test(t.text)) ||
      timePhraseEnd(view, from) === end;
    if (/^(?:from|in|since|on|during)$/.test(view.tokens[from].key) && dated) {
      if (!view.tokens.slice(from, end).some((_, k) => view.covering[from + k])) end = from;
      break;
    }
  }
  const noun = [2, 1].map((length) =>
    view.lex.triggers.at(view.tokens, end - length).find((p) =>
        p.length === length && p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
      )
      ? length
      : 0
  ).find((length) => length > 0);
  if (!noun) return null;
  const owner = ownerBefore(view, end - noun);
  const subject = lightVerbSubject(view, owner ? owner.start : end - noun);
  if (owner && owner.ref !== null) return null;
  if (!owner) return subject && subject.chunk.ref === null ? subject.chunk : null;
  // "X led Y's offensive that led to the capture of P from Z": the light verb's subject acts with the owner.
  if (!subject || subject.chunk.ref !== null || subject.chunk.groups.some((g) => owner.groups.includes(g))) {
    return owner;
  }
  return {
    ...subject.chunk,
    end: owner.end,
    groups: [...subject.chunk.groups, ...owner.groups],
    heads: [...subject.chunk.heads, ...owner.heads],
    leads: true,
  };
}

/** "A–B clashes": the two names joined by a dash (a slash sets them on one side) right before the noun at `at`, as one list, or null. */
function dashedPair(view: SentenceView, at: number): Chunk | null {
  const second = view.covering[at - 1];
  if (!second || second.end !== at || second.ref !== null || second.groups.length !== 1) return null;
  if (!/^[–—-]$/.test(view.tokens[second.start - 1]?.text ?? "")) return null;
  const first = view.covering[second.start - 2];
  if (!first || first.end !== second.start - 1 || first.ref !== null || first.groups.length !== 1) return null;
  if (first.groups[0] === second.groups[0]) return null;
  return {
    ...first,
    end: second.end,
    groups: [first.groups[0], second.groups[0]],
    heads: [first.heads[0], second.heads[0]],
  };
}

/** "of P by Y": the party after a "by" within four words without a name, comma or boundary, or null. */
function byPast(view: SentenceView, from: number): Chunk | null {
  for (let i = from; i < from + 5 && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (token.key === "by") return agentAfterBy(view, i + 1);
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return null;
  }
  return null;
}

/**
 * The agent after "by" at `at`: the party within `reach` words, unless a gerund opens the phrase ("in support of X by
 * targeting Y": the means, whose object is no agent).
 */
function agentAfterBy(view: SentenceView, at: number, reach = 3): Chunk | null {
  const token = view.tokens[at];
  if (token && /^\p{Ll}+ing$/u.test(token.text) && !view.covering[at]) return null;
  return objectAfter(view, at, reach);
}

/** "X launched an offensive": the subject of a light verb right before the noun (past two modifiers). */
export function lightVerbSubject(view: SentenceView, at: number): Subject | null {
  const before = modifiersBefore(view, at, 3);
  const light = view.lex.lightVerbs.endingAt(view.tokens, before, LIGHT_VERB_WORDS);
  if (!light) {
    const state = actStateStart(view, at);
    return state < 0 ? null : subjectOf(view, state);
  }
  const verbAt = before - light.length;
  // ("sanctions on X companies for providing support to Y": a judged one's gerund, no name before its "for"; round 84.)
  if (judgedReason(view, verbAt)) {
    const named = view.covering[verbAt - 2];
    return named && named.end === verbAt - 1 && named.ref === null && !named.modifier
      ? { chunk: named, distance: 1, via: "direct" }
      : null;
  }
  return subjectOf(view, verbAt) ?? participleClauseSubject(view, verbAt);
}

/**
 * "Turkey has been in armed conflict with the PKK", "X has been at war with Y": where a link of being in or at an act
 * (lexicon `actStateLinks`) ends before the act noun at `at`, up to three plain words between, the link's first
 * position; else -1. Issue 10, round 90.
 */
function actStateStart(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  for (let i = at; i > 0 && at - i <= 3; i--) {
    const link = view.lex.actStateLinks.endingAt(tokens, i, 3);
    if (link) return i - link.length;
    const word = tokens[i - 1];
    // (A participle right before the noun is its adjective: "in armed conflict".)
    if (view.covering[i - 1] || !LOWER_HYPHENED_WORD.test(word.text) || (verbish(view, i - 1) && i !== at)) return -1;
  }
  return -1;
}

/**
 * "Manbij was besieged by the SDF, trapping 2,000 ISIL fighters": where the main clause names no party as its subject,
 * the "by" agent of its passive, ending right at the participle clause's comma, is that clause's subject (round 88).
 */
function passiveAgentSubject(view: SentenceView, open: number): Subject | null {
  if (view.tokens[open]?.text !== ",") return null;
  const agent = passiveAgentBefore(view, open + 1);
  if (!agent || agent.modifier || sentenceSubject(view, agent.start)) return null;
  return { chunk: agent, distance: 1, via: "direct" };
}

/**
 * "X seized the villages of A, B, and C, near the city of P, after three days of fighting with Y", "X recaptured
 * 4000 km2 of land in the western governorate in a large-scale offensive, expelling Y": an adverbial or a participle
 * clause of the main clause, whose subject stands past more commas or words than the subject window crosses, has the
 * sentence's one subject (refused when another subject competes before `at`, or a clause boundary stands between).
 */
/**
 * "HTS attacked the Syrian army together with Ahrar al-Sham": a verb's object list holding a companion link (lexicon
 * `companionLinks`) is its names before the link; the names after it act with the clause's subject (the companion rule
 * of read-relations.ts reads them), they are no more objects. The chunk as it is where no link stands inside it.
 * Issue 10, round 90.
 */
function beforeCompanionLink(view: SentenceView, object: Chunk): Chunk {
  if (object.ref !== null || object.heads.length < 2) return object;
  for (let k = object.heads[0] + 1; k < object.end; k++) {
    if (!view.lex.companionLinks.longest(view.tokens, k)) continue;
    const heads = object.heads.filter((h) => h < k);
    const groups = [...new Set(heads.map((h) => groupAt(view, h, object)))];
    return { ...object, end: heads.at(-1)! + 1, heads, groups };
  }
  return object;
}

/**
 * The subject of the participle clause whose verb stands at `at` ("X captured P, fighting alongside Y against Z"): the
 * main clause's, as `activeFrame` reads it; null where no participle clause holds the verb.
 */
export function participleMainSubject(view: SentenceView, at: number): Subject | null {
  const open = participleClauseOpen(view, at);
  return open >= 0 ? mainClauseSubject(view, open) : null;
}

function mainClauseSubject(view: SentenceView, at: number): Subject | null {
  const main = sentenceSubject(view, at);
  if (!main || main.ref !== null) return null;
  // Distance counts the clause's own words: a segment between commas without a name or a verb (", Al-Zyara,",
  // ", near the city of P,") is an aside.
  let distance = 0;
  let segment = 0;
  let inert = true;
  for (let i = main.end; i < at; i++) {
    const token = view.tokens[i];
    // ("X entered the city that afternoon, launching ...": "that" determining a noun before a comma is no relative.)
    const determiner = token.key === "that" && LOWER_WORD.test(view.tokens[i + 1]?.text ?? "") &&
      !verbish(view, i + 1) && view.tokens[i + 2]?.text === ",";
    if (!determiner && (view.lex.boundaries.has(token.key) || view.lex.relativePronouns.has(token.key))) {
      // ("X captured P after heavy clashes, with the support of Y": "after" before a noun phrase is a preposition.)
      const end = prepositionalPhraseEnd(view, i, at);
      if (end < 0) return null;
      segment += end - i;
      i = end - 1;
      continue;
    }
    if (token.text === ",") {
      if (!inert) distance += segment;
      segment = 0;
      inert = true;
      continue;
    }
    segment++;
    if (view.covering[i] || verbish(view, i)) inert = false;
  }
  return { chunk: main, distance: distance + segment, via: "direct" };
}

/** Subordinators that are prepositions before a noun phrase ("after heavy clashes", "until the end of 2016"). */
const PREPOSITIONAL_SUBORDINATORS = new Set(["after", "before", "until", "since"]);

/**
 * Where a noun phrase after a subordinator at `at` used as a preposition ends (its next comma, or `to`), or -1 where
 * the word opens a clause: a party, an auxiliary or a past tense in it ("after ISIS attacked", "after it was taken").
 * Round 71.
 */
function prepositionalPhraseEnd(view: SentenceView, at: number, to: number): number {
  if (!PREPOSITIONAL_SUBORDINATORS.has(view.tokens[at].key)) return -1;
  let i = at + 1;
  for (; i < to && view.tokens[i].text !== ","; i++) {
    const token = view.tokens[i];
    if (view.covering[i] || view.lex.boundaries.has(token.key) || view.lex.relativePronouns.has(token.key)) return -1;
    if (FINITE_AUXILIARIES.has(token.key) || /^(?:it|they|he|she)$/.test(token.key)) return -1;
    if (token.key.endsWith("ed") && !token.text.includes("-")) return -1;
  }
  return i > at + 1 ? i : -1;
}

/** Subordinate conjunctions a participle clause's subject search may step over ("X has re-emerged as ..., V-ing"). */
const SUBORDINATORS = new Set(["as", "while", "when", "after", "because", "since", "though", "although"]);

/**
 * "Nusra has re-emerged on the battlefield as the diplomacy has unravelled, spearheading recent attacks on Y": a
 * participle clause after a comma has the main clause's subject, found before an intervening subordinate clause.
 */
function participleClauseSubject(view: SentenceView, at: number): Subject | null {
  if (!view.tokens[at]?.key.endsWith("ing") || view.tokens[at - 1]?.text !== ",") return null;
  for (let i = at - 2; i > 0 && at - i <= WINDOW; i--) {
    if (view.covering[i] || view.tokens[i].text === ",") return null;
    if (SUBORDINATORS.has(view.tokens[i].key)) return subjectOf(view, i);
  }
  return null;
}

/** "X foiled an attack", "X came under attack": the subject of a patient verb right before the noun. */
function patientVerbSubject(view: SentenceView, at: number): Subject | null {
  let before = modifiersBefore(view, at, 3);
  // "X lifted the ISIS siege of P": past the noun's owner ("X broke the Islamic State's siege of P": its possessive
  // too, round 93).
  const possessive = /^['’]s?$/.test(view.tokens[before - 1]?.text ?? "") ? before - 1 : before;
  const owner = view.covering[possessive - 1];
  if (owner && owner.end === possessive && owner.ref === null) before = modifiersBefore(view, owner.start, 2);
  const verb = view.lex.patientVerbs.endingAt(view.tokens, before, 2);
  return verb ? subjectOf(view, before - verb.length) : null;
}

/** "anti-X operation": the chunk of an anti- compound right before the noun (one adjective may follow it). */
function antiTarget(view: SentenceView, at: number): Chunk | null {
  for (let i = at - 1; i >= at - 2 && i > 1; i--) {
    const chunk = view.covering[i];
    if (chunk) {
      const prefixed = view.tokens[chunk.start - 1]?.text === "-" && view.tokens[chunk.start - 2]?.key === "anti";
      return prefixed && chunk.end === i + 1 ? chunk : null;
    }
  }
  return null;
}

/**
 * "The offensive against government positions around Kessab, launched on 21 March, was led by X": the position past a
 * place phrase on a noun's object ending at `at` (`objectPlaceEnd`) and past a participle aside between commas after
 * it; `at` where neither stands. Round 93.
 */
function pastObjectPhrase(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  const placed = objectPlaceEnd(view, at);
  let end = placed > at ? placed : at;
  // ("sites at Barzeh and Him Shinshar": places joined by "and" in the one phrase.)
  while (placed > at && tokens[end]?.key === "and" && CAPITALISED.test(tokens[end + 1]?.text ?? "")) {
    let k = end + 1;
    while (k < end + 4 && !view.covering[k] && CAPITALISED.test(tokens[k]?.text ?? "")) k++;
    if (view.covering[k] || k === end + 1) break;
    end = k;
  }
  return tokens[end]?.text === "," && /^\p{Ll}+(?:ed|en)$/u.test(tokens[end + 1]?.text ?? "")
    ? pastAside(view, end)
    : end;
}

/** The first of `preps` within six plain words from `at` (no name, mark or boundary), or -1. */
function prepositionPast(view: SentenceView, at: number, preps: readonly string[]): number {
  let limit = at + 6;
  for (let i = at; i < limit && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (preps.includes(token.key)) return i;
    // ("fighting erupted on 28 April between A and B": past a time phrase, its numbers too; round 95.)
    const time = timePhraseEnd(view, i);
    if (time > i + 1) {
      limit += time - i - 1;
      i = time - 1;
      continue;
    }
    // ("the fighting strengthened ties between A and B": a plain noun right after the verb is its object, and the
    // preposition after it that object's; only place and time phrases are passed.)
    if (
      i === at && LOWER_WORD.test(token.text) && !view.lex.prepositions.has(token.key) &&
      !VERB_COMPANIONS.has(token.key)
    ) {
      return -1;
    }
    if (view.covering[i] || !LETTERS.test(token.text) || view.lex.boundaries.has(token.key)) return -1;
  }
  return -1;
}

/**
 * Particles, adverbs and the noun of "take place" that may follow a verb before its preposition ("broke out between",
 * "took place between", "erupted again in P between").
 */
const VERB_COMPANIONS = new Set([
  "out",
  "up",
  "place",
  "again",
  "anew",
  "also",
  "once",
  "today",
  "overnight",
  "yesterday",
  "late",
  "early",
]);

/** How many words may stand between a light verb's action noun and its preposition. */
const LIGHT_GAP = 12;

/** "X withdrew from P after Y's assault": the subject of the clause a cause preposition before the noun opens. */
function causeSubject(view: SentenceView, at: number): Subject | null {
  let before = modifiersBefore(view, at, 3);
  if (view.tokens[before - 1]?.key === "'s" && view.covering[before - 2]) {
    before = modifiersBefore(view, view.covering[before - 2]!.start, 2);
  } else if (view.covering[before - 1]?.end === before) {
    // "retreated from the town after ISIS attacks": past the name compounded with the noun.
    before = modifiersBefore(view, view.covering[before - 1]!.start, 2);
  }
  // (The cause link ends right before the noun's modifiers, or among the words they were read past: "because of an
  // assault", lexicon `causeLinks`.)
  let cause = -1;
  for (let end = before; end <= at && end <= before + CAUSE_LINK_WORDS && cause < 0; end++) {
    const link = view.lex.causeLinks.endingAt(view.tokens, end, CAUSE_LINK_WORDS);
    if (link) cause = end - link.length;
  }
  if (cause < 0) return null;
  // ("advanced under the cover of Y's airstrikes": an ally noun between the preposition and the act makes the act
  // backing given to the subject, not its cause; round 39.)
  for (let k = before; k < at; k++) {
    if (
      view.lex.triggers.at(view.tokens, k).some((hit) =>
        hit.value.trigger.pos === "noun" && hit.value.trigger.type === "ally"
      )
    ) {
      return null;
    }
  }
  // Past a list of places with commas ("withdrew from Temir, Zirgan and Dirbesiye following ..."): the sentence's
  // subject before the cause.
  const main = sentenceSubject(view, cause);
  return subjectOf(view, cause) ?? (main ? { chunk: main, distance: cause + 1 - main.end, via: "direct" } : null);
}

/** Where each sentence's casualty clauses start, found once per sentence. */
const casualtyClausesOf = new WeakMap<SentenceView, number[]>();

/**
 * The dead a fight noun's sentence counts, when they are counted people of exactly two groups: the object of
 * "killed" right after the noun ("The clashes killed at least 1 X fighter and 16 Y militants"), or the subject of a
 * casualty clause of the sentence (lexicon `casualtyClauses`: "346 X fighters and 195 Y soldiers had been killed"),
 * as one chunk of the two groups. Null otherwise (one side's dead say nothing of the other side).
 */
function deadOfTwoSides(view: SentenceView, o: Occurrence): Chunk | null {
  const tokens = view.tokens;
  let from = -1;
  let to = tokens.length;
  // ("The clashes killed", "fighting along the frontline killed", "clashes between the 26th and 27th killed": past a
  // short phrase that names no party.)
  // ("The clashes that erupted during this period killed": a relative clause of the noun's own, its verb right after
  // the pronoun, reads on; round 88.)
  const relative = /^(?:that|which)$/.test(tokens[o.end]?.key ?? "") && verbish(view, o.end + 1);
  const reach = relative ? 10 : 7;
  for (let i = relative ? o.end + 1 : o.end; i < o.end + reach && i < tokens.length; i++) {
    if (view.covering[i] || view.lex.boundaries.has(tokens[i].key) || tokens[i].text === ",") break;
    if (tokens[i].key === "killed") {
      from = i + 1;
      break;
    }
    // ("The fighting left 70 X and 40 Y fighters dead": the counted people before the state they are left in, lexicon
    // `casualtyResults`; round 39. Else "left 569 killed, including 271 X troops and 298 Y fighters" reads on.)
    if (view.lex.casualtyResultVerbs.has(tokens[i].key)) {
      for (let k = i + 2; k < i + 16 && k < tokens.length; k++) {
        if (view.lex.boundaries.has(tokens[k].key)) break;
        if (view.lex.casualtyResultStates.has(tokens[k].key)) {
          const left = deadBetween(view, i + 1, k);
          if (left) return left;
          break;
        }
      }
    }
  }
  // The casualty clause after the noun ("since the start of the battle, ... had been killed"), else the first one.
  let clauses = casualtyClausesOf.get(view);
  if (!clauses) {
    clauses = [...Array(tokens.length).keys()].filter((i) => view.lex.casualtyClauses.longest(tokens, i));
    casualtyClausesOf.set(view, clauses);
  }
  const clause = clauses.find((i) => i > o.end) ?? clauses[0];
  for (let i = clause ?? tokens.length; i < tokens.length && from < 0; i++) {
    const casualty = view.lex.casualtyClauses.longest(tokens, i);
    if (!casualty) continue;
    to = i;
    from = i;
    while (from > 0 && !view.lex.boundaries.has(tokens[from - 1].key) && tokens[from - 1].text !== ",") from--;
  }
  if (from < 0) return null;
  return deadBetween(view, from, to);
}

/** The chunks of counted people from `from` to `to`, as one chunk of their two groups; null unless exactly two. */
function deadBetween(view: SentenceView, from: number, to: number): Chunk | null {
  const tokens = view.tokens;
  const dead: Chunk[] = [];
  for (const chunk of view.chunks) {
    if (chunk.start < from) continue;
    if (chunk.start >= to || view.lex.boundaries.has(tokens[chunk.start - 1]?.key ?? "")) break;
    if (chunk.ref !== null || !countedPeople(view, chunk)) return null;
    dead.push(chunk);
  }
  const groups = [...new Set(dead.flatMap((c) => c.groups))];
  if (groups.length !== 2) return null;
  return { ...dead[0], end: dead.at(-1)!.end, groups, heads: dead.flatMap((c) => c.heads) };
}

/** Prepositions that make an action noun an adverbial of its clause ("sent fighters in support of X"). */
const ADVERBIAL = new Set(["in", "during", "amid", "through", "after", "following", "with", "under", "on", "at"]);

/** The most words a cause link of the lexicon holds ("as a result of"). */
const CAUSE_LINK_WORDS = 4;

/**
 * Whether the "of" at `at`, right after a noun's "by" agent, names the agent's whole: a name alone after it ("by the
 * Tawhid Brigade of the Free Syrian Army"), not a thing of a party ("by the FSA of the Syrian Army base").
 */
function agentsWhole(view: SentenceView, at: number): boolean {
  if (view.tokens[at]?.key !== "of") return false;
  let i = at + 1;
  while (DETERMINERS.has(view.tokens[i]?.key ?? "")) i++;
  const whole = view.covering[i];
  if (!whole || whole.start !== i || whole.ref !== null) return false;
  return !view.lex.partyNouns.longest(view.tokens, whole.end) && !view.lex.placeNouns.longest(view.tokens, whole.end) &&
    !view.lex.partyNouns.endingAt(view.tokens, whole.end, 1);
}

/** A past participle in -ed, written in lower case ("launched", "concluded"). */
const PAST_PARTICIPLE = /^\p{Ll}{3,}ed$/u;

/**
 * The comma closing a participle aside whose words after the participle start at `at`: up to two time or named-place
 * phrases, then the comma, then one of `preps`. The comma's position, else -1.
 */
function asideCommaAfter(view: SentenceView, at: number, preps: readonly string[]): number {
  let k = at;
  for (let n = 0; n < 2; n++) {
    const time = timePhraseEnd(view, k);
    const place = OBJECT_PLACE_PREPOSITIONS.has(view.tokens[k]?.key ?? "") ? namedPlaceEnd(view, k + 1) : -1;
    const end = Math.max(time, place);
    if (end <= k + 1) break;
    k = end;
  }
  return view.tokens[k]?.text === "," && preps.includes(view.tokens[k + 1]?.key ?? "") ? k : -1;
}

function nounFrame(
  view: SentenceView,
  o: Occurrence,
  frame: RelationFrame,
  previous: SentenceView | null = null,
): Parties | null {
  const tokens = view.tokens;
  const preps = frame.prep ?? [];
  let at = o.end;
  let agent: Chunk | null = null;
  let distance = 0;
  let standing = false;
  // "attacks by X on Y", "the massacre committed by X against Y"
  const light = view.lex.lightVerbs.longest(tokens, at);
  // "bombardment from the SNA": a hostile noun's source is its agent too.
  const agentMark = (key: string | undefined) => key === "by" || (key === "from" && o.trigger.type === "clash");
  // ("suffered a string of defeats at the hands of Y": the phrase names a hostile act's agent as "by" does.)
  const hands = o.trigger.type === "clash" && atTheHandsOf(view, at);
  // ("under siege since July 2015 by A and B": past a time phrase before the "by"; round 93. "came under attack in
  // April 2019 from X": before a hostile noun's "from" too; round 95.)
  const dated = timePhraseEnd(view, at);
  // ("the Farouq's expulsion from Tal Abyad by ISIS": past a named place the noun carries, before its "by"; round 95.)
  const placeKey = tokens[at]?.key ?? "";
  const placeEnd = o.trigger.type === "clash" && (placeKey === "from" || OBJECT_PLACE_PREPOSITIONS.has(placeKey))
    ? namedPlaceEnd(view, at + 1)
    : -1;
  const placeBy = placeEnd > at + 1 && tokens[placeEnd]?.key === "by";
  const by = hands
    ? at + 3
    : placeBy
    ? placeEnd
    : agentMark(tokens[at]?.key)
    ? at
    : dated > at && agentMark(tokens[dated]?.key)
    ? dated
    : light && tokens[at + light.length]?.key === "by"
    ? at + light.length
    : -1;
  if (by >= 0) {
    agent = objectAfter(view, by + 1, 4);
    if (agent) at = agent.end;
  }
  // The preposition right after the noun, or after a short verb ("fighting broke out between A and B").
  // ("under siege by the Tawhid Brigade of the Free Syrian Army": an "of" right after a "by" agent is the agent's own
  // phrase, a unit of its whole, not the noun's object; round 69.)
  let prepAt = tokens[at] && preps.includes(tokens[at].key) && !(agent && agentsWhole(view, at)) ? at : -1;
  // "the capture of Manbij from ISIS", "the capture of the town by X from Y": past the noun's own "of" phrase (no
  // name, comma or boundary in it), picking up a "by" agent on the way.
  if (prepAt < 0 && frame.gap && tokens[at]?.key === "of") {
    for (let i = at + 1; i <= at + frame.gap && i < tokens.length; i++) {
      const token = tokens[i];
      if (!agent && token.key === "by") {
        agent = objectAfter(view, i + 1, 4);
        if (!agent) break;
        i = agent.end - 1;
        continue;
      }
      if (preps.includes(token.key)) {
        prepAt = i;
        break;
      }
      if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key) || verbish(view, i)) break;
    }
  }
  // "The Battle of Raqqa was fought between A and B": past the event's own place name, capitalised, no party in it.
  if (prepAt < 0 && !agent && tokens[at]?.key === "of" && CAPITALISED.test(tokens[o.start].text)) {
    let end = at + 1;
    while (end < at + 4 && CAPITALISED.test(tokens[end]?.text ?? "") && !view.covering[end]) end++;
    if (end > at + 1 && verbish(view, end)) at = end;
    // ("in the Battle of Mosul against ISIL": or the noun's own preposition right after the name, round 21.)
    else if (end > at + 1 && preps.includes(tokens[end]?.key ?? "")) prepAt = end;
  }
  // ("Turkey's offensive, launched on 9 October, against the SDF": a participle aside between commas, its time or place
  // phrases, before the noun's preposition; round 98.)
  if (prepAt < 0 && !agent && tokens[at]?.text === "," && PAST_PARTICIPLE.test(tokens[at + 1]?.text ?? "")) {
    const close = asideCommaAfter(view, at + 2, preps);
    if (close > 0) prepAt = close + 1;
  }
  if (prepAt < 0 && !agent) {
    for (let i = at; i < at + 3 && i < tokens.length && prepAt < 0; i++) {
      if (view.covering[i] || !LOWER_WORD.test(tokens[i].text) || view.lex.prepositions.has(tokens[i].key)) break;
      // ("clashes erupting between A and B": a participle on the noun, too.)
      if (
        preps.includes(tokens[i + 1]?.key) &&
        (verbish(view, i) || tokens[i].key === "out" || (i === at && tokens[i].key.endsWith("ing")))
      ) prepAt = i + 1;
      // "fighting erupted in northwestern Syria between A and B", "clashes erupted on Friday at midnight between":
      // past place and time phrases without names after the verb.
      if (prepAt < 0 && verbish(view, i)) prepAt = prepositionPast(view, i + 1, preps);
    }
  }
  // "is conducting airstrikes, ground-based and rocket-propelled artillery fire in Syria and Iraq against Y": after a
  // light verb the noun's preposition may stand past a description without names or clause boundaries.
  if (
    prepAt < 0 && !agent && view.lex.lightVerbs.endingAt(tokens, modifiersBefore(view, o.start, 3), LIGHT_VERB_WORDS)
  ) {
    for (let i = at; i < at + LIGHT_GAP && i < tokens.length; i++) {
      if (view.covering[i] || view.lex.boundaries.has(tokens[i].key)) break;
      // "of" belongs to the words next to it ("in support of"): only a directional preposition reaches back.
      if (preps.includes(tokens[i].key) && (tokens[i].key !== "of" || i === at)) {
        prepAt = i;
        break;
      }
    }
  }
  // ("the military campaign that Syrian regime forces launched, with Russian air support, against Y": a relative clause
  // whose subject carries the act out, a light verb of the lexicon, names the act's agent, and the noun's preposition
  // may follow the clause; issue 10, round 87.)
  if (prepAt < 0 && !agent) {
    const relative = relativeLightAgent(view, at, preps);
    if (relative) {
      agent = relative.agent;
      prepAt = relative.prepAt;
    }
  }
  // "X surprise offensive in Daraa countryside on Sunday against Y": past a place phrase, then past a time phrase
  // (wire-objects.ts).
  if (prepAt < 0 && !agent) prepAt = prepositionPastPlace(view, at, preps, prepositionPast);
  if (prepAt >= 0) prepAt = prepositionPastTime(view, prepAt, preps);
  const prep = prepAt >= 0 ? tokens[prepAt].key : null;
  // "X, with US support, attacked Z", "X captured P with Russian air support": the name before a support noun an
  // adverbial "with" governs is the supporter, as "with support from Y" names it.
  // (Only a noun a name before it modifies, lexicon `nonPartyHeads`: "with the ISs weapons" are the group's own.)
  const supporter = !prep && !agent && o.trigger.type === "ally" && view.lex.nonPartyHeads.has(tokens[o.end - 1].key)
    ? supporterBefore(view, o.start)
    : null;
  // ("barrel bomb attacks in the town of al-Bab held by X": a hostile noun's target named by the place it hit, as a
  // hostile verb's is, lexicon `placeTargetLinks`; round 17.)
  const placed = !prep && !agent && !supporter && o.trigger.type === "clash" ? heldPlaceTarget(view, o.end) : null;
  // ("in support of an offensive by the Syrian army": the agent of the act a tie is for, as a verb's frame reads it.)
  const after = prep ? objectAfter(view, prepAt + 1, 6, o.trigger.type === "clash") : null;
  // ("the SDF's entry into the ISIS-held town": a place its holder is read from is no group joined or merged with;
  // round 95.)
  const object = prep
    ? (after?.heldPlace && ORGANISATIONAL.has(o.trigger.type) ? null : after) ??
      (o.trigger.type === "ally" && prep === "of" ? actAgentAfter(view, prepAt + 1) : null)
    : supporter?.chunk ?? placed ?? (agent ? null : frontedRelativeObject(view, o.start, preps));
  // ("support from the CJTF-OIR coalition for the SDF": the party after "from" gives the aid the party after "for" or "to"
  // receives, whoever the clause's subject is; round 71.)
  if (prep === "from" && o.trigger.type === "ally" && object && object.ref === null && !agent) {
    const link = tokens[object.end]?.key;
    const receiver = link === "for" || link === "to" ? objectAfter(view, object.end + 1, 2) : null;
    // (The receiver right after the preposition, past an article: "from Iran to aid the government" is a purpose.)
    const near = receiver && receiver.start <= object.end + (tokens[object.end + 1]?.key === "the" ? 2 : 1);
    if (receiver && near && receiver.ref === null && !receiver.groups.some((g) => object.groups.includes(g))) {
      return { agent: object, patient: receiver, voice: "noun", distance: receiver.start - o.end };
    }
  }
  // "under the joint control of A and B": the list after the preposition acts together.
  if (frame.agentsAfter && !agent && object && listedParties(object) >= 2) {
    return { agent: object, patient: null, voice: "noun", distance: object.start - o.end, jointOnly: true };
  }
  // ("clashes among A, B and C": "among", which the lexicon lists wherever it lists "between", names the sides as
  // "between" does; round 26.)
  if (prep === "between" || prep === "among") {
    // ("clashes between YPG-Al Nusra": two names joined by a dash right after "between" are its two sides; round 86.)
    const after = view.covering[prepAt + (ARTICLE.test(tokens[prepAt + 1]?.key ?? "") ? 2 : 1)];
    const dashed = after ? dashedPair(view, view.covering[after.end + 1]?.end ?? -1) : null;
    if (dashed && dashed.start === after!.start && o.trigger.type === "clash") {
      return { agent: dashed, patient: null, voice: "noun", distance: dashed.start - o.end };
    }
    const sides = object ? sidesOf(view, object) : null;
    if (sides) {
      const { together, ...parties } = sides;
      return { ...parties, voice: "noun", distance: sides.patient.start - o.end, sidesTogether: together };
    }
    // ("clashes between the 26th and 27th killed 19 X and 11 Y fighters": a "between" of dates; the dead are the sides.)
    const dead = !object && !agent && o.trigger.type === "clash" ? deadOfTwoSides(view, o) : null;
    if (dead) return { agent: dead, patient: null, voice: "noun", distance: Math.abs(dead.start - o.end) };
    if (!object || (object.groups.length + (object.descriptions?.length ?? 0) < 2 && object.ref !== "pair")) {
      return null;
    }
    // ("between the PYD/YPG and locals": names joined by a slash are one side, not the two; round 88.)
    if (object.apart) return null;
    return { agent: object, patient: null, voice: "noun", distance: object.start - o.end };
  }
  // "its anti-Daesh operation": the name inside an anti- compound is the noun's target, its owner the agent.
  const anti = !object && !agent && o.trigger.type === "clash" ? antiTarget(view, o.start) : null;
  if (anti) {
    const owner = ownerBefore(view, anti.start - 2);
    if (owner) return { agent: owner, patient: anti, voice: "noun", distance: o.start - owner.end };
  }
  if (!object && o.trigger.type === "clash") {
    // "X foiled an attack by Y", "X faced a counter-offensive led by Y": the patient verb's subject is the target;
    // "X withdrew from P following bombardment from Y", "... after Y's assault": so is the subject of the clause the
    // noun is the cause in.
    // ("X broke the siege of P by Y": a "by" past the noun's own place phrase.)
    const source = agent ?? ownerBefore(view, o.start) ?? (prepAt >= 0 ? byPast(view, prepAt + 1) : null);
    const target = source ? patientVerbSubject(view, o.start) ?? causeSubject(view, o.start) : null;
    if (source && target) {
      return { agent: source, patient: target.chunk, voice: "noun", distance: target.distance + o.end - o.start };
    }
    // "X's defeat by Y", "following X's expulsion by Y": the owner of a hostile noun whose agent "by" names suffers it.
    const owner = agent && (tokens[o.end]?.key === "by" || placeBy) ? ownerBefore(view, o.start) : null;
    if (agent && owner && owner.ref === null && owner !== agent) {
      return { agent, patient: owner, voice: "noun", distance: agent.start - owner.end };
    }
  }
  // "Nusra Front–Syrian Army clashes", "the YPG-Nusra conflict": two names joined by a dash before a noun that also
  // reads "between" are its two sides.
  if (!object && !agent && o.trigger.frames.some((f) => f.prep?.includes("between"))) {
    const pair = dashedPair(view, o.start);
    if (pair) return { agent: pair, patient: null, voice: "noun", distance: o.start - pair.end };
  }
  // "The clashes killed 5 X fighters and 12 Y militants", "since the start of the battle, 346 X fighters and 195 Y
  // soldiers had been killed": the dead of two sides count the two sides of the fight.
  if (
    !object && !agent && !prep && o.trigger.type === "clash" &&
    o.trigger.frames.some((f) => f.prep?.includes("between"))
  ) {
    const sides = deadOfTwoSides(view, o);
    if (sides) return { agent: sides, patient: null, voice: "noun", distance: Math.abs(sides.start - o.end) };
  }
  if (!object) {
    // "a joint attack by A and B", "bombardment of the area by A and B": the agents' pairs, no target named.
    // ("sealing their side of the border": an ally noun reads agents alone only when it joins them: "alliance with".)
    const together = o.trigger.joint ||
      (o.trigger.type === "ally" && preps.some((p) => p === "with" || p === "between"));
    // "bombardment of the area by A and B": a "by" past the noun's own phrase.
    if (!agent && together && prep) {
      for (let i = prepAt + 1; i < prepAt + 5 && i < tokens.length; i++) {
        if (view.covering[i] || view.lex.boundaries.has(tokens[i].key) || tokens[i].text === ",") break;
        if (tokens[i].key === "by") {
          agent = agentAfterBy(view, i + 1);
          break;
        }
      }
    }
    // ("a joint information centre in Baghdad was set up by A, B and C": a passive light verb's agent, round 71.)
    if (!agent && together) agent = passiveLightAgent(view, o.end);
    // "A and B continued their advances": the owner stands for the agents; "A and B launched a counterattack": the
    // light verb's subject.
    if (!agent && together) agent = ownerBefore(view, o.start) ?? lightVerbSubject(view, o.start)?.chunk ?? null;
    if (agent && together && (listedParties(agent) >= 2 || agent.ref === "plural" || agent.ref === "pair")) {
      return { agent, patient: null, voice: "noun", distance: agent.start - o.end, jointOnly: true };
    }
    // ("Hezbollah and the Nusra Front were at war with each other": a hostile noun whose preposition takes a reciprocal,
    // lexicon `reciprocals`, sets its subjects against each other; round 85.)
    if (!agent && o.trigger.type === "clash" && prepAt >= 0 && view.lex.reciprocals.longest(tokens, prepAt + 1)) {
      const subject = lightVerbSubject(view, o.start)?.chunk ??
        subjectOf(view, modifiersBefore(view, o.start, 3))?.chunk;
      if (subject && listedParties(subject) >= 2) {
        return { agent: subject, patient: null, voice: "noun", distance: o.start - subject.end };
      }
    }
    return null;
  }
  // ("under pressure from X to disassociate itself": a demand of X's, lexicon frame `noDemand`; round 71.)
  if (frame.noDemand && tokens[object.end]?.key === "to" && LOWER_WORD.test(tokens[object.end + 1]?.text ?? "")) {
    return null;
  }
  // "the bombardment of X by Y", "the largest attack against X launched by Y"
  if (!agent && tokens[object.end]?.key === "by") agent = agentAfterBy(view, object.end + 1, 4);
  const launched = !agent ? view.lex.lightVerbs.longest(tokens, object.end) : null;
  if (launched && tokens[object.end + launched.length]?.key === "by") {
    agent = objectAfter(view, object.end + launched.length + 1, 4);
  }
  // ("the battle against X was primarily led by Y": the noun's own clause in the passive, a form of "be", adverbs and a
  // light verb's participle before its "by"; round 88. "The offensive against X around Kessab, launched on 21 March,
  // was led by Y": past a place phrase on the object and a participle aside, round 93.)
  const clauseAt = agent ? object.end : pastObjectPhrase(view, object.end);
  const perfect = /^(?:has|have|had)$/.test(tokens[clauseAt]?.key ?? "") && tokens[clauseAt + 1]?.key === "been";
  if (!agent && (perfect || /^(?:was|were|is|are)$/.test(tokens[clauseAt]?.key ?? ""))) {
    let k = clauseAt + (perfect ? 2 : 1);
    while (k < clauseAt + 4 && LY_ADVERB.test(tokens[k]?.text ?? "")) k++;
    const participle = /(?:ed|en)$/.test(tokens[k]?.key ?? "") ? view.lex.lightVerbs.longest(tokens, k) : null;
    if (participle && tokens[k + participle.length]?.key === "by") {
      agent = objectAfter(view, k + participle.length + 1, 4);
    }
  }
  if (!supporter) agent ??= reflexiveOwner(view, o.start) ?? ownerBefore(view, o.start) ?? resultAgent(view, o.start);
  // ("X joined in the US-led bombing of Y": the subject of a light verb before a compound's leader acts in the act as
  // well, beside its leader, round 21.)
  if (agent && agent.ref === null && view.tokens[agent.end]?.text === "-") {
    const before = ARTICLE.test(tokens[agent.start - 1]?.key ?? "") ? agent.start - 1 : agent.start;
    const light = view.lex.lightVerbs.endingAt(tokens, before, LIGHT_VERB_WORDS);
    const joiner = light ? subjectOf(view, before - light.length) : null;
    if (joiner && joiner.chunk.ref === null && !joiner.chunk.groups.some((g) => agent!.groups.includes(g))) {
      agent = {
        ...agent,
        groups: [...joiner.chunk.groups, ...agent.groups],
        heads: [...joiner.chunk.heads, ...agent.heads],
      };
    }
  }
  if (!agent) {
    let before = supporter?.phraseStart ?? modifiersBefore(view, o.start, 3);
    // "with air strikes and backing for Y": a noun coordinated after another shares its adverbial ("with ...").
    // (The first noun: up to three plain lower-case words after the adverbial's preposition.)
    if (tokens[before - 1]?.key === "and") {
      let first = before - 1;
      while (
        first > 0 && before - 1 - first < 3 && !view.covering[first - 1] && LOWER_WORD.test(tokens[first - 1].text)
      ) {
        if (ADVERBIAL.has(tokens[first - 1].key)) break;
        first--;
      }
      if (first < before - 1 && ADVERBIAL.has(tokens[first - 1]?.key ?? "")) before = first;
    }
    const lightBefore = view.lex.lightVerbs.endingAt(tokens, before, LIGHT_VERB_WORDS);
    // ("Turkey has been in armed conflict with the PKK": a link of being in the act, round 90.)
    const state = lightBefore ? -1 : actStateStart(view, o.start);
    const starts = lightBefore
      ? before - lightBefore.length
      : state >= 0
      ? state
      : frame.lightOnly
      ? -1
      : ADVERBIAL.has(tokens[before - 1]?.key ?? "") || ADVERBIAL.has(tokens[before]?.key ?? "")
      ? before - (ADVERBIAL.has(tokens[before - 1]?.key ?? "") ? 1 : 0)
      : -1;
    // "X launched an offensive against Y" (the light verb's subject); "X sent fighters in support of Y" (the
    // clause's subject, the noun being an adverbial of its clause); "With support from Y, X captured ..." (the
    // subject after a fronted adverbial).
    // ("X advanced on P, launching an attack on Y", "..., receiving assistance from Y": a light verb's gerund opening
    // a participle clause after a comma has the main clause's subject too, round 21.)
    const clauseGerund = lightBefore !== null && tokens[starts]?.key.endsWith("ing") &&
      tokens[starts - 1]?.text === ",";
    // ("sanctions on X companies for providing support to Y": a judged one's light verb; round 84.)
    if (lightBefore && judgedReason(view, starts)) {
      const judged = lightVerbSubject(view, o.start);
      if (!judged) return null;
      agent = judged.chunk;
      distance = judged.distance + (o.start - starts);
    }
    const subject = agent
      ? null
      : starts >= 0
      ? (lightBefore ? null : roleComplementSubject(view, starts)) ?? subjectOf(view, starts) ??
        (lightBefore ? null : ownedNounSubject(view, starts)) ?? participleClauseSubject(view, starts) ??
        (lightBefore && !clauseGerund ? null : mainClauseSubject(view, clauseGerund ? starts - 1 : starts))
      : null;
    // "X is conducting airstrikes against Y. The strikes in Iraq are conducted in support of Z": an adverbial of a
    // clause whose subject is a definite act carried out (a passive light verb) has that act's agent, the previous
    // sentence's.
    const carriedOut = starts >= 0 && !lightBefore ? carriedOutActAgent(view, starts, previous) : null;
    // "These ISIL forces were finally destroyed with the support of Y": a passive clause's subject suffers the act
    // the adverbial supports; it is not the supported party.
    const suffered = subject && o.trigger.type === "ally" && !lightBefore && passiveEndingAt(view, starts);
    // ("The ISIL attack was repelled by the Kurdish forces, with air support from Y": after a passive's "by" agent the
    // adverbial supports that agent, whatever the subject; none when the agent is no named party; round 64. "P was
    // retaken by X with the help of Y": the same when the subject names no party, round 67.)
    // ("P was captured by X after clashes with Y": a hostile act in an adverbial of a passive clause whose subject
    // names no party is its "by" agent's; round 67.)
    const adverbialAct = o.trigger.type === "ally" || (o.trigger.type === "clash" && !subject);
    const byAgent = (subject ? !suffered : starts >= 0) && adverbialAct && !lightBefore && !carriedOut
      ? passiveAgentBefore(view, starts)
      : undefined;
    if (agent) {
      // (The judged one, read above.)
    } else if (byAgent !== undefined) {
      if (!byAgent) return null;
      agent = byAgent;
      distance = o.start - byAgent.end;
    } else if (carriedOut) {
      agent = carriedOut;
      distance = o.start - starts;
    } else if (subject && !suffered) {
      agent = subject.chunk;
      distance = subject.distance + (o.start - starts);
      standing = subject.via === "relative" && o.trigger.type === "ally";
    } else if (starts >= 0 && starts <= 1 && !lightBefore && tokens[supporter ? o.end : object.end]?.text === ",") {
      const fronted = objectAfter(view, (supporter ? o.end : object.end) + 1, 3);
      if (fronted && fronted.ref === null) {
        agent = fronted;
        distance = fronted.start - o.end;
      }
    }
  }
  if (!agent) return null;
  return {
    agent,
    patient: object,
    voice: "noun",
    distance: distance + Math.abs(object.start - o.end),
    ...(standing ? { described: true } : {}),
  };
}

/**
 * "Russia's air campaign in support of the Syrian government": an adverbial right after a noun that a named party's
 * possessive owns (up to two words) has that owner as subject (round 71).
 */
function ownedNounSubject(view: SentenceView, at: number): Subject | null {
  if (!LOWER_WORD.test(view.tokens[at - 1]?.text ?? "")) return null;
  const owner = ownerBefore(view, at);
  return owner && owner.ref === null && view.tokens[owner.end]?.key === "'s"
    ? { chunk: owner, distance: at - owner.end, via: "direct" }
    : null;
}

/**
 * "a joint information centre in Baghdad was set up by A, B and C", "the joint operation was launched by A and B": the
 * agent after a passive light verb right after the noun ending at `from` (past a place phrase of up to three
 * capitalised words after "in"; the auxiliary left out in a reduced relative: "the centre set up by A and B"), or null.
 */
function passiveLightAgent(view: SentenceView, from: number): Chunk | null {
  const tokens = view.tokens;
  let i = from;
  if (tokens[i]?.key === "in") {
    const start = ++i;
    while (i < start + 3 && CAPITALISED.test(tokens[i]?.text ?? "")) i++;
    if (i === start) return null;
  }
  // ("the joint information center in Baghdad set up by A, B and C": a reduced relative, no auxiliary; round 76.)
  if (/^(?:was|were|is|are|has|have|had)$/.test(tokens[i]?.key ?? "")) {
    i++;
    if (tokens[i]?.key === "been") i++;
  }
  const light = view.lex.lightVerbs.longest(tokens, i);
  if (!light || tokens[i + light.length]?.key !== "by") return null;
  return agentAfterBy(view, i + light.length + 1);
}

/**
 * "was repelled by the Kurdish forces, with ...": where a passive's "by" agent phrase ends right before `at` (a comma
 * between), the agent when it is a named party, null when it names none; undefined when no such phrase stands there.
 */
function passiveAgentBefore(view: SentenceView, at: number): Chunk | null | undefined {
  let end = at;
  if (view.tokens[end - 1]?.text === ",") end--;
  // ("P was captured by X on 5 January after clashes with Y": past a time phrase after the agent; round 67.)
  for (let k = end - 2; k >= end - 6 && k > 0; k--) {
    if (timePhraseEnd(view, k) === end) {
      end = k;
      break;
    }
  }
  for (let by = end - 1; by >= 0 && end - by <= 6; by--) {
    const token = view.tokens[by];
    if (token.key === "by") {
      // ("P was taken from Y by X, with the support of Z": past the "from" phrase of whom the place was taken from;
      // round 93.)
      const source = view.covering[by - 1];
      const from = source ? source.start - (view.tokens[source.start - 1]?.key === "the" ? 2 : 1) : -1;
      const verbEnd = source && source.ref === null && view.tokens[from]?.key === "from" ? from : by;
      if (!passiveEndingAt(view, verbEnd)) return undefined;
      const agent = objectAfter(view, by + 1, 4);
      return agent && agent.ref === null && agent.end === end ? agent : null;
    }
    if (view.lex.boundaries.has(token.key) || token.text === "," || verbish(view, by)) return undefined;
  }
  return undefined;
}

/** Whether a passive verb ("were finally destroyed", "was retaken") ends at `end`: a participle after a form of "be". */
function passiveEndingAt(view: SentenceView, end: number): boolean {
  let i = end - 1;
  const participle = view.tokens[i];
  if (!participle || view.covering[i] || !/^\p{Ll}+(?:ed|en)$/u.test(participle.text)) return false;
  i--;
  while (i >= 0 && adverb(view, view.tokens[i].key)) i--;
  return /^(?:was|were|is|are|been|being|be)$/.test(view.tokens[i]?.key ?? "");
}

/**
 * "X has been a close ally of Z in the campaign against Y": an adverbial right after a role complement ("a close ally
 * of Z", "a key partner of Z") belongs to the copula's clause; its act is the subject's and the role owner's, both
 * named however far the subject stands. A chunk of the two, or null.
 */
function roleComplementSubject(view: SentenceView, at: number): Subject | null {
  const tokens = view.tokens;
  const owner = view.covering[at - 1];
  if (!owner || owner.end !== at || owner.ref !== null || owner.modifier || owner.groups.length !== 1) return null;
  let of = owner.start - 1;
  while (ARTICLE.test(tokens[of]?.key ?? "")) of--;
  if (tokens[of]?.key !== "of") return null;
  const role = view.lex.roleNouns.endingAt(tokens, of, 2);
  if (!role) return null;
  const copula = copulaStart(view, modifiersBefore(view, of - role.length, 4));
  const subject = copula > 0 ? subjectOf(view, copula) : null;
  if (!subject || subject.chunk.ref !== null || subject.chunk.groups.some((g) => owner.groups.includes(g))) return null;
  const chunk: Chunk = {
    ...subject.chunk,
    groups: [...subject.chunk.groups, ...owner.groups],
    heads: [...subject.chunk.heads, ...owner.heads],
  };
  return { chunk, distance: subject.distance, via: subject.via };
}

/**
 * "with US support", "with the Russian air support", "with Turkey's backing": the name (past up to two plain modifiers
 * and a possessive) right before an ally noun whose phrase an adverbial "with" opens, and where that phrase starts.
 */
function supporterBefore(view: SentenceView, at: number): { chunk: Chunk; phraseStart: number } | null {
  let end = modifiersBefore(view, at, 2);
  if (view.tokens[end - 1]?.key === "'s") end--;
  const chunk = view.covering[end - 1];
  if (!chunk || chunk.end !== end || chunk.ref !== null) return null;
  let start = chunk.start;
  // ("with heavy Coalition air support", "under Russian air cover": up to two plain adjectives before the name, and
  // "under" for cover, issue 10, round 17.)
  let adjectives = 0;
  while (start > 0) {
    const token = view.tokens[start - 1];
    if (ARTICLE.test(token.key)) start--;
    else if (
      adjectives < 2 && LOWER_WORD.test(token.text) && !view.covering[start - 1] && !verbish(view, start - 1) &&
      !view.lex.prepositions.has(token.key) && !view.lex.boundaries.has(token.key) &&
      !view.lex.listJoiners.longest(view.tokens, start - 1)
    ) {
      start--;
      adjectives++;
    } else break;
  }
  return /^(?:with|under)$/.test(view.tokens[start - 1]?.key ?? "") ? { chunk, phraseStart: start } : null;
}

/** What links a role noun after "whose" to the party it describes ("whose backbone is X", "whose components include"). */
const WHOSE_ROLE_LINKS = /^(?:is|was|are|were|remains|remained|include|includes|included)$/;
/** The forms of "include" a plural part noun's subject takes ("Its components included A"). */
const INCLUDE_FORMS = /^(?:include|includes|included)$/;

/**
 * "Y, whose backbone is X", "an alliance whose largest components include A and B": a role noun after "whose" (past up
 * to four modifiers) is owned by the relative's antecedent, the name right before "whose" (a comma allowed) or, where a
 * noun of an acting body ends there ("Y was announced as an alliance whose ...", lexicon `actorNouns`), the sentence's
 * subject it describes; the party it describes follows the clause's copula or "include" (past an interposed
 * ", and remains,"). Round 85.
 */
function whoseRole(view: SentenceView, o: Occurrence, leftEdge: number): Parties | null {
  const tokens = view.tokens;
  const whose = leftEdge - 1;
  if (tokens[whose]?.key !== "whose") return null;
  const end = tokens[whose - 1]?.text === "," ? whose - 1 : whose;
  let owner: Chunk | null = view.covering[end - 1]?.end === end ? view.covering[end - 1] ?? null : null;
  if (!owner && view.lex.actorNouns.has(tokens[whose - 1]?.key ?? "")) {
    let k = whose - 2;
    // ("X, a coalition of some fourteen groups whose core was Y": up to six plain words, an "of" phrase's count among
    // them; round 98.)
    while (k > 0 && whose - k <= 6 && LOWER_HYPHENED_WORD.test(tokens[k].text) && !ARTICLE.test(tokens[k].key)) k--;
    // ("X, an alliance whose largest founding member was Y": the noun is an apposition of the name before its comma,
    // which it describes wherever the sentence's subject stands; round 94.)
    const named = tokens[k - 1]?.text === "," ? view.covering[k - 2] : undefined;
    if (ARTICLE.test(tokens[k]?.key ?? "")) owner = named?.end === k - 1 ? named : sentenceSubject(view, k);
  }
  if (!owner || owner.ref !== null || owner.modifier) return null;
  let after = o.end;
  if (!WHOSE_ROLE_LINKS.test(tokens[after]?.key ?? "")) return null;
  after++;
  // ("whose backbone was, and remains, the YPG")
  if (tokens[after]?.text === "," && tokens[after + 1]?.key === "and" && tokens[after + 3]?.text === ",") {
    if (WHOSE_ROLE_LINKS.test(tokens[after + 2]?.key ?? "")) after += 4;
  }
  while (tokens[after] && ARTICLE.test(tokens[after].key)) after++;
  after = skipQualifierCompound(tokens, after);
  const described = view.covering[after];
  if (!described || described.start !== after || described === owner || described.ref !== null) return null;
  if (described.groups.some((g) => owner.groups.includes(g))) return null;
  const nearAt = [o.start, owner.start];
  return { agent: described, patient: owner, voice: "role", distance: after - o.end, nearAt, described: true };
}

/**
 * "X, in which Y is a major part of its composition": a role noun whose owner is the antecedent of "in/of which"
 * and whose described party is the relative clause's subject.
 */
function relativeOwner(view: SentenceView, o: Occurrence, leftEdge: number): Parties | null {
  const copula = view.lex.copulas.endingAt(view.tokens, leftEdge, 3);
  if (!copula) return null;
  const described = view.covering[leftEdge - copula.length - 1];
  if (!described || described.end !== leftEdge - copula.length) return null;
  const which = described.start - (view.tokens[described.start - 1]?.key === "the" ? 2 : 1);
  if (!view.lex.relativePronouns.has(view.tokens[which]?.key ?? "")) return null;
  if (!/^(?:in|of|within)$/.test(view.tokens[which - 1]?.key ?? "")) return null;
  let j = which - 2;
  // ("the SDF (of which the YPG are a component)": or the bracket opening the clause; round 88.)
  if (view.tokens[j]?.text === "," || view.tokens[j]?.text === "(") j--;
  // "called Jaish al Fateh or Conquest Army in which ...": past another rendering of the name.
  for (let n = 0; n < 3 && j > 0 && !view.covering[j] && /^(?:\p{Lu}|or$)/u.test(view.tokens[j].text); n++) j--;
  const antecedent = view.covering[j];
  if (!antecedent || antecedent.end !== j + 1 || antecedent.modifier) return null;
  return { agent: described, patient: antecedent, voice: "role", distance: o.start - antecedent.end };
}

/** Whether a role noun follows `at`, past a possessive and up to two lower-case modifiers ("'s armed wing"). */
function roleNounAfter(view: SentenceView, at: number): boolean {
  let i = view.tokens[at]?.key === "'s" ? at + 1 : at;
  for (const end = i + 2; i <= end; i++) {
    if (view.lex.roleNouns.longest(view.tokens, i)) return true;
    if (!LOWER_WORD.test(view.tokens[i]?.text ?? "")) return false;
  }
  return false;
}

/** Prepositions of a role noun's own phrase ("allies in the war", "partners within the coalition"). */
const OWN_PHRASE_PREPOSITIONS = new Set(["in", "within", "among", "during", "inside"]);

/**
 * Past a role noun's own short phrase that a comma or a colon closes ("allies in the war,", "allies involved in the
 * war:"): an optional participle, a preposition of `OWN_PHRASE_PREPOSITIONS` and up to four words (a name among them:
 * "allies in NATO,"). The position of the comma or colon, else `at` unchanged.
 */
function pastOwnPhrase(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  let i = at;
  if (/^\p{Ll}+ed$/u.test(tokens[i]?.text ?? "") && !view.covering[i]) i++;
  if (!OWN_PHRASE_PREPOSITIONS.has(tokens[i]?.key ?? "")) return at;
  for (let k = i + 1; k <= i + 5 && k < tokens.length; k++) {
    const text = tokens[k].text;
    if (text === "," || text === ":") return k > i + 1 ? k : at;
    if (!/^[\p{L}\p{N}]/u.test(text) || view.lex.boundaries.has(tokens[k].key) || verbish(view, k)) return at;
  }
  return at;
}

/** The party a role noun describes after it: "the N of X, D", "X's N D" (null when none stands there). */
/**
 * Whether the member role noun at `o` is a plural part noun with no owner that opens its sentence (its article and
 * up to two plain words allowed before it: "Founding components", "The member groups") right before a form of
 * "include".
 */
function ownerlessParts(view: SentenceView, o: Occurrence): boolean {
  const tokens = view.tokens;
  if (o.trigger.type !== "member" || !tokens[o.end - 1].key.endsWith("s")) return false;
  // (Up to two plain words before the noun, a gerund among them: "Founding components", "The original members".)
  const start = tokens[0].key === "the" ? 1 : 0;
  const words = tokens.slice(start, o.start);
  if (words.length > 2 || words.some((t) => t.party !== undefined || !LOWER_WORD.test(t.key))) return false;
  if (words.some((t) => view.lex.prepositions.has(t.key))) return false;
  return INCLUDE_FORMS.test(tokens[o.end]?.key ?? "");
}

function describedAfter(view: SentenceView, o: Occurrence, owner: Chunk, ownerIsBefore: boolean): Chunk | null {
  const tokens = view.tokens;
  let after = ownerIsBefore ? o.end : owner.end;
  // "Al-Qaedas branch in Syria Al-Nusra Front": past a place the noun is placed in.
  // ("The NFL's main rival inside Idlib remains HTS": after any preposition of `OBJECT_PLACE_PREPOSITIONS`, up to four
  // capitalised words naming no party; issue 10, round 95.)
  if (OBJECT_PLACE_PREPOSITIONS.has(tokens[after]?.key ?? "")) {
    let k = after + 1;
    while (k < after + 5 && CAPITALISED.test(tokens[k]?.text ?? "") && !view.covering[k]) k++;
    if (k > after + 1) after = k;
  }
  const plural = tokens[o.end - 1]?.key.endsWith("s") ?? false;
  // ("its allies involved in the war: Russia and Iran", "the government's allies in the war, Russia and Iran": a
  // plural noun's own short phrase, a preposition and up to four words before a comma or colon; round 54.)
  if (plural && ownerIsBefore) after = pastOwnPhrase(view, after);
  // ("its allies: Russia and Iran": a colon opens the list the noun describes as a comma does; round 54.)
  if (tokens[after]?.text === "," || (tokens[after]?.text === ":" && plural)) after++;
  // "the PYD's military wing dubbed the YPG", "its armed wing known as X": the name the noun goes by.
  after += view.lex.namingLinks.longest(tokens, after)?.length ?? 0;
  // ("Iran's allies, such as Hezbollah", "US allies such as Turkey": a plural role noun's examples, lexicon
  // `listExamples`, name the parties it describes, where a name owns it; round 26. Not after "its": "targeting
  // Iranian facilities as well as those of its proxies, especially Hezbollah" read "its" as the sentence's subject.)
  // ("other rivals of Iran such as Saudi Arabia", "allies of the government including Hezbollah": the same after the
  // noun's owner by "of"; round 70.)
  // Whether the role phrase opens its clause (its owner's possessive or its article first).
  const opensClause = () => {
    let start = modifiersBefore(view, ownerIsBefore ? owner.start : o.start, 4);
    while (start > 0 && /^(?:the|a|an|one|of)$/.test(tokens[start - 1].key)) start--;
    return start === 0 || tokens[start - 1].text === "," || view.lex.boundaries.has(tokens[start - 1].key);
  };
  // ("Its founding components, among them A, B and C, numbered ...": after "its", where the role phrase opens its
  // clause and its examples stand between commas, as a subject's examples do; round 86.)
  const ownExamples = owner.ref === null ||
    (ownerIsBefore && tokens[after - 1]?.text === "," && opensClause());
  if (ownExamples && tokens[o.end - 1]?.key.endsWith("s")) {
    after += view.lex.listExamples.longest(tokens, after)?.length ?? 0;
  }
  // "The strongest group in the SDF is the YPG": a role phrase opening its clause as the subject of "is" describes
  // the complement.
  // ("The components of the SDF included A and B", "Its founding components included A": a plural role phrase opening
  // its clause as the subject of "include" describes the object list; round 85.)
  const link = tokens[after]?.key ?? "";
  const included = plural && INCLUDE_FORMS.test(link);
  // ("The SDF's largest component is the YPG", "Its backbone was the YPG": an owned role phrase too; round 93.)
  if (/^(?:is|was|are|were|remains|remained)$/.test(link) || included) {
    if (opensClause()) after++;
  }
  while (tokens[after] && ARTICLE.test(tokens[after].key)) after++;
  // ("its rival the al-Qaeda-affiliated Nusra Front": past a qualifier compound before the name, round 19.)
  after = skipQualifierCompound(tokens, after);
  const described = view.covering[after];
  // ("the PKK's Syrian offshoot PYDs armed wing YPG": a name owning the next role noun is still the one described.)
  // (Only for a noun its owner's possessive stands before: "members of Nusra al-Qaedas affiliate" describes no one.)
  const owning = ownerIsBefore && described?.owner === true && roleNounAfter(view, described.end);
  return described && described.start === after && described !== owner && (!described.modifier || owning)
    ? described
    : null;
}

/**
 * "the PKK terrorist group's Syrian wing", "the PKK terrorist groups Syrian wing" (the possessive stripped): where a
 * one-name owner stands before the role noun at `at`, past its own descriptor (one or two plain words and a party noun,
 * lexicon `partyNouns`, possessive or not) and up to two modifiers of the role noun. The position after the name, or
 * -1.
 */
function descriptorStart(view: SentenceView, at: number): number {
  const far = modifiersBefore(view, at, 5);
  const name = view.covering[far - 1];
  if (!name || name.end !== far || !name.owner || name.ref !== null || name.groups.length !== 1) return -1;
  const single = (k: number, key: string) =>
    view.lex.partyNouns.longest([withKey(view.tokens[k], key)], 0)?.length === 1;
  for (let k = far + 1; k <= far + 2 && k < at; k++) {
    const key = view.tokens[k].key.replace(/'s$/, "");
    if (at - k - 1 <= 2 && (single(k, key) || (key.endsWith("s") && single(k, key.slice(0, -1))))) return far;
  }
  return -1;
}

/**
 * "X is an armed group based in P in the Q Governorate in northwestern Syria and is part of Y", "... and has fought Y":
 * a copula or a verb right after "and" (auxiliaries and adverbs between), its clause's subject past the subject window,
 * has the sentence's one subject (none where another competes). Round 70.
 */
function coordinatedCopulaSubject(view: SentenceView, copula: number): Subject | null {
  const and = predicateAfterAnd(view, copula);
  const main = and >= 0 ? sentenceSubject(view, and) : null;
  return main && main.ref === null ? { chunk: main, distance: copula - main.end, via: "direct" } : null;
}

function roleFrame(view: SentenceView, o: Occurrence, frame: RelationFrame): Parties | null {
  const tokens = view.tokens;
  // ("the YPG and its sister force, the YPJ": a peer, no part of the owner; lexicon `peerAdjectives`, round 90.)
  if (o.trigger.type === "member" && view.lex.peerAdjectives.has(tokens[o.start - 1]?.key ?? "")) return null;
  const preps = frame.prep ?? [];
  let owner: Chunk | null = null;
  let leftEdge = modifiersBefore(view, o.start, 4);
  // "offshoot of X" (the owner may be a chunk the noun itself opens: "members of X"); with a gap, "an alliance of
  // rebel groups including X".
  // ("the leading component group of the SDF", "a member faction of Y": a party noun the role noun qualifies stands
  // before its preposition; round 70.)
  // ("a rival extremist group to IS": up to two plain adjectives before that party noun; round 72.)
  let headAt = o.end;
  while (
    headAt < o.end + 2 && LOWER_WORD.test(tokens[headAt]?.text ?? "") && !view.covering[headAt] &&
    !view.lex.partyNouns.longest(tokens, headAt) && !preps.includes(tokens[headAt].key) && !verbish(view, headAt)
  ) headAt++;
  const headed = !frame.gap && !preps.includes(tokens[o.end]?.key) && preps.includes(tokens[headAt + 1]?.key) &&
    view.lex.partyNouns.longest(tokens, headAt)?.length === 1;
  const prepAt = frame.gap
    ? prepositionAfter(view, o.end, frame)
    : preps.includes(tokens[o.end]?.key)
    ? o.end + 1
    : headed
    ? headAt + 2
    : -1;
  if (prepAt === o.end + 1) {
    // "A and B members of Z", the comma stripped (wire-lists.ts).
    const stripped = strippedApposition(view, o.start, o.end);
    if (stripped) {
      const { described, owner } = stripped;
      return { agent: described, patient: owner, voice: "role", distance: 0, nearAt: [o.start], described: true };
    }
  }
  if (prepAt >= 0) {
    const covering = view.covering[prepAt - 1];
    // ("a founding member of the SDF together with the YPG": names after a companion link are the subject's
    // companions, no owner; round 92.)
    const found = covering && covering.start <= o.start ? covering : objectAfter(view, prepAt, 6, false, false);
    owner = found && beforeCompanionLink(view, found);
    // ("the MFS was part of a YPG-led offensive": the name of an agent compound before an act noun leads the act, it
    // owns no part; the act's own frames read who took part. Round 78.)
    if (owner && leadsActNoun(view, owner)) return null;
  }
  let ownerIsBefore = false;
  // ("al Qaedas Syrian offshoot Nusra Front": an offshoot owned by a possessive before it is that owner's branch.)
  const offshoot = o.trigger.type === "split" && frame.owner === "after";
  let possessive = false;
  if (!owner && (frame.owner !== "after" || offshoot)) {
    // "X's Syrian branch", "an al-Qaeda offshoot", "its armed wing"
    let before = modifiersBefore(view, o.start, 2);
    // "the Democratic Union Party's (PYD) military wing": past the owner's bracketed short name.
    const bracket = view.covering[before - 2];
    if (tokens[before - 1]?.text === ")" && bracket?.end === before - 1 && tokens[bracket.start - 1]?.text === "(") {
      const owner = view.covering[bracket.start - 2] ?? view.covering[bracket.start - 3];
      if (owner?.owner && owner.groups.join() === bracket.groups.join()) before = bracket.start - 1;
    }
    let end = before;
    possessive = tokens[end - 1]?.key === "'s";
    if (possessive) end--;
    // "the PKK terrorist group's Syrian wing", "the PKK terrorist groups Syrian wing" (the possessive stripped): a
    // name's own descriptor ending in a party noun stands between the name and the noun it owns.
    const described = view.covering[end - 1] ? -1 : descriptorStart(view, o.start);
    if (described > 0) before = end = described;
    possessive ||= described > 0;
    const chunk = view.covering[end - 1];
    const joinedPossessive = chunk && chunk.end === end && end === before ? possessedListItem(view, chunk) : null;
    if (joinedPossessive) {
      return { ...joinedPossessive, voice: "role", distance: o.start - chunk!.end, described: true };
    }
    const possessor = tokens[chunk ? chunk.start - 1 : -1]?.key;
    if (chunk && chunk.end === end && end === before && (possessor === "its" || possessor === "their")) {
      // "those of its Syrian government allies": the possessive owns the noun, the name is the one described.
      const its = tokenChunk(chunk.start - 1, [], possessor === "its" ? "singular" : "plural");
      return { agent: chunk, patient: its, voice: "role", distance: o.start - chunk.end, described: true };
    }
    const possessing = view.covering[chunk ? chunk.start - 2 : -1];
    if (
      chunk && chunk.end === end && end === before && possessor === "'s" && possessing &&
      possessing.end === chunk.start - 1 && possessing.ref === null && chunk.ref === null
    ) {
      // "the government's Hezbollah allies": the possessor owns the noun, the name between is the one described.
      return { agent: chunk, patient: possessing, voice: "role", distance: o.start - chunk.end, described: true };
    }
    // ("part of the larger Free Idlib Army coalition", "the SDF alliance": a name right before a whole's noun, no
    // possessive between, is that whole's own name, no owner of it; round 67.)
    if (chunk && chunk.end === end && end === before && !possessive && o.trigger.reverse) return null;
    if (chunk && chunk.end === end) {
      // "ISIS and al-Qaeda affiliate the Nusra Front": the noun's owner is the name next to it.
      owner = chunk.groups.length > 1 ? lastItem(view, chunk) : chunk;
      ownerIsBefore = true;
      leftEdge = modifiersBefore(view, chunk.start, 3);
    } else if (tokens[before - 1]?.key === "its" || tokens[before - 1]?.key === "their") {
      owner = tokenChunk(before - 1, [], tokens[before - 1].key === "its" ? "singular" : "plural");
      ownerIsBefore = true;
      leftEdge = modifiersBefore(view, before - 1, 3);
    } else if (before < o.start && !chunk) {
      // "Iran is Syrias closest ally": a country's name standing for its state as the noun's owner (lexicon
      // `stateOwners`), written possessive (its apostrophe often stripped). (twoPartiesPossible in extract-relations.ts
      // looks for this form before reading an article naming one group: change both together.)
      // ("Jordan's main military partner": past a third lower-case modifier of a noun of alliance; round 95. Not of a
      // whole or a part: "Syria's largest rebel coalition" is the country's, a place's, no state's.)
      const third = o.trigger.type === "ally" && before > 0 && before === o.start - 2 &&
        LOWER_WORD.test(tokens[before].text);
      const at = third ? before - 1 : before;
      const possessive = /^(\p{Lu}\p{Ll}+?)(?:'s|s)$/u.exec(tokens[at].text);
      const state = possessive ? view.lex.stateOwners.get(possessive[1].toLowerCase()) : undefined;
      if (state && tokens[at].party === undefined) {
        owner = tokenChunk(at, [state]);
        ownerIsBefore = true;
        leftEdge = at;
      }
    }
  }
  // ("The SDF was founded in 2015. Founding components included A, B and C": a plural part noun opening its sentence
  // with no owner, as the subject of "include", names the parts of the whole the sentence before is about, as "its
  // components" does; the one reference rule resolves it. Issue 10, round 90.)
  if (!owner && ownerlessParts(view, o)) {
    owner = tokenChunk(0, [], "singular");
    ownerIsBefore = true;
  }
  if (!owner) return whoseRole(view, o, leftEdge) ?? relativeOwner(view, o, leftEdge);
  if (offshoot && ownerIsBefore && !possessive) return null;
  const nearAt = [o.start, owner.start];
  const branch = offshoot && ownerIsBefore ? { type: "affiliate" as const } : {};
  // The described party: "D is a/the N of X", "D, the N of X", else "the N of X, D" / "X's N D".
  // ("D was formed in March 2015 by the merger of X": across a time phrase.)
  let copula = copulaStart(view, leftEdge);
  // "D is a Turkish intelligence and military-sponsored joint operations room between A and B": modifiers joined by
  // "and" before the noun, up to three more.
  if (copula < 0 && view.tokens[leftEdge - 1]?.key === "and" && !view.covering[leftEdge - 2]) {
    const further = modifiersBefore(view, leftEdge - 1, 3);
    if (further < leftEdge - 1 && ARTICLE.test(view.tokens[further]?.key ?? "")) {
      copula = copulaStart(view, further);
    }
  }
  // ("X was among the founding members of Y", "with A and B among its members": a partitive between the copula, or
  // the absolute "with" and its name (or a verbless clause's name), and the role phrase; round 86.)
  let partitive = -1;
  if (copula < 0) {
    partitive = partitiveOpenerEndingAt(view, leftEdge - 1, o.start);
    if (partitive < 0 && ARTICLE.test(tokens[leftEdge]?.key ?? "")) {
      partitive = partitiveOpenerEndingAt(view, leftEdge, o.start);
    }
    if (partitive >= 0) copula = copulaStart(view, partitive);
    const named = view.covering[partitive - 1];
    if (copula < 0 && named && named.end === partitive && named.ref === null && named !== owner) {
      let k = named.start - 1;
      if (ARTICLE.test(tokens[k]?.key ?? "")) k--;
      // ("...; A and B among its members": a verbless clause of its own, after a semicolon or opening the sentence.)
      if (tokens[k]?.key === "with" || k < 0 || tokens[k].text === ";") {
        return { agent: named, patient: owner, voice: "role", distance: o.start - named.end, nearAt, described: true };
      }
    }
  }
  if (copula >= 0) {
    let subject = subjectOf(view, copula) ?? coordinatedCopulaSubject(view, copula);
    // ("X later joined with A, B and C to become the leading member of Y": a definite singular role is one party's; a
    // list found as its subject is not the one that holds it; round 85.)
    // ("A and B formed the backbone of Y": not a whole's main body, which several make up together, lexicon
    // `sharedRoleNouns`; round 97.)
    const definiteSingular = tokens[leftEdge]?.key === "the" && !tokens[o.end - 1].key.endsWith("s") &&
      !view.lex.sharedRoleNouns.has(tokens[o.end - 1].key);
    if (subject && definiteSingular && subject.chunk.groups.length > 1) subject = null;
    if (subject && subject.chunk !== owner) {
      // ("X was a founding member of Y alongside A and B": companions after the owner hold the same role; round 84.)
      const companions = o.trigger.type === "member" ? companionsAfter(view, owner.end) : null;
      return {
        agent: subject.chunk,
        ...(companions ? { alsoAgents: companions } : {}),
        patient: owner,
        voice: "role",
        distance: subject.distance + o.start - leftEdge,
        nearAt,
        ...branch,
      };
    }
  }
  // ("X, then Y's affiliate", "X, at the time a member of Y": an adverb of time may open the apposition, lexicon
  // `appositionAdverbs`; round 94.)
  // ("X — itself the product of a merger of A and B": an intensifying pronoun too, and after a dash standing apart;
  // round 95.)
  for (let k = leftEdge; k >= leftEdge - 3 && k > 0; k--) {
    const opens = tokens[k - 1].text === "," || (tokens[k - 1].text === "-" && !tokens[k - 1].glued);
    const timed = opens ? view.lex.appositionAdverbs.longest(tokens, k) : null;
    if (timed && k + timed.length >= leftEdge) {
      leftEdge = k;
      break;
    }
  }
  // "D, the N of X", and without the comma wire copy strips: "D an alliance of ...", "D X's Syria affiliate".
  // "D (Y branch in the Levant)": a bracket opens an apposition as a comma does; so does a dash standing apart ("D - one
  // of the Arab components of X -", round 80).
  const opener = tokens[leftEdge - 1];
  const comma = opener?.text === "," || opener?.text === "(" || (opener?.text === "-" && !opener.glued);
  const adjacent = ownerIsBefore && leftEdge === owner.start && tokens[owner.end]?.key === "'s";
  // ("D the hardline E and X affiliate F": an article before a list the owner ends opens no apposition of D.)
  const article = !ownerIsBefore && ARTICLE.test(tokens[leftEdge]?.key ?? "");
  // ("D Syrias X affiliate": a place's possessive, its apostrophe and comma stripped, opens the apposition too.)
  const placeOwned = ownerIsBefore && leftEdge === owner.start - 1 && view.covering[leftEdge - 1]?.end === leftEdge &&
    /^\p{Lu}\p{L}+(?:'s|s)$/u.test(tokens[leftEdge]?.text ?? "") && tokens[leftEdge].party === undefined;
  const appositionEnd = comma ? leftEdge - 1 : article || adjacent || placeOwned ? leftEdge : -1;
  // "Prior to the expansion of ISIS, al-Qaeda's Syrian affiliate, the Nusra Front, was ...": a name governed by a
  // preposition before the comma gives way to the name the noun stands before.
  const governedBefore = (chunk: Chunk) =>
    ownerIsBefore && !inSubjectPosition(view, chunk) && describedAfter(view, o, owner!, true) !== null;
  // ("X is an Assyrian military organisation in Syria, part of Y": a role apposed to a copula's indefinite complement
  // describes the copula's subject; issue 10, round 87.)
  const predicated = comma && appositionEnd > 0 && !view.covering[appositionEnd - 1]
    ? predicateSubjectBefore(view, appositionEnd)
    : null;
  // The role's reading of a described party and its whole.
  const describedRole = (agent: Chunk, whole: Chunk): Parties => ({
    agent,
    patient: whole,
    voice: "role",
    distance: o.start - agent.end,
    nearAt,
    described: true,
    ...branch,
  });
  if (predicated && predicated !== owner) return describedRole(predicated, owner);
  if (appositionEnd > 0) {
    let described = view.covering[appositionEnd - 1];
    if (described && described.end === appositionEnd && described !== owner && !described.modifier) {
      if (comma && governedBefore(described)) described = undefined;
    }
    if (described && described.end === appositionEnd && described !== owner && !described.modifier) {
      // "both ISIS and the YPG, a major component of the SDF": a singular noun describes the list's last name.
      // ("A and B, both part of Y", "A, B and C, all members of Y": a quantifier of every item (lexicon
      // `listQuantifiers`) opening the apposition gives the noun to the whole list; round 84.)
      const everyItem = comma && view.lex.listQuantifiers.has(tokens[leftEdge]?.key ?? "");
      if (described.groups.length > 1 && !tokens[o.end - 1].key.endsWith("s") && !everyItem) {
        described = lastItem(view, described);
      }
      // ("between A, the main faction of X, and B": a comma and "and" after the owner's one name close the apposition;
      // the item after them is the outer list's, no second owner (two owners take no comma: "of X and Y"); round 85.)
      let whole = owner;
      if (comma && !ownerIsBefore && owner.heads.length === 2) {
        const between = tokens.slice(owner.heads[0] + 1, owner.heads[1]).map((t) => t.key);
        const closing = between.includes(",") && between.includes("and") && between.length <= 3;
        if (closing) whole = tokenChunk(owner.heads[0], [groupAt(view, owner.heads[0], owner)]);
      }
      return describedRole(described, whole);
    }
  }
  const described = describedAfter(view, o, owner, ownerIsBefore);
  if (described) {
    // "groups such as the PKK's Syrian branch PYD and Daesh": a singular noun describes the first name after it only;
    // "Russia's allies Iran and Hezbollah": a plural one the whole list.
    const plural = tokens[o.end - 1].key.endsWith("s");
    const first = described.groups.length > 1 && !plural
      ? tokenChunk(described.heads[0], [described.groups[0]])
      : plural && ownerIsBefore && inExamples(view, owner)
      ? outerListItemDropped(view, described)
      : described;
    return {
      agent: first,
      patient: owner,
      voice: "role",
      distance: described.start - o.end,
      nearAt,
      described: true,
      ...branch,
    };
  }
  return null;
}

/**
 * "formed C with B", "formed C together with B": the named parties after "with" or a companion link right after the
 * object of a verb of founding ending at `end`; else null.
 */
function foundingCompanions(view: SentenceView, end: number): Chunk | null {
  // ("formed the X operations room with B": past the whole's kind noun after its name, two plain words at most.)
  for (let n = 0; n < 2 && LOWER_WORD.test(view.tokens[end]?.text ?? "") && view.tokens[end].key !== "with"; n++) {
    if (verbish(view, end) || view.lex.prepositions.has(view.tokens[end].key) || view.covering[end]) break;
    end++;
  }
  if (view.tokens[end]?.key !== "with") return companionsAfter(view, end);
  let k = end + 1;
  if (view.tokens[k]?.key === "the") k++;
  const named = view.covering[k];
  return named && named.start === k && named.ref === null && !named.modifier && !named.owner ? named : null;
}

/**
 * "... of Y alongside A and B", "... of Y, together with A": the named parties right after a companion link (lexicon
 * `companionLinks`, a comma allowed before it) that follows a role's owner ending at `end`; else null.
 */
function companionsAfter(view: SentenceView, end: number): Chunk | null {
  const at = view.tokens[end]?.text === "," ? end + 1 : end;
  const link = view.lex.companionLinks.longest(view.tokens, at);
  if (!link || view.lex.sequentialCompanionLinks.longest(view.tokens, at)) return null;
  let k = at + link.length;
  if (view.tokens[k]?.key === "the") k++;
  const named = view.covering[k];
  return named && named.start === k && named.ref === null && !named.modifier && !named.owner ? named : null;
}

/**
 * "the regime and its Russian allies", "Assad's forces and his Iranian backers": a list joined across "and its" before
 * a role noun is a name and the possessive's item, which the noun describes as the name's (agent: the item; patient:
 * the name before "and"). Null for any other chunk.
 */
function possessedListItem(view: SentenceView, chunk: Chunk): { agent: Chunk; patient: Chunk } | null {
  if (chunk.heads.length < 2 || chunk.ref !== null) return null;
  // The first item after "and its" ("and his Russian and Iranian backers": Russia, then Iran with it).
  const k = chunk.heads.findIndex((head, i) =>
    i > 0 && /^(?:its|their|his|her)$/.test(view.tokens[head - 1]?.key ?? "") &&
    view.tokens[head - 2]?.key === "and" && chunk.heads[i - 1] === head - 3
  );
  if (k < 0) return null;
  const described = chunk.heads.slice(k);
  const owner = chunk.heads[k - 1];
  return {
    agent: {
      ...chunk,
      start: described[0],
      heads: described,
      groups: [...new Set(described.map((head) => groupAt(view, head, chunk)))],
    },
    patient: tokenChunk(owner, [groupAt(view, owner, chunk)]),
  };
}

/** Whether a chunk is an item of an examples list ("groups such as the PKK's branches ..."). */
function inExamples(view: SentenceView, chunk: Chunk): boolean {
  let at = chunk.start;
  while (at > 0 && ARTICLE.test(view.tokens[at - 1].key)) at--;
  return view.lex.listExamples.endingAt(view.tokens, at, 3) !== null;
}

/**
 * "groups such as the PKK's Syrian branches the PYD, YPG and Daesh": a plural role noun that is itself an item of an
 * examples list describes the names after it up to the last "and", which joins the examples list's own last item; two
 * names ("branches A and B") are both the noun's.
 */
function outerListItemDropped(view: SentenceView, list: Chunk): Chunk {
  const heads = list.heads;
  if (heads.length < 3 || list.groups.length < 3 || view.tokens[heads.at(-1)! - 1]?.key !== "and") return list;
  const kept = heads.slice(0, -1);
  return { ...list, end: kept.at(-1)! + 1, heads: kept, groups: [...new Set(kept.map((h) => groupAt(view, h, list)))] };
}

/** Every reading the frames of one trigger occurrence give. */
export function readOccurrence(view: SentenceView, neighbours: Neighbours, o: Occurrence): Reading[] {
  const { next } = neighbours;
  const readings: Reading[] = [];
  // ("X merged A and B into Y": a frame that reads both parties after the verb, `pair`, says what the verb's object
  // does; the occurrence's other frames, which would read the object against the subject, are dropped; round 87.)
  let paired: Reading[] | null = null;
  // ("the killing of ten X fighters by Y": a verb's gerund read as a noun, its patient after "of", its agent after "by";
  // round 88.)
  const gerund = gerundParties(view, o);
  const acting = gerund ? o.trigger.frames.find((f) => f.form === "active") : undefined;
  if (gerund && acting) return readingsOf(view, neighbours, o, acting, gerund);
  for (const frame of o.trigger.frames) {
    let parties: Parties | null = null;
    // ("A and B are close allies": a predicate noun's frame reads only after a copula; "the US and European allies
    // believe" names no pair.)
    if (frame.predicate && !predicateNoun(view, o.start)) continue;
    if (frame.form === "active" || frame.form === "plural") {
      parties = activeFrame(view, o, frame, next, neighbours.previous);
    } else if (frame.form === "passive" && o.participle) parties = passiveFrame(view, o, frame, neighbours.previous);
    else if (frame.form === "adjective" && o.participle) parties = adjectiveFrame(view, o);
    else if (frame.form === "noun") parties = nounFrame(view, o, frame, neighbours.previous);
    else if (frame.form === "role") parties = roleFrame(view, o, frame);
    if (!parties || parties.distance > WINDOW + 6) continue;
    if (leaderOfActAsWhole(view, o, parties)) continue;
    if (o.trigger.type === "ally" && backsOwnPeople(view, parties)) continue;
    if (frame.pair) {
      paired = readingsOf(view, neighbours, o, frame, parties);
      continue;
    }
    readings.push(...readingsOf(view, neighbours, o, frame, parties));
    if (parties.alsoAgents) {
      readings.push(
        ...readingsOf(view, neighbours, o, frame, { ...parties, agent: parties.alsoAgents, alsoAgents: undefined }),
      );
    }
    const placed = frame.form === "active" && parties.patient ? placedObjectsAfter(view, parties.patient) : [];
    for (const object of placed) {
      const distance = parties.distance + object.start - parties.patient!.start;
      readings.push(...readingsOf(view, neighbours, o, frame, { ...parties, patient: object, distance }));
    }
  }
  return paired && paired.length > 0 ? paired : readings;
}

/**
 * "US soldiers of the CJTF-OIR were airlifted by US helicopters": a patient whose own words name the agent's group (its
 * people serving in another party), or whose people before "of" or "from" do, is the agent's own, no party it backs
 * (round 92).
 */
function backsOwnPeople(view: SentenceView, parties: Parties): boolean {
  const { agent, patient } = parties;
  if (!agent || !patient || patient.ref !== null || agent.ref !== null) return false;
  for (let i = patient.start; i < patient.end; i++) {
    const party = view.tokens[i].party;
    if (party === undefined) continue;
    const group = view.template.units[party]?.groupId;
    if (group !== undefined && agent.groups.includes(group) && !patient.groups.includes(group)) return true;
  }
  // ("additional US soldiers of the CJTF-OIR", "US Special Forces from CJTF-OIR": or the people before the "of" or
  // "from" that leads to the patient.)
  for (let k = patient.start - 1; k >= 0 && patient.start - k <= 4; k--) {
    if (view.tokens[k].key !== "of" && view.tokens[k].key !== "from") continue;
    const people = view.covering[k - 1];
    return people !== undefined && people.end === k && people.ref === null &&
      people.groups.some((g) => agent.groups.includes(g) && !patient.groups.includes(g));
  }
  return false;
}

/**
 * "the killing of ten Hezbollah fighters by ISIS", "the shooting down of a Russian jet by Turkey": a verb trigger's
 * -ing form right after "the", its patient opening right after "of" and its agent after a "by" right after the patient,
 * as the parties of a noun; null otherwise.
 */
function gerundParties(view: SentenceView, o: Occurrence): Parties | null {
  const tokens = view.tokens;
  if (o.trigger.pos !== "verb" || !tokens[o.start].key.endsWith("ing") || tokens[o.start - 1]?.key !== "the") {
    return null;
  }
  if (tokens[o.end]?.key !== "of") return null;
  const patient = objectAfter(view, o.end + 1, 6, o.trigger.type === "clash");
  if (!patient || patient.ref !== null || tokens[patient.end]?.key !== "by") return null;
  const agent = objectAfter(view, patient.end + 1, 4);
  if (!agent || agent.ref !== null || agent.groups.some((g) => patient.groups.includes(g))) return null;
  return { agent, patient, voice: "noun", distance: agent.start - o.end };
}

/** Prepositions of the place phrase each object of "fought the YPG in Afrin and the SDF at Ras al-Ain" carries. */
const OBJECT_PLACE_PREPOSITIONS = new Set(["in", "at", "near", "around", "outside", "inside", "on"]);

/**
 * The end of a place phrase at `at` that an object carries (a preposition of `OBJECT_PLACE_PREPOSITIONS`, an optional
 * "the", and one to four capitalised or hyphenated words naming no party: "in Afrin", "at Ras al-Ain", "in the Tal Abyad
 * countryside"), else -1.
 */
function objectPlaceEnd(view: SentenceView, at: number): number {
  // ("compounds west of Aleppo": a bearing from a place, capitalised words after "of"; round 93.)
  if (COMPASS.test(view.tokens[at]?.key ?? "") && view.tokens[at + 1]?.key === "of") {
    let k = at + 2;
    while (k < at + 5 && !view.covering[k] && CAPITALISED.test(view.tokens[k]?.text ?? "")) k++;
    return k > at + 2 ? k : -1;
  }
  if (!OBJECT_PLACE_PREPOSITIONS.has(view.tokens[at]?.key ?? "")) return -1;
  let i = at + 1;
  if (view.tokens[i]?.key === "the") i++;
  // ("PKK camps in northern Iraq and IS positions in Syria": a lower-case bearing or region before the place's
  // capitalised name; round 96.)
  if (REGION_ADJECTIVE.test(view.tokens[i]?.key ?? "") && CAPITALISED.test(view.tokens[i + 1]?.text ?? "")) i++;
  const from = i;
  while (i - from < 4 && i < view.tokens.length && !view.covering[i] && HYPHENED_WORD.test(view.tokens[i].text)) {
    if (i === from && !CAPITALISED.test(view.tokens[i].text)) return -1;
    if (view.lex.boundaries.has(view.tokens[i].key) || verbish(view, i) || view.tokens[i].key === "and") break;
    // ("the Khorasan group in the Idlib Governorate west of Aleppo": a bearing from another place closes the phrase;
    // round 87.)
    if (i > from && COMPASS.test(view.tokens[i].key) && view.tokens[i + 1]?.key === "of") {
      let k = i + 2;
      while (k < i + 5 && !view.covering[k] && CAPITALISED.test(view.tokens[k]?.text ?? "")) k++;
      return k > i + 2 ? k : i;
    }
    i++;
  }
  return i > from ? i : -1;
}

/** Bearings that relate a place to another ("west of Aleppo"). */
const COMPASS = /^(?:(?:north|south)(?:east|west)?|east|west)$/;

/** How many further objects a placed object list may add. */
const PLACED_OBJECTS_REACH = 6;

/**
 * "The SNA has fought the YPG in Afrin and the SDF at Ras al-Ain": an object that carries a place phrase, then a list
 * joiner ("and", ", as well as", ", and") and another named party that carries its own place phrase or ends the clause
 * (a comma, or the sentence's end), is one item of an object list: the later party is the verb's object too, and so on
 * along the list ("attack ISIL forces inside Syria, as well as the Khorasan group in Idlib, and the al-Nusra Front
 * around Raqqa"; round 87). Round 85.
 */
function placedObjectsAfter(view: SentenceView, patient: Chunk): Chunk[] {
  const tokens = view.tokens;
  const found: Chunk[] = [];
  let current = patient;
  while (found.length < PLACED_OBJECTS_REACH) {
    const placeEnd = objectPlaceEnd(view, current.end);
    if (placeEnd < 0) break;
    let k = tokens[placeEnd]?.text === "," ? placeEnd + 1 : placeEnd;
    const joiner = view.lex.listJoiners.longest(tokens, k);
    if (!joiner) break;
    k += joiner.length;
    // ("..., and a Jabhat al-Nusra facility nearby": an indefinite item too, closed by a place adverb; round 93.)
    if (ARTICLE.test(tokens[k]?.key ?? "")) k++;
    const next = view.covering[k];
    if (!next || next.start !== k || next.ref !== null || next.modifier || next.owner) break;
    // (Past the item's own place noun: "a Jabhat al-Nusra facility nearby".)
    const end = next.end + (view.lex.placeNouns.longest(tokens, next.end)?.length ?? 0);
    const after = tokens[end];
    const closes = after === undefined || /^[,.;:]$/.test(after.text) || objectPlaceEnd(view, end) >= 0 ||
      view.lex.placeAdverbs.has(after.key);
    if (!closes || next.groups.some((g) => patient.groups.includes(g) || found.some((f) => f.groups.includes(g)))) {
      break;
    }
    found.push(next);
    current = next;
  }
  return found;
}

/**
 * "Hezbollah joined the YPG-led offensive against Y": an organisational tie (joining, membership, merger) whose whole
 * is the name of an agent compound before an act noun names the act's leader, not a whole the subject joined; the
 * act's own frames read who took part. Round 78.
 */
function leaderOfActAsWhole(view: SentenceView, o: Occurrence, parties: Parties): boolean {
  if (!ORGANISATIONAL_RELATION_TYPES.has(o.trigger.type) || !parties.patient) return false;
  return parties.patient.start > o.start && leadsActNoun(view, parties.patient);
}

/** Whether `chunk`'s name opens an agent compound before an act noun ("the YPG-led offensive"): the act's leader. */
function leadsActNoun(view: SentenceView, chunk: Chunk): boolean {
  return view.tokens[chunk.end]?.text === "-" && agentCompoundBeforeAction(view.tokens, chunk.end + 1, view.lex);
}

export { verbish };
