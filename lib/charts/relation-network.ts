import * as Plot from "@observablehq/plot";
import type { NetworkEdge, NetworkNode, RelationNetwork } from "../analyze/relation-network.ts";
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
  const labels = network.nodes.map((n) => radialLabel(n, name(n.id)));
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle:
      `${network.nodes.length} groups, ${network.edges.length} edges${options.window ? `, ${options.window}` : ""}; ` +
      `line width grows with the number of sentences`,
    width: 1000,
    height: 980,
    marginLeft: 200,
    marginRight: 200,
    marginTop: 190,
    marginBottom: 190,
    color: { type: "ordinal", domain: legend, range: legendColors, legend: true },
    x: { domain: [-1.05, 1.05], axis: null },
    y: { domain: [-1.05, 1.05], axis: null, reverse: true },
    marks: [
      ...lineMarks,
      Plot.dot(labels, { x: "x", y: "y", r: (n: { degree: number }) => 4 + Math.sqrt(n.degree) * 2, fill: ink }),
      // Names read outward along their radius, so neighbours on the circle never overlap however many there are;
      // Plot's textAnchor is a constant, so each half of the circle gets its own label mark.
      Plot.text(labels.filter((l) => l.anchor === "start"), {
        x: "x",
        y: "y",
        text: "name",
        rotate: "rotate",
        textAnchor: "start",
        fill: ink,
      }),
      Plot.text(labels.filter((l) => l.anchor === "end"), {
        x: "x",
        y: "y",
        text: "name",
        rotate: "rotate",
        textAnchor: "end",
        fill: ink,
      }),
    ],
  }));
}

/** How far outside the circle a name starts, in the circle's radii. */
const LABEL_GAP = 0.045;

/**
 * A node's name placed just outside the circle and turned along its radius: on the right half it reads outward from
 * the node (anchored at its start), on the left half it is turned a half circle more so it still reads left to right
 * (anchored at its end). The y axis points down, so a node's angle is also the screen's clockwise rotation.
 */
export function radialLabel(node: NetworkNode, name: string): {
  x: number;
  y: number;
  name: string;
  rotate: number;
  anchor: "start" | "end";
} {
  const angle = (Math.atan2(node.y, node.x) * 180) / Math.PI;
  const right = node.x >= -1e-9;
  return {
    x: node.x * (1 + LABEL_GAP),
    y: node.y * (1 + LABEL_GAP),
    name,
    rotate: right ? angle : angle - 180,
    anchor: right ? "start" : "end",
  };
}
