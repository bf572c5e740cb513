import * as Plot from "@observablehq/plot";
// @ts-types="npm:@types/d3-array@3.2.2"
import { max, min } from "d3-array";
import type { FigureRow } from "../analyze/figure-rows.ts";
import { FigureKind } from "../records/mod.ts";
import { chartDocument } from "./render.ts";
import { categoryColorScale, mutedInk, themed } from "./theme.ts";

/** How a figure was stated, as the legend names it (colour), in legend order. */
const STATED = [
  "exact",
  "about",
  "at least / more than",
  "vague word (conventional floor)",
  "range",
  "up to",
  "implicit count ('a civilian')",
] as const;
type Stated = typeof STATED[number];

function stated(row: FigureRow): Stated {
  // a count resting on "a"/"an" is never drawn as if a number were written
  if (row.figure.implicit) return "implicit count ('a civilian')";
  switch (row.figure.qualifier) {
    case "exact":
      return "exact";
    case "about":
      return "about";
    case "between":
      return "range";
    case "vague":
      return "vague word (conventional floor)";
    case "up_to":
      return "up to";
    default:
      return "at least / more than";
  }
}

/** 1, 10, 100 ... within [from, to]. */
function decades(from: number, to: number): number[] {
  const ticks: number[] = [];
  for (let tick = Math.pow(10, Math.ceil(Math.log10(from))); tick <= to; tick *= 10) ticks.push(tick);
  return ticks;
}

export type FiguresTimelineOptions = {
  /** Write each figure's label beside its mark when there are at most this many (default 30). */
  labelsUpTo?: number;
  /** Force a log or linear value axis; by default log when the values span two orders of magnitude or more. */
  log?: boolean;
  /** Height of one facet in px (default 100, or 110 when labels are written). */
  facetHeight?: number;
  /** Only these kinds (default all). */
  kinds?: readonly string[];
};

/**
 * Every figure on its article's publication date, drawn as what it is: a range as a bar from low to high, an open
 * floor ("at least", "more than", a vague word) as an arrow pointing up from its floor, an "up to" as an arrow down
 * from its ceiling, an exact figure as a filled dot and an "about" as a ring. One facet per kind and scope, so a
 * war total never sits beside one event's toll. Each mark's title holds the label, the sentence and the article.
 */
export function figuresTimelinePlot(rows: FigureRow[], options: FiguresTimelineOptions = {}): Element {
  const shown = options.kinds ? rows.filter((row) => options.kinds!.includes(row.kind)) : rows;
  const data = shown.filter((row) => row.date !== null && row.y > 0).map((row) => ({ ...row, stated: stated(row) }));
  const undated = shown.length - data.length;
  const kindOrder = FigureKind.options as readonly string[];
  const facets = [...new Set(data.map((row) => row.facet))].sort((a, b) => {
    const [ka, sa] = a.split(" · ");
    const [kb, sb] = b.split(" · ");
    return kindOrder.indexOf(ka) - kindOrder.indexOf(kb) || (sa === sb ? 0 : sa === "event" ? -1 : 1);
  });
  const low = min(data, (row) => row.y) ?? 1;
  const high = max(data, (row) => row.y2 ?? row.y) ?? 1;
  const log = options.log ?? high / low >= 100;
  const labelled = data.length <= (options.labelsUpTo ?? 30);
  const facetHeight = options.facetHeight ?? (labelled ? 110 : 100);
  const domain = log ? [Math.max(1, low / 3), high * 8] : [0, high * 1.2];
  // an arrow has the same drawn length everywhere: a fixed share of the value axis
  const step = log ? Math.pow(domain[1] / domain[0], 0.14) : 0.12 * domain[1];
  const up = (y: number) => (log ? y * step : y + step);
  const down = (y: number) => (log ? y / step : Math.max(0, y - step));
  const dates = data.map((row) => row.date!.getTime());
  const middle = ((min(dates) ?? 0) + (max(dates) ?? 0)) / 2;
  const floors = data.filter((row) => row.shape === "floor");
  const ceilings = data.filter((row) => row.shape === "ceiling");
  const ranges = data.filter((row) => row.shape === "range");
  const points = data.filter((row) => row.shape === "point");
  const common = { x: "date", fy: "facet", title: "title", stroke: "stated" } as const;
  const subtitle = `${data.length} figure${data.length === 1 ? "" : "s"} by publication date` +
    (undated ? `; ${undated} in undated articles not shown` : "") +
    (log ? "; log scale" : "") + "; hover a mark for its sentence";
  const text = (anchorRight: boolean) =>
    Plot.text(data.filter((row) => (row.date!.getTime() > middle) === anchorRight), {
      x: "date",
      y: (row: FigureRow) => row.y2 ? Math.sqrt(row.y * row.y2) : row.y,
      fy: "facet",
      text: "label",
      textAnchor: anchorRight ? "end" : "start",
      dx: anchorRight ? -10 : 10,
      fontSize: 12,
      fill: mutedInk,
      lineWidth: 30,
    });
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle,
    height: 70 + facetHeight * Math.max(1, facets.length),
    marginLeft: 170,
    marginRight: 24,
    x: { type: "utc", label: "article publication date", grid: true, inset: labelled ? 40 : 10 },
    y: {
      type: log ? "log" : "linear",
      label: "people",
      grid: true,
      // powers of ten only: Plot's minor log ticks crowd a facet this short
      ticks: log ? decades(domain[0], domain[1]) : 4,
      tickFormat: (d: number) => (d >= 1e6 ? `${d / 1e6}M` : d >= 1000 ? `${d / 1000}k` : `${d}`),
      domain,
    },
    fy: { domain: facets, axis: null, padding: 0.2 },
    color: categoryColorScale(STATED, { legend: true }),
    marks: [
      Plot.frame({ stroke: "#dddddd" }),
      // facet names left of the value axis, where no mark can hide them
      Plot.text(facets, {
        fy: (d: string) => d,
        text: (d: string) => d.replace(" · ", "\n"),
        frameAnchor: "left",
        textAnchor: "end",
        dx: -52,
        fontWeight: "bold",
        fontSize: 14,
      }),
      Plot.ruleX(ranges, { ...common, y1: "y", y2: "y2", strokeWidth: 5 }),
      // caps at both ends: a narrow range still reads as a bar from low to high
      Plot.dot(ranges, { ...common, y: "y", symbol: "square", r: 2.5, fill: "stated" }),
      Plot.dot(ranges, { ...common, y: "y2", symbol: "square", r: 2.5, fill: "stated" }),
      ...[false, true].map((vague) =>
        Plot.arrow(floors.filter((row) => row.stated.startsWith("vague") === vague), {
          ...common,
          x1: "date",
          x2: "date",
          y1: "y",
          y2: (row: FigureRow) => up(row.y),
          headLength: 7,
          strokeWidth: 2,
          strokeOpacity: labelled ? 1 : 0.6,
          // a vague word's floor is a convention, not a number the text gives: dashed
          strokeDasharray: vague ? "3,2" : undefined,
        })
      ),
      Plot.dot(floors, { ...common, y: "y", r: 2.5, fill: "stated" }),
      Plot.arrow(ceilings, {
        ...common,
        x1: "date",
        x2: "date",
        y1: "y",
        y2: (row: FigureRow) => down(row.y),
        headLength: 7,
        strokeWidth: 2,
      }),
      Plot.dot(points.filter((row) => row.stated === "exact"), {
        ...common,
        y: "y",
        r: labelled ? 4 : 3,
        fill: "stated",
        fillOpacity: labelled ? 1 : 0.45,
      }),
      Plot.dot(points.filter((row) => row.stated === "about"), {
        ...common,
        y: "y",
        r: 4,
        fill: "white",
        strokeWidth: 1.5,
      }),
      ...(labelled ? [text(false), text(true)] : []),
    ],
  }));
}
