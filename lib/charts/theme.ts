/**
 * The one chart theme of the project: every chart in the notebooks and the briefing goes through it, so a slide deck
 * built from several charts reads as one piece.
 *
 * How to use it in a chart file (lib/charts/<name>.ts):
 *
 *   import * as Plot from "@observablehq/plot";
 *   import { chartDocument } from "./render.ts";
 *   import { groupColorScale, groupSymbolScale, themed } from "./theme.ts";
 *
 *   return Plot.plot(themed({
 *     document: chartDocument(),
 *     color: groupColorScale(groupIds),   // each group keeps its colour in every chart
 *     symbol: groupSymbolScale(groupIds), // optional: a shape per group, readable in greyscale
 *     marks: [Plot.dot(rows, { x: "date", y: "count", fill: "groupId", symbol: "groupId" })],
 *   }));
 *
 * - `themed(options)` fills in type sizes legible on a slide (14px ticks and labels), the font the PNG renderer embeds
 *   (DejaVu Sans), a white background and a slide-friendly width. Anything the chart sets itself wins.
 * - `groupColor(groupId)` / `groupColorScale(groupIds)`: a group's colour is fixed by its id, not by its rank in one
 *   chart. Known ids take the palette in order; other ids hash into it, so they are stable too.
 * - `categoryColorScale(domain)`: the same palette for categories that are not groups (figure kinds, relation types).
 * - The palette alternates dark and light colours of distinct hues, so neighbouring entries stay apart in greyscale
 *   print; for more than a few groups add the symbol (dots) or a direct text label as a second cue.
 * - Chart titles, takeaways and captions are set by the briefing (ReportChart) or Plot's `title`/`subtitle`/`caption`;
 *   `svgString` in render.ts draws them at `typeScale.title`/`subtitle`/`caption` in the standalone SVG and PNG.
 */
import type { PlotOptions } from "@observablehq/plot";

/** Font stack: DejaVu Sans is the font resvg embeds in PNGs, so SVG, PNG and page agree on text width. */
export const chartFont = "DejaVu Sans, Verdana, sans-serif";

/** Type sizes in px, chosen to stay legible when a 800px-wide chart fills a slide. */
export const typeScale = { tick: 14, title: 20, subtitle: 16, legend: 14, caption: 13 } as const;

/** Text colours: near-black for data text, dark grey for captions (both pass WCAG AA on white). */
export const ink = "#1a1a1a";
export const mutedInk = "#555555";

/** The colour for a chart with one series. */
export const singleSeriesColor = "#1f4e8c";

/** Default chart width in px (a 16:9 slide body at 2x PNG scale). */
export const chartWidth = 800;

/**
 * Group colours. Hues are distinct for colour-blind readers (blue/orange/red/sky/green...), and lightness alternates
 * dark/light (CIE L* roughly 30-45 vs 70-80) so that neighbouring groups stay apart when printed in greyscale.
 */
export const groupPalette: readonly string[] = [
  "#1f4e8c", // dark blue
  "#f2b134", // light orange
  "#b2283b", // dark red
  "#8ecae6", // light sky blue
  "#2a7a4b", // dark green
  "#e5a3c9", // light pink
  "#5b3a8c", // dark purple
  "#c9c94a", // light olive
  "#8a5a2b", // dark brown
  "#6fcfb0", // light teal
  "#3d3d3d", // dark grey
  "#b3b3b3", // light grey
];

/** Shapes for groups, in the same order as the palette: a second cue that survives greyscale print. */
export const groupSymbols: readonly string[] = [
  "circle",
  "square",
  "triangle",
  "diamond",
  "cross",
  "star",
  "wye",
  "times",
  "plus",
  "asterisk",
  "hexagon",
  "diamond2",
];

/**
 * Group ids that take the palette in this order (the actors the Syrian corpus names most). The order is fixed so a
 * group's colour never depends on which other groups a chart shows. Ids follow data/groups.json; the other ids there
 * hash into the palette (beyond 12 groups colours repeat, so charts with many groups should label bars directly).
 */
export const knownGroupIds: readonly string[] = [
  "syrian-government",
  "islamic-state",
  "hayat-tahrir-al-sham",
  "free-syrian-army",
  "russia",
  "jabhat-al-nusra",
  "ahrar-al-sham",
  "syrian-democratic-forces",
  "turkey",
  "jaish-al-fatah",
  "al-qaeda",
  "hezbollah",
];

/** A small stable string hash (FNV-1a), so unknown ids get the same slot in every run and chart. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The palette slot of a group id: its place in `knownGroupIds`, else its hash. */
export function groupSlot(groupId: string): number {
  const known = knownGroupIds.indexOf(groupId);
  return known >= 0 ? known % groupPalette.length : stringHash(groupId) % groupPalette.length;
}

/** The colour of `groupId`, the same in every chart. */
export function groupColor(groupId: string): string {
  return groupPalette[groupSlot(groupId)];
}

/** The symbol of `groupId`, the same in every chart. */
export function groupSymbol(groupId: string): string {
  return groupSymbols[groupSlot(groupId)];
}

/** Plot `color` scale options that give each of `groupIds` its own colour (pass `legend: true` etc. via `extra`). */
export function groupColorScale(groupIds: Iterable<string>, extra: Record<string, unknown> = {}) {
  const domain = [...new Set(groupIds)];
  return { type: "ordinal" as const, domain, range: domain.map(groupColor), ...extra };
}

/** Plot `symbol` scale options that give each of `groupIds` its own shape. */
export function groupSymbolScale(groupIds: Iterable<string>, extra: Record<string, unknown> = {}) {
  const domain = [...new Set(groupIds)];
  return { type: "ordinal" as const, domain, range: domain.map(groupSymbol), ...extra };
}

/** Plot `color` scale options for categories that are not groups: the palette in domain order. */
export function categoryColorScale(domain: Iterable<string>, extra: Record<string, unknown> = {}) {
  const values = [...new Set(domain)];
  return {
    type: "ordinal" as const,
    domain: values,
    range: values.map((_, i) => groupPalette[i % groupPalette.length]),
    ...extra,
  };
}

/** `options` with the theme's defaults filled in; whatever `options` sets itself wins. */
export function themed(options: PlotOptions): PlotOptions {
  const style = typeof options.style === "object" && options.style !== null ? options.style : {};
  return {
    width: chartWidth,
    // Plot's default margins fit 10px text; 14px tick labels and axis labels need more room.
    marginTop: 32,
    marginRight: 32,
    marginBottom: 44,
    marginLeft: 56,
    ...options,
    style: {
      fontFamily: chartFont,
      fontSize: `${typeScale.tick}px`,
      color: ink,
      background: "white",
      overflow: "visible",
      ...style,
    },
  };
}
