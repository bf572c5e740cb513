/** Text decoded from bytes, or the reason the bytes are not text. */
export type Decoded =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; reason: "empty" | "binary" | "undecodable"; message: string };

const REPLACEMENT = "\uFFFD";

/** Counts U+FFFD characters: each one a byte sequence that was not valid UTF-8 (or a literal U+FFFD). */
export function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf(REPLACEMENT); i !== -1; i = text.indexOf(REPLACEMENT, i + 1)) count++;
  return count;
}

/** A warning for text that held invalid UTF-8, or null when it held none. */
export function replacementWarning(text: string): string | null {
  const count = countReplacements(text);
  return count === 0 ? null : `${count} invalid UTF-8 byte sequence${count === 1 ? "" : "s"} replaced with U+FFFD`;
}

/** Whether text decoded with replacement is mostly garbage: more than a fifth of its characters replaced. */
export function mostlyUndecodable(text: string): boolean {
  // (most texts replace nothing: their visible characters need not be counted, nor the text copied without spaces)
  const replaced = countReplacements(text);
  if (replaced === 0) return false;
  const visible = text.replace(/\s/g, "").length;
  return visible > 0 && replaced / visible > 0.2;
}

/** Whether a sample of bytes looks binary: any NUL byte, or many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** Decodes one document's bytes as UTF-8 (BOM stripped, invalid sequences replaced and counted). */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty", message: "the file is empty (0 bytes)" };
  if (looksBinary(bytes)) {
    return { ok: false, reason: "binary", message: "the file holds NUL or control bytes: binary, not text" };
  }
  const text = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false }).decode(bytes);
  return checkText(text);
}

/** Checks decoded text: empty, mostly undecodable, or fine with warnings. */
export function checkText(text: string): Decoded {
  if (text.trim() === "") return { ok: false, reason: "empty", message: "the text is empty or only white space" };
  if (mostlyUndecodable(text)) {
    return {
      ok: false,
      reason: "undecodable",
      message: `${countReplacements(text)} of ${text.length} characters are invalid UTF-8: not UTF-8 text`,
    };
  }
  const warning = replacementWarning(text);
  return { ok: true, text, warnings: warning ? [warning] : [] };
}
