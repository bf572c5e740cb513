import type { Attributions } from "../../records/mod.ts";
import { longestNonOverlapping } from "../spans.ts";

/** One place a sentence names a source of figures. Offsets into the sentence. */
export type SourceMention = { name: string; start: number; end: number };

type CompiledSource = {
  name: string;
  generic: boolean;
  patterns: RegExp[];
  /** Its patterns as one, with their flags: a sentence it does not match names this source nowhere. */
  any: RegExp;
};

const compiled = new WeakMap<Attributions, CompiledSource[]>();
const anyPatterns = new WeakMap<Attributions, RegExp[]>();

/**
 * Every pattern of `attributions` as one pattern per case rule (those matched in any case, and the `caseSensitive`
 * ones: "WHO" names the organisation, "who" does not), so a sentence neither matches names no source and is read in
 * one or two scans instead of one per pattern.
 */
function anySource(attributions: Attributions): RegExp[] {
  let patterns = anyPatterns.get(attributions);
  if (!patterns) {
    const joined = (caseSensitive: boolean): RegExp[] => {
      const all = attributions.attributions.filter((a) => (a.caseSensitive ?? false) === caseSensitive)
        .flatMap((a) => a.patterns).map((p) => `(?:${p})`);
      return all.length === 0 ? [] : [new RegExp(all.join("|"), caseSensitive ? "" : "i")];
    };
    patterns = [...joined(false), ...joined(true)];
    anyPatterns.set(attributions, patterns);
  }
  return patterns;
}

/** The sources of `attributions` with their patterns compiled, once per attributions value. */
function compileSources(attributions: Attributions): CompiledSource[] {
  let sources = compiled.get(attributions);
  if (!sources) {
    sources = attributions.attributions.map((a) => ({
      name: a.name,
      generic: a.generic ?? false,
      patterns: a.patterns.map((p) => new RegExp(p, a.caseSensitive ? "g" : "gi")),
      any: a.patterns.length === 0
        ? /(?!)/
        : new RegExp(a.patterns.map((p) => `(?:${p})`).join("|"), a.caseSensitive ? "" : "i"),
    }));
    compiled.set(attributions, sources);
  }
  return sources;
}

/** Every source named in `sentence`; where names overlap ("UN Office for the Coordination ..." and "UN") the longest wins. */
export function sourcesIn(sentence: string, attributions: Attributions): SourceMention[] {
  return sourcesRead(sentence, attributions).map((source) => ({ ...source }));
}

/** The sources of `sentence`, read once: each figure of a sentence asks for them, so the last answer is kept (shared). */
function sourcesRead(sentence: string, attributions: Attributions): readonly SourceMention[] {
  if (lastRead?.sentence !== sentence || lastRead.attributions !== attributions) {
    lastRead = { sentence, attributions, sources: readSources(sentence, attributions) };
  }
  return lastRead.sources;
}

let lastRead: { sentence: string; attributions: Attributions; sources: SourceMention[] } | undefined;

function readSources(sentence: string, attributions: Attributions): SourceMention[] {
  const found: SourceMention[] = [];
  if (!anySource(attributions).some((pattern) => pattern.test(sentence))) return found;
  for (const { name, patterns, any } of compileSources(attributions)) {
    if (!any.test(sentence)) continue;
    for (const pattern of patterns) {
      for (const match of sentence.matchAll(pattern)) {
        found.push({ name, start: match.index!, end: match.index! + match[0].length });
      }
    }
  }
  return longestNonOverlapping(found);
}

const generics = new WeakMap<Attributions, Set<string>>();

/** The names of the generic sources of `attributions` (a monitor, state media ...), once per attributions value. */
function genericNames(attributions: Attributions): Set<string> {
  let names = generics.get(attributions);
  if (!names) {
    names = new Set(compileSources(attributions).filter((s) => s.generic).map((s) => s.name));
    generics.set(attributions, names);
  }
  return names;
}

/**
 * The name a source goes by: a generic mention (`generic` in data/figure-attributions.json: a monitor, state media
 * ...) in apposition with a named source ("the monitoring group the Syrian Observatory for Human Rights said",
 * "state news agency SANA", "SOHR, a Britain-based monitor") is that source.
 */
function nameOf(m: SourceMention, sources: readonly SourceMention[], sentence: string, generic: Set<string>): string {
  if (!generic.has(m.name)) return m.name;
  const apposed = (a: SourceMention, b: SourceMention) => /^[\s,]*(?:the\s+)?$/i.test(sentence.slice(a.end, b.start));
  const named = sources.find((o) => !generic.has(o.name) && (apposed(m, o) || apposed(o, m)));
  return named?.name ?? m.name;
}

/** The source a figure at `at` (offset in the sentence) is attributed to: the named source nearest to it, or null. */
export function readAttribution(sentence: string, attributions: Attributions, at: number): string | null {
  const sources = sourcesRead(sentence, attributions);
  if (sources.length === 0) return null;
  const generic = genericNames(attributions);
  const distance = (m: SourceMention) => (m.end <= at ? at - m.end : Math.max(0, m.start - at));
  return nameOf(sources.reduce((best, m) => (distance(m) < distance(best) ? m : best)), sources, sentence, generic);
}
