import type { Chunk } from "./chunks.ts";
import { readingConfidence } from "./confidence.ts";
import { lightVerbSubject, ownerBefore, type Reading } from "./frames.ts";
import { guardVerdict } from "./guards.ts";
import { type SentenceView, verbish } from "./sentence-view.ts";
import { HYPHENED_WORD } from "./word-shapes.ts";

/** How far past an "anti-X" compound the party it describes, or the act it qualifies, may stand (tokens). */
const ANTI_REACH = 6;

/** Whether the party token at `at` is the X of an "anti-X" compound ("anti-ISIL", "Anti-HTS"). */
function antiPrefixed(view: SentenceView, at: number): boolean {
  const tokens = view.tokens;
  return tokens[at].glued && tokens[at - 1]?.text === "-" && tokens[at - 2]?.key === "anti";
}

/**
 * What an "anti-X" compound at `at` stands before, past plain words (adjectives, group nouns: "the anti-ISIL umbrella
 * group Army of Mujahideen", "Anti-HTS Islamist rebel factions A and B"; a name inside that only qualifies the noun,
 * "the anti-YPG Kurdish FSA group Liwa Ahfad Saladin", is passed): the first named party that is no modifier, or the
 * first hostile act noun ("anti-ISIL bombing raids", "the SDF's anti-IS campaign"); no verb, preposition, comma or
 * boundary on the way.
 */
function describedAfter(view: SentenceView, at: number): { party: Chunk } | { act: number } | null {
  const tokens = view.tokens;
  for (let k = at + 1; k <= at + ANTI_REACH && k < tokens.length; k++) {
    const chunk = view.covering[k];
    if (chunk && chunk.start === k && chunk.ref === null && !chunk.modifier && chunk.groups.length > 0) {
      // ("the anti-YPG Kurdish FSA group Liwa Ahfad Saladin": a name before a party noun and another name names the
      // kind of the one after it.)
      // (The chunk may hold the noun already: "FSA group" before the name.)
      const noun = view.lex.partyNouns.longest(tokens, chunk.end)?.length ??
        (view.lex.partyNouns.endingAt(tokens, chunk.end, 2) ? 0 : -1);
      const named = noun >= 0 ? view.covering[chunk.end + noun] : undefined;
      if (named && named.start === chunk.end + noun && named.ref === null && !named.modifier) {
        return { party: named };
      }
      return { party: chunk };
    }
    if (chunk) {
      k = chunk.end - 1;
      continue;
    }
    const acts = view.lex.triggers.at(tokens, k);
    for (const { value } of acts) {
      if (value.trigger.pos === "noun" && value.trigger.type === "clash") return { act: k };
    }
    const token = tokens[k];
    if (!HYPHENED_WORD.test(token.text) || view.lex.prepositions.has(token.key)) return null;
    if (view.lex.boundaries.has(token.key) || view.lex.listJoiners.longest(tokens, k) || verbish(view, k)) return null;
  }
  return null;
}

/**
 * The agent of an act an "anti-X" compound opening at `start` qualifies: its possessive owner ("the SDF's anti-IS
 * campaign"), else the subject of a light verb right before it.
 */
function actAgent(view: SentenceView, start: number): Chunk | null {
  const owner = ownerBefore(view, start);
  if (owner) return owner.ref === null && !owner.modifier ? owner : null;
  // (Only a light verb's subject, "X launched a large-scale anti-ISIL operation": a clause's subject may only use or
  // speak of the act, "the regime exploits the international anti-ISIS campaign".)
  const subject = lightVerbSubject(view, start);
  return subject && subject.chunk.ref === null && !subject.chunk.modifier ? subject.chunk : null;
}

/**
 * "anti-X" compounds (issue 10, round 80): a party described as against X is X's rival ("the anti-ISIL umbrella group
 * Army of Mujahideen", "Anti-HTS Islamist rebel factions Nour al-Din al-Zenki and Ahrar al-Sham"), and an act against X
 * is its agent's fight with X ("the SDF's anti-IS campaign", "Jordan took the lead on anti-ISIL bombing raids"). The
 * chunker reads the name inside such a compound as no party of the clause (a modifier); these readings give it its
 * side.
 */
export function antiSideRelations(view: SentenceView): Reading[] {
  const readings: Reading[] = [];
  const tokens = view.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const party = tokens[i].party;
    if (party === undefined || !antiPrefixed(view, i)) continue;
    const side = view.template.units[party].groupId;
    const described = describedAfter(view, i);
    if (!described) continue;
    const verdict = guardVerdict(view.guards, { clauseFrom: i - 2, triggerStart: i - 2, nearAt: [i - 2] });
    if (verdict.block) continue;
    const agent = "party" in described ? described.party : actAgent(view, i - 2);
    const groups = agent ? agent.groups.filter((g) => g !== side) : [];
    if (groups.length === 0) continue;
    const features = {
      voice: "party" in described ? "role" as const : "noun" as const,
      distance: 0,
      reference: "none" as const,
      hedge: verdict.lower,
    };
    readings.push({
      type: "party" in described ? "rival" : "clash",
      subjects: groups,
      objects: [side],
      confidence: readingConfidence(0.7, features),
      frame: "party" in described ? "anti-side:role" : "anti-side:act",
      features,
      sentences: [view.index],
      joint: false,
      trigger: null,
    });
  }
  return readings;
}
