import { z } from "zod";
import { PartialDate } from "./date.ts";

export const GroupKind = z.enum([
  "group",
  "coalition",
  "operations-room",
  "state-force",
  "militia",
  "foreign-state",
  "international-org",
]);
export type GroupKind = z.infer<typeof GroupKind>;

/** A lineage link: this organisation was renamed from/to, merged into, absorbed, or split from another. */
export const LineageLink = z.object({
  type: z.enum(["renamed-from", "renamed-to", "merged-into", "absorbed", "split-from", "successor-of"]),
  group: z.string(),
  date: PartialDate,
  note: z.string().optional(),
});
export type LineageLink = z.infer<typeof LineageLink>;

/** A description that names this group only within a time window ("al Qaeda's Syrian branch" until mid-2016). */
export const Descriptor = z.object({
  phrase: z.string(),
  from: PartialDate.nullable(),
  until: PartialDate.nullable(),
  /** Holds only where the text capitalises the words `phrase` capitalises ("Coalition", not "a coalition"). */
  caseSensitive: z.boolean().optional(),
  /** Names (places, leaders, parent formations) one of which the text must also hold: "Eighth Brigade" is the Fifth
   * Corps' unit only in a text about Daraa or the corps. */
  onlyWith: z.array(z.string().min(1)).min(1).optional(),
  /** A bare noun of the war standing for one party ("regime", "Coalition"), not a description of it: guarded by
   * data/lexicon/names.json `bareDescriptor*` and written with method "group-noun" (name gold leaves such nouns out). */
  bare: z.boolean().optional(),
  /** Words that, right after the phrase, make it something else: "former regime officers" are people's past
   * service, not the regime's remnants acting; "the Ministry of Defence headquarters" is a building. */
  notBefore: z.array(z.string().min(1)).optional(),
  /** Words or phrases one of which must stand right after the phrase for it to hold: "government" names the Syrian
   * government's acts only before one ("government airstrikes", "a government offensive"), not as "the government"
   * of any state, which the relation reader resolves by context. */
  onlyBefore: z.array(z.string().min(1)).min(1).optional(),
  /** A group whose generic names this phrase takes over in its window: "Syrian army" is `syrian-government` until
   * Assad's fall and the transitional army from 2024-12-09. The window must hold for certain on the date the text
   * states for the passage (not the page's copy date), and the phrase then wins over the other group's name on the
   * same words. */
  supersedes: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Why the phrase names this group in its window (required reading for a bare noun such as "regime"). */
  why: z.string().optional(),
});
export type Descriptor = z.infer<typeof Descriptor>;

/** The UCDP actor an entry corresponds to: its name in UCDP data, and its actor id where checked. */
export const UcdpActor = z.object({ name: z.string().min(1), id: z.number().int().positive().nullable() });
export type UcdpActor = z.infer<typeof UcdpActor>;

/** Armed groups (non-state) as opposed to states, their forces and international bodies: what group charts show. */
export const ARMED_GROUP_KINDS: ReadonlySet<GroupKind> = new Set(["group", "coalition", "operations-room", "militia"]);

/** One actor of the gazetteer in data/groups.json. */
export const Group = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  kind: GroupKind,
  aliases: z.array(z.string()),
  acronyms: z.array(z.string()),
  founded: PartialDate.nullable(),
  dissolved: PartialDate.nullable(),
  lineage: z.array(LineageLink),
  descriptors: z.array(Descriptor),
  /** The ACLED actor names it appears under ("JWS: Syrian National Army"), so records join ACLED data. */
  acled: z.array(z.string().min(1)).optional(),
  /** The UCDP actor it corresponds to. */
  ucdp: UcdpActor.optional(),
  /** A state's bare name that is mostly a place in this corpus ("Lebanon", "Iraq", "Syria"): it names the state only
   * where the state acts (the subject of a verb, the agent after "by"), in a window read by the publication date;
   * written with method "state-reference" (the name gold counts no bare "Syria"). */
  actorNames: z.array(z.object({
    name: z.string().regex(/^\p{Lu}\p{L}+$/u),
    from: PartialDate.nullable(),
    until: PartialDate.nullable(),
  })).optional(),
  /**
   * The state (or the state force) a state force is part of ("quds-force": "irgc", "irgc": "iran"): a reading of it
   * as a member of that whole ("Iran's Quds Force") passes the membership kinds, which otherwise let nothing join a
   * foreign state; and a member reading of it in another state's body is refused ("the 5th Corps of the Iraqi army"
   * is no unit of Syria's 5th Corps). Checked against the group's sources.
   */
  partOf: z.string().regex(/^[a-z0-9-]+$/).optional(),
  /** Where the name, dates and lineage (and the ACLED and UCDP names) were checked. */
  sources: z.array(z.string()).min(1),
  note: z.string().optional(),
});
export type Group = z.infer<typeof Group>;

export const Gazetteer = z.object({
  description: z.string(),
  groups: z.array(Group),
});
export type Gazetteer = z.infer<typeof Gazetteer>;
