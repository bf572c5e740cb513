import type { Article, Mention, RejectedCandidates } from "../../records/mod.ts";
import {
  candidateKey,
  type CandidateSpan,
  candidateSpans,
  NOT_NAME_WORDS,
  overlapsKnown,
  rejectedKeys,
} from "./candidates.ts";
import { sentenceIndexAt } from "./extract-mentions.ts";
import { definedAcronymMentions } from "./defined-acronyms.ts";
import type { Folding } from "./fold.ts";
import { extractMentions, matcherFor } from "./extract-mentions.ts";
import type { MatcherLexicon, NameWords } from "./trie.ts";
import type { Gazetteer } from "../../records/mod.ts";

/** The id prefix of a group found in the text but absent from the gazetteer: unreviewed until an analyst accepts it. */
export const DISCOVERED_PREFIX = "new:";

/** Whether a group id is a discovered, unreviewed one (`new:<slug>`). */
export const isDiscovered = (groupId: string) => groupId.startsWith(DISCOVERED_PREFIX);

/**
 * One corpus's discovered names: canonical key → slug. The first spelling seen gives the slug, and every later
 * spelling with the same canonical key ("Liwa al Haq", "Liwa al-Haqq") gets it too, so one organisation has one id.
 */
export type DiscoveredSlugs = Map<string, string>;

/** The name in lower-case ASCII with hyphens: "Liwa al-Haqq" → "liwa-al-haqq", "Kata'ib" → "kataib". */
export function slugOf(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’‘ʼʾʿ`´]/g, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

const ENGLISH_HEAD_WORDS = /^(?:Brigades?|Division|Army|Battalions?|Front|Legion|Movement|Corps|Regiment|Militias?)$/;
/** Heads a "<head> of (the) X" name may have to be discovered: formations and military councils, not "Forces of X". */
const OF_FORM_HEADS = /^(?:brigades?|battalions?|regiment|division|legion|corps|military council)$/;
/** Heads beyond the formations whose name must hold a word that is no acronym ("UN Forces", "SDF militia"). */
const FORMATION_HEADS = /^(?:brigades?|battalions?|regiment|division|legion|corps)$/;

/** The pattern of a head word opening or closing a name, built once per head (a few dozen) rather than per span. */
const headPatterns = new Map<string, RegExp>();
function headPattern(head: string): RegExp {
  let pattern = headPatterns.get(head);
  if (pattern === undefined) headPatterns.set(head, pattern = new RegExp(`^${head}\\b|\\b${head}$`));
  return pattern;
}

/** Words of a candidate's name, without its head and the article before names. */
function nameWords(surface: string, span: CandidateSpan, words: NameWords): string[] {
  if (span.form === "tribal") {
    return surface.split(/[\s\-‐]+/).map((word) => word.replace(/['’]s$/, "")).filter((word) =>
      /^\p{Lu}/u.test(word) && !words.tribeWords.has(word.toLowerCase()) &&
      !words.tribalForceWords.has(word.toLowerCase()) && !/^(?:al|el|the)$/i.test(word)
    );
  }
  return surface.replace(headPattern(span.head), "").split(/[\s\-‐]+/).filter((word) =>
    word !== "" && !/^(?:al|el|wal|of|the|for|and)$/i.test(word)
  );
}

/**
 * The rules a candidate must pass to become a discovered group (README: "Discovered groups"): an Arabic head word
 * (Liwa, Jaysh, Katibat, Harakat, Saraya ...) followed by a name; an English head of `discoveryHeads` (Brigade,
 * Battalion, Regiment, Division, Legion, Corps, Guards, Forces, militia, Military Council) or a tribe's
 * armed men ("<Name> tribal forces") whose name holds a proper word: one outside `unitTypeWords` (unit types,
 * ordinals, directions, communities, nationalities: "Armoured Brigade", "Kurdish militia", "Arab tribal forces"
 * are descriptions) and `epithetWords`, or two words one of which is an epithet ("Coastal Shield Brigade", not
 * "Liberation Brigade"). Beyond the formations' heads, an acronym is no proper word ("UN Forces"). No name holding
 * an institution's word (`nonGroupWords`: hospital, media, agency) or a possessive is discovered. "Front",
 * "Movement", "Gathering" and "Army" names, and units named by their number, stay review candidates only.
 */
export function acceptedAsGroup(surface: string, span: CandidateSpan, words: NameWords): boolean {
  const name = nameWords(surface, span, words);
  if (name.some((word) => words.nonGroupWords.has(word.toLowerCase()))) return false;
  // A possessive inside the span ("the Division's Badr Martyrs Brigade", "CIA's") runs a name on from prose.
  if (span.form !== "tribal" && name.some((word) => /['’]s$/.test(word))) return false;
  if (span.form === "arabic") return name.length > 0;
  // A unit named by its number ("3rd Infantry Division", "Task Force 20") stays a review candidate, as "Front" names
  // do: the blind sets write it under its own id, its army's, or an id with its army's demonym, and read as its own
  // group it scored 12 right of 32 new relations (issue 10, round 74).
  if (span.form === "numbered") return false;
  const head = span.head.toLowerCase();
  if (span.form === "english-of" && !OF_FORM_HEADS.test(head)) return false;
  // A second head inside ("Idlib Army Freedom Brigade", "Iraqi Militia Creates Brigade") is two names or a headline
  // run together (FA-KES strips commas), not one name.
  if (span.form === "name-english" && name.some((word) => ENGLISH_HEAD_WORDS.test(word))) return false;
  if (span.form !== "tribal" && !words.discoveryHeads.has(head)) return false;
  const acronymsCount = span.form === "tribal" || FORMATION_HEADS.test(head);
  const proper = (word: string) =>
    /^\p{Lu}/u.test(word) && !words.unitTypeWords.has(word.toLowerCase()) &&
    !words.epithetWords.has(word.toLowerCase()) && !/^\d/.test(word) && !/^[IVXL]+(?:th|st|nd|rd)?$/.test(word) &&
    (acronymsCount || !/^[\p{Lu}\d.]+$/u.test(word));
  if (name.some(proper)) return true;
  return name.length >= 2 && name.some((word) => words.epithetWords.has(word.toLowerCase()));
}

/**
 * Whether the span is only part of a longer name, so its slug would name nobody: the name runs on to the left ("the
 * Companions of the Prophet Brigade", "Suleyman-Shah Brigade", "the 12th Peacekeeping Brigade", a capitalised word
 * the pattern's length limit left out) or, for an Arabic-headed name at that limit, to the right ("Kataib Rouh Allah
 * Issa Ibn Maryam").
 */
export function isFragment(text: string, span: { start: number; end: number; form: CandidateSpan["form"] }): boolean {
  // "fighters of the Naim clan" opens with a common noun: what precedes it is prose, not part of the name.
  if (span.form === "tribal" && /^\p{Ll}/u.test(text.slice(span.start, span.start + 1))) return false;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  if (/[-‐\p{L}]$/u.test(before) || /\d(?:st|nd|rd|th)?\s+$/.test(before)) return true;
  // "the Companions of the Prophet Brigade" is one name; "Members of the ... Brigade" opening a sentence is prose.
  if (
    /(?:^|[^.!?\s]\s+)\p{Lu}[\p{L}'’]*\s+of\s+(?:the\s+)?$/u.test(before) &&
    !/(?:^|[.!?]\s+)\p{Lu}[\p{L}'’]*\s+of\s+(?:the\s+)?$/u.test(before)
  ) {
    return true;
  }
  const previous = before.match(/(\p{Lu}[\p{L}'’]*)[ \t]+$/u);
  if (previous && !NOT_NAME_WORDS.has(previous[1])) return true;
  return span.form === "arabic" && /^[ \t]+(?:al-)?\p{Lu}/u.test(text.slice(span.end, span.end + 10));
}

/**
 * Discovered mentions of `article`: every candidate span that passes `acceptedAsGroup`, overlaps no gazetteer
 * mention (`known`) and was not rejected by an analyst, as a mention of `new:<slug>` with method "discovered". The
 * slug is shared through `slugs` across one corpus.
 */
export function discoverMentions(
  article: Article,
  known: Mention[],
  context: { folding: Folding; words: NameWords; rejected: RejectedCandidates; slugs: DiscoveredSlugs },
): Mention[] {
  const rejected = rejectedKeys(context.rejected, context.folding);
  const found: Mention[] = [];
  for (const span of candidateSpans(article.text, context.words)) {
    if (overlapsKnown(span.start, span.end, known) || overlapsKnown(span.start, span.end, found)) continue;
    // A possessive's "'s" is not part of the name ("Ansar al-Islam's fighters").
    const end = /['’]s$/.test(article.text.slice(span.start, span.end)) ? span.end - 2 : span.end;
    const surface = article.text.slice(span.start, end);
    if (!acceptedAsGroup(surface, span, context.words) || isFragment(article.text, { ...span, end })) continue;
    const key = candidateKey(surface, context.folding);
    if (rejected.has(key)) continue;
    let slug = context.slugs.get(key);
    if (slug === undefined) context.slugs.set(key, slug = slugOf(surface));
    const groupId = `${DISCOVERED_PREFIX}${slug}`;
    found.push({
      articleId: article.id,
      groupId,
      surface,
      start: span.start,
      end,
      sentenceIndex: sentenceIndexAt(article, span.start),
      method: "discovered",
      lineageId: groupId,
    });
  }
  return found;
}

/** The lexicons discovery reads: the matcher's, and the names analysts rejected. */
export type DiscoveryLexicon = MatcherLexicon & { rejected: RejectedCandidates };

/**
 * Every mention of `article`: the gazetteer's (`extractMentions`) and, around them, the discovered groups, in text
 * order. `slugs` carries one corpus's discovered names from article to article (a fresh map per corpus).
 */
export function extractMentionsWithDiscovered(
  article: Article,
  gazetteer: Gazetteer,
  lexicon: DiscoveryLexicon,
  slugs: DiscoveredSlugs,
): Mention[] {
  const known = extractMentions(article, gazetteer, lexicon);
  const { folding, words } = matcherFor(gazetteer, lexicon);
  const discovered = discoverMentions(article, known, { folding, words, rejected: lexicon.rejected, slugs });
  const named = [...known, ...discovered];
  // ("the Raqqa Internal Security Forces (RISF) ... the SDF and RISF": short names the article defines.)
  named.push(...definedAcronymMentions(article, named));
  return named.sort((a, b) => a.start - b.start || b.end - a.end);
}
