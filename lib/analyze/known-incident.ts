import type { Article, DateCues, Figure, Places } from "../records/mod.ts";
import { placesIn } from "../extract/figures/place.ts";
import { phrasePattern } from "../records/pattern.ts";

/** How many words may stand between the determiner and the event noun ("The blast", "The car bomb blast"). */
const MODIFIERS = 2;

/** Each cue lexicon's opening pattern, compiled once. */
const compiled = new WeakMap<DateCues, RegExp>();

function openingPattern(cues: DateCues): RegExp {
  let found = compiled.get(cues);
  if (!found) {
    const nouns = [...cues.antecedentEventNouns.words].sort((a, b) => b.length - a.length).map(phrasePattern).join("|");
    found = new RegExp(
      `^[^\\p{L}]*(?:the|this|that)\\s+(?:[\\p{L}'’-]+\\s+){0,${MODIFIERS}}?(?:${nouns})(?![\\p{L}])`,
      "iu",
    );
    compiled.set(cues, found);
  }
  return found;
}

/**
 * Whether a figure stands in an article's opening sentence that names its incident by a definite event noun ("The
 * blast which wiped out the commanders' meeting in Idleb killed 47", "The attack on the market ..."; the nouns are
 * `antecedentEventNouns` of data/lexicon/date-cues.json) or, given `places`, by its place ("decries the silence over Al
 * Raqqa massacre in which dozens were killed"): the article follows up an incident its readers know, told the day
 * before, not news of its own day.
 */
export function toldAsKnown(
  figure: Pick<Figure, "sentenceIndex">,
  article: Pick<Article, "text" | "sentences"> | undefined,
  cues: DateCues,
  places?: Places,
): boolean {
  const sentence = article?.sentences[0];
  if (!article || !sentence || figure.sentenceIndex !== 0) return false;
  const text = article.text.slice(sentence.start, sentence.end);
  if (openingPattern(cues).test(text)) return true;
  if (!places) return false;
  const noun = nounPattern(cues);
  // an incident named by its place ("over Al Raqqa massacre", "the Houla massacre"), not news of one ("an Idlib strike")
  return placesIn(text, places).some((m) =>
    m.level !== "country" && noun.test(text.slice(m.end)) &&
    !/\ban?\s+$/i.test(text.slice(0, m.start)) && !/^an?\s/i.test(text.slice(m.start, m.end))
  );
}

const nouns = new WeakMap<DateCues, RegExp>();
function nounPattern(cues: DateCues): RegExp {
  let found = nouns.get(cues);
  if (!found) {
    const words = [...cues.antecedentEventNouns.words].sort((a, b) => b.length - a.length).map(phrasePattern).join("|");
    found = new RegExp(`^\\s+(?:${words})(?![\\p{L}])`, "iu");
    nouns.set(cues, found);
  }
  return found;
}
