import type { Article, Gazetteer, Mention } from "../../records/mod.ts";
import { defaultReference } from "../../reference/mod.ts";
import { lineageAt } from "./lineage.ts";
import { matchNames } from "./scan.ts";
import { mentionDates, statedPeriod } from "./mention-date.ts";
import { compileNameMatcher, type MatcherLexicon, type NameMatch, type NameMatcher } from "./trie.ts";
import { sentenceIndexAt } from "./sentence-index.ts";
export { sentenceIndexAt };

/** One compiled matcher per gazetteer and lexicon: compiling is the costly part, scanning an article is linear. */
const compiled = new WeakMap<Gazetteer, { lexicon: MatcherLexicon; matcher: NameMatcher }>();

/** The matcher of `gazetteer` under `lexicon`, compiled once and then shared. */
export function matcherFor(gazetteer: Gazetteer, lexicon: MatcherLexicon): NameMatcher {
  const cached = compiled.get(gazetteer);
  if (cached?.lexicon.names === lexicon.names && cached.lexicon.transliteration === lexicon.transliteration) {
    return cached.matcher;
  }
  const matcher = compileNameMatcher(gazetteer, lexicon);
  compiled.set(gazetteer, { lexicon, matcher });
  return matcher;
}

/**
 * A descriptor next to a name of the same organisation is an apposition ("Al Qaeda's Syrian branch, the Nusra
 * Front"), not a second mention.
 */
function isApposition(
  descriptor: NameMatch,
  name: NameMatch,
  text: string,
  lineageOf: (id: string) => string,
): boolean {
  if (lineageOf(descriptor.groupId) !== lineageOf(name.groupId)) return false;
  const gap = descriptor.end <= name.start
    ? text.slice(descriptor.end, name.start)
    : name.end <= descriptor.start
    ? text.slice(name.end, descriptor.start)
    : null;
  return gap !== null && APPOSITION_GAP.test(gap);
}

/** What may stand between a name and its apposition: spaces, commas, brackets, dashes and "the". */
const APPOSITION_GAP = /^[\s,()[\]–—-]*(?:the\s+)?$/i;

/**
 * A descriptor that takes over another group's generic names in its window ("Syrian army" after Assad's fall) wins
 * over that group's name on the same words: a name inside it, holding it or sharing words with it ("transitional
 * government forces") is written as the descriptor's group over both spans, unless the descriptor is a bare noun ("army"), which only stands alone. Inside another group's
 * name ("Free Syrian Army") it is that name's word, as any descriptor.
 */
function takeOver(names: NameMatch[], descriptors: NameMatch[]): { names: NameMatch[]; descriptors: NameMatch[] } {
  const taking = descriptors.filter((descriptor) =>
    descriptor.supersedes !== undefined &&
    !names.some((name) =>
      name.groupId !== descriptor.supersedes && name.start <= descriptor.start && descriptor.end <= name.end
    )
  );
  if (taking.length === 0) return { names, descriptors };
  const overlaps = (a: NameMatch, b: NameMatch) => a.start < b.end && b.start < a.end;
  const taken = new Set<NameMatch>();
  const relabelled = names.map((name) => {
    const by = taking.find((descriptor) =>
      descriptor.supersedes === name.groupId && overlaps(descriptor, name) &&
      (descriptor.method !== "group-noun" || (descriptor.start <= name.start && name.end <= descriptor.end))
    );
    if (!by) return name;
    taken.add(by);
    return {
      groupId: by.groupId,
      start: Math.min(name.start, by.start),
      end: Math.max(name.end, by.end),
      method: by.method,
    };
  });
  return { names: relabelled, descriptors: descriptors.filter((descriptor) => !taken.has(descriptor)) };
}

/**
 * The names, less each anchored span ("their Russian ally") that no other mention of its group stands beside (in the
 * sentence before, its own or the one after). Most texts hold none: they are returned as they are.
 */
function anchoredHolding(names: NameMatch[], article: Article): NameMatch[] {
  if (!names.some((match) => match.anchored)) return names;
  const sentenceOf = (match: NameMatch) => sentenceIndexAt(article, match.start);
  const named = names.filter((match) => !match.anchored);
  const holds = (match: NameMatch) =>
    named.some((other) => other.groupId === match.groupId && Math.abs(sentenceOf(other) - sentenceOf(match)) <= 1);
  return names.filter((match) => !match.anchored || holds(match));
}

/**
 * Every place `article` names a group of `gazetteer`, in text order, with offsets into `article.text`. `lineageId`
 * is the organisation the name stood for at `article.published.date`. `lexicon` (names and transliteration) defaults
 * to this checkout's data/lexicon.
 */
export function extractMentions(
  article: Article,
  gazetteer: Gazetteer,
  lexicon: MatcherLexicon = defaultReference().lexicon,
): Mention[] {
  const matcher = matcherFor(gazetteer, lexicon);
  const date = article.published.date;
  // (asked for every pair of a descriptor and a name: each group's lineage is followed once per article)
  const lineages = new Map<string, string>();
  const lineageOf = (groupId: string) => {
    let lineage = lineages.get(groupId);
    if (lineage === undefined) lineages.set(groupId, lineage = lineageAt(groupId, date, matcher.groups));
    return lineage;
  };
  const found = matchNames(
    matcher,
    article.text,
    date,
    mentionDates(article, lexicon.dateCues ?? defaultReference().lexicon.dateCues),
    statedPeriod(article),
  );
  const { names, descriptors } = takeOver(found.names, found.descriptors);
  // A descriptor inside a name ("regime" in "Assad regime") is that name's word, not a mention of its own.
  const standalone = descriptors.filter((descriptor) =>
    !names.some((name) =>
      isApposition(descriptor, name, article.text, lineageOf) ||
      (name.start <= descriptor.start && descriptor.end <= name.end)
    )
  );
  return [...anchoredHolding(names, article), ...standalone]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((match) => ({
      articleId: article.id,
      groupId: match.groupId,
      surface: article.text.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      sentenceIndex: sentenceIndexAt(article, match.start),
      method: match.method,
      lineageId: lineageOf(match.groupId),
    }));
}
