import {
  HEDGE,
  LIST,
  match,
  matches,
  NOT_THE_AGENT,
  partyOf,
  type PatternMatch,
  PRONOUN,
  type RelationPattern,
  THE,
  U,
} from "./patterns.ts";
import { APART, CLAUSE_OPENER, jointAction, PEOPLE, strictParty, SUBJECT } from "./patterns-action.ts";
import { groupsIn } from "../template.ts";

/**
 * Support, joint action, coalition descriptions and splits as wire copy writes them: "in support of X", "backed by
 * fighters from X", "backed by X-led air strikes", "A and allies including B", "a coalition between A and B",
 * "A cooperates with B"; "a bombing campaign by A and B", "A and B continued their advances"; "Army of Conquest an
 * alliance that includes X" (FA-KES stripped the commas); "X broke away from Y", "breaking off ties with Y".
 */

/** Words that deny or negate ("does not cooperate", "denied backing"): nothing is read after them. */
const NEGATED =
  /\b(?:not|never|no longer|n't|den(?:y|ies|ied|ying)|without|refus\w*|reject\w*|stop(?:ped)?|end(?:ed)?)\b/i;

function agentGap(gap: string): boolean {
  return !(NOT_THE_AGENT.test(gap) || HEDGE.test(gap) || CLAUSE_OPENER.test(gap) || NEGATED.test(gap));
}

/** "X launched an offensive in support of Y", "X sent hundreds of fighters in support of Y". */
const support: RelationPattern = {
  name: "support",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const inSupport = new RegExp(
      `${SUBJECT}( [^⟦.]{0,60}?)?? in support of ${THE}(?:President |Bashar |al-)*(${U})(?!(?:'s|s|')? (?:enem|rival|opponent|foe)\\w*)`,
      "i",
    );
    for (const m of matches(context, inSupport)) {
      const gap = (m[2] ?? "").trim();
      // "X fighting in support of Y" stays with the existing reading; a count of people sent keeps the subject.
      if (!agentGap(gap) || /\b(?:against|call\w*|resolution|vote\w*|statement|rall\w*|protest\w*)\b/i.test(gap)) {
        continue;
      }
      if (/(?<!\b(?:hundreds|thousands|dozens|tens|scores|number|units)) of\b/.test(gap)) continue;
      const objects = groupsIn(m[3], units);
      found.push(
        ...match(context, "ally", "in-support-of", strictParty(context, m[1], m.index, objects), objects, 0.7),
      );
    }
    // "X backed by fighters from Y", "X backed by Y-led air strikes", "X supported by Y warplanes"
    const backedBy = new RegExp(
      `(${U})(?: (?:forces|fighters|troops|militants|units|soldiers))?,? (?:(?:which|who|that) (?:is|are|was|were|has been|have been) )?(?:backed|supported|assisted|aided|helped|reinforced) by (?:(?:[\\w-]+ )?${PEOPLE} (?:from|of) ${THE}(${LIST})|${THE}(${U})-led (?:coalition |international )?(?:air ?strikes|air support|air power|airstrikes|strikes|warplanes|aircraft|jets|air raids|bombing))`,
    );
    for (const m of matches(context, backedBy, "base")) {
      const subjects = groupsIn(m[1], units);
      const objects = groupsIn(m[2] ?? m[3], units);
      found.push(...match(context, "ally", "backed-by-fighters", objects, subjects, 0.75));
    }
    // "A and allies including B", "A and its allies such as B"
    const allies = new RegExp(
      `(${U})(?: forces| troops)? and (?:its |their )?(?:[\\w-]+ )?allies,?(?: -)? (?:who |which |that )?(?:include|included|including|such as|among them) (?:fighters |members |units )?(?:from |of )?${THE}(?:[\\w-]+ ){0,2}?(${LIST})`,
    );
    for (const m of matches(context, allies, "base")) {
      found.push(
        ...match(context, "ally", "allies-including", groupsIn(m[2], units), groupsIn(m[1], units), 0.75),
      );
    }
    // "a coalition between A and B", "an alliance of A and B"
    const coalition = new RegExp(
      `\\b(?:coalition|alliance|partnership|pact) (?:between|of|formed by|grouping) ${THE}(${U}) and ${THE}(${U})(?! (?:on the one|on one))`,
      "i",
    );
    for (const m of matches(context, coalition)) {
      const after = context.current.core.slice(m.index + m[0].length);
      if (/^(?:'s|s)? (?:[\w-]+ )?(?:offshoot|affiliate|branch|ally|allies)\b/.test(after)) continue;
      found.push(...match(context, "ally", "coalition-between", groupsIn(m[1], units), groupsIn(m[2], units), 0.7));
    }
    // "A cooperates with B", "A has been coordinating with B"
    const cooperate = new RegExp(
      `(?<!\\b(?:by|of|from|with|against|for|to|on|in|at|near|between|among|urged|asked|called on|pressed) (?:the )?)(${LIST}|${PRONOUN})( [^⟦.]{0,40}?)?? (?:cooperat(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing)) (?:closely |militarily )?with ${THE}(${LIST})`,
    );
    for (const m of matches(context, cooperate)) {
      const gap = (m[2] ?? "").trim();
      // "agreed to cooperate" is a stated act; any other "to cooperate" is a wish or a demand.
      if (!agentGap(gap) || (/\bto$/.test(gap) && !/\b(?:agreed|began|continued|started) to$/.test(gap))) continue;
      if (/\b(?:not|never)\b/.test(context.current.core.slice(m.index, m.index + m[0].length))) continue;
      const objects = groupsIn(m[3], context.current.units);
      const subjects = partyOf(context, m[1], m.index, objects);
      found.push(...match(context, "ally", "cooperate-with", subjects, objects, 0.7));
    }
    return found;
  },
};

/** Words setting two subjects apart, or making them face each other. */
const FACING = /\b(?:each other|one another|against each|between them|on the other)\b/i;

/** "a bombing campaign by A and B", "A and B continued their advances": two parties of one hostile act are allies. */
const jointCampaign: RelationPattern = {
  name: "joint-campaign",
  find(context) {
    const found: PatternMatch[] = [];
    const { units, core } = context.current;
    const campaign = new RegExp(
      `\\b(?:(?:bombing|air|aerial|military|ground|joint|combined) )?(?:campaign|offensive|operations?|air ?strikes|airstrikes|raids|bombardment|assault) (?:led |launched |carried out |waged |conducted )?by ${THE}(${U})(?: forces| troops)? and ${THE}(${U})(?! ${PEOPLE}? ?(?:against|on) (?:each|one))`,
      "i",
    );
    for (const m of matches(context, campaign)) {
      if (APART.test(core) || FACING.test(core)) continue;
      const subjects = [...groupsIn(m[1], units), ...groupsIn(m[2], units)];
      found.push(...jointAction(context, [...new Set(subjects)], "", "joint-campaign"));
    }
    const advance = new RegExp(
      `(?<!\\b(?:by|of|from|with|against|for|to|on|in|at|near|into|over|under|between|among|about|than|fighting|battling|attacking|targeting) (?:the )?)(${U}(?:(?:, | and |, and )${THE}${U})+)(?: forces| troops| fighters)? (?:have |had )?(?:continued|pressed|pushed|advanced|stormed|recaptured|retook|captured|seized|launched a joint|launched an offensive|shelled|bombed) (?:their |its |an? |the )?(?:[\\w-]+ )?`,
    );
    for (const m of matches(context, advance)) {
      if (APART.test(core) || FACING.test(core)) continue;
      if (!/\band\b/.test(m[1])) continue;
      // "X and Y fighters pushed from the town", "captured by": a passive headline, the two were the ones driven out.
      if (
        /^(?:by|from|out|back|away)\b/.test(core.slice(m.index + m[0].length).trimStart()) ||
        / (?:by|from|out|back) $/.test(m[0])
      ) {
        continue;
      }
      // "continued their advances", "pushed into": a verb of war; "continued talks" is not one.
      const rest = core.slice(m.index + m[0].length - 1, m.index + m[0].length + 40);
      if (
        /^(?:continued|pressed) /.test(m[0].slice(m[1].length).trim()) &&
        !/advance|offensive|assault|push|attack|campaign|operation|bombing|strikes/.test(m[0] + rest)
      ) continue;
      found.push(...jointAction(context, groupsIn(m[1], units), "", "joint-advance"));
    }
    return found;
  },
};

/** "Army of Conquest an alliance of Islamist groups that includes the Nusra Front" (commas stripped upstream). */
const describedCoalition: RelationPattern = {
  name: "described-coalition",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const regex = new RegExp(
      `(${U}),? (?:an? |the )(?:[\\w-]+ ){0,4}?(?:alliance|coalition|grouping|umbrella(?: group)?|operations room|front)(?: of(?: [\\w-]+){1,6}?)?,? (?:(?:which|that) (?:also )?(?:includes?|included|comprises?|comprised|groups|brings together)|including|comprising|made up of|grouping) (?:fighters |members |units )?(?:from |of )?${THE}(?:[\\w-]+ ){0,2}?(${LIST})`,
    );
    for (const m of matches(context, regex, "base")) {
      const after = context.current.base.slice(m.index + m[0].length);
      if (/^(?:'s|s)? (?:[\w-]+ )?(?:offshoot|affiliate|branch|ally|allies|splinter)\b/.test(after)) continue;
      const coalition = groupsIn(m[1], units);
      const members = groupsIn(m[2], units).filter((g) => !coalition.includes(g));
      found.push(...match(context, "member", "described-coalition", members, coalition, 0.75));
    }
    return found;
  },
};

/** "X broke away from the Y", "X announced breaking off ties with Y", "X split from the ⟪0⟫-linked Y". */
const splitAway: RelationPattern = {
  name: "split-away",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const regex = new RegExp(
      `(${U}|${PRONOUN})(?: (?:group|faction|movement|brigade))?( [^⟦.]{0,60}?)?? (?:(?:broke|breaking|break|broken|splintered|splintering|split|splitting) (?:away |off )?from|(?:broke|breaking|break|cut|cutting|severed|severing)(?: off)? (?:its |their |all |formal )*(?:ties|links|relations)(?: with| to)) ${THE}(?:(?:⟪\\d+⟫\\.?-[\\w]+|[\\w-]+) ){0,2}?(${U})`,
    );
    for (const m of matches(context, regex)) {
      const gap = (m[2] ?? "").trim();
      // "a splinter group that broke away", "announced breaking off ties": the subject is still the one acting.
      if (NOT_THE_AGENT.test(gap.replace(/\b(?:announced|declared|that|which|who)\b/g, "")) || HEDGE.test(gap)) {
        continue;
      }
      if (/\b(?:not|never|n't|den(?:y|ies|ied))\b|⟦/.test(gap)) continue;
      const objects = groupsIn(m[3], units);
      const subjects = partyOf(context, m[1], m.index, objects);
      found.push(...match(context, "split", "split-away", subjects, objects, 0.75));
    }
    return found;
  },
};

export const SUPPORT_PATTERNS: RelationPattern[] = [support, jointCampaign, describedCoalition, splitAway];
