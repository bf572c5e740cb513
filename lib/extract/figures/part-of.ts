import type { Article, Figure, TallyLexicon } from "../../records/mod.ts";

/** The subset cues of a tally lexicon as two anchored patterns, compiled once per lexicon. */
const subsetPatterns = new WeakMap<TallyLexicon, { before: RegExp; after: RegExp }>();
function subsetCues(tallies: TallyLexicon): { before: RegExp; after: RegExp } {
  let found = subsetPatterns.get(tallies);
  if (!found) {
    const words = (list: string[]) => list.map((w) => w.replace(/ /g, "\\s+")).join("|");
    found = {
      before: new RegExp(
        `\\b(?:${words(tallies.subsetOpeners.words)})\\.?\\s+(?:(?:at least|about|more than|some)\\s+)?$`,
        "i",
      ),
      after: new RegExp(`^\\s+(?:${words(tallies.subsetOwners.words)})\\b`, "i"),
    };
    subsetPatterns.set(tallies, found);
  }
  return found;
}

/** How many figures before a figure are searched for the count it is part of. */
const WHOLE_REACH = 12;

/**
 * The count a figure is part of ("killed 18 people, among them 5 children", "Three of the dead were women",
 * `subsetOpeners`/`subsetOwners`): its words say so and an earlier figure of its article, of the same kind, in its
 * sentence or the one before, counts at least as many; the nearest such figure that is no part itself ("Three of the
 * dead" after "18 killed, among them 5 children" is part of the 18). Undefined where it is no part.
 */
export function wholeOf(
  figure: Figure,
  earlier: readonly Figure[],
  article: Pick<Article, "text" | "sentences">,
  tallies: TallyLexicon,
): Figure | undefined {
  const { before, after } = subsetCues(tallies);
  const sentence = article.sentences[figure.sentenceIndex];
  const head = article.text.slice(Math.max(sentence?.start ?? 0, figure.start - 30), figure.start);
  const tail = article.text.slice(figure.end, Math.min(sentence?.end ?? figure.end, figure.end + 30));
  if (!before.test(head) && !after.test(tail)) return undefined;
  const count = figure.low ?? figure.high ?? Infinity;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const other = earlier[i];
    if (
      other.articleId === figure.articleId && other.kind === figure.kind && other.partOf === undefined &&
      figure.sentenceIndex - other.sentenceIndex <= 1 && other.sentenceIndex <= figure.sentenceIndex &&
      other.start < figure.start && (other.low ?? other.high ?? 0) >= count
    ) return other;
  }
  return undefined;
}

/**
 * An article's figures (in text order) with each part of a count stated before it marked `partOf` (the whole's start
 * offset): such a part is kept, with its citation, but is no report of an incident of its own, so totals never count
 * its victims twice.
 */
export function markParts(figures: Figure[], article: Pick<Article, "text" | "sentences">, tallies: TallyLexicon) {
  const marked: Figure[] = [];
  for (const figure of figures) {
    const whole = wholeOf(figure, marked.slice(Math.max(0, marked.length - WHOLE_REACH)), article, tallies);
    marked.push(whole ? { ...figure, partOf: whole.start } : figure);
  }
  return marked;
}
