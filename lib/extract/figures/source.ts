import attributions from "../../../data/figure-attributions.json" with { type: "json" };

type Attribution = { name: string; patterns: string[]; caseSensitive?: boolean };

/** One place a sentence names a source of figures. Offsets into the sentence. */
export type SourceMention = { name: string; start: number; end: number };

const COMPILED = (attributions.attributions as Attribution[]).map((a) => ({
  name: a.name,
  patterns: a.patterns.map((p) => new RegExp(p, a.caseSensitive ? "g" : "gi")),
}));

/** Every source named in `sentence`; where names overlap ("UN Office for the Coordination ..." and "UN") the longest wins. */
export function sourcesIn(sentence: string): SourceMention[] {
  const found: SourceMention[] = [];
  for (const { name, patterns } of COMPILED) {
    for (const pattern of patterns) {
      for (const match of sentence.matchAll(pattern)) {
        found.push({ name, start: match.index!, end: match.index! + match[0].length });
      }
    }
  }
  found.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: SourceMention[] = [];
  for (const m of found) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Sources that describe rather than name: a monitor, state media ... (data/figure-attributions.json keeps them). */
const GENERIC = new Set(["a monitor", "state media", "activists", "medics", "local sources"]);

/**
 * The name a source goes by: a generic mention in apposition with a named source ("the monitoring group the
 * Syrian Observatory for Human Rights said", "state news agency SANA", "SOHR, a Britain-based monitor") is that source.
 */
function nameOf(m: SourceMention, sources: SourceMention[], sentence: string): string {
  if (!GENERIC.has(m.name)) return m.name;
  const apposed = (a: SourceMention, b: SourceMention) => /^[\s,]*(?:the\s+)?$/i.test(sentence.slice(a.end, b.start));
  const named = sources.find((o) => !GENERIC.has(o.name) && (apposed(m, o) || apposed(o, m)));
  return named?.name ?? m.name;
}

/** The source a figure at `at` (offset in the sentence) is attributed to: the named source nearest to it, or null. */
export function readAttribution(sentence: string, at: number): string | null {
  const sources = sourcesIn(sentence);
  if (sources.length === 0) return null;
  const distance = (m: SourceMention) => (m.end <= at ? at - m.end : Math.max(0, m.start - at));
  return nameOf(sources.reduce((best, m) => (distance(m) < distance(best) ? m : best)), sources, sentence);
}
