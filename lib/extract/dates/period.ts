import { earliestDay, latestDay } from "../../records/date.ts";
import { readDates } from "./read-dates.ts";

/** A stated period as read: its first and last date (as precise as written); `end` null where it is ongoing. */
export type Period = { start: string; end: string | null };

/** What joins the two ends of a range: a dash of any width, "to", "until", "through". */
const JOIN = String.raw`\s*(?:[-–—‒]|\bto\b|\buntil\b|\bthrough\b)\s*`;
/** An open end: "– present", "– ongoing", "to date". */
const OPEN = new RegExp(String.raw`^${JOIN}(?:present|ongoing|now|today|date)\b`, "i");
const CONNECTOR = new RegExp(String.raw`^${JOIN}$`, "i");
/** An opening "since" right before a date: the period goes on from it ("since 2011"). */
const SINCE = /\bsince\s+$/i;
/** A year written alone ("2014", "2012–2016"), where no fuller date holds it. */
const YEAR = /(?<![\d\p{L}/.])(1[89]\d\d|20\d\d)(?![\d\p{L}/])/gu;

type Piece = { start: number; end: number; first: string; last: string };

/**
 * Reads a document's stated period ("5 March – 25 May 2014", "4–25 June 2014", "2012–2016", "July 2012 – present",
 * "8 March 1963", "2014", "March 2012 to June 2014", "since 2011" (ongoing); several phases, one a line, give the whole span from the earliest
 * start to the latest end) with the shared date reader. Null when the value states no date with its year ("c. late 6th
 * century").
 */
export function readPeriod(value: string): Period | null {
  const pieces: Piece[] = readDates(value)
    .filter((date) => date.date !== null || date.range !== null)
    .map((date) => ({
      start: date.start,
      end: date.end,
      first: date.range?.first ?? date.date!,
      last: date.range?.last ?? date.date!,
    }));
  for (const m of value.matchAll(YEAR)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    if (pieces.some((piece) => piece.start < end && start < piece.end)) continue;
    pieces.push({ start, end, first: m[1], last: m[1] });
  }
  if (pieces.length === 0) return null;
  pieces.sort((a, b) => a.start - b.start);
  // Two dates joined by a dash or "to" are one range ("March 2012 to June 2014", "2012–2016").
  const joined: (Piece & { open: boolean })[] = [];
  for (const piece of pieces) {
    const previous = joined.at(-1);
    if (previous && !previous.open && CONNECTOR.test(value.slice(previous.end, piece.start))) {
      Object.assign(previous, { end: piece.end, last: piece.last });
      continue;
    }
    joined.push({ ...piece, open: false });
  }
  // ("since 2011": a period that began then and goes on; round 30.)
  for (const piece of joined) piece.open = OPEN.test(value.slice(piece.end)) || SINCE.test(value.slice(0, piece.start));
  const start = joined.map((piece) => piece.first).sort((a, b) => earliestDay(a).localeCompare(earliestDay(b)))[0];
  const end = joined.some((piece) => piece.open)
    ? null
    : joined.map((piece) => piece.last).sort((a, b) => latestDay(b).localeCompare(latestDay(a)))[0];
  return { start, end };
}
