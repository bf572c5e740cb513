/**
 * The folding of a word written in ASCII only, as `fold` in fold.ts works it out (lower case, apostrophes dropped,
 * "ee" → "i", "oo" → "u", "ou" → "u", "ay" → "ai", doubled letters written once, a final "h" after a vowel dropped),
 * read over the word's character codes in one array instead of nine expressions over nine strings: a corpus's first
 * pass keys every word it has not seen (some 12,000 on FA-KES), most of them ASCII. Null for a word with any other
 * character, which `fold` reads (its normalising, marks and apostrophes beyond ASCII).
 */
export function foldAscii(word: string): string | null {
  const codes: number[] = [];
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i);
    if (code >= 0x80) return null;
    // (an apostrophe or a backtick is dropped; NFD and the marks leave ASCII as it is)
    if (code === 0x27 || code === 0x60) continue;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    codes.push(code);
  }
  // Each replacement over the whole word before the next, left to right, as a global expression replaces.
  replacePair(codes, E, E, I, -1);
  replacePair(codes, O, O, U, -1);
  replacePair(codes, O, U, U, -1);
  replacePair(codes, A, Y, A, I);
  // (`/(.)\1+/g`: a run of one character, other than a line's end, written once)
  let kept = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (kept > 0 && code === codes[kept - 1] && code !== 0x0a && code !== 0x0d) continue;
    codes[kept++] = code;
  }
  codes.length = kept;
  // (`/([aeiu])h$/` on a word of more than three characters)
  if (kept > 3 && codes[kept - 1] === H && isFoldVowel(codes[kept - 2])) codes.length = kept - 1;
  return String.fromCharCode(...codes);
}

const [A, E, H, I, O, U, Y] = [..."aehiouy"].map((letter) => letter.charCodeAt(0));
const isFoldVowel = (code: number) => code === A || code === E || code === I || code === U;

/**
 * Rewrites `codes` in place as `replace(/ab/g, ...)` would: each pair `first`, `second` (the next starting after it)
 * becomes `by`, or `by`, `then` when `then` is not -1.
 */
function replacePair(codes: number[], first: number, second: number, by: number, then: number): void {
  let kept = 0;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === first && i + 1 < codes.length && codes[i + 1] === second) {
      codes[kept++] = by;
      if (then !== -1) codes[kept++] = then;
      i++;
    } else codes[kept++] = codes[i];
  }
  codes.length = kept;
}
