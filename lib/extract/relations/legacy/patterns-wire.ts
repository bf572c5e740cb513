import {
  AFFILIATE_NOUN,
  HEDGE,
  LIST,
  match,
  matches,
  NOT_THE_AGENT,
  partyOf,
  type PatternMatch,
  PRONOUN,
  REGION,
  type RelationPattern,
  simple,
  THE,
  U,
  WORDS,
} from "./patterns.ts";
import { groupsIn, unitsIn } from "../template.ts";

/**
 * Patterns for wire-copy phrasing (AFP, Reuters, SANA and the like, as in FA-KES), where a relation sits in a compound
 * ("US-backed SDF"), a reduced clause ("the coalition battling IS") or a casualty report ("killed 20 IS fighters").
 * Backing is recorded as "ally": the schema has no "backs" type, and ally is symmetric, so the backer is not
 * marked as the subject; the quote keeps the direction.
 */

/** Words that may stand between a "-backed" qualifier and the name it qualifies ("US-backed Syrian Kurdish ⟦k⟧"). */
const QUALIFIED_WORDS =
  "(?:(?:the|an?|[A-Z][\\w-]*|[\\w-]+-(?:led|dominated|Arab)|rebels?|opposition|militants?|militias?|groups?|factions?|alliance|coalition|forces|fighters|movement|powerful|hardline|Islamist|jihadist|armed|Shia|Shiite|Sunni|Kurdish|Arab) ){0,4}?";
/** A description written before a name: "the Lebanese terrorist group Hezbollah", "the Iranian-backed Shia militia". */
const DESCRIBED_AS =
  "(?:(?:[A-Z][\\w-]*|terrorist|militant|armed|jihadist|Islamist|extremist|paramilitary|allied|powerful|Shia|Shiite|Sunni) ){1,3}(?:group|militia|movement|organi[sz]ation|faction|party) ";
/** Fighters, troops or members of a group: the people a casualty report counts. */
const PEOPLE =
  "(?:fighters|militants|members|terrorists|jihadists|soldiers|troops|commanders|rebels|gunmen|extremists|militiamen|insurgents|personnel)";
/** A count in a casualty report ("at least 20", "several", "dozens of"). */
const COUNT =
  "(?:(?:at least|more than|over|about|some|nearly|up to|around|almost) )?(?:\\d+|several|many|dozens of|scores of|hundreds of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)(?: more)?";
/** An armed action named by a noun ("counterattack", "air strikes"). */
const ACTION =
  "(?:counter-?attacks?|counter-?offensives?|attacks?|offensives?|assaults?|air ?strikes|air raids|strikes|raids|shelling|bombing|bombardment|campaign)";
/** Places a unit may be followed by that make it not the party ("the Qaeda offshoot", "IS-held town"). */
const NOT_THE_PARTY_AFTER =
  /^(?:'s|s)? ?(?:offshoot|affiliate|branch|ally|allies|backer|breakaway|splinter|spin-off|-held|-controlled|-linked)/;

/**
 * A name right after a preposition or a participle ("by a US-led coalition", "the coalition fighting Daesh") is not the
 * subject of the verb that follows it.
 */
const NOT_AFTER_LINK =
  "(?<!\\b(?:by|of|from|with|against|for|to|on|in|at|near|into|over|under|between|among|about|toward|towards|than|fighting|battling|attacking|targeting|including|and its ally|its ally) (?:the |a |an )?)";

function qualifierGroup(context: { current: { qualifiers: { groupId: string }[] } }, k: string): string[] {
  const unit = context.current.qualifiers[Number(k)];
  return unit ? [unit.groupId] : [];
}

/** Whether the party captured ending at `end` in `template` is followed by a word that makes it a descriptor. */
function describesAnother(template: string, end: number): boolean {
  return NOT_THE_PARTY_AFTER.test(template.slice(end));
}

export const WIRE_PATTERNS: RelationPattern[] = [
  // "US-backed Syrian Democratic Forces", "Iran-backed Lebanese Shia militia Hezbollah", "Al Qaeda-affiliated al Nusra"
  {
    name: "qualified-by",
    find(context) {
      const found: PatternMatch[] = [];
      const regex = new RegExp(
        `⟪(\\d+)⟫\\.?-(backed|supported|sponsored|funded|trained|armed|allied|aligned|affiliated) ${QUALIFIED_WORDS}(${U})`,
      );
      for (const m of matches(context, regex, "base")) {
        if (/\b(?:former|formerly|ex|once|previously)[ -]$/i.test(context.current.base.slice(0, m.index))) continue;
        const backer = qualifierGroup(context, m[1]);
        const party = groupsIn(m[3], context.current.units);
        if (m[2] === "affiliated") found.push(...match(context, "affiliate", "qualified-by", party, backer, 0.8));
        else found.push(...match(context, "ally", "qualified-by", backer, party, 0.8));
      }
      return found;
    },
  },
  // "The Syrian army backed by Hezbollah resistance fighters", "regime troops backed by Syrian and Russian warplanes",
  // "The SDF an Arab-Kurdish alliance supported by US-led coalition air strikes", "X which has been supported by Y"
  simple(
    "backed-by",
    "ally",
    new RegExp(
      `(${U})(?: (?:forces|fighters|troops|militants|units|soldiers))?(?: and (?:its|their) allies)?(?:,? an? (?:[\\w-]+ ){1,3}?(?:alliance|coalition|group|militia|force|faction))?,? (?:(?:which|who|that) (?:is|are|was|were|has been|have been) )?(?:backed|supported|assisted|aided|helped) by (?:its |their )?(?:close |key )?(?:ally |allies )?${THE}(?:${DESCRIBED_AS})?(?:[A-Z]\\w+ and )?(${LIST})(?!-)`,
    ),
    0.75,
    "base",
  ),
  // "Backed by Russia and local militias regime forces have made a string of recent gains"
  simple(
    "backed-by-fronted",
    "ally",
    new RegExp(`^(?:[^⟦,]{0,30} )?Backed by ${THE}(${U})[^⟦.]{0,40}? (${U}) (?:has|have|had|is|are|was|were)\\b`),
    0.7,
    "core",
    true,
  ),
  // "Russias military which has been fighting in support of Assads government", "to support the Bashar al-Assad"
  simple(
    "in-support-of",
    "ally",
    new RegExp(
      `${NOT_AFTER_LINK}(${U})(?! (?:fighting|battling|attacking))(?:(?! of )[^⟦.]){0,50}?\\b(?:in support of|to support|to back|to prop up) ${THE}(?:President |Bashar |al-)*(${U})`,
    ),
    0.7,
  ),
  // "Hezbollah is a close ally of the Syrian government", "The YPG has been a close ally of the US"
  simple(
    "ally-of",
    "ally",
    new RegExp(
      `(${U})(?: group| movement| militia)?,? (?:is |are |was |were |has been |have been |remains |became )?(?:an? |the |one of the )?(?:(?:close|closest|key|main|staunch|strong|major|important|long-?time|top|chief) )*(?:ally|allies|backer|backers|supporter|supporters|patron|partner|partners) of ${THE}(${U})`,
    ),
    0.8,
    "base",
  ),
  // "The YPG are a key US ally", "A key ally of the Syrian government Russia began carrying out air strikes"
  {
    name: "ally-noun",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const adjectives = "(?:(?:close|closest|key|main|staunch|strong|major|important|top|chief) )*";
      const copula = new RegExp(
        `(${U}) (?:is|are|was|were|has been|have been|remains) (?:an? |the )?${adjectives}(${U}) (?:ally|allies|backer|partner)\\b`,
      );
      const fronted = new RegExp(`\\b(?:[Aa]n?|[Tt]he) ${adjectives}(?:ally|backer) of ${THE}(${U}),? (${U})`);
      const its = new RegExp(
        `(${U})[^⟦.]{0,40}?\\b(?:(?:and|or) )?(?:its|their) (?:close |key |main )?(?:(?:ally|allies|backer|backers|patron) (?:from |in )?(?:[A-Z]\\w+s )?(${U})|(${U}) (?:ally|allies))`,
      );
      for (const regex of [copula, fronted]) {
        for (const m of matches(context, regex, "base")) {
          found.push(...match(context, "ally", "ally-noun", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
        }
      }
      for (const m of matches(context, its, "base")) {
        if (NOT_THE_AGENT.test(m[0]) && !/\b(?:and|or) (?:its|their)\b/.test(m[0])) continue;
        found.push(
          ...match(context, "ally", "ally-noun", groupsIn(m[1], units), groupsIn(m[2] ?? m[3], units), 0.75),
        );
      }
      return found;
    },
  },
  // "Russian forces entered the conflict at the end of last year backing the forces of Syrian regime", "Iran which
  // backs Assads government": the subject's own verb of support, with nothing reported or intended between.
  {
    name: "backing",
    find(context) {
      const found: PatternMatch[] = [];
      const regex = new RegExp(
        `${NOT_AFTER_LINK}(${U})(?: (?:forces|troops|fighters|militia|jets|warplanes))?( [^⟦.]{0,60}?)?? (?:(?:which|who|that) )?(?:is |are |was |were |has been |have been )?(?:backing|backs|backed|supporting|supports) (?:militarily )?${THE}(?:(?:forces|troops|government|army) of ${THE})?(${U})(?!(?:'s|s)? (?:call|plan|proposal|resolution|decision|demand|position|bid|move|initiative|statement|accusation|claim)s?\\b)`,
      );
      for (const m of matches(context, regex)) {
        const gap = m[2] ?? "";
        // "accuses Israel of backing them": the subject of an accusation is not the one stated to back.
        if (/\b(?:accus\w*|suspect\w*|blam\w*) (?:the )?$/.test(context.current.core.slice(0, m.index))) continue;
        if (
          NOT_THE_AGENT.test(gap) || HEDGE.test(gap) || /\b(?:accus\w*|against|fight\w*|battl\w*)\b|\bof$/.test(gap)
        ) {
          continue;
        }
        found.push(
          ...match(
            context,
            "ally",
            "backing",
            groupsIn(m[1], context.current.units),
            groupsIn(m[3], context.current.units),
            0.7,
          ),
        );
      }
      return found;
    },
  },
  // "a brigade that operates in Jayrud alongside the Nusra Front", "Russian Aerospace Forces in cooperation with
  // Syrian army air forces carried out", "Hezbollah said it had taken control ... in cooperation with the Syrian army"
  {
    name: "alongside",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const works =
        "(?:operat(?:es|ed|ing|e)|work(?:s|ed|ing)?|fight(?:s|ing)?|fought|battl(?:es|ed|ing)|serv(?:es|ed|ing)|deployed|advanc(?:es|ed|ing))";
      const alongside = new RegExp(
        `${NOT_AFTER_LINK}(${U})(?: (?:forces|troops|fighters|militia|units))?( [^⟦.]{0,40}?)?? ${works}(?: [^⟦.]{1,30}?)? alongside ${THE}((?:${U}(?:'s|s)? )?${U})(?!(?:'s|s)? (?:offshoot|affiliate|branch|breakaway|splinter)\\b)`,
      );
      const cooperation = new RegExp(
        `${NOT_AFTER_LINK}(${U})(?: (?:forces|troops|fighters|militia|units))?( [^⟦.]{0,80}?)?? in (?:close )?(?:cooperation|coordination|conjunction|partnership) with ${THE}(${U})`,
      );
      // "Said al Qalamoni from the Free Syrian Armys (FSA) Shahid Ahmad Abdo brigade that operates in Jayrud alongside
      // the Nusra Front": a named unit of a group, whatever preposition introduces it, acts for the group.
      const subunit = new RegExp(
        `(${U})(?:'s|s)? (?:\\(${U}\\) )?(?:[A-Z][\\w-]* ){1,4}(?:[Bb]rigade|[Bb]attalion|[Rr]egiment|[Dd]ivision) (?:that|which|who)( )${works}(?: [^⟦.]{1,30}?)? alongside ${THE}((?:${U}(?:'s|s)? )?${U})(?!(?:'s|s)? (?:offshoot|affiliate|branch|breakaway|splinter)\\b)`,
      );
      for (const regex of [alongside, cooperation, subunit]) {
        for (const m of matches(context, regex)) {
          const gap = m[2] ?? "";
          if (
            NOT_THE_AGENT.test(gap) || HEDGE.test(gap) || /\b(?:against|while|when|where|after|before)\b/.test(gap)
          ) continue;
          // "alongside the al Qaedas Nusra Front": the possessor describes the ally; two bare names are not read.
          const named = unitsIn(m[3], units);
          const possessive = named.length === 2 &&
            /(?:'s|s)$/.test(named[0].surface + m[3].slice(m[3].indexOf("⟧") + 1, m[3].lastIndexOf("⟦")).trim());
          if (named.length === 2 && !possessive) continue;
          found.push(...match(context, "ally", "alongside", groupsIn(m[1], units), [named.at(-1)!.groupId], 0.7));
        }
      }
      return found;
    },
  },
  // "Al-Nusra Front the Syrian branch of Al-Qaeda", "the Syrian branch of al-Qaeda al-Nusra Front",
  // "The Nusra Front is an al-Qaeda franchise", "the YPG which is the armed wing of the PYD"
  {
    name: "affiliate-wire",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const noun = `(?:official |formal |main |armed |military |political )?${REGION}${AFFILIATE_NOUN}`;
      const after = new RegExp(
        `(?<!former )(${U}),? \\(?(?:(?:which|that) (?:is|was) )?(?:the |an? |its )?${noun} (?:of|for) ${THE}(${U})`,
      );
      const before = new RegExp(`\\b(?:the |an? )${noun} of ${THE}(${U}),? ${THE}(${U})`, "i");
      const is = new RegExp(
        `(${U}) (?:is|was|remains|became) (?:an? |the )(?:official |formal )?(?:Syrias? )?(${U})(?:'s|s|')? ${REGION}${AFFILIATE_NOUN}\\b`,
      );
      const its = new RegExp(`(${U}) and its (?:armed |military |political )?(?:wing|branch|affiliate) ${THE}(${U})`);
      // "al-Nusra Front (Qaeda branch in the Levant)": the parent named in brackets right after the branch.
      const bracketed = new RegExp(
        `(${U}) \\((?:the |an? )?(${U})(?:'s|s|')? ${noun}(?: (?:in|of|for) (?:the |Syria|[A-Z]\\w+)[^()⟦⟧]{0,20})?\\)`,
      );
      for (const m of matches(context, bracketed, "base")) {
        found.push(...match(context, "affiliate", "affiliate-wire", groupsIn(m[1], units), groupsIn(m[2], units), 0.8));
      }
      for (const m of matches(context, after, "base")) {
        if (/\bformer\b/.test(m[0])) continue;
        found.push(...match(context, "affiliate", "affiliate-wire", groupsIn(m[1], units), groupsIn(m[2], units), 0.8));
      }
      for (const m of matches(context, before, "base")) {
        if (/\bformer\b/.test(m[0])) continue;
        found.push(...match(context, "affiliate", "affiliate-wire", groupsIn(m[2], units), groupsIn(m[1], units), 0.8));
      }
      for (const m of matches(context, is, "base")) {
        found.push(...match(context, "affiliate", "affiliate-wire", groupsIn(m[1], units), groupsIn(m[2], units), 0.8));
      }
      for (const m of matches(context, its, "base")) {
        found.push(
          ...match(context, "affiliate", "affiliate-wire", groupsIn(m[2], units), groupsIn(m[1], units), 0.75),
        );
      }
      return found;
    },
  },
  // "the US-led coalition battling the Islamic State", "hit by the coalition fighting Daesh": a reduced clause reads
  // the same after a preposition.
  {
    name: "participle",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const regex = new RegExp(
        `(${U})(?: (?:group|forces|fighters|militants|troops|jets|aircraft|warplanes|militant group))? (?:battling|fighting|attacking|targeting) (?:against )?${THE}(${LIST})`,
      );
      for (const m of matches(context, regex)) {
        if (describesAnother(context.current.core, m.index + m[0].length)) continue;
        found.push(...match(context, "clash", "participle", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
      }
      return found;
    },
  },
  // "A Daesh counterattack on Syrian regime forces", "coalition airstrikes on IS", "a chemical attack by Jaysh al-Islam
  // terrorists against members of the YPG"
  {
    name: "action-on",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const target =
        `(?:(?:the )?(?:positions|bases|headquarters|strongholds|members|fighters) of )?${THE}(?:[\\w-]+ )?(${U})`;
      const owner = new RegExp(
        `(?<!\\b(?:by|of|from|on|against|for|with|to|in|at|near) (?:the )?)(${U})(?:'s|s)? (?:[\\w-]+ )?${ACTION} (?:on|against) ${target}`,
      );
      // Case-insensitive: a sentence may open with the action ("Airstrikes carried out by the United States against").
      const by = new RegExp(
        `\\b${ACTION} (?:launched |carried out )?by ${THE}(?:[\\w-]+ )?(${U})(?: ${PEOPLE}| forces| warplanes| jets)? (?:on|against) ${target}`,
        "i",
      );
      for (const regex of [owner, by]) {
        for (const m of matches(context, regex)) {
          if (describesAnother(context.current.core, m.index + m[0].length)) continue;
          found.push(...match(context, "clash", "action-on", groupsIn(m[1], units), groupsIn(m[2], units), 0.75));
        }
      }
      return found;
    },
  },
  // "The US-led coalition carried out 182 airstrikes against the positions of Daesh", "the US and its allies have
  // launched nearly 2000 air raids against IS", "the Syrian army was conducting an operation to encircle Daesh"
  {
    name: "operation-against",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const verb =
        "(?:launch(?:es|ed|ing)?|carr(?:y|ies|ied|ying) out|conduct(?:s|ed|ing)?|wag(?:e|es|ed|ing)|stepp?(?:ed|ing|s)? up|intensif(?:y|ies|ied|ying)|beg(?:an|in|ins)|continu(?:e|es|ed|ing))";
      const noun = `(?:${ACTION}|operations?|campaign|war|battle|fight)`;
      const regex = new RegExp(
        `${NOT_AFTER_LINK}(${LIST})(?:,? (?:and )?(?:its|their) (?:[\\w-]+ ){0,3}allies)?([^⟦.]{0,30}?)\\b${verb} (?:an? |the |its |their |new )?${
          WORDS(3)
        }${noun}(?: (?:in|across|near|around|inside|over|along) [^⟦.]{1,40}?)? (?:against|on|to (?:encircle|oust|expel|retake \\w+ from|recapture \\w+ from|liberate \\w+ from|dislodge|drive out|push back)) ${THE}(?:positions of |bases of )?${THE}${
          WORDS(1)
        }(${LIST})`,
      );
      for (const m of matches(context, regex)) {
        if (NOT_THE_AGENT.test(m[2]) || HEDGE.test(m[2])) continue;
        if (describesAnother(context.current.core, m.index + m[0].length)) continue;
        const objects = groupsIn(m[3], units);
        found.push(
          ...match(context, "clash", "operation-against", partyOf(context, m[1], m.index, objects), objects, 0.75),
        );
      }
      return found;
    },
  },
  // "The SDF ... kill 47 Daesh militants", "it has killed several Nusra Front fighters", "killing two commanders of
  // the al-Qaeda-linked al-Nusra Front"
  {
    name: "killed",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const victims = `(?:${PEOPLE} (?:of|from) ${THE}(?:so-called )?(?:[\\w⟪⟫-]+ ){0,2}?(${U})|(${U}) ${PEOPLE})`;
      const active = new RegExp(
        `${NOT_AFTER_LINK}(${LIST}|${PRONOUN})(?: forces| fighters| troops| militants| terrorists)?([^⟦.]{0,40}?)\\b(?:killed|kill|killing|kills|executed|executing|wounded) ${COUNT} ${victims}`,
      );
      // "A series of strikes in Syria overnight by a US-led coalition killed 14 jihadists from the Islamic State group"
      const byAction = new RegExp(
        `\\b${ACTION}[^⟦.]{0,30}? by (?:the |a |an )?(${U}) (?:killed|kill|kills) ${COUNT} ${victims}`,
      );
      for (const m of matches(context, byAction)) {
        const objects = groupsIn(m[2] ?? m[3], units);
        found.push(...match(context, "clash", "killed", groupsIn(m[1], units), objects, 0.75));
      }
      for (const m of matches(context, active)) {
        if (NOT_THE_AGENT.test(m[2]) || HEDGE.test(m[2])) continue;
        const objects = groupsIn(m[3] ?? m[4], units);
        found.push(...match(context, "clash", "killed", partyOf(context, m[1], m.index, objects), objects, 0.75));
      }
      // "at least 175 members of the ISIS were killed ... in the Syrian Army troops large-scale offensives"
      const passive = new RegExp(
        `(?:${PEOPLE} (?:of|from) ${THE}(${LIST})|(${LIST}) ${PEOPLE})[^⟦.]{0,40}? (?:were|have been|had been|was) killed[^⟦.]{0,40}? (?:by ${THE}(${U})|in ${THE}(${U})(?: [\\w-]+){0,3} ${ACTION}|(?:in|under) ${THE}(?:[\\w-]+ ){0,2}${ACTION} (?:of|by) ${THE}(${U}))`,
      );
      for (const m of matches(context, passive)) {
        // "... were killed by Turkish artillery fire a Turkish broadcaster claims": the claim comes after the count.
        if (HEDGE.test(context.current.core.slice(m.index + m[0].length))) continue;
        const victimsOf = groupsIn(m[1] ?? m[2], units);
        const killers = groupsIn(m[3] ?? m[4] ?? m[5], units);
        found.push(...match(context, "clash", "killed-by", killers, victimsOf, 0.7));
      }
      return found;
    },
  },
  // "the Syrian army managed to foil an attack by the Takfiri ISIS terrorists", "faced a rebel counter-offensive led
  // by the Al-Nusra Front", "continued to advance against the ISIS terrorists"
  {
    name: "repelled",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const repelled = new RegExp(
        `${NOT_AFTER_LINK}(${LIST})([^⟦.]{0,60}?)\\b(?:foil(?:ed)?|repel(?:led)?|repulsed?|thwart(?:ed)?|fend(?:ed)? off|fought off|beat back|faced|facing) (?:an? |the |several )?${
          WORDS(2)
        }(?:counter-?)?(?:attacks?|offensives?|assaults?|advances?|push)(?: launched| led)? by ${THE}${WORDS(2)}(${U})`,
      );
      const advanced = new RegExp(
        `${NOT_AFTER_LINK}(${LIST})([^⟦.]{0,40}?)\\badvanc(?:e|ed|es|ing) (?:against|on) ${THE}(${U})`,
      );
      for (const regex of [repelled, advanced]) {
        for (const m of matches(context, regex)) {
          if (NOT_THE_AGENT.test(m[2]) || HEDGE.test(m[2])) continue;
          found.push(...match(context, "clash", "repelled", groupsIn(m[1], units), groupsIn(m[3], units), 0.75));
        }
      }
      return found;
    },
  },
  // "clashes between the IS fighters and members of the US-backed SDF", "clashes erupted between fighters from the YPG
  // on the one hand and fighters from IS and Nusra on the other", "the clashes pitted X against Y"
  {
    name: "fighting-between-named",
    find(context) {
      const found: PatternMatch[] = [];
      const { units } = context.current;
      const party =
        `${THE}(?:(?:fighters|members|militants|rebels|troops|forces|units) (?:from|of) ${THE})?(?:so-called )?(?:[\\w⟪⟫.-]+ ){0,2}?(?:${U}(?:'s|s)? (?:breakaway|offshoot|splinter) )?(${
          LIST.replaceAll("(?:, and |", "(?:, and | and the (?:so-called )?|")
        })(?: ${PEOPLE}| forces| militants)?(?: (?:as well as|and) ${THE}(?:so-called )?(${U}))?(?: on (?:the )?one (?:hand|side))?`;
      const between = new RegExp(
        `\\b(?:fighting|clash(?:es)?|battles?|infighting|skirmishes|hostilities|war|combat|confrontations?|shelling) ${
          WORDS(6)
        }between ${party} and ${party}`,
        "id",
      );
      const pitted = new RegExp(
        `\\b(?:clashes|fighting|battles?) (?:have |had )?pitted ${THE}(?:[\\w⟪⟫.-]+ ){0,4}?(?:${U}(?:'s|s)? (?:breakaway|offshoot|splinter) )?(${U}) against ${party}`,
        "id",
      );
      // "between the al Qaeda offshoot and ...": a name that describes the party is not the party.
      const described = (m: RegExpExecArray) =>
        (m.indices ?? []).slice(1).some((span) => span && describesAnother(context.current.core, span[1]));
      for (const m of matches(context, between)) {
        if (described(m)) continue;
        const left = [...groupsIn(m[1], units), ...(m[2] ? groupsIn(m[2], units) : [])];
        const right = [...groupsIn(m[3], units), ...(m[4] ? groupsIn(m[4], units) : [])];
        if (left.some((g) => right.includes(g))) continue;
        if (/\b(?:offshoot|affiliate|branch)\b/.test(m[0])) continue;
        found.push(...match(context, "clash", "fighting-between-named", left, right, 0.8));
      }
      for (const m of matches(context, pitted)) {
        if (described(m)) continue;
        const right = [...groupsIn(m[2], units), ...(m[3] ? groupsIn(m[3], units) : [])];
        found.push(...match(context, "clash", "pitted-against", groupsIn(m[1], units), right, 0.8));
      }
      return found;
    },
  },
];
