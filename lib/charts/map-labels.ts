/** A point of the map in pixels. */
export type MapPoint = { x: number; y: number };

/** Where a label is written relative to its point: Plot's `dx`, `dy` and `textAnchor`. */
export type LabelOffset = { dx: number; dy: number; textAnchor: "start" | "middle" | "end" };

/** A dot on the map in pixels, with its radius. */
export type MapDot = MapPoint & { r: number };

/**
 * A Mercator projection of `frame` (longitude and latitude bounds) fitted into a `width` × `height` plot inside its
 * margins and inset, centred, as Plot fits a `projection.domain`: close enough to tell which labels a dot covers.
 */
export function fittedMercator(
  frame: { west: number; east: number; south: number; north: number },
  plot: { width: number; height: number; margin: { top: number; right: number; bottom: number; left: number } },
  inset = 0,
): (lon: number, lat: number) => MapPoint {
  const radians = Math.PI / 180;
  const mx = (lon: number) => lon * radians;
  const my = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * radians) / 2));
  const [x0, x1, y0, y1] = [mx(frame.west), mx(frame.east), my(frame.south), my(frame.north)];
  const width = plot.width - plot.margin.left - plot.margin.right - 2 * inset;
  const height = plot.height - plot.margin.top - plot.margin.bottom - 2 * inset;
  const k = Math.min(width / (x1 - x0), height / (y1 - y0));
  const left = plot.margin.left + inset + (width - k * (x1 - x0)) / 2;
  const top = plot.margin.top + inset + (height - k * (y1 - y0)) / 2;
  return (lon, lat) => ({ x: left + k * (mx(lon) - x0), y: top + k * (y1 - my(lat)) });
}

/** Offsets tried for a label, nearest first: below, above, right, left, then further out. */
const CANDIDATES: LabelOffset[] = [0, 1, 2, 3].flatMap((ring) => {
  const step = 16 * ring;
  return [
    { dx: 0, dy: 14 + step, textAnchor: "middle" as const },
    { dx: 0, dy: -14 - step, textAnchor: "middle" as const },
    { dx: 8 + 2 * step, dy: 0, textAnchor: "start" as const },
    { dx: -8 - 2 * step, dy: 0, textAnchor: "end" as const },
  ];
});

type Box = { left: number; right: number; top: number; bottom: number };

/** The box a label of `text` covers at `at` with `offset`, for a font of `fontSize` px (DejaVu Sans averages 0.6em). */
function labelBox(text: string, at: MapPoint, offset: LabelOffset, fontSize: number): Box {
  const width = text.length * fontSize * 0.6;
  const x = at.x + offset.dx;
  const left = offset.textAnchor === "start" ? x : offset.textAnchor === "end" ? x - width : x - width / 2;
  const y = at.y + offset.dy;
  return { left, right: left + width, top: y - fontSize / 2, bottom: y + fontSize / 2 };
}

/** How much of `box` lies under the dots or other labels: the share of a grid of sample points it holds. */
function covered(box: Box, dots: MapDot[], labels: Box[]): number {
  let hit = 0;
  const [nx, ny] = [12, 4];
  for (let i = 0; i <= nx; i++) {
    for (let j = 0; j <= ny; j++) {
      const x = box.left + ((box.right - box.left) * i) / nx;
      const y = box.top + ((box.bottom - box.top) * j) / ny;
      const under = dots.some((d) => (x - d.x) ** 2 + (y - d.y) ** 2 <= d.r ** 2) ||
        labels.some((l) => x >= l.left && x <= l.right && y >= l.top && y <= l.bottom);
      if (under) hit += 1;
    }
  }
  return hit / ((nx + 1) * (ny + 1));
}

/**
 * Where to write each label so that it lies off the dots and off the labels placed before it: of the offsets below,
 * above, right and left of its point, ring by ring outwards, the one it least overlaps (the nearest among equals).
 * Labels are placed in the order given; a label no offset frees stays where it overlaps least (its halo keeps it
 * legible).
 */
export function labelOffsets(
  labels: { text: string; at: MapPoint }[],
  dots: MapDot[],
  fontSize = 12,
): LabelOffset[] {
  const placed: Box[] = [];
  return labels.map(({ text, at }) => {
    let best = CANDIDATES[0];
    let bestCost = Infinity;
    for (const [rank, offset] of CANDIDATES.entries()) {
      const cost = covered(labelBox(text, at, offset, fontSize), dots, placed) + rank * 0.01;
      if (cost < bestCost) [best, bestCost] = [offset, cost];
    }
    placed.push(labelBox(text, at, best, fontSize));
    return best;
  });
}
