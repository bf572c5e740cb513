import type { RelationFrame, RelationTrigger, RelationType } from "../../records/mod.ts";
import type { Chunk } from "./chunks.ts";
import { readingConfidence, type ReadingFeatures } from "./confidence.ts";
import { guardVerdict } from "./guards.ts";
import { resolveChunk } from "./reference.ts";
import { objectAfter, type SentenceView, subjectOf, verbish, WINDOW } from "./sentence-view.ts";

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
};

/** A trigger occurrence in a sentence: tokens [start, end). */
export type Occurrence = { trigger: RelationTrigger; start: number; end: number; participle: boolean };

const SYMMETRIC = new Set<RelationType>(["ally", "rival", "clash"]);
/** Largest list whose members are paired with each other (pairs grow with the square of the list). */
const MAX_PAIRED = 8;

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
};

function pairs(groups: string[]): [string, string][] {
  if (groups.length > MAX_PAIRED) return [];
  const result: [string, string][] = [];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) result.push([groups[i], groups[j]]);
  }
  return result;
}

/** Resolves the parties, runs the guard pipeline and computes confidence: the readings one filled frame gives. */
function readingsOf(
  view: SentenceView,
  previous: SentenceView | null,
  occurrence: Occurrence,
  frame: RelationFrame,
  parties: Parties,
): Reading[] {
  const { trigger } = occurrence;
  const { agent, patient } = parties;
  const agentParty = resolveChunk(agent, view, previous, patient?.groups ?? []);
  if (!agentParty) return [];
  const patientParty = patient ? resolveChunk(patient, view, previous, agentParty.groups) : null;
  if (patient && !patientParty) return [];
  const clauseFrom = Math.min(agent.start, patient?.start ?? Infinity, occurrence.start);
  const verdict = guardVerdict(view.guards, {
    clauseFrom,
    triggerStart: occurrence.start,
    nearAt: parties.nearAt ?? [occurrence.start],
  });
  if (verdict.block) return [];
  const references = [agentParty.from, patientParty?.from ?? "named"];
  const reference: ReadingFeatures["reference"] = references.includes("previous")
    ? "previous"
    : references.includes("sentence")
    ? "sentence"
    : "none";
  const features: ReadingFeatures = {
    voice: parties.voice,
    distance: parties.distance,
    reference,
    hedge: verdict.lower,
  };
  const sentences = [...new Set([agentParty.sentence, patientParty?.sentence ?? view.index, view.index])].sort((a, b) =>
    a - b
  );
  const base = {
    type: trigger.type,
    confidence: readingConfidence(trigger.prior, features),
    frame: `${trigger.lemma}:${frame.form}`,
    features,
    sentences,
    joint: false,
  };
  const readings: Reading[] = [];
  if (!patientParty && parties.jointOnly) {
    if (trigger.type !== "ally" && !jointAllowed(view, agent, occurrence)) return [];
    const jointFeatures: ReadingFeatures = { ...features, voice: trigger.type === "ally" ? parties.voice : "joint" };
    return pairs(agentParty.groups).map(([a, b]) => ({
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
  // "A, B and C stormed D": several actors of one hostile act are allies, unless they acted separately.
  if (trigger.joint && agent.ref === null && agentParty.groups.length >= 2) {
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

/** Whether several agents acted together: no "both", "separately", "respectively" around them and the trigger. */
function jointAllowed(view: SentenceView, agent: Chunk, occurrence: Occurrence): boolean {
  const from = Math.min(agent.start, occurrence.start) - 1;
  const to = Math.max(agent.end, occurrence.end) + 2;
  for (let i = Math.max(0, from); i < Math.min(view.tokens.length, to); i++) {
    if (view.lex.notJoint.has(view.tokens[i].key)) return false;
  }
  return true;
}

/** The preposition of `frame` at token `at` (after up to `gap` other words), as the index after it; -1 if none. */
function prepositionAfter(view: SentenceView, at: number, frame: RelationFrame): number {
  const preps = frame.prep ?? [];
  const gap = frame.gap ?? 1;
  for (let i = at; i <= at + gap && i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (preps.includes(token.key)) return i + 1;
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return -1;
    // Only adverbs may stand between a verb and its preposition unless the frame allows a gap ("seized X from").
    if (frame.gap === undefined && !token.key.endsWith("ly")) return -1;
  }
  return -1;
}

/** "by" right after a participle (one adverb may come between: "backed militarily by"), as the index after it. */
function byAfter(view: SentenceView, at: number): number {
  if (view.tokens[at]?.key === "by") return at + 1;
  if (view.tokens[at]?.key.endsWith("ly") && view.tokens[at + 1]?.key === "by") return at + 2;
  return -1;
}

/** Whether a copula or "has been" stands right before `at` ("was attacked"): an agentless passive, not an active. */
function afterCopula(view: SentenceView, at: number): boolean {
  const key = view.tokens[at - 1]?.key ?? "";
  return /^(?:is|are|was|were|be|been|being|get|got)$/.test(key);
}

/** Words after which a verb form is a noun ("a gas attack", "the fight"). */
const NOUN_MARKERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);

/** Whether a verb form is used as a noun: a determiner before it, past at most two plain words ("a gas attack"). */
function usedAsNoun(view: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 3; i--) {
    const token = view.tokens[i];
    if (NOUN_MARKERS.has(token.key)) return true;
    if (view.covering[i] || !/^\p{Ll}/u.test(token.text) || verbish(view, i) || token.key.endsWith("ly")) return false;
    if (view.lex.prepositions.has(token.key) || view.lex.boundaries.has(token.key)) return false;
  }
  return false;
}

function activeFrame(view: SentenceView, o: Occurrence, frame: RelationFrame): Parties | null {
  if (usedAsNoun(view, o.start)) return null;
  if (o.participle && (byAfter(view, o.end) >= 0 || afterCopula(view, o.start))) {
    // "was folded into X": a passive whose subject is still the actor of the preposition frame.
    if (!(frame.prep && afterCopula(view, o.start) && byAfter(view, o.end) < 0)) return null;
  }
  // "X advanced further, capturing the town from Y": a participle clause after a comma has the clause's subject.
  const participleClause = view.tokens[o.start - 1]?.text === "," && view.tokens[o.start].key.endsWith("ing");
  const subject = subjectOf(view, participleClause ? o.start - 1 : o.start);
  const objectAt = frame.prep ? prepositionAfter(view, o.end, frame) : o.end;
  const object = objectAt >= 0 ? objectAfter(view, objectAt) : null;
  if (object) {
    if (!subject) return null;
    return {
      agent: subject.chunk,
      patient: object,
      voice: "active",
      distance: subject.distance + (object.start - o.end),
    };
  }
  if (subject && frame.form === "plural" && subject.chunk.groups.length >= 2 && objectAt < 0) {
    return { agent: subject.chunk, patient: null, voice: "plural", distance: subject.distance };
  }
  return null;
}

function passiveFrame(view: SentenceView, o: Occurrence): Parties | null {
  const by = byAfter(view, o.end);
  if (by < 0) return null;
  const agent = objectAfter(view, by);
  if (!agent) return null;
  const patient = subjectOf(view, o.start);
  if (patient) {
    return { agent, patient: patient.chunk, voice: "passive", distance: patient.distance + (agent.start - o.end) };
  }
  // "Backed by Y, X has ...": an opening participle's patient is the subject after the comma.
  if (o.start <= 1 && view.tokens[agent.end]?.text === ",") {
    const after = objectAfter(view, agent.end + 1, 3);
    if (after) return { agent, patient: after, voice: "passive", distance: after.start - o.end };
  }
  return null;
}

function adjectiveFrame(view: SentenceView, o: Occurrence): Parties | null {
  const tokens = view.tokens;
  if (tokens[o.start - 1]?.text !== "-" || !tokens[o.start].glued) return null;
  let at = o.start - 2;
  if (tokens[at]?.text === "." && tokens[at].glued) at--;
  const name = tokens[at];
  if (!name || (name.party === undefined && name.qualifier === undefined)) return null;
  const groupId = name.party !== undefined
    ? view.template.units[name.party].groupId
    : view.template.qualifiers[name.qualifier!].groupId;
  const agent = {
    start: at,
    end: at + 1,
    groups: [groupId],
    heads: [at],
    ref: null,
    others: false,
    modifier: false,
    owner: false,
  };
  // The name it qualifies, past other adjectives and compounds ("PYD-dominated U.S.-backed SDF").
  for (let i = o.end; i < tokens.length && i - o.end < 6; i++) {
    const chunk = view.covering[i];
    if (chunk) {
      if (chunk.start === at) continue;
      return chunk.modifier || chunk.ref !== null
        ? null
        : { agent, patient: chunk, voice: "adjective", distance: chunk.start - o.end, nearAt: [at, o.start] };
    }
    const token = tokens[i];
    if (token.text === "," || view.lex.boundaries.has(token.key) || view.lex.prepositions.has(token.key)) return null;
    if (token.key === "and" || view.lex.partyNouns.longest(tokens, i)) return null;
  }
  return null;
}

/** Up to `n` tokens before `at` that are plain words (no name, mark or boundary): the noun's own modifiers. */
function modifiersBefore(view: SentenceView, at: number, n: number): number {
  let i = at;
  while (i > 0 && at - i < n) {
    const token = view.tokens[i - 1];
    if (view.covering[i - 1] || token.party !== undefined || token.qualifier !== undefined) break;
    if (!/^[\p{L}\p{N}]/u.test(token.text) || view.lex.boundaries.has(token.key)) break;
    if (NOUN_MARKERS.has(token.key) && token.key !== "the" && token.key !== "a" && token.key !== "an") break;
    if (view.lex.prepositions.has(token.key) && token.key !== "of") break;
    if (view.lex.copulas.longest(view.tokens, i - 1) || view.lex.lightVerbs.longest(view.tokens, i - 1)) break;
    i--;
  }
  return i;
}

/** "X's", "its", "their" or a name right before a noun (past two modifiers): the noun's own agent. */
function ownerBefore(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  const before = modifiersBefore(view, at, 2);
  const chunk = view.covering[before - 1];
  if (chunk && chunk.end === before && chunk.ref === null) return chunk;
  if (tokens[before - 1]?.key === "'s" && view.covering[before - 2]) return view.covering[before - 2]!;
  const key = tokens[before - 1]?.key;
  if (key === "its" || key === "their") {
    return {
      start: before - 1,
      end: before,
      groups: [],
      heads: [before - 1],
      ref: key === "its" ? "singular" : "plural",
      others: false,
      modifier: false,
      owner: false,
    };
  }
  return null;
}

/** Prepositions that make an action noun an adverbial of its clause ("sent fighters in support of X"). */
const ADVERBIAL = new Set(["in", "during", "amid", "through", "after", "following"]);

function nounFrame(view: SentenceView, o: Occurrence, frame: RelationFrame): Parties | null {
  const tokens = view.tokens;
  const preps = frame.prep ?? [];
  let at = o.end;
  let agent: Chunk | null = null;
  let distance = 0;
  // "attacks by X on Y", "the massacre committed by X against Y"
  const light = view.lex.lightVerbs.longest(tokens, at);
  const by = tokens[at]?.key === "by" ? at : light && tokens[at + light.length]?.key === "by" ? at + light.length : -1;
  if (by >= 0) {
    agent = objectAfter(view, by + 1, 4);
    if (agent) at = agent.end;
  }
  const prep = tokens[at] && preps.includes(tokens[at].key) ? tokens[at].key : null;
  const object = prep ? objectAfter(view, at + 1) : null;
  if (prep === "between") {
    if (!object || (object.groups.length < 2 && object.ref !== "pair")) return null;
    return { agent: object, patient: null, voice: "noun", distance: object.start - o.end };
  }
  if (!object) {
    // "a joint attack by A and B", "bombardment of the area by A and B": the agents' pairs, no target named.
    if (agent && agent.groups.length >= 2 && (o.trigger.joint || o.trigger.type === "ally")) {
      return { agent, patient: null, voice: "noun", distance: agent.start - o.end, jointOnly: true };
    }
    return null;
  }
  // "the bombardment of X by Y"
  if (!agent && tokens[object.end]?.key === "by") agent = objectAfter(view, object.end + 1, 4);
  agent ??= ownerBefore(view, o.start);
  if (!agent) {
    const before = modifiersBefore(view, o.start, 3);
    const lightBefore = view.lex.lightVerbs.endingAt(tokens, before, 3);
    const starts = lightBefore
      ? before - lightBefore.length
      : ADVERBIAL.has(tokens[before - 1]?.key ?? "") || ADVERBIAL.has(tokens[before]?.key ?? "")
      ? before - (ADVERBIAL.has(tokens[before - 1]?.key ?? "") ? 1 : 0)
      : -1;
    // "X launched an offensive against Y" (the light verb's subject); "X sent fighters in support of Y" (the
    // clause's subject, the noun being an adverbial of its clause).
    const subject = starts >= 0 ? subjectOf(view, starts) : null;
    if (subject) {
      agent = subject.chunk;
      distance = subject.distance + (o.start - starts);
    }
  }
  if (!agent) return null;
  return { agent, patient: object, voice: "noun", distance: distance + (object.start - o.end) };
}

function roleFrame(view: SentenceView, o: Occurrence, frame: RelationFrame): Parties | null {
  const tokens = view.tokens;
  const preps = frame.prep ?? [];
  let owner: Chunk | null = null;
  let leftEdge = modifiersBefore(view, o.start, 4);
  // "offshoot of X" (the owner may be a chunk the noun itself opens: "members of X")
  if (tokens[o.end] && preps.includes(tokens[o.end].key)) {
    const covering = view.covering[o.end];
    owner = covering && covering.start <= o.start ? covering : objectAfter(view, o.end + 1);
  }
  let ownerIsBefore = false;
  if (!owner) {
    // "X's Syrian branch", "an al-Qaeda offshoot", "its armed wing"
    const before = modifiersBefore(view, o.start, 2);
    let end = before;
    if (tokens[end - 1]?.key === "'s") end--;
    const chunk = view.covering[end - 1];
    if (chunk && chunk.end === end) {
      owner = chunk;
      ownerIsBefore = true;
      leftEdge = modifiersBefore(view, chunk.start, 3);
    } else if (tokens[before - 1]?.key === "its" || tokens[before - 1]?.key === "their") {
      owner = {
        start: before - 1,
        end: before,
        groups: [],
        heads: [before - 1],
        ref: tokens[before - 1].key === "its" ? "singular" : "plural",
        others: false,
        modifier: false,
        owner: false,
      };
      ownerIsBefore = true;
      leftEdge = modifiersBefore(view, before - 1, 3);
    }
  }
  if (!owner) return null;
  const nearAt = [o.start, owner.start];
  // The described party: "D is a/the N of X", "D, the N of X", else "the N of X, D" / "X's N D".
  const copula = view.lex.copulas.endingAt(tokens, leftEdge, 3);
  if (copula) {
    const subject = subjectOf(view, leftEdge - copula.length);
    if (subject && subject.chunk !== owner) {
      return {
        agent: subject.chunk,
        patient: owner,
        voice: "role",
        distance: subject.distance + o.start - leftEdge,
        nearAt,
      };
    }
  }
  if (tokens[leftEdge - 1]?.text === ",") {
    const described = view.covering[leftEdge - 2];
    if (described && described.end === leftEdge - 1 && described !== owner && !described.modifier) {
      return { agent: described, patient: owner, voice: "role", distance: o.start - described.end, nearAt };
    }
  }
  let after = ownerIsBefore ? o.end : owner.end;
  if (tokens[after]?.text === ",") after++;
  while (tokens[after] && /^(?:the|a|an)$/.test(tokens[after].key)) after++;
  const described = view.covering[after];
  if (described && described.start === after && described !== owner && !described.modifier) {
    return { agent: described, patient: owner, voice: "role", distance: described.start - o.end, nearAt };
  }
  return null;
}

/** Every reading the frames of one trigger occurrence give. */
export function readOccurrence(view: SentenceView, previous: SentenceView | null, o: Occurrence): Reading[] {
  const readings: Reading[] = [];
  for (const frame of o.trigger.frames) {
    let parties: Parties | null = null;
    if (frame.form === "active" || frame.form === "plural") parties = activeFrame(view, o, frame);
    else if (frame.form === "passive" && o.participle) parties = passiveFrame(view, o);
    else if (frame.form === "adjective" && o.participle) parties = adjectiveFrame(view, o);
    else if (frame.form === "noun") parties = nounFrame(view, o, frame);
    else if (frame.form === "role") parties = roleFrame(view, o, frame);
    if (!parties || parties.distance > WINDOW + 6) continue;
    readings.push(...readingsOf(view, previous, o, frame, parties));
  }
  return readings;
}

export { verbish };
