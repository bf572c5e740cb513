import { z } from "zod";

/** The order of a numeric date's first two parts: day first (03/04 = 3 April) or month first (4 March). */
export const DateOrder = z.enum(["DMY", "MDY"]);
export type DateOrder = z.infer<typeof DateOrder>;

/** One outlet's numeric-date convention (data/outlets.json), with why and where it was seen. */
export const OutletConvention = z.object({
  names: z.array(z.string().min(1)).min(1),
  locale: z.string().min(2),
  dateOrder: DateOrder,
  why: z.string().min(1),
  sources: z.array(z.string()).min(1),
});
export type OutletConvention = z.infer<typeof OutletConvention>;

export const Outlets = z.object({ description: z.string(), outlets: z.array(OutletConvention) });
export type Outlets = z.infer<typeof Outlets>;

/** An outlet name as compared: lower case, without a leading "The" or a bracketed note ("France 24 (AFP copy)"). */
function outletKey(name: string): string {
  return name.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/^\s*the\s+/, "").replace(/\s+/g, " ")
    .trim();
}

/** The convention of the outlet named `name`, or null when the reviewed list does not know it. */
export function outletConvention(outlets: OutletConvention[], name: string | null): OutletConvention | null {
  if (!name) return null;
  const key = outletKey(name);
  return outlets.find((outlet) => outlet.names.some((known) => outletKey(known) === key)) ?? null;
}
