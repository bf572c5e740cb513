import { membershipMatrix } from "./membership-matrix.ts";
import type { MembershipTimeline } from "./membership-timeline.ts";
import { ORGANISATIONAL_RELATION_TYPES, type Relation } from "../records/mod.ts";

const MEMBERSHIP_TYPES: ReadonlySet<Relation["type"]> = ORGANISATIONAL_RELATION_TYPES;

/** How the cells of the alliance matrix at some dates rest on evidence (distinct group × coalition cells). */
export type MatrixEvidenceShare = {
  /** The dates whose matrices were pooled. */
  dates: string[];
  cells: number;
  /** Cells with at least one article sentence behind them. */
  withText: number;
  /** Cells resting on article sentences only (no reference entry). */
  textOnly: number;
  /** Cells resting on data/alliances.json only. */
  referenceOnly: number;
  /** withText / cells (0 when there are no cells). */
  textShare: number;
};

/**
 * What share of the alliance-matrix cells at `dates` rest on article sentences rather than reference data alone: the
 * matrices at each date pooled, a group × coalition cell counted once with all the evidence it has on any of them.
 */
export function matrixEvidenceShare(timeline: MembershipTimeline, dates: string[]): MatrixEvidenceShare {
  const cells = new Map<string, { text: boolean; reference: boolean }>();
  for (const at of dates) {
    for (const cell of membershipMatrix(timeline, { at })) {
      const key = `${cell.group}|${cell.coalition}`;
      const kept = cells.get(key) ?? { text: false, reference: false };
      cells.set(key, { text: kept.text || cell.textCount > 0, reference: kept.reference || cell.referenceCount > 0 });
    }
  }
  const all = [...cells.values()];
  const withText = all.filter((c) => c.text).length;
  return {
    dates,
    cells: all.length,
    withText,
    textOnly: all.filter((c) => c.text && !c.reference).length,
    referenceOnly: all.filter((c) => !c.text).length,
    textShare: all.length === 0 ? 0 : withText / all.length,
  };
}

/**
 * The date the matrix shows: the month with most text-evidenced cells (ties: the latest), so the chart shows the
 * corpus's own evidence rather than reference data alone; null when no membership relation is dated.
 */
export function busiestMonth(timeline: MembershipTimeline, relations: Relation[]): string | null {
  const months = [
    ...new Set(
      relations.filter((r) => MEMBERSHIP_TYPES.has(r.type) && r.date.value).map((r) => r.date.value!.slice(0, 7)),
    ),
  ].sort();
  let best: string | null = null;
  let bestCount = -1;
  for (const month of months) {
    const count = membershipMatrix(timeline, { at: month }).filter((c) => c.textCount > 0).length;
    if (count >= bestCount) [best, bestCount] = [month, count];
  }
  return best;
}
