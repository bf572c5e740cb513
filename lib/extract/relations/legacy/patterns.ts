import type { RelationType } from "../../../records/mod.ts";
import { groupsIn, type SentenceTemplate, UNIT, unitsIn } from "../template.ts";

/** What one pattern read from a sentence (and, for two-sentence constructions, its neighbour). */
export type PatternMatch = {
  type: RelationType;
  subjects: string[];
  objects: string[];
  confidence: number;
  pattern: string;
  /** Indices of the sentences the relation was read from, in text order (the relation's own sentence last). */
  sentences: number[];
};

export type PatternContext = {
  current: SentenceTemplate;
  previous: SentenceTemplate | null;
  next: SentenceTemplate | null;
};

export type RelationPattern = { name: string; find: (context: PatternContext) => PatternMatch[] };

// Building blocks over templates, where every group name is a placeholder ⟦k⟧.
export const U = UNIT;
export const THE = "(?:the )?";
export const LIST = `${U}(?:(?:, and |, | and |, as well as | as well as |, along with )${THE}${U})*`;
export const OTHERS =
  "(?:,? (?:and|along with|as well as) (?:several |many |some |a number of |dozens of )?other(?:s|(?: [\\w-]+){0,2} (?:groups|factions|rebels|brigades|organizations|organisations|forces)))";
/** Singular references only: a plural "they" names a set the text has not listed, so it is never resolved. */
export const PRONOUN =
  "(?:\\b[Ii]ts?\\b|\\b[Tt]he (?:group|organization|organisation|faction|movement|alliance|coalition)\\b)";
/** Up to `n` words that are not group names ("the powerful", "more moderate"). */
export const WORDS = (n: number) => `(?:[\\w'"-]+ ){0,${n}}?`;
/** Words that make the rest of a sentence a claim rather than a statement: relations after them are not read. */
export const HEDGE =
  /\b(?:argues?|argued|claims?|claimed|alleged(?:ly)?|reportedly|purportedly|denie[sd]|deny|rumou?red|if|believed?)\b/;
/** Between a subject and its verb: a reporting verb or an intention means the named group is not the one acting. */
export const NOT_THE_AGENT =
  /\b(?:said|says|told|tells|reported|reports|added|stated|accused|blamed|urged|called|asked|will|would|could|may|might|should|ready to|plans? to|wants? to|seeks? to|threaten\w*|vow\w*|refus\w*|prepar\w*|plann\w*|intend\w*|aim\w* to|tr(?:y|ies|ied|ying) to|attempt\w*|seek\w*|reportedly|allegedly|that)\b/i;
/** A name right after a preposition ("backed by X", "near Turkey") is not a clause's subject. */
export const NOT_AFTER_PREPOSITION =
  "(?<!\\b(?:by|of|from|with|against|for|to|on|in|at|near|into|over|under|between|among|about|toward|towards|than) (?:the )?)";

function hedged(template: string, at: number): boolean {
  return HEDGE.test(template.slice(0, at));
}

/**
 * The groups a pronoun ("it", "the group") stands for: the one group named earlier in the same sentence, else the
 * one group the previous sentence names; null when that is not a single group (never guessed).
 */
function resolvePronoun(context: PatternContext, at: number, exclude: string[]): string[] | null {
  const before = groupsIn(context.current.core.slice(0, at), context.current.units).filter((g) => !exclude.includes(g));
  if (before.length === 1) return before;
  if (before.length > 1) return null;
  if (!context.previous) return null;
  const previous = groupsIn(context.previous.core, context.previous.units).filter((g) => !exclude.includes(g));
  if (previous.length === 1) return previous;
  // Several groups: "it" continues the previous sentence's subject ("... Nusra has re-emerged ..., spearheading
  // attacks on Iranian militias ... In the latest expansion of its profile, it and other groups ...").
  const subject = new RegExp(
    `^(?:[^⟦,]*, )?${THE}(${U}) (?:has|have|had|is|was|were|are|will|continues|remains|\\w+ed)\\b`,
    "i",
  ).exec(context.previous.core);
  const subjectGroups = subject ? groupsIn(subject[1], context.previous.units) : [];
  return subjectGroups.length === 1 && !exclude.includes(subjectGroups[0]) ? subjectGroups : null;
}

/** Group ids of a captured fragment: its names, or what its pronoun stands for. */
export function partyOf(
  context: PatternContext,
  fragment: string,
  at: number,
  exclude: string[] = [],
): string[] | null {
  const named = groupsIn(fragment, context.current.units);
  if (named.length > 0) return named;
  return resolvePronoun(context, at, exclude);
}

/**
 * A description ("more moderate rebel groups") resolved through a neighbouring sentence that writes the same words
 * around one group's name ("more moderate Free Syrian Army rebel groups"); null when no neighbour does.
 */
function resolveDescription(context: PatternContext, description: string): string[] | null {
  const words = description.trim().replace(/^the /i, "").split(" ");
  for (const neighbour of [context.previous, context.next]) {
    if (!neighbour) continue;
    for (let split = 1; split < words.length; split++) {
      const before = words.slice(0, split).join(" ");
      const after = words.slice(split).join(" ");
      const m = new RegExp(`\\b${escape(before)} (${U})(?: ${U})? ${escape(after)}\\b`, "i").exec(neighbour.base);
      if (m) return groupsIn(m[1], neighbour.units);
    }
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Runs `regex` over the sentence's `core` (or `base`) template, skipping matches a hedge word precedes. */
export function* matches(
  context: PatternContext,
  regex: RegExp,
  on: "core" | "base" = "core",
): Generator<RegExpExecArray> {
  const template = context.current[on];
  const global = new RegExp(regex.source, regex.flags.includes("g") ? regex.flags : regex.flags + "g");
  for (const m of template.matchAll(global)) {
    // "accused the Syrian Army of killing ...": a match opening on the accused party states the accusation only.
    if (/\baccus(?:es|ed|ing) (?:the )?$/i.test(template.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (!hedged(template, m.index)) yield m as RegExpExecArray;
  }
}

export function match(
  context: PatternContext,
  type: RelationType,
  pattern: string,
  subjects: string[] | null,
  objects: string[] | null,
  confidence: number,
  sentences = [context.current.index],
): PatternMatch[] {
  if (!subjects || !objects || subjects.length === 0 || objects.length === 0) return [];
  return [{ type, subjects, objects, confidence, pattern, sentences }];
}

/** Patterns whose subject acts through a verb: the words between the two must not report or intend. */
const agentGap = new Set([
  "joined",
  "allied-with",
  "launched-attack-against",
  "seized-from",
  "condemned-attacks-by",
  "in-support-of",
]);
/** Words that deny or negate what follows ("would never split from", "did not leave"). */
const NEGATION = /\b(?:not|never|no longer|n't)\b/i;

/** Simple patterns: one regex whose first capture is the subject and second the object. */
export function simple(
  name: string,
  type: RelationType,
  regex: RegExp,
  confidence: number,
  on: "core" | "base" = "core",
  swap = false,
): RelationPattern {
  return {
    name,
    find(context) {
      const found: PatternMatch[] = [];
      for (const m of matches(context, regex, on)) {
        const objectFragment = swap ? m[1] : m[2];
        const subjectFragment = swap ? m[2] : m[1];
        if (!swap && agentGap.has(name) && NOT_THE_AGENT.test(m[0].slice(subjectFragment.length))) continue;
        const objects = groupsIn(objectFragment, context.current.units);
        const subjects = partyOf(context, subjectFragment, m.index + m[0].indexOf(subjectFragment), objects);
        found.push(...match(context, type, name, subjects, objects, confidence));
      }
      return found;
    },
  };
}

/**
 * A relative clause describing a subject before its verb: "The Kurdish YPG militia which controls most of Hasaka
 * province captured ...". Another group named in it, a comma or a reporting word ends it.
 */
export const RELATIVE_CLAUSE =
  "(?: (?:militia|forces|fighters|troops|group|alliance|coalition|militants))? (?:which|who|that) (?!(?:said|says|say|told|reported|claimed|denied|accused|blamed)\\b)[^⟦.,]{1,60}? ";
/** "clashed with terrorists from the Islamic State": the people a hostile verb meets, of the group named next. */
export const PEOPLE_OF =
  "(?:(?:[\\w-]+ )?(?:terrorists|militants|fighters|members|gunmen|insurgents|jihadists|elements|extremists|mercenaries) (?:from|of|belonging to) (?:the )?(?:so-called )?)";

// "Offshoot" is left out: it says where a group came from, not that it still answers to it (the Islamic State is
// "an al Qaeda offshoot" long after their 2014 break).
export const AFFILIATE_NOUN = "(?:branch|affiliate|wing|arm|franchise|subsidiary)";
export const REGION = "(?:Syrian |Syria |Iraqi |Levantine |local )?";

export const RELATION_PATTERNS: RelationPattern[] = [
  // "HTS ... was created from a merger of JFS and several other groups"
  simple(
    "merger-created-from",
    "merger",
    new RegExp(
      `(${U})[^⟦]*?\\b(?:was |were |is |has been )?(?:created|formed|established|born|founded|launched) (?:from|out of|through|by|via|in) (?:a |the )?merger (?:of|between) ${THE}(${LIST})`,
    ),
    0.9,
    "core",
    true,
  ),
  // "JFS and four smaller groups merged to form HTS", "X merged into Y"
  simple(
    "merged-into",
    "merger",
    new RegExp(
      `(${LIST})${OTHERS}? (?:have |has |had )?(?:merged|merging|were merged) (?:to form|into|to create) ${THE}${
        WORDS(3)
      }(${U})`,
    ),
    0.85,
  ),
  // "The Al Nusrah Front ... is one of the key groups in Jaysh al Fateh"
  simple(
    "one-of-the-groups-in",
    "member",
    new RegExp(
      `(${U}|${PRONOUN})[^⟦]*?\\b(?:is|was|remains|became|are|were) (?:one of the |a |an |the |among the )?(?:(?:key|main|leading|founding|prominent|major|largest|core|principal|powerful|strongest|dominant|biggest) )*(?:member|component|constituent|faction|group|force|part|backbone)s?(?: groups?| factions?)? (?:in|of|within|inside) ${THE}(${U})`,
    ),
    0.85,
  ),
  // "The Al Nusrah Front, Ahrar al Sham, and others in Jaysh al Fateh sent forces"
  simple(
    "and-others-in",
    "member",
    new RegExp(`(${LIST})${OTHERS} (?:in|of|within|from) ${THE}(${U})`),
    0.8,
  ),
  // "it and other groups have revived the Jaish al-Fatah"; "X and Y formed a new alliance called Z"
  simple(
    "revived-or-formed",
    "member",
    new RegExp(
      `(${LIST}|${PRONOUN})${OTHERS}? (?:have |has |had )?(?:revived|reformed|re-formed|relaunched|re-launched|reactivated|re-established|formed|founded|established|set up|created|launched|announced) (?:(?:a |an |the )?(?:new |joint |unified )?${
        WORDS(2)
      }(?:alliance|coalition|operations room|front|grouping|umbrella|command|body|entity) (?:called |named |known as |dubbed )?)?${THE}(${U})`,
    ),
    0.75,
  ),
  // "X joined Y", "Six groups ... joining the powerful Ahrar al-Sham faction" (subject named in this sentence)
  simple(
    "joined",
    "joined",
    new RegExp(
      `${NOT_AFTER_PREPOSITION}(${LIST}|${PRONOUN})${OTHERS}?[^⟦.]{0,40}?\\b(?:have |has |had )?(?:joined|joining|join|rejoined|merged into|merging into|merged with|merging with|pledged allegiance to|was absorbed into|were absorbed into|folded into) (?!forces|(?:the |an? )?(?:[\\w-]+ )?(?:fight|battle|war|campaign|offensive|struggle|operations?|efforts?|talks|negotiations)\\b)${THE}${
        WORDS(3)
      }(${U})(?! in \\w+ing\\b)`,
    ),
    0.8,
  ),
  // "X joined forces with Y", "X fought alongside Y"
  simple(
    "allied-with",
    "ally",
    new RegExp(
      `${NOT_AFTER_PREPOSITION}(${LIST})${OTHERS}?[^⟦.]{0,40}?\\b(?:have |has |had )?(?:joined forces|allied|teamed up|cooperated|coordinated|fought alongside|fighting alongside|fights alongside|formed an alliance) (?:with )?${THE}${
        WORDS(3)
      }(${U})`,
    ),
    0.75,
  ),
  // "Al Qaeda's Syrian branch, the Nusra Front", a unit whose own name says it ("Al Qaeda's Syrian branch")
  {
    name: "affiliate-apposition",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      for (const unit of units) {
        if (
          !/['’]s? (?:official |formal |main )?(?:Syrian |Syria |Iraqi )?(?:branch|affiliate|wing|arm)\b/i
            .test(unit.surface)
        ) continue;
        if (/\b(?:former|ex-|erstwhile|one-time|onetime)/i.test(unit.surface)) continue;
        found.push(...match(context, "affiliate", "affiliate-descriptor", [unit.groupId], unit.nested, 0.85));
      }
      const after = new RegExp(
        `(${U}),? (?:the |an? )?(${U})(?:'s|s|')? (?:official |formal |main )?${REGION}${AFFILIATE_NOUN}\\b`,
      );
      for (const m of matches(context, after, "base")) {
        found.push(
          ...match(context, "affiliate", "affiliate-apposition", groupsIn(m[1], units), groupsIn(m[2], units), 0.85),
        );
      }
      const before = new RegExp(
        `(?<!former )(${U})(?:'s|s|')? (?:official |formal |main )?${REGION}${AFFILIATE_NOUN}(?: in [A-Z]\\w+)?,? ${THE}(${U})`,
      );
      for (const m of matches(context, before, "base")) {
        found.push(
          ...match(context, "affiliate", "affiliate-apposition", groupsIn(m[2], units), groupsIn(m[1], units), 0.85),
        );
      }
      return found;
    },
  },
  // "X is an affiliate of Y", "X pledged allegiance to Y"
  simple(
    "affiliate-of",
    "affiliate",
    new RegExp(
      `(${U})[^⟦]*?\\b(?:is|was|remains|became) (?:an? |the )?(?:official |formal )?${REGION}${AFFILIATE_NOUN} of ${THE}(${U})`,
    ),
    0.8,
  ),
  // "merging with the powerful Islamist Ahrar al Sham group, a rival of the former Qaeda affiliate"
  simple(
    "rival-apposition",
    "rival",
    new RegExp(
      `(${U})(?: group| faction| movement)?(?:, (?:an? |the |its )?| (?:an? |the |its ))${
        WORDS(2)
      }(?:rival|enemy|foe|opponent|adversary|competitor)s? (?:of|to) ${THE}(${U})`,
    ),
    0.8,
    "base",
  ),
  // "X and Y are rivals"; "the rivalry between X and Y"
  {
    name: "rivals",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const are = new RegExp(
        `(${U}) and ${THE}(${U}),? (?:are|were|have been|became|remain) ${WORDS(2)}(?:rivals|enemies|foes|adversaries)`,
      );
      const between = new RegExp(
        `\\b(?:rivalry|rivalries|feud|enmity|hostility|animosity|competition) between ${THE}(${U}) and ${THE}(${U})`,
      );
      for (const regex of [are, between]) {
        for (const m of matches(context, regex)) {
          found.push(...match(context, "rival", "rivals", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
        }
      }
      return found;
    },
  },
  // "Ahrah al-Sham ... condemned the recent attacks by JFS"
  simple(
    "condemned-attacks-by",
    "rival",
    new RegExp(
      `${NOT_AFTER_PREPOSITION}(${U})[^⟦.]{0,40}?\\b(?:condemned|denounced|criticized|criticised|accused|blamed)\\b[^⟦.]{0,60}?\\b(?:by|of|on) ${THE}(${U})`,
    ),
    0.7,
  ),
  // "JFS had launched the attack against the Free Syrian Army groups"
  simple(
    "launched-attack-against",
    "clash",
    new RegExp(
      `${NOT_AFTER_PREPOSITION}(${LIST}|${PRONOUN})${OTHERS}?[^⟦.]{0,30}?\\b(?:launched|led|mounted|carried out|began|started|waged|stepped up|escalated) (?:an? |the |its |their |a new |new )?${
        WORDS(2)
      }(?:attacks?|assaults?|offensives?|raids?|campaign|war|strikes?|battles?) (?:against|on) ${THE}${WORDS(2)}(${U})`,
    ),
    0.85,
  ),
  // "X attacked Y", "X clashed with Y", "forced X, Y and other groups to battle Z and W"
  {
    name: "fought",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const verbs =
        "(?:attacked|attacking|assaulted|stormed|ambushed|fought|fighting|fights|battled|battling|battle|fight|attack|clashed with|clashing with|clash with|expelled|routed|besieged|shelled|overran|overrunning|drove out|ousted|repelled|repulsed)";
      // The object may follow a named non-group enemy ("to battle the Assad regime and the Islamic State").
      const gap = "(?:(?:[A-Z][\\w'-]*|regime|government|army|forces|and|the|both|pro-[\\w-]+) ){0,4}?";
      const regex = new RegExp(
        `${NOT_AFTER_PREPOSITION}(${LIST}|${PRONOUN})${OTHERS}?([^⟦.]{0,40}?)\\b(?<!\\b(?:the|a|an|in|of) )${verbs} (?:against |on )?(?:both )?${THE}(?:${PEOPLE_OF})?${gap}(${LIST})`,
      );
      for (const hit of matches(context, regex)) {
        if (NOT_THE_AGENT.test(hit[2]) || HEDGE.test(hit[2])) continue;
        // A bare "attack"/"fight" follows "to" or its subject directly; else it is a noun ("a gas attack the US says").
        const verb = /^\s*(\w+)/.exec(hit[0].slice(hit[0].indexOf(hit[2], hit[1].length) + hit[2].length))?.[1] ?? "";
        const bare = /^(?:attack|fight|battle|clash)$/.test(verb);
        if (bare && !/^(?: (?:fighters|forces|troops|militants))? ?$|\b(?:to|and) $/.test(hit[2])) continue;
        const m = { index: hit.index, 1: hit[1], 2: hit[3] };
        const objects = groupsIn(m[2], units);
        const subjects = partyOf(context, m[1], m.index, objects);
        found.push(...match(context, "clash", "fought", subjects, objects, 0.8));
      }
      return found;
    },
  },
  // "Nusra has re-emerged on the battlefield ..., spearheading recent attacks on pro-government Iranian militias"
  simple(
    "spearheading-attacks-on",
    "clash",
    new RegExp(
      `(${U})[^⟦.]{0,90}?, (?:spearheading|leading|launching|mounting|carrying out|waging) (?:recent |new |fresh |a series of |several |repeated )?(?:attacks|assaults|offensives|raids|operations) (?:on|against) ${THE}${
        WORDS(2)
      }(${U})`,
    ),
    0.75,
  ),
  // "after the Islamic State seized territory from the Levant Front"
  simple(
    "seized-from",
    "clash",
    new RegExp(
      `${NOT_AFTER_PREPOSITION}(${LIST}|${PRONOUN})(?:${RELATIVE_CLAUSE}|[^⟦.]{0,30}?)\\b(?:seized|captured|took|wrested|retook|recaptured|grabbed) ${
        WORDS(4)
      }from ${THE}(${U})`,
    ),
    0.8,
  ),
  // "heavy fighting erupted in northwestern Syria between Fateh al Sham and more moderate rebel groups"
  {
    name: "fighting-between",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const party =
        `(${U}|(?:[\\w-]+ ){0,3}(?:rebel |opposition |armed |jihadist |Islamist )?(?:groups|factions|rebels|brigades|forces))`;
      const regex = new RegExp(
        `\\b(?:fighting|clashes|battles?|infighting|skirmishes|hostilities|war|combat|confrontations?|violence) ${
          WORDS(6)
        }between ${THE}${party} and ${THE}${party}`,
        "i",
      );
      for (const m of matches(context, regex)) {
        const resolve = (fragment: string) =>
          fragment.includes("⟦") ? groupsIn(fragment, units) : resolveDescription(context, fragment);
        const left = resolve(m[1]);
        const right = resolve(m[2]);
        const named = m[1].includes("⟦") && m[2].includes("⟦");
        found.push(...match(context, "clash", "fighting-between", left, right, named ? 0.85 : 0.7));
      }
      return found;
    },
  },
  // "X and Y clashed"; "the two groups had also clashed" (the two groups the previous sentence names)
  {
    name: "clashed",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      for (const m of matches(context, new RegExp(`(${U}) and ${THE}(${U})[^⟦.]{0,20}?\\bclash(?:ed|es)?\\b`))) {
        found.push(...match(context, "clash", "clashed", groupsIn(m[1], units), groupsIn(m[2], units), 0.8));
      }
      for (
        const _ of matches(
          context,
          /\bthe two (?:groups|factions|sides|organizations|organisations)\b[^⟦.]{0,40}?\bclash(?:ed|es)?\b/i,
        )
      ) {
        const previous = context.previous ? groupsIn(context.previous.core, context.previous.units) : [];
        if (previous.length !== 2 || !context.previous) continue;
        found.push(
          ...match(context, "clash", "the-two-groups-clashed", [previous[0]], [previous[1]], 0.7, [
            context.previous.index,
            context.current.index,
          ]),
        );
      }
      return found;
    },
  },
  // ""JFS fighters first surrounded our bases ...," Jaish al-Mujahideen commander ... told"
  {
    name: "attacked-us",
    find(context) {
      const found: PatternMatch[] = [];
      const { units, core } = context.current;
      const speaker = new RegExp(`(${U}) (?:commander|spokesman|spokesperson|official|leader|chief|head|fighter)\\b`)
        .exec(core);
      if (!speaker) return found;
      const speakers = groupsIn(speaker[1], units);
      const regex = new RegExp(
        `(${U})(?: fighters| forces| militants)?[^⟦.]{0,30}?\\b(?:surrounded|attacked|attacking|besieged|stormed|shelled|targeted|raided) (?:our|us)\\b`,
      );
      for (const m of matches(context, regex)) {
        found.push(...match(context, "clash", "attacked-us", groupsIn(m[1], units), speakers, 0.75));
      }
      return found;
    },
  },
  // "Despite formally renouncing its affiliation with al-Qaeda in 2016, JFS ..."; "X split from Y"
  {
    name: "split",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const renounced = new RegExp(
        `\\b(?:renounc(?:ed|ing)|sever(?:ed|ing)|cut(?:ting)?|broke off|breaking off|ended|ending|dissolv(?:ed|ing)|disavow(?:ed|ing)) (?:its |their |all |formal )*(?:formal |organizational |organisational )?(?:affiliation|ties|links|allegiance|relationship|bay'ah|connection)s? (?:with|to) ${THE}(${U})`,
      );
      for (const m of matches(context, renounced)) {
        const objects = groupsIn(m[1], units);
        // "Despite renouncing its affiliation with X in 2016, JFS ...": the main clause's subject follows the comma.
        const mainSubject = new RegExp(`^[^⟦.]{0,30}?, (${U})`).exec(context.current.core.slice(m.index + m[0].length));
        const others = groupsIn(context.current.core, units).filter((g) => !objects.includes(g));
        const subjects = mainSubject
          ? groupsIn(mainSubject[1], units)
          : others.length === 1
          ? others
          : resolvePronoun(context, m.index, objects);
        found.push(...match(context, "split", "renounced-affiliation", subjects, objects, 0.75));
      }
      const splitFrom = new RegExp(
        `(${U}|${PRONOUN})[^⟦.]{0,30}?\\b(?:split|splitting|broke away|breaking away|broke off|breaking off|splintered|seceded|defected) from ${THE}(${U})`,
      );
      for (const m of matches(context, splitFrom)) {
        const gap = m[0].slice(m[1].length);
        if (NOT_THE_AGENT.test(gap.replace(/\b(?:that|which|who)\b/g, "")) || NEGATION.test(gap)) continue;
        const objects = groupsIn(m[2], units);
        found.push(...match(context, "split", "split-from", partyOf(context, m[1], m.index, objects), objects, 0.8));
      }
      const left = new RegExp(
        `(${U}|${PRONOUN})[^⟦.]{0,30}?\\b(?:left|quit|withdrew from|withdrawn from|pulled out of|exited|leaving|withdrawing from) ${THE}(${U})`,
      );
      for (const m of matches(context, left)) {
        const gap = m[0].slice(m[1].length);
        if (NOT_THE_AGENT.test(gap.replace(/\b(?:that|which|who)\b/g, "")) || NEGATION.test(gap)) continue;
        const objects = groupsIn(m[2], units);
        found.push(...match(context, "left", "left", partyOf(context, m[1], m.index, objects), objects, 0.75));
      }
      return found;
    },
  },
  // "Six rebel groups have announced they were joining the powerful Ahrar al-Sham faction ... The new merger
  // includes Jaish al-Islam, Suqour al-Sham, ..." (the list in the next sentence completes the joining)
  {
    name: "joining-then-list",
    find(context) {
      const { current, next } = context;
      if (!next) return [];
      const joining = new RegExp(
        `\\b(?:\\w+ )?(?:rebel |armed |Islamist |opposition |smaller |small |other )*(?:groups|factions|brigades|battalions|organizations|organisations)\\b[^⟦.]{0,60}?\\b(?:joining|join|joined|merging into|merge into|merged into|merging with|merged with) (?!forces)${THE}${
          WORDS(3)
        }(${U})`,
      );
      const m = joining.exec(current.core);
      if (!m || hedged(current.core, m.index)) return [];
      const list = new RegExp(
        `^${THE}(?:new )?(?:merger|alliance|grouping|coalition|union|formation|body|entity|groups?|factions?)(?: groups?| factions?)? (?:includes?|included|comprises?|comprised|consists? of|consisted of|is made up of|are|were)\\s+${THE}(${LIST})`,
        "i",
      ).exec(next.core);
      if (!list) return [];
      const target = groupsIn(m[1], current.units);
      const members = groupsIn(list[1], next.units).filter((g) => !target.includes(g));
      return match(context, "joined", "joining-then-list", members, target, 0.85, [current.index, next.index]);
    },
  },
  // "In Feb. 2017, HTS and other groups pushed into ... The anti-Assad forces in Daraa coordinated their movements
  // in a joint military operations room known as Al Bunyan al Marsous" (the description names the previous subject)
  {
    name: "operations-room",
    find(context) {
      const found: PatternMatch[] = [];
      const { current, previous } = context;
      const room =
        `(?:a |an |the )?(?:joint |new |unified |common )*(?:military )?(?:operations? room|command|alliance|coalition) (?:known as|called|named|dubbed) ${THE}(${U})`;
      const named = new RegExp(
        `(${LIST})${OTHERS}?[^⟦.]{0,60}?\\b(?:in|into|under|formed|joined|set up|established) ${room}`,
      );
      for (const m of matches(context, named)) {
        found.push(
          ...match(
            context,
            "member",
            "operations-room",
            groupsIn(m[1], current.units),
            groupsIn(m[2], current.units),
            0.8,
          ),
        );
      }
      if (found.length > 0 || !previous) return found;
      const described = new RegExp(
        `^${THE}[\\w\\s-]*?\\b(?:forces|groups|rebels|factions|insurgents|fighters|jihadists|militants)\\b[^⟦]*?\\b(?:coordinated|joined|formed|operated|fought|worked|united)\\b[^⟦]*?\\b(?:in|into|under|formed|joined) ${room}`,
        "i",
      );
      const m = described.exec(current.core);
      if (!m || hedged(current.core, m.index)) return found;
      const subject = new RegExp(
        `^(?:(?:In|On|By|Since|During|Early|Late) [^,⟦]+, )?(${LIST})${OTHERS}? (?!is\\b|was\\b)`,
      ).exec(previous.core);
      if (!subject) return found;
      return match(
        context,
        "member",
        "operations-room-described",
        groupsIn(subject[1], previous.units),
        groupsIn(m[1], current.units),
        0.7,
        [previous.index, current.index],
      );
    },
  },
];

export { unitsIn };
