/**
 * Whether a figure counts one event or the war so far. A war-wide total ("Syria's civil war has killed more than
 * 310,000 people since March 2011") must never be compared with one attack's toll, so cumulative cues are looked for
 * in the figure's clause: the war or conflict as the subject of the verb, "since" the war's start or 2011,
 * "so far in the war", a total for the war, or a span of years ("over the past three years").
 */
const CUMULATIVE_CUES: RegExp[] = [
  /\bsince (?:the )?(?:(?:start|beginning|outbreak|onset) of (?:the )?)?(?:(?:syrian|syrias|syria['’]s|civil|country['’]?s) )*(?:war|conflict|crisis|uprising|revolution|revolt)\b/i,
  /\bsince (?:it|the (?:war|conflict|crisis|uprising|revolution|fighting)) (?:began|started|erupted|broke out)\b/i,
  /\bsince (?:(?:early |mid-|late )?(?:march |march of )?2011)\b/i,
  /\b(?:war|conflict|crisis|uprising)\b(?:\s+\w+){0,2}\s+(?:has|have|had)\s+(?:now\s+|so far\s+|already\s+)?(?:killed|claimed|left|displaced|forced|uprooted)\b/i,
  /\b(?:killed|died|displaced|uprooted|lost their lives) (?:in|during|since) (?:syria['’]?s |the |a )?(?:(?:\w+-year|civil|syrian|brutal|ongoing) )*(?:war|conflict|crisis)\b/i,
  /\b(?:so far|to date|in total) (?:in|during) (?:the |syria['’]?s )?(?:war|conflict|crisis)\b/i,
  /\btotal (?:death )?toll (?:of|in|from) (?:the |syria['’]?s )?(?:war|conflict|crisis)\b/i,
  /\b(?:over|in|during) the (?:past|last) (?:\w+ ){0,2}years\b/i,
  /\b(?:\w+) years of (?:war|conflict|fighting|turmoil|violence|bloodshed)\b/i,
  /\b(?:began|started|erupted|flared|broke out)(?: up)? (?:in|with) (?:(?:early|mid|late|march|anti-government|pro-democracy|peaceful) )*(?:2011|protests|demonstrations)\b/i,
  /\bsince (?:an? |the )?(?:uprising|rebellion|revolt|protests?|demonstrations)\b/i,
  /\b(?:has|have) since (?:killed|claimed|left|displaced|forced|uprooted)\b/i,
  /\b\w+-year(?:-old)? (?:civil )?(?:war|conflict|crisis|uprising|rebellion|revolt)\b/i,
  /\b(?:second|third|fourth|fifth|sixth|seventh|eighth) year\b/i,
];

/**
 * A death, injury or casualty count this large is a tally of many events: the deadliest single attacks of the
 * Syrian war killed hundreds to about 1,400 (Ghouta, August 2013), so 50,000 is far beyond any one event.
 */
const WAR_SCALE = 50_000;

/**
 * "event" or "cumulative" for a figure in `clause` (the part of the sentence between semicolons holding it);
 * `kind` and `value` (its largest stated number) let a death toll of war scale count as cumulative.
 */
export function readScope(clause: string, kind?: string, value?: number): "event" | "cumulative" {
  if (CUMULATIVE_CUES.some((cue) => cue.test(clause))) return "cumulative";
  const casualty = kind === "killed" || kind === "injured" || kind === "casualties";
  return casualty && value !== undefined && value >= WAR_SCALE ? "cumulative" : "event";
}
