import * as Plot from "@observablehq/plot";
import type { GroupCount } from "../analyze/mention-rollups.ts";
import { labelOf } from "../analyze/group-labels.ts";
import { isUnreviewed } from "../analyze/group-kinds.ts";
import { chartDocument } from "./render.ts";
import { groupColor, themed } from "./theme.ts";

/**
 * The most mentioned groups as labelled horizontal bars, each with its mention and article count; a discovered,
 * unreviewed group (`new:<slug>`) is an outlined bar. Shows the top
 * `limit`; the subtitle says how many more groups there are.
 */
export function topGroupsPlot(
  counts: GroupCount[],
  { limit = 15, labels, subtitle }: { limit?: number; labels?: ReadonlyMap<string, string>; subtitle?: string } = {},
): Element {
  const shown = counts.slice(0, limit).map((count) => ({ ...count, label: labelOf(labels, count.groupId) }));
  const rest = counts.length - shown.length;
  const longest = Math.max(10, ...shown.map((row) => row.label.length));
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle: subtitle ??
      `Top ${shown.length} of ${plural(counts.length, "group")}${rest > 0 ? ` (${rest} more not shown)` : ""}`,
    marginLeft: Math.min(260, 8.5 * longest + 12),
    marginRight: 170,
    height: 50 + 30 * Math.max(shown.length, 1),
    x: { label: "mentions", grid: true, nice: true },
    y: { domain: shown.map((row) => row.label), label: null },
    marks: [
      Plot.barX(shown, {
        x: "mentions",
        y: "label",
        // A discovered, unreviewed group is outlined, not filled.
        fill: (row: GroupCount) => isUnreviewed(row.groupId) ? "white" : groupColor(row.groupId),
        stroke: (row: GroupCount) => groupColor(row.groupId),
        strokeWidth: 2,
        insetTop: 4,
        insetBottom: 4,
        title: (row: GroupCount & { label: string }) =>
          `${row.label} (${row.groupId})\n${plural(row.mentions, "mention")} in ${plural(row.articles, "article")}`,
      }),
      Plot.text(shown, {
        x: "mentions",
        y: "label",
        text: (row: GroupCount) => `${row.mentions} · ${plural(row.articles, "article")}`,
        textAnchor: "start",
        dx: 6,
        fontSize: 13,
      }),
      Plot.ruleX([0]),
    ],
  }));
}
