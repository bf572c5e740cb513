import type { Gazetteer } from "../records/mod.ts";

/** Longest label a chart axis shows before a shorter alias or the acronym is used instead. */
const MAX_LABEL = 24;

/**
 * A short, readable chart label per group id: the canonical name, or for long names the acronym it carries in
 * brackets ("People's Protection Units (YPG)" → "YPG") or its first shorter alias ("US-led coalition").
 */
export function groupLabels(gazetteer: Gazetteer): Map<string, string> {
  return new Map(gazetteer.groups.map((group) => {
    if (group.name.length <= MAX_LABEL) return [group.id, group.name];
    const bracketed = group.name.match(/\(([A-Z]{2,6})\)$/);
    if (bracketed) return [group.id, bracketed[1]];
    const alias = group.aliases.find((alias) => alias.length <= MAX_LABEL);
    return [group.id, alias ?? group.name];
  }));
}

/** The label of `groupId`, or the id itself when the labels do not know it. */
export function labelOf(labels: ReadonlyMap<string, string> | undefined, groupId: string): string {
  return labels?.get(groupId) ?? groupId;
}
