import type { Article, Gazetteer, Mention } from "../records/mod.ts";

/** Every place `article` names a group of `gazetteer`. (Stub: filled in by the groups issue.) */
export function extractMentions(_article: Article, _gazetteer: Gazetteer): Mention[] {
  return [];
}
