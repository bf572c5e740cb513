import type { Chunk } from "./chunks.ts";
import { readingConfidence } from "./confidence.ts";
import type { Reading } from "./frames.ts";
import { guardVerdict } from "./guards.ts";
import type { CompiledLexicon } from "./lexicon.ts";
import type { RelationTrigger } from "../../records/mod.ts";
import { objectAfter, type SentenceView } from "./sentence-view.ts";
import type { Token } from "./tokens.ts";
import { ARTICLE, LETTER_FIRST, LETTERS, LOWER_HYPHENED_WORD, LOWER_WORD } from "./word-shapes.ts";

/**
 * Wire copy's lists (issue 10, round 11): "The Syrian government, its ally Russia and the US-led coalition have
 * carried out strikes", commas often stripped ("The Syrian government its ally Russia and ..."). A list item may be
 * introduced as the head's ally (lexicon `allyAppositions`); the index where its name starts, else -1. The ally
 * relation itself is the role frame's ("its ally Russia"); the item only keeps the list whole for the verb after it.
 */
export function allyItemStart(tokens: Token[], at: number, lex: CompiledLexicon): number {
  const phrase = lex.allyAppositions.longest(tokens, at);
  if (!phrase) return -1;
  let i = at + phrase.length;
  while (tokens[i]?.key === "the") i++;
  return tokens[i]?.party !== undefined ? i : -1;
}

/**
 * "the PYD and its armed wing YPG", "the regime and its ally Russia": after a list joiner, an item introduced by a
 * possessed role noun (its/their, up to two modifiers, a role noun of the lexicon) belongs to the list; the relation
 * the noun states is the role frame's. The index where its name starts, else -1.
 */
export function roleItemStart(tokens: Token[], at: number, lex: CompiledLexicon): number {
  if (tokens[at]?.key !== "its" && tokens[at]?.key !== "their") return -1;
  for (let i = at + 1; i <= at + 3 && i < tokens.length; i++) {
    const role = lex.roleNouns.longest(tokens, i);
    if (role) {
      let name = i + role.length;
      // ("the YPG and its sister force, the YPJ, near Kobani": a comma may set the name off its role noun; round 91.)
      if (tokens[name]?.text === ",") name++;
      while (tokens[name]?.key === "the") name++;
      return tokens[name]?.party !== undefined ? name : -1;
    }
    if (!LOWER_WORD.test(tokens[i].text)) return -1;
  }
  return -1;
}

/**
 * "X, its ally Y and Z have carried out strikes": the ally a list item's introduction names, allied to the list item
 * right before it (not to the items after it). Read through the guard pipeline with the lexicon's list prior.
 */
export function allyItemRelations(view: SentenceView): Reading[] {
  const readings: Reading[] = [];
  const tokens = view.tokens;
  for (const chunk of view.chunks) {
    if (chunk.ref !== null || chunk.heads.length < 2) continue;
    // ("the regime and its close allies Russia and Iran": a plural role noun's names after the first share it.)
    let shared: { role: RelationTrigger; owner: number } | null = null;
    for (let h = 1; h < chunk.heads.length; h++) {
      const before = chunk.heads[h - 1];
      // "X, its ally Y": the introduction sits between the two names (a comma at most before it).
      const at = tokens[before + 1]?.text === "," ? before + 2 : before + 1;
      // ("the PYD and its armed wing YPG": after a joiner, the possessed role noun's own relation, roleItemStart.)
      const joined = view.lex.listJoiners.longest(tokens, at)?.length ?? 0;
      let role = joined > 0 && roleItemStart(tokens, at + joined, view.lex) === chunk.heads[h]
        ? roleTriggerIn(view, at + joined + 1, chunk.heads[h])
        : null;
      let owner = before;
      if (role) {
        const plural = /s$/.test(
          tokens[chunk.heads[h] - 1]?.key === "the" ? "" : tokens[chunk.heads[h] - 1]?.key ?? "",
        );
        shared = plural ? { role, owner } : null;
      } else if (shared && joined > 0 && at + joined === chunk.heads[h]) {
        ({ role, owner } = shared);
      } else {
        shared = null;
      }
      if (!role && allyItemStart(tokens, at, view.lex) !== chunk.heads[h]) continue;
      const head = groupOf(view, owner);
      const ally = groupOf(view, chunk.heads[h]);
      if (!head || !ally || head === ally) continue;
      const verdict = guardVerdict(view.guards, { clauseFrom: chunk.start, triggerStart: at, nearAt: [] });
      if (verdict.block) continue;
      const features = { voice: "role" as const, distance: 0, reference: "none" as const, hedge: verdict.lower };
      readings.push({
        type: role?.type ?? "ally",
        subjects: [ally],
        objects: [head],
        confidence: readingConfidence(role?.prior ?? 0.75, features),
        frame: role ? `${role.lemma}:role` : "ally-item:list",
        features,
        sentences: [view.index],
        joint: false,
        trigger: null,
      });
    }
  }
  return readings;
}

/**
 * The ally, affiliate, rival or member role noun between `from` and `to` ("armed wing", "ally"), as its trigger, or
 * null. (Member too: "the PYD and its armed wing YPG" is its part, lexicon entry "armed wing"; round 98.)
 */
function roleTriggerIn(view: SentenceView, from: number, to: number): RelationTrigger | null {
  for (let i = from; i < to; i++) {
    for (const { value } of view.lex.triggers.at(view.tokens, i)) {
      const trigger = value.trigger;
      const role = trigger.frames.some((f) => f.form === "role" && f.owner !== "after");
      if (
        role &&
        (trigger.type === "ally" || trigger.type === "affiliate" || trigger.type === "rival" ||
          trigger.type === "member")
      ) return trigger;
    }
  }
  return null;
}

/** The group of the name token at `at`. */
function groupOf(view: SentenceView, at: number): string | null {
  const party = view.tokens[at]?.party;
  return party === undefined ? null : view.template.units[party].groupId;
}

const AUXILIARIES = new Set(["has", "have", "had", "were", "was", "are", "is", "also", "reportedly", "now"]);

/**
 * "A, B and C have all carried out strikes": "all" between a list of agents and their verb (past auxiliaries) says
 * each acted, not that they acted together.
 */
export function eachActed(view: SentenceView, agentEnd: number, triggerStart: number): boolean {
  for (let i = agentEnd; i < triggerStart && i < agentEnd + 4; i++) {
    const key = view.tokens[i].key;
    if (key === "all") return true;
    if (!AUXILIARIES.has(key)) return false;
  }
  return false;
}

/**
 * "aircraft from Saudi Arabia and the United Arab Emirates members of the US-led coalition": wire copy's apposition
 * with its comma stripped, where the role noun (at [start, end)) reads as the names' own party noun. The names before
 * it are the ones the noun describes, its "of" object the owner: { described, owner }, or null.
 */
export function strippedApposition(
  view: SentenceView,
  start: number,
  end: number,
): { described: Chunk; owner: Chunk } | null {
  const chunk = view.covering[start];
  if (!chunk || chunk.start >= start || chunk.end !== end || chunk.ref !== null || chunk.groups.length === 0) {
    return null;
  }
  if (view.tokens[end]?.key !== "of" || view.tokens[start - 1]?.party === undefined) return null;
  const owner = objectAfter(view, end + 1);
  return owner && owner.ref === null && !owner.groups.some((g) => chunk.groups.includes(g))
    ? { described: chunk, owner }
    : null;
}

/**
 * "... members of the US-led coalition Pentagon officials said": a trailing attribution glued on without its comma, a
 * speaker noun (lexicon `speakerNouns`) and a speech word (a boundary: "said", "told") right after the name at `at`.
 * A name before such a speaker is no qualifier of it.
 */
export function attributionAt(tokens: Token[], at: number, lex: CompiledLexicon): boolean {
  if (tokens[at]?.party === undefined) return false;
  const speaker = lex.speakerNouns.longest(tokens, at + 1);
  return speaker !== null && lex.boundaries.has(tokens[at + 1 + speaker.length]?.key ?? "");
}

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/**
 * "strikes against positions of X on Tuesday as well as the Islamic State group": a list item added after the day
 * its act took place, with a joiner of more than one word ("as well as", "along with"; a bare "and" there opens a
 * clause). The position of the joiner past the day phrase at `at`, else -1.
 */
export function joinerPastDay(tokens: Token[], at: number, lex: CompiledLexicon): number {
  let i = at;
  if (tokens[i]?.key === "on") i++;
  if (!WEEKDAYS.has(tokens[i]?.key ?? "")) return -1;
  i++;
  const joiner = lex.listJoiners.longest(tokens, i);
  return joiner && joiner.length > 1 ? i : -1;
}

/**
 * "the Syrian Arab Armys (SAA) Republican Guard": past a bracketed short name of the same group after a possessive
 * at `at`. The position after the bracket, else `at`.
 */
export function pastBracketedSameName(view: SentenceView, at: number, groupId: string): number {
  const tokens = view.tokens;
  const party = tokens[at + 1]?.party;
  if (tokens[at]?.text !== "(" || party === undefined || tokens[at + 2]?.text !== ")") return at;
  return view.template.units[party].groupId === groupId ? at + 3 : at;
}

/**
 * "a town in eastern Syria held by X", "a village in the Qalamoun region held by X": past a place phrase standing
 * between a place noun and its link ("in" and up to four words, no name or mark among them) to the link `isLink`
 * accepts. The link's position, else `at`.
 */
export function placeAsideEnd(tokens: Token[], at: number, isLink: (i: number) => boolean): number {
  // ("the town of al-Bab held by X", "the city of Deir ez-Zor controlled by X": the place's own name, up to three words
  // each holding a capital, round 17.)
  if (tokens[at]?.key === "of") {
    let i = at + 1;
    while (i < at + 4 && /^[\p{L}-]*\p{Lu}[\p{L}-]*$/u.test(tokens[i]?.text ?? "") && tokens[i].party === undefined) {
      i++;
    }
    // ("the village of Um Mayyal, which was held by X": or a relative, after a comma or not, round 26.)
    return i > at + 1 && (isLink(i) || relativeOpens(tokens, i)) ? i : at;
  }
  // ("the last point on the Sheikh Hilal-Ithriya Road that was held by X": "on", "near", "along" and "at" open a place
  // aside too, and a relative "that was" may end it, round 22.)
  // ("many villages west of Raqqa previously controlled by X": a compass point and "of" open one as well, round 41.)
  const compass = /^(?:north|south|east|west|northeast|northwest|southeast|southwest)$/.test(tokens[at]?.key ?? "") &&
    tokens[at + 1]?.key === "of";
  if (!compass && !/^(?:in|on|near|along|at)$/.test(tokens[at]?.key ?? "")) return at;
  const open = compass ? at + 1 : at;
  for (let i = open + 1; i < open + 9 && i < tokens.length; i++) {
    if (i > open + 1 && (isLink(i) || relativeOpens(tokens, i))) return i;
    const token = tokens[i];
    // (A state's name there qualifies no party: "in eastern Syria".)
    const word = LETTERS.test(token.text) || (token.text === "-" && token.glued);
    if (token.party !== undefined || (token.qualifier === undefined && !word)) return at;
  }
  return at;
}

/**
 * Whether a relative of a held place opens at `at`: "that was", "which were", after a comma or not ("the town, which
 * was held by X"). Issue 10, round 26.
 */
export function relativeOpens(tokens: Token[], at: number): boolean {
  return relativeEnd(tokens, at) >= 0;
}

/**
 * Forms of "be" a held place's relative opens with, and the auxiliaries before "been"; "remain" and "stay" hold a
 * place as "be" does ("which had remained under ISIL control", round 74).
 */
const RELATIVE_BE = new Set(["was", "were", "is", "are", "remained", "remains", "stayed", "stays"]);
const PERFECT = new Set(["had", "has", "have"]);
const PERFECT_BE = new Set(["been", "remained", "stayed"]);

/**
 * Where the opening of a held place's relative that starts at `at` ends: "that was", "which were", "which had been"
 * (round 67), after a comma or not, and one adverb after them ("which was previously held by X"); or, after a comma,
 * an adverb alone ("the crossing, previously held by X", round 67). The index after them, else -1.
 */
export function relativeEnd(tokens: Token[], at: number): number {
  const comma = tokens[at]?.text === ",";
  let i = comma ? at + 1 : at;
  const adverb = (k: number) => /^(?:\p{Ll}+ly|also|still|now|then|once|later)$/u.test(tokens[k]?.text ?? "");
  if (comma && adverb(i)) return i + 1;
  if (!/^(?:that|which)$/.test(tokens[i]?.key ?? "")) return -1;
  i++;
  if (PERFECT.has(tokens[i]?.key ?? "") && PERFECT_BE.has(tokens[i + 1]?.key ?? "")) i += 2;
  else if (RELATIVE_BE.has(tokens[i]?.key ?? "")) i++;
  else return -1;
  return adverb(i) ? i + 1 : i;
}

/** A leader's possessive name heading a party's name: "Assads regime", "al-Assad's forces", "Erdogans government". */
const LEADER_POSSESSIVE = /^(?:al-)?\p{Lu}\p{Ll}+(?:s|'s|’s)\s+\p{Ll}/u;

/**
 * "airstrikes launched by Russia and Bashar Assads regime": after a list joiner, up to two capitalised words (the
 * leader's given name or title: "Bashar", "President") before a party named by the leader's possessive. The index of
 * the party, else `at`.
 */
export function pastGivenName(
  tokens: Token[],
  at: number,
  units: readonly { surface: string }[],
  lex: CompiledLexicon,
) {
  let i = at;
  while (
    i < at + 2 && tokens[i] && tokens[i].party === undefined && tokens[i].qualifier === undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) && !lex.boundaries.has(tokens[i].key) && !lex.verbs.has(tokens[i].key)
  ) i++;
  const party = tokens[i]?.party;
  if (i === at || party === undefined) return at;
  return LEADER_POSSESSIVE.test(units[party].surface) ? i : at;
}

/** A name read from a "pro-X" descriptor ("pro-regime militia", "pro-government forces"): the side it is for. */
const PRO_SIDE = /^pro[-\s]/i;

/**
 * "the pro-regime Hezbollah group", "pro-Assad Shabiha": the prefix stands outside the name the mention layer read
 * ("pro" glued by a hyphen, or apart: "the pro Syrian-government Hezbollah").
 */
function proPrefixed(tokens: Token[], at: number): boolean {
  if (tokens[at].glued && tokens[at - 1]?.text === "-" && tokens[at - 2]?.key === "pro") return true;
  return tokens[at - 1]?.key === "pro";
}

/**
 * "Syrias (pro-regime militia) National Defence Forces", "the pro-government militia NDF": a descriptor the mention
 * layer reads as the side it is for, right before a name (bracketed or not), says the named group is that side's ally
 * (issue 10, round 12); so does a side named after a "pro-" prefix outside the mention ("the pro-regime Hezbollah
 * group", round 19). Not when the name opens a trailing attribution ("... pro-regime forces ISIS said").
 */
export function proSideRelations(view: SentenceView): Reading[] {
  const readings: Reading[] = [];
  const tokens = view.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const party = tokens[i].party;
    if (party === undefined || !(PRO_SIDE.test(view.template.units[party].surface) || proPrefixed(tokens, i))) continue;
    const bracketed = tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")";
    const at = bracketed ? i + 2 : i + 1;
    const side = groupOf(view, i);
    // ("the Shabiha and other pro-government militias", "the pro-government forces of Qalamoun Shield": round 80.)
    const described = side && PRO_SIDE.test(view.template.units[party].surface) ? proSideNamed(view, i) : [];
    for (const chunk of described) {
      const groups = chunk.groups.filter((g) => g !== side);
      const verdict = guardVerdict(view.guards, { clauseFrom: i, triggerStart: i, nearAt: [i] });
      if (groups.length === 0 || verdict.block) continue;
      const features = { voice: "role" as const, distance: 0, reference: "none" as const, hedge: verdict.lower };
      readings.push({
        type: "ally",
        subjects: groups,
        objects: [side!],
        confidence: readingConfidence(0.75, features),
        frame: "pro-side:described",
        features,
        sentences: [view.index],
        joint: false,
        trigger: null,
      });
    }
    const named = groupOf(view, at);
    if (!side || !named || side === named || attributionAt(tokens, at, view.lex)) continue;
    // (A word that opens a clause of its own, "said", "while"; not the punctuation that ends the sentence after the name:
    // "were killed by the pro-government militia Liwa al-Quds.", round 80.)
    const after = tokens[at + 1];
    if (after && LETTER_FIRST.test(after.text) && view.lex.boundaries.has(after.key)) continue;
    const verdict = guardVerdict(view.guards, { clauseFrom: i, triggerStart: i, nearAt: [i] });
    if (verdict.block) continue;
    const features = { voice: "role" as const, distance: 0, reference: "none" as const, hedge: verdict.lower };
    readings.push({
      type: "ally",
      subjects: [named],
      objects: [side],
      confidence: readingConfidence(0.75, features),
      frame: "pro-side:role",
      features,
      sentences: [view.index],
      joint: false,
      trigger: null,
    });
  }
  return readings;
}

/** The copulas of being and becoming, whose complement describes their subject. */
const BEING = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "became",
  "become",
  "becomes",
  "remains",
  "remained",
]);

/**
 * The parties a "pro-X" descriptor (a mention whose surface opens with "pro-": "pro-government militias") at `i` is
 * said to name, other than by standing before them (`proSideRelations`): a list's items before "and other P" ("the
 * Shabiha and other pro-government militias"), the name after "P of" ("the pro-government forces of Qalamoun Shield"),
 * the subject of a copula whose complement P is, up to two plain words before it ("The Shabiha are unofficial
 * pro-government militias"), and the examples after P ("18 pro-government militiamen were killed, including five PLA
 * members"; lexicon `listExamples`, a comma or an opening bracket before them allowed). Round 80.
 */
function proSideNamed(view: SentenceView, i: number): Chunk[] {
  const tokens = view.tokens;
  const named: Chunk[] = [];
  const chunkAt = (at: number) => {
    while (ARTICLE.test(tokens[at]?.key ?? "")) at++;
    const chunk = view.covering[at];
    return chunk && chunk.start === at && chunk.ref === null && !chunk.modifier ? chunk : null;
  };
  // "A and other P", "A, B and other P". (Not a government's own force, "55 Iraqi soldiers and other pro-government
  // fighters": its side is its own government; lexicon categoryNouns "government".)
  if (tokens[i - 1]?.key === "other" && /^(?:and|,)$/.test(tokens[i - 2]?.key ?? tokens[i - 2]?.text ?? "")) {
    const before = view.covering[i - 3];
    const government = view.lex.categories.get("government");
    const side = groupOf(view, i);
    const items = before ? before.groups.filter((g) => g !== side) : [];
    if (before && before.ref === null && !before.modifier && !items.some((g) => government?.has(g))) {
      named.push(before);
    }
  }
  const end = view.covering[i]?.end ?? i + 1;
  // "P of X".
  if (tokens[end]?.key === "of") {
    const owner = chunkAt(end + 1);
    if (owner) named.push(owner);
  }
  // "P, including X", "P (including X)", "P including X".
  const from = tokens[end]?.text === "," || tokens[end]?.text === "(" ? end + 1 : end;
  const examples = view.lex.listExamples.longest(tokens, from);
  if (examples) {
    const example = chunkAt(from + examples.length);
    if (example) named.push(example);
  }
  // "X is one of the P", "X are unofficial P".
  let k = i;
  for (let n = 0; n < 2 && LOWER_HYPHENED_WORD.test(tokens[k - 1]?.text ?? "") && !view.covering[k - 1]; n++) {
    if (view.lex.copulas.endingAt(tokens, k, 3)) break;
    k--;
  }
  // (A copula of being only: "requested by France as pro-regime forces extend ..." is no complement.)
  const copula = BEING.has(tokens[k - 1]?.key ?? "") ? view.lex.copulas.endingAt(tokens, k, 3) : null;
  if (copula) {
    const subject = view.covering[k - copula.length - 1];
    if (subject && subject.end === k - copula.length && subject.ref === null && !subject.modifier) named.push(subject);
  }
  return named;
}

/**
 * "the Syrian army units led by Colonel Soheil along with Hezbollah forces started ...": a leader link (lexicon
 * `leaderLinks`) and a person's name (up to four capitalised words, none a party) between a list item and a joiner of
 * more than one word ("along with", "as well as"; a bare "and" may join the person) are an aside about the item; the
 * list goes on past them. The position of the joiner, else `at` (issue 10, round 12).
 */
export function pastLeaderAside(tokens: Token[], at: number, lex: CompiledLexicon): number {
  const link = lex.leaderLinks.longest(tokens, at);
  if (!link) return at;
  let i = at + link.length;
  const from = i;
  while (i < from + 4 && tokens[i] && tokens[i].party === undefined && /^\p{Lu}[\p{L}.-]*$/u.test(tokens[i].text)) i++;
  if (i === from) return at;
  const joiner = lex.listJoiners.longest(tokens, i);
  return joiner && joiner.length > 1 ? i : at;
}

/**
 * "clashes between the SDF of the Autonomous Administration and the SNA", "between the Southern Front of Daraa and
 * Nusra": "of" and one name right after a list item (a party's, with its bracketed short name, or a place's: up to four
 * capitalised words) say whose or where the item is, and a joiner right after them goes on with the list. The position
 * of the joiner, else `at` (issue 10, round 67).
 */
export function pastOfAttachment(tokens: Token[], at: number, lex: CompiledLexicon): number {
  if (tokens[at]?.key !== "of" || tokens[at - 1]?.party === undefined && tokens[at - 1]?.text !== ")") return at;
  let i = at + 1;
  if (tokens[i]?.key === "the") i++;
  if (tokens[i]?.party !== undefined) {
    i++;
    if (tokens[i]?.text === "(" && tokens[i + 1]?.party !== undefined && tokens[i + 2]?.text === ")") i += 3;
  } else {
    const from = i;
    while (
      i < from + 4 && tokens[i] && tokens[i].party === undefined && tokens[i].qualifier === undefined &&
      /^\p{Lu}[\p{L}.'-]*$/u.test(tokens[i].text)
    ) i++;
    if (i === from) return at;
  }
  return lex.listJoiners.longest(tokens, i) ? i : at;
}
