import type { RelationType } from "../../records/mod.ts";
import type { Chunk } from "./chunks.ts";
import { readingConfidence } from "./confidence.ts";
import type { Neighbours, Reading } from "./frames.ts";
import { guardVerdict } from "./guards.ts";
import { gapHeadFits } from "./lexicon.ts";
import { resolveChunk } from "./reference.ts";
import { reasonGerund, type SentenceView, verbish } from "./sentence-view.ts";
import { CAPITALISED, LOWER_WORD } from "./word-shapes.ts";

/** A cue of the clause reading: a trigger or a clause cue phrase, tokens [start, end), and the type it implies. */
type Cue = {
  start: number;
  end: number;
  type: RelationType;
  lemma: string;
  prior: number;
  noun: boolean;
  /** A cue phrase of the lexicon's `clauseReading.cues` (a preposition-like phrase), not a trigger. */
  phrase?: boolean;
  /** A companion word ("alongside", "along with"): an alliance only in a clause that tells a hostile act. */
  jointOnly?: boolean;
};

/** Cues standing next to each other with no party between them, read as one ("launched an offensive against"). */
type CueGroup = Cue & { mixed: boolean };

/** The most pairs one cue may give: a long list on each side says something less direct than a relation. */
const MAX_PAIRS = 12;

/**
 * The cues of one sentence: every trigger of the lexicon and every clause cue phrase (lexicon `clauseReading`:
 * "against", "alongside", "with the support of"). A position whose triggers imply different types ("fought" as a
 * clash, "fought alongside" as an alliance) is left to the cue after it. Triggers inside a party phrase, prepositions
 * and light-verb openings are not cues. Cues of types the reading does not take ("member", "joined") still open a
 * clause and end the side of the cue before them; they give no reading.
 */
function cuesOf(view: SentenceView): Cue[] {
  const cues: Cue[] = [];
  const { tokens, lex } = view;
  for (let i = 0; i < tokens.length; i++) {
    if (view.covering[i] || tokens[i].party !== undefined) continue;
    // "Iran-backed": an adjective compound qualifies a name; the frame reader reads it.
    if (tokens[i - 1]?.text === "-" && tokens[i].glued) continue;
    const phrase = lex.clauseCues.longest(tokens, i);
    if (phrase) {
      cues.push({ start: i, end: i + phrase.length, ...phrase.value, noun: false, phrase: true });
      i += phrase.length - 1;
      continue;
    }
    if (lex.prepositions.has(tokens[i].key)) continue;
    const light = lex.lightVerbs.longest(tokens, i)?.length ?? 0;
    const all = lex.triggers.at(tokens, i).filter(({ length }) => length >= light);
    if (all.length === 0) continue;
    // The longest phrase is the most specific ("joined forces" an alliance, not "joined" a membership).
    const longest = all.filter(({ length }) => length === all[0].length);
    // A role noun ("Syria's ally, Russia") describes the parties beside it, not the two sides of the clause; its
    // predicate frame ("A and B are allies") is the frames' reading.
    // A verb of naming or regarding states a relation only with its label ("sees X as a terrorist group", frames
    // `label`): the frames read it there, and without the label it is no cue ("saw the alliance form", round 52).
    if (longest.some(({ value }) => value.trigger.frames.every((f) => f.form === "role" || f.predicate || f.label))) {
      continue;
    }
    const noun = longest.some(({ value }) => value.trigger.pos === "noun");
    if (noun && compoundModifier(view, i + all[0].length)) continue;
    // A sense that needs a preposition ("fought alongside") counts only where the preposition follows.
    const senses = longest.filter(({ length, value }) =>
      value.trigger.frames.some((f) =>
        !f.prep ||
        tokens.slice(i + length, i + length + (f.gap ?? 0) + 1).some((t, k) =>
          f.prep!.includes(t.key) &&
          // (A gap that must end in aid or fire, `gapHead`: "exchanged prisoners with X" is no fighting.)
          gapHeadFits(lex, f, tokens[i + length + k - 1])
        )
      )
    );
    if (senses.length === 0 || new Set(senses.map(({ value }) => value.trigger.type)).size !== 1) continue;
    const [{ length, value }] = senses;
    // "beaten back", "pushed back": a verb's bare form right after a participle is its particle.
    const previous = tokens[i - 1];
    if (
      value.trigger.pos === "verb" && tokens[i].key === value.trigger.lemma && previous?.party === undefined &&
      /(?:ed|en)$/.test(previous?.key ?? "")
    ) continue;
    cues.push({
      noun,
      start: i,
      end: i + length,
      type: value.trigger.type,
      lemma: value.trigger.lemma,
      prior: value.trigger.prior,
    });
    i += length - 1;
  }
  return cues;
}

/**
 * Whether the word at `at`, right after an action noun, makes the noun a modifier of another noun ("ground attack
 * aircraft", "strike group"): a plain lower-case word that is no preposition, boundary, list joiner or verb form.
 */
function compoundModifier(view: SentenceView, at: number): boolean {
  const token = view.tokens[at];
  if (!token || token.party !== undefined || token.qualifier !== undefined || !LOWER_WORD.test(token.text)) {
    return false;
  }
  const { lex } = view;
  return !lex.prepositions.has(token.key) && !lex.boundaries.has(token.key) &&
    !lex.listJoiners.longest(view.tokens, at) &&
    !lex.verbs.has(token.key) && !/(?:ed|s)$/.test(token.key) &&
    !/^(?:and|or|is|are|was|were|has|have|had)$/.test(token.key);
}

/** Chunks that stand for parties of a clause: names and references, not modifiers ("the US proposal") or owners. */
function partyChunks(view: SentenceView): Chunk[] {
  return view.chunks.filter((c) =>
    !c.modifier && !c.owner && (c.groups.length > 0 || c.ref !== null) && c.allies.length === 0 &&
    !view.lex.clauseSources.endingAt(view.tokens, c.start, 3) && !view.lex.clauseSpeakers.longest(view.tokens, c.end)
  );
}

/**
 * Groups cues with no party and no clause boundary between them. A cue phrase ending a run gives the run its type
 * ("struck the convoy in defense of Y": an alliance with Y); a run of triggers of different types (`mixed`) reads
 * nothing but still opens its clause.
 */
function cueGroups(view: SentenceView, cues: Cue[], parties: Chunk[]): CueGroup[] {
  const groups: CueGroup[] = [];
  for (const cue of cues) {
    const last = groups.at(-1);
    const between = last && (parties.some((p) => p.start >= last.end && p.end <= cue.start) ||
      view.tokens.slice(last.end, cue.start).some((t) => view.lex.boundaries.has(t.key)));
    if (last && !between) {
      // "carried out strikes in defense of Y", "an attack supported by Y": a cue phrase governs the party after it.
      if (cue.phrase && !last.mixed) {
        Object.assign(last, { type: cue.type, lemma: cue.lemma, jointOnly: cue.jointOnly });
      } else last.mixed ||= last.type !== cue.type;
      last.end = cue.end;
      last.prior = Math.max(last.prior, cue.prior);
      continue;
    }
    groups.push({ ...cue, mixed: false });
  }
  return groups;
}

/**
 * A run of capitalised words (a page's list of headlines, a title) rather than prose: most of its words open with a
 * capital. Its clauses have no boundaries the reading can see, so it reads none.
 */
function headline(view: SentenceView): boolean {
  const words = view.tokens.filter((t) => t.party === undefined && /^\p{L}{4,}/u.test(t.text));
  return words.length >= 6 && words.filter((t) => CAPITALISED.test(t.text)).length * 2 > words.length;
}

/** Tokens [from, to) of the clause holding position `at`: between the lexicon's boundary words and marks. */
function clauseAround(view: SentenceView, at: number): [number, number] {
  let from = at;
  while (from > 0 && !view.lex.boundaries.has(view.tokens[from - 1].key)) from--;
  let to = at;
  while (to < view.tokens.length && !view.lex.boundaries.has(view.tokens[to].key)) to++;
  return [from, to];
}

/** Whether a party chunk follows a pairing preposition (lexicon `clauseReading.pairings`: "between A and B"). */
function paired(view: SentenceView, chunk: Chunk): boolean {
  const before = view.tokens[chunk.start - 1]?.key === "the" ? chunk.start - 2 : chunk.start - 1;
  return view.lex.clausePairings.has(view.tokens[before]?.key ?? "");
}

/** Whether a party chunk stands inside a dash-set aside that closes before `to` ("X - led by Y after ... Z - shelled"). */
function inDashAside(view: SentenceView, chunk: Chunk, to: number): boolean {
  const dash = (i: number) => view.tokens[i].text === "-" && !view.tokens[i].glued;
  let open = false;
  // (The aside may open before the clause: "X - led by Y which ... after renouncing ties with Z - is bombarded".)
  for (let i = 0; i < chunk.start; i++) if (dash(i)) open = !open;
  if (!open) return false;
  for (let i = chunk.end; i < to; i++) if (dash(i)) return true;
  return false;
}

/** Whether a party chunk ends right before token `at`. */
const partyEndsAt = (view: SentenceView, at: number) => view.chunks.some((c) => c.groups.length > 0 && c.end === at);

/**
 * Where the side after a cue ends before the clause does: at a comma that opens a participle ("seized two hills,
 * reaching Y's lines": a new predicate) or at an infinitive right after a party ("supported X to attack Y"), and for a cue set off by a comma (", backed by X, overtook Y") at the comma
 * that closes the aside.
 */
function sideEnd(view: SentenceView, cue: Cue, to: number): number {
  const aside = view.tokens[cue.start - 1]?.key === ",";
  for (let i = cue.end; i < to; i++) {
    // ("supported the FSA to attack the YPG": an infinitive after the side opens a predicate of its own, round 34.)
    if (view.tokens[i].key === "to" && i > cue.end && partyEndsAt(view, i) && verbish(view, i + 1)) return i;
    if (view.tokens[i].key !== ",") continue;
    if (aside) return i;
    const next = view.tokens[i + 1];
    if (next && next.party === undefined && /^\p{Ll}+(?:ing|ed)$/u.test(next.text)) return i;
  }
  return to;
}

/**
 * The clause-level reading, a second layer under the frame reader: within one clause, a cue (any trigger of the
 * lexicon, or a cue phrase of `clauseReading.cues`: "against", "with the support of") of a type the layer takes
 * relates the clause's subject (the parties before its first cue; for an action noun or a passive participle, the
 * party right before it) with the parties after the cue, up to the next cue, a party opening a clause of its own, or
 * `window` tokens; lists give every pair across the two sides, references resolve by the one rule, the guard pipeline
 * applies up to the last party. `covered` holds the pairs ("a|b", sorted) the frame reader related in this sentence:
 * the layer reads only pairs it left alone. Each reading has the frame "clause:<cue>", the voice "clause" and the
 * cue's prior times `weight`. Sentences longer than `maxTokens` are not read, so the work stays linear.
 */
export function clauseReadings(
  view: SentenceView,
  around: Neighbours,
  covered: ReadonlySet<string>,
  rule: { types: ReadonlySet<RelationType>; window: number; weight: number; maxTokens: number },
): Reading[] {
  const parties = partyChunks(view);
  if (parties.length < 2 || headline(view) || view.tokens.length > rule.maxTokens) return [];
  const groups = cueGroups(view, cuesOf(view), parties);
  const readings: Reading[] = [];
  groups.forEach((cue, k) => {
    const [clauseFrom, clauseTo] = clauseAround(view, cue.start);
    const inClause = groups.filter((g) => g.start >= clauseFrom && g.end <= clauseTo);
    // (A cue running past its clause's end is its clause's own opening: it is in no clause `clauseAround` gives.)
    const opening = inClause[0] ?? cue;
    const to = Math.min(clauseTo, groups[k + 1]?.start ?? Infinity, cue.end + rule.window);
    const between = (from: number, end: number) => parties.filter((p) => p.start >= from && p.end <= end);
    // The clause's subject, before its first cue, is the acting side of every cue in the clause ("X, backed by Y,
    // attacked Z": X attacked Z; Y, the object of "backed", is not the subject of "attacked"). A clause opening with
    // a cue ("Backed by Y, X attacked Z", "groups joined forces with X following an attack on ...") has no subject
    // this reading can trust: the frames read it or nothing does.
    // Parties paired by a preposition ("a truce between A and B, X raided Y") are no subject of the clause.
    const subject = between(Math.max(clauseFrom, opening.start - 2 * rule.window), opening.start)
      .filter((p) => !paired(view, p) && !inDashAside(view, p, opening.start));
    // An action noun with its own agent right before it ("repelled a JFS attack against Y", "the ISIL offensive
    // against Kobani") is that agent's act, not the clause subject's; a passive participle with a party right before
    // it describes that party ("Iraqi forces aided by coalition airstrikes").
    const passive = view.tokens[cue.end - 1].key === "by" || view.tokens[cue.end]?.key === "by";
    const own = (cue.noun || passive) &&
      view.chunks.find((p) =>
        p.groups.length > 0 && !p.owner && p.start >= clauseFrom &&
        (p.end === cue.start || (p.end === cue.start - 1 && /^(?:'s|,)$/.test(view.tokens[p.end].key)))
      );
    // ("Turkey supported the FSA to attack the YPG", "forced X to battle Y": a party right before an infinitive's "to"
    // is the infinitive's subject, round 34.)
    const controlled = !own && view.tokens[cue.start - 1]?.key === "to" &&
      view.chunks.find((p) => (p.groups.length > 0 || p.ref !== null) && !p.owner && p.end === cue.start - 1);
    const before = own ? [own] : controlled ? [controlled] : subject;
    if (!rule.types.has(cue.type) || cue.mixed) return;
    // "fired missiles at X jets targeting Y": a participle right after a party later in the clause describes that
    // party (the frame reader reads it), not the clause's subject.
    if (cue !== opening && !cue.noun && /ing$/.test(view.tokens[cue.start].key) && partyEndsAt(view, cue.start)) {
      return;
    }
    // "villages held by X were captured by Y, a coalition of militias backed by Z": a passive participle later in the
    // clause with no party right before it describes a noun of its own, not the clause's subject.
    // ("X is supported by Y, and actively supported by Z": a participle coordinated with "and" is X's predicate.)
    let lead = cue.start - 1;
    while (lead > 0 && /ly$/.test(view.tokens[lead].key)) lead--;
    if (cue !== opening && passive && !own && view.tokens[lead]?.key !== "and") return;
    // "1,000 ISIS fighters were taken from Turkey to Syria": a passive with no agent has its subject for the patient;
    // a party after "from" is where it was moved from, no opponent ("were killed in clashes with Y" still reads).
    const passiveNoAgent = !cue.noun && !cue.phrase && !passive &&
      /^(?:is|are|was|were|been|being)$/.test(view.tokens[lead]?.key ?? "");
    if (passiveNoAgent && view.tokens[cue.end]?.key === "from") return;
    if (cue.jointOnly && !inClause.some((g) => g.type === "clash" && !g.mixed)) return;
    // ("screen men for having fought for ISIS": a perfect gerund after "for", as the frames read it; round 93.)
    if (reasonGerund(view, cue.start)) return;
    // "the regime was behind three attacks and the ISIS group was responsible for one": a party after "and" or a
    // comma that a verb follows opens a clause of its own; the cue's side ends before it.
    const opener = (p: Chunk) => {
      const at = view.tokens[p.start - 1]?.key === "the" ? p.start - 2 : p.start - 1;
      return /^(?:and|,)$/.test(view.tokens[at]?.key ?? "");
    };
    const next = parties.find((p) => p.start > cue.end && p.end <= to && opener(p) && verbish(view, p.end));
    // "clashed at the gate with Kilis, Turkey", "fought for ISIL": a party in a place phrase (lexicon
    // `clauseReading.places`) is where the act happened, and one after "for" is whom a clash cue's subject served.
    const after = between(cue.end, Math.min(next ? next.start : to, sideEnd(view, cue, to))).filter((p) => {
      const at = view.tokens[p.start - 1]?.key === "the" ? p.start - 2 : p.start - 1;
      const word = view.tokens[at]?.key ?? "";
      return !view.lex.clausePlaces.has(word) && !(word === "for" && cue.type === "clash" && at === cue.end);
    });
    // "killed 21 civilians in areas held by X": the act's object are bystanders, not the party after them.
    if (
      after.length > 0 &&
      view.tokens.slice(cue.end, after[0].start).some((t, k) =>
        view.lex.clauseBystanders.longest(view.tokens, cue.end + k) !== null && t.party === undefined
      )
    ) return;
    if (before.length === 0 || after.length === 0) return;
    const first = before[0];
    // Guards read from the acting side up to the last party read ("hit by raids, most believed to be by X").
    const verdict = guardVerdict(view.guards, {
      clauseFrom: first.start,
      triggerStart: after.at(-1)!.start,
      nearAt: [cue.start],
      type: cue.type,
    });
    if (verdict.block) return;
    const side = (chunks: Chunk[], other: string[]) => {
      let reference: Reading["features"]["reference"] = "none";
      const ids: string[] = [];
      const sentences = new Set<number>();
      for (const chunk of chunks) {
        const resolved = resolveChunk(
          chunk,
          view,
          around.previous,
          other,
          around.topic ?? null,
          around.carried ?? null,
          around.named ?? null,
        );
        if (!resolved) continue;
        if (resolved.from !== "named") reference = resolved.from;
        if (resolved.sentence !== view.index) sentences.add(resolved.sentence);
        for (const g of resolved.groups) if (!ids.includes(g)) ids.push(g);
      }
      return { ids, reference, sentences };
    };
    const named = (chunks: Chunk[]) => chunks.flatMap((c) => c.groups);
    const subjects = side(before, named(after));
    const objects = side(after, subjects.ids);
    if (subjects.ids.length * objects.ids.length > MAX_PAIRS) return;
    const distance = Math.max(cue.start - first.start, after.at(-1)!.end - cue.end);
    const features = {
      voice: "clause" as const,
      distance,
      reference: subjects.reference !== "none" ? subjects.reference : objects.reference,
      hedge: verdict.lower,
    };
    const confidence = readingConfidence(cue.prior * rule.weight, features);
    const sentences = [...new Set([...subjects.sentences, ...objects.sentences])].filter((s) => s < view.index);
    for (const subject of subjects.ids) {
      for (const object of objects.ids) {
        if (subject === object) continue;
        if (covered.has([subject, object].sort().join("|"))) continue;
        readings.push({
          type: cue.type,
          subjects: [subject],
          objects: [object],
          confidence,
          frame: `clause:${cue.lemma}`,
          features,
          sentences: [...sentences.sort((a, b) => a - b), view.index],
          // Allies read from a clause give way where the article sets the pair against each other.
          joint: cue.type === "ally",
          trigger: view.tokens.slice(cue.start, cue.end).map((t) => t.text).join(" "),
        });
      }
    }
  });
  return readings;
}
