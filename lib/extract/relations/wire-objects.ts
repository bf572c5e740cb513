import { type Chunk, placeNounAfter } from "./chunks.ts";
import {
  adjectivesEnd,
  objectAfter,
  pastAdjectives,
  type SentenceView,
  type Subject,
  timePhraseEnd,
  verbish,
} from "./sentence-view.ts";
import { surfaceTokens } from "./tokens.ts";
import { ARTICLE, CAPITALISED, DIGIT_FIRST } from "./word-shapes.ts";

/**
 * Wire copy's ways of stating a hostile act's target past the words right after its verb (issue 10, round 11), read
 * by `objectAfter` in a hostile frame. Each looks a fixed number of tokens ahead: linear in sentence length.
 */

const DETERMINERS = new Set(["the", "a", "an", "socalled"]);

/** Whether a chunk is a place its party holds: "a village held by X", "a stronghold of X", "X-held areas". */
function heldPlace(view: SentenceView, chunk: Chunk): boolean {
  if (view.lex.placeNouns.longest(view.tokens, chunk.start)) return true;
  const head = chunk.heads[0];
  return chunk.groups.length === 1 && view.tokens[head + 1]?.text === "-" && view.tokens[head + 1].glued &&
    /^(?:held|controlled)$/.test(view.tokens[head + 2]?.key ?? "");
}

/**
 * "killed 34 civilians in a village held by X", "killed civilians in and around a stronghold of X", "struck targets
 * near X-held areas", "struck around Deir Ezzor a stronghold of X": a place link (lexicon `placeTargetLinks`) at `at` whose place a party holds names that party as
 * the act's target. The chunk, or null.
 */
export function heldPlaceTarget(view: SentenceView, at: number): Chunk | null {
  const link = view.lex.placeTargetLinks.longest(view.tokens, at);
  if (!link) return null;
  let i = at + link.length;
  // ("air strikes on eastern Aleppo city, which had been held by X": a named place, its holder in the clause after.)
  const relative = namedPlaceHolder(view, i);
  if (relative) return relative;
  // "struck around Deir Ezzor a stronghold of X": past the place's own name to the apposition naming its holder.
  const named = i;
  while (i < named + 3 && CAPITALISED.test(view.tokens[i]?.text ?? "") && view.tokens[i].party === undefined) i++;
  if (i > named && view.tokens[i]?.text === ",") i++;
  if (i > named && !DETERMINERS.has(view.tokens[i]?.key ?? "")) return null;
  while (DETERMINERS.has(view.tokens[i]?.key ?? "")) i++;
  // ("in northern Syrian territories held by X": past the place's adjectives.)
  i = pastAdjectives(view, i);
  const chunk = view.covering[i];
  if (!chunk || chunk.start !== i || chunk.ref !== null || chunk.modifier || chunk.owner) return null;
  return heldPlace(view, chunk) ? chunk : null;
}

/**
 * "attacked Tabqa, an ISIL stronghold", "stormed the village of Um Mayyal, the ISIS headquarters in the area": a
 * hostile verb's place object (one to three capitalised words naming no party, or "the" and a place noun, with an
 * "of" name or none) and, after its comma, an apposition naming the place's holder: a determiner, adjectives, then a party's name
 * and a place noun (lexicon `placeNouns`: "stronghold", "base", "headquarters"), or a held place ("a stronghold of X").
 * The holder's chunk, or null. Issue 10, round 69.
 */
export function appositionHeldPlace(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  // ("took full control of Afrin, which had been held by X": the place a control phrase names; round 83.)
  let i = at + (view.lex.controlLinks.longest(tokens, at)?.length ?? 0);
  let placed = false;
  if (tokens[i]?.key === "the" && view.lex.placeNouns.longest(tokens, i + 1)) {
    i += 1 + view.lex.placeNouns.longest(tokens, i + 1)!.length;
    placed = tokens[i]?.text === ",";
    if (tokens[i]?.key === "of") i++;
  } else if (tokens[i]?.key === "the") {
    // ("an offensive against the Anbar region, the stronghold of ISIL": a place's name before its place noun; round
    // 70.)
    let k = i + 1;
    while (k < i + 4 && CAPITALISED.test(tokens[k]?.text ?? "") && tokens[k].party === undefined) k++;
    const noun = k > i + 1 ? view.lex.placeNouns.longest(tokens, k) : null;
    if (noun && tokens[k + noun.length]?.text === ",") {
      i = k + noun.length;
      placed = true;
    }
  }
  const named = i;
  i = placeNameEnd(view, i);
  // ("a siege on Tabqa airbase, the Syrian government's last military base": a place noun after the name; round 75.)
  const kind = i > named ? view.lex.placeNouns.longest(tokens, i) : null;
  if (kind) i += kind.length;
  if (i > named || placed) i = ownPartEnd(view, i);
  if ((i === named && !placed) || tokens[i]?.text !== ",") return null;
  i++;
  // ("took control of Afrin city center, which had been held by the YPG": the holder named in a clause; round 83.)
  const holder = relativeHolder(view, i);
  if (holder) return holder;
  // ("Jabar, which served as an ISIL weapons depot", "which served as ISIL headquarters": a relative clause naming
  // the place's role, lexicon `placeRoleLinks`, its determiner optional; round 76.)
  const relative = view.lex.placeRoleLinks.longest(tokens, i);
  if (relative) i += relative.length;
  else if (!ARTICLE.test(tokens[i]?.key ?? "")) return null;
  while (DETERMINERS.has(tokens[i]?.key ?? "")) i++;
  i = pastAdjectives(view, i);
  const chunk = view.covering[i];
  if (!chunk || chunk.start !== i || chunk.ref !== null) return null;
  // ("the Syrian government's last military base": the holder's possessive before its place noun; round 75.)
  const possessive = tokens[chunk.end]?.key === "'s";
  if (chunk.owner && !possessive) return null;
  if (!possessive && heldPlace(view, chunk)) return chunk;
  // ("an ISIL stronghold": the name, then its place noun, in the chunk or right after it.)
  return placeNounAfter(tokens, chunk.end, view.lex) || placeNounAfter(tokens, chunk.heads.at(-1)! + 1, view.lex)
    ? chunk
    : null;
}

/**
 * "the town of Kassab and its border crossing, which X had held", "Afrin and its countryside": past a part of the place
 * joined by "and its" (up to two plain words and a place noun, lexicon `placeNouns`), which the clause after describes
 * with the place. `at` where none stands. Issue 10, round 90.
 */
function ownPartEnd(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  if (tokens[at]?.key !== "and" || tokens[at + 1]?.key !== "its") return at;
  for (let k = at + 2; k < at + 5; k++) {
    const noun = view.lex.placeNouns.longest(tokens, k);
    if (noun && tokens[k + noun.length]?.text === ",") return k + noun.length;
    if (!/^\p{Ll}+$/u.test(tokens[k]?.text ?? "") || tokens[k].party !== undefined) return at;
  }
  return at;
}

/**
 * Past a place's name at `at`: up to three words of a name that name no party ("Tal Abyad", "al-Zabadani"), and a second
 * such name joined by "and" ("besieged Madaya and al-Zabadani, then held by X"; round 84). `at` where none stands.
 */
function placeNameEnd(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  const placeWord = (k: number) => PLACE_WORD.test(tokens[k]?.text ?? "") && tokens[k].party === undefined;
  let i = at;
  while (i < at + 3 && placeWord(i)) i++;
  if (i > at && tokens[i]?.key === "and" && placeWord(i + 1)) {
    const second = ++i;
    while (i < second + 3 && placeWord(i)) i++;
  }
  return i;
}

/** A word of a place's name: capitalised, or an Arabic article glued to a capitalised word ("al-Zabadani"). */
export const PLACE_WORD = /^(?:\p{Lu}|(?:al|el|ad|ar|as|at|an|az|ash|ath)-\p{Lu})/u;

/** Words that may stand between a relative pronoun and a holder link ("which had long been held by X"). */
const HOLDER_AUXILIARIES = new Set(["had", "has", "have", "was", "were", "is", "are", "been", "long", "still", "then"]);

/**
 * ", which had been held since 2012 by X", ", held by X", ", then under the control of X", ", which the YPG had held
 * since 2012": after a place's comma at `at`, a relative or participle clause naming the place's holder (lexicon
 * `holderLinks`, a time phrase allowed before the link's last word; in an active relative the holder stands before
 * the link's verb). The holder's chunk, or null. Issue 10, round 83.
 */
export function relativeHolder(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  let i = at;
  const relative = tokens[i]?.key === "which" || tokens[i]?.key === "that";
  if (relative) i++;
  // ("which the YPG had held since 2012": the holder before the verb.)
  let a = i;
  while (relative && DETERMINERS.has(tokens[a]?.key ?? "")) a++;
  const agent = relative ? view.covering[a] : undefined;
  if (agent && agent.start === a && agent.ref === null && !agent.modifier && !agent.owner) {
    let k = agent.end;
    while (k < agent.end + 3 && HOLDER_AUXILIARIES.has(tokens[k]?.key ?? "")) k++;
    // ("which ISIS had captured in 2015": any verb of taking or holding, lexicon `holderVerbs`; round 84.)
    const verb = tokens[k]?.key ?? "";
    return (view.lex.holdingVerbs.has(verb) || view.lex.holderVerbs.has(verb)) && tokens[k + 1]?.key !== "by"
      ? agent
      : null;
  }
  while (i < at + 5 && HOLDER_AUXILIARIES.has(tokens[i]?.key ?? "")) i++;
  const link = view.lex.holderLinks.longest(tokens, i);
  let end = link ? i + link.length : -1;
  // ("held since 2012 by X": the link's first word, a time phrase, its last word.)
  if (!link && view.lex.holdingVerbs.has(tokens[i]?.key ?? "")) {
    const time = timePhraseEnd(view, i + 1);
    if (time > i + 1 && tokens[time]?.key === "by") end = time + 1;
  }
  if (end < 0) return null;
  const holder = objectAfter(view, end);
  return holder && holder.ref === null ? holder : null;
}

/**
 * "eastern Aleppo city, which had been held by X": at `at`, a place named by adjectives, one to three capitalised
 * words naming no party and up to two place nouns, then its comma and a clause naming its holder (`relativeHolder`).
 * The holder's chunk, or null.
 */
function namedPlaceHolder(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  let i = at;
  while (DETERMINERS.has(tokens[i]?.key ?? "")) i++;
  i = adjectivesEnd(view, i);
  const named = i;
  i = placeNameEnd(view, i);
  if (i === named) return null;
  for (let kinds = 0; kinds < 2; kinds++) {
    const kind = view.lex.placeNouns.longest(tokens, i);
    if (!kind) break;
    i += kind.length;
  }
  return tokens[i]?.text === "," ? relativeHolder(view, i + 1) : null;
}

/**
 * "killed 28 and wounded 30 X militants": after a count, "and" with a second verb of harm and its own count goes on to
 * the people both verbs count. The index of the second count, or -1.
 */
export function secondCountedVerb(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  if (tokens[at]?.key !== "and" || !DIGIT_FIRST.test(tokens[at - 1]?.text ?? "")) return -1;
  const verb = tokens[at + 1];
  const verbal = verb && verb.party === undefined && (view.lex.verbs.has(verb.key) || verb.key.endsWith("ed"));
  if (!verbal || !DIGIT_FIRST.test(tokens[at + 2]?.text ?? "")) return -1;
  return at + 2;
}

/**
 * "were killed in a series of Russian air strikes": a name the mention layer read together with its act noun (a
 * state's demonym before "air strikes", "raids") at token `at`: the act's agent. The chunk, or null.
 */
export function namedActAgent(view: SentenceView, at: number): Chunk | null {
  const chunk = view.covering[at];
  if (!chunk || chunk.start !== at || chunk.ref !== null || chunk.modifier) return null;
  return heldActNoun(view, at) !== null ? chunk : null;
}

/**
 * The lemma of the hostile act noun a name at token `at` was read with by the mention layer ("Russian air strikes",
 * "Syrian raids"): the noun, in lower case, ends the name's surface after at least one word. Null when it holds none.
 */
export function heldActNoun(view: SentenceView, at: number): string | null {
  const party = view.tokens[at]?.party;
  if (party === undefined) return null;
  const words = surfaceTokens(view.template.units[party].surface);
  for (let k = 1; k < words.length; k++) {
    const act = view.lex.triggers.at(words, k).find((p) =>
      k + p.length === words.length && p.value.trigger.pos === "noun" && p.value.trigger.type === "clash"
    );
    // ("Al-Nusra Front": a capitalised noun is part of a name, not an act.)
    if (act && !CAPITALISED.test(words[k].text)) return act.value.trigger.lemma;
  }
  return null;
}

/**
 * "the U.S.-backed Syria Democratic Forces (SDF)": a name the gazetteer lacks (up to four capitalised words, none a
 * name) followed by the bracketed name it goes by. The bracketed chunk, when the capitalised run starts at `at`.
 */
export function bracketedNameAfter(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  let i = at;
  while (i < at + 4 && CAPITALISED.test(tokens[i]?.text ?? "") && !view.covering[i] && tokens[i].party === undefined) {
    i++;
  }
  if (i === at || tokens[i]?.text !== "(") return null;
  const chunk = view.covering[i + 1];
  return chunk && chunk.start === i + 1 && tokens[chunk.end]?.text === ")" && chunk.ref === null && !chunk.modifier
    ? chunk
    : null;
}

/** Day names and parts of a day a wire report dates its events with ("on Sunday", "on Tuesday night"). */
const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const DAY_PARTS = new Set(["morning", "afternoon", "evening", "night"]);

/** The end of "on Sunday", "on Tuesday night", "overnight", "early Tuesday" starting at `at`, else `at`. */
function dayPhraseEnd(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  let i = at;
  if (tokens[i]?.key === "on" || tokens[i]?.key === "early" || tokens[i]?.key === "late") i++;
  if (!WEEKDAYS.has(tokens[i]?.key ?? "")) return at;
  i++;
  if (DAY_PARTS.has(tokens[i]?.key ?? "")) i++;
  return i;
}

/** Times of day a wire report puts right after its verb ("attacked at dawn the headquarters of Y"). */
const VERB_TIMES = [["at", "dawn"], ["at", "night"], ["at", "midnight"], ["overnight"], ["yesterday"], ["today"]];

/**
 * "X attacked at dawn the headquarters of Y", "X shelled on Sunday the positions of Y": the end of a time phrase
 * right after a hostile verb, before its object (a determiner follows), else `at`.
 */
export function verbTimeEnd(view: SentenceView, at: number): number {
  const tokens = view.tokens;
  let end = dayPhraseEnd(view, at);
  if (end === at) {
    const phrase = VERB_TIMES.find((words) => words.every((word, k) => tokens[at + k]?.key === word));
    if (phrase) end = at + phrase.length;
  }
  return end > at && ARTICLE.test(tokens[end]?.key ?? "") ? end : at;
}

/**
 * "launched an offensive in the Daraa countryside on Sunday against Y", "carried out strikes on Tuesday against Y":
 * a noun's preposition at `prepAt` that opens a time phrase ("on Sunday", "in March 2015") is no object's; the
 * preposition right after the phrase is, when it is one of `preps`. The position of the preposition to read.
 */
export function prepositionPastTime(view: SentenceView, prepAt: number, preps: readonly string[]): number {
  const day = dayPhraseEnd(view, prepAt);
  const end = day > prepAt ? day : timePhraseEnd(view, prepAt);
  if (end === prepAt) return prepAt;
  return preps.includes(view.tokens[end]?.key ?? "") ? end : prepAt;
}

/** Prepositions of a place phrase an action noun may carry before its own preposition. */
/** A word, hyphenated or not ("north-east"). */
const HYPHENED_WORD = /^\p{L}[\p{L}-]*$/u;

// ("their offensive into north-east Idlib against the SDF", "a campaign across Idlib against HTS": round 84.)
const PLACE_PREPOSITIONS = new Set(["in", "near", "around", "inside", "into", "across", "throughout"]);

/**
 * "X's surprise offensive in Daraa countryside on Sunday against Y": after an action noun ending at `at`, a place
 * phrase without names, commas or boundaries (up to six words) and the noun's own preposition (one of `preps`). Its
 * position, else -1. Where a verb the noun is the subject of ends the place phrase ("clashes in Qamishli took place
 * between A and B"), `pastVerb` reads on from the word after it, as it does after a verb right after the noun.
 */
export function prepositionPastPlace(
  view: SentenceView,
  at: number,
  preps: readonly string[],
  pastVerb?: (view: SentenceView, at: number, preps: readonly string[]) => number,
): number {
  const tokens = view.tokens;
  if (!PLACE_PREPOSITIONS.has(tokens[at]?.key ?? "")) return -1;
  for (let i = at + 1; i < at + 7 && i < tokens.length; i++) {
    const token = tokens[i];
    if (preps.includes(token.key)) return i;
    // ("into north-east Syria": a hyphenated word of a place's phrase.)
    if (view.covering[i] || !HYPHENED_WORD.test(token.text) || view.lex.boundaries.has(token.key)) return -1;
    if (view.lex.verbs.has(token.key)) return pastVerb && i > at + 1 ? pastVerb(view, i + 1, preps) : -1;
  }
  return -1;
}

/** How far an opening act's verb may stand from it: past its place phrase, still bounded (issue 10, round 12). */
const OPENING_ACT_REACH = 24;

/**
 * "An Israeli airstrike on a government-held village on the Syrian side of the Golan Heights ceasefire line killed
 * five Y": a name holding its act noun (`namedActAgent`) opens the sentence, its "on"/"against" phrase runs on without
 * a name, comma, boundary or verb, and the hostile verb at `at` follows: the act's agent is the verb's subject, however
 * long the phrase (up to `OPENING_ACT_REACH` words). The subject, or null.
 */
export function openingActSubject(view: SentenceView, at: number): Subject | null {
  const chunk = view.chunks[0];
  let start = 0;
  while (DETERMINERS.has(view.tokens[start]?.key ?? "")) start++;
  if (!chunk || chunk.start !== start || at <= chunk.end || at - chunk.end > OPENING_ACT_REACH) return null;
  if (!/^(?:on|against)$/.test(view.tokens[chunk.end]?.key ?? "") || !namedActAgent(view, chunk.start)) return null;
  for (let i = chunk.end + 1; i < at; i++) {
    const token = view.tokens[i];
    // ("a regime-held village": a name in a held compound names the place's holder, not the act's agent.)
    const held = view.covering[i];
    if (held && held.start === i && heldPlace(view, held)) {
      i = held.end + 1;
      continue;
    }
    if (view.covering[i] || token.text === "," || view.lex.boundaries.has(token.key)) return null;
    if (view.lex.relativePronouns.has(token.key)) return null;
    // ("the Syrian side": a word after a determiner or a capitalised adjective is a noun, not a verb.)
    const before = view.tokens[i - 1];
    if (verbish(view, i) && !DETERMINERS.has(before.key) && !CAPITALISED.test(before.text)) return null;
  }
  return { chunk, distance: at - chunk.end, via: "direct" };
}
