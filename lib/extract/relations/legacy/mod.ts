import type { RelationPattern } from "./patterns.ts";
import { RELATION_PATTERNS } from "./patterns.ts";
import { ACTION_PATTERNS } from "./patterns-action.ts";

export type { PatternContext, PatternMatch, RelationPattern } from "./patterns.ts";

/**
 * LEGACY: the pattern families not yet migrated to the lexicon reader (issue 10), run after it: regular expressions
 * over sentence templates, kept so no reading the behavioural tests pin is lost. The membership-by-composition, support,
 * victim and wire-copy families were migrated and deleted; these remain: the first families (patterns.ts) and action
 * at a distance.
 */
export const LEGACY_PATTERNS: RelationPattern[] = [
  ...RELATION_PATTERNS,
  ...ACTION_PATTERNS,
];
