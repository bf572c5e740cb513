import type { Relation } from "../records/mod.ts";
import { dateInterval } from "../records/date.ts";

/** One edge of the network: every relation of one type between two groups, with the sentences behind it. */
export type NetworkEdge = {
  source: string;
  target: string;
  type: Relation["type"];
  count: number;
  relations: Relation[];
  first: string | null;
  last: string | null;
};

/** A node placed on the circle. */
export type NetworkNode = { id: string; x: number; y: number; degree: number };

export type RelationNetwork = {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Groups and edges left out to keep the `maxNodes` most connected groups (zero when none were). */
  leftOut: { groups: number; edges: number };
};

export type RelationNetworkOptions = {
  /** Keep relations dated on or after this partial date (undated relations are dropped when a window is set). */
  from?: string;
  /** Keep relations dated on or before this partial date. */
  to?: string;
  /** Relation types to keep (default all). */
  types?: Relation["type"][];
  /**
   * Keep only this many groups, the most connected (by relation sentences; ties by id), and the edges between them:
   * a circle of more names than fit is unreadable. Default: every group.
   */
  maxNodes?: number;
};

function inWindow(relation: Relation, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  const value = relation.date.value;
  if (!value) return false;
  const at = dateInterval(value);
  if (from && at.end <= dateInterval(from).start) return false;
  if (to && at.start >= dateInterval(to).end) return false;
  return true;
}

/**
 * Places nodes on a unit circle in an order that keeps neighbours together: breadth-first from the most connected
 * node, heaviest links first, ties by id — deterministic, and fewer crossing edges than alphabetical order.
 */
function circleOrder(ids: string[], edges: NetworkEdge[]): string[] {
  const weight = new Map<string, Map<string, number>>();
  for (const id of ids) weight.set(id, new Map());
  for (const e of edges) {
    weight.get(e.source)!.set(e.target, (weight.get(e.source)!.get(e.target) ?? 0) + e.count);
    weight.get(e.target)!.set(e.source, (weight.get(e.target)!.get(e.source) ?? 0) + e.count);
  }
  const degree = (id: string) => [...weight.get(id)!.values()].reduce((s, n) => s + n, 0);
  const byDegree = [...ids].sort((a, b) => degree(b) - degree(a) || a.localeCompare(b));
  const order: string[] = [];
  const seen = new Set<string>();
  for (const root of byDegree) {
    if (seen.has(root)) continue;
    const queue = [root];
    seen.add(root);
    while (queue.length > 0) {
      const id = queue.shift()!;
      order.push(id);
      const next = [...weight.get(id)!.entries()].filter(([n]) => !seen.has(n))
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      for (const [n] of next) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  // Lay the breadth-first order out from the middle: each next node alternately after and before the ones placed,
  // so the most connected node sits among its neighbours instead of sending all its edges across the circle.
  const ring: string[] = [];
  order.forEach((id, i) => (i % 2 === 0 ? ring.push(id) : ring.unshift(id)));
  return ring;
}

/** Relations as a network of groups: one edge per (type, pair), nodes on a circle, filtered by date and type. */
export function relationNetwork(relations: Relation[], options: RelationNetworkOptions = {}): RelationNetwork {
  const kept = relations.filter((r) =>
    (!options.types || options.types.includes(r.type)) && inWindow(r, options.from, options.to)
  );
  const edges = new Map<string, NetworkEdge>();
  for (const r of kept) {
    const key = `${r.type}|${r.subject}|${r.object}`;
    const edge = edges.get(key) ??
      { source: r.subject, target: r.object, type: r.type, count: 0, relations: [], first: null, last: null };
    edge.count++;
    edge.relations.push(r);
    const value = r.date.value;
    if (value && (!edge.first || value < edge.first)) edge.first = value;
    if (value && (!edge.last || value > edge.last)) edge.last = value;
    edges.set(key, edge);
  }
  let list = [...edges.values()].sort((a, b) =>
    a.type.localeCompare(b.type) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)
  );
  const allIds = [...new Set(list.flatMap((e) => [e.source, e.target]))];
  let leftOut = { groups: 0, edges: 0 };
  if (options.maxNodes !== undefined && allIds.length > options.maxNodes) {
    const weight = new Map<string, number>();
    for (const e of list) {
      weight.set(e.source, (weight.get(e.source) ?? 0) + e.count);
      weight.set(e.target, (weight.get(e.target) ?? 0) + e.count);
    }
    const shown = new Set(
      [...allIds].sort((a, b) => weight.get(b)! - weight.get(a)! || a.localeCompare(b)).slice(0, options.maxNodes),
    );
    const kept = list.filter((e) => shown.has(e.source) && shown.has(e.target));
    leftOut = {
      groups: allIds.length - new Set(kept.flatMap((e) => [e.source, e.target])).size,
      edges: list.length - kept.length,
    };
    list = kept;
  }
  const ids = [...new Set(list.flatMap((e) => [e.source, e.target]))];
  const order = circleOrder(ids, list);
  const degree = new Map<string, number>();
  for (const e of list) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.count);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.count);
  }
  const nodes = order.map((id, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(order.length, 1);
    return { id, x: Math.cos(angle), y: Math.sin(angle), degree: degree.get(id) ?? 0 };
  });
  return { nodes, edges: list, leftOut };
}
