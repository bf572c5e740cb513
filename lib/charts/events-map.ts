import * as Plot from "@observablehq/plot";
import type { CasualtyEvent } from "../records/mod.ts";
import { chartDocument } from "./render.ts";
import { ink, mutedInk, singleSeriesColor, themed } from "./theme.ts";
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
// clockwise, as d3-geo reads a polygon's inside on the sphere
const FRAME = {
  type: "Polygon",
  coordinates: [[[35.4, 32.1], [35.4, 37.6], [42.6, 37.6], [42.6, 32.1], [35.4, 32.1]]],
};

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
  // Damascus, a city governorate, sits inside Rif Dimashq's label; Quneitra's centre is just west of it
  const governorates = (options.governorates ?? []).filter((g) =>
    g.lat !== undefined && g.lon !== undefined && g.name !== "Damascus"
  );
  const west = governorates.filter((g) => g.name === "Quneitra");
  const labelled = governorates.filter((g) => g.name !== "Quneitra");
  return Plot.plot(themed({
    document: chartDocument(),
    height: 620,
    projection: { type: "mercator", domain: FRAME, inset: 4 },
    color: { legend: true, domain: [WRITTEN, IMPLICIT], range: [singleSeriesColor, "#b2283b"] },
    r: { range: [0, 26] },
    marks: [
      Plot.geo(outline.neighbours, { fill: "#f1f1f1", stroke: "#b3b3b3", strokeWidth: 0.8 }),
      Plot.geo([outline.syria], { fill: "#fcfcfc", stroke: ink, strokeWidth: 1.4 }),
      Plot.text(labelled, {
        x: "lon",
        y: "lat",
        text: "name",
        fontSize: 12,
        fill: mutedInk,
        stroke: "white",
        strokeWidth: 3,
        dy: 14,
      }),
      Plot.text(west, {
        x: "lon",
        y: "lat",
        text: "name",
        fontSize: 12,
        fill: mutedInk,
        stroke: "white",
        strokeWidth: 3,
        textAnchor: "end",
        dx: -6,
        dy: 14,
      }),
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
    ],
  }));
}
