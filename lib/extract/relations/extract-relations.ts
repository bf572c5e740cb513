import {
  type Article,
  type ForeignLexicon,
  type Gazetteer,
  type GroupKind,
  type Mention,
  type Relation,
  type RelationConfidenceModel,
  type RelationLexicon,
  type TransliterationLexicon,
} from "../../records/mod.ts";
import { calibratedConfidence } from "./calibrated-confidence.ts";
import { arabicNameWords, defaultReference } from "../../reference/mod.ts";
import type { Reading } from "./frames.ts";
import { homeCovers, readRelations } from "./read-relations.ts";
import { fieldLineReadings } from "./field-lines.ts";
import { hostileNounsOf, type SentenceTemplate, sentenceTemplates } from "./template.ts";
import { datesBefore, relationTime } from "../dates/relation-time.ts";

/** Relation types whose direction carries no meaning: stored with subject < object so duplicates meet. */
const SYMMETRIC = new Set<Relation["type"]>(["ally", "rival", "clash"]);

/** The dates of one article's readings: the anchors of "two years earlier" (computed once) and each clause's time. */
type DateCache = { before: (string | null)[] | null; times: Map<string, Relation["date"]> };

function toRelations(article: Article, found: Reading, dates: DateCache): Relation[] {
  const first = article.sentences[found.sentences[0]];
  const last = article.sentences[found.sentences.at(-1)!];
  const key = `${found.sentences.join(",")}|${found.trigger ?? ""}`;
  let date = dates.times.get(key);
  if (!date) {
    dates.before ??= datesBefore(article);
    const own = found.sentences.at(-1)!;
    date = relationTime(article, { sentences: found.sentences, trigger: found.trigger }, dates.before[own]);
    dates.times.set(key, date);
  }
  const relations: Relation[] = [];
  for (const subject of found.subjects) {
    for (const object of found.objects) {
      if (subject === object) continue;
      const [a, b] = SYMMETRIC.has(found.type) && object < subject ? [object, subject] : [subject, object];
      relations.push({
        articleId: article.id,
        type: found.type,
        subject: a,
        object: b,
        date,
        quote: article.text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        sentenceIndex: found.sentences.at(-1)!,
        confidence: found.confidence,
        frame: found.frame,
        features: found.features,
      });
    }
  }
  return relations;
}

/**
 * Two groups acting in one campaign are read as allies unless the article elsewhere sets them against each other
 * ("civilians suffer bombing by the regime and IS"): a pair the article records as clashing or rivals is not allied;
 * nor is any pair its own sentence sets against each other.
 */
function dropOpposedJointAllies(relations: Relation[], joint: Set<Relation>): Relation[] {
  const hostile = relations.filter((r) => (r.type === "clash" || r.type === "rival") && r.features?.voice !== "clause");
  const opposed = new Set(hostile.map((r) => `${r.subject}|${r.object}`));
  // "clashes erupted between X, backed by Y, and Z": a sentence that sets a pair against each other does not also ally
  // them (the list a passive's agent runs into is the other side); an alliance an adjective states stands ("clashes
  // erupted between the previously allied X and Y", round 71).
  const opposedHere = new Set(hostile.map((r) => `${r.subject}|${r.object}|${r.sentenceIndex}`));
  return relations.filter((r) =>
    r.type !== "ally" || r.features?.voice === "adjective" ||
    (!(joint.has(r) && opposed.has(`${r.subject}|${r.object}`)) &&
      !opposedHere.has(`${r.subject}|${r.object}|${r.sentenceIndex}`))
  );
}

/**
 * "The US and other coalition members struck ISIS": a part and its whole acting together are no allies where the same
 * sentence reads the part a member of the whole (as the Wikipedia scopes write no ally between a unit and its army).
 * Issue 10, round 27.
 */
function dropPartWholeAllies(relations: Relation[]): Relation[] {
  const parts = new Set(
    relations.filter((r) => r.type === "member").flatMap((r) => [
      `${r.subject}|${r.object}|${r.sentenceIndex}`,
      `${r.object}|${r.subject}|${r.sentenceIndex}`,
    ]),
  );
  return relations.filter((r) => r.type !== "ally" || !parts.has(`${r.subject}|${r.object}|${r.sentenceIndex}`));
}

/**
 * The clause-level layer gives way to the frames across the article: a clause reading of a pair the frames read
 * with the other polarity anywhere in the article (allied there, hostile here, or the reverse) is dropped, and the
 * frames' joint allies are judged against the frames' own hostile readings only (see dropOpposedJointAllies).
 */
function dropContradictedClauseReadings(relations: Relation[]): Relation[] {
  const polarity = (type: Relation["type"]) =>
    type === "ally" ? "ally" : type === "clash" || type === "rival" ? "hostile" : null;
  const framed = new Map<string, Set<string>>();
  for (const r of relations) {
    const side = polarity(r.type);
    if (r.features?.voice === "clause" || !side) continue;
    const key = `${r.subject}|${r.object}`;
    if (!framed.has(key)) framed.set(key, new Set());
    framed.get(key)!.add(side);
  }
  return relations.filter((r) => {
    if (r.features?.voice !== "clause") return true;
    const sides = framed.get(`${r.subject}|${r.object}`);
    const side = polarity(r.type);
    return !sides || !side || [...sides].every((s) => s === side);
  });
}

/**
 * Whether an organisational relation joins parties of kinds that can be so joined (lexicon `membershipKinds`): a
 * state is a member only of a coalition or an operations room, a state's forces also of another state force (the
 * Fourth Division in the Syrian Army), and nothing joins a foreign state but a proxy affiliated with it. A state force
 * the gazetteer places in a state (`partOf`) is a member of no other state's body. Other types, and parties of no
 * known kind, pass.
 */
export function kindsAllow(
  relation: Pick<Relation, "type" | "subject" | "object">,
  kinds: ReadonlyMap<string, GroupKind>,
  rule: RelationLexicon["membershipKinds"],
  partOf: ReadonlyMap<string, string> = new Map(),
): boolean {
  if (!rule.types.includes(relation.type)) return true;
  // ("Iran's Quds Force": a state force is a member of the whole the gazetteer says it is part of, `partOf`, at any
  // depth: the Quds Force of the IRGC, the IRGC of Iran.)
  const wholes = wholesOf(relation.subject, partOf);
  if (relation.type === "member" && wholes.includes(relation.object)) return true;
  const subject = kinds.get(relation.subject);
  const object = kinds.get(relation.object);
  // ("the 5th Corps of the Iraqi army": a state force the gazetteer places in one state is a member of no other
  // state's body; the name is another army's unit. Round 29.)
  if (relation.type === "member" && wholes.length > 0 && (object === "state-force" || object === "foreign-state")) {
    return false;
  }
  const limit = subject ? rule.limits.find((l) => l.kinds.includes(subject)) : undefined;
  if (limit && object && !limit.in.includes(object)) return false;
  return !(object && rule.closed.includes(object) && !rule.closedExcept.includes(relation.type));
}

/** The wholes a group is part of by the gazetteer's `partOf`, nearest first (a cycle ends the chain). */
function wholesOf(groupId: string, partOf: ReadonlyMap<string, string>): string[] {
  const wholes: string[] = [];
  for (let whole = partOf.get(groupId); whole !== undefined && !wholes.includes(whole); whole = partOf.get(whole)) {
    wholes.push(whole);
  }
  return wholes;
}

/**
 * "Turkey, a NATO ally", "the two NATO allies": an ally a role noun names of an alliance of a kind the lexicon lists
 * (`membershipKinds.alliesAreMembers`: international organisations) is a member of it, the alliance the object.
 */
export function allianceMembership(
  relation: Relation,
  kinds: ReadonlyMap<string, GroupKind>,
  rule: RelationLexicon["membershipKinds"],
): Relation {
  if (relation.type !== "ally" || relation.features?.voice !== "role") return relation;
  const subjectKind = kinds.get(relation.subject);
  const objectKind = kinds.get(relation.object);
  const inObject = objectKind !== undefined && rule.alliesAreMembers.includes(objectKind);
  const inSubject = subjectKind !== undefined && rule.alliesAreMembers.includes(subjectKind);
  if (inObject === inSubject) return relation;
  return inObject
    ? { ...relation, type: "member" }
    : { ...relation, type: "member", subject: relation.object, object: relation.subject };
}

/**
 * "The Quds Force, a branch of the IRGC", "the external operations arm of the IRGC": an affiliation of a group with a
 * whole the gazetteer places it in (`partOf`, at any depth) names a part of it, a member. Round 98.
 */
export function partAffiliation(relation: Relation, partOf: ReadonlyMap<string, string>): Relation {
  if (relation.type !== "affiliate" || !wholesOf(relation.subject, partOf).includes(relation.object)) return relation;
  return { ...relation, type: "member" };
}

/** Kinds of states and bodies between which some acts are diplomacy (a trigger's `armedPartiesOnly`). */
const STATE_KINDS = new Set<GroupKind>(["foreign-state", "state-force", "international-org"]);

/**
 * "Lebanon condemns cross-border Syrian raids", "NATO has condemned Russian air strikes": a reading of a trigger the
 * lexicon marks `armedPartiesOnly` between two states or international bodies is diplomacy, not a relation.
 */
function diplomatic(
  found: Pick<Reading, "armedPartiesOnly">,
  relation: Pick<Relation, "subject" | "object">,
  kinds: ReadonlyMap<string, GroupKind>,
): boolean {
  if (!found.armedPartiesOnly) return false;
  const subject = kinds.get(relation.subject);
  const object = kinds.get(relation.object);
  return subject !== undefined && object !== undefined && STATE_KINDS.has(subject) && STATE_KINDS.has(object);
}

const stateForcesOf = new WeakMap<Gazetteer, Set<string>>();

/** The ids of the gazetteer's state forces (kind `state-force`): a state's own units, owned by a possessive. */
function stateForces(gazetteer: Gazetteer): Set<string> {
  let ids = stateForcesOf.get(gazetteer);
  if (!ids) {
    ids = new Set(gazetteer.groups.filter((group) => group.kind === "state-force").map((group) => group.id));
    stateForcesOf.set(gazetteer, ids);
  }
  return ids;
}

const partsOfGazetteer = new WeakMap<Gazetteer, Map<string, string>>();

/** Each group's `partOf` whole (data/groups.json), by group id. */
function partsOf(gazetteer: Gazetteer): Map<string, string> {
  let parts = partsOfGazetteer.get(gazetteer);
  if (!parts) {
    parts = new Map(gazetteer.groups.flatMap((group) => group.partOf ? [[group.id, group.partOf] as const] : []));
    partsOfGazetteer.set(gazetteer, parts);
  }
  return parts;
}

const groupsByNameOf = new WeakMap<Gazetteer, Map<string, string[]>>();

/** The groups each name, alias or acronym of the gazetteer names (keys lower case), read once per gazetteer. */
function groupsByName(gazetteer: Gazetteer): Map<string, string[]> {
  let byName = groupsByNameOf.get(gazetteer);
  if (!byName) {
    byName = new Map();
    for (const group of gazetteer.groups) {
      for (const name of [group.name, ...group.aliases, ...group.acronyms]) {
        const key = name.toLowerCase();
        const ids = byName.get(key);
        if (!ids) byName.set(key, [group.id]);
        else if (!ids.includes(group.id)) ids.push(group.id);
      }
    }
    groupsByNameOf.set(gazetteer, byName);
  }
  return byName;
}

const namedLeadersOf = new WeakMap<Gazetteer, Map<string, Set<string>>>();

/**
 * The leaders a group's own name states ("US-led coalition" names the United States): for each group, the groups a
 * name or alias of it written "<X>-led ..." names by X (X a name, alias or acronym of another group, compared without
 * case), by group id.
 */
function namedLeaders(gazetteer: Gazetteer): Map<string, Set<string>> {
  let leaders = namedLeadersOf.get(gazetteer);
  if (!leaders) {
    const byName = groupsByName(gazetteer);
    leaders = new Map();
    for (const group of gazetteer.groups) {
      for (const name of [group.name, ...group.aliases]) {
        const leader = /^(.+?)-led\b/i.exec(name)?.[1];
        for (const id of leader ? byName.get(leader.toLowerCase()) ?? [] : []) {
          if (id !== group.id) leaders.set(group.id, new Set([...leaders.get(group.id) ?? [], id]));
        }
      }
    }
    namedLeadersOf.set(gazetteer, leaders);
  }
  return leaders;
}

/**
 * "the US-led anti-ISIL Coalition", "the U.S.-led CJTF–OIR coalition": a leader's compound before a whole whose own
 * name states that leader ("US-led coalition") restates the name; it states no membership of its own (the Wikipedia
 * gold sets annotate none there: 9 such readings of the read sets were wrong, 1 right). Issue 10, round 78.
 */
function restatesName(relation: Relation, leaders: Map<string, Set<string>>): boolean {
  return relation.type === "member" && relation.features?.voice === "adjective" &&
    leaders.get(relation.object)?.has(relation.subject) === true;
}

/**
 * The groups a record's title names when the whole title is a group's name, alias or acronym ("Jaish al-Fatah (Army
 * of Conquest)": a bracketed gloss and footnote marks aside), compared without case; none otherwise.
 */
function titleGroups(title: string | null, gazetteer: Gazetteer): string[] {
  if (!title) return [];
  const name = title.replace(/\[[^\]]*\]|\([^)]*\)/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  return groupsByName(gazetteer).get(name) ?? [];
}

const kindsOf = new WeakMap<Gazetteer, Map<string, GroupKind>>();

function groupKinds(gazetteer: Gazetteer): Map<string, GroupKind> {
  let kinds = kindsOf.get(gazetteer);
  if (!kinds) {
    kinds = new Map(gazetteer.groups.map((group) => [group.id, group.kind]));
    kindsOf.set(gazetteer, kinds);
  }
  return kinds;
}

/** " and its", " and their" right after a country's name ("Syria and its ally Russia"), read from `lastIndex`. */
const AND_POSSESSIVE = /\s+and\s+(?:its|their)/y;

/** Whether `state`'s name stands in `text` (in key form) as a possessive or before "and its" (twoPartiesPossible). */
function standsForState(text: string, state: string): boolean {
  if (text.includes(`${state}'s`) || text.includes(`${state}s`)) return true;
  for (let at = text.indexOf(state); at >= 0; at = text.indexOf(state, at + 1)) {
    AND_POSSESSIVE.lastIndex = at + state.length;
    if (AND_POSSESSIVE.test(text)) return true;
  }
  return false;
}

/**
 * Whether `templates` may hold a relation: they name two groups, or a country's name stands in one where it can stand
 * for its state (lexicon `stateOwners`: "Syria's allies", "Syrias closest ally", "Syria and its ally", the only two
 * places the reader reads one, frames.ts and reference.ts; looked for as token keys are made, lower case and no
 * hyphens). Every other party the reader finds is a named group, or one nested in a name (a reference's, a category
 * noun's, a carried subject's, a lent list's), and a relation joins two: sentences naming fewer have none, and their
 * reading is skipped (a quarter of FA-KES's articles).
 */
function twoPartiesPossible(
  templates: SentenceTemplate[],
  lexicon: RelationLexicon,
  published: string | null = null,
): boolean {
  const named = new Set<string>();
  for (const template of templates) {
    for (const unit of [...template.units, ...template.qualifiers]) {
      named.add(unit.groupId);
      for (const nested of unit.nested) named.add(nested);
    }
    if (named.size >= 2) return true;
  }
  const states = lexicon.stateOwners.names.map(({ name }) => name.toLowerCase());
  const keyForm = (text: string) => text.toLowerCase().replaceAll("’", "'").replaceAll("-", "");
  // ("Army units cleared the district of X": one named group and a noun of a category whose home group the article's
  // date gives, lexicon `categoryNouns` `home`; issue 10, round 95.)
  const homed = named.size === 1 && published
    ? lexicon.categoryNouns.categories.filter((c) => c.home?.some((h) => homeCovers(h, published)))
      .flatMap((c) => c.nouns)
    : [];
  return templates.some(({ base, core }) => {
    const texts = base === core ? [keyForm(base)] : [keyForm(base), keyForm(core)];
    return states.some((state) => texts.some((text) => standsForState(text, state))) ||
      homed.some((noun) => texts.some((text) => text.includes(noun)));
  });
}

export type ExtractRelationsOptions = {
  /** data/groups.json: the kind of each party (which memberships its kind allows). */
  gazetteer?: Gazetteer;
  /** data/lexicon/foreign-adjectives.json: which words claim a generic name for another state. */
  foreign?: ForeignLexicon;
  /** data/lexicon/relations.json: triggers, frames, guards, chunk and reference words. */
  relations?: RelationLexicon;
  /** data/lexicon/transliteration.json: the Arabic articles and particles a person's name may hold. */
  transliteration?: TransliterationLexicon;
  /** Whether the clause-level layer reads what the frames left (default: the lexicon's `clauseReading.enabled`). */
  clauses?: boolean;
};

/**
 * Every relation between groups `article` states, read from its sentences with the groups `mentions` names in
 * them by the lexicon reader (data/lexicon/relations.json: triggers, frames, one guard pipeline, one reference
 * rule). One relation per (type, subject, object, sentence), the most confident reading's; each says which frame
 * produced it. Organisational relations between parties whose kinds cannot be so joined (a state in an armed group)
 * are dropped.
 */
export function extractRelations(
  article: Article,
  mentions: Mention[],
  options: ExtractRelationsOptions = {},
): Relation[] {
  // the default reference is loaded only where an option is missing (a worker passes all four)
  const {
    foreign = defaultReference().lexicon.foreign,
    relations: lexicon = defaultReference().lexicon.relations,
    transliteration = defaultReference().lexicon.transliteration,
    gazetteer = defaultReference().gazetteer,
  } = options;
  const kinds = groupKinds(gazetteer);
  const templates = sentenceTemplates(
    article,
    mentions,
    foreign,
    lexicon.capitalStates,
    lexicon.writtenApartCompounds,
    lexicon.agencyStates,
    lexicon.speakerNouns.words,
    lexicon.holderCompounds,
    hostileNounsOf(lexicon.triggers),
  );
  // ("Belligerents: A; B — vs — C", "Members: D; E" under the record's title: field lines, lexicon `fieldLines`.)
  const fields = fieldLineReadings(templates, article.text, titleGroups(article.title, gazetteer), lexicon.fieldLines);
  const possible = twoPartiesPossible(templates, lexicon, article.published.date);
  if (fields.length === 0 && !possible) return [];
  const best = new Map<string, Relation>();
  const joint = new Set<Relation>();
  const dates: DateCache = { before: null, times: new Map() };
  const read = possible
    ? readRelations(templates, lexicon, {
      arabic: arabicNameWords(transliteration),
      clauses: options.clauses,
      stateForces: stateForces(gazetteer),
      kinds,
      groupsNamed: groupsByName(gazetteer),
      published: article.published.date,
    })
    : [];
  for (const found of [...read, ...fields]) {
    for (const read of toRelations(article, found, dates)) {
      const relation = partAffiliation(allianceMembership(read, kinds, lexicon.membershipKinds), partsOf(gazetteer));
      if (!kindsAllow(relation, kinds, lexicon.membershipKinds, partsOf(gazetteer))) continue;
      if (diplomatic(found, relation, kinds) || restatesName(relation, namedLeaders(gazetteer))) continue;
      const key = `${relation.type}|${relation.subject}|${relation.object}|${relation.sentenceIndex}`;
      const kept = best.get(key);
      if (kept && relation.confidence <= kept.confidence) continue;
      best.set(key, relation);
      if (found.joint) joint.add(relation);
      else joint.delete(relation);
    }
  }
  return dropContradictedClauseReadings(dropPartWholeAllies(dropOpposedJointAllies([...best.values()], joint))).sort((
    a,
    b,
  ) =>
    a.start - b.start || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject) ||
    a.object.localeCompare(b.object)
  ).map((relation) => calibrated(relation, lexicon.confidenceModel));
}

/**
 * A kept relation's confidence as the chance it is right (data/lexicon/relation-confidence.json), from the lexicon's
 * score its reading carried; which reading is kept is decided on those scores first, so calibration changes no record
 * but its confidence.
 */
function calibrated(relation: Relation, model: RelationConfidenceModel | undefined): Relation {
  if (!model) return relation;
  const input = { type: relation.type, features: relation.features, score: relation.confidence };
  return { ...relation, confidence: calibratedConfidence(model, input) };
}
