import type { NumberPhrase, Token } from "./numbers.ts";
import { headWords } from "./traps.ts";

/**
 * Nouns that name people, and who they say the figure counts. `null` means people in general ("people", "others"),
 * which says nothing beyond the count.
 */
const PERSON_NOUNS: Record<string, string | null> = {
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
  wounded: null,
  injured: null,
  killed: null,
  displaced: null,
};

/** Whether `word` (lower case) names people. */
export function isPersonNoun(word: string): boolean {
  return word in PERSON_NOUNS;
}

/**
 * Who a figure counts, from the noun phrase after its number: "five members of a family" -> "members of a family",
 * "45 opposition fighters" -> "fighters", "310,000 people" -> null.
 */
export function readWho(tokens: Token[], phrase: NumberPhrase): string | null {
  const words = headWords(tokens, phrase);
  for (const [k, word] of words.entries()) {
    if (!isPersonNoun(word.lower)) continue;
    const who = PERSON_NOUNS[word.lower];
    if (who === "members") {
      // "members of a family", "family members", or members of a group
      const after = tokens.findIndex((t) => t.start === word.start);
      const tail = tokens.slice(after + 1, after + 5).map((t) => t.lower);
      if (tail[0] === "of" && tail.slice(1, 4).includes("family")) return "members of a family";
      if (words[k - 1]?.lower === "family") return "members of a family";
      // "members of the regime troops", "members of government forces": the state's soldiers
      if (tail[0] === "of" && /\b(?:army|troops|soldiers|(?:government|regime) forces)\b/.test(tail.join(" "))) {
        return "soldiers";
      }
      return "fighters";
    }
    return who;
  }
  return null;
}
