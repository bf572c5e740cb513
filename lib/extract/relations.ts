import type { Article, Mention, Relation } from "../records/mod.ts";

/** Every relation between groups `article` states, from its mentions. (Stub: filled in by the alliances issue.) */
export function extractRelations(_article: Article, _mentions: Mention[]): Relation[] {
  return [];
}
