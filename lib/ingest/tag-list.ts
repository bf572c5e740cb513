/**
 * Some sites glue a keyword list into the text ("... continue. Tags Syria Free Syrian Army opposition groups Idlib
 * The Sawaiq al-Rahman brigade announced ..."), with nothing marking where it ends. The list ends where a sentence
 * visibly starts: a full stop, or a sentence opener (The, A, At least, a number ...). Where the stretch up to that
 * opener reads like prose (verbs, conjunctions) the list is left in place: cutting prose would be worse than keeping
 * a few keywords. A list that runs to the end of its paragraph ("Tags Daesh Syria Community standards …") goes whole.
 */
const OPENER =
  /^(?:The|A|An|At least|More than|Over|Some|Several|Dozens|Scores|Hundreds|Thousands|Many|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|\d[\d.,]*)\b/;
const PROSE = /^(?:and|were|was|is|are|has|have|had|by|to|with|after|while|on|at|that|who|which|said|says)$/;
const MAX_WORDS = 30;

/** Where a "Tags …" keyword list sits in `text` (offsets of the list itself), or null when there is none to cut. */
export function findTagList(text: string): { start: number; end: number } | null {
  // (both patterns write "Tags": a text without it is done with at once)
  if (!text.includes("Tags")) return null;
  const found = /(?:^|(?<=[.!?"”]\s))Tags\s+(?=\p{Lu})/u.exec(text) ?? /(?<=\s)Tags\s+(?=\p{Lu})/u.exec(text);
  if (!found) return null;
  const start = found.index;
  const words = [...text.slice(start + found[0].length).matchAll(/\S+/g)];
  // A list that runs to the end of the paragraph without a sentence in it is a trailing keyword block.
  const toEnd = words.length <= MAX_WORDS;
  for (let i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
    const word = words[i][0];
    const at = start + found[0].length + words[i].index!;
    if (i > 0 && OPENER.test(text.slice(at))) return { start, end: at };
    if (PROSE.test(word)) return null;
    if (/[.!?]$/.test(word)) return { start, end: at + word.length };
  }
  return toEnd ? { start, end: text.trimEnd().length } : null;
}
