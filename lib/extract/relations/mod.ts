export { extractRelations, PATTERNS } from "./extract-relations.ts";
export type { PatternContext, PatternMatch, RelationPattern } from "./patterns.ts";
export { type SentenceTemplate, sentenceTemplates, type Unit } from "./template.ts";
