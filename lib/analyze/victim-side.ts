import type { Figure } from "../records/mod.ts";

const COMBATANTS = new Set(["fighters", "soldiers"]);
const CIVILIANS = new Set(["civilians", "children", "women", "families", "members of a family"]);

/** Whom a figure counts (`who`), as a side: combatants or civilians; null for people, men or nobody named. */
export const sideOf = (figure: Pick<Figure, "who">): "combatants" | "civilians" | null =>
  figure.who && COMBATANTS.has(figure.who)
    ? "combatants"
    : figure.who && CIVILIANS.has(figure.who)
    ? "civilians"
    : null;
