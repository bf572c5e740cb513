import type { DatedBound } from "../records/mod.ts";
import { dateInterval, lastDayOf } from "../records/date.ts";
import type { Membership, MembershipEvidence, MembershipTimeline, TimelineRole } from "./membership-timeline.ts";

/** One group × coalition cell of the matrix at a date. */
export type MatrixCell = {
  group: string;
  coalition: string;
  role: TimelineRole;
  start: DatedBound | null;
  end: DatedBound | null;
  /** Text sentences plus reference entries behind the cell. */
  evidenceCount: number;
  textCount: number;
  referenceCount: number;
  evidence: MembershipEvidence[];
};

export type MembershipMatrixOptions = {
  /** The date the matrix shows: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a period means its last day). */
  at: string;
  /** Show memberships read from undated articles too (default false: they cannot be placed in time). */
  includeUndated?: boolean;
  /** How many months after leaving a "left" cell is still shown (default 12). */
  showLeftForMonths?: number;
};

function undated(m: Membership): boolean {
  return m.start === null && m.end === null;
}

/**
 * The membership matrix on one day: every membership under way then (its start on or before the day, its end not
 * yet passed), and, as role "left", memberships that ended by leaving in the preceding months (12 by default) while
 * the coalition still existed. Where a
 * group has several memberships of one coalition at the day, the one with most evidence is shown, the others'
 * evidence added to it.
 */
export function membershipMatrix(timeline: MembershipTimeline, options: MembershipMatrixOptions): MatrixCell[] {
  const day = lastDayOf(options.at);
  const dissolved = new Map(timeline.coalitions.map((c) => [c.id, c.dissolved]));
  const formed = new Map(timeline.coalitions.map((c) => [c.id, c.formed]));
  const cells = new Map<string, MatrixCell>();
  for (const m of timeline.memberships) {
    if (undated(m) && !options.includeUndated) continue;
    const coalitionEnd = dissolved.get(m.coalition);
    if (coalitionEnd && dateInterval(coalitionEnd.date).end <= day) continue;
    const coalitionStart = formed.get(m.coalition);
    if (coalitionStart && dateInterval(coalitionStart.date).start > day) continue;
    const started = !m.start || dateInterval(m.start.date).start <= day;
    const ended = m.end !== null && dateInterval(m.end.date).end <= day;
    if (!started) continue;
    if (ended && m.role !== "left") continue;
    // A departure read from text without a known start says nothing about the time before it.
    if (m.role === "left" && m.start === null && !ended) continue;
    if (ended && m.end) {
      const shownUntil = dateInterval(m.end.date).end;
      shownUntil.setUTCMonth(shownUntil.getUTCMonth() + (options.showLeftForMonths ?? 12));
      if (shownUntil <= day) continue;
    }
    // A "left" membership reads as it began (founder at the coalition's formation, else joined) until it ends.
    const atFormation = m.start !== null && coalitionStart !== undefined && coalitionStart !== null &&
      m.start.date === coalitionStart.date;
    const role: TimelineRole = m.role === "left" && !ended ? (atFormation ? "founder" : "joined") : m.role;
    const key = `${m.group}|${m.coalition}`;
    const text = m.evidence.filter((e) => e.kind === "text").length;
    const cell: MatrixCell = {
      group: m.group,
      coalition: m.coalition,
      role,
      start: m.start,
      end: m.end,
      evidenceCount: m.evidence.length,
      textCount: text,
      referenceCount: m.evidence.length - text,
      evidence: m.evidence,
    };
    const kept = cells.get(key);
    if (!kept) {
      cells.set(key, cell);
      continue;
    }
    // A current membership wins over a past "left"; otherwise the better-evidenced one.
    const keepNew = (kept.role === "left" && role !== "left") ||
      ((kept.role === "left") === (role === "left") && cell.evidenceCount > kept.evidenceCount);
    const [winner, loser] = keepNew ? [cell, kept] : [kept, cell];
    const evidence = [...winner.evidence, ...loser.evidence];
    const textCount = evidence.filter((e) => e.kind === "text").length;
    cells.set(key, {
      ...winner,
      evidence,
      evidenceCount: evidence.length,
      textCount,
      referenceCount: evidence.length - textCount,
    });
  }
  return [...cells.values()].sort((a, b) => a.coalition.localeCompare(b.coalition) || a.group.localeCompare(b.group));
}

/** The matrix at the last day of each year: small multiples of how memberships changed. */
export function membershipByYear(
  timeline: MembershipTimeline,
  years: number[],
): { year: number; cells: MatrixCell[] }[] {
  return years.map((year) => ({ year, cells: membershipMatrix(timeline, { at: String(year) }) }));
}
