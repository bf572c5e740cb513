import { groupPalette, ink } from "./theme.ts";

/** The roles a membership cell can show, in legend order, and their fixed colours (dark and light alternate). */
export const MEMBERSHIP_ROLES = ["founder", "joined", "member", "affiliate", "left"] as const;

const ROLE_COLORS: Record<string, string> = {
  founder: groupPalette[0], // dark blue
  joined: groupPalette[3], // light sky blue
  member: groupPalette[4], // dark green
  affiliate: groupPalette[7], // light olive
  left: groupPalette[11], // light grey
};

/** Plot `color` scale options for membership roles. */
export function roleColorScale(extra: Record<string, unknown> = {}) {
  return {
    type: "ordinal" as const,
    domain: [...MEMBERSHIP_ROLES],
    range: MEMBERSHIP_ROLES.map((role) => ROLE_COLORS[role]),
    ...extra,
  };
}

/** Text colour readable on a role's fill. */
export function roleTextColor(role: string): string {
  return role === "founder" || role === "member" ? "white" : ink;
}
