import type { CasualtyEvent } from "../records/mod.ts";

/** One month's events of one kind, written numbers and implicit counts kept apart. */
export type EventMonth = {
  /** "2016-08". */
  month: string;
  /** The month's first day, for a time axis. */
  date: Date;
  kind: CasualtyEvent["kind"];
  /** Sums over the month's events resting on written numbers. */
  low: number;
  best: number;
  high: number;
  events: number;
  reports: number;
  /** Events whose every report is an implicit count ("a civilian was killed"), summed apart: their best. */
  implicitBest: number;
  implicitEvents: number;
};

/**
 * Monthly totals of reconciled events per kind, for a band chart: the sums of the events' low, best and high (written
 * numbers only) and, apart, the sum of implicit-only events' best, with the number of events and of reports behind
 * them. Events dated only to the year, or undated, are left out (`undated` counts them).
 */
export function eventMonths(events: CasualtyEvent[]): { months: EventMonth[]; undated: number } {
  const byKey = new Map<string, EventMonth>();
  let undated = 0;
  for (const event of events) {
    const value = event.date.value;
    if (!value || value.length < 7) {
      undated += 1;
      continue;
    }
    const month = value.slice(0, 7);
    const key = `${event.kind}|${month}`;
    const row = byKey.get(key) ?? {
      month,
      date: new Date(`${month}-01T00:00:00Z`),
      kind: event.kind,
      low: 0,
      best: 0,
      high: 0,
      events: 0,
      reports: 0,
      implicitBest: 0,
      implicitEvents: 0,
    };
    if (event.implicit) {
      row.implicitBest += event.best;
      row.implicitEvents += 1;
    } else {
      row.low += event.low;
      row.best += event.best;
      row.high += event.high;
      row.events += 1;
    }
    row.reports += event.reports.length;
    byKey.set(key, row);
  }
  const months = [...byKey.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.month.localeCompare(b.month));
  return { months, undated };
}
