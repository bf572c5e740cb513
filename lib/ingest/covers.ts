import type { Covers, Evidence } from "../records/article.ts";
import { dateHolding } from "../records/date.ts";
import { readPeriod } from "../extract/dates/period.ts";

/** A document's stated period as written, with where the input states it and the words as evidence. */
export type StatedPeriod = { value: string; where: string; evidence: Evidence };

/**
 * The period a document states it is about, read from the value its input gives (`readPeriod`); an unreadable value
 * gives null and a warning naming it, never silence.
 */
export function documentPeriod(stated: StatedPeriod): { covers: Covers | null; warning: string | null } {
  const period = readPeriod(stated.value);
  if (!period) {
    return {
      covers: null,
      warning: `stated period ${stated.where} "${stated.value}" states no date with its year; figures and relations ` +
        "without a date of their own fall back to the publication date",
    };
  }
  const holding = dateHolding(period.start, period.end);
  return {
    covers: {
      start: period.start,
      end: period.end,
      value: holding?.value ?? null,
      precision: holding?.precision ?? null,
      evidence: stated.evidence,
      where: stated.where,
    },
    warning: null,
  };
}
