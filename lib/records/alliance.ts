import { z } from "zod";
import { DatePrecision, hasPrecision, PartialDate } from "./date.ts";

/** A date with the precision its source gives ("2017-01-28" day, "2015-03" month, "2015" year). */
export const DatedBound = z.object({ date: PartialDate, precision: DatePrecision }).refine(
  (bound) => hasPrecision(bound.date, bound.precision),
  { message: "precision must match the date's length: YYYY year, YYYY-MM month, YYYY-MM-DD day" },
);
export type DatedBound = z.infer<typeof DatedBound>;

/** How a group came into (or went out of) a coalition: at its founding, by joining later, or by leaving. */
export const MembershipRole = z.enum(["founder", "joined", "left"]);
export type MembershipRole = z.infer<typeof MembershipRole>;

/** One group's membership of one coalition, from reviewed outside sources. */
export const AllianceMembership = z.object({
  group: z.string().regex(/^[a-z0-9-]+$/),
  role: MembershipRole,
  /** When membership began; null when the sources do not say. */
  start: DatedBound.nullable(),
  /** When it ended (for role "left", the date it left); null while it lasted as far as the sources tell. */
  end: DatedBound.nullable(),
  sources: z.array(z.string()).min(1),
  note: z.string().optional(),
});
export type AllianceMembership = z.infer<typeof AllianceMembership>;

/** A coalition, operations room or absorbing group and its reviewed memberships (data/alliances.json). */
export const Alliance = z.object({
  /** The coalition's id in data/groups.json. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  formed: DatedBound.nullable(),
  dissolved: DatedBound.nullable(),
  memberships: z.array(AllianceMembership).min(1),
  sources: z.array(z.string()).min(1),
  note: z.string().optional(),
});
export type Alliance = z.infer<typeof Alliance>;

export const Alliances = z.object({
  description: z.string(),
  alliances: z.array(Alliance),
});
export type Alliances = z.infer<typeof Alliances>;
