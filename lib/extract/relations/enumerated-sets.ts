import type { RelationLexicon } from "../../records/mod.ts";
import type { SentenceTemplate } from "./template.ts";
import { escapeRegExp } from "../../records/pattern.ts";

/**
 * An unnamed counted set ("six groups", "four military councils", "several factions") whose members a list names:
 * after a colon to the end of its own sentence ("X established four military councils: A, B and C"), or as the whole
 * of the next sentence opened by a list introduction ("... joined X. They are A, B and C."). The set is replaced in
 * the sentence's template by the list itself, so every frame (subject, object, passive agent, noun) reads the named
 * groups where the text wrote the set. `borrowed` says which sentence lent the names, so the relations cite it.
 */
export type EnumeratedTemplate = SentenceTemplate & { borrowed?: { sentence: number; groups: string[] } };

type Patterns = { collective: RegExp; colonList: RegExp; introduced: RegExp; item: RegExp };

const compiled = new WeakMap<RelationLexicon, Patterns>();

const escape = escapeRegExp;

/** A list of two names or more, items "the ⟦k⟧" or "⟦k⟧" joined by commas and "and". */
const LIST = String.raw`(?:the )?⟦\d+⟧(?:(?:,| and|, and) (?:the )?⟦\d+⟧)+`;

function patterns(lexicon: RelationLexicon): Patterns {
  let found = compiled.get(lexicon);
  if (!found) {
    const { counts, nouns } = lexicon.enumeratedSets;
    const alt = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
    // Up to three modifiers between the count and the noun ("four new military councils"): bounded, so linear.
    found = {
      collective: new RegExp(
        String.raw`(?<![\p{L}\p{N}⟧])(?:${alt(counts)}|\d{1,3})(?: [\p{L}][\p{L}-]*){0,3}? (?:${
          alt(nouns)
        })(?![\p{L}-])`,
        "giu",
      ),
      colonList: new RegExp(String.raw`: (${LIST})[.;]?$`, "u"),
      introduced: new RegExp(String.raw`^(?:${alt(lexicon.listIntroductions.words)}) (${LIST})\.?$`, "iu"),
      item: /⟦(\d+)⟧/gu,
    };
    compiled.set(lexicon, found);
  }
  return found;
}

/** The one counted set of a template text, or null when there is none or several. */
function onlyCollective(text: string, collective: RegExp): { index: number; length: number } | null {
  const all = [...text.matchAll(collective)];
  return all.length === 1 ? { index: all[0].index, length: all[0][0].length } : null;
}

/** "⟦a⟧, ⟦b⟧ and ⟦c⟧" for the given placeholder numbers. */
function listText(indices: number[]): string {
  const names = indices.map((k) => `⟦${k}⟧`);
  return names.length === 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The template text with its counted set bound to its colon list, or null when it has none. */
function bindColonList(text: string, p: Patterns): string | null {
  const list = p.colonList.exec(text);
  if (!list) return null;
  const set = onlyCollective(text.slice(0, list.index), p.collective);
  if (!set) return null;
  const names = [...list[1].matchAll(p.item)].map((m) => Number(m[1]));
  return text.slice(0, set.index) + listText(names) + text.slice(set.index + set.length, list.index) + ".";
}

/**
 * Each template with its enumerated set bound to the names that list it (see EnumeratedTemplate). A template the
 * rule does not apply to is returned unchanged. One pass, each regular expression compiled once per lexicon.
 */
export function bindEnumeratedSets(templates: SentenceTemplate[], lexicon: RelationLexicon): EnumeratedTemplate[] {
  const p = patterns(lexicon);
  return templates.map((template, i) => {
    const colonBase = bindColonList(template.base, p);
    if (colonBase) {
      return { ...template, base: colonBase, core: bindColonList(template.core, p) ?? template.core };
    }
    const next = templates[i + 1];
    const introduced = next ? p.introduced.exec(next.core) : null;
    if (!next || !introduced) return template;
    const lent = [...introduced[1].matchAll(p.item)].map((m) => Number(m[1]));
    const offset = template.units.length;
    const replaced = (text: string) => {
      const set = onlyCollective(text, p.collective);
      return set
        ? text.slice(0, set.index) + listText(lent.map((k) => k + offset)) + text.slice(set.index + set.length)
        : null;
    };
    const base = replaced(template.base);
    if (!base) return template;
    return {
      ...template,
      units: [...template.units, ...next.units],
      base,
      core: replaced(template.core) ?? template.core,
      borrowed: { sentence: next.index, groups: [...new Set(lent.map((k) => next.units[k].groupId))] },
    };
  });
}
