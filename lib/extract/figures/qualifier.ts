import type { Qualifier } from "../../records/mod.ts";
import type { NumberPhrase, Token } from "./numbers.ts";

/** Words before a number that say how the number bounds the truth, longest first. */
const QUALIFIER_WORDS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["no fewer than", "at_least"],
  ["no less than", "at_least"],
  ["a minimum of", "at_least"],
  ["at least", "at_least"],
  ["more than", "more_than"],
  ["upwards of", "more_than"],
  ["in excess of", "more_than"],
  ["well over", "more_than"],
  ["just over", "more_than"],
  ["over", "more_than"],
  ["an estimated", "about"],
  ["approximately", "about"],
  ["roughly", "about"],
  ["close to", "about"],
  ["nearly", "about"],
  ["almost", "about"],
  ["about", "about"],
  ["around", "about"],
  ["some", "about"],
  ["up to", "up_to"],
  ["as high as", "up_to"],
  ["as many as", "up_to"],
  ["at most", "up_to"],
  ["no more than", "up_to"],
  ["fewer than", "up_to"],
  ["less than", "up_to"],
];

/**
 * `QUALIFIER_WORDS` split into words once and filed under their last word, in their order: only the qualifiers ending
 * in the word right before a number are tried (most numbers have none).
 */
const QUALIFIERS_BY_LAST_WORD = (() => {
  const byLast = new Map<string, { parts: string[]; qualifier: Qualifier }[]>();
  for (const [words, qualifier] of QUALIFIER_WORDS) {
    const parts = words.split(" ");
    const last = parts[parts.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), { parts, qualifier }]);
  }
  return byLast;
})();

/** The qualifier written right before token `first` and how many words it takes ("at least" 2), or null. */
export function qualifierBefore(tokens: Token[], first: number): { qualifier: Qualifier; length: number } | null {
  const candidates = first > 0 ? QUALIFIERS_BY_LAST_WORD.get(tokens[first - 1].lower) : undefined;
  if (candidates === undefined) return null;
  for (const { parts, qualifier } of candidates) {
    const from = first - parts.length;
    if (from < 0) continue;
    let k = 0;
    while (k < parts.length - 1 && tokens[from + k].lower === parts[k]) k++;
    if (k === parts.length - 1) return { qualifier, length: parts.length };
  }
  return null;
}

/**
 * "at least" after the number or its noun ("claiming the lives of 20 civilians at least"), when no number follows
 * it: in "20 civilians, at least 5 of them children" it bounds the 5.
 */
function hasTrailingAtLeast(tokens: Token[], phrase: NumberPhrase): boolean {
  for (let k = phrase.lastToken; k <= phrase.lastToken + 2; k++) {
    if (tokens[k]?.lower === "at" && tokens[k + 1]?.lower === "least") {
      const next = tokens[k + 2];
      return !next ||
        !/^(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)/i.test(next.text);
    }
    if (
      !tokens[k] || !/^[a-z]+$/.test(tokens[k].lower) ||
      ["and", "or", "of", "in", "were", "was"].includes(tokens[k].lower)
    ) {
      return false;
    }
  }
  return false;
}

/** How a figure bounds the truth, and where its qualifier starts (the number's own start when there is none). */
export type Qualified = { qualifier: Qualifier; low: number | null; high: number | null; start: number };

/**
 * The qualifier of `phrase` from the words just before it. Open floors ("at least", "more than") keep the stated
 * number as `low` and have no `high`; ceilings ("up to") the reverse; "about" keeps the stated number as both ends;
 * vague words stay "vague" whatever precedes them, with their conventional value as a floor.
 */
export function qualify(tokens: Token[], phrase: NumberPhrase): Qualified {
  if (phrase.range) return { qualifier: "between", low: phrase.low, high: phrase.high, start: phrase.start };
  let qualifier: Qualifier = "exact";
  let start = phrase.start;
  const before = qualifierBefore(tokens, phrase.firstToken);
  if (before !== null) {
    qualifier = before.qualifier;
    start = tokens[phrase.firstToken - before.length].start;
  }
  if (qualifier === "exact" && hasTrailingAtLeast(tokens, phrase)) qualifier = "at_least";
  if (phrase.form === "vague") return { qualifier: "vague", low: phrase.low, high: null, start };
  // a sum takes the bound of its bounded part ("a commander and at least 11 fighters": at least 12)
  if (qualifier === "exact" && phrase.sumQualifier) qualifier = phrase.sumQualifier;
  if (qualifier === "at_least" || qualifier === "more_than") return { qualifier, low: phrase.low, high: null, start };
  if (qualifier === "up_to") return { qualifier, low: null, high: phrase.high, start };
  return { qualifier, low: phrase.low, high: phrase.high, start };
}
