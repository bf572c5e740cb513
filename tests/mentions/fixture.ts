import { articleFromText } from "../../lib/ingest/mod.ts";
import { loadGazetteer } from "../../lib/reference/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/extract-mentions.ts";
import type { Mention } from "../../lib/records/mod.ts";

/** The project's gazetteer, loaded once for all mention tests. */
export const gazetteer = await loadGazetteer("data/groups.json");

/** Mentions found in a one-off article text, optionally dated. */
export function mentionsIn(text: string, published: string | null = null): Mention[] {
  return extractMentions(articleFromText("fixture", text, published), gazetteer);
}

/** "surface→groupId" pairs, the compact form most assertions compare. */
export function pairs(text: string, published: string | null = null): string[] {
  return mentionsIn(text, published).map((m) => `${m.surface}→${m.groupId}`);
}

/** "surface→groupId" pairs of names only: what the name gold counts (no state reference such as "government
 * positions" or the demonym of "Turkish-backed"). */
export function namePairs(text: string, published: string | null = null): string[] {
  return mentionsIn(text, published).filter((m) => m.method !== "state-reference").map((m) =>
    `${m.surface}→${m.groupId}`
  );
}
