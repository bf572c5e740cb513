import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";
import { eventMonths } from "../../lib/analyze/event-months.ts";
import { eventReportRows } from "../../lib/analyze/event-report-rows.ts";
import { eventsBandPlot, spacedLabels } from "../../lib/charts/events-band.ts";
import type { EventMonth } from "../../lib/analyze/event-months.ts";
import { eventsMapPlot } from "../../lib/charts/events-map.ts";
import { fittedMercator, labelOffsets } from "../../lib/charts/map-labels.ts";
import { svgString } from "../../lib/charts/render.ts";
import { exportTables } from "../../lib/report/exports.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const articles = [
  articleFromText("a", "Shelling killed 7 people in Binnish.", "2016-08-01"),
  articleFromText("b", "At least 9 people were killed in Binnish, the Syrian Observatory said.", "2016-08-01"),
  articleFromText("c", "A civilian was killed in Saraqib.", "2016-09-03"),
];
const figures = articles.flatMap((a) => extractFigures(a));
const events = reconcileEvents(figures, articles);

describe("eventMonths(events)", () => {
  it("eventMonths sums a month's events and keeps implicit counts apart", () => {
    const { months } = eventMonths(events);
    expect(months.map((m) => [m.month, m.low, m.best, m.high, m.implicitBest, m.reports])).toEqual([
      ["2016-08", 7, 9, 9, 0, 2],
      ["2016-09", 0, 0, 0, 1, 1],
    ]);
  });
});

describe("eventReportRows(events, articles)", () => {
  it("eventReportRows lists every report behind every event with its quote", () => {
    const rows = eventReportRows(events, articles);
    expect(rows.map((r) => [r.event, r.reported, r.role])).toEqual([
      ["killed:2016-08-01:binnish:1", "7", "counted"],
      ["killed:2016-08-01:binnish:1", "at least 9", "counted"],
      ["killed:2016-09-03:saraqeb:1", "1 (implicit)", "counted"],
    ]);
  });
});

describe("spacedLabels(rows, n, minGapMs)", () => {
  const month = (m: string, reports: number): EventMonth => ({
    month: m,
    date: new Date(`${m}-01T00:00:00Z`),
    kind: "killed",
    low: 1,
    best: 1,
    high: 1,
    events: 1,
    reports,
    implicitBest: 0,
    implicitEvents: 0,
  });
  it("spacedLabels keeps the busier of two months closer than the gap and any month far enough", () => {
    const rows = [month("2016-06", 226), month("2016-07", 245), month("2016-08", 208), month("2017-04", 253)];
    const kept = spacedLabels(rows, Infinity, 60 * 86_400_000).map((m) => m.month);
    expect(kept).toEqual(["2016-07", "2017-04"]);
    expect(spacedLabels(rows, 1, 0).map((m) => m.month)).toEqual(["2017-04"]);
  });
});

describe("event charts", () => {
  it("eventsBandPlot(months) names implicit counts apart in its legend", () => {
    const svg = svgString(eventsBandPlot(eventMonths(events).months));
    expect(svg).toContain("implicit counts");
    expect(svg).toContain("low–high (written numbers)");
  });
  it("eventsMapPlot(events) draws a located event with its title and the governorates' names", () => {
    const svg = svgString(eventsMapPlot(events, { governorates: defaultReference().places.governorates }));
    expect(svg).toContain("Binnish (Idlib), 2016-08-01");
    expect(svg).toContain(">Aleppo<");
  });
  it("exportTables(records) writes one events row per event with its bounds", () => {
    const table = exportTables({ articles, figures, events, rejected: [], mentions: [], relations: [] })
      .find((t) => t.name === "events")!;
    expect(table.rows.map((r) => [r.id, r.low, r.best, r.high, r.implicitOnly])).toEqual([
      ["killed:2016-08-01:binnish:1", 7, 9, 9, false],
      ["killed:2016-09-03:saraqeb:1", 1, 1, 1, true],
    ]);
  });
});

describe("labelOffsets(labels, dots)", () => {
  it("labelOffsets writes a label below its point when nothing is there", () => {
    expect(labelOffsets([{ text: "Hama", at: { x: 100, y: 100 } }], [])).toEqual([
      { dx: 0, dy: 14, textAnchor: "middle" },
    ]);
  });
  it("labelOffsets moves a label off a dot that covers its point and off the labels placed before it", () => {
    const [offset] = labelOffsets([{ text: "Idlib", at: { x: 100, y: 100 } }], [{ x: 100, y: 110, r: 20 }]);
    expect(offset.dy).toBeLessThan(0);
    const [first, second] = labelOffsets(
      [{ text: "Rif Dimashq", at: { x: 100, y: 100 } }, { text: "Quneitra", at: { x: 100, y: 100 } }],
      [],
    );
    expect(second).not.toEqual(first);
  });
  it("fittedMercator maps a frame's corners inside the plot's margins, north up", () => {
    const project = fittedMercator({ west: 35, east: 43, south: 32, north: 38 }, {
      width: 800,
      height: 620,
      margin: { top: 30, right: 30, bottom: 40, left: 50 },
    });
    const [nw, se] = [project(35, 38), project(43, 32)];
    expect(nw.x).toBeGreaterThanOrEqual(50);
    expect(se.x).toBeLessThanOrEqual(770);
    expect(nw.y).toBeGreaterThanOrEqual(30);
    expect(se.y).toBeLessThanOrEqual(580);
    expect(nw.y).toBeLessThan(se.y);
  });
});
