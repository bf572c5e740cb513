import {
  HEDGE,
  LIST,
  match,
  matches,
  NOT_THE_AGENT,
  partyOf,
  type PatternContext,
  type PatternMatch,
  PRONOUN,
  type RelationPattern,
  THE,
  U,
} from "./patterns.ts";
import { groupsIn } from "../template.ts";

/**
 * Hostile action told in a clause whose verb may stand far from its subject ("The SDF have managed to advance closer
 * to the center of ... and kill 47 Daesh militants"), whose target is a place or a body of fighters the group holds
 * ("striking several sites controlled by the ISIL", "destroyed a Daesh command center"), or whose party is a
 * description the sentence ties to one name ("rival extremists led by X", "the rebels who include fighters from X").
 * A subject named jointly with another ("the Syrian Army and the NDF pushed ISIS back") is read as acting beside it.
 */

/** Fighters, troops or members of a group: the people a casualty report counts. */
/** Words before a far participle that make it modify a non-military noun ("sanctions targeting officials"). */
const NOT_ARMED =
  /\b(?:sanctions?|resolutions?|measures?|embargo|restrictions?|bills?|laws?|legislation|reports?|statements?|propaganda|criticism|accusations?|claims?|rhetoric|media|campaigners?|activists?|protests?)$/i;
/** Words that make a strike not hostile, or its account a claim ("accidentally struck", "claiming to have hit"). */
const NOT_HOSTILE =
  /\b(?:accidental(?:ly)?|mistaken(?:ly)?|inadvertent(?:ly)?|erroneous(?:ly)?|friendly fire|claiming|Tags|Related)\b/i;
/** "established a military council to push Daesh out": a purpose, not yet an action. */
const PURPOSE =
  /\b(?:establish\w*|form\w*|creat\w*|set up|sen[dt]\w*|deploy\w*|prepar\w*|mobili[sz]\w*|announc\w*|vow\w*|pledg\w*|order\w*)\b.*\bto$/i;
export const PEOPLE =
  "(?:fighters|militants|members|terrorists|jihadists|soldiers|troops|commanders|rebels|gunmen|extremists|militiamen|insurgents|personnel|mercenaries)";
export const COUNT =
  "(?:(?:at least|more than|over|about|some|nearly|up to|around|almost|another) )?(?:\\d+|several|many|dozens(?: of)?|scores(?: of)?|hundreds(?: of)?|tens(?: of)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)(?: more)?";
/** What a strike hits that belongs to a group: "several sites controlled by", "a ... command center", "positions of". */
export const HELD =
  "(?:positions?|bases?|posts?|sites?|targets?|strongholds?|hideouts?|headquarters|command (?:cent(?:er|re)s?|posts?)|convoys?|depots?|facilities|areas?|villages?|towns?|neighbou?rhoods?|territor(?:y|ies)|concentrations?|fortifications?|gatherings?)";
const TARGET =
  `(?:(?:an?|several|some|many|\\d+|two|three|dozens of|scores of|tens of) )?(?:[\\w-]+ ){0,2}?${HELD} (?:of|controlled by|held by|run by|belonging to|used by) `;
/**
 * A party written as a description bound to one name: "rival jihadists led by X", "the rebels who include fighters
 * from X", "groups including the X Y and Z", "fighters from X". The name is the party; nothing is guessed.
 */
const PARTY_PREFIX =
  "(?:(?:[\\w-]+ ){0,2}?(?:groups|factions|rebels|jihadists|extremists|militants|insurgents|militias|fighters|forces|opposition|brigades|terrorists) (?:(?:led|spearheaded|dominated|headed) by|(?:who|which|that) include (?:fighters|members|militants) (?:from|of)|including|such as|from|of) (?:the )?)";
/**
 * A list as FA-KES prints it after "including": commas stripped upstream, so names stand side by side. Elsewhere two
 * adjacent names are a list only when an "and" closes it ("the Syrian Army Hezbollah and the NDF").
 */
const BARE_LIST = `${U}(?:(?:, and |, | and |, as well as | as well as |, along with | )${THE}${U})*`;
const CLOSED_LIST = `(?:${U}(?: ${THE}${U})+ and ${THE}${U}|${LIST})`;
/** "both Daesh in Deir Ezzor and rival extremists led by X": a second target after a place. */
const SECOND =
  `(?:(?: (?:in|near|around) (?:(?-i:[A-Z][\\w-]*) ){0,2}(?-i:[A-Z][\\w-]*)(?: province)?)? and ${THE}(?:${PARTY_PREFIX})(${U}))?`;
/** Objects of a hostile verb: a named list, what it holds, or a description bound to a name. */
const OBJECT =
  `(?:both )?${THE}(?:${TARGET}${THE})?(?:(?:${PARTY_PREFIX}){0,2}(?<=(?:including|such as) (?:the )?)(?:so-called )?(${BARE_LIST})|(?:(?:an?|several|some|\\d+|two|three|four|five) )?(?:${PARTY_PREFIX}){0,2}(?:so-called )?(?:(?-i:[A-Z][\\w-]*) |[Tt]akfiri )?(${CLOSED_LIST}))${SECOND}`;

/** Words that open a new clause (another subject may follow) or make the named group not the agent. */
export const CLAUSE_OPENER =
  /\b(?:where|when|whereas|while|as|after|before|because|since|until|unless|who|which|whom|whose|that|but|although|though|if|said|says|told|according|condemn\w*|denounc\w*|critici[sz]\w*|protest\w*|document\w*|monitor\w*|investigat\w*|warn\w*|deplor\w*|welcom\w*|prais\w*|accus\w*|blam\w*|urg\w*|demand\w*|ask\w*|call\w*|den(?:y|ied|ies))\b/i;
/** Far from its subject a verb may also be another agent's ("X withdrew as the town was shelled by Y"). */
export const CLAUSE_BREAK = new RegExp(`${CLAUSE_OPENER.source}|\\b(?:against|were|was)\\b`, "i");
/**
 * One prepositional phrase of measure or means, with no verb or clause in it: "in 35 fighter jet and 21 chopper
 * missions", "over the past 24 hours". A verb after it is still the subject's.
 */
const PREPOSITIONAL_PHRASE = /^(?:in|during|over|with) (?!\S*(?:ed|ing)\b)(?:(?!\S*(?:ed|ing)\b)[\w-]+ ){0,7}[\w-]+$/;
/** Words that make two subjects act side by side rather than together ("the US and Russia both bombed"). */
export const APART = /\b(?:both|each|separately|respectively|rival|also|alternately|independently)\b/i;

/** Hostile verbs in every form, each with what may follow it before the target's name. */
const KILL =
  `(?:kill(?:s|ed|ing)?|execut(?:e|es|ed|ing)|eliminat(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing))(?: (?:and )?(?:wound(?:s|ed|ing)?|injur(?:e|es|ed|ing)))? ${COUNT} (?:(?:${PEOPLE}) (?:of|from) ${THE}(?:so-called )?(?:[\\w⟪⟫-]+ ){0,2}?(${U})|(?:(?-i:[A-Z][\\w-]*) )?(${U}) ${PEOPLE})`;
const STRIKE =
  `(?:attack(?:s|ed|ing)?|strik(?:e|es|ing)|struck|hit(?:s|ting)?|target(?:s|ed|ing)?|bomb(?:s|ed|ing)?|pound(?:s|ed|ing)?|shell(?:s|ed|ing)?|destroy(?:s|ed|ing)?|encircl(?:e|es|ed|ing)|besieg(?:e|es|ed|ing)|surround(?:s|ed|ing)?|storm(?:s|ed|ing)?|ambush(?:es|ed|ing)?|raid(?:s|ed|ing)?|overr?a?n(?:s|ning)?|expel(?:s|led|ling)?|oust(?:s|ed|ing)?|dislodg(?:e|es|ed|ing)|drive out|drove out|driving out|defeat(?:s|ed|ing)?|rout(?:s|ed|ing)?) ${OBJECT}`;
const PUSH =
  `(?:push(?:es|ed|ing)?|drive|drove|driving|forc(?:e|es|ed|ing)|beat|beating) ${THE}(?:(?-i:[A-Z][\\w-]*) |[Tt]akfiri )?(${LIST})(?: ${PEOPLE}| forces)? (?:back|out|from|away|to (?:retreat|withdraw|flee|pull back|pull out))\\b`;
const HOSTILE = `(?:${KILL}|${STRIKE}|${PUSH})`;

/** The groups named in a captured object, or none when a name describes another ("Al-Qaedas former affiliate"). */
export function objectGroups(context: PatternContext, m: RegExpExecArray, groups: (string | undefined)[]): string[] {
  const fragment = groups.filter((g) => g !== undefined).join(" ");
  const end = m.index + m[0].length;
  if (
    /^(?:'s|s)? (?:[\w-]+ )?(?:offshoot|affiliate|branch|ally|allies|backer|breakaway|splinter|wing|arm)\b/.test(
      context.current.core.slice(end),
    )
  ) return [];
  return groupsIn(fragment, context.current.units);
}

/** Subjects acting together: every pair named jointly, read as allies unless the sentence sets them apart. */
export function jointAction(
  context: PatternContext,
  subjects: string[] | null,
  gap: string,
  pattern: string,
): PatternMatch[] {
  if (!subjects || subjects.length < 2 || APART.test(gap)) return [];
  const found: PatternMatch[] = [];
  for (let i = 0; i < subjects.length; i++) {
    for (let j = i + 1; j < subjects.length; j++) {
      found.push(...match(context, "ally", `${pattern}-joint`, [subjects[i]], [subjects[j]], 0.65));
    }
  }
  return found;
}

/**
 * The party a subject fragment names. A pronoun ("it") stands for the one group named before it in the sentence, or
 * for the previous sentence's subject when that sentence opens with a group ("Turkey began its operation ... Ankara
 * said it is targeting IS"); a group the previous sentence names elsewhere ("The U.S. strike on the Syrian air base")
 * is not taken.
 */
export function strictParty(context: PatternContext, fragment: string, at: number, exclude: string[]): string[] | null {
  const named = groupsIn(fragment, context.current.units);
  if (named.length > 0) return named;
  const before = groupsIn(context.current.core.slice(0, at), context.current.units).filter((g) => !exclude.includes(g));
  if (before.length > 0) return before.length === 1 ? before : null;
  const previous = context.previous;
  if (!previous) return null;
  const opening = new RegExp(
    `^(?:(?:In|On|By|Since|During|Earlier|Later|Meanwhile|Last|This|After)\\b[^⟦]{0,40}? )?(?:The |the )?(${U})(?: [a-z]+)? (?:has|have|had|is|are|was|were|will|\\w+ed|\\w+s)\\b`,
  ).exec(previous.core);
  const subject = opening ? groupsIn(opening[1], previous.units).filter((g) => !exclude.includes(g)) : [];
  return subject.length === 1 ? subject : null;
}

export const SUBJECT =
  `(?<!\\b(?:by|of|from|with|against|for|to|on|in|at|near|into|over|under|between|among|about|toward|towards|than|fighting|battling|attacking|targeting|including|and its ally|its ally) (?:the |a |an )?)(${CLOSED_LIST}|${PRONOUN})(?: (?:forces|fighters|troops|militants|jets|warplanes|aircraft|artillery|(?:air ?)?strikes|airstrikes|raids))?(?:,? (?:backed|supported|assisted|aided|helped) by (?:[\\w-]+ ){0,2}?(?:and )?${THE}${LIST}(?: [a-z]+){0,2},?)?`;

/** Hostile actions by a named subject, near or, when the verb is coordinated or a participle, far from it. */
const hostileAction: RelationPattern = {
  name: "hostile-action",
  find(context) {
    const found: PatternMatch[] = [];
    const regex = new RegExp(`${SUBJECT}( [^⟦.]{0,140}?)?? (${HOSTILE})`, "i");
    for (const m of matches(context, regex)) {
      const gap = (m[2] ?? "").trim();
      const verb = /^\S+/.exec(m[3])?.[0] ?? "";
      const far = gap.length > 40;
      const participle = /ing$/i.test(verb);
      const inflected = /(?:ed|s)$/i.test(verb) || /^(?:struck|hit|drove|beat|overran)$/i.test(verb);
      // A far verb belongs to the subject only when coordinated with its clause ("... and kill"), a participle, or
      // after one prepositional phrase ("Russian aircraft in 35 fighter jet and 21 chopper missions targeted").
      if (far && !participle && !/\band$/.test(gap) && !PREPOSITIONAL_PHRASE.test(gap)) continue;
      if (far && (CLAUSE_BREAK.test(gap) || (participle && NOT_ARMED.test(gap)))) continue;
      if (NOT_HOSTILE.test(gap) || PURPOSE.test(gap)) continue;
      if (NOT_THE_AGENT.test(gap) || HEDGE.test(gap) || CLAUSE_OPENER.test(gap)) continue;
      // Across a gap a base form is a verb only after "to" or "and" ("an IS attack that ... kill" reads a noun);
      // right after its subject it is one ("Coalition Strikes Destroy 2 Daesh Headquarters").
      if (gap && !participle && !inflected && !/\b(?:to|and)$/.test(gap)) continue;
      const objects = objectGroups(context, m, m.slice(4));
      const subjects = strictParty(context, m[1], m.index, objects);
      found.push(...match(context, "clash", "hostile-action", subjects, objects, far ? 0.7 : 0.75));
      if (!participle) found.push(...jointAction(context, subjects, gap, "hostile-action"));
    }
    return found;
  },
};

/** "villages taken by X had been recaptured by the rebels who include fighters from Y": the two fought there. */
const retaken: RelationPattern = {
  name: "retaken",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const took = "(?:taken|seized|captured|held|overrun|lost)";
    const retook = "(?:recaptured|retaken|regained|retook|seized|captured|taken|liberated|overrun|stormed)";
    const party = `${THE}(?:${PARTY_PREFIX})?(${LIST})`;
    const passive = new RegExp(
      `\\b${took} (?:\\w+ )?by ${THE}(${LIST})[^⟦.]{0,50}? (?:had been|have been|has been|were|was|are|is) ${retook} by ${party}`,
    );
    for (const m of matches(context, passive)) {
      found.push(...match(context, "clash", "retaken", groupsIn(m[2], units), groupsIn(m[1], units), 0.75));
    }
    const from = new RegExp(`\\b${retook} by ${party}[^⟦.]{0,30}? from ${THE}(${LIST})`);
    for (const m of matches(context, from)) {
      found.push(...match(context, "clash", "retaken", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
    }
    return found;
  },
};

/** "The Kurdish YPG are a key US ally in the fight against IS": the subject fights the named enemy. */
const inTheFightAgainst: RelationPattern = {
  name: "in-the-fight-against",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const regex = new RegExp(
      `(${U}) (?:is|are|was|were|has been|have been|remains|remain|became) (?:[^⟦.]{0,40}?|[^⟦.]{0,20}?${U} (?:ally|allies|partner|partners|proxy|proxies)) (?:in|of|for) the (?:fight|war|battle|campaign|struggle|offensive|ground offensive) against ${THE}(${U})`,
    );
    for (const m of matches(context, regex)) {
      if (CLAUSE_BREAK.test(m[0].replace(/\bagainst\b/g, ""))) continue;
      found.push(
        ...match(context, "clash", "in-the-fight-against", groupsIn(m[1], units), groupsIn(m[2], units), 0.75),
      );
    }
    return found;
  },
};

/**
 * "the SDF alliance currently seeking to oust Daesh from Manbij", "the US forces had reduced its anti-Daesh
 * operation": a campaign whose aim or name is the enemy.
 */
const campaignAgainst: RelationPattern = {
  name: "campaign-against",
  find(context) {
    const found: PatternMatch[] = [];
    const { units } = context.current;
    const seeking = new RegExp(
      `(${U})(?: (?:alliance|coalition|group|forces|fighters|troops|militia))? (?:(?:is|are|was|were|has been|have been) )?(?:currently |now )?(?:seeking|trying|working|fighting|battling|pushing|moving|advancing) to (?:oust|expel|drive out|dislodge|defeat|eliminate|crush|clear|push back|retake [\\w ]{1,30}? from|recapture [\\w ]{1,30}? from|liberate [\\w ]{1,30}? from) ${THE}(${U})`,
    );
    for (const m of matches(context, seeking)) {
      found.push(...match(context, "clash", "campaign-against", groupsIn(m[1], units), groupsIn(m[2], units), 0.7));
    }
    const anti = new RegExp(
      `${SUBJECT}([^⟦.]{0,40}?)\\b(?:its|their|in an?|in the|in its|in their) (?:[\\w-]+ )?anti-(${U}) (?:operations?|campaign|offensive|fight|war|strikes|air ?strikes|raids|mission|drive|battle)`,
    );
    for (const m of matches(context, anti)) {
      if (NOT_THE_AGENT.test(m[2]) || HEDGE.test(m[2]) || CLAUSE_BREAK.test(m[2])) continue;
      const objects = groupsIn(m[3], units);
      found.push(
        ...match(context, "clash", "campaign-against", strictParty(context, m[1], m.index, objects), objects, 0.7),
      );
    }
    const owned = new RegExp(
      `(${U})(?:'s|s)? (?:[\\w-]+ )?anti-(${U}) (?:operations?|campaign|offensive|strikes|air ?strikes|raids|mission)`,
    );
    for (const m of matches(context, owned)) {
      found.push(...match(context, "clash", "campaign-against", groupsIn(m[1], units), groupsIn(m[2], units), 0.7));
    }
    return found;
  },
};

/**
 * "The US-led coalition of 68 nations is conducting airstrikes ground-based and rocket-propelled artillery fire in
 * Syria and Iraq against Daesh", "has been conducting airstrikes against what are said to be Isis targets": an
 * operation whose target follows a long description of its means and place.
 */
const operationAgainstFar: RelationPattern = {
  name: "operation-against-far",
  find(context) {
    const found: PatternMatch[] = [];
    const verb =
      "(?:launch(?:es|ed|ing)?|carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?|wag(?:e|es|ed|ing)|stepp?(?:ed|ing|s)? up|intensif(?:y|ies|ied|ying)|beg(?:an|in|ins)|continu(?:e|es|ed|ing))";
    const noun =
      "(?:air ?strikes|air raids|strikes|raids|attacks?|offensives?|operations?|campaign|war|bombing|bombardment|shelling|assaults?)";
    const regex = new RegExp(
      `${SUBJECT}([^⟦.]{0,40}?)\\b${verb} (?:an? |the |its |their |new )?(?:[\\w-]+ ){0,3}?${noun}((?: [^⟦.]{1,80}?)?) (?:against|on|to (?:encircle|oust|expel|dislodge|drive out|push back)) (?:what (?:are|is|were|was) (?:said|described|thought) (?:to be|as) )?${THE}(?:positions of |bases of )?${THE}(?:[\\w-]+ )?(${LIST})`,
      "i",
    );
    for (const m of matches(context, regex)) {
      if (NOT_THE_AGENT.test(m[2]) || HEDGE.test(m[2])) continue;
      if (CLAUSE_BREAK.test(m[3]) || NOT_THE_AGENT.test(m[3])) continue;
      const objects = objectGroups(context, m, [m[4]]);
      const subjects = strictParty(context, m[1], m.index, objects);
      found.push(...match(context, "clash", "operation-against-far", subjects, objects, 0.7));
      if (/\bjoint\b/i.test(m[0])) found.push(...jointAction(context, subjects, m[2], "operation-against-far"));
    }
    return found;
  },
};

/**
 * "Deir Ezzor was the scene of bloody attacks with Russia and the Assad regime bombing ISIS-held parts of the city":
 * a name right after "with" is the subject of the participle that follows it (an absolute clause).
 */
const withParticiple: RelationPattern = {
  name: "with-participle",
  find(context) {
    const found: PatternMatch[] = [];
    const regex = new RegExp(
      `\\b[Ww]ith ${THE}(${CLOSED_LIST})(?: (?:forces|fighters|troops|jets|warplanes|aircraft))? (${HOSTILE})`,
      "i",
    );
    for (const m of matches(context, regex)) {
      if (!/^\S+ing\b/i.test(m[2])) continue;
      const objects = objectGroups(context, m, m.slice(3));
      found.push(...match(context, "clash", "with-participle", groupsIn(m[1], context.current.units), objects, 0.7));
    }
    return found;
  },
};

/**
 * "rival Islamic State militants who have fought the group on several frontlines": a relative clause whose subject
 * is the name before it; "the group" or "it" stands for the one other group the sentence names before.
 */
const relativeClash: RelationPattern = {
  name: "relative-clash",
  find(context) {
    const found: PatternMatch[] = [];
    const regex = new RegExp(
      `(${U})(?: ${PEOPLE}| forces| group)? (?:who|which|that) (?:have |has |had )?(?:also |repeatedly |previously |since )?(?:fought|battled|attacked|clashed with|fought against|been fighting|been battling) ${THE}(${U}|${PRONOUN})`,
    );
    for (const m of matches(context, regex)) {
      const subjects = groupsIn(m[1], context.current.units);
      const objectAt = m.index + m[0].length - m[2].length;
      const objects = partyOf(context, m[2], objectAt, subjects);
      found.push(...match(context, "clash", "relative-clash", subjects, objects, 0.7));
    }
    return found;
  },
};

export const ACTION_PATTERNS: RelationPattern[] = [
  withParticiple,
  relativeClash,
  hostileAction,
  retaken,
  inTheFightAgainst,
  campaignAgainst,
  operationAgainstFar,
];
