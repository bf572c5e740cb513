import type {
  Article,
  Attributions,
  DateCues,
  Figure,
  Places,
  TallyLexicon,
  TransliterationLexicon,
  VictimLexicon,
} from "../../records/mod.ts";
import { arabicNameWords, defaultReference } from "../../reference/mod.ts";
import { type NumberPhrase, readNumbers, tokenize } from "./numbers.ts";
import { qualify } from "./qualifier.ts";
import { trapReason } from "./traps.ts";
import { type KindReading, readKind } from "./kind.ts";
import { readWho } from "./who.ts";
import { readAttribution } from "./source.ts";
import { type PlaceMention, placeMentionIn, placeOfText, type PlacesOfText, readPlacesOf } from "./place.ts";
import { readScope } from "./scope.ts";
import { readImplicitCounts, readImplicitKind } from "./implicit.ts";
import { quotedSpeaker } from "./speaker.ts";
import { withoutRestatements } from "./restatement.ts";
import { markParts } from "./part-of.ts";
import { SentenceMark, textMarks } from "./may-hold.ts";
import { eventDate } from "../dates/event-date.ts";

/** The part of a sentence between semicolons that holds offset `at`: scope cues of one clause do not leak. */
function clauseAround(sentence: string, at: number): string {
  const from = sentence.lastIndexOf(";", at) + 1;
  const to = sentence.indexOf(";", at);
  return sentence.slice(from, to === -1 ? undefined : to);
}

/** The sentence before `index` when it is in the same paragraph (no line break between), else null. */
function previousInParagraph(article: Article, index: number): string | null {
  if (index === 0) return null;
  const previous = article.sentences[index - 1];
  const current = article.sentences[index];
  if (article.text.slice(previous.end, current.start).includes("\n")) return null;
  return article.text.slice(previous.start, previous.end);
}

/**
 * Every casualty or displacement figure `article` states, in text order.
 *
 * A figure is a number (digits, words, vague words, or a range) that no trap rules out (dates, ages, money, counts of
 * things ...) and that a cue word around it gives a kind. `start`/`end` are the offsets in `article.text` of the
 * figure's own words (qualifier and number: "more than 310,000"); `quote` is the whole sentence holding it, trimmed.
 * `location` is the place of the figure's own clause (`readPlaceMention`: the most specific it names), else of a
 * clause of the sentence no other figure holds, or for an event figure the most specific place of the sentence before
 * it in the same paragraph ("The humanitarian situation in Daraa is dire. OCHA estimates ... displaced"). Places and sources
 * come from `reference` (data/places.json, data/figure-attributions.json), by default this checkout's. A person counted
 * by a determiner ("a civilian was killed", "killing a man and injuring another") is a figure of 1 marked `implicit`
 * (data/lexicon/victims.json); an implicit count joined by "and" to another count is summed ("two civilians and a
 * child": 3, implicit).
 */
export function extractFigures(
  article: Article,
  reference: {
    places: Places;
    attributions: Attributions;
    lexicon: {
      victims: VictimLexicon;
      dateCues?: DateCues;
      tallies?: TallyLexicon;
      transliteration?: TransliterationLexicon;
    };
  } = defaultReference(),
): Figure[] {
  const { places, attributions } = reference;
  const victims = reference.lexicon.victims;
  // the Arabic articles and particles a person's name may hold: the reference's, else this checkout's
  const arabic = arabicNameWords(reference.lexicon.transliteration ?? defaultReference().lexicon.transliteration);
  // the date cues of the reference given (the pipeline's), else this checkout's
  const dateCues = reference.lexicon.dateCues ?? defaultReference().lexicon.dateCues;
  const figures: Figure[] = [];
  // the places of each sentence read so far: a sentence's figures and those of the sentence after it ask for them
  const placesRead: (PlacesOfText | undefined)[] = [];
  const placesOf = (index: number, text: string) => placesRead[index] ??= readPlacesOf(text, places);
  article.sentences.forEach((span, sentenceIndex) => {
    // most sentences state no number, count nobody or hold no word a kind is read from ("killed", "fighters",
    // "toll" ...): passed over before they are cut out and tokenised
    const marks = textMarks(article.text, span.start, span.end, victims);
    if ((marks & SentenceMark.figure) === 0 || (marks & SentenceMark.kind) === 0) return;
    const sentence = article.text.slice(span.start, span.end);
    const tokens = tokenize(sentence);
    const phrases = readNumbers(sentence, tokens);
    const mayCount = (marks & SentenceMark.count) !== 0;
    const { counts, absorbed } = readImplicitCounts(tokens, phrases, victims, arabic, mayCount);
    const read = [...phrases.filter((p) => !absorbed.has(p)), ...counts].sort((a, b) => a.start - b.start);
    const kept: { phrase: NumberPhrase; isImplicit: boolean; kind: KindReading }[] = [];
    for (const phrase of read) {
      const isImplicit = phrase.form === "implicit";
      if (!isImplicit && trapReason(sentence, tokens, phrase)) continue;
      const kind = isImplicit ? readImplicitKind(tokens, phrase, victims, arabic) : readKind(tokens, phrase, phrases);
      if (kind) kept.push({ phrase, isImplicit, kind });
    }
    if (kept.length === 0) return;
    // what every figure of the sentence shares, read once: who speaks in it, and the place of the sentence before it
    const speaker = quotedSpeaker(article.text, sentence, span.start);
    let placeBefore: PlaceMention | null | undefined;
    const placeOfPrevious = () => {
      if (placeBefore === undefined) {
        const previous = previousInParagraph(article, sentenceIndex);
        placeBefore = previous === null ? null : placeOfText(placesOf(sentenceIndex - 1, previous), previous);
      }
      return placeBefore;
    };
    for (const { phrase, isImplicit, kind } of kept) {
      const { qualifier, low, high, start } = qualify(tokens, phrase);
      const value = Math.max(low ?? 0, high ?? 0);
      const scope = readScope(clauseAround(sentence, phrase.start), kind.kind, value, phrase.vagueTerm);
      let who = readWho(tokens, phrase) ?? (kind.kind === "fighters" ? "fighters" : null);
      let attributedTo = readAttribution(sentence, attributions, phrase.start);
      if (speaker) {
        attributedTo = `${speaker.name}, ${speaker.organisation} ${speaker.role}`;
        if (who === "fighters") who = `${speaker.organisation} fighters`;
      }
      const others = kept.filter((k) => k.phrase !== phrase && k.kind.kind === kind.kind).map((k) => k.phrase);
      const place = placeMentionIn(placesOf(sentenceIndex, sentence), sentence, phrase.start, phrase.end, others) ??
        (scope === "event" ? placeOfPrevious() : null);
      const location = place?.name ?? null;
      figures.push({
        articleId: article.id,
        kind: kind.kind,
        low,
        high,
        qualifier,
        vagueTerm: phrase.vagueTerm,
        who,
        attributedTo,
        location,
        scope,
        quote: sentence.trim(),
        start: span.start + start,
        end: span.start + phrase.end,
        sentenceIndex,
        date: eventDate(article, sentenceIndex, { start: span.start + start, end: span.start + phrase.end }, dateCues),
        ...(isImplicit ? { implicit: true as const } : {}),
        ...(place
          ? {
            place: {
              level: place.level,
              governorate: place.governorate,
              lat: place.lat,
              lon: place.lon,
              ...(place.cityOnly ? { cityOnly: true as const } : {}),
            },
          }
          : {}),
      });
    }
  });
  // the tally lexicon of the reference given (the pipeline's), else this checkout's
  const tallies = reference.lexicon.tallies ?? defaultReference().lexicon.tallies;
  return markParts(withoutRestatements(figures), article, tallies);
}
