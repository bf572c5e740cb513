import { LIST, match, matches, type PatternMatch, type RelationPattern, THE, U } from "./patterns.ts";
import { groupsIn } from "../template.ts";

/**
 * Membership told by what a coalition is made of: "the PYD-dominated U.S.-backed Syria Democratic Forces", "The SDF
 * is dominated by the YPG", "the Army of Conquest which includes Al-Nusra and its allies"; and backing told the same
 * way: "Syrian government forces and its allies who include members of the Lebanese group Hezbollah".
 */

/** A name that stands for another's offshoot ("dominated by Al-Qaedas former Syrian affiliate") is not the member. */
const DESCRIBES_ANOTHER =
  /^(?:'s|s)? (?:(?!and\b|or\b|its\b|their\b)[\w-]+ ){0,3}?(?:offshoot|affiliate|branch|wing|arm|ally|allies|splinter)\b/;

/** Capitalised words, "and" and other qualifiers (`⟪k⟫-backed`) between a compound and the name it qualifies. */
const QUALIFIERS = "(?:(?:the|and|⟪\\d+⟫\\.?-[\\w]+|[A-Z][\\w.-]*) ){0,4}?";

const dominated: RelationPattern = {
  name: "dominated",
  find(context) {
    const found: PatternMatch[] = [];
    const { units, base } = context.current;
    const compound = new RegExp(`(${U})-dominated ${QUALIFIERS}(${U})`);
    for (const m of matches(context, compound, "base")) {
      found.push(...match(context, "member", "dominated", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
    }
    const by = new RegExp(
      `(${U})(?: (?:alliance|coalition|forces|group|umbrella))?,? (?:(?:which|that) (?:is|was|has been) |(?:is|was|are|were|remains|has been) )?(?:largely |mainly |mostly |heavily )?dominated by ${THE}(?:[\\w-]+ ){0,2}?(${U})`,
    );
    for (const m of matches(context, by, "base")) {
      if (DESCRIBES_ANOTHER.test(base.slice(m.index + m[0].length))) continue;
      found.push(...match(context, "member", "dominated", groupsIn(m[2], units), groupsIn(m[1], units), 0.75));
    }
    return found;
  },
};

const includes: RelationPattern = {
  name: "includes",
  find(context) {
    const found: PatternMatch[] = [];
    const { units, base } = context.current;
    const verb =
      "(?:includes?|included|comprises?|comprised|is made up of|was made up of|consists? of|consisted of|brings together|brought together|groups)";
    const coalition = new RegExp(
      `(${U})(?: (?:alliance|coalition|grouping|umbrella|operations room|front))?,? (?:which|that) (?:also )?${verb} (?:fighters |members |units )?(?:from |of )?${THE}(${LIST})`,
    );
    for (const m of matches(context, coalition, "base")) {
      if (DESCRIBES_ANOTHER.test(base.slice(m.index + m[0].length))) continue;
      found.push(...match(context, "member", "includes", groupsIn(m[2], units), groupsIn(m[1], units), 0.75));
    }
    const allies = new RegExp(
      `(${U})(?: forces| troops)? and (?:its|their) allies,?(?: -)? (?:who |which |that )?(?:include|included|including|such as) (?:fighters |members |units )?(?:from |of )?${THE}(?:[\\w-]+ ){0,3}?(${LIST})`,
    );
    for (const m of matches(context, allies, "base")) {
      found.push(...match(context, "ally", "its-allies-include", groupsIn(m[2], units), groupsIn(m[1], units), 0.75));
    }
    return found;
  },
};

/** "a coalition called Jaish al Fateh in which Nusra Front is a major part of its composition". */
const partOfWhich: RelationPattern = {
  name: "part-of-which",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const regex = new RegExp(
      `(${U})[^⟦.]{0,30}? (?:in|of|within) which ${THE}(${LIST}) (?:is|was|are|were|remains|remain|forms?|formed) (?:an? |the |one of the )?(?:(?:key|main|major|leading|founding|prominent|core|principal|large|big|dominant|significant) )*(?:part|member|component|constituent|backbone|pillar)s?\\b`,
    );
    for (const m of matches(context, regex)) {
      found.push(...match(context, "member", "part-of-which", groupsIn(m[2], units), groupsIn(m[1], units), 0.75));
    }
    return found;
  },
};

export const MEMBERSHIP_PATTERNS: RelationPattern[] = [dominated, includes, partOfWhich];
