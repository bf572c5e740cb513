import { unionOfPatterns } from "./pattern-union.ts";

/**
 * Whether a figure counts one event or the war so far. A war-wide total ("Syria's civil war has killed more than
 * 310,000 people since March 2011") must never be compared with one attack's toll, so cumulative cues are looked for
 * in the figure's clause: the war or conflict as the subject of the verb, "since" the war's start or 2011,
 * "so far in the war", a total for the war, a span of time ("over the past three years", "over the past month",
 * "since the beginning of the operation in 2014", "from March 2011 to June 2016") or a period's total ("the deadliest
 * month", "so far this year", "has killed thousands this year").
 */
const CUMULATIVE_CUES: RegExp[] = [
  /\bsince (?:the )?(?:(?:start|beginning|outbreak|onset) of (?:the )?)?(?:(?:syrian|syrias|syria['’]s|civil|country['’]?s) )*(?:war|conflict|crisis|uprising|revolution|revolt)\b/i,
  /\bsince (?:it|the (?:war|conflict|crisis|uprising|revolution|fighting)) (?:began|started|erupted|broke out)\b/i,
  /\bsince (?:(?:early |mid-|late )?(?:march |march of )?2011)\b/i,
  /\b(?:war|conflict|crisis|uprising)\b(?:\s+\w+){0,2}\s+(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:killed|claimed|left|displaced|forced|uprooted)\b/i,
  /\b(?:killed|died|displaced|uprooted|lost their lives) (?:in|during|since) (?:syria['’]?s |the |a )?(?:(?:\w+-year|civil|syrian|brutal|ongoing) )*(?:war|conflict|crisis)\b/i,
  /\b(?:so far|to date|in total) (?:in|during) (?:the |syria['’]?s )?(?:war|conflict|crisis)\b/i,
  /\btotal (?:death )?toll (?:of|in|from) (?:the |syria['’]?s )?(?:war|conflict|crisis)\b/i,
  /\b(?:over|in|during|within|throughout) the (?:past|last|previous) (?:\w+ ){0,2}(?:years?|months?|weeks?)\b/i,
  // a span that opens at a year, a period's start or last year: "since the beginning of the operation in 2014",
  // "since the UN Security Council passed a resolution last year", "since the start of the year"
  /\bsince\b(?:\s+[\w'’-]+){0,8}?\s+(?:(?:19|20)\d\d|last (?:year|month)|(?:beginning|start|launch|outbreak|onset) of)\b/i,
  // a campaign's or a siege's total: "since it was launched on November 15", "since mid-February"
  /\bsince (?:it|they|the \w+) (?:was |were |had )?(?:launched|began|started|erupted|broke out|escalated|intensified)\b/i,
  // the same with a longer name of what began: "1,400 dead since Syria rebel-jihadist clashes began"
  /\bsince (?:the )?(?:[\w'’-]+ ){1,4}?(?:was |were |had |have )?(?:launched|began|started|erupted|broke out|escalated|intensified)\b/i,
  // a named month-long period as what the count spans: "Nearly 4,500 killed in Syria during Ramadan" (not an attack's
  // day: "killed in the attack ... perpetrated during the holy month of Ramadan")
  /\b(?:killed|dead|died|deaths|lives)(?: in [\w'’]+)? (?:during|throughout|over) (?:the (?:holy )?month(?: of ramadan)?|ramadan)\b/i,
  /\bsince (?:early|mid|late)[- ](?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i,
  // a span between two years: "from March 2011 to June 2016", "between 2012 and 2015"
  /\b(?:from|between) (?:[a-z]+ )?(?:19|20)\d\d (?:to|until|till|through|and) (?:[a-z]+ )?(?:19|20)\d\d\b/i,
  // a period's total: "the deadliest month", "so far this year", "has killed thousands of fighters this year"
  /\b(?:deadliest|bloodiest|worst|most violent) (?:month|year|week)\b/i,
  // a year's total in a report title: "108 journalists killed in 2013", "claim at least 26 lives in 2012"
  /\b(?:killed|dead|died|deaths|lives)(?: in syria)? (?:in|during) (?:19|20)\d\d\b(?!\s*(?:attacks?|bombings?|strikes?|massacres?|raids?|blasts?|chemical|offensive|clashes|fighting|battles?))/i,
  /\b(?:so far|to date|alone) this (?:year|month)\b|\bthis (?:year|month) alone\b/i,
  /\b(?:has|have)\s+(?:\w+\s+){0,3}(?:killed|claimed|left)\b(?:\s+[\w'’-]+){0,12}\s+(?:this|last) (?:year|month)\b/i,
  /\b(?:\w+) years of (?:war|conflict|fighting|turmoil|violence|bloodshed)\b/i,
  /\b(?:began|started|erupted|flared|broke out)(?: up)? (?:in|with) (?:(?:early|mid|late|march|anti-government|pro-democracy|peaceful) )*(?:2011|protests|demonstrations)\b/i,
  /\bsince (?:an? |the )?(?:uprising|rebellion|revolt|protests?|demonstrations)\b/i,
  /\b(?:has|have) since (?:killed|claimed|left|displaced|forced|uprooted)\b/i,
];

/**
 * Words that make a following "since ..." measure a record, not a tally: "the first explosion to hit the town since
 * the outbreak of Syria's civil war in 2011 killed a nurse", "the first deaths reported ... since it began this week".
 */
const RECORD_BEFORE_SINCE =
  /\b(?:first|deadliest|worst|bloodiest|biggest|largest|heaviest|fiercest|highest|most \w+|only|single)\b(?:\s+[\w'’-]+){0,10}\s*$/i;

/** A cue's opening word that may be any word: `\b(?:\w+) `. */
const ANY_WORD_FIRST = /^\\b\(\?:\\w\+\) /;

/** The cues as global patterns for `matchAll`, compiled once (`matchAll` copies a pattern, so sharing is safe). */
const CUMULATIVE_CUES_ALL = CUMULATIVE_CUES.map((cue) => new RegExp(cue.source, "gi"));
/**
 * Every cue as one pattern (`unionOfPatterns`): a clause it does not match holds no cue, and is read in one scan, not
 * one per cue. A cue opening with any word ("\b(?:\w+) years of war") is entered from its second word ("years of
 * war"): the pattern still matches wherever a cue does, and every alternative opens with a word, which the engine
 * finds faster (a third) than a start it must try at every word.
 */
const ANY_CUMULATIVE_CUE = unionOfPatterns(
  CUMULATIVE_CUES.map((cue) => cue.source.replace(ANY_WORD_FIRST, "\\b")),
  "i",
);

/** Whether `cue` (one of `CUMULATIVE_CUES_ALL`) speaks in `clause`: a "since ..." cue only where it does not measure a record. */
function cueHolds(clause: string, cue: RegExp): boolean {
  for (const match of clause.matchAll(cue)) {
    const since = /^since\b/i.test(match[0]);
    if (!since || !RECORD_BEFORE_SINCE.test(clause.slice(0, match.index))) return true;
  }
  return false;
}

/** Whether a cumulative cue holds in `clause`; the last clause's answer is kept (figures of one clause ask in turn). */
function cumulativeClause(clause: string): boolean {
  if (lastClause?.clause !== clause) {
    const cumulative = ANY_CUMULATIVE_CUE.test(clause) && CUMULATIVE_CUES_ALL.some((cue) => cueHolds(clause, cue));
    lastClause = { clause, cumulative };
  }
  return lastClause.cumulative;
}

let lastClause: { clause: string; cumulative: boolean } | undefined;

/**
 * A death, injury or casualty count this large is a tally of many events: the deadliest single attacks of the
 * Syrian war killed hundreds to about 1,400 (Ghouta, August 2013), so 50,000 is far beyond any one event.
 */
const WAR_SCALE = 50_000;

/**
 * A death toll this large is more than three times the deadliest single attack of the war (about 1,400, Ghouta,
 * August 2013): a period's or a prison's total ("more than 20,000 of them had died at Sednaya prison"), not one event.
 */
const DEATHS_BEYOND_ONE_EVENT = 5_000;

/**
 * A toll named for the whole country ("Syria civilian death toll at least 4,000", "Death toll from Syrian violence
 * tops 2,900", "Syria toll hits 3,000", "Death toll passes 3,500 as Syrian crackdown continues"): a headline's war total when it passes the deadliest single attack of the war
 * (about 1,400, Ghouta, August 2013); below that it may be one day's ("Syria death toll hits 19").
 */
const COUNTRY_TOLL =
  /\b(?:syria|syria['’]s|syrian)(?:\s+(?:war|conflict|crisis|civilian|death|overall|total|revolt|uprising))*\s+toll\b|\btoll\s+(?:in|from|of)\s+(?:the\s+)?(?:syria\b|syria['’]s|syrian\s+(?:war|conflict|crisis|violence|unrest|uprising|revolt|crackdown))|\btoll\b[^;]{0,40}?\bas\s+(?:the\s+)?(?:syria['’]?s?|syrian)\s+(?:war|conflict|crisis|violence|unrest|uprising|revolt|crackdown)\b/i;
const COUNTRY_TOLL_BEYOND_ONE_EVENT = 1_500;

/**
 * Displacement of this size is the war's: the largest single flight of the war (Idlib, winter 2019-20) was about a
 * million people, so two million and more, or "millions", is a tally of years.
 */
const DISPLACEMENT_WAR_SCALE = 2_000_000;

/**
 * "event" or "cumulative" for a figure in `clause` (the part of the sentence between semicolons holding it);
 * `kind` and `value` (its largest stated number) let a death toll beyond any one event (5,000), a casualty count or a
 * displacement of war scale count as cumulative,
 * and `vagueTerm` reads "millions" displaced as the war's.
 */
export function readScope(
  clause: string,
  kind?: string,
  value?: number,
  vagueTerm?: string | null,
): "event" | "cumulative" {
  if (cumulativeClause(clause)) return "cumulative";
  const casualty = kind === "killed" || kind === "injured" || kind === "casualties";
  if (casualty && value !== undefined && value >= WAR_SCALE) return "cumulative";
  if (kind === "killed" && value !== undefined && value >= DEATHS_BEYOND_ONE_EVENT) return "cumulative";
  if (kind === "killed" && value !== undefined && value >= COUNTRY_TOLL_BEYOND_ONE_EVENT && COUNTRY_TOLL.test(clause)) {
    return "cumulative";
  }
  const displaced = kind === "displaced" || kind === "refugees";
  const warScale = (value !== undefined && value >= DISPLACEMENT_WAR_SCALE) || /million/.test(vagueTerm ?? "");
  return displaced && warScale ? "cumulative" : "event";
}
