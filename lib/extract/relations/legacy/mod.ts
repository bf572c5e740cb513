import type { RelationPattern } from "./patterns.ts";
import { RELATION_PATTERNS } from "./patterns.ts";
import { WIRE_PATTERNS } from "./patterns-wire.ts";
import { ACTION_PATTERNS } from "./patterns-action.ts";
import { VICTIM_PATTERNS } from "./patterns-victims.ts";

export type { PatternContext, PatternMatch, RelationPattern } from "./patterns.ts";

/**
 * LEGACY: the pattern families not yet migrated to the lexicon reader (issue 10), run after it: regular expressions
 * over sentence templates, kept so no reading the behavioural tests pin is lost. The membership-by-composition and
 * support families were migrated and deleted; these remain: the first families (patterns.ts), wire copy, action at a
 * distance and victims.
 */
export const LEGACY_PATTERNS: RelationPattern[] = [
  ...RELATION_PATTERNS,
  ...WIRE_PATTERNS,
  ...ACTION_PATTERNS,
  ...VICTIM_PATTERNS,
];
