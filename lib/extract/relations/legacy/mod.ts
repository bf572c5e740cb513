import type { RelationPattern } from "./patterns.ts";
import { RELATION_PATTERNS } from "./patterns.ts";
import { WIRE_PATTERNS } from "./patterns-wire.ts";
import { ACTION_PATTERNS } from "./patterns-action.ts";
import { MEMBERSHIP_PATTERNS } from "./patterns-membership.ts";
import { VICTIM_PATTERNS } from "./patterns-victims.ts";
import { SUPPORT_PATTERNS } from "./patterns-support.ts";

export type { PatternContext, PatternMatch, RelationPattern } from "./patterns.ts";

/**
 * The pattern families not yet migrated to the lexicon reader (issue 10), run after it: regular expressions over
 * sentence templates, kept so no reading the behavioural tests pin is lost. Ties go to the first most confident.
 */
export const LEGACY_PATTERNS: RelationPattern[] = [
  ...RELATION_PATTERNS,
  ...WIRE_PATTERNS,
  ...ACTION_PATTERNS,
  ...MEMBERSHIP_PATTERNS,
  ...VICTIM_PATTERNS,
  ...SUPPORT_PATTERNS,
];
