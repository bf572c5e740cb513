import {
  HEDGE,
  LIST,
  match,
  matches,
  NOT_THE_AGENT,
  type PatternMatch,
  type RelationPattern,
  THE,
  U,
} from "./patterns.ts";
import { CLAUSE_OPENER, COUNT, HELD, PEOPLE, strictParty, SUBJECT } from "./patterns-action.ts";
import { groupsIn } from "../template.ts";

/**
 * Clashes told through what one side did to the other's people or places ("killed 35 members of X and Y", "seized
 * the headquarters of X", "X troops were killed as Y advanced"), and attacks written as nouns ("strikes on X
 * positions", "raids by A that hit X", "air attacks by A aimed at foiling X efforts"). Every group a captured object
 * lists is a party: "members of X and Y" links both.
 */

/** Names qualified by compounds ("the ⟪0⟫-linked ⟦1⟧") or a capitalised adjective before the object's list. */
const LEAD = "(?:so-called )?(?:(?:⟪\\d+⟫\\.?-[\\w]+|(?-i:[A-Z][\\w-]*)|[a-z]+-[a-z]+) ){0,2}?";
/** Words that deny or negate the act ("did not kill", "denied killing"): nothing is read after them. */
const NEGATED = /\b(?:not|never|no longer|n't|den(?:y|ies|ied|ying)|without|failed to)\b/i;

/** A gap between subject and verb that keeps the subject the agent: no report, intention, hedge or new clause. */
function agentGap(gap: string): boolean {
  if (NOT_THE_AGENT.test(gap) || HEDGE.test(gap) || CLAUSE_OPENER.test(gap) || NEGATED.test(gap)) return false;
  // "urged Britain to join the fight": an infinitive is a wish unless the subject managed or went on to act.
  return !/\bto$/.test(gap) || /\b(?:managed|continued|began|started|went on|moved|helped) to$/.test(gap);
}

function clash(
  context: Parameters<RelationPattern["find"]>[0],
  name: string,
  subjects: string[] | null,
  objects: string[],
  confidence: number,
): PatternMatch[] {
  return match(context, "clash", name, subjects, objects, confidence);
}

/** "X killed 35 members of Y and Z", "X killed at least 20 people including 12 members of Y". */
const killedMembersOf: RelationPattern = {
  name: "killed-members-of",
  find(context) {
    const found: PatternMatch[] = [];
    const kill =
      "(?:killed|killing|kills|kill|executed|executing|wounded|captured|capturing|arrested|detained|eliminated|eliminating)";
    const regex = new RegExp(
      `${SUBJECT}( [^⟦.]{0,40}?)?? ${kill} ([^⟦.]{0,50}?)\\b${PEOPLE} (?:of|from|belonging to) ${THE}${LEAD}(${LIST})`,
      "i",
    );
    for (const m of matches(context, regex)) {
      const gap = (m[2] ?? "").trim();
      const between = m[3];
      if (!agentGap(gap) || NEGATED.test(between) || CLAUSE_OPENER.test(between)) continue;
      // Between the verb and the people only a count or a count of others ("20 people including") may stand.
      if (between && !new RegExp(`^(?:${COUNT} )?(?:[\\w-]+ ){0,5}$`, "i").test(between)) continue;
      const objects = groupsIn(m[4], context.current.units);
      const subjects = strictParty(context, m[1], m.index, objects);
      found.push(...clash(context, "killed-members-of", subjects, objects, 0.75));
    }
    return found;
  },
};

/** "Y troops were killed as X advanced", "X fighters died when Y stormed the village". */
const killedAsAdvanced: RelationPattern = {
  name: "killed-as-advanced",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const regex = new RegExp(
      `(?:${PEOPLE} (?:of|from) ${THE}${LEAD}(${LIST})|(${LIST}) (?:${PEOPLE}|forces))[^⟦.]{0,40}? (?:were|have been|had been|was) (?:killed|wounded|captured|routed)\\b[^⟦.]{0,40}? (?:as|when|after|while) ${THE}(${LIST})(?: ${PEOPLE}| forces)? (?:advanced|attacked|stormed|pushed|overran|shelled|bombed|raided|ambushed|seized|captured|recaptured|retook|launched|swept)\\b`,
    );
    for (const m of matches(context, regex)) {
      if (NEGATED.test(m[0])) continue;
      const victims = groupsIn(m[1] ?? m[2], units);
      found.push(...clash(context, "killed-as-advanced", groupsIn(m[3], units), victims, 0.75));
    }
    return found;
  },
};

/** "X seized the headquarters of Y", "X captured several positions held by Y". */
const seizedHeldBy: RelationPattern = {
  name: "seized-held-by",
  find(context) {
    const found: PatternMatch[] = [];
    const regex = new RegExp(
      `${SUBJECT}( [^⟦.]{0,40}?)?? (?:seized|seizing|captured|capturing|took control of|taking control of|took over|overran|overrunning|stormed|storming|raided|raiding) (?:the |an? |several |\\d+ |two |three )?(?:[\\w-]+ ){0,2}?${HELD} (?:of|held by|controlled by|belonging to|run by|used by) ${THE}${LEAD}(${LIST})`,
      "i",
    );
    for (const m of matches(context, regex)) {
      if (!agentGap((m[2] ?? "").trim())) continue;
      const objects = groupsIn(m[3], context.current.units);
      found.push(...clash(context, "seized-held-by", strictParty(context, m[1], m.index, objects), objects, 0.75));
    }
    return found;
  },
};

/** "X managed to repel the Y fighters", "X repulsed a Y attack", "X continued the fight against Y". */
const repelAndFight: RelationPattern = {
  name: "repel-and-fight",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const repel = new RegExp(
      `${SUBJECT}( [^⟦.]{0,40}?)?? (?:repel(?:led|ling|s)?|repuls(?:e|ed|es|ing)|fought off|fend(?:ed)? off|beat back|beating back|thwart(?:ed|ing)?|foil(?:ed|ing)?) (?:an? |the |several |repeated )?(?:[\\w-]+ )?(${LIST})(?: ${PEOPLE}| forces)?(?: (?:counter-?)?(?:attacks?|offensives?|assaults?|advances?|incursions?|infiltration))?\\b`,
      "i",
    );
    for (const m of matches(context, repel)) {
      if (!agentGap((m[2] ?? "").trim())) continue;
      const objects = groupsIn(m[3], units);
      found.push(...clash(context, "repel", strictParty(context, m[1], m.index, objects), objects, 0.75));
    }
    const fight = new RegExp(
      `${SUBJECT}( [^⟦.]{0,40}?)?? (?:lead(?:s|ing)?|led|continu(?:e|es|ed|ing)|join(?:s|ed|ing)?|spearhead(?:s|ed|ing)?|wag(?:e|es|ed|ing)|step(?:s|ped)? up|intensif(?:y|ies|ied)) (?:the |its |their |a )?(?:[\\w-]+ )?(?:fight|war|battle|campaign|struggle|offensive) against ${THE}${LEAD}(${LIST})`,
      "i",
    );
    for (const m of matches(context, fight)) {
      if (!agentGap((m[2] ?? "").trim())) continue;
      const objects = groupsIn(m[3], units);
      found.push(...clash(context, "fight-against", strictParty(context, m[1], m.index, objects), objects, 0.75));
    }
    // "the Xs fight against Y": the possessor is the fighter.
    const owned = new RegExp(
      `(?<!\\b(?:of|for|to|with|against|by) (?:the )?)(${U})(?:'s|s|') (?:[\\w-]+ )?(?:fight|war|battle|campaign|struggle) against ${THE}${LEAD}(${LIST})`,
    );
    for (const m of matches(context, owned)) {
      found.push(...clash(context, "fight-against", groupsIn(m[1], units), groupsIn(m[2], units), 0.7));
    }
    // "the massacre committed by X against Y", "crimes perpetrated by X forces against members of Y"
    const committed = new RegExp(
      `\\b(?:massacres?|crimes?|atrocities|attacks?|assaults?|violations|abuses) (?:committed|perpetrated|carried out|launched) by ${THE}(${LIST})(?: ${PEOPLE}| forces| militias?)? against ${THE}(?:${PEOPLE} (?:of|from) ${THE})?${LEAD}(${LIST})`,
      "i",
    );
    for (const m of matches(context, committed)) {
      found.push(...clash(context, "committed-against", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
    }
    return found;
  },
};

/** An armed action written as a noun. */
const STRIKES =
  "(?:air ?strikes|air raids|air attacks|airstrikes|strikes|raids|attacks|bombing|bombardment|shelling|assaults?|missile strikes|rocket attacks)";
/** What the action's target may be: "Y positions", "positions of Y", "the Y-held town". */
const TARGET_OF = `${THE}(?:(?:[\\w-]+ ){0,2}?${HELD} (?:of|held by|controlled by) ${THE})?${LEAD}(${LIST})`;

/**
 * "X strikes on Y positions", "raids by X that hit Y", "air attacks by X aimed at foiling Y efforts",
 * "X carried out raids ... that hit Y positions".
 */
const nounAttack: RelationPattern = {
  name: "noun-attack",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const onHeld = new RegExp(
      `(?<!\\b(?:by|of|from|on|against|for|with|to|in|at|near) (?:the )?)(${U})(?:'s|s|')? (?:[\\w-]+ )?${STRIKES} (?:on|against|targeting) ${THE}${LEAD}(${LIST}) (?:${HELD}|${PEOPLE}|forces)\\b`,
    );
    for (const m of matches(context, onHeld)) {
      found.push(...clash(context, "noun-attack", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
    }
    // "raids by X that hit Y", "air attacks by X ... aimed at foiling Y efforts"
    const by = new RegExp(
      `\\b${STRIKES} (?:carried out |launched |conducted )?by ${THE}(${LIST})(?: ${PEOPLE}| forces| warplanes| jets| aircraft)?([^⟦.]{0,60}?) (?:(?:that|which) (?:hit|struck|targeted|pounded|destroyed)|hitting|striking|targeting|aimed at (?:foiling|thwarting|stopping|preventing|halting|blocking|countering|weakening|repelling|dislodging|ousting|expelling|driving out)) ${TARGET_OF}`,
      "i",
    );
    for (const m of matches(context, by)) {
      if (NEGATED.test(m[2]) || CLAUSE_OPENER.test(m[2].replace(/\b(?:that|which)\b/g, ""))) continue;
      found.push(...clash(context, "noun-attack", groupsIn(m[1], units), groupsIn(m[3], units), 0.75));
    }
    // "X carried out raids overnight that hit Y positions"
    const carried = new RegExp(
      `${SUBJECT}( [^⟦.]{0,30}?)?? (?:carried out|launched|conducted|staged|mounted) (?:an? |\\d+ |several |dozens of |new |fresh )?(?:[\\w-]+ )?${STRIKES}([^⟦.]{0,40}?) (?:(?:that|which) (?:hit|struck|targeted|pounded|destroyed)|hitting|striking|targeting) ${TARGET_OF}`,
      "i",
    );
    for (const m of matches(context, carried)) {
      if (!agentGap((m[2] ?? "").trim()) || NEGATED.test(m[3]) || CLAUSE_OPENER.test(m[3])) continue;
      const objects = groupsIn(m[4], units);
      found.push(...clash(context, "noun-attack", strictParty(context, m[1], m.index, objects), objects, 0.7));
    }
    return found;
  },
};

export const VICTIM_PATTERNS: RelationPattern[] = [
  killedMembersOf,
  killedAsAdvanced,
  seizedHeldBy,
  repelAndFight,
  nounAttack,
];
