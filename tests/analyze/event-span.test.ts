import { describe, expect, it } from "vitest";
import type { EventMonth } from "../../lib/analyze/event-months.ts";
import { mainEventSpan } from "../../lib/analyze/event-span.ts";

const month = (m: string, events = 1, implicitEvents = 0, kind: EventMonth["kind"] = "killed"): EventMonth => ({
  month: m,
  date: new Date(`${m}-01T00:00:00Z`),
  kind,
  low: 1,
  best: 1,
  high: 1,
  events,
  reports: events + implicitEvents,
  implicitBest: implicitEvents,
  implicitEvents,
});

describe("mainEventSpan(months)", () => {
  it("mainEventSpan keeps the run of months with most events and leaves far-off months outside", () => {
    const months = [
      month("1916-05"),
      month("1982-02", 2),
      month("2011-03", 3),
      month("2014-06", 5),
      month("2019-01"),
      month("2023-10"),
    ];
    const span = mainEventSpan(months);
    expect([span.from, span.to]).toEqual(["2011-03", "2023-10"]);
    expect(span.outside.map((m) => m.month)).toEqual(["1916-05", "1982-02"]);
    expect(span.inside.length + span.outside.length).toBe(months.length);
  });

  it("mainEventSpan joins months no more than the gap apart, across kinds, and counts implicit events", () => {
    const months = [
      month("2003-03", 0, 4, "injured"),
      month("2008-03", 1),
      month("2016-01", 1),
      month("2016-02", 1, 0, "injured"),
    ];
    // 2003-03 to 2008-03 is exactly five years: one run of 5 events against 2 in 2016
    expect(mainEventSpan(months)).toMatchObject({ from: "2003-03", to: "2008-03" });
    expect(mainEventSpan(months, 10)).toMatchObject({ from: "2003-03", to: "2016-02", outside: [] });
  });

  it("mainEventSpan takes the later run on a tie and returns nulls for no months", () => {
    expect(mainEventSpan([month("1990-01"), month("2012-01")])).toMatchObject({ from: "2012-01", to: "2012-01" });
    expect(mainEventSpan([])).toEqual({ from: null, to: null, inside: [], outside: [] });
  });
});
