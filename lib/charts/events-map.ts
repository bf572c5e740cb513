import * as Plot from "@observablehq/plot";
import type { CasualtyEvent } from "../records/mod.ts";
import { chartDocument } from "./render.ts";
import { chartWidth, ink, mutedInk, singleSeriesColor, themed } from "./theme.ts";
import { fittedMercator, labelOffsets } from "./map-labels.ts";
import { type OutlineFeature, syriaOutline } from "./syria-outline.ts";

export type EventsMapOptions = {
  /** Only events of these kinds (default killed). */
  kinds?: readonly string[];
  /** Governorate names to write at their centres. */
  governorates?: { name: string; lat?: number; lon?: number }[];
  /** Country outlines (default Natural Earth's, `syriaOutline()`). */
  outline?: { syria: OutlineFeature; neighbours: OutlineFeature[] };
};

const WRITTEN = "written numbers";
const IMPLICIT = "implicit counts only ('a civilian was killed')";

/** How far around Syria the map reaches, in degrees (border towns lie up to 30 km out). */
const BOUNDS = { west: 35.4, east: 42.6, south: 32.1, north: 37.6 };
// clockwise, as d3-geo reads a polygon's inside on the sphere
const FRAME = {
  type: "Polygon",
  coordinates: [[
    [BOUNDS.west, BOUNDS.south],
    [BOUNDS.west, BOUNDS.north],
    [BOUNDS.east, BOUNDS.north],
    [BOUNDS.east, BOUNDS.south],
    [BOUNDS.west, BOUNDS.south],
  ]],
};
const HEIGHT = 620;
const MARGIN = { top: 32, right: 32, bottom: 44, left: 56 };
const INSET = 4;
const MAX_RADIUS = 26;
const LABEL_SIZE = 12;

/**
 * Where reconciled events happened: each located event a dot at its place with area by its best estimate, events
 * resting only on implicit counts in their own colour, over Natural Earth's outline of Syria and its neighbours with
 * the governorates' names. Events without coordinates (unplaced, or "Syria" as a whole) are not drawn; the caption
 * should say how many.
 */
export function eventsMapPlot(events: CasualtyEvent[], options: EventsMapOptions = {}): Element {
  const kinds = options.kinds ?? ["killed"];
  const outline = options.outline ?? syriaOutline();
  const located = events.filter((e) => kinds.includes(e.kind) && e.coordinates !== null && e.best > 0)
    .map((e) => ({ ...e, lon: e.coordinates!.lon, lat: e.coordinates!.lat, stated: e.implicit ? IMPLICIT : WRITTEN }))
    // the largest first, so small dots stay visible on top
    .sort((a, b) => b.best - a.best || a.id.localeCompare(b.id));
  const title = (e: (typeof located)[number]) =>
    `${e.place ?? "?"} (${e.governorate ?? "?"}), ${e.date.value ?? "undated"}\n${e.kind}: best ${e.best} ` +
    `(low ${e.low}, high ${e.high})\n${e.reports.length} reports in ${e.articleIds.length} articles`;
  // Damascus, a city governorate, sits inside Rif Dimashq's label
  const governorates = (options.governorates ?? []).filter((g) =>
    g.lat !== undefined && g.lon !== undefined && g.name !== "Damascus"
  );
  // each name is written where it covers the fewest dots and earlier names (`labelOffsets`), on top of the dots
  const project = fittedMercator(BOUNDS, { width: chartWidth, height: HEIGHT, margin: MARGIN }, INSET);
  const most = Math.max(0, ...located.map((e) => e.best));
  const dots = located.map((e) => ({ ...project(e.lon, e.lat), r: MAX_RADIUS * Math.sqrt(e.best / most) + 1 }));
  const offsets = labelOffsets(
    governorates.map((g) => ({ text: g.name, at: project(g.lon!, g.lat!) })),
    dots,
    LABEL_SIZE,
  );
  const labels = governorates.map((g, i) =>
    Plot.text([g], {
      x: "lon",
      y: "lat",
      text: "name",
      fontSize: LABEL_SIZE,
      fontWeight: "bold",
      fill: mutedInk,
      stroke: "white",
      strokeWidth: 3.5,
      ...offsets[i],
    })
  );
  return Plot.plot(themed({
    document: chartDocument(),
    height: HEIGHT,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    projection: { type: "mercator", domain: FRAME, inset: INSET },
    color: { legend: true, domain: [WRITTEN, IMPLICIT], range: [singleSeriesColor, "#b2283b"] },
    r: { range: [0, MAX_RADIUS] },
    marks: [
      Plot.geo(outline.neighbours, { fill: "#f1f1f1", stroke: "#b3b3b3", strokeWidth: 0.8 }),
      Plot.geo([outline.syria], { fill: "#fcfcfc", stroke: ink, strokeWidth: 1.4 }),
      Plot.dot(located, {
        x: "lon",
        y: "lat",
        r: "best",
        fill: "stated",
        fillOpacity: 0.45,
        stroke: "stated",
        strokeWidth: 1,
        title,
      }),
      ...labels,
    ],
  }));
}
