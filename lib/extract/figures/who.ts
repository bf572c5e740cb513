import type { NumberPhrase, Token } from "./numbers.ts";
import { headWords, personNounGroup } from "./noun-phrase.ts";

/**
 * Who a figure counts, from the noun phrase after its number: "five members of a family" -> "members of a family",
 * "45 opposition fighters" -> "fighters", "310,000 people" -> null.
 */
export function readWho(tokens: Token[], phrase: NumberPhrase): string | null {
  const words = headWords(tokens, phrase);
  for (const [k, word] of words.entries()) {
    const who = personNounGroup(word.lower);
    if (who === undefined) continue;
    if (who === "members") {
      // "members of a family", "family members", or members of a group
      const after = tokens.findIndex((t) => t.start === word.start);
      // (filled by a loop: reading the first word of a mapped slice deoptimised this function on every sentence
      // whose slice was empty, as the empty array had another map)
      const tail: string[] = [];
      for (let i = after + 1; i < tokens.length && i < after + 5; i++) tail.push(tokens[i].lower);
      if (tail[0] === "of" && tail.slice(1, 4).includes("family")) return "members of a family";
      if (words[k - 1]?.lower === "family") return "members of a family";
      // "members of the regime troops", "members of government forces": the state's soldiers
      if (tail[0] === "of" && /\b(?:army|troops|soldiers|(?:government|regime) forces)\b/.test(tail.join(" "))) {
        return "soldiers";
      }
      // "members of medical staff", "members of the White Helmets rescue organization": people who rescue or treat
      if (tail[0] === "of" && /\b(?:medical|staff|rescue|white|civil|paramedics?|press|media)\b/.test(tail.join(" "))) {
        return "civilians";
      }
      return "fighters";
    }
    return who;
  }
  return null;
}
