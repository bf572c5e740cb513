/**
 * White space read by character codes: the scans ask whether the gap between two words is only spaces at every name
 * and demonym they read (some 55,000 gaps a pass over FA-KES), where cutting each gap out of the text and testing it
 * with `/^\s+$/` cost a string and an expression. (`isWhiteSpace` is ingestion's own, lib/ingest/words.ts.)
 */
import { isWhiteSpace } from "../../ingest/words.ts";

/** `/^\s+$/.test(text.slice(from, to))`, read in place: the gap holds one character or more, all white space. */
export function spacedBetween(text: string, from: number, to: number): boolean {
  // (offsets as `slice` reads them: a negative one counts from the end, one past the end stops there)
  const length = text.length;
  from = from < 0 ? Math.max(length + from, 0) : Math.min(from, length);
  to = to < 0 ? Math.max(length + to, 0) : Math.min(to, length);
  if (from >= to) return false;
  for (let at = from; at < to; at++) if (!isWhiteSpace(text.charCodeAt(at))) return false;
  return true;
}
