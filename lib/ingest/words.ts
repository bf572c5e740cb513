/** Whether UTF-16 code unit `code` is white space as a RegExp's `\s` reads it. */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Number of words (runs of non-space, as `/\S+/g` finds them) in `text`, counted only up to `upTo`: rules that compare
 * a count with a small number need not count a paragraph to its end, nor build a match for each word.
 */
export function countWords(text: string, upTo: number): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++count === upTo) return count;
    }
  }
  return count;
}
