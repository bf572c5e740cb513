import * as Plot from "@observablehq/plot";
import type { Relation } from "../records/mod.ts";
import { chartDocument } from "./render.ts";
import { wrapText } from "./render-compose.ts";
import { ink, mutedInk, themed } from "./theme.ts";

export type RelationEvidencePlotOptions = {
  names?: Map<string, string>;
  /** Article titles by id, shown under each quote. */
  titles?: Map<string, string | null>;
  /** At most this many quotes (oldest first). */
  limit?: number;
};

const LINE = 16;

/**
 * The evidence table: one row per quoted passage — its date (and whether the sentence or the article dates it), the
 * relations read from it in words, the quote itself, and its article and sentence number.
 */
export function relationEvidencePlot(relations: Relation[], options: RelationEvidencePlotOptions = {}): Element {
  const name = (id: string) => options.names?.get(id) ?? id;
  const byQuote = new Map<string, Relation[]>();
  const sorted = [...relations].sort((a, b) =>
    (a.date.value ?? "9999").localeCompare(b.date.value ?? "9999") || a.articleId.localeCompare(b.articleId) ||
    a.start - b.start || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject)
  );
  for (const r of sorted) {
    const key = `${r.articleId}|${r.start}|${r.end}`;
    byQuote.set(key, [...(byQuote.get(key) ?? []), r]);
  }
  const passages = [...byQuote.values()].slice(0, options.limit ?? 20);
  // One text element per line: the briefing's composer measures each <text> as one line.
  type Line = { x: number; y: number; text: string; style: "when" | "relation" | "quote" | "source" };
  const lines: Line[] = [];
  const rules: number[] = [];
  let y = 0;
  for (const group of passages) {
    const r = group[0];
    rules.push(y);
    const left: Line[] = [
      { x: 0, y, text: `${r.date.value ?? "undated"} (dated by the ${r.date.from})`, style: "when" },
      ...group.flatMap((g) => wrapText(`${name(g.subject)} — ${g.type} — ${name(g.object)}`, 12, 270))
        .map((text, i) => ({ x: 0, y: y + LINE * (i + 1), text, style: "relation" as const })),
    ];
    const quote = wrapText(`“${r.quote}”`, 12, 700).slice(0, 6);
    const source = `${options.titles?.get(r.articleId) ?? r.articleId} · sentence ${r.sentenceIndex} · confidence ${
      Math.max(...group.map((g) => g.confidence))
    }`;
    const right: Line[] = [...quote, source].map((text, i) => ({
      x: 0.32,
      y: y + LINE * i,
      text,
      style: i < quote.length ? "quote" as const : "source" as const,
    }));
    lines.push(...left, ...right);
    y += LINE * Math.max(left.length, right.length) + 14;
  }
  const height = y + 50;
  const of = (style: Line["style"]) => lines.filter((line) => line.style === style);
  const textOf = (style: Line["style"], look: { fill: string; fontSize: number; fontWeight?: string }) =>
    Plot.text(of(style), { x: "x", y: "y", text: "text", textAnchor: "start", lineAnchor: "top", ...look });
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle: `${passages.length} of ${byQuote.size} quoted passages (${relations.length} relations), oldest first`,
    width: 1100,
    height,
    marginLeft: 10,
    marginRight: 10,
    marginTop: 40,
    marginBottom: 10,
    x: { domain: [0, 1], axis: null },
    y: { domain: [0, y], range: [40, height - 10], axis: null },
    marks: [
      Plot.ruleY(rules, { y: (d: number) => d, dy: -6, stroke: "#e0e0e0" }),
      textOf("when", { fill: mutedInk, fontSize: 12 }),
      textOf("relation", { fontWeight: "bold", fill: ink, fontSize: 12 }),
      textOf("quote", { fill: ink, fontSize: 12 }),
      textOf("source", { fill: mutedInk, fontSize: 11 }),
    ],
  }));
}
