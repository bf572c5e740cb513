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
  if (buffer.length < lower.length * 3) buffer = new Uint8Array(lower.length * 3);
  const { written } = encoder.encodeInto(lower, buffer);
  let length = 0;
  let space = false;
  for (let i = 0; i < written; i++) {
    const byte = buffer[i];
    // (UTF-8 never uses bytes below 128 inside a longer character)
    if (byte === 32 || (byte >= 9 && byte <= 13)) {
      if (!space) buffer[length++] = 32;
      space = true;
    } else {
      buffer[length++] = byte;
      space = false;
    }
  }
  return sha256Key(buffer.subarray(0, length));
}

/** The white space `\s` reads beyond ASCII's. */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;
const encoder = new TextEncoder();
let buffer = new Uint8Array(1 << 16);
