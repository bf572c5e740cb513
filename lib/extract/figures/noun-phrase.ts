import type { NumberPhrase, Token } from "./numbers.ts";

// The noun phrase after a number: what the number counts. Read by kind, who and the traps alike.

/**
 * Nouns that name people, and who they say the figure counts. `null` means people in general ("people", "others"),
 * which says nothing beyond the count.
 */
export const PERSON_NOUNS: Record<string, string | null> = {
  people: null,
  persons: null,
  person: null,
  others: null,
  individuals: null,
  victims: null,
  bodies: null,
  dead: null,
  syrians: null,
  civilians: "civilians",
  civilian: "civilians",
  residents: "civilians",
  inhabitants: "civilians",
  villagers: "civilians",
  protesters: "civilians",
  demonstrators: "civilians",
  worshippers: "civilians",
  students: "civilians",
  workers: "civilians",
  journalists: "civilians",
  doctors: "civilians",
  medics: "civilians",
  children: "children",
  child: "children",
  kids: "children",
  babies: "children",
  infants: "children",
  minors: "children",
  boys: "children",
  girls: "children",
  women: "women",
  woman: "women",
  men: "men",
  mothers: "women",
  fathers: "men",
  fighters: "fighters",
  fighter: "fighters",
  militants: "fighters",
  militant: "fighters",
  rebels: "fighters",
  rebel: "fighters",
  jihadists: "fighters",
  jihadis: "fighters",
  terrorists: "fighters",
  terrorist: "fighters",
  jihadist: "fighters",
  commanders: "fighters",
  insurgents: "fighters",
  gunmen: "fighters",
  combatants: "fighters",
  mercenaries: "fighters",
  recruits: "fighters",
  defectors: "fighters",
  militiamen: "fighters",
  extremists: "fighters",
  martyrs: "fighters",
  soldiers: "soldiers",
  soldier: "soldiers",
  troops: "soldiers",
  servicemen: "soldiers",
  officers: "soldiers",
  personnel: "soldiers",
  policemen: "soldiers",
  guards: "soldiers",
  members: "members",
  member: "members",
  family: "members of a family",
  families: "families",
  refugees: "refugees",
  detainees: "detainees",
  prisoners: "detainees",
  hostages: "detainees",
  casualties: null,
  // "one fatality was reported"
  fatality: null,
  wounded: null,
  injured: null,
  killed: null,
  displaced: null,
};

/**
 * `PERSON_NOUNS` as a Map: a word looked up as an object's key is first sought among the engine's interned strings
 * (and `in` also finds the object's inherited keys, "constructor"), where a Map hashes it once.
 */
const PERSON_NOUN_GROUPS = new Map(Object.entries(PERSON_NOUNS));

/** Whether `word` (lower case) names people. */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUN_GROUPS.has(word);
}

/** The group a person noun (lower case) counts ("soldier": "soldiers"), null for none, undefined for no person noun. */
export function personNounGroup(word: string): string | null | undefined {
  return PERSON_NOUN_GROUPS.get(word);
}

/** Words that may sit between a number and its noun ("45 opposition fighters", "20 barrel bombs"). */
export const STOP_WORDS = new Set([
  "in",
  "at",
  "on",
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "who",
  "which",
  "that",
  "and",
  "from",
  "near",
  "when",
  "after",
  "during",
  "as",
  "by",
  "to",
  "with",
  "since",
  "for",
  "while",
  "but",
  "or",
  "into",
  "across",
  "inside",
  "including",
  "among",
  "\u201c",
  '"',
  ",",
  ".",
  ";",
  ":",
  ")",
]);

/** The words after a number up to the first preposition, verb or mark ("of" right after it is skipped). */
export function headWords(tokens: Token[], phrase: NumberPhrase, limit = 4): Token[] {
  const words: Token[] = [];
  let k = phrase.lastToken;
  if (tokens[k]?.lower === "of") k += 1;
  if (tokens[k]?.lower === "the") k += 1;
  for (; k < tokens.length && words.length < limit; k++) {
    if (tokens[k].lower === "(") {
      // "Islamic State (IS) group militants": an aside in brackets is not part of the noun
      while (k < tokens.length && tokens[k].lower !== ")") k++;
      continue;
    }
    if (STOP_WORDS.has(tokens[k].lower)) break;
    words.push(tokens[k]);
  }
  return words;
}
