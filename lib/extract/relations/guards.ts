import type { RelationGuard, RelationType } from "../../records/mod.ts";
import type { CompiledLexicon, GuardForm } from "./lexicon.ts";
import { attributiveParticiple, type Token } from "./tokens.ts";
import { MONTH_NAMES } from "../dates/expressions.ts";
import { CAPITALISED, DIGIT_FIRST, LOWER_HYPHENED_WORD } from "./word-shapes.ts";

const MONTHS = new Set<string>(MONTH_NAMES);

/** "in May 2016": a capitalised month name inside a sentence (or before a number) is a date, not a modal. */
function monthName(tokens: Token[], i: number): boolean {
  return MONTHS.has(tokens[i].key) && CAPITALISED.test(tokens[i].text) &&
    (i > 0 || DIGIT_FIRST.test(tokens[i + 1]?.text ?? ""));
}

/**
 * Whether a document's reference code opens at `k` ("Claim TR-AK-0093 (dwelling)", "claim PV/2012/0417", "Claim 7:
 * the loss occurred"): glued tokens mixing letters and digits, or a number a colon closes. A cue word before it names
 * the document (an insurance claim, a report by its number), not what someone says (issue 10, round 91).
 */
function referenceCode(tokens: Token[], k: number): boolean {
  if (!DIGIT_FIRST.test(tokens[k]?.text ?? "") && !CODE_OPENING.test(tokens[k]?.text ?? "")) return false;
  let code = tokens[k].text;
  let next = k + 1;
  while (tokens[next]?.glued && tokens[next].text !== ":" && tokens[next].text !== ")") code += tokens[next++].text;
  if (REFERENCE_CODE.test(code)) return true;
  return /^\d+$/.test(code) && tokens[next]?.text === ":";
}

/** A code's first token: capitals, a digit among them or a hyphen or slash after ("TR-AK-0093", "PV"). */
const CODE_OPENING = /^\p{Lu}{2,}/u;
/** A reference code: letters, digits, hyphens and slashes, with at least one letter and one digit. */
const REFERENCE_CODE = /^(?=[^\d]*\d)(?=[^\p{L}]*\p{L})[\p{L}\d/-]+$/u;

/** "what it termed X": a verb of naming at `i` right after a free relative's opening (lexicon `namingRelatives`). */
function namingRelative(tokens: Token[], i: number, lex: CompiledLexicon): boolean {
  return lex.namingRelatives.verbs.has(tokens[i].key) && lex.namingRelatives.openers.endingAt(tokens, i, 4) !== null;
}

/** A position's cues where it has none (frozen: read only). */
const NO_HITS: { length: number; value: GuardForm }[] = Object.freeze([]) as unknown as [];

/** What the guard pipeline found for one reading: the cue that blocks it, or the one that lowers it, or neither. */
export type GuardVerdict = { block: string | null; lower: string | null };

/**
 * The guard cues of one sentence, found once: by token position, and for each position the sentence-wide blocking cue
 * that reaches it (the first one since the sentence start or the last semicolon), or -1.
 */
export type GuardHits = {
  at: { length: number; value: GuardForm }[][];
  sentenceBlockAt: number[];
  /**
   * For each position, an attribution to unnamed sources set off by a comma after it ("X bombed Y, according to
   * reports") before the next semicolon, or -1: it hedges what precedes it.
   */
  trailingBlockAt: number[];
  /**
   * For each position, the first `trailing` cue at it or after it before the next comma or semicolon ("bombed X as it
   * was misidentified", "attacked the base by mistake"), or -1: it undoes the act it follows, not an act before a comma
   * ("launched a missile at an army position, killing a commander in a friendly fire incident": only the killing).
   */
  trailingCueAt: number[];
  /** The sentence's tokens and lexicon, for the rare cue that a phrase may lift ("will continue fighting"). */
  tokens: Token[];
  lex: CompiledLexicon;
};

/**
 * Finds every guard cue of a sentence in one pass. A sentence-wide cue ("claimed", "denied") reaches to the end of the
 * sentence, but not past a semicolon: "sources claimed the rebels cut the road; it was reported that the rebels seized
 * the checkpoints" states the second clause as a fact. A guard verb's participle qualifying the noun after it
 * ("Suspected Hezbollah militants launched ...", "the alleged attack") hedges that noun (lexicon `hedgedObjects`), not
 * the sentence (issue 10, round 18).
 */
export function findGuards(tokens: Token[], lex: CompiledLexicon): GuardHits {
  // (A month name is tested only where a cue opens: most tokens open none.)
  const at = tokens.map((_, i) => {
    const hits = lex.guards.at(tokens, i);
    const unnamed = unnamedSourceAt(tokens, i, lex);
    if (unnamed) return [...hits, unnamed];
    if (hits.length === 0) return hits;
    if (monthName(tokens, i) || namingRelative(tokens, i, lex)) return NO_HITS;
    return hits.filter((h) => !referenceCode(tokens, i + h.length));
  });
  const sentenceBlockAt: number[] = [];
  let block = -1;
  at.forEach((hits, i) => {
    if (tokens[i].text === ";") block = -1;
    sentenceBlockAt.push(block);
    // ("ISIL claimed to have killed X": a sentence cue its own lifting phrase follows claims the claimant's own act.)
    if (
      block < 0 &&
      hits.some((h) =>
        h.value.guard.scope === "sentence" && h.value.guard.effect === "block" &&
        !lex.guardLifts.at(tokens, i + h.length).some(({ value }) => value === h.value.guard)
      ) &&
      !attributiveParticiple(tokens, i)
    ) {
      block = i;
    }
  });
  const trailingBlockAt: number[] = new Array(tokens.length).fill(-1);
  let trailing = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].text === ";") trailing = -1;
    if (tokens[i - 1]?.text === "," && at[i].some((h) => h.value.guard === lex.unnamedSources.guard)) trailing = i;
    trailingBlockAt[i] = trailing;
  }
  const trailingCueAt: number[] = new Array(tokens.length).fill(-1);
  let cue = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].text === ";" || tokens[i].text === ",") cue = -1;
    if (at[i].some((h) => h.value.guard.scope === "trailing")) cue = i;
    trailingCueAt[i] = cue;
  }
  return { at, sentenceBlockAt, trailingBlockAt, trailingCueAt, tokens, lex };
}

/** A capitalised demonym ("Syrian", "Turkish", "Iraqi", "Lebanese") describing sources. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ish|i|ese)$/u;

/**
 * An attribution to sources nobody names at `i` ("according to reports", "according to pro-government sources",
 * lexicon `unnamedSources`): the cue as a sentence-wide block, or null. Only describing words stand between the
 * opening and the noun (lower-case words or a demonym, no name), and no name follows the noun ("according to sources
 * like Reuters", "according to reports by the SOHR" name their sources).
 */
function unnamedSourceAt(
  tokens: Token[],
  i: number,
  lex: CompiledLexicon,
): { length: number; value: GuardForm } | null {
  const rule = lex.unnamedSources;
  const opening = rule.openings.longest(tokens, i);
  if (!opening) return null;
  const from = i + opening.length;
  for (let k = from; k < tokens.length && k <= from + rule.gap; k++) {
    const token = tokens[k];
    if (token.party !== undefined || token.qualifier !== undefined) return null;
    if (rule.nouns.has(token.key)) {
      if (namedAfter(tokens, k + 1)) return null;
      const cue = tokens.slice(i, k + 1).map((t) => t.text).join(" ");
      return { length: k + 1 - i, value: { guard: rule.guard, cue } };
    }
    if (!LOWER_HYPHENED_WORD.test(token.text) && !DEMONYM.test(token.text)) return null;
  }
  return null;
}

/** Words after a source noun that lead on to who the sources are ("sources like Reuters", "reports by the SOHR"). */
const SOURCE_LINKS = new Set(["like", "including", "such", "from", "by", "of"]);

/** Whether the sources are named right after their noun: a link word, then a capitalised word within three tokens. */
function namedAfter(tokens: Token[], at: number): boolean {
  if (!SOURCE_LINKS.has(tokens[at]?.key ?? "")) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
    if (tokens[k].party !== undefined || CAPITALISED.test(tokens[k].text)) return true;
  }
  return false;
}

/**
 * The one guard pipeline every frame goes through: a lexicon cue (data/lexicon/relations.json `guards`) inside its
 * scope before the trigger blocks the reading or lowers it. `sentence` cues count from the sentence start, `clause`
 * cues from the first party of the reading (`clauseFrom`), `near` cues in the three words before each of `nearAt`
 * (the trigger, or the name an adjective compound qualifies) and not before `nearFrom`; `sentenceWide: false` (a noun phrase describing a party)
 * skips the sentence cues; a cue that `spares` the reading's `type` does not block it. Bounded work per reading: the
 * clause window is.
 */
export function guardVerdict(
  hits: GuardHits,
  span: {
    clauseFrom: number;
    triggerStart: number;
    nearAt: number[];
    sentenceWide?: boolean;
    type?: RelationType;
    /** Where near cues may start: past a verb's subject, whose own words they qualify ("The former X affiliate Y joined"). */
    nearFrom?: number;
  },
): GuardVerdict {
  const sentenceBlock = hits.sentenceBlockAt[Math.min(span.triggerStart, hits.sentenceBlockAt.length - 1)] ?? -1;
  if (span.sentenceWide !== false && sentenceBlock >= 0 && sentenceBlock < span.triggerStart) {
    const cue = hits.at[sentenceBlock].find((h) => h.value.guard.scope === "sentence")!;
    return { block: cue.value.cue, lower: null };
  }
  const trailing = hits.trailingBlockAt[Math.min(span.triggerStart, hits.trailingBlockAt.length - 1)] ?? -1;
  if (span.sentenceWide !== false && trailing > span.triggerStart) {
    return {
      block: hits.at[trailing].find((h) => h.value.guard === hits.lex.unnamedSources.guard)!.value.cue,
      lower: null,
    };
  }
  const trailingCue = hits.trailingCueAt[Math.min(span.triggerStart + 1, hits.trailingCueAt.length - 1)] ?? -1;
  if (span.sentenceWide !== false && trailingCue > span.triggerStart) {
    const { guard, cue } = hits.at[trailingCue].find((h) => h.value.guard.scope === "trailing")!.value;
    if (span.type === undefined || !guard.spares?.includes(span.type)) {
      if (guard.effect === "block") return { block: cue, lower: null };
    }
  }
  const onward = onwardCue(hits, span.triggerStart, span.type);
  if (onward) return { block: onward, lower: null };
  let lower: string | null = null;
  const from = Math.max(0, Math.min(span.clauseFrom, ...span.nearAt.map((n) => n - 3)));
  for (let i = from; i < span.triggerStart; i++) {
    for (const { length, value } of hits.at[i]) {
      if (i + length > span.triggerStart) continue;
      const { guard, cue } = value;
      const inScope = (guard.scope === "clause" && i >= span.clauseFrom) ||
        (guard.scope === "near" && i >= (span.nearFrom ?? 0) && span.nearAt.some((at) => i < at && i >= at - 3));
      if (!inScope || lifted(hits, guard, i + length, span.triggerStart)) continue;
      if (guard.scope === "clause" && coordinatedPast(hits, i + length, span.triggerStart)) continue;
      if (span.type !== undefined && guard.spares?.includes(span.type)) continue;
      if (guard.effect === "block") return { block: cue, lower: null };
      lower ??= cue;
    }
  }
  return { block: null, lower };
}

/**
 * A blocking cue that reaches onward ("reportedly", lexicon guard `onward`) between the last comma, semicolon or clause
 * boundary before the trigger at `to` and the trigger, whoever the reading's parties are ("The next day reportedly
 * Syrian or Russian aircraft bombed X"; issue 10, round 56), or null. Bounded by the clause: it stops at the first
 * boundary it meets walking back.
 */
function onwardCue(hits: GuardHits, to: number, type: RelationType | undefined): string | null {
  for (let i = to - 1; i >= 0; i--) {
    const token = hits.tokens[i];
    if (token.text === "," || token.text === ";" || hits.lex.boundaries.has(token.key)) return null;
    for (const { length, value } of hits.at[i]) {
      const { guard, cue } = value;
      if (!guard.onward || guard.effect !== "block" || i + length > to) continue;
      if (type !== undefined && guard.spares?.includes(type)) continue;
      return cue;
    }
  }
  return null;
}

/** Auxiliaries that open a coordinated predicate of their own before its participle ("and was crushed by Y"). */
const PREDICATE_AUXILIARIES = new Set(["was", "were", "had", "has", "have", "been"]);
/**
 * Adverbs that may stand around them ("and was then attacked", "and later joined", "and instead pledged"): the lexicon's
 * `interposedAdverbs`, and "since".
 */
const predicateAdverb = (hits: GuardHits, key: string) =>
  key.endsWith("ly") || key === "since" || hits.lex.interposedAdverbs.has(key);

/**
 * Whether the trigger at `to` is a past verb coordinated after the cue's own verb ("X refused to fight Y and defected
 * from Z", "X did not attack Y but joined Z"): "and" or "but" (an adverb in -ly may follow) right before a trigger in
 * -ed opens a predicate of its own, which the cue before it does not govern (an infinitive or a bare verb would: "refused
 * to fight and defect"). Issue 10, round 29.
 */
function coordinatedPast(hits: GuardHits, from: number, to: number): boolean {
  const adverb = (at: number) => predicateAdverb(hits, hits.tokens[at].key);
  let k = to - 1;
  while (k > from && adverb(k)) k--;
  // ("X refused any deal and was crushed by Y", "and had then been driven out": an auxiliary before the trigger opens
  // the predicate too, whatever the participle's ending; round 83.)
  const auxiliaryAt = k;
  while (k > from && k > auxiliaryAt - 3 && (PREDICATE_AUXILIARIES.has(hits.tokens[k].key) || adverb(k))) k--;
  if (k === auxiliaryAt && !/ed$/.test(hits.tokens[to]?.key ?? "")) return false;
  while (k > from && adverb(k)) k--;
  // ("X refused and instead pledged allegiance to Y": the joiner may follow the cue's verb at once; round 90.)
  return k >= from && (hits.tokens[k].key === "and" || hits.tokens[k].key === "but");
}

/** Whether a phrase lifting `guard` ("will continue fighting") stands whole in [from, to): the cue is lifted. */
function lifted(hits: GuardHits, guard: RelationGuard, from: number, to: number): boolean {
  if (!guard.liftedBy) return false;
  for (let k = from; k < to; k++) {
    if (hits.lex.guardLifts.at(hits.tokens, k).some(({ length, value }) => value === guard && k + length <= to)) {
      return true;
    }
  }
  return false;
}
