/** A part of a sentence by offsets: [start, end). */
export type ClauseSpan = { start: number; end: number };

/**
 * Where a new clause opens inside a sentence: a semicolon, colon or dash, or a word that opens a subordinate or
 * relative clause ("a day after the Ghouta attack that killed 1,400", "while in Idlib 3 died"). Not breaks: commas
 * (news sentences set apart their victims with them, "killed 47 people, most of them civilians, in a town", and
 * FA-KES drops them anyway), "as" ("as many as 30", "as well as"), an en dash without spaces ("2–4"), a bracket (an
 * aside: "about 30 km (20 miles) south of Idlib killed another six"), "where" (it ties its clause to the place before
 * it: "in Raqqa today where 65 civilians were killed") and "when" (it tells how the same victims died: "killing 57
 * civilians when it dropped bombs on the town of al-Bab").
 */
const CLAUSE_BREAK =
  /\s*[;:]\s*|\s+[—–-]\s+|\s*—\s*|\b(?=(?:after|before|while|whereas|that|which|who|whom|whose|but|though|although|meanwhile)\b)/giu;

/**
 * The clauses of `sentence` in order, covering it whole: the sentence is cut at every `CLAUSE_BREAK` (a clause opening
 * word starts the clause it opens).
 */
export function clauseSpans(sentence: string): ClauseSpan[] {
  const spans: ClauseSpan[] = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const cut = m.index!;
    if (cut > start) spans.push({ start, end: cut });
    start = Math.max(start, cut + m[0].length);
  }
  if (start < sentence.length || spans.length === 0) spans.push({ start, end: sentence.length });
  return spans;
}

/** The clause of `spans` holding offset `at` (the last clause where `at` lies past every clause). */
export function clauseAt(spans: ClauseSpan[], at: number): ClauseSpan {
  return spans.find((s) => at >= s.start && at < s.end) ?? spans.findLast((s) => s.start <= at) ?? spans[0];
}
