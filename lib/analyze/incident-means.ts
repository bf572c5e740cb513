import type { Article, Figure, TallyLexicon } from "../records/mod.ts";
import { phrasePattern } from "../records/pattern.ts";

/** A word as matched: lower case, spaces and hyphens alike. */
const fold = (word: string) => word.toLowerCase().replace(/[\s-]+/g, " ");

/** All means' words as one pattern (longest first, so "barrel bomb" wins over "bomb") and the means of each word. */
const compiled = new WeakMap<TallyLexicon, { pattern: RegExp; meansOf: Map<string, string[]> }>();

function meansPattern(tallies: TallyLexicon): { pattern: RegExp; meansOf: Map<string, string[]> } {
  let found = compiled.get(tallies);
  if (!found) {
    const meansOf = new Map<string, string[]>();
    for (const { name, words } of tallies.incidentMeans.means) {
      for (const word of words) {
        const names = meansOf.get(fold(word)) ?? [];
        if (!names.includes(name)) meansOf.set(fold(word), [...names, name]);
      }
    }
    const words = [...meansOf.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(phrasePattern).join("|")})(?![\\p{L}\\p{N}])`, "giu");
    compiled.set(tallies, found = { pattern, meansOf });
  }
  return found;
}

/**
 * The means of killing a text names (`incidentMeans` of data/lexicon/tallies.json: "air", "ground fire",
 * "explosive", "fighting", "execution", "gunfire", "chemical"), in lexicon order; a word that names two means
 * ("bombardment") gives both, unless the text names one of them by a word of one means only, which tells which it is
 * ("warplanes bombed" is from the air; "a suicide bombing" a bomb on the ground); a longer word holds the shorter ones
 * inside it ("a barrel bomb attack" is from the air, not a bomb attack). Empty where it names none.
 */
export function meansIn(text: string, tallies: TallyLexicon): string[] {
  const { pattern, meansOf } = meansPattern(tallies);
  const plain = new Set<string>();
  const ambiguous: string[][] = [];
  for (const match of text.matchAll(pattern)) {
    const names = meansOf.get(fold(match[0])) ?? [];
    if (names.length === 1) plain.add(names[0]);
    else if (names.length > 1) ambiguous.push(names);
  }
  const named = new Set(plain);
  for (const names of ambiguous) {
    const told = names.filter((name) => plain.has(name));
    for (const name of told.length > 0 ? told : names) named.add(name);
  }
  return tallies.incidentMeans.means.map(({ name }) => name).filter((name) => named.has(name));
}

/**
 * The means of killing a figure's sentence names (`meansIn`): "rebel rockets killed 6" is ground fire, "a barrel
 * bomb killed 15" from the air; empty where the sentence names none or the article is unknown.
 */
export function incidentMeans(
  figure: Pick<Figure, "sentenceIndex">,
  article: Pick<Article, "text" | "sentences"> | undefined,
  tallies: TallyLexicon,
): string[] {
  const sentence = article?.sentences[figure.sentenceIndex];
  if (!article || !sentence) return [];
  return meansIn(article.text.slice(sentence.start, sentence.end), tallies);
}

/** Of `means`, those that go on for days after their first report, with how many (`spansDays` of `incidentMeans`). */
export function lastingMeans(means: readonly string[], tallies: TallyLexicon): Record<string, number> {
  return Object.fromEntries(
    tallies.incidentMeans.means.filter((m) => means.includes(m.name) && (m.spansDays ?? 0) > 0)
      .map((m) => [m.name, m.spansDays!]),
  );
}

/** Whether two sets of means agree: either names none, or they share one. */
export const meansAgree = (a: Iterable<string>, b: readonly string[]): boolean => {
  if (b.length === 0) return true;
  let any = false;
  for (const means of a) {
    any = true;
    if (b.includes(means)) return true;
  }
  return !any;
};
