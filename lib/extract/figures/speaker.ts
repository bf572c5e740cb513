/** The person quoted in a sentence and the organisation the article says they speak for. */
export type Speaker = { name: string; organisation: string; role: string };

const FIRST_PERSON_PLURAL = /\b(?:we|our|us)\b/i;
const SAID_BY =
  /[”"’]\s*,?\s*(?:[a-z]+ )?((?:[A-Z][\p{L}'-]+ ){0,2}[A-Z][\p{L}'-]+) (?:said|added|told|says|stated|explained)\b/u;
const ROLES = "commander|spokesman|spokesperson|leader|official|chief|head|member|fighter";
const NAME_PART = "(?:[A-Z][\\p{L}'’-]*|al-[\\p{L}-]+|al|el-[\\p{L}-]+)";

/**
 * Who speaks for whom when a quoted "we" states a figure ("we have lost more than 300 martyrs," Malhis added):
 * the speaker named after the quote, and the organisation the article introduced them with earlier
 * ("Jaish al-Mujahideen commander, Amin Malhis"). Null when the sentence is not a first-person quote or the
 * speaker was never introduced with an organisation.
 */
export function quotedSpeaker(text: string, sentence: string, sentenceStart: number): Speaker | null {
  if (!FIRST_PERSON_PLURAL.test(sentence)) return null;
  const said = SAID_BY.exec(sentence);
  if (!said) return null;
  const surname = said[1].split(" ").at(-1)!;
  const before = text.slice(0, sentenceStart + said.index);
  const introduced = new RegExp(
    `(${NAME_PART}(?:\\s+${NAME_PART}){0,4})\\s+(${ROLES}),?\\s+((?:[A-Z][\\p{L}'’-]+\\s+){0,2}${surname})\\b`,
    "gu",
  );
  const matches = [...before.matchAll(introduced)];
  const last = matches.at(-1);
  if (!last) return null;
  return { name: last[3], organisation: last[1].replace(/^(?:The|A|An)\s+/, ""), role: last[2] };
}
