/** A stretch of text: offsets into the string it was found in. */
export type Span = { start: number; end: number };

/**
 * The longest spans that do not overlap, in text order: where spans overlap the longer wins (the earlier among
 * equals), so "Western Ghouta" is not also read as "Ghouta" and "UN Office for the Coordination ..." not as "UN".
 */
export function longestNonOverlapping<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const span of sorted) {
    if (!kept.some((other) => span.start < other.end && other.start < span.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Of overlapping spans, keeps the leftmost, then the longest. */
export function leftmostLongest<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  }
  return kept;
}
