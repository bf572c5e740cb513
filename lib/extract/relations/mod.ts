export { extractRelations, type ExtractRelationsOptions } from "./extract-relations.ts";
export { readRelations } from "./read-relations.ts";
export type { Reading } from "./frames.ts";
export type { ReadingFeatures } from "./confidence.ts";
export { type SentenceTemplate, sentenceTemplates, type Unit } from "./template.ts";
