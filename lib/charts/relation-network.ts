import * as Plot from "@observablehq/plot";
import type { NetworkEdge, RelationNetwork } from "../analyze/relation-network.ts";
import { chartDocument } from "./render.ts";
import { groupPalette, ink, themed } from "./theme.ts";

/** How each relation type is drawn: colour and dash, so types stay apart in greyscale too. */
export const EDGE_STYLES: Record<string, { stroke: string; dash: string; label: string }> = {
  ally: { stroke: groupPalette[4], dash: "none", label: "ally (solid green)" },
  member: { stroke: groupPalette[0], dash: "none", label: "member / joined (solid blue)" },
  joined: { stroke: groupPalette[0], dash: "none", label: "member / joined (solid blue)" },
  merger: { stroke: groupPalette[6], dash: "none", label: "merger (thick purple)" },
  affiliate: { stroke: groupPalette[8], dash: "2,3", label: "affiliate (dotted brown)" },
  rival: { stroke: groupPalette[2], dash: "8,4", label: "rival (dashed red)" },
  clash: { stroke: groupPalette[2], dash: "none", label: "clash (solid red)" },
  split: { stroke: groupPalette[1], dash: "2,3", label: "split / left (dotted orange)" },
  left: { stroke: groupPalette[1], dash: "2,3", label: "split / left (dotted orange)" },
};

export type RelationNetworkPlotOptions = {
  names?: Map<string, string>;
  /** Shown in the subtitle, e.g. "2015–2017". */
  window?: string;
};

/**
 * The relation network on a circle: nodes are groups, one edge per relation type and pair, styled by type (colour
 * and dash), width by how many sentences state it; parallel edges of different types between one pair are bent
 * apart so each stays visible.
 */
export function relationNetworkPlot(network: RelationNetwork, options: RelationNetworkPlotOptions = {}): Element {
  const name = (id: string) => options.names?.get(id) ?? id;
  const at = new Map(network.nodes.map((n) => [n.id, n]));
  const pairIndex = new Map<string, number>();
  const segments = network.edges.map((edge: NetworkEdge) => {
    const pair = [edge.source, edge.target].sort().join("|");
    const index = pairIndex.get(pair) ?? 0;
    pairIndex.set(pair, index + 1);
    const a = at.get(edge.source)!;
    const b = at.get(edge.target)!;
    // Bend the k-th edge of a pair by a growing offset perpendicular to the chord, alternating sides.
    const offset = index === 0 ? 0 : (index % 2 ? 1 : -1) * 0.12 * Math.ceil(index / 2);
    const mx = (a.x + b.x) / 2 - (b.y - a.y) * offset;
    const my = (a.y + b.y) / 2 + (b.x - a.x) * offset;
    const points = [0, 0.25, 0.5, 0.75, 1].map((t) => ({
      x: (1 - t) ** 2 * a.x + 2 * (1 - t) * t * mx + t ** 2 * b.x,
      y: (1 - t) ** 2 * a.y + 2 * (1 - t) * t * my + t ** 2 * b.y,
    }));
    return { edge, points };
  });
  const types = [...new Set(network.edges.map((e) => e.type))];
  const lineMarks = types.map((type) => {
    const style = EDGE_STYLES[type];
    const data = segments.filter((s) => s.edge.type === type).flatMap((s, i) =>
      s.points.map((p) => ({ ...p, id: `${type}-${i}`, count: s.edge.count, edge: s.edge }))
    );
    return Plot.line(data, {
      x: "x",
      y: "y",
      z: "id",
      stroke: () => style.label,
      strokeDasharray: style.dash,
      strokeWidth: (d: { count: number }) => (type === "merger" ? 4 : 1.5) + Math.min(4, d.count - 1),
      strokeOpacity: 0.85,
      curve: "natural",
      title: (d: { edge: NetworkEdge }) =>
        `${name(d.edge.source)} — ${d.edge.type} — ${name(d.edge.target)}: ${d.edge.count} sentence(s)` +
        `${d.edge.first ? `, ${d.edge.first}${d.edge.last !== d.edge.first ? `–${d.edge.last}` : ""}` : ""}`,
    });
  });
  const legend = [...new Set(types.map((t) => EDGE_STYLES[t].label))].sort();
  const legendColors = legend.map((label) => Object.values(EDGE_STYLES).find((s) => s.label === label)!.stroke);
  const labels = network.nodes.map((n) => ({ ...n, name: name(n.id) }));
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle:
      `${network.nodes.length} groups, ${network.edges.length} edges${options.window ? `, ${options.window}` : ""}; ` +
      `line width grows with the number of sentences`,
    width: 1000,
    height: 700,
    marginLeft: 230,
    marginRight: 230,
    marginTop: 80,
    marginBottom: 80,
    color: { type: "ordinal", domain: legend, range: legendColors, legend: true },
    x: { domain: [-1.05, 1.05], axis: null },
    y: { domain: [-1.05, 1.05], axis: null, reverse: true },
    marks: [
      ...lineMarks,
      Plot.dot(labels, { x: "x", y: "y", r: (n: { degree: number }) => 4 + Math.sqrt(n.degree) * 2, fill: ink }),
      // Plot's dx and textAnchor are constants, so each side of the circle gets its own label mark.
      Plot.text(labels.filter((n) => n.x > 0.15), {
        x: "x",
        y: "y",
        text: "name",
        dx: 10,
        textAnchor: "start",
        fill: ink,
      }),
      Plot.text(labels.filter((n) => n.x < -0.15), {
        x: "x",
        y: "y",
        text: "name",
        dx: -10,
        textAnchor: "end",
        fill: ink,
      }),
      Plot.text(labels.filter((n) => Math.abs(n.x) <= 0.15 && n.y <= 0), {
        x: "x",
        y: "y",
        text: "name",
        dy: -16,
        fill: ink,
      }),
      Plot.text(labels.filter((n) => Math.abs(n.x) <= 0.15 && n.y > 0), {
        x: "x",
        y: "y",
        text: "name",
        dy: 16,
        fill: ink,
      }),
    ],
  }));
}
