import type { Attributions } from "../../records/mod.ts";
import { longestNonOverlapping } from "../spans.ts";
import { unionOfPatterns } from "./pattern-union.ts";

/** One place a sentence names a source of figures. Offsets into the sentence. */
export type SourceMention = { name: string; start: number; end: number };

type CompiledSource = {
  name: string;
  generic: boolean;
  /** Its patterns, global (read by `exec` from a `lastIndex` set first). */
  patterns: RegExp[];
  /** Its patterns as one, anchored where `lastIndex` says (sticky): whether it names this source there. */
  at: RegExp;
};

/**
 * Sources of one case rule (matched in any case, or `caseSensitive`: "WHO" names the organisation, "who" does not)
 * with every pattern of theirs as one (global, `unionOfPatterns`): where it matches no pattern of theirs does.
 */
type SourcesOfCase = { sources: CompiledSource[]; any: RegExp };

const compiled = new WeakMap<Attributions, CompiledSource[]>();
const byCase = new WeakMap<Attributions, SourcesOfCase[]>();

/** The sources of `attributions` with their patterns compiled, once per attributions value. */
function compileSources(attributions: Attributions): CompiledSource[] {
  let sources = compiled.get(attributions);
  if (!sources) {
    sources = attributions.attributions.map((a) => ({
      name: a.name,
      generic: a.generic ?? false,
      patterns: a.patterns.map((p) => new RegExp(p, a.caseSensitive ? "g" : "gi")),
      at: a.patterns.length === 0
        ? /(?!)/y
        : new RegExp(a.patterns.map((p) => `(?:${p})`).join("|"), a.caseSensitive ? "y" : "iy"),
    }));
    compiled.set(attributions, sources);
  }
  return sources;
}

/** The sources of `attributions` by case rule (`SourcesOfCase`), once per attributions value. */
function sourcesByCase(attributions: Attributions): SourcesOfCase[] {
  let groups = byCase.get(attributions);
  if (!groups) {
    const sources = compileSources(attributions);
    const ofCase = (caseSensitive: boolean): SourcesOfCase[] => {
      const listed = attributions.attributions.flatMap((a, i) =>
        (a.caseSensitive ?? false) === caseSensitive && a.patterns.length > 0 ? [i] : []
      );
      if (listed.length === 0) return [];
      const all = listed.flatMap((i) => attributions.attributions[i].patterns);
      return [{ sources: listed.map((i) => sources[i]), any: unionOfPatterns(all, caseSensitive ? "g" : "gi") }];
    };
    groups = [...ofCase(false), ...ofCase(true)];
    byCase.set(attributions, groups);
  }
  return groups;
}

/**
 * The sources `sentence` names somewhere, each with the offset of its first name. Each offset where a pattern of some
 * source matches is found by one scan of the patterns as one, and only there each source not yet found is asked
 * (anchored): a sentence is scanned about once, not once per source.
 */
function sourcesNamed(sentence: string, attributions: Attributions): Map<CompiledSource, number> {
  const named = new Map<CompiledSource, number>();
  for (const { sources, any } of sourcesByCase(attributions)) {
    any.lastIndex = 0;
    let unnamed = sources.length;
    for (let match = any.exec(sentence); match !== null && unnamed > 0; match = any.exec(sentence)) {
      for (const source of sources) {
        if (named.has(source)) continue;
        source.at.lastIndex = match.index;
        if (source.at.test(sentence)) {
          named.set(source, match.index);
          unnamed--;
        }
      }
      // (every offset is tried, as a source may match inside or across another's match)
      any.lastIndex = match.index + 1;
    }
  }
  return named;
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
  const named = sourcesNamed(sentence, attributions);
  if (named.size === 0) return found;
  for (const source of compileSources(attributions)) {
    const first = named.get(source);
    if (first === undefined) continue;
    // every match of each pattern, as `matchAll` reads them, from the source's first name on (none is before it)
    for (const pattern of source.patterns) {
      pattern.lastIndex = first;
      for (let match = pattern.exec(sentence); match !== null; match = pattern.exec(sentence)) {
        found.push({ name: source.name, start: match.index, end: match.index + match[0].length });
        if (match[0].length === 0) pattern.lastIndex++;
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
