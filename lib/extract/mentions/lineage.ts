import { type Descriptor, earliestDay, type Group, latestDay } from "../../records/mod.ts";

/** Link types after which a name stands for another organisation. */
const FORWARD_LINKS = new Set(["renamed-to", "merged-into"]);

/**
 * The organisation `groupId` stood for on `date`: follows renames and mergers dated on or before it, so a 2018
 * "Nusra" resolves to Hay'at Tahrir al-Sham. A link counts once the article's earliest possible day has reached it;
 * an undated article keeps the group itself.
 */
export function lineageAt(groupId: string, date: string | null, groups: ReadonlyMap<string, Group>): string {
  if (date === null) return groupId;
  const day = earliestDay(date);
  const seen = new Set<string>();
  let current = groupId;
  while (!seen.has(current)) {
    seen.add(current);
    const link = groups.get(current)?.lineage.find((link) =>
      FORWARD_LINKS.has(link.type) && earliestDay(link.date) <= day
    );
    if (!link) break;
    current = link.group;
  }
  return current;
}

/** Whether an article dated `date` can fall inside the descriptor's window (undated: only an open window). */
export function descriptorMayApply(descriptor: Descriptor, date: string | null): boolean {
  if (date === null) return descriptor.from === null && descriptor.until === null;
  const afterStart = descriptor.from === null || latestDay(date) >= earliestDay(descriptor.from);
  const beforeEnd = descriptor.until === null || earliestDay(date) <= latestDay(descriptor.until);
  return afterStart && beforeEnd;
}
