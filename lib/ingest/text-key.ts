import { sha256Key } from "./sha256.ts";

/**
 * The key a text is known by for duplicate detection: the 128-bit `sha256Key` of its lower case with every run of
 * white space (`\s`) made one space, encoded as UTF-8. Built without the folded string or a fresh buffer per text (the
 * text is encoded into one buffer kept across calls and its runs of ASCII white space folded there); a text with white
 * space beyond ASCII (no-break and other Unicode spaces, which cleaning folds away) is folded as a string first.
 */
export function textKey(text: string): string {
  const lower = text.toLowerCase();
  if (UNICODE_SPACE.test(lower)) return sha256Key(encoder.encode(lower.replace(/\s+/g, " ")));
  const needed = lower.length * 3;
  // (a buffer for a text of megabytes is not kept: a worker would hold it to its end)
  const bytes = needed > KEPT_BYTES
    ? new Uint8Array(needed)
    : buffer.length >= needed
    ? buffer
    : buffer = new Uint8Array(needed);
  const { written } = encoder.encodeInto(lower, bytes);
  return sha256Key(bytes.subarray(0, foldSpaces(bytes, written)));
}

/**
 * Makes each run of ASCII white space among the first `length` bytes one space, in place; returns the new length.
 * (UTF-8 never uses a byte below 128 inside a longer character.)
 */
function foldSpaces(bytes: Uint8Array, length: number): number {
  let kept = 0;
  let space = false;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (byte === 32 || (byte >= 9 && byte <= 13)) {
      if (!space) bytes[kept++] = 32;
      space = true;
    } else {
      bytes[kept++] = byte;
      space = false;
    }
  }
  return kept;
}

/** The white space `\s` reads beyond ASCII's. */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const encoder = new TextEncoder();
/** The largest buffer kept across texts (UTF-8 takes at most three bytes a UTF-16 unit). */
const KEPT_BYTES = 1 << 20;
let buffer = new Uint8Array(1 << 16);
