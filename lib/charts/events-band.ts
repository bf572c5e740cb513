import * as Plot from "@observablehq/plot";
import type { EventMonth } from "../analyze/event-months.ts";
import { FigureKind } from "../records/mod.ts";
import { chartDocument } from "./render.ts";
import { chartWidth, mutedInk, singleSeriesColor, themed } from "./theme.ts";

export type EventsBandOptions = {
  /** Only these kinds (default killed, injured, casualties). */
  kinds?: readonly string[];
  /**
   * Write the number of reports above each month when there are at most this many months (default 36); past that,
   * above the eight months with the most reports. Either way a label that would overlap a busier month's is left out.
   */
  countsUpTo?: number;
};

/** The month after "2016-08" ("2016-09"). */
function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * A series with a break after every month whose next month has no value, so a line or band never bridges months
 * without events (a month without a report is unknown, not zero).
 */
function withGaps<T extends EventMonth>(
  rows: T[],
  value: (m: T) => number,
): (T | { date: Date; kind: string; gap: true })[] {
  const out: (T | { date: Date; kind: string; gap: true })[] = [];
  const byKind = new Map<string, T[]>();
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
  for (const series of byKind.values()) {
    series.forEach((row, i) => {
      out.push(row);
      const next = nextMonth(row.month);
      if (series[i + 1]?.month !== next && value(row) >= 0) {
        out.push({ date: new Date(`${next}-01T00:00:00Z`), kind: row.kind, gap: true });
      }
    });
  }
  return out;
}

/** How wide, in px, a count label ("254") and the space around it are. */
const LABEL_PX = 30;

/**
 * The months whose report counts fit without overlapping: per kind, months by most reports first (ties by date), each
 * kept only where no kept label of its kind lies within `minGapMs`, up to `n` per kind.
 */
export function spacedLabels(rows: EventMonth[], n: number, minGapMs: number): EventMonth[] {
  const kept: EventMonth[] = [];
  const byKind = new Map<string, EventMonth[]>();
  for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
  for (const series of byKind.values()) {
    const chosen: EventMonth[] = [];
    for (const row of [...series].sort((a, b) => b.reports - a.reports || a.date.getTime() - b.date.getTime())) {
      if (chosen.length >= n) break;
      if (chosen.every((c) => Math.abs(c.date.getTime() - row.date.getTime()) >= minGapMs)) chosen.push(row);
    }
    kept.push(...chosen);
  }
  return kept.sort((a, b) => a.kind.localeCompare(b.kind) || a.date.getTime() - b.date.getTime());
}

const SERIES = {
  band: "low–high (written numbers)",
  best: "best estimate (written numbers)",
  implicit: "implicit counts ('a civilian was killed')",
};

/**
 * Casualties over time from reconciled events: per kind and month, a band from the sum of the events' low to the sum
 * of their high, the sum of their best as a line, and implicit counts ("a civilian was killed") as a separate dashed
 * line, never added to the written numbers. Above each month, how many reports the month's events rest on. Lines
 * break over months without events; the value axis is a square root so an outlier month does not flatten the rest.
 */
export function eventsBandPlot(months: EventMonth[], options: EventsBandOptions = {}): Element {
  const kinds = options.kinds ?? ["killed", "injured", "casualties"];
  const data = months.filter((m) => kinds.includes(m.kind));
  const order = FigureKind.options as readonly string[];
  const facets = [...new Set(data.map((m) => m.kind))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const written = data.filter((m) => m.events > 0);
  const implicit = data.filter((m) => m.implicitEvents > 0);
  const monthCount = new Set(data.map((m) => m.month)).size;
  const counted = monthCount <= (options.countsUpTo ?? 36);
  // labels closer than a label's width on the time axis would overlap: keep the busier month
  const times = data.map((m) => m.date.getTime());
  const span = times.length ? Math.max(...times) - Math.min(...times) + 31 * 86_400_000 : 0;
  const plotWidth = chartWidth - 64 - 100;
  const labels = spacedLabels(data, counted ? Infinity : 8, (span * LABEL_PX) / plotWidth);
  const title = (m: EventMonth) =>
    `${m.month} · ${m.kind}\nlow ${m.low.toLocaleString("en-US")} · best ${m.best.toLocaleString("en-US")} · high ${
      m.high.toLocaleString("en-US")
    } (${m.events} events)\nimplicit counts: ${m.implicitBest} (${m.implicitEvents} events)\n${m.reports} reports`;
  const color = {
    legend: true,
    domain: [SERIES.band, SERIES.best, SERIES.implicit],
    range: ["#a9c4e4", singleSeriesColor, "#b2283b"],
  };
  const single = written.length <= 1 && implicit.length <= 1;
  return Plot.plot(themed({
    document: chartDocument(),
    height: Math.max(160, 150 * facets.length) + 40,
    marginLeft: 64,
    marginRight: 100,
    color,
    x: { type: "utc", label: null },
    // square root: one month's outlier (a massacre's toll) does not flatten every other month
    y: {
      type: "sqrt",
      label: "people (sum of the month's events; square-root scale)",
      grid: true,
      zero: true,
      nice: true,
      insetTop: 16,
    },
    fy: { domain: facets, label: null },
    marks: [
      Plot.areaY(withGaps(written, (m) => m.high), {
        x: "date",
        y1: (m: EventMonth | { gap: true }) => ("gap" in m ? NaN : m.low),
        y2: (m: EventMonth | { gap: true }) => ("gap" in m ? NaN : m.high),
        fy: "kind",
        fill: () => SERIES.band,
        fillOpacity: 0.7,
        curve: "step-after",
      }),
      single
        ? Plot.ruleX(written, {
          x: "date",
          y1: "low",
          y2: "high",
          fy: "kind",
          stroke: () => SERIES.band,
          strokeWidth: 8,
        })
        : null,
      Plot.lineY(withGaps(written, (m) => m.best), {
        x: "date",
        y: (m: EventMonth | { gap: true }) => ("gap" in m ? NaN : m.best),
        fy: "kind",
        stroke: () => SERIES.best,
        strokeWidth: 2,
        curve: "step-after",
      }),
      Plot.dot(written, { x: "date", y: "best", fy: "kind", fill: () => SERIES.best, r: 2.5, title }),
      Plot.lineY(withGaps(implicit, (m) => m.implicitBest), {
        x: "date",
        y: (m: EventMonth | { gap: true }) => ("gap" in m ? NaN : m.implicitBest),
        fy: "kind",
        stroke: () => SERIES.implicit,
        strokeDasharray: "4,3",
        curve: "step-after",
      }),
      Plot.dot(implicit, { x: "date", y: "implicitBest", fy: "kind", stroke: () => SERIES.implicit, r: 2.5, title }),
      Plot.text(labels, {
        x: "date",
        y: (m: EventMonth) => Math.max(m.high, m.implicitBest),
        fy: "kind",
        text: (m: EventMonth) => `${m.reports}`,
        dy: -9,
        fontSize: 11,
        fill: mutedInk,
      }),
    ],
  }));
}
