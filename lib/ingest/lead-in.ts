import type { RemovedSpan } from "../records/article.ts";
import { findDateExpressions } from "../extract/dates/expressions.ts";

/** What a page glued in front of the first paragraph: a dateline, a byline, the title again, a wire credit. */
export type LeadIn = { keepFrom: number; removed: RemovedSpan[]; author: string | null };

const DATE_LEAD =
  /^(?:(?:published|posted|updated|last updated(?: at)?|date of publication|first published)(?:\s+(?:on|at))?\s*:?\s*)?/i;
const TIME_AFTER_DATE =
  /^(?:\s*(?:at\s+)?\d{1,2}[:.]?\d{2}(?:\s*(?:GMT|UTC)(?:[+-]\d{1,2})?|\s*(?:am|pm))?)?(?:\s*Get short URL(?:\s+\d+)*)?/i;
const WIRE_CREDIT = /^(?:AFP|AP|Reuters|REUTERS|DPA|Anadolu(?: Agency)?|Xinhua|Regional NNA -|NNA -)\b\s*/;
const TITLE_SUFFIXES = [
  /\s*\|\s*Jordan Times\s*$/i,
  /\s*-\s*Region\s*-\s*World\s*-\s*Ahram\s*(?:Online)?.*$/i,
  /^title:\s*/i,
  /^National News Agency\s*-\s*/i,
];

type Token = { word: string; start: number; end: number };

function tokens(text: string, offset = 0): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    found.push({ word: m[0].toLowerCase(), start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return found;
}

/** Where `text` (from `from`) opens with the title's words, the end offset of that run; else -1. */
function titleEnd(text: string, from: number, title: string): number {
  let clean = title;
  for (const suffix of TITLE_SUFFIXES) clean = clean.replace(suffix, "");
  const want = tokens(clean).map((token) => token.word);
  if (want.length < 3) return -1;
  const have = tokens(text.slice(from, from + clean.length + 80), from);
  let i = 0;
  while (i < want.length && i < have.length && have[i].word === want[i]) i++;
  if (i === want.length) return have[i - 1].end;
  // A title cut short by its column ("... coalition in R" for "... coalition in Raqqa").
  if (i === want.length - 1 && i < have.length && have[i].word.startsWith(want[i]) && i >= 4) return have[i].end;
  return -1;
}

/**
 * Reads what stands before the first sentence of a scraped article's first line: repeatedly a dateline
 * ("Wed 05 Apr 2017", "Posted on April 19 2017", "21.08.2013Get short URL"), a byline up to the title, the title
 * itself (given by the input), and a wire credit ("AFP"). Offsets are absolute (`lineStart` is the line's offset).
 */
export function readLeadIn(line: string, lineStart: number, statedTitle: string | null): LeadIn {
  const removed: RemovedSpan[] = [];
  let author: string | null = null;
  let at = 0;
  const skipSpace = () => {
    while (at < line.length && /[\s.,:\-–—|]/.test(line[at])) at++;
  };
  const take = (kind: RemovedSpan["kind"], end: number) => {
    removed.push({ kind, text: line.slice(at, end), start: lineStart + at, end: lineStart + end });
    at = end;
    skipSpace();
  };
  for (let round = 0; round < 6; round++) {
    const rest = line.slice(at);
    const lead = rest.match(DATE_LEAD)![0];
    const date = findDateExpressions(rest.slice(lead.length, lead.length + 40))[0];
    if (date && date.start === 0) {
      const afterDate = lead.length + date.end;
      const time = rest.slice(afterDate).match(TIME_AFTER_DATE)![0];
      take("dateline", at + afterDate + time.length);
      continue;
    }
    if (statedTitle) {
      const end = titleEnd(line, at, statedTitle);
      // ("**Jabhat Thuwar Saraqib** is an active armed group": a title its sentence's verb follows, past the emphasis
      // that closes it, is the sentence's subject, as an encyclopedia's first sentence opens; not a title glued in
      // front of the prose.)
      // ("... Title by John Smith": a byline's "by" is no verb.)
      if (end !== -1 && /^[*_"”’]*\s+(?!by\s)\p{Ll}/u.test(line.slice(end))) break;
      if (end !== -1) {
        take("duplicate-title", end);
        continue;
      }
      const by = rest.match(/^by\s+/i);
      if (by) {
        for (let probe = at + by[0].length; probe < Math.min(line.length, at + 120); probe++) {
          if (/\s/.test(line[probe - 1]) && titleEnd(line, probe, statedTitle) !== -1) {
            author = line.slice(at + by[0].length, probe).trim();
            take("byline", probe);
            break;
          }
        }
        if (author) continue;
      }
    }
    const wire = rest.match(WIRE_CREDIT);
    if (wire && removed.length > 0) {
      take("credit", at + wire[0].length);
      continue;
    }
    break;
  }
  return { keepFrom: lineStart + at, removed, author };
}
