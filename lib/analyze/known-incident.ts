import type { Article, DateCues, Figure } from "../records/mod.ts";

/** How many words may stand between the determiner and the event noun ("The blast", "The car bomb blast"). */
const MODIFIERS = 2;

/** Each cue lexicon's opening pattern, compiled once. */
const compiled = new WeakMap<DateCues, RegExp>();

function openingPattern(cues: DateCues): RegExp {
  let found = compiled.get(cues);
  if (!found) {
    const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
    const nouns = [...cues.antecedentEventNouns.words].sort((a, b) => b.length - a.length).map(escape).join("|");
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
 * `antecedentEventNouns` of data/lexicon/date-cues.json): the article follows up an incident its readers know, told
 * the day before, not news of its own day.
 */
export function toldAsKnown(
  figure: Pick<Figure, "sentenceIndex">,
  article: Pick<Article, "text" | "sentences"> | undefined,
  cues: DateCues,
): boolean {
  const sentence = article?.sentences[0];
  if (!article || !sentence || figure.sentenceIndex !== 0) return false;
  return openingPattern(cues).test(article.text.slice(sentence.start, sentence.end));
}
