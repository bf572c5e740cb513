import type { Covers, Evidence } from "../records/article.ts";
import { dateHolding } from "../records/date.ts";
import { readPeriod } from "../extract/dates/period.ts";

/** A document's stated period as written, with where the input states it and the words as evidence. */
export type StatedPeriod = { value: string; where: string; evidence: Evidence };

/**
 * The period a document states it is about, read from the value its input gives (`readPeriod`); an empty value
 * (`date: []`) gives null, an unreadable one null and a warning naming it, never silence. Null still says the
 * document is about a period of its own, so its publication date dates none of its events.
 */
export function documentPeriod(stated: StatedPeriod): { covers: Covers | null; warning: string | null } {
  // Stated empty ("date: []"): the subject's period is not given, which is not a reading failure.
  if (/^\s*(?:\[\s*\])?\s*$/.test(stated.value)) return { covers: null, warning: null };
  const period = readPeriod(stated.value);
  if (!period) {
    return {
      covers: null,
      warning: `stated period ${stated.where} "${stated.value}" states no date with its year; figures and relations ` +
        "without a date of their own are left undated",
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
