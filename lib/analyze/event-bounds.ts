import type { CasualtyReport } from "../records/mod.ts";

/** The lowest number a report allows: its low, or for a ceiling ("up to 30") its high. */
const floorOf = (r: CasualtyReport) => (r.low ?? r.high)!;
/** The highest number a report states: its high, or for an open floor ("at least 5") its low. */
const ceilingOf = (r: CasualtyReport) => (r.high ?? r.low)!;
/** One number for a report: the middle of a range, else the number stated. */
const pointOf = (r: CasualtyReport) =>
  r.low !== null && r.high !== null ? Math.round((r.low + r.high) / 2) : (r.low ?? r.high)!;

/** Reports in the order they were made: by date (undated first), then as read. */
const byDate = (reports: CasualtyReport[]) =>
  reports.map((r, i) => ({ r, i })).sort((a, b) => (a.r.date ?? "").localeCompare(b.r.date ?? "") || a.i - b.i)
    .map(({ r }) => r);

/**
 * Marks which reports enter the bounds: of each article's reports, its last running tally ("the toll rose to 54"),
 * else its first in the text (the lead states the incident's toll); the article's other figures of the incident are
 * its parts ("including 5 children") or other incidents it mentions, and do not pull the bounds.
 */
export function countedReports(reports: CasualtyReport[]): CasualtyReport[] {
  const chosen = new Map<string, CasualtyReport>();
  for (const r of [...reports].sort((a, b) => a.start - b.start)) {
    const current = chosen.get(r.articleId);
    if (!current || (r.tally && r.start > current.start)) chosen.set(r.articleId, r);
  }
  return reports.map((r) => ({ ...r, counted: chosen.get(r.articleId) === r }));
}

/** An event's bounds and the rule that chose `best`. */
export type EventBounds = { low: number; best: number; high: number; bestRule: string };

/**
 * Low, best and high of one incident's reports by UCDP GED's conventions, over the reports `counted` (each article's
 * lead figure or last running tally: `countedReports`). A running tally ("the toll rose to 54")
 * supersedes the reports made before it that state less, so they do not pull `low` down. `low` is the lowest floor of
 * the reports left, `high` the highest number any report states. `best`, in this order: the latest running tally;
 * else the latest report attributed to a named source (a monitor, a ministry, an agency); else the lower median of the
 * reports' numbers. Best always lies within low..high.
 */
export function eventBounds(reports: CasualtyReport[]): EventBounds {
  const counted = reports.filter((r) => r.counted);
  const ordered = byDate(counted.length > 0 ? counted : reports);
  const tallies = ordered.filter((r) => r.tally);
  const latestTally = tallies.at(-1);
  const superseded = (r: CasualtyReport) =>
    !!latestTally && r !== latestTally && ordered.indexOf(r) < ordered.indexOf(latestTally) &&
    ceilingOf(r) < floorOf(latestTally);
  const credible = ordered.filter((r) => !superseded(r));
  const low = Math.min(...credible.map(floorOf));
  const high = Math.max(...ordered.map(ceilingOf));
  let best: number;
  let bestRule: string;
  const attributed = ordered.filter((r) => r.attributedTo);
  if (latestTally) {
    best = pointOf(latestTally);
    bestRule = "the latest running tally";
  } else if (attributed.length > 0) {
    const latest = attributed.at(-1)!;
    best = pointOf(latest);
    bestRule = `the latest report from a named source (${latest.attributedTo})`;
  } else {
    const points = ordered.map(pointOf).sort((a, b) => a - b);
    best = points[Math.floor((points.length - 1) / 2)];
    bestRule = points.length === 1 ? "the only report" : `the lower median of ${points.length} reports`;
  }
  return { low, best: Math.min(high, Math.max(low, best)), high, bestRule };
}
