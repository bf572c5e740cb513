import { MONTH_NAMES, WEEKDAY_NAMES } from "../dates/expressions.ts";
import { type Chunk, chunkTokens, closedByAmongThem, tokenChunk } from "./chunks.ts";
import { findGuards, type GuardHits } from "./guards.ts";
import type { CompiledLexicon } from "./lexicon.ts";
import { opensArabicName } from "../../reference/arabic-name-words.ts";
import type { SentenceTemplate } from "./template.ts";
import { attributiveParticiple, type Token, tokenAt, tokenize } from "./tokens.ts";
import { appositionHeldPlace, heldPlaceTarget, secondCountedVerb, verbTimeEnd } from "./wire-objects.ts";
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
  REGION_ADJECTIVE,
} from "./word-shapes.ts";

/** One sentence as the reader sees it: tokens of a template, its party chunks and guard cues. */
export type SentenceView = {
  index: number;
  template: SentenceTemplate;
  tokens: Token[];
  chunks: Chunk[];
  /** The chunk each token belongs to, if any. */
  covering: (Chunk | undefined)[];
  readonly guards: GuardHits;
  lex: CompiledLexicon;
};

/**
 * The chunk covering token `i`, or undefined past either end of the sentence (as for a token no chunk covers): read
 * only within the array, as `tokenAt` reads tokens (issue 14).
 */
function chunkAt(covering: (Chunk | undefined)[], i: number): Chunk | undefined {
  return i >= 0 && i < covering.length ? covering[i] : undefined;
}

/** How far (in tokens) a frame looks for a party: bounded, so reading stays linear in sentence length. */
export const WINDOW = 14;

export const DETERMINERS = new Set(["the", "a", "an", "socalled"]);

/** Quantity words a noun phrase may open with ("all but one of the villages", "most of the fighters", "dozens of"). */

/**
 * A sentence's view as built: every field set in the constructor, the guard cues found when a frame first asks (a
 * sentence with no party, a third of them, never does). A class, not an object literal with a getter: a literal's own
 * accessor, a new closure for each view, leaves every view with properties in dictionary mode, and the frames read
 * `view.tokens`, `view.lex` and `view.covering` at nearly every step (issue 14).
 */
class View implements SentenceView {
  #guards: GuardHits | undefined = undefined;
  constructor(
    readonly index: number,
    readonly template: SentenceTemplate,
    readonly tokens: Token[],
    readonly chunks: Chunk[],
    readonly covering: (Chunk | undefined)[],
    readonly lex: CompiledLexicon,
  ) {}

  get guards(): GuardHits {
    return this.#guards ??= findGuards(this.tokens, this.lex);
  }
}

/** Builds the view of a template's `core` (or `base`, which keeps appositions). */
export function sentenceView(template: SentenceTemplate, lex: CompiledLexicon, on: "core" | "base"): SentenceView {
  const tokens = tokenize(template[on], lex.referenceHeads);
  const { chunks, covering } = chunkTokens(tokens, template.units, template.qualifiers, lex);
  return new View(template.index, template, tokens, chunks, covering, lex);
}

/** The auxiliaries and copulas a finite clause may carry ("is", "had", "would"). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "would",
  "did",
  "does",
  "do",
]);

/** A word that can be a finite verb or an auxiliary: a trigger or light verb form, a copula, or an -ed form. */
export function verbish(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  if (!token || token.party !== undefined || token.qualifier !== undefined) return false;
  const key = token.key;
  // ("The suspected ISIS militants", "Armed groups": a participle qualifying the noun after it is an adjective.)
  if (attributiveParticiple(view.tokens, i)) return false;
  // "Kurdish-led", "Iran-backed": a hyphenated compound is an adjective.
  return view.lex.verbs.has(key) || FINITE_AUXILIARIES.has(key) ||
    (key.length > 4 && key.endsWith("ed") && !token.text.includes("-"));
}

/** Words a time phrase is made of besides numbers ("in early March 2015", "on 18 February", "in the summer of 2014"). */
const TIME_WORDS = new Set([
  ...MONTH_NAMES,
  ...WEEKDAY_NAMES,
  "early",
  "mid",
  "late",
  "the",
  "of",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
]);

/**
 * The end of a time phrase starting at `at` ("in March 2015", "on 18 February 2018", "in late 2013"), or `at` when
 * none starts there: a preposition, then up to five month, season or number words, one of them a month or number.
 * Frames read across it ("was formed in March 2015 by the merger of ...").
 */
export function timePhraseEnd(view: SentenceView, at: number): number {
  if (!/^(?:in|on|during|since|by)$/.test(tokenAt(view.tokens, at)?.key ?? "")) return at;
  return timeWordsEnd(view, at);
}

/** The end of the month, season or number words after the preposition at `at` (`timePhraseEnd`), or `at`. */
function timeWordsEnd(view: SentenceView, at: number): number {
  let end = at + 1;
  let dated = false;
  while (end < view.tokens.length && end - at <= 5) {
    const token = view.tokens[end];
    if (/^\d{1,4}$/.test(token.text)) dated = true;
    else if (!TIME_WORDS.has(token.key)) break;
    else if (token.key !== "the" && token.key !== "of" && token.key !== "early" && token.key !== "late") {
      dated ||= token.key !== "mid";
    }
    end++;
  }
  return dated ? end : at;
}

/**
 * A lexicon copula ("formed by", "created from") ending at `end`, also across a time phrase standing before its
 * last word ("formed in March 2015 by"): the position where the copula starts, or -1.
 */
export function copulaStart(view: SentenceView, end: number): number {
  const direct = view.lex.copulas.endingAt(view.tokens, end, 3);
  if (direct) return end - direct.length;
  // "formed in March 2015 by": the copula's first word, a time phrase, its last word.
  for (let from = end - 3; from >= end - 7 && from > 0; from--) {
    if (timePhraseEnd(view, from) !== end - 1) continue;
    const joined = [...view.tokens.slice(0, from), view.tokens[end - 1]];
    const copula = view.lex.copulas.endingAt(joined, from + 1, 3);
    return copula && copula.length > 1 ? from + 1 - copula.length : -1;
  }
  return -1;
}

/** The token before `chunk`, skipping determiners and up to two plain lower-case words ("with the powerful X"). */
function tokenBefore(view: SentenceView, chunk: Chunk): number {
  let i = chunk.start - 1;
  let plain = 0;
  // ("It was the first time the United States attacked Y": a noun of time, lexicon `timeAntecedents`, before the
  // name's determiner heads a relative clause with no pronoun, whose subject the name is; round 96.)
  let determined = false;
  while (i >= 0) {
    const token = view.tokens[i];
    // "US-backed SDF": an adjective compound before the name belongs to its phrase.
    if (token.glued && tokenAt(view.tokens, i - 1)?.text === "-" && view.tokens[i - 1].glued) {
      i -= 3;
      continue;
    }
    if (DETERMINERS.has(token.key)) {
      determined = true;
      i--;
    } else if (
      !(determined && view.lex.timeAntecedents.has(token.key)) && plain < 2 && LOWER_WORD.test(token.text) &&
      !verbish(view, i) &&
      !view.lex.prepositions.has(token.key) &&
      !view.lex.boundaries.has(token.key) && !view.lex.listJoiners.longest(view.tokens, i)
    ) {
      plain++;
      i--;
    } else break;
  }
  return i;
}

/**
 * Whether a chunk can be a clause's subject: not a modifier, not governed by a preposition or by a verb before it
 * ("backed by X", "attacked X"); a clause boundary or a comma before it opens a clause ("officials said X ...").
 */
/** Whether token `at` is the "of" or "from" of "a commander of", "leaders from" (lexicon `targetPeople`). */
function peopleOfAt(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  return (token?.key === "of" || token?.key === "from") &&
    view.lex.targetPeople.has(tokenAt(view.tokens, at - 1)?.key ?? "");
}

/**
 * Whether a group's people introduce or follow `chunk` ("a commander of X", "X loyalists"): it stands for its group in
 * hostile acts only.
 */
export function peopleOfGroup(view: SentenceView, chunk: Chunk): boolean {
  // ("al-Qaeda loyalists who broke away from HTS", "Hezbollah commanders": the people noun right after the name too;
  // round 84.)
  return peopleOfAt(view, tokenBefore(view, chunk)) ||
    view.lex.targetPeople.has(tokenAt(view.tokens, chunk.end)?.key ?? "");
}

export function inSubjectPosition(view: SentenceView, chunk: Chunk): boolean {
  if (chunk.modifier) return false;
  let before = tokenBefore(view, chunk);
  if (before < 0) return true;
  let token = view.tokens[before];
  // "by Syrian and Russian warplanes": a joiner after words that are no name continues a phrase that opened earlier.
  if (view.lex.listJoiners.longest(view.tokens, before)) {
    // "ISIS evacuated the pocket and the Syrian Army captured ...": "and" before a name its verb follows at once
    // opens a clause of its own.
    if (view.tokens[before].key === "and" && verbish(view, chunk.end)) return true;
    let i = before - 1;
    while (
      i >= 0 && before - i <= 3 && !chunkAt(view.covering, i) && LETTER_FIRST.test(view.tokens[i].text) &&
      !view.lex.prepositions.has(view.tokens[i].key) && !verbish(view, i)
    ) i--;
    if (i < 0 || chunkAt(view.covering, i)) return true;
    token = view.tokens[i];
    before = i;
  }
  // "all but one of the villages taken by X had been ...": "of" after a quantity heads no prepositional phrase.
  if (token.key === "of" && view.lex.quantityNouns.has(tokenAt(view.tokens, before - 1)?.key ?? "")) {
    before--;
    while (before > 0 && view.lex.quantityNouns.has(view.tokens[before - 1].key)) before--;
    before--;
    if (before < 0) return true;
    token = view.tokens[before];
  }
  // "A commander of the Nusra Front was killed in clashes with Y": people of a group (lexicon `targetPeople`) in
  // subject position stand for the group (issue 10, round 15); the organisational frames refuse people phrases.
  if (peopleOfAt(view, before)) {
    return inSubjectPosition(view, { ...chunk, start: before - 1, end: before, modifier: false });
  }
  // "For nearly a week regime troops ...": a sentence-opening adverbial without a name ends before the subject.
  // ("Within days the unit's headquarters was attacked", "For years the regime ...": one word past the preposition
  // is enough; round 85.)
  // (", and within days the unit's headquarters was attacked", "; for years the group ...": or one opening a clause
  // after "and", "but" or a semicolon, a comma before the joiner or not, as the core drops it with an apposition;
  // issue 10, round 89.)
  if (view.lex.prepositions.has(token.key)) {
    const joint = tokenAt(view.tokens, before - 1)?.key;
    const opensClause = before === 0 || joint === ";" || joint === "and" || joint === "but";
    return opensClause && view.tokens.slice(before + 1, chunk.start).some((t) => !DETERMINERS.has(t.key));
  }
  if (view.lex.boundaries.has(token.key) || token.text === ",") return true;
  // ("Iran's ally Hezbollah attacked", "US ally Turkey attacked": a role noun an owner holds, right before the name,
  // is no verb though "ally" may be one; the name it describes is the subject. Round 30.)
  const role = view.lex.roleNouns.endingAt(view.tokens, before + 1, 2);
  if (role) {
    const ownerAt = before + 1 - role.length - 1;
    if (tokenAt(view.tokens, ownerAt)?.key === "'s" || chunkAt(view.covering, ownerAt)?.owner) return true;
  }
  return !verbish(view, before);
}

/**
 * "X was among the forces that fought Y", "X is one of the groups which joined Z": a set noun (lexicon `partyNouns`)
 * ending at `end`, after "among the" or "one of the", after a copula, stands for the copula's subject, which is what
 * the relative clause on the set says of X. The chunk, or null.
 */
function setMemberSubject(view: SentenceView, end: number): Chunk | null {
  const noun = view.lex.partyNouns.endingAt(view.tokens, end, 2);
  if (!noun) return null;
  let i = end - noun.length - 1;
  // Up to two adjectives ("among the main rebel groups").
  for (
    let n = 0;
    n < 2 && i > 0 && LOWER_WORD.test(view.tokens[i].text) && !DETERMINERS.has(view.tokens[i].key);
    n++
  ) {
    if (view.lex.prepositions.has(view.tokens[i].key) || verbish(view, i)) return null;
    i--;
  }
  if (tokenAt(view.tokens, i)?.key !== "the") return null;
  i--;
  if (tokenAt(view.tokens, i)?.key === "of" && tokenAt(view.tokens, i - 1)?.key === "one") i--;
  else if (tokenAt(view.tokens, i)?.key !== "among") return null;
  const copula = view.lex.copulas.endingAt(view.tokens, i, 3);
  if (!copula) return null;
  const chunk = chunkAt(view.covering, i - copula.length - 1);
  return chunk && chunk.end === i - copula.length && chunk.ref === null && !chunk.modifier ? chunk : null;
}

/** Auxiliaries and adverbs only between `from` and `to` ("have been", "are also"), or nothing. */
function auxiliariesOnly(view: SentenceView, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const key = view.tokens[i].key;
    if (!AUXILIARIES.has(key) && !(key.endsWith("ly") && LOWER_WORD.test(view.tokens[i].text))) return false;
  }
  return true;
}

const AUXILIARIES = new Set(["has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "also", "still"]);

/**
 * Before `at`, "in Syria", "in northern Syria", "from Eastern Ghouta": a preposition of place and one or two
 * capitalised words (one lower-case adjective may open them). The position of the preposition, else `at`. `the`: an
 * article may open the words too ("in the Syrian Golan").
 */
function pastPlacePhrase(view: SentenceView, at: number, the = false): number {
  let i = at;
  // (After an article, a third word: "in the Syrian Arab Republic"; round 86.)
  const words = the ? 3 : 2;
  while (
    i > 0 && at - i < words && /^\p{Lu}\p{Ll}+$/u.test(view.tokens[i - 1].text) && !chunkAt(view.covering, i - 1)
  ) i--;
  if (i === at) return at;
  if (REGION_ADJECTIVE.test(tokenAt(view.tokens, i - 1)?.key ?? "")) i--;
  if (the && tokenAt(view.tokens, i - 1)?.key === "the") i--;
  return /^(?:in|from|across)$/.test(tokenAt(view.tokens, i - 1)?.key ?? "") ? i - 1 : at;
}

/** "Turkish-backed" (a qualifier, a glued dash and a participle) ending at `end`: the qualifier's position, or -1. */
export function qualifierCompoundEndingAt(view: SentenceView, end: number): number {
  const tokens = view.tokens;
  const participle = tokens[end - 1];
  if (!participle?.glued || !/ed$/.test(participle.key) || tokenAt(tokens, end - 2)?.text !== "-") return -1;
  return tokenAt(tokens, end - 3)?.qualifier !== undefined ? end - 3 : -1;
}

/**
 * "Rebel groups, including X and Y, ...", "Several factions, such as X, ...": a chunk introduced by a list example word
 * after a plural party noun (with up to two words before it) that opens the sentence or follows a comma; `comma`: the
 * examples stand between commas.
 */
function examplesOfSubject(view: SentenceView, chunk: Chunk, comma: "," | "(" | null): boolean {
  let i = chunk.start;
  // ("Rebels, including the FSA-aligned X and Y": past a qualifier compound before the first example, round 75.)
  const qualified = qualifierCompoundEndingAt(view, i);
  if (qualified >= 0) i = qualified;
  // ("Rebel groups including the powerful X faction and Y": up to two plain adjectives after the determiner, round 48.)
  for (let n = 0; n < 2 && i > 0 && !view.lex.listExamples.endingAt(view.tokens, i, 2); n++) {
    const word = view.tokens[i - 1];
    const plain = LOWER_HYPHENED_WORD.test(word.text) && !DETERMINERS.has(word.key) && !chunkAt(view.covering, i - 1) &&
      !verbish(view, i - 1) && !view.lex.prepositions.has(word.key);
    if (!plain) break;
    i--;
  }
  while (i > 0 && DETERMINERS.has(view.tokens[i - 1].key)) i--;
  const example = view.lex.listExamples.endingAt(view.tokens, i, 2);
  if (!example) return false;
  i -= example.length;
  // ("Rebel groups including X and Y attacked Z": without commas on both sides, or with them on both; or in brackets.)
  if (comma) {
    if (tokenAt(view.tokens, i - 1)?.text !== comma) return false;
    i--;
  }
  // ("Rebels in Syria including X": a place phrase of capitalised words may follow the noun.)
  i = pastPlacePhrase(view, i);
  const noun = view.lex.partyNouns.endingAt(view.tokens, i, 2);
  if (!noun || !view.tokens[i - 1].key.endsWith("s")) return false;
  let k = i - 1 - noun.length;
  for (let n = 0; n < 2 && k >= 0 && HYPHENED_WORD.test(view.tokens[k].text) && !chunkAt(view.covering, k); n++) {
    // ("Turkish-backed rebel factions, among them A and B, ...": a qualifier compound before the noun; round 97.)
    const qualified = qualifierCompoundEndingAt(view, k + 1);
    if (qualified >= 0) {
      k = qualified - 1;
      break;
    }
    if (verbish(view, k) || view.lex.prepositions.has(view.tokens[k].key)) return false;
    k--;
  }
  // ("In November 2013 seven Islamist factions, among them A and B, merged into Y": after an opening time phrase
  // without its comma; round 90.)
  return k < 0 || view.tokens[k].text === "," || (timePhraseEnd(view, 0) === k + 1 && k > 0);
}

/**
 * "X airstrikes near the airport, lasting an hour, killed Y": a hostile action noun right after a name (its agent),
 * then at most four words of a place or time phrase (no name, verb or boundary), then a comma.
 */
function hostileHeadBeforeComma(view: SentenceView, at: number): boolean {
  const noun = view.lex.triggers.at(view.tokens, at).find((p) =>
    p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
  );
  if (!noun) return false;
  for (let i = at + noun.length; i < view.tokens.length && i <= at + noun.length + 4; i++) {
    const token = view.tokens[i];
    if (token.text === ",") return true;
    if (chunkAt(view.covering, i) || verbish(view, i) || view.lex.boundaries.has(token.key)) return false;
  }
  return false;
}

/**
 * Whether `chunk` owns the noun that is the subject of the verb at `at` ("Russia's goals include"): a possessive
 * followed by one to three plain words (no preposition, joiner, boundary or verb) up to the verb.
 */
function possessedSubject(view: SentenceView, chunk: Chunk, at: number): boolean {
  if (!chunk.owner || tokenAt(view.tokens, chunk.end)?.key !== "'s") return false;
  const from = chunk.end + 1;
  if (at - from < 1 || at - from > 3) return false;
  for (let i = from; i < at; i++) {
    const token = view.tokens[i];
    if (chunkAt(view.covering, i) || !LETTERS.test(token.text) || verbish(view, i)) return false;
    if (view.lex.prepositions.has(token.key) || view.lex.boundaries.has(token.key)) return false;
    if (view.lex.listJoiners.longest(view.tokens, i) || token.key.endsWith("ly")) return false;
  }
  return true;
}

/** `caused`: the object of a causative verb ("forced A and B to battle Z"): made to act, not acting together. */
export type Subject = { chunk: Chunk; distance: number; via: "direct" | "relative" | "apposition" | "caused" };

/**
 * Whether `chunk` follows "of" after a role noun (a trigger noun with a role frame: ally, member, branch) that an
 * indefinite article opens up to three words before it: "a traditional ally of Russia", "an offshoot of al-Qaeda".
 */
function roleNounObject(view: SentenceView, chunk: Chunk): boolean {
  let of = chunk.start - 1;
  if (tokenAt(view.tokens, of)?.key === "the") of--;
  if (tokenAt(view.tokens, of)?.key !== "of") return false;
  let start = -1;
  for (let k = Math.max(0, of - 3); k < of && start < 0; k++) {
    const roles = view.lex.triggers.at(view.tokens, k).filter((p) =>
      k + p.length === of && p.value.trigger.frames.some((f) => f.form === "role")
    );
    if (roles.length > 0) start = k;
  }
  if (start < 0) return false;
  for (let k = start - 1; k >= 0 && start - k <= 3; k--) {
    if (INDEFINITE_ARTICLE.test(view.tokens[k].key)) return true;
    if (chunkAt(view.covering, k) || !LETTER_FIRST.test(view.tokens[k].text)) return false;
  }
  return false;
}

/**
 * The subject of a trigger at token `at`: the nearest chunk to its left in subject position within the window,
 * across auxiliaries, adverbs and prepositional phrases; a relative pronoun ("X, which pledged ...") gives its
 * antecedent; up to two commas are crossed only to reach a chunk right before a comma ("X, backed by Y, attacked").
 * Stops at clause boundaries.
 */
export function subjectOf(view: SentenceView, at: number): Subject | null {
  const subject = nearestSubject(view, at) ?? describedSetExamples(view, at) ?? coordinatedSubject(view, at);
  const companion = subject ? joinedCompanion(view, subject.chunk, at) : null;
  if (!subject || !companion) return subject;
  return {
    ...subject,
    chunk: {
      ...subject.chunk,
      groups: [...new Set([...subject.chunk.groups, ...companion.groups])],
      heads: [...subject.chunk.heads, ...companion.heads],
    },
  };
}

/**
 * "X stormed P, but were repelled by Y", "X attacked P and was driven back by Y", "X is part of Y, but is also fighting
 * Z": a passive or progressive predicate coordinated by "but" or "and" (a comma before it allowed), a form of "be" and
 * adverbs between, that has no subject of its own takes the sentence's one subject (`sentenceSubject`: none where
 * another group's subject competes before it). Other predicates keep the frames' own readings (`predicateAfterAnd`:
 * taking them here too lost a right reading whose subject stood far back). Round 75.
 */
function coordinatedSubject(view: SentenceView, at: number): Subject | null {
  // (", and clashes were nearing": a noun opening a clause of its own, its verb after it, as `predicateAfterAnd` reads.)
  if (!verbish(view, at) || verbish(view, at + 1)) return null;
  const k = pastInterposed(view, at);
  const passive = view.tokens.slice(k + 1, at).some((t) => BE.has(t.key));
  // ("X is supported by Iran, and actively supported by Y": a participle with its "by" and no auxiliary of its own
  // shares the first predicate's, which must be a passive of the sentence's subject; round 76.)
  const elided = !passive && tokenAt(view.tokens, at + 1)?.key === "by" && /(?:ed|en)$/.test(view.tokens[at].key);
  const joiner = tokenAt(view.tokens, k)?.key;
  if ((!passive && !elided) || (joiner !== "but" && joiner !== "and")) return null;
  const chunk = sentenceSubject(view, k);
  if (elided && !(chunk && [0, 1, 2].some((n) => BE.has(tokenAt(view.tokens, chunk.end + n)?.key ?? "")))) return null;
  return chunk && !chunk.modifier ? { chunk, distance: at - chunk.end, via: "direct" } : null;
}

/** The forms of "be" before a passive participle. */
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);

/** How far past a trigger the examples of the set it describes may stand (tokens): bounded, so linear. */
const EXAMPLES_REACH = 14;

/**
 * "rebel groups opposed to the Syrian government, including A and B, attacked ...", "factions backed by Turkey, such as
 * A": a plural noun of a party set right before the trigger at `at` (no name of its own), and its examples after the
 * trigger's phrase (lexicon `listExamples`, a comma before them allowed; no verb, boundary or list joiner on the way):
 * the examples are what the phrase describes. Round 67.
 */
export function describedSetExamples(view: SentenceView, at: number): Subject | null {
  const tokens = view.tokens;
  const before = tokens[at - 1];
  if (!before || chunkAt(view.covering, at - 1) || !before.key.endsWith("s")) return null;
  if (!view.lex.partyNouns.endingAt(tokens, at, 2) && !view.lex.collectiveNouns.has(before.key)) return null;
  const trigger = view.lex.triggers.at(tokens, at)[0]?.length ?? 1;
  // ("Rebels attacked Jaish al-Fustat, consisting of A and B": a verb not in "-ing" with its object right after it is
  // the clause's finite verb, no participle describing the set, and the examples after the object are the object's;
  // round 78.)
  let objectAt = at + trigger;
  while (ARTICLE.test(tokenAt(tokens, objectAt)?.key ?? "")) objectAt++;
  if (!tokens[at].key.endsWith("ing") && chunkAt(view.covering, objectAt)?.start === objectAt) return null;
  for (let i = at + trigger; i < tokens.length && i - at <= EXAMPLES_REACH; i++) {
    const chunk = chunkAt(view.covering, i);
    if (chunk) {
      i = chunk.end - 1;
      continue;
    }
    const from = tokens[i].text === "," ? i + 1 : i;
    const examples = view.lex.listExamples.longest(tokens, from);
    if (examples) {
      let k = from + examples.length;
      while (ARTICLE.test(tokenAt(tokens, k)?.key ?? "")) k++;
      const named = chunkAt(view.covering, k);
      return named && named.start === k && named.ref === null && !named.modifier && named.groups.length > 0
        ? { chunk: named, distance: named.start - at, via: "apposition" }
        : null;
    }
    // ("groups under the banner of X and Islamist ones including Y": a joiner opens another set, whose examples these
    // are.)
    if (view.lex.boundaries.has(tokens[i].key) || verbish(view, i) || view.lex.listJoiners.longest(tokens, i)) {
      return null;
    }
  }
  return null;
}

/**
 * The act "in" at `at` opens: its trigger's first token ("joined X in attacking Y", "in clashes with Y", "in a major
 * ground offensive": a gerund, or an action noun after at most three plain words), or -1.
 */
export function actAfterIn(view: SentenceView, at: number): number {
  if (tokenAt(view.tokens, at)?.key !== "in") return -1;
  let i = at + 1;
  while (tokenAt(view.tokens, i)?.key.endsWith("ly")) i++;
  if (tokenAt(view.tokens, i)?.key.endsWith("ing") && !chunkAt(view.covering, i)) return i;
  for (let n = 0; n < 4 && i < view.tokens.length; n++, i++) {
    if (view.lex.triggers.at(view.tokens, i).some((p) => p.value.trigger.pos === "noun")) return i;
    if (chunkAt(view.covering, i) || !LOWER_FIRST.test(view.tokens[i].text)) return -1;
  }
  return -1;
}

/**
 * "X joined Y in clashes with Z", "A joined B in attacking Z": the party a subject joined in the act at `at` (or in
 * the act the "in" at `at` opens) acts in it too. That party: right after a verb of the lexicon's `joined` type that follows the subject, and right before
 * the "in" opening the act. Null when the act is none such.
 */
function joinedCompanion(view: SentenceView, subject: Chunk, at: number): Chunk | null {
  // (A noun frame asks for the subject of its adverbial, "in" itself: "X joined Y in an offensive against Z".)
  for (let i = at; i > subject.end && at - i <= 6; i--) {
    if (tokenAt(view.tokens, i)?.key !== "in") continue;
    const act = actAfterIn(view, i);
    if (act < 0 || (i < at && act !== at)) continue;
    const joined = chunkAt(view.covering, i - 1);
    if (!joined || joined.end !== i || joined.ref !== null || joined.groups.length === 0) return null;
    const verb = view.lex.triggers.at(view.tokens, joined.start - 1).concat(
      view.lex.triggers.at(view.tokens, joined.start - 2),
    ).find((p) => p.value.trigger.type === "joined" && p.value.trigger.pos === "verb");
    return verb && joined.start - 1 >= subject.end ? joined : null;
  }
  return null;
}

/**
 * "Liwa Dawud, a group also from Saraqib which defected to Y": the last token of the name an indefinite or definite
 * apposition describes, where the apposition's words (an article, then up to four plain words, no verb or preposition)
 * end right before the place phrase at `place`; else `j`, unchanged. Round 78.
 */
function appositionBefore(view: SentenceView, place: number, j: number): number {
  let k = place - 1;
  for (let n = 0; n < 4 && k > 0; n++) {
    // ("Hurras al-Din, the Al-Qaida affiliate in the Syrian Arab Republic, which split from HTS": a name qualifying
    // the apposition's noun is one of its words; round 86.)
    const named = chunkAt(view.covering, k);
    if (named && named.ref === null && named.groups.length === 1 && n > 0) {
      k = named.start - 1;
      continue;
    }
    if (named || !LOWER_FIRST.test(view.tokens[k].text)) break;
    // (A word a name qualifies is its noun, whatever verb it may also be: "the Al-Qaida affiliate".)
    const qualifier = chunkAt(view.covering, k - 1);
    const qualified = qualifier !== undefined && qualifier.end === k && qualifier.modifier;
    if ((verbish(view, k) && !qualified) || view.lex.prepositions.has(view.tokens[k].key)) return j;
    if (ARTICLE.test(view.tokens[k].key)) {
      return tokenAt(view.tokens, k - 1)?.text === "," && chunkAt(view.covering, k - 2)?.end === k - 1 ? k - 2 : j;
    }
    k--;
  }
  return j;
}

/** `subjectOf` before a companion the subject joined is added (see `joinedCompanion`). */
function nearestSubject(view: SentenceView, at: number): Subject | null {
  let commas = 0;
  // Where a bracketed aside skipped over opened: a name right before it is the subject, as before an aside's comma.
  let bracketOpen = -1;
  for (let i = at - 1; i >= 0 && at - i <= WINDOW; i--) {
    const token = view.tokens[i];
    const chunk = chunkAt(view.covering, i);
    if (chunk) {
      // "Russia's goals include helping X": a possessed noun right before the verb is its subject, not the owner nor
      // a name further back.
      // ("X's components included A and B": a group's parts stand for the group; lexicon `compositionNouns`.)
      if (commas === 0 && possessedSubject(view, chunk, at)) {
        const parts = view.lex.compositionNouns.has(view.tokens[at - 1].key) ||
          (at - 2 > chunk.end &&
            view.lex.compositionNouns.has(`${view.tokens[at - 2].key} ${view.tokens[at - 1].key}`));
        return parts ? { chunk, distance: at - chunk.end, via: "direct" } : null;
      }
      const beforeComma = tokenAt(view.tokens, chunk.end)?.text === "," || hostileHeadBeforeComma(view, chunk.end);
      // "Rebel groups, including X and Y, attacked Z": the examples of an unnamed subject are its named part.
      // ("Rebel groups including X have been battling Z": auxiliaries and adverbs may stand before the verb.)
      const closed = (commas === 1 && tokenAt(view.tokens, chunk.end)?.text === ",") ||
        (commas === 0 && auxiliariesOnly(view, chunk.end, at));
      if (closed && examplesOfSubject(view, chunk, commas === 1 ? "," : null)) {
        return { chunk, distance: at - chunk.end, via: "direct" };
      }
      // ("3,000 rebels (mainly X and Y) launched ...": bracketed examples, round 17.)
      if (
        commas === 0 && tokenAt(view.tokens, chunk.end)?.text === ")" && auxiliariesOnly(view, chunk.end + 1, at) &&
        examplesOfSubject(view, chunk, "(")
      ) {
        return { chunk, distance: at - chunk.end, via: "direct" };
      }
      const beforeBracket = bracketOpen >= 0 && chunk.end === bracketOpen;
      // ("Ahrar al-Sharqiya, the Turkish-backed SNA faction, attacked Y": a name between commas right after another
      // name is that name's apposition, whose host is the subject; round 84.)
      const host = commas === 1 && beforeComma ? appositionHost(view, chunk) : null;
      if (host) return { chunk: host, distance: at - i, via: "apposition" };
      // ("The YPG, backed by coalition airstrikes and the Peshmerga, drove ISIS out": the last agent of a participle's
      // "by" between commas is no subject; the name before the aside's opening comma is; round 85.)
      const asideHost = commas === 1 && beforeComma ? participleAsideHost(view, chunk) : null;
      if (asideHost) return { chunk: asideHost, distance: at - asideHost.end, via: "apposition" };
      if (inSubjectPosition(view, chunk) && (commas === 0 && bracketOpen < 0 || beforeComma || beforeBracket)) {
        return { chunk, distance: at - chunk.end, via: commas > 0 || beforeBracket ? "apposition" : "direct" };
      }
      i = chunk.start;
      continue;
    }
    if (view.lex.relativePronouns.has(token.key)) {
      // "A and B, the latter of which is the Syrian branch of C": the pronoun picks one item of the list before it.
      const picked = pickedItem(view, i) ?? quantifiedList(view, i);
      if (picked) return { chunk: picked, distance: at - picked.end, via: "relative" };
      let j = i - 1;
      // ("X, into which Y merged in 2014, attacked Z": a preposition before "which" or "whom" belongs to the relative;
      // the antecedent stands before it; round 96.)
      if (/^(?:which|whom)$/.test(token.key) && view.lex.prepositions.has(tokenAt(view.tokens, j)?.key ?? "")) j--;
      if (tokenAt(view.tokens, j)?.text === ",") j--;
      // "X, an opposition coalition that includes Y": past the apposition's words to the name it describes.
      const described = j;
      // ("X, an Iraqi militia that ...": a capitalised adjective of origin among the apposition's words; round 85.)
      const apposed = (k: number) =>
        LOWER_FIRST.test(view.tokens[k].text) ||
        (CAPITALISED.test(view.tokens[k].text) && INDEFINITE_ARTICLE.test(tokenAt(view.tokens, k - 1)?.key ?? ""));
      for (let n = 0; n < 4 && j > 0 && !chunkAt(view.covering, j) && apposed(j); n++) {
        // ("Turkey said that 20 civilians were killed by Y": a word of speech, a clause boundary, ends the walk; "that"
        // after it opens what was said, no relative on the speaker; round 80.)
        if (verbish(view, j) || view.lex.prepositions.has(view.tokens[j].key)) break;
        if (view.lex.boundaries.has(view.tokens[j].key)) break;
        j--;
      }
      // ("X is a Sunni jihadi group that has been fighting Y": an indefinite complement of a copula describes the
      // copula's subject; its words may be capitalised adjectives that name no party. Issue 10, round 65.)
      const complement = /^(?:which|that|who)$/.test(token.key) ? copulaComplementStart(view, described) : -1;
      if (complement >= 0) j = complement;
      // "the Islamic Front, Syria's largest rebel coalition, which ..." with its commas stripped ("the Islamic Front
      // Syrias largest rebel coalition which"): a place's possessive opening the description, right after the name.
      if (j < i - 1 && !chunkAt(view.covering, j)) {
        const possessive = view.tokens[j].key === "'s" ? j - 1 : j;
        const place = view.tokens[possessive];
        if (
          place && CAPITALISED.test(place.text) && place.party === undefined && !chunkAt(view.covering, possessive) &&
          chunkAt(view.covering, possessive - 1)?.end === possessive && (possessive < j || place.key.endsWith("s"))
        ) j = possessive - 1;
      }
      // "the Free Syrian Armys Shahid Ahmad Abdo brigade that ...": a group's own named unit stands for the group.
      let unit = false;
      if (j < i - 1 && view.lex.partyNouns.longest(view.tokens, j + 1)) {
        let k = j;
        while (k > 0 && j - k < 4 && !chunkAt(view.covering, k) && CAPITALISED.test(view.tokens[k].text)) k--;
        unit = k < j && tokenAt(view.tokens, k)?.key === "'s" && chunkAt(view.covering, k - 1) !== undefined;
        if (unit) j = k - 1;
      }
      if (tokenAt(view.tokens, j)?.text === ",") j--;
      // ("An Israeli airstrike in the Syrian Golan that killed X": past a place phrase to the name before it; round
      // 58.)
      if (!chunkAt(view.covering, j)) {
        const place = pastPlacePhrase(view, j + 1, true);
        // ("X, the al-Qaeda group in Syria, which ...": a name qualifying the noun of an apposition before the place
        // phrase is no antecedent; the apposition's host is; round 86.)
        const before = chunkAt(view.covering, place - 1);
        const apposed = before && view.tokens[before.end - 1].party === undefined ? appositionHost(view, before) : null;
        if (place <= j && apposed) j = apposed.end - 1;
        else if (place <= j && before) j = place - 1;
        else if (place <= j) j = appositionBefore(view, place, j);
      }
      const antecedent = chunkAt(view.covering, j);
      // ("Serbia, a traditional ally of Russia who supports X": the name after an indefinite role noun's "of" and the
      // one the role noun describes compete for the relative; refused. Round 68.)
      // (Not past a description of the name: "a component of the Islamic Front, Syria's largest rebel coalition,
      // which ..." describes the coalition.)
      if (antecedent && antecedent.end === j + 1 && j === described && roleNounObject(view, antecedent)) return null;
      // "X which ..." / "X, who ..."; a relative clause opening on another word is no subject of ours.
      // ("Syrian air defences, firing at Israeli jets that were striking targets, shot down Y": a relative inside a
      // participle aside after the subject's comma, on the participle's object; the verb after the aside's closing
      // comma has the name before its opening one; round 95.)
      const asideHost = commas === 1 && antecedent ? participleObjectHost(view, antecedent) : null;
      if (asideHost) return { chunk: asideHost, distance: at - asideHost.end, via: "apposition" };
      if (antecedent && antecedent.end === j + 1 && (!antecedent.modifier || unit)) {
        // ("A and B, which is the Syrian branch of C": a singular verb agrees with the list's last item alone.)
        const chunk = antecedent.groups.length > 1 && view.lex.singularVerbs.has(tokenAt(view.tokens, i + 1)?.key ?? "")
          ? lastItem(view, antecedent)
          : antecedent;
        return { chunk, distance: at - chunk.end, via: "relative" };
      }
      // ("X seized P in fighting that killed 35 Y fighters": a relative on an act the clause's subject fought in has
      // that subject; round 67.)
      const fought = antecedent
        ? null
        : actAdverbialSubject(view, tokenAt(view.tokens, i - 1)?.text === "," ? i - 1 : i, at);
      if (fought) return { chunk: fought.chunk, distance: at - fought.chunk.end, via: "relative" };
      const member = antecedent ? null : setMemberSubject(view, tokenAt(view.tokens, i - 1)?.text === "," ? i - 1 : i);
      return member ? { chunk: member, distance: at - member.end, via: "relative" } : null;
    }
    if (token.text === ",") {
      if (coordinateComma(view, i) || verbListComma(view, i)) continue;
      // ("X joined the battle, and expelled Y from P": the comma before "and" opening the verb's own predicate, an
      // adverb at most between, joins a second predicate of the same subject; round 70.)
      if (predicateComma(view, i, at)) continue;
      // ("X was, until 2014, affiliated with Y": a time phrase between commas is no aside about a name; round 67.)
      const dated = timeAsideStart(view, i);
      if (dated >= 0) {
        i = dated;
        continue;
      }
      // ("Turkey, which regards the YPG as the PKK's branch, has fought the SDF": a relative clause between commas right
      // after a name, the verb right after its closing comma, is an aside on the subject, whatever names it holds;
      // round 84.)
      // (Past the window too: the clause is skipped whole.)
      // (Not a bare participle with its "by" right after the comma, an aside of its own: "X, which consists of A,
      // backed by B, and Y".)
      const aside = i + 1 === at && tokenAt(view.tokens, at + 1)?.key === "by";
      const named = commas === 0 && !aside && auxiliariesOnly(view, i + 1, at) ? relativeAsideName(view, i) : null;
      // ("The SDF entered Tal Rifaat, a stronghold of the Levant Front, under cover of Y": an indefinite apposition on
      // a place, its comma closing here, is skipped whole, the party it names no subject; round 84.)
      const described = commas === 0 ? indefiniteAppositionOpen(view, i) : -1;
      // (After a capitalised word naming no party, a place's name: "A gunman, a member of ISIS, attacked" keeps the
      // person's group.)
      // (Not a word opening the sentence: "However, a YPG counter-offensive ..., with the aid of Y, ..." opens no
      // apposition.)
      const placeName = described > 1 && !chunkAt(view.covering, described - 1) &&
        /^\p{Lu}/u.test(view.tokens[described - 1].text) && view.tokens[described - 1].party === undefined;
      if (placeName) {
        i = described;
        continue;
      }
      if (named) {
        // (The distance counts the words after the clause: the clause itself is skipped as one aside.)
        return inSubjectPosition(view, named) ? { chunk: named, distance: at - i + 1, via: "apposition" } : null;
      }
      if (++commas > 2) return null;
      continue;
    }
    // "X (backed by Y) fought Z", "X (made up of A and B) fought Z": a bracketed aside right after a name is skipped as
    // one between commas is; a verb that opens the bracket describes the name before it (issue 10, round 20).
    const open = bracketOpen < 0 && commas === 0 ? asideBracketOpen(view, i, at) : -1;
    if (open >= 0) {
      bracketOpen = open;
      i = open;
      continue;
    }
    // ("rebels (mainly X and Y) launched": a closing bracket right after a name and right before the verb leads on to
    // the bracketed examples, read above.)
    if (token.text === ")" && chunkAt(view.covering, i - 1)?.end === i && auxiliariesOnly(view, i + 1, at)) continue;
    // ("The YPG, as part of the SDF, fought ISIL": "as" opening an aside between commas, after the closing one was
    // passed, is no clause boundary; round 61.)
    if (
      token.key === "as" && commas === 1 && tokenAt(view.tokens, i - 1)?.text === "," &&
      view.lex.asides.afterAs.has(tokenAt(view.tokens, i + 1)?.key ?? "")
    ) {
      continue;
    }
    // ("X has since captured Y": "since" between a perfect's auxiliary and the verb is an adverb, no clause's
    // opening; round 79.)
    if (i === at - 1 && perfectSince(view, i)) continue;
    if (view.lex.boundaries.has(token.key) || token.text === "(" || token.text === ")") return null;
  }
  return null;
}

/**
 * "X seized P in fighting that killed Y", "X advanced during clashes which left Y dead": the act noun (a hostile one of
 * the lexicon) that ends right before `end` (exclusive), opened by "in", "during" or "amid" (lexicon `actAdverbials`) past at most two plain
 * words, in a clause whose subject is a named party: that subject, which fought in the act; else null. Only for a
 * trigger `at` that is no act noun itself.
 */
function actAdverbialSubject(view: SentenceView, end: number, at: number): Subject | null {
  if (view.lex.triggers.at(view.tokens, at).some((p) => p.value.trigger.pos === "noun")) return null;
  let length = 0;
  for (let n = 1; n <= 3 && length === 0; n++) {
    const hostile = view.lex.triggers.at(view.tokens, end - n).some((p) =>
      p.length === n && p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
    );
    if (hostile) length = n;
  }
  if (length === 0) return null;
  let k = end - length - 1;
  for (let n = 0; n < 2 && k > 0 && !view.lex.actAdverbials.has(view.tokens[k].key); n++, k--) {
    if (chunkAt(view.covering, k) || !LOWER_HYPHENED_WORD.test(view.tokens[k].text) || verbish(view, k)) return null;
  }
  if (!view.lex.actAdverbials.has(tokenAt(view.tokens, k)?.key ?? "") || k === 0) return null;
  const subject = nearestSubject(view, k);
  return subject && subject.chunk.ref === null && subject.via === "direct" ? subject : null;
}

/**
 * Whether the comma at `i` joins verbs of one list that "and" or "or" closes ("trains, arms and pays X", "attacked,
 * looted, and burned P"): a verb right before it and one right after it (past the closing "and" or "or"), and only verbs
 * and commas up to that closing joiner and the verb after it. Their subject is the list's. Round 84.
 */
export function verbListComma(view: SentenceView, i: number): boolean {
  const tokens = view.tokens;
  if (tokenAt(tokens, i)?.text !== "," || !verbish(view, i - 1)) return false;
  const joiner = (k: number) => /^(?:and|or)$/.test(tokenAt(tokens, k)?.key ?? "");
  // (", and" closes a list of three or more, a comma before its second last verb: "captured or killed, and urged"
  // joins a second predicate to a list already closed.)
  if (joiner(i + 1)) return tokenAt(tokens, i - 2)?.text === "," && listVerb(view, i + 2);
  if (!listVerb(view, i + 1)) return false;
  for (let k = i + 2; k < tokens.length && k - i <= VERB_LIST_REACH; k++) {
    if (joiner(k)) return listVerb(view, k + 1);
    if (tokens[k].text !== "," && !listVerb(view, k)) return false;
  }
  return false;
}

/** How far a verb list may reach past one of its commas (tokens): bounded, so linear. */
const VERB_LIST_REACH = 8;

/**
 * A verb of a verb list after its first: a verb form, or a plain lower-case word in "-s" or of a past participle's
 * shape the lexicon does not know ("pays", "paid").
 */
function listVerb(view: SentenceView, k: number): boolean {
  const token = view.tokens[k];
  return verbish(view, k) ||
    (token !== undefined && !chunkAt(view.covering, k) && /^[a-z]+(?:s|id|lt|ht|wn)$/.test(token.text) &&
      !view.lex.boundaries.has(token.key) && !view.lex.prepositions.has(token.key));
}

/**
 * The position past the rest of a verb list that goes on at `at` after a verb (", arms and pays X", " and arms X",
 * ", and burned P"): where the list's last verb ends, so its object is the object of every verb of the list; else `at`.
 */
export function verbListEnd(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  let k = at;
  if (tokenAt(tokens, k)?.text === ",") {
    if (!verbListComma(view, k)) return at;
    k++;
  } else if (!/^(?:and|or)$/.test(tokenAt(tokens, k)?.key ?? "") || !listVerb(view, k + 1)) return at;
  for (; k < tokens.length && k - at <= VERB_LIST_REACH; k++) {
    if (/^(?:and|or)$/.test(tokens[k].key)) return listVerb(view, k + 1) ? k + 2 : at;
    if (tokens[k].text !== "," && !listVerb(view, k)) return at;
  }
  return at;
}

/**
 * "A, the SNA faction,", "A, the Turkish-backed faction,": the named party A right before the comma that opens the
 * definite apposition `chunk` stands in (past its article and up to three plain or compound words), where A stands in
 * subject position; else null.
 */
export function appositionHost(view: SentenceView, chunk: Chunk): Chunk | null {
  const tokens = view.tokens;
  let k = chunk.start - 1;
  for (let n = 0; n < 4 && k > 0 && tokens[k].text !== ","; n++, k--) {
    const token = tokens[k];
    if (chunkAt(view.covering, k) || !/^[\p{L}-]+$/u.test(token.text) || view.lex.boundaries.has(token.key)) {
      return null;
    }
    if (verbish(view, k) || view.lex.prepositions.has(token.key)) return null;
  }
  if (tokenAt(tokens, k)?.text !== "," || !ARTICLE.test(tokenAt(tokens, k + 1)?.key ?? "")) return null;
  const host = chunkAt(view.covering, k - 1);
  return host && host.end === k && host !== chunk && host.ref === null && !host.modifier && !host.owner &&
      !host.groups.some((g) => chunk.groups.includes(g)) && inSubjectPosition(view, host)
    ? host
    : null;
}

/** How far back from an agent the "by" of a participle aside may stand (tokens): bounded, so linear. */
const ASIDE_AGENT_REACH = 12;

/**
 * "A, backed by X airstrikes and B, drove ...": where `chunk` ends the agent phrase of a passive participle's "by"
 * that a comma opens right after a name (no other comma, bracket or clause boundary between "by" and `chunk`), that
 * name, in subject position; else null. ("A, having previously been part of X, joined Y": or a perfect or progressive
 * participle clause, "having" or "being", opening the aside; round 88.)
 */
function participleAsideHost(view: SentenceView, chunk: Chunk): Chunk | null {
  for (let k = chunk.start - 1; k > 1 && chunk.start - k <= ASIDE_AGENT_REACH; k--) {
    const token = view.tokens[k];
    if ((token.key === "having" || token.key === "being") && tokenAt(view.tokens, k - 1)?.text === ",") {
      const host = chunkAt(view.covering, k - 2);
      return host && host.end === k - 1 && host !== chunk && host.ref === null && !host.modifier &&
          inSubjectPosition(view, host)
        ? host
        : null;
    }
    if (/^[,;:()]$/.test(token.text) || view.lex.boundaries.has(token.key)) return null;
    if (k < 3) continue;
    if (token.key !== "by") continue;
    const participle = view.tokens[k - 1];
    if (!/^\p{Ll}+(?:ed|en)$/u.test(participle?.text ?? "") || tokenAt(view.tokens, k - 2)?.text !== ",") return null;
    const host = chunkAt(view.covering, k - 3);
    return host && host.end === k - 2 && host !== chunk && host.ref === null && !host.modifier &&
        inSubjectPosition(view, host)
      ? host
      : null;
  }
  return null;
}

/**
 * The name before the comma that opens a participle aside whose participle governs `object` ("X, firing at Y", "X,
 * targeting Y"; a preposition, an article and an adverb may stand between), where that name stands in subject
 * position; else null.
 */
function participleObjectHost(view: SentenceView, object: Chunk): Chunk | null {
  for (let k = object.start - 1; k > 1 && object.start - k <= 4; k--) {
    const token = view.tokens[k];
    if (/^\p{Ll}+ing$/u.test(token.text) && tokenAt(view.tokens, k - 1)?.text === ",") {
      const host = chunkAt(view.covering, k - 2);
      return host && host.end === k - 1 && host !== object && host.ref === null && !host.modifier &&
          inSubjectPosition(view, host)
        ? host
        : null;
    }
    if (!/^\p{Ll}+$/u.test(token.text) || chunkAt(view.covering, k)) return null;
  }
  return null;
}

/** How far back a relative clause's opening comma may stand from its closing one (tokens): bounded, so linear. */
const RELATIVE_ASIDE_REACH = 30;

/**
 * The name right before the relative clause that the comma at `end` closes (`relativeAsideOpen`: "Turkey, which regards
 * the YPG as ...,"); null where no such clause, or no name right before its opening comma.
 */
function relativeAsideName(view: SentenceView, end: number): Chunk | null {
  const open = relativeAsideOpen(view, end);
  const named = open < 0 ? undefined : chunkAt(view.covering, open - 1);
  return named?.end === open ? named : null;
}

/** How far back an indefinite apposition's opening comma may stand from its closing one (tokens). */
const APPOSITION_REACH = 12;

/**
 * Where the comma opening an indefinite apposition that the comma at `end` closes stands (", a stronghold of X,", ", an
 * ISIS bastion,"): the nearest comma before `end`, where "a" or "an" follows it; -1 where a clause boundary or a
 * bracket comes first, or the nearest comma opens something else.
 */
function indefiniteAppositionOpen(view: SentenceView, end: number): number {
  for (let k = end - 2; k > 0 && end - k <= APPOSITION_REACH; k--) {
    const token = view.tokens[k];
    if (/^[.;:()]$/.test(token.text) || view.lex.boundaries.has(token.key)) return -1;
    if (token.text === ",") return /^(?:a|an)$/.test(tokenAt(view.tokens, k + 1)?.key ?? "") ? k : -1;
  }
  return -1;
}

/**
 * Where the comma opening a relative clause that the comma at `end` closes stands (", which regards the YPG as ...,",
 * ", who ...,"): the nearest comma before `end` followed by "which", "who" or "whose"; -1 where a clause boundary other
 * than a comma, or no such comma, comes first.
 */
function relativeAsideOpen(view: SentenceView, end: number): number {
  for (let k = end - 2; k > 0 && end - k <= RELATIVE_ASIDE_REACH; k--) {
    const token = view.tokens[k];
    if (/^[.;:()]$/.test(token.text)) return -1;
    if (token.text !== ",") continue;
    if (!/^(?:which|who|whose)$/.test(tokenAt(view.tokens, k + 1)?.key ?? "")) continue;
    // ("X, which was, with Turkish backing, formed ...": a comma right after the relative's auxiliaries opens an aside
    // inside the clause, whose verb comes after the aside.)
    let j = k + 2;
    while (AUXILIARIES.has(tokenAt(view.tokens, j)?.key ?? "")) j++;
    if (j > k + 2 && tokenAt(view.tokens, j)?.text === ",") return -1;
    return k;
  }
  return -1;
}

/**
 * Where the comma opening a time phrase that the comma at `end` closes stands (", until 2014,", ", in March 2015,"): a
 * time phrase (`timePhraseEnd`, or one opened by "until" or "till") filling the words between the two commas; else -1.
 */
function timeAsideStart(view: SentenceView, end: number): number {
  for (let k = end - 2; k >= 0 && k >= end - 7; k--) {
    if (view.tokens[k].text !== ",") continue;
    const from = k + 1;
    const until = /^(?:until|till)$/.test(view.tokens[from].key);
    return (until ? timeWordsEnd(view, from) : timePhraseEnd(view, from)) === end ? k : -1;
  }
  return -1;
}

/**
 * Whether the comma at `i` stands between coordinate adjectives right after an article ("a large, moderate alliance"):
 * a plain lower-case word after the article before it, another after it; no clause comma. Issue 10, round 21.
 */
export function coordinateComma(view: SentenceView, i: number): boolean {
  const plain = (k: number) =>
    LOWER_HYPHENED_WORD.test(tokenAt(view.tokens, k)?.text ?? "") && !chunkAt(view.covering, k) && !verbish(view, k) &&
    !view.lex.boundaries.has(view.tokens[k].key) && !view.lex.listJoiners.longest(view.tokens, k);
  return tokenAt(view.tokens, i)?.text === "," && plain(i - 1) && plain(i + 1) &&
    ARTICLE.test(tokenAt(view.tokens, i - 2)?.key ?? "");
}

/**
 * Whether the comma at `i` opens a second predicate of the clause's subject ending at the verb at `at` (", and
 * expelled", ", and later expelled": `predicateAfterAnd`). Not past an auxiliary: "stated that Iran had sent A to
 * preserve X, and had also sent B" leaves the subject search among the names of the first predicate.
 */
function predicateComma(view: SentenceView, i: number, at: number): boolean {
  return tokenAt(view.tokens, i + 1)?.key === "and" && predicateAfterAnd(view, at) === i + 1 &&
    !view.tokens.slice(i + 2, at).some((t) => BE_HAVE.test(t.key));
}

const BE_HAVE = /^(?:is|are|was|were|be|been|being|has|have|had)$/;

/**
 * Where the "and" stands that joins the verb at `at` to a clause before it as a second predicate of that clause's
 * subject ("... and expelled Y", "... and has also fought Y", "... and is part of Y"): up to three auxiliaries and
 * adverbs (lexicon `interposedAdverbs`, or "-ly") between; -1 where none does, or where the word at `at` is a noun
 * opening a clause of its own, its verb after it (", and clashes were nearing"). Round 70.
 */
export function predicateAfterAnd(view: SentenceView, at: number): number {
  if (!verbish(view, at) || verbish(view, at + 1)) return -1;
  const k = pastInterposed(view, at);
  return tokenAt(view.tokens, k)?.key === "and" ? k : -1;
}

/**
 * Back from the verb at `at`, past up to three auxiliaries and adverbs (lexicon `interposedAdverbs`, or "-ly"): the
 * position of the word before them (`at - 1` where none stands).
 */
export function pastInterposed(view: SentenceView, at: number): number {
  let k = at - 1;
  while (k > at - 4 && (interposedWord(view, tokenAt(view.tokens, k)?.key ?? "") || perfectSince(view, k))) k--;
  return k;
}

/** Whether the word at `k` is "since" right after a perfect's auxiliary ("has since captured"): an adverb there. */
export function perfectSince(view: SentenceView, k: number): boolean {
  return tokenAt(view.tokens, k)?.key === "since" && /^(?:has|have|had)$/.test(tokenAt(view.tokens, k - 1)?.key ?? "");
}

function interposedWord(view: SentenceView, key: string): boolean {
  return AUXILIARIES.has(key) || view.lex.interposedAdverbs.has(key) || LY_ADVERB.test(key);
}

/** How far back a bracketed aside may open (tokens): bounded, so the scan stays linear. */
const BRACKET_ASIDE_REACH = 25;

/**
 * Where the bracketed aside that `i` closes or opens begins, when a name ends right before its "(": a ")" right before
 * the verb at `at` (auxiliaries and adverbs aside) whose "(" stands within `BRACKET_ASIDE_REACH` tokens with no other
 * bracket between, or the "(" the verb itself opens ("X (made up of A and B)"). -1 otherwise.
 */
function asideBracketOpen(view: SentenceView, i: number, at: number): number {
  const tokens = view.tokens;
  let open = -1;
  if (tokens[i].text === "(" && auxiliariesOnly(view, i + 1, at)) open = i;
  else if (tokens[i].text === ")" && auxiliariesOnly(view, i + 1, at)) {
    for (let k = i - 1; k >= 0 && i - k <= BRACKET_ASIDE_REACH; k--) {
      if (tokens[k].text === ")") return -1;
      if (tokens[k].text === "(") {
        open = k;
        break;
      }
    }
  }
  if (open <= 0 || chunkAt(view.covering, open - 1)?.end !== open) return -1;
  // ("the al-Nusra Front (Jabhat Fateh al-Sham (JFS)) launched": a bracket of names only is another name of the
  // party, read where it stands, not an aside.)
  if (open === i) return open;
  for (let k = open + 1; k < i; k++) {
    if (!chunkAt(view.covering, k) && tokens[k].text !== "(" && tokens[k].text !== ")") return open;
  }
  return -1;
}

/** The last name of a list chunk, as a chunk of its own. */
export function lastItem(view: SentenceView, chunk: Chunk): Chunk {
  const head = chunk.heads.at(-1)!;
  const token = view.tokens[head];
  const group = token.party !== undefined ? view.template.units[token.party].groupId : chunk.groups.at(-1)!;
  return tokenChunk(head, [group]);
}

/**
 * "A and B the latter of which is ...", "A and B, the former of whom ...": the item of the list before the phrase
 * that "the latter" (the last) or "the former" (the first) picks, as a chunk of its own; null when no list stands
 * right before it. `at` is the relative pronoun.
 */
function pickedItem(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  if (tokenAt(tokens, at - 1)?.key !== "of" || tokenAt(tokens, at - 3)?.key !== "the") return null;
  const which = tokenAt(tokens, at - 2)?.key;
  if (which !== "latter" && which !== "former") return null;
  let j = at - 4;
  if (tokenAt(tokens, j)?.text === ",") j--;
  const list = chunkAt(view.covering, j);
  if (!list || list.end !== j + 1 || list.ref !== null || list.heads.length < 2) return null;
  const head = which === "latter" ? list.heads.at(-1)! : list.heads[0];
  const party = tokens[head].party;
  return party === undefined ? null : tokenChunk(head, [view.template.units[party].groupId]);
}

/**
 * "A and B, both of which are designated terrorist groups by Y", "A and B (all of whom joined C)": the whole list
 * before the quantified relative, as its antecedent; null when no list of names stands right before it (a comma or an
 * opening bracket may come between). `at` is the relative pronoun. Issue 10, round 56.
 */
function quantifiedList(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  if (tokenAt(tokens, at - 1)?.key !== "of" || !view.lex.listQuantifiers.has(tokenAt(tokens, at - 2)?.key ?? "")) {
    return null;
  }
  let j = at - 3;
  if (tokenAt(tokens, j)?.text === "," || tokenAt(tokens, j)?.text === "(") j--;
  const list = chunkAt(view.covering, j);
  if (!list || list.end !== j + 1 || list.ref !== null || list.modifier || list.groups.length < 2) return null;
  return list;
}

/** Whether a possessive chunk owns people of the group ("ISIL's commander", "ISIL's top two leaders"): `targetPeople`. */
function possessedPeople(view: SentenceView, chunk: Chunk): boolean {
  if (tokenAt(view.tokens, chunk.end)?.key !== "'s") return false;
  let k = chunk.end + 1;
  while (
    k < chunk.end + 3 && LOWER_WORD.test(tokenAt(view.tokens, k)?.text ?? "") &&
    !view.lex.targetPeople.has(view.tokens[k].key)
  ) k++;
  return view.lex.targetPeople.has(tokenAt(view.tokens, k)?.key ?? "");
}

/**
 * "known as X", "calling itself X": a naming link (lexicon `namingLinks`) at `at` and the name after it. The named
 * chunk, or null.
 */
function namedByLink(view: SentenceView, at: number): Chunk | null {
  const naming = view.lex.namingLinks.longest(view.tokens, at);
  if (!naming) return null;
  let named = at + naming.length;
  while (DETERMINERS.has(tokenAt(view.tokens, named)?.key ?? "")) named++;
  const chunk = chunkAt(view.covering, named);
  return chunk && chunk.start === named && !chunk.modifier ? chunk : null;
}

/** Whether a chunk is a modifier only because people of the group follow it ("ISIL leaders"). */
function targetPeopleAfter(view: SentenceView, chunk: Chunk): boolean {
  return !chunk.owner && view.lex.targetPeople.has(tokenAt(view.tokens, chunk.end)?.key ?? "");
}

/** People on a party's side ("pro-regime gunmen", "pro-government militiamen"): the side they fight for is hit. */
const SIDE_PEOPLE = new Set(["gunmen", "militiamen", "fighters", "militia", "militias", "forces", "loyalists"]);

/** Whether `chunk` is the X of "pro-X" before a noun of people on its side ("killing 30 pro-regime gunmen"). */
function proSidePeople(view: SentenceView, chunk: Chunk): boolean {
  const tokens = view.tokens;
  const prefixed = tokens[chunk.start]?.glued && tokenAt(tokens, chunk.start - 1)?.text === "-" &&
    tokenAt(tokens, chunk.start - 2)?.key === "pro";
  // (The chunk may hold the noun already: "pro-⟦regime⟧ gunmen".)
  const noun = chunk.end > chunk.heads[0] + 1 ? tokens[chunk.end - 1] : tokens[chunk.end];
  return prefixed && chunk.groups.length === 1 && SIDE_PEOPLE.has(noun?.key ?? "");
}

/**
 * Whether the verb at `at` is a perfect gerund after "for" ("screened men for having fought for ISIS"): the reason of
 * what the noun before "for" undergoes, whose subject is that noun, no party of the clause. Round 93.
 */
export function reasonGerund(view: SentenceView, at: number): boolean {
  return tokenAt(view.tokens, at - 1)?.key === "having" && tokenAt(view.tokens, at - 2)?.key === "for";
}

/**
 * The party a frame finds after token `at`: the first chunk within a few tokens, across determiners, numbers and
 * adjectives ("killed 35 members of X"); stops at a boundary, a comma, a preposition, "and", or a verb.
 * `pastUnnamedItem`: a list whose first item is no name leads on to the name after "and".
 */
export function objectAfter(
  view: SentenceView,
  at: number,
  window = 6,
  hostile = false,
  pastUnnamedItem = true,
): Chunk | null {
  // Words that introduce examples (", most notably", "such as") do not count against the window.
  let skipped = 0;
  // ("attacked at dawn the headquarters of X": a time phrase right after a hostile verb.)
  const timed = hostile ? verbTimeEnd(view, at) : at;
  if (timed > at) {
    skipped = timed - at;
    at = timed;
  }
  // ("took full control of the base of the regime's 38th Brigade": the object is read past the control taken, lexicon
  // `controlLinks`, the verb's own phrase; issue 10, round 87.)
  if (hostile) at += view.lex.controlLinks.longest(view.tokens, at)?.length ?? 0;
  for (let i = at; i < view.tokens.length && i - at - skipped < window + 2; i++) {
    // Past the window only a naming link may still lead to the party ("a joint military operations room known as").
    if (i - at - skipped >= window && !view.lex.namingLinks.longest(view.tokens, i)) return null;
    // ("attacked Tabqa, an ISIL stronghold": the place's apposition names its holder; round 69.)
    if (hostile && i === at) {
      // (A place's holder: also for the frames that take only such objects, "entered Tal Rifaat, a stronghold of X";
      // round 84.)
      const held = appositionHeldPlace(view, i);
      if (held) return { ...held, heldPlace: true };
    }
    const chunk = chunkAt(view.covering, i);
    // "targeted ISILs concentration centers": a possessor of things that are no role is the party itself.
    if (chunk?.owner && possessesThings(view, chunk)) return chunk;
    // ("killed ISIL's top commander": after a hostile trigger the people a name possesses, lexicon `targetPeople`,
    // stand for it, as "a senior ISIL commander" does; round 68.)
    if (hostile && chunk?.owner && possessedPeople(view, chunk)) return chunk;
    if (chunk?.owner) {
      // "includes Al Qaeda's Syria affiliate Al Nusra Front": past the owner to the party its noun describes.
      // ("including Al-Qaeda affiliate Al-Nusra Front": past the role noun too, which may read as a verb form.)
      i = chunk.end - 1;
      // ("dominated by the PKK terrorist groups Syrian wing the PYD": past the owner's own descriptor, which with the
      // owner and its role noun does not count against the window.)
      for (let k = chunk.end; k < chunk.end + 5 && !chunkAt(view.covering, k); k++) {
        const role = view.lex.roleNouns.longest(view.tokens, k);
        if (role) {
          skipped += k + role.length - chunk.start;
          i = k + role.length - 1;
          break;
        }
      }
      continue;
    }
    // "killed several ISIL leaders": after a hostile trigger a group's people stand for the group (lexicon
    // `targetPeople`); elsewhere a name before "leaders" is a modifier.
    // "attacked Iran-backed Hezbollah": a name in a compound qualifies the name after it, which is the object.
    // (The name may be a qualifier token: "Iran" in "Iran-backed".)
    const compoundEnd = chunk?.modifier ? chunk.end : view.tokens[i].qualifier !== undefined ? i + 1 : -1;
    if (
      compoundEnd > 0 && tokenAt(view.tokens, compoundEnd)?.text === "-" && tokenAt(view.tokens, compoundEnd + 1)?.glued
    ) {
      const next = pastAdjectives(view, compoundEnd + 2);
      const named = chunkAt(view.covering, next);
      if (named && named.start === next && !named.modifier) return named;
      // ("attacked the Turkish-backed group Sultan Murad Division": past the kind noun to the name it stands before;
      // "alongside the Iran-backed Afghan Shia militia X": past adjectives before the kind noun too, round 77.)
      const kind = namedAfterKindNoun(view, next) ?? namedAfterKindNoun(view, adjectivesEnd(view, compoundEnd + 2));
      if (kind) return kind;
    }
    // ("fought the armed group calling itself the Islamic State": a noun reference the name it goes by follows
    // stands for that name; round 83.)
    // (So does a party noun's chunk that holds its owner after "of": "a specific faction of al-Nusra called the Khorasan
    // Group", where the name needs no naming link; round 87.)
    const ownedNoun = chunk !== undefined && chunk.ref === null && view.tokens[chunk.start].party === undefined &&
      ownerAfterOf(view, chunk.heads[0] ?? chunk.start);
    const renamed = chunk && (chunk.ref !== null || ownedNoun) ? namedByLink(view, chunk.end) : null;
    if (renamed) return renamed;
    if (chunk) {
      if (chunk.modifier) {
        // ("attacked the pro-Syrian government group National Defence Forces": the name after the kind noun the
        // modifier qualifies; round 69.)
        // (The chunk may hold the kind noun itself: "pro-Syrian government group" before the name.)
        const kind = qualifiedName(view, chunk.start);
        if (kind) return kind;
      }
      return !chunk.modifier || (hostile && (targetPeopleAfter(view, chunk) || proSidePeople(view, chunk)))
        ? chunk
        : null;
    }
    const token = view.tokens[i];
    if (token.qualifier !== undefined) continue;
    // Wire copy (wire-objects.ts): "killed 28 and wounded 30 X militants"; "killed civilians in a village held by X".
    const counted = hostile ? secondCountedVerb(view, i) : -1;
    if (counted > 0) {
      i = counted;
      continue;
    }
    const placed = hostile ? heldPlaceTarget(view, i) : null;
    if (placed) return placed;
    // "killed 20 people including 12 members of X"; "against what are said to be X targets"
    // "in a joint military operations room known as X": the name the noun goes by, whatever the noun's length.
    if (i > at && view.lex.namingLinks.longest(view.tokens, i)) return namedByLink(view, i);
    const example = view.lex.listExamples.longest(view.tokens, i) ?? view.lex.hedgedObjects.longest(view.tokens, i);
    if (example) {
      i += example.length - 1;
      skipped += example.length;
      continue;
    }
    // "fighters from groups including X": a party noun's link leads on to the party.
    const link = i > at &&
        (view.lex.partyNouns.longest(view.tokens, i - 1) ||
          (hostile && view.lex.targetPeople.has(view.tokens[i - 1].key)))
      ? view.lex.partyLinks.longest(view.tokens, i)
      : null;
    if (link) {
      i += link.length - 1;
      // ("three officers of the Western and Arab-backed rebel X": the party past its adjectives.)
      let next = i + 1;
      while (DETERMINERS.has(tokenAt(view.tokens, next)?.key ?? "")) next++;
      const named = pastAdjectives(view, next);
      if (named > next && !chunkAt(view.covering, named)!.modifier) return chunkAt(view.covering, named)!;
      // ("a camp of the pro-Syrian government group National Defence Forces": past a qualifier and its kind noun.)
      const described = qualifiedName(view, next);
      if (described) return described;
      continue;
    }
    // "killed at least 100 ISIS terrorists", "more than 20 members of X": a preposition inside a count.
    const count = tokenAt(view.tokens, i + 1)?.key === "least" || tokenAt(view.tokens, i + 1)?.key === "most"
      ? i + 2
      : i + 1;
    if (view.lex.prepositions.has(token.key) && DIGIT_FIRST.test(tokenAt(view.tokens, count)?.text ?? "")) {
      // ("killed between 50 and 60 Syrian Army soldiers": a range's two bounds are one count; round 69.)
      const range = token.key === "between" && tokenAt(view.tokens, count + 1)?.key === "and" &&
        DIGIT_FIRST.test(tokenAt(view.tokens, count + 2)?.text ?? "");
      i = range ? count + 2 : count - 1;
      if (range) skipped += 3;
      continue;
    }
    // "attacked by Syrian rebel factions, most notably the Nusra Front": a comma before a list example leads on.
    // (Only after a party noun: "groups in Syria, including X" names no party of "in".)
    // ("killed about 60 persons, including 23 members of X": counted people too, lexicon `countedPeople`, round 80.)
    const people = hostile && view.lex.countedPeople.has(tokenAt(view.tokens, i - 1)?.key ?? "");
    if (
      // (Or a dash: "five of the larger southern brigades — among them A and B"; round 87.)
      /^[,\-–—]$/.test(token.text) && i > at && (view.lex.partyNouns.endingAt(view.tokens, i, 2) || people) &&
      view.lex.listExamples.longest(view.tokens, i + 1)
    ) {
      skipped++;
      continue;
    }
    // ("fought rebel groups, the Islamic Front among them,": examples closed by "among them" (chunks.ts); round 92.)
    if (token.text === "," && i > at && (view.lex.partyNouns.endingAt(view.tokens, i, 2) || people)) {
      let k = i + 1;
      while (ARTICLE.test(tokenAt(view.tokens, k)?.key ?? "")) k++;
      const named = chunkAt(view.covering, k);
      if (named && named.start === k && named.ref === null && closedByAmongThem(view.tokens, named)) return named;
    }
    // "between the Syrian opposition (including X and Y) against Z": examples in brackets name the noun before them
    // (issue 10, round 18).
    if (token.text === "(" && i > at && view.lex.listExamples.longest(view.tokens, i + 1)) {
      skipped++;
      continue;
    }
    // "captured all of the remaining ISIL-held towns": "of" after a quantity heads no phrase of its own.
    if (token.key === "of" && view.lex.quantityNouns.has(tokenAt(view.tokens, i - 1)?.key ?? "")) continue;
    // ("merged seven of the largest Islamist factions — among them A and B": a count and its "of" stand for the set
    // the examples name and do not count against the window; issue 10, round 87.)
    if (token.key === "of" && i > at && countWord(view, i - 1)) {
      skipped += 2;
      continue;
    }
    // "captured a pocket of ISIL territory", "shelled the headquarters of X": after a hostile verb, the owner of what
    // it hit is its target.
    if (hostile && token.key === "of" && i > at) {
      let next = i + 1;
      while (DETERMINERS.has(tokenAt(view.tokens, next)?.key ?? "")) next++;
      // ("executed three officers of the Western and Arab-backed rebel X": past up to four adjectives.)
      next = pastAdjectives(view, next);
      const owner = chunkAt(view.covering, next);
      if (owner && owner.start === next && owner.ref === null && (!owner.modifier || possessesThings(view, owner))) {
        return owner;
      }
    }
    // ("killed six people near the airport, including two members of X": a place phrase between the people and their
    // examples; round 75.) ("fighting several rebel groups operating in the country including X": a participle and its
    // place phrase describing a party noun's plural; round 80.)
    const described = i > at && PARTICIPLE.test(token.text) &&
      view.lex.partyNouns.endingAt(view.tokens, i, 2) !== null && view.tokens[i - 1].key.endsWith("s");
    const examples = i > at && (PLACE_PREPOSITIONS.has(token.key) || described) ? examplesPastPlace(view, i + 1) : -1;
    // ("hit vehicles equipped with machineguns belonging to X": a participle phrase describing owned things stands
    // between them and their owner's link; round 80.)
    const owned = described && examples < 0 ? linkPastDescription(view, i + 1) : -1;
    if (owned > 0) {
      skipped += owned - i - 1;
      i = owned - 1;
      continue;
    }
    if (examples > 0) {
      skipped += examples - i;
      i = examples - 1;
      continue;
    }
    // ("joined a new alliance, the Levant Front", "became part of a bigger group, the National Front for Liberation": an
    // indefinite description ending in a party noun or a coalition's (lexicon `references.kindHeads`), then the name it
    // describes after its comma, no verb after the name; issue 10, round 92.)
    if (
      token.text === "," && i > at && INDEFINITE_ARTICLE.test(tokenAt(view.tokens, at)?.key ?? "") &&
      (view.lex.partyNouns.endingAt(view.tokens, i, 2) || view.lex.kindNouns.has(view.tokens[i - 1].key))
    ) {
      const next = tokenAt(view.tokens, i + 1)?.key === "the" ? i + 2 : i + 1;
      const named = chunkAt(view.covering, next);
      const after = tokenAt(view.tokens, named?.end ?? 0)?.key ?? "";
      if (
        named && named.start === next && named.ref === null && !named.modifier && !verbish(view, named.end) &&
        !(LETTER_FIRST.test(after) && view.lex.boundaries.has(after))
      ) {
        return named;
      }
    }
    if (token.text === "," || view.lex.boundaries.has(token.key) || view.lex.prepositions.has(token.key)) return null;
    // ("an assault on the town might involve X": a modal opens a predicate, lexicon `modals`, round 30.)
    if (i > at && view.lex.modals.has(token.key)) return null;
    // "by Syrian and Russian warplanes": an adjective of nationality joined to the name's own.
    const adjective = i > at && /^\p{Lu}\p{Ll}+n$/u.test(view.tokens[i - 1].text) && !chunkAt(view.covering, i - 1);
    if (token.key === "and" && adjective && chunkAt(view.covering, i + 1)) continue;
    // ("includes Arab and Christian units such as X": two capitalised adjectives joined before the noun; round 97.)
    if (token.key === "and" && i > at && coordinatedAdjectives(view, i)) continue;
    // "battle the Assad regime and the Islamic State": a target list whose first item is no name. A name after "and"
    // that a verb follows opens a clause of its own ("killed civilians and ISIS claimed ...").
    // (Not for a role noun's owner: "a supporter of Syrian opposition forces and Iran" owns no Iran.)
    if (token.key === "and" && i > at && pastUnnamedItem) {
      let next = i + 1;
      while (DETERMINERS.has(tokenAt(view.tokens, next)?.key ?? "")) next++;
      // ("captured Darat Izza and other towns held by X": "other" before places a party holds; round 88.)
      const other = tokenAt(view.tokens, next)?.key === "other";
      if (other) next++;
      const chunk = chunkAt(view.covering, next);
      if (
        chunk && chunk.start === next && !chunk.modifier && !verbish(view, chunk.end) && (!other || chunk.heldPlace)
      ) return chunk;
    }
    // "fighters from the Peoples Protection Units (YPG)": a name given in brackets after words the gazetteer lacks.
    if (
      token.text === "(" && chunkAt(view.covering, i + 1) &&
      tokenAt(view.tokens, chunkAt(view.covering, i + 1)!.end)?.text === ")"
    ) {
      return chunkAt(view.covering, i + 1)!.modifier ? null : chunkAt(view.covering, i + 1)!;
    }
    if (token.key === "and" || token.key === "or" || token.text === "(" || token.text === ")") return null;
    // "between the previously allied X and Y": a participle after an article (and an adverb) is an adjective.
    const adjectival = DETERMINERS.has(tokenAt(view.tokens, i - 1)?.key ?? "") ||
      (tokenAt(view.tokens, i - 1)?.key.endsWith("ly") && DETERMINERS.has(tokenAt(view.tokens, i - 2)?.key ?? ""));
    // ("against all sides including X": a plural right before a list's examples is the noun they name.)
    const examplesNoun = token.key.endsWith("s") && view.lex.listExamples.longest(view.tokens, i + 1) !== null;
    // ("came to include older armed factions, among them X": a participle right before a party noun is its adjective;
    // round 97.)
    const nounAdjective = token.key.endsWith("ed") && view.lex.partyNouns.longest(view.tokens, i + 1) !== null;
    if (
      i > at && view.lex.verbs.has(token.key) && !(adjectival && chunkAt(view.covering, i + 1)) && !examplesNoun &&
      !nounAdjective
    ) {
      return null;
    }
  }
  return null;
}

/**
 * Whether the "and" at `at` joins two capitalised words that name no party, the second before a lower-case word
 * ("Arab and Christian units", "Syrian and Iraqi militias"): adjectives of one noun, not two items.
 */
function coordinatedAdjectives(view: SentenceView, at: number): boolean {
  const [before, after, noun] = [view.tokens[at - 1], view.tokens[at + 1], view.tokens[at + 2]];
  return before !== undefined && after !== undefined && noun !== undefined && CAPITALISED.test(before.text) &&
    CAPITALISED.test(after.text) && !chunkAt(view.covering, at - 1) && !chunkAt(view.covering, at + 1) &&
    LOWER_FIRST.test(noun.text);
}

/** A lower-case -ing or -ed form (written as a module constant: a literal in a loop is a new object each time). */
const PARTICIPLE = /^\p{Ll}+(?:ing|ed)$/u;

/** Prepositions opening a place phrase that may stand between counted people and their examples. */
const PLACE_PREPOSITIONS = new Set(["in", "near", "at", "around", "outside"]);

/**
 * The index after a party link (lexicon `partyLinks`: "belonging to", "of") that ends a short description from `at` (up
 * to four plain lower-case words: "with machineguns", "with ammunition"), or -1.
 */
function linkPastDescription(view: SentenceView, at: number): number {
  for (let k = at; k < at + 5 && k < view.tokens.length; k++) {
    const link = k > at ? view.lex.partyLinks.longest(view.tokens, k) : null;
    if (link) return k + link.length;
    const token = view.tokens[k];
    if (chunkAt(view.covering, k) || !LOWER_HYPHENED_WORD.test(token.text) || verbish(view, k)) return -1;
    if (view.lex.boundaries.has(token.key)) return -1;
  }
  return -1;
}

/**
 * Where the examples word ("including", lexicon `listExamples`) stands after a short place phrase from `at` (up to five
 * words: no name, verb or boundary; a comma before the examples allowed), or -1.
 */
function examplesPastPlace(view: SentenceView, at: number): number {
  for (let k = at; k < at + 6 && k < view.tokens.length; k++) {
    const from = view.tokens[k].text === "," ? k + 1 : k;
    if (k > at && view.lex.listExamples.longest(view.tokens, from)) return from;
    const token = view.tokens[k];
    if (chunkAt(view.covering, k) || token.text === "," || verbish(view, k) || view.lex.boundaries.has(token.key)) {
      return -1;
    }
  }
  return -1;
}

/**
 * From `at`, past up to four words that modify a name after them: lower-case adjectives ("rebel"), hyphenated
 * compounds ("Western-backed"), nationality adjectives ("Western", "Syrian") and "and" between them. The position of
 * the name they modify, else `at`.
 */
/**
 * The name a qualifier at `at` stands before with its kind noun ("pro-Syrian government group X", "Turkish-backed
 * group X"): the qualifier's chunk, its "pro-" first, then `namedAfterKindNoun`; or the name after the kind noun the
 * qualifier's chunk holds. Null elsewhere.
 */
function qualifiedName(view: SentenceView, at: number): Chunk | null {
  let i = at;
  if (tokenAt(view.tokens, i)?.key === "pro" && tokenAt(view.tokens, i + 1)?.text === "-") i += 2;
  const chunk = chunkAt(view.covering, i);
  if (!chunk || chunk.start !== i || !chunk.modifier) return null;
  const held = view.lex.partyNouns.endingAt(view.tokens, chunk.end, 1) ? chunkAt(view.covering, chunk.end) : undefined;
  return namedAfterKindNoun(view, chunk.end) ??
    (held && held.start === chunk.end && !held.modifier && held.ref === null ? held : null);
}

/**
 * The name right after a party noun or a kind noun at `at` ("group National Defence Forces", "militia Kataib
 * Hezbollah"; lexicon `partyNouns`, `references.kindHeads`), which the noun describes in apposition, or null: no
 * determiner, comma or other word between.
 */
function namedAfterKindNoun(view: SentenceView, at: number): Chunk | null {
  const length = view.lex.partyNouns.longest(view.tokens, at)?.length ??
    (view.lex.kindNouns.has(tokenAt(view.tokens, at)?.key ?? "") ? 1 : 0);
  if (length === 0) return null;
  const named = chunkAt(view.covering, at + length);
  return named && named.start === at + length && !named.modifier && named.ref === null ? named : null;
}

export function pastAdjectives(view: SentenceView, at: number): number {
  const i = adjectivesEnd(view, at);
  const chunk = chunkAt(view.covering, i);
  return i > at && chunk && chunk.start === i ? i : at;
}

/**
 * Past up to four adjectives from `at` (a demonym, a word of lexicon `itemAdjectives` ("Shia"), a hyphenated or plain
 * lower-case word that is no verb, preposition or party noun, "and" between them), wherever they lead.
 */
export function adjectivesEnd(view: SentenceView, at: number): number {
  let i = at;
  while (i < at + 4 && i < view.tokens.length && !chunkAt(view.covering, i)) {
    const token = view.tokens[i];
    if (token.party !== undefined || token.qualifier !== undefined) break;
    const adjective = /^\p{Lu}\p{Ll}+(?:an|ern|ish|i|ese)$/u.test(token.text) || /^\p{L}+-\p{Ll}+$/u.test(token.text) ||
      (/^\p{Lu}\p{Ll}+$/u.test(token.text) && view.lex.itemAdjectives.longest(view.tokens, i) !== null) ||
      (LOWER_WORD.test(token.text) && !view.lex.prepositions.has(token.key) && !view.lex.boundaries.has(token.key) &&
        !verbish(view, i) && !view.lex.partyNouns.longest(view.tokens, i) && !view.lex.modals.has(token.key));
    if (!adjective && !(token.key === "and" && i > at)) break;
    i++;
  }
  return i;
}

/** "X's concentration centers", "X's attack": after "'s", up to three plain words or act nouns and no role noun, name
 * or verb. */
function possessesThings(view: SentenceView, chunk: Chunk): boolean {
  if (tokenAt(view.tokens, chunk.end)?.key !== "'s") return false;
  let i = chunk.end + 1;
  for (; i < view.tokens.length && i - chunk.end <= 3; i++) {
    const token = view.tokens[i];
    if (view.lex.roleNouns.longest(view.tokens, i) || view.lex.nonPartyHeads.has(token.key)) return false;
    // ("repelled the Nusra Front's attack", "backed the SDF's offensive": an act noun is one of its things, round 19.)
    const act = LOWER_FIRST.test(token.text)
      ? view.lex.triggers.at(view.tokens, i).find((p) => p.value.trigger.pos === "noun")
      : undefined;
    if (act) {
      i += act.length - 1;
      continue;
    }
    // ("ISIL's Iraqi-Syrian border pocket": a hyphenated adjective is a plain word too, round 67.)
    // ("the base of the regime's 38th Air Defence Brigade": an ordinal is a plain word of the thing's name; round 87.)
    if (
      token.party !== undefined || token.qualifier !== undefined ||
      !(/^\p{L}+(?:-\p{L}+)*$/u.test(token.text) || ORDINAL.test(token.text))
    ) break;
    if (view.lex.prepositions.has(token.key) || view.lex.boundaries.has(token.key) || verbish(view, i)) break;
  }
  return i > chunk.end + 1;
}

/**
 * The subject of a sentence, what a reference in it or in the next sentence stands for: the first chunk in
 * subject position followed within four tokens by a verb, before any clause boundary. Null when there is none or
 * when a second such chunk of other groups competes with it.
 */
/** A lower-case word right after a name that is no preposition, article, joiner or party noun: its verb ("sent"). */
function finiteAfterSubject(view: SentenceView, i: number): boolean {
  const token = view.tokens[i];
  if (!token || !LOWER_WORD.test(token.text) || chunkAt(view.covering, i)) return false;
  const lex = view.lex;
  if (lex.prepositions.has(token.key) || lex.boundaries.has(token.key) || DETERMINERS.has(token.key)) return false;
  return !lex.listJoiners.longest(view.tokens, i) && !lex.partyNouns.longest(view.tokens, i) && token.key !== "or";
}

export function sentenceSubject(view: SentenceView, before = Infinity): Chunk | null {
  // "X said it had reduced its operation ... as Y was conducting ...": only subjects before the reference compete.
  let found = subjects.get(view);
  if (!found) {
    found = subjectCandidates(view);
    subjects.set(view, found);
  }
  const { whole, said, inner } = found;
  // ("X said it was attacked by Y": a speaker is the subject a reference asks for only where the reference opens what
  // is said, or, asked with no reference, where what is said has no subject of its own; "Nicholson said US operations
  // had killed the group's leaders" has one, which is asked instead, as before speech verbs counted. Round 89.)
  const saidOwn = inner !== null && (before === Infinity ? inner.first !== null : before > said);
  const { first, competitor, mainCompetitor } = saidOwn ? inner : whole;
  // (A reference after the sentence asks for the main clause's subject: a subordinate clause's does not compete.)
  if (before === Infinity) return mainCompetitor ? null : first;
  if (!first || first.end > before) return null;
  return competitor && competitor.end <= before ? null : first;
}

/** A sentence's subject among some of its candidates, and the first later candidate of other groups (which competes). */
type SubjectPick = { first: Chunk | null; competitor: Chunk | null; mainCompetitor: Chunk | null };

/**
 * The subject among all chunks in subject position with their verb (`whole`); `said`: where what the first says opens,
 * when its verb is one of saying no other test reads as a verb ("said", "told"), else -1; `inner`: the subject among
 * the candidates from there on (null when `said` is -1).
 */
type SubjectCandidates = { whole: SubjectPick; said: number; inner: SubjectPick | null };
const subjects = new WeakMap<SentenceView, SubjectCandidates>();

/**
 * Adds a candidate to a pick: its first, else the first of other groups that is no relative clause's subject
 * (`competitor`), and the first that is no subordinate clause's either (`mainCompetitor`, round 96: "X was formed when Y
 * merged with smaller factions. It then ..." keeps X the subject a later sentence's reference asks for).
 */
function pickSubject(view: SentenceView, pick: SubjectPick, chunk: Chunk): void {
  if (!pick.first) pick.first = chunk;
  else if (chunk.groups.some((g) => !pick.first!.groups.includes(g)) && !relativeClauseSubject(view, chunk)) {
    pick.competitor ??= chunk;
    if (!subordinateClauseSubject(view, chunk)) pick.mainCompetitor ??= chunk;
  }
}

/** Whether `chunk` opens a clause a subordinator introduces (lexicon `subordinators`: "when Y merged", "after Y fell"). */
function subordinateClauseSubject(view: SentenceView, chunk: Chunk): boolean {
  let k = chunk.start - 1;
  if (ARTICLE.test(tokenAt(view.tokens, k)?.key ?? "")) k--;
  // ("when Zahran Alloush's Liwa al-Islam merged": past a person's possessive name.)
  const owner = tokenAt(view.tokens, k)?.key ?? "";
  if (owner === "'s" || (owner.endsWith("'s") && CAPITALISED.test(view.tokens[k].text))) {
    if (owner === "'s") k--;
    for (let n = 0; n < 4 && CAPITALISED.test(tokenAt(view.tokens, k)?.text ?? "") && !chunkAt(view.covering, k); n++) {
      k--;
    }
  }
  return view.lex.subordinators.has(tokenAt(view.tokens, k)?.key ?? "");
}

/** How far after a verb of saying its "that" may stand ("told reporters on Monday that"): tokens. */
const SAID_THAT_REACH = 5;

/** Where what is said opens after the verb of saying at `at`: past its "that", if one follows within reach. */
function saidOpening(view: SentenceView, at: number): number {
  for (let k = at + 1; k <= at + SAID_THAT_REACH && k < view.tokens.length; k++) {
    if (view.tokens[k].key === "that") return k + 1;
    if (chunkAt(view.covering, k) || /^[,;.]$/.test(view.tokens[k].text)) break;
  }
  return at + 1;
}

function subjectCandidates(view: SentenceView): SubjectCandidates {
  const whole: SubjectPick = { first: null, competitor: null, mainCompetitor: null };
  let inner: SubjectPick | null = null;
  let said = -1;
  for (const chunk of view.chunks) {
    // (Read no further once every pick has its competitor.)
    if (whole.mainCompetitor && (inner === null || inner.mainCompetitor)) break;
    if (chunk.ref !== null || !inSubjectPosition(view, chunk)) continue;
    let verb = false;
    // ("The US-led coalition of 68 nations is conducting ...": a short "of" phrase without names on the subject.)
    // ("The Syrian regime of President Bashar al-Assad has escalated its attacks": a person's name and title there,
    // capitalised words that name no group; round 55.)
    let from = chunk.end;
    if (tokenAt(view.tokens, from)?.key === "of") {
      let k = from + 1;
      const capitalised = CAPITALISED.test(tokenAt(view.tokens, k)?.text ?? "");
      while (
        k < Math.min(from + (capitalised ? 7 : 4), view.tokens.length) && !chunkAt(view.covering, k) &&
        view.tokens[k].party === undefined &&
        (capitalised ? nameWordOfTitle(view, k) : /^[\p{Ll}\p{N}]/u.test(tokenAt(view.tokens, k)?.text ?? "")) &&
        !verbish(view, k)
      ) k++;
      if (k > from + 1 && (verbish(view, k) || view.lex.interposedPhrases.longest(view.tokens, k))) from = k;
    }
    // ("**Jabhat Thuwar Saraqib** is an armed group": past the emphasis closing a bold or quoted name; round 70.)
    while (from < chunk.end + 2 && /^[*"”’]$/.test(tokenAt(view.tokens, from)?.text ?? "")) from++;
    // ("The Southern Front, a coalition of some fifty-eight factions formed in 2014, was ...": past an apposition
    // between commas, opened by an article, which the sentence's base keeps; round 86.)
    from = pastApposition(view, from);
    // ("The Syrian regime for its part has escalated ...": past a phrase of lexicon `interposedPhrases`, round 55.)
    // ("Iran, for its part, has flown in ...": between commas too; round 88.)
    const comma = tokenAt(view.tokens, from)?.text === "," ? 1 : 0;
    const aside = view.lex.interposedPhrases.longest(view.tokens, from + comma);
    if (aside && (comma === 0 || tokenAt(view.tokens, from + 1 + aside.length)?.text === ",")) {
      from += comma * 2 + aside.length;
    }
    for (let i = from; i < from + 3 && i < view.tokens.length; i++) {
      // ("Division 30 said it was attacked by Y": a verb of saying, lexicon `speechVerbs`, makes the speaker the
      // subject; issue 10, round 89.)
      // (Not before a colon or a quote: a quoted sentence has a subject of its own.)
      const speech = view.lex.speechVerbs.has(view.tokens[i].key) &&
        !/^[:"“]$/.test(tokenAt(view.tokens, i + 1)?.text ?? "");
      if (verbish(view, i) || finiteAfterSubject(view, i)) {
        verb = true;
        break;
      }
      // (The first subject only: a later speaker competes with no subject before it.)
      if (speech && whole.first === null) {
        verb = true;
        said = saidOpening(view, i);
        inner = { first: null, competitor: null, mainCompetitor: null };
        break;
      }
      // Only adverbs may stand between a subject and its verb ("Nusra also attacked").
      if (
        !/^(?:also|then|later|now|still|reportedly|once|again|allegedly)$/.test(view.tokens[i].key) &&
        !view.tokens[i].key.endsWith("ly")
      ) break;
    }
    // ("Sham Legion: an alliance of rebel groups, it is also an ally of HTS", a definition list's line: the name
    // opening the sentence before its colon, past a bracketed acronym, is what the line says things of; round 69.)
    if (!verb && whole.first === null && definitionHead(view, chunk)) verb = true;
    if (!verb) continue;
    pickSubject(view, whole, chunk);
    if (inner !== null && chunk.start >= said) pickSubject(view, inner, chunk);
  }
  return { whole, said, inner };
}

/**
 * "the salaries that the United States channelled", "the town which ISIS held": a chunk right after a relative pronoun
 * that follows a noun (an article between allowed) is its relative clause's subject, no competitor of the sentence's
 * own ("X said that Y attacked" keeps Y competing: "that" after a verb opens what was said). Round 86.
 */
function relativeClauseSubject(view: SentenceView, chunk: Chunk): boolean {
  let k = chunk.start - 1;
  if (ARTICLE.test(tokenAt(view.tokens, k)?.key ?? "")) k--;
  const key = tokenAt(view.tokens, k)?.key;
  if (key === "which" || key === "whom") return true;
  // ("X holds the north-east, where some 2,000 US troops are deployed alongside it": the subject of a relative "where"
  // after a comma, past a quantity of its own; round 98.)
  let q = k;
  while (
    q > k - 3 && /^(?:some|about|around|nearly|almost|over|several|[\d,.]+)$/.test(tokenAt(view.tokens, q)?.key ?? "")
  ) {
    q--;
  }
  if (tokenAt(view.tokens, q)?.key === "where" && tokenAt(view.tokens, q - 1)?.text === ",") return true;
  if (key !== "that") return false;
  // (Not after a gerund or a noun of saying, lexicon `contentNouns`: "a statement announcing that Y is its branch".)
  const noun = view.tokens[k - 1];
  return noun !== undefined && LOWER_WORD.test(noun.text) && !verbish(view, k - 1) &&
    !view.lex.prepositions.has(noun.key) && !noun.key.endsWith("ing") && !view.lex.contentNouns.has(noun.key);
}

/** How far a subject's apposition between commas may run (tokens): bounded, so linear. */
const SUBJECT_APPOSITION_REACH = 25;

/**
 * At `at`, a comma opening an apposition (an article next, or a passive participle and its "by") that a comma closes
 * within `SUBJECT_APPOSITION_REACH` tokens, no clause boundary, bracket or semicolon between: the index after the
 * closing comma; else `at`.
 */
function pastApposition(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  // ("The SDF, backed by US aircraft, crossed the Euphrates": or a passive participle and its "by" agent; round 87.
  // "The Deir ez-Zor Military Council, founded in December 2016, joined the SDF", "The YPG, fighting IS in the districts
  // it controlled, pushed the militants back": any participle, but one opening examples ("including"); round 93.)
  const participle = tokenAt(tokens, at)?.text === "," &&
    (passiveByAt(view, at + 2) ||
      (/^\p{Ll}+(?:ed|en|ing)$/u.test(tokenAt(tokens, at + 1)?.text ?? "") &&
        !view.lex.listExamples.longest(tokens, at + 1)));
  if (tokenAt(tokens, at)?.text !== "," || (!ARTICLE.test(tokenAt(tokens, at + 1)?.key ?? "") && !participle)) {
    return at;
  }
  for (let k = at + 2; k < tokens.length && k - at <= SUBJECT_APPOSITION_REACH; k++) {
    const text = tokens[k].text;
    if (text === ",") return k + 1;
    if (text === ";" || text === "(" || text === ":" || view.lex.boundaries.has(tokens[k].key)) return at;
  }
  return at;
}

/**
 * Whether `chunk` opens its sentence (past emphasis and quotes) and a colon follows it, past a bracketed acronym or
 * translation ("Hay'at Tahrir al-Sham (HTS): one of the most powerful groups"): a definition list's head.
 */
export function definitionHead(view: SentenceView, chunk: Chunk): boolean {
  for (let i = 0; i < chunk.start; i++) if (!/^[*"'“‘]$/.test(view.tokens[i].text)) return false;
  let i = chunk.end;
  while (view.tokens[i] && /^[*"'”’]$/.test(view.tokens[i].text)) i++;
  if (tokenAt(view.tokens, i)?.text === "(") {
    const open = i;
    while (i < view.tokens.length && i - open <= 8 && view.tokens[i].text !== ")") i++;
    if (tokenAt(view.tokens, i)?.text !== ")") return false;
    i++;
  }
  return tokenAt(view.tokens, i)?.text === ":";
}

/**
 * "X is a Sunni jihadi group that ...": where the name stands that an indefinite complement ending at `end` describes
 * across a copula (up to five words of the complement, none a party, a verb or a preposition, opened by "a" or "an"),
 * as the index of the name's last token; -1 when the words at `end` are no such complement.
 */
function copulaComplementStart(view: SentenceView, end: number): number {
  for (let k = end; k > 0 && end - k < 5; k--) {
    const token = view.tokens[k];
    if (chunkAt(view.covering, k) || !HYPHENED_WORD.test(token.text)) return -1;
    if (INDEFINITE_ARTICLE.test(token.key)) {
      const copula = view.lex.copulas.endingAt(view.tokens, k, 3);
      if (!copula) return -1;
      const name = k - copula.length - 1;
      const chunk = chunkAt(view.covering, name);
      return chunk && chunk.end === name + 1 && chunk.ref === null && !chunk.modifier ? name : -1;
    }
    if (k < end && (verbish(view, k) || view.lex.prepositions.has(token.key))) return -1;
  }
  return -1;
}

/**
 * "X is an alliance dominated by Y": the subject a participle at `at` describes through the indefinite complement of a
 * copula right before it (copulaComplementStart), as a subject for the participle's frame; else null. Round 96.
 */
export function copulaComplementSubject(view: SentenceView, at: number): Subject | null {
  const name = copulaComplementStart(view, at - 1);
  const chunk = name >= 0 ? chunkAt(view.covering, name) : undefined;
  return chunk ? { chunk, distance: at - chunk.end, via: "apposition" } : null;
}

/**
 * Whether the word at `k` may stand in a person's name and title after "of" ("of President Bashar al-Assad"): a
 * capitalised word, a word a transliterated name holds without a capital (lexicon transliteration.json: "al-", "bin"),
 * or a hyphen standing alone.
 */
function nameWordOfTitle(view: SentenceView, k: number): boolean {
  const text = tokenAt(view.tokens, k)?.text ?? "";
  return CAPITALISED.test(text) || text === "-" || opensArabicName(text, view.lex.arabic);
}

/** A number written as an ordinal: "38th", "4th", "1st". */
const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/** Whether the word at `at` is a count: digits or a number word of the lexicon's `rangeNumberWords`. */
function countWord(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  return token !== undefined && (DIGIT_FIRST.test(token.text) || view.lex.rangeNumberWords.has(token.key));
}

/** Whether the name at `head` follows "of", past a determiner ("a faction of the Nusra Front"). */
function ownerAfterOf(view: SentenceView, head: number): boolean {
  const ofAt = DETERMINERS.has(tokenAt(view.tokens, head - 1)?.key ?? "") ? head - 2 : head - 1;
  return tokenAt(view.tokens, ofAt)?.key === "of";
}

/** Whether a passive participle's "by" stands at `by` ("backed by", "taken by"): "by" after a word in -ed or -en. */
export function passiveByAt(view: SentenceView, by: number): boolean {
  return tokenAt(view.tokens, by)?.key === "by" && /(?:ed|en)$/.test(tokenAt(view.tokens, by - 1)?.key ?? "");
}

/**
 * The word before a party's phrase opening at `start`, past a qualifier compound ("the Russian-trained 5th Corps": its
 * qualifier, hyphen and participle) and an article.
 */
export function wordBeforePhrase(view: SentenceView, start: number): number {
  let k = start - 1;
  const tokens = view.tokens;
  if (
    tokenAt(tokens, k)?.glued && tokenAt(tokens, k - 1)?.text === "-" && tokenAt(tokens, k - 2)?.qualifier !== undefined
  ) k -= 3;
  return tokenAt(tokens, k)?.key === "the" ? k - 1 : k;
}

/** Prepositions through which a clause's verb reaches its object ("took P from A", "fought against A", "fell on A"). */
const OBJECT_LINKS = new Set(["from", "against", "on", "upon"]);

/**
 * Whether the phrase opening at `start` is the object of a clause's verb: right after the verb ("attacked A together
 * with B") or after a preposition the verb reaches it through ("took P from A together with B"). Round 96.
 */
export function verbObjectPhrase(view: SentenceView, start: number): boolean {
  const k = wordBeforePhrase(view, start);
  return verbish(view, k) || OBJECT_LINKS.has(tokenAt(view.tokens, k)?.key ?? "");
}
