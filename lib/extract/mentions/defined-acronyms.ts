import type { Article, Mention } from "../../records/mod.ts";
import { sentenceIndexAt } from "./sentence-index.ts";

/** A bracketed short name right after a name: "Raqqa Internal Security Forces (RISF)". */

/** A character that continues a word: an acronym used inside a longer word is no use of it ("RISFs"; a compound
 * after it, "RISF-led", is). */
const WORD_CHARACTER = /[\p{L}\d]/u;
const DEFINITION = /^\s*\(([\p{Lu}][\p{Lu}\d-]{1,7})\)/u;

/**
 * Whether `acronym` can stand for `name`: its letters, in order, are initials of the name's words ("RISF" for "Raqqa
 * Internal Security Forces"; not "YPJ" for "Women's Protection Units", an acronym of another language's words), so a
 * bracketed news agency or place ("(AFP)", "(SANA)") after a name defines nothing.
 */
export function acronymOfName(acronym: string, name: string): boolean {
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w)).map((w) => w[0].toUpperCase()).join("");
  let at = 0;
  for (const letter of acronym.replace(/[\d-]/g, "")) {
    at = initials.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return initials.length > 0 && acronym.length >= 2;
}

/**
 * Mentions of short names the article defines itself: a name followed by a bracketed acronym of its words ("the Raqqa
 * Internal Security Forces (RISF)") makes every later whole-word use of that acronym in the article ("as the SDF and
 * RISF besieged ...") a mention of the same group, where no mention holds it already. The gazetteer's own acronyms
 * are read by the matcher; this gives a discovered group, or a group whose short name the gazetteer lacks, the short
 * name the text gives it (issue 10, round 19). Sorted by position, as mentions are.
 */
export function definedAcronymMentions(article: Article, mentions: readonly Mention[]): Mention[] {
  const defined = new Map<string, { groupId: string; lineageId: string; method: Mention["method"]; from: number }>();
  for (const mention of mentions) {
    const definition = DEFINITION.exec(article.text.slice(mention.end, mention.end + 12));
    if (!definition) continue;
    const acronym = definition[1];
    if (defined.has(acronym) || !acronymOfName(acronym, mention.surface)) continue;
    defined.set(acronym, {
      groupId: mention.groupId,
      lineageId: mention.lineageId,
      method: mention.method === "discovered" ? "discovered" : "acronym",
      from: mention.end + definition[0].length,
    });
  }
  if (defined.size === 0) return [];
  const text = article.text;
  const taken = overlapTest(mentions);
  const found: Mention[] = [];
  for (const [acronym, group] of defined) {
    for (let start = text.indexOf(acronym, group.from); start >= 0; start = text.indexOf(acronym, start + 1)) {
      const end = start + acronym.length;
      const before = text[start - 1] ?? "";
      if (WORD_CHARACTER.test(before) || before === "-" || WORD_CHARACTER.test(text[end] ?? "") || taken(start, end)) {
        continue;
      }
      found.push({
        articleId: article.id,
        groupId: group.groupId,
        surface: acronym,
        start,
        end,
        sentenceIndex: sentenceIndexAt(article, start),
        method: group.method,
        lineageId: group.lineageId,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A test of whether a span overlaps any of `spans`, in logarithmic time (a document may hold thousands of mentions and
 * thousands of uses of a short name): the spans sorted by start, with the furthest end reached so far.
 */
function overlapTest(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const span of sorted) reach.push(furthest = Math.max(furthest, span.end));
  return (start, end) => {
    // The last span starting before `end`: some span up to it overlaps when the furthest end there passes `start`.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle].start < end) low = middle + 1;
      else high = middle;
    }
    return low > 0 && reach[low - 1] > start;
  };
}
