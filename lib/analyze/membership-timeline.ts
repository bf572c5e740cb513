import type { Alliances, DatedBound, Group, Relation } from "../records/mod.ts";
import { dateInterval, precisionOf } from "../records/date.ts";

/** Where a membership cell came from: a sentence of an article, or an entry of data/alliances.json. */
export type MembershipEvidence =
  | {
    kind: "text";
    articleId: string;
    sentenceIndex: number;
    quote: string;
    start: number;
    end: number;
    relationType: Relation["type"];
    date: Relation["date"];
    confidence: number;
  }
  | {
    kind: "reference";
    /** "data/alliances.json#<coalition>/<group>". */
    entry: string;
    sources: string[];
    note?: string;
  };

export type TimelineRole = "founder" | "joined" | "member" | "affiliate" | "left";

/** One group in one coalition over one stretch of time, with every piece of evidence for it. */
export type Membership = {
  group: string;
  coalition: string;
  role: TimelineRole;
  start: DatedBound | null;
  end: DatedBound | null;
  evidence: MembershipEvidence[];
};

/** A coalition's life span from the reference data (null bounds where unknown or ongoing). */
export type CoalitionSpan = { id: string; name: string; formed: DatedBound | null; dissolved: DatedBound | null };

export type MembershipTimeline = { memberships: Membership[]; coalitions: CoalitionSpan[] };

/** What each membership-bearing relation type says about a membership. */
const ROLE_OF: Partial<Record<Relation["type"], TimelineRole>> = {
  merger: "founder",
  member: "member",
  joined: "joined",
  affiliate: "affiliate",
  left: "left",
  split: "left",
};

function bound(value: string | null, precision: DatedBound["precision"] | null): DatedBound | null {
  return value && precision ? { date: value, precision } : null;
}

/** Whether a dated relation falls inside a membership (open bounds reach forever). */
function within(membership: Membership, date: string): boolean {
  const at = dateInterval(date);
  const starts = membership.start ? dateInterval(membership.start.date).start : null;
  const ends = membership.end ? dateInterval(membership.end.date).end : null;
  return (!starts || starts < at.end) && (!ends || at.start < ends);
}

/**
 * The day a group stopped existing under its id: renamed, merged into another, or dissolved (the gazetteer's
 * lineage and `dissolved`), or null. A membership read from text cannot outlive it: the Nusra Front's affiliation
 * ends with its 2016-07-28 rename; the renamed group carries on under its own id.
 */
export function identityEnd(group: Group | undefined): DatedBound | null {
  if (!group) return null;
  const dates = group.lineage.filter((link) => link.type === "renamed-to" || link.type === "merged-into")
    .map((link) => link.date);
  if (group.dissolved) dates.push(group.dissolved);
  const first = dates.sort()[0];
  if (!first) return null;
  return { date: first, precision: precisionOf(first) };
}

function textEvidence(relation: Relation): MembershipEvidence {
  return {
    kind: "text",
    articleId: relation.articleId,
    sentenceIndex: relation.sentenceIndex,
    quote: relation.quote,
    start: relation.start,
    end: relation.end,
    relationType: relation.type,
    date: relation.date,
    confidence: relation.confidence,
  };
}

/**
 * Merges reference memberships (data/alliances.json) and membership relations read from text into one timeline.
 * A text relation joins the reference membership of the same group and coalition it falls within in time (or the
 * latest one before it: articles report memberships after they began); otherwise it opens a text-only membership
 * dated by the relation, which later text relations of the same pair and role join. Every membership keeps all its
 * evidence, so each cell can say which article and sentence, or which reference entry, it rests on. With the
 * gazetteer's `groups`, a text-only membership ends when its group was renamed, merged or dissolved.
 */
export function membershipTimeline(
  relations: Relation[],
  alliances: Alliances,
  groups: Group[] = [],
): MembershipTimeline {
  const groupById = new Map(groups.map((group) => [group.id, group]));
  const memberships: Membership[] = [];
  const coalitions: CoalitionSpan[] = alliances.alliances.map((a) => ({
    id: a.id,
    name: a.name,
    formed: a.formed,
    dissolved: a.dissolved,
  }));
  for (const alliance of alliances.alliances) {
    for (const m of alliance.memberships) {
      memberships.push({
        group: m.group,
        coalition: alliance.id,
        role: m.role,
        // Unknown starts are shown from the coalition's formation; memberships end with the coalition at the latest.
        start: m.start ?? alliance.formed,
        end: m.end ?? alliance.dissolved,
        evidence: [{
          kind: "reference",
          entry: `data/alliances.json#${alliance.id}/${m.group}`,
          sources: m.sources,
          ...(m.note ? { note: m.note } : {}),
        }],
      });
    }
  }
  const reference = memberships.slice();
  const sorted = relations
    .filter((r) => ROLE_OF[r.type])
    .sort((a, b) =>
      (a.date.value ?? "9999").localeCompare(b.date.value ?? "9999") || a.articleId.localeCompare(b.articleId) ||
      a.start - b.start
    );
  for (const relation of sorted) {
    const role = ROLE_OF[relation.type]!;
    const date = relation.date.value;
    const samePair = reference.filter((m) => m.group === relation.subject && m.coalition === relation.object);
    const matched = date === null ? samePair[0] : samePair.find((m) => within(m, date)) ??
      samePair.filter((m) => m.start && m.start.date <= date).sort((a, b) =>
        b.start!.date.localeCompare(a.start!.date)
      )[0];
    if (matched) {
      matched.evidence.push(textEvidence(relation));
      continue;
    }
    const open = memberships.find((m) =>
      m.group === relation.subject && m.coalition === relation.object && m.role === role &&
      m.evidence.every((e) => e.kind === "text")
    );
    if (open) {
      open.evidence.push(textEvidence(relation));
      continue;
    }
    const when = bound(date, relation.date.precision);
    const ended = identityEnd(groupById.get(relation.subject));
    memberships.push({
      group: relation.subject,
      coalition: relation.object,
      role,
      start: role === "left" ? null : when,
      end: role === "left" ? when : ended && (!when || when.date <= ended.date) ? ended : null,
      evidence: [textEvidence(relation)],
    });
  }
  memberships.sort((a, b) =>
    a.coalition.localeCompare(b.coalition) || a.group.localeCompare(b.group) ||
    (a.start?.date ?? "").localeCompare(b.start?.date ?? "")
  );
  return { memberships, coalitions };
}
