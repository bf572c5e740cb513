import type { EventMonth } from "./event-months.ts";

/** Where a chart's time axis runs, and the months left off it. */
export type EventSpan = {
  /** First and last month drawn ("2011-03", "2017-12"); null when there are no months. */
  from: string | null;
  to: string | null;
  /** Months of the span (every kind), in the input's order. */
  inside: EventMonth[];
  /** Months before or after the span, in the input's order: the caller says how many events they hold. */
  outside: EventMonth[];
};

/** Months from "2003-01" to "2008-06": 65. */
function monthIndex(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return y * 12 + (m - 1);
}

/**
 * The main period of a corpus's dated events, for a time axis: the months are cut into runs wherever two consecutive
 * months with events lie more than `maxGapYears` apart (default 5), and the run holding the most events (written and
 * implicit; ties: the later run) is the span. An encyclopedic corpus about the Syrian war also dates a few figures to
 * the World Wars or 1982; drawn on one axis they squeeze 2011–2023 into the last tenth of the chart. Nothing is
 * dropped silently: `outside` holds the months left off, for the chart's takeaway to count.
 */
export function mainEventSpan(months: EventMonth[], maxGapYears = 5): EventSpan {
  const distinct = [...new Set(months.map((m) => m.month))].sort();
  if (distinct.length === 0) return { from: null, to: null, inside: [], outside: [] };
  const events = new Map<string, number>();
  for (const m of months) events.set(m.month, (events.get(m.month) ?? 0) + m.events + m.implicitEvents);
  const runs: string[][] = [];
  for (const month of distinct) {
    const run = runs.at(-1);
    if (run && monthIndex(month) - monthIndex(run.at(-1)!) <= maxGapYears * 12) run.push(month);
    else runs.push([month]);
  }
  const weight = (run: string[]) => run.reduce((s, m) => s + (events.get(m) ?? 0), 0);
  const best = runs.reduce((a, b) => (weight(b) >= weight(a) ? b : a));
  const from = best[0];
  const to = best.at(-1)!;
  const within = (m: EventMonth) => m.month >= from && m.month <= to;
  return { from, to, inside: months.filter(within), outside: months.filter((m) => !within(m)) };
}
