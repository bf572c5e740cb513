/**
 * "Forces loyal to President Bashar al-Assad" names the government's forces by the man they serve. The phrase
 * varies in its middle (a title, a first name, an article), so it is one pattern rather than a list of aliases.
 */

/** The gazetteer id the phrase stands for. */
export const LOYAL_FORCES_GROUP = "syrian-government";

// A force noun, "loyal to", an optional "the", adjective, title and first name, then Assad himself. "Assads regime"
// and "the Assad regime" are left to the gazetteer's aliases, which name the regime, not the man.
const LOYAL_TO_ASSAD = new RegExp(
  String.raw`\b(?:forces|troops|fighters|militias|militiamen|soldiers|units|gunmen)\s+loyal\s+to\s+` +
    String.raw`(?:the\s+)?(?:(?:Syrian|autocratic|embattled)\s+)?` +
    String.raw`(?:(?:President|dictator|leader|strongman|ruler)\s+)?(?:Bashar\s+)?(?:(?:al|el)[-\s])?Assad\b` +
    String.raw`(?!\s+(?:regime|government)\b)`,
  "gi",
);

const LOYAL = /loyal/i;

/** Offsets of every "forces loyal to (President) (Bashar al-)Assad" phrase in `text`, force noun to "Assad". */
export function loyalForcesSpans(text: string): { start: number; end: number }[] {
  // (most texts do not write "loyal": they are not scanned for the phrase, a pattern tried at every word)
  if (!LOYAL.test(text)) return [];
  return [...text.matchAll(LOYAL_TO_ASSAD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}
