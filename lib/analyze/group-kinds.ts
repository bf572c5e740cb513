import { ARMED_GROUP_KINDS, type Gazetteer, type GroupKind, type Mention } from "../records/mod.ts";

/** Which groups a count or chart covers: armed groups only (the default of group charts), or every actor. */
export type GroupScope = "armed-groups" | "all";

/** The prefix of discovered, unreviewed group ids (`new:<slug>`); kept here so analysis needs no extractor import. */
const DISCOVERED = "new:";

/** Each gazetteer id's kind; a discovered id (`new:<slug>`) has none until an analyst accepts it. */
export function groupKinds(gazetteer: Gazetteer): Map<string, GroupKind> {
  return new Map(gazetteer.groups.map((group) => [group.id, group.kind]));
}

/**
 * Whether `groupId` is an armed group rather than a state, a state's forces or an international body: a group,
 * coalition, operations room or militia of the gazetteer, or a discovered name (built like an armed group's).
 */
export function isArmedGroup(groupId: string, kinds: ReadonlyMap<string, GroupKind>): boolean {
  if (groupId.startsWith(DISCOVERED)) return true;
  const kind = kinds.get(groupId);
  return kind !== undefined && ARMED_GROUP_KINDS.has(kind);
}

/** Whether a group id is a discovered one no analyst has reviewed yet. */
export const isUnreviewed = (groupId: string) => groupId.startsWith(DISCOVERED);

/** The mentions `scope` covers: with "armed-groups", those of states, state forces and international bodies drop. */
export function mentionsInScope(mentions: Mention[], gazetteer: Gazetteer, scope: GroupScope): Mention[] {
  if (scope === "all") return mentions;
  const kinds = groupKinds(gazetteer);
  return mentions.filter((mention) => isArmedGroup(mention.groupId, kinds));
}
