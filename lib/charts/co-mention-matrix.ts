import * as Plot from "@observablehq/plot";
import type { CoMention } from "../analyze/mention-rollups.ts";
import { labelOf } from "../analyze/group-labels.ts";
import { chartDocument } from "./render.ts";
import { themed } from "./theme.ts";

/**
 * Which groups are named in the same articles: a cell per pair with the number of articles naming both; the
 * diagonal (outlined) is the number of articles naming the group at all. Rows and columns in `groupIds` order.
 */
export function coMentionMatrixPlot(
  cells: CoMention[],
  { groupIds, labels, subtitle }: { groupIds?: string[]; labels?: ReadonlyMap<string, string>; subtitle?: string } = {},
): Element {
  const ids = groupIds ?? [...new Set(cells.map((cell) => cell.a))];
  const names = ids.map((id) => labelOf(labels, id));
  const data = cells.map((cell) => ({ ...cell, x: labelOf(labels, cell.b), y: labelOf(labels, cell.a) }));
  const offDiagonal = data.filter((cell) => cell.a !== cell.b);
  const diagonal = data.filter((cell) => cell.a === cell.b);
  const longest = Math.max(8, ...names.map((name) => name.length));
  const side = Math.max(34, Math.min(60, Math.floor(560 / Math.max(ids.length, 1))));
  const margin = Math.min(240, 8 * longest + 12);
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle: subtitle ?? "articles naming both groups; diagonal: articles naming the group",
    width: margin + side * ids.length + 40,
    height: 40 + side * ids.length + margin * 0.75,
    marginLeft: margin,
    marginBottom: margin * 0.75,
    marginTop: 40,
    x: { domain: names, label: null, tickRotate: -40 },
    y: { domain: names, label: null },
    color: { type: "sqrt", scheme: "blues", domain: [0, Math.max(1, ...offDiagonal.map((cell) => cell.articles))] },
    marks: [
      Plot.cell(offDiagonal, {
        x: "x",
        y: "y",
        fill: "articles",
        inset: 1,
        title: (cell: CoMention & { x: string; y: string }) =>
          `${cell.y} and ${cell.x}: named together in ${cell.articles} article${cell.articles === 1 ? "" : "s"}`,
      }),
      Plot.cell(diagonal, { x: "x", y: "y", fill: "white", stroke: "#555555", inset: 2 }),
      Plot.text(data, {
        x: "x",
        y: "y",
        text: (cell: CoMention) => cell.articles === 0 ? "" : String(cell.articles),
        fill: (cell: CoMention) =>
          cell.a !== cell.b && cell.articles > 0.55 * Math.max(1, ...offDiagonal.map((c) => c.articles))
            ? "white"
            : "#1a1a1a",
        fontSize: 12,
      }),
    ],
  }));
}
