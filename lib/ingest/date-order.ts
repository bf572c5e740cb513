import type { DateOrder } from "../records/outlet.ts";
import { dateInterval } from "../records/date.ts";
import { weekdayOfDate } from "../extract/dates/read-dates.ts";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const DAY = `(${WEEKDAYS.join("|")})`;
/** "today, Thursday", "yesterday (Wednesday)", "Thursday, today": a weekday tied to the article's own day. */
const TIED_WEEKDAY = new RegExp(
  `\\b(today|yesterday|tomorrow)\\s*[,(]\\s*${DAY}\\b|\\b${DAY}\\s*[,(]?\\s*(today|yesterday|tomorrow)\\b`,
  "gi",
);
const SHIFT: Record<string, number> = { today: 0, yesterday: 1, tomorrow: -1 };
const dayName = (weekday: number) => WEEKDAYS[weekday][0].toUpperCase() + WEEKDAYS[weekday].slice(1);

/** What can decide between the two readings of a numeric date ("03/04/2017": 3 April or 4 March). */
export type OrderEvidence = {
  /** The outlet's convention (data/outlets.json or metadata.json) and what says so. */
  order: { order: DateOrder; why: string } | null;
  /** The weekday written with the date itself ("Thu 06/07/2017"), 0 = Sunday. */
  weekday: number | null;
  /** The article's text, for weekdays tied to its own day ("announced today, Thursday"). */
  text: string;
  /** A month or year the text's relative phrases place it in ("formed last month"), with why. */
  inferred: { date: string; why: string } | null;
};

/**
 * Picks the reading of an ambiguous numeric date that the evidence allows: the outlet's convention, else the weekday
 * written with it, else weekdays the text ties to its own day, else a month or year inferred from its relative
 * phrases. Null when nothing decides: both readings then stay on the record.
 * `readings` is [day-first, month-first].
 */
export function decideReading(readings: string[], evidence: OrderEvidence): { date: string; why: string } | null {
  const [dayFirst, monthFirst] = readings;
  if (evidence.order) {
    return {
      date: evidence.order.order === "DMY" ? dayFirst : monthFirst,
      why: `${evidence.order.order === "DMY" ? "day first" : "month first"}, as ${evidence.order.why}`,
    };
  }
  const byWeekday = (weekday: number, why: string) => {
    const fitting = readings.filter((reading) => weekdayOfDate(reading) === weekday);
    return fitting.length === 1 ? { date: fitting[0], why } : null;
  };
  if (evidence.weekday !== null) {
    const decided = byWeekday(evidence.weekday, `only that reading is a ${dayName(evidence.weekday)}`);
    if (decided) return decided;
  }
  for (const m of evidence.text.matchAll(TIED_WEEKDAY)) {
    const relative = (m[1] ?? m[4]).toLowerCase();
    const named = WEEKDAYS.indexOf((m[2] ?? m[3]).toLowerCase());
    const weekday = (named + SHIFT[relative] + 7) % 7;
    const decided = byWeekday(weekday, `the text says "${m[0]}", and only that reading is a ${dayName(weekday)}`);
    if (decided) return decided;
  }
  if (evidence.inferred) {
    const { start, end } = dateInterval(evidence.inferred.date);
    const fitting = readings.filter((reading) => {
      const day = dateInterval(reading).start;
      return day >= start && day < end;
    });
    if (fitting.length === 1) return { date: fitting[0], why: `only that reading falls in ${evidence.inferred.why}` };
  }
  return null;
}
