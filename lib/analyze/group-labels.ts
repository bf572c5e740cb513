import type { Gazetteer, Mention } from "../records/mod.ts";

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

/**
 * Labels of discovered, unreviewed groups (`new:<slug>`): the spelling most often written, marked "(unreviewed)" so
 * every chart and table says the name is not in the reviewed gazetteer.
 */
export function discoveredLabels(mentions: Mention[]): Map<string, string> {
  const spellings = new Map<string, Map<string, number>>();
  for (const mention of mentions) {
    if (!mention.groupId.startsWith("new:")) continue;
    const counts = spellings.get(mention.groupId) ?? new Map<string, number>();
    counts.set(mention.surface, (counts.get(mention.surface) ?? 0) + 1);
    spellings.set(mention.groupId, counts);
  }
  return new Map([...spellings].map(([groupId, counts]) => {
    const [name] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return [groupId, `${name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name} (unreviewed)`];
  }));
}
