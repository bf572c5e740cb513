import type { Article, Figure, TallyLexicon } from "../records/mod.ts";
import { phrasePattern } from "../records/pattern.ts";

/** Each signature's words as one pattern, compiled once per lexicon. */
const compiled = new WeakMap<TallyLexicon, { name: string; pattern: RegExp }[]>();

function signaturePatterns(tallies: TallyLexicon): { name: string; pattern: RegExp }[] {
  let found = compiled.get(tallies);
  if (!found) {
    found = tallies.incidentSignatures.signatures.map(({ name, words }) => ({
      name,
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(phrasePattern).join("|")})(?![\\p{L}\\p{N}])`, "iu"),
    }));
    compiled.set(tallies, found);
  }
  return found;
}

/**
 * The rare kind of attack a figure's sentence names (`incidentSignatures`: "a suspected chemical attack killed 58",
 * "exposure to sarin"), the first listed where it names several; null where it names none or the article is unknown.
 */
export function incidentSignature(
  figure: Pick<Figure, "sentenceIndex">,
  article: Pick<Article, "text" | "sentences"> | undefined,
  tallies: TallyLexicon,
): string | null {
  const sentence = article?.sentences[figure.sentenceIndex];
  if (!article || !sentence) return null;
  const text = article.text.slice(sentence.start, sentence.end);
  return signaturePatterns(tallies).find(({ pattern }) => pattern.test(text))?.name ?? null;
}
