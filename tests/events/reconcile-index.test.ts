import { draftKey, UndatedJoins } from "../../lib/analyze/undated-joins.ts";
import { describe, expect, it, vi } from "vitest";
import type { CasualtyReport, Figure } from "../../lib/records/mod.ts";
import { precisionOf } from "../../lib/records/date.ts";
import type { PlaceMention } from "../../lib/extract/figures/place.ts";
import {
  type Draft,
  type FinishedReport,
  finishEvents,
  reconcileReports,
  SIGNATURE_REACH_KM,
  sortedForMerge,
} from "../../lib/analyze/reconcile-events.ts";

/** The oracle works on whole reports, as the merge did before the index. */
type OpenDraft = Draft<FinishedReport>;
import {
  PLACE_SPECIFICITY,
  placeDistanceKm,
  type ReportPlace,
  reportPlace,
  samePlaceOrNested,
} from "../../lib/analyze/place-nesting.ts";
import { foldPlaceName } from "../../lib/reference/places.ts";
import { numberKey, OpenEvents } from "../../lib/analyze/open-events.ts";

/**
 * At most this many open events offered per report on average on the crowded day (about 31 now): testing every open
 * event would offer thousands (the day ends with 4,432 events).
 */
const OFFERED_PER_REPORT = 100;

// The merge as it was before the index of open events: every report tested against every open event of its kind,
// each test reading every report the event holds. Kept here, verbatim in its rules, as the oracle the indexed merge
// must equal.
const DAY = 86_400_000;
const dayDistance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;
function inWindow(first: string | null, date: string | null, windowDays: number): boolean {
  if (first === null || date === null) return false;
  if (precisionOf(first) === "day" && precisionOf(date) === "day") return dayDistance(first, date) <= windowDays;
  return first === date;
}
const datedByArticle = (figure: FinishedReport["figure"]) => (figure.date?.from ?? "article") === "article";
function reportedLater(first: string | null, placed: FinishedReport, lagDays: number): boolean {
  const date = placed.report.date;
  if (lagDays <= 0 || first === null || date === null || !datedByArticle(placed.figure)) return false;
  if (precisionOf(first) !== "day" || precisionOf(date) !== "day") return false;
  const after = (Date.parse(date) - Date.parse(first)) / DAY;
  return after >= 1 && after <= lagDays;
}
function sharedActors(draft: OpenDraft, report: CasualtyReport): boolean {
  if (report.actors.length === 0) return true;
  const named = new Set(draft.members.flatMap((m) => m.report.actors));
  return named.size === 0 || report.actors.some((a) => named.has(a));
}
const sameNumber = (draft: OpenDraft, report: CasualtyReport) =>
  numberKey(report) !== null && draft.members.some((m) => numberKey(m.report) === numberKey(report));
const COMBATANTS = new Set(["fighters", "soldiers"]);
const CIVILIANS = new Set(["civilians", "children", "women", "families", "members of a family"]);
const sideOf = (figure: FinishedReport["figure"]) =>
  figure.who && COMBATANTS.has(figure.who)
    ? "combatants"
    : figure.who && CIVILIANS.has(figure.who)
    ? "civilians"
    : null;
const sameVictims = (draft: OpenDraft, figure: FinishedReport["figure"]) => {
  const side = sideOf(figure);
  return side === null || draft.members.every((m) => sideOf(m.figure) === null || sideOf(m.figure) === side);
};
const isWide = (place: ReportPlace) =>
  place.level === "governorate" || (place.level === "city" && place.name !== null && place.name === place.governorate);
const sameSignature = (draft: OpenDraft, report: CasualtyReport) =>
  report.signature !== null && draft.members.some((m) => m.report.signature === report.signature);
const meansAgree = (draft: OpenDraft, report: CasualtyReport) => {
  const shares = (means: string[]) => means.length === 0 || report.means.some((m) => means.includes(m));
  if (
    draft.members.some((m) => m.report.signature !== null) || sameNumber(draft, report) || sameSignature(draft, report)
  ) return report.means.length === 0 || shares(draft.members.flatMap((m) => m.report.means));
  return report.means.length === 0 || draft.members.every((m) => shares(m.report.means));
};
function signatureLater(first: string | null, date: string | null, lagDays: number): boolean {
  if (first === null || date === null || precisionOf(first) !== "day" || precisionOf(date) !== "day") return false;
  const after = (Date.parse(date) - Date.parse(first)) / DAY;
  return after >= 0 && after <= lagDays;
}
function nestingAgrees(draft: OpenDraft, placed: FinishedReport, place: ReportPlace, candidates: OpenDraft[]): boolean {
  if (place.name === null || draft.place.name === null) return true;
  if (foldPlaceName(place.name) === foldPlaceName(draft.place.name)) return true;
  if (sameNumber(draft, placed.report) || sameSignature(draft, placed.report)) return true;
  return candidates.length === 1;
}
function naiveMerge(
  reports: readonly FinishedReport[],
  drafts: OpenDraft[],
  windowDays: number,
  lagDays: number,
): void {
  const open = new Map<Figure["kind"], OpenDraft[]>();
  for (const draft of drafts) open.set(draft.kind, [...(open.get(draft.kind) ?? []), draft]);
  for (const placed of reports) {
    const { report, figure } = placed;
    const place = reportPlace(placed.place);
    const candidates = (open.get(figure.kind) ?? []).filter((d) =>
      (inWindow(d.first, report.date, windowDays) ||
        (reportedLater(d.first, placed, lagDays) && sameNumber(d, report)) ||
        Object.entries(report.lasting).some(([means, days]) =>
          d.members.some((m) => m.report.means.includes(means)) &&
          reportedLater(d.first, placed, Math.min(days, lagDays))
        ) ||
        (signatureLater(d.first, report.date, lagDays) && sameSignature(d, report))) &&
      (place.name === null ? sameNumber(d, report) || sameSignature(d, report) : samePlaceOrNested(d.place, place) ||
        (sameSignature(d, report) && (placeDistanceKm(d.place, place) ?? Infinity) <= SIGNATURE_REACH_KM)) &&
      ((!isWide(place) && !isWide(d.place)) || sameVictims(d, figure)) &&
      ((!isWide(place) && !isWide(d.place)) || meansAgree(d, report)) &&
      sharedActors(d, report)
    );
    const rank = (d: OpenDraft) => [
      sameNumber(d, report) ? 0 : 1,
      sameSignature(d, report) ? 0 : 1,
      d.place.name === place.name ? 0 : 1,
      d.first === null || report.date === null ? 0 : dayDistance(d.first, report.date),
    ];
    const chosen = candidates.filter((d) => nestingAgrees(d, placed, place, candidates)).sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || ra[3] - rb[3] || drafts.indexOf(a) - drafts.indexOf(b);
    })[0];
    if (chosen) {
      chosen.members.push(placed);
      const specific = (p: ReportPlace) => (p.level ? PLACE_SPECIFICITY[p.level] : -1);
      if (specific(place) > specific(chosen.place)) chosen.place = place;
      continue;
    }
    const draft: OpenDraft = { kind: figure.kind, first: report.date, place, members: [placed] };
    drafts.push(draft);
    open.set(figure.kind, [...(open.get(figure.kind) ?? []), draft]);
  }
}
const naiveReconcile = (reports: readonly FinishedReport[], windowDays: number, lagDays: number) => {
  const drafts: OpenDraft[] = [];
  const sorted = sortedForMerge(reports);
  naiveMerge(sorted.filter((r) => r.report.date !== null), drafts, windowDays, lagDays);
  // undated reports join by strong evidence after every dated event is whole (`UndatedJoins`, not what this compares)
  const undated = new UndatedJoins(sorted.filter((r) => r.report.date === null));
  for (const draft of drafts) undated.consider(draft);
  const { joins, alone } = undated.result();
  for (const draft of drafts) draft.members.push(...(joins.get(draftKey(draft)) ?? []));
  naiveMerge(alone, drafts, windowDays, lagDays);
  return finishEvents(drafts, windowDays, lagDays);
};

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type PlaceSpec = Omit<PlaceMention, "start" | "end" | "specificity">;
const at = (name: string, level: PlaceSpec["level"], governorate: string | null, extra: Partial<PlaceSpec> = {}) => ({
  name,
  level,
  governorate,
  lat: 36,
  lon: 37,
  ...extra,
});
/** Places that nest: governorates, their capitals (also named as the city itself), towns, a region, a town of no
 * known governorate, spellings that fold alike, the country (unplaced) and no place. */
const PLACES: (PlaceSpec | null)[] = [
  at("Aleppo", "governorate", "Aleppo"),
  at("Aleppo", "city", "Aleppo"),
  at("Aleppo", "city", "Aleppo", { cityOnly: true }),
  at("ALEPPO", "city", "Aleppo"),
  at("al-Bab", "town", "Aleppo"),
  at("Al-Bab", "town", "Aleppo"),
  at("Manbij", "town", "Aleppo"),
  at("Idlib", "governorate", "Idlib"),
  at("Idlib", "city", "Idlib"),
  at("Saraqeb", "town", "Idlib"),
  at("Maarat al-Numan", "town", "Idlib", { lat: null, lon: null }),
  at("northern Hama", "region", "Hama"),
  at("Kafr Zita", "town", "Hama"),
  at("Hama", "city", "Hama"),
  at("Nowhere", "town", null),
  at("Syria", "country", null),
  null,
];
const KINDS: Figure["kind"][] = ["killed", "killed", "killed", "injured", "detained"];
const WHO = [null, null, "people", "civilians", "children", "fighters", "soldiers"];
const ACTORS = [[], [], [], ["isis"], ["hts"], ["isis", "fsa"], ["fsa"]];
const MEANS = [[], [], ["air"], ["ground fire"], ["air", "ground fire"], ["explosive"], ["fighting"], ["fighting"]];
const NUMBERS: [number | null, number | null][] = [[3, 3], [5, 5], [5, null], [null, 10], [7, 12], [12, 12], [20, 20]];

/** Reports over a few days (some across a month's end), coarser dates and undated ones, in corpus order. */
function generatedReports(seed: number, count: number, days: string[]): FinishedReport[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const dates = [...days, ...days, ...days, "2017-03", "2017", null];
  const reports: FinishedReport[] = [];
  for (let order = 0; order < count; order++) {
    const [low, high] = pick(NUMBERS);
    const spec = pick(PLACES);
    const date = pick(dates);
    const from = pick(["article", "article", "sentence", "document"] as const);
    const place: PlaceMention | null = spec && { ...spec, start: 0, end: 4, specificity: 0 };
    const articleId = `a${Math.floor(order / 3)}`;
    const report: CasualtyReport = {
      articleId,
      start: (order % 3) * 10,
      end: (order % 3) * 10 + 5,
      quote: `quote ${order}`,
      low,
      high,
      qualifier: next() < 0.1 ? "vague" : "exact",
      attributedTo: next() < 0.3 ? "the Observatory" : null,
      implicit: next() < 0.1,
      tally: next() < 0.2,
      date,
      place: spec?.name ?? null,
      placeFrom: spec ? "sentence" : null,
      counted: false,
      actors: pick(ACTORS),
      signature: next() < 0.15 ? "chemical" : null,
      means: pick(MEANS),
      lasting: {},
    };
    if (report.means.includes("fighting")) report.lasting = { fighting: 1 };
    const figure = {
      kind: pick(KINDS),
      who: pick(WHO),
      date: date === null ? undefined : { value: date, precision: precisionOf(date), from },
    };
    reports.push({ report, figure, order, place });
  }
  return reports;
}

describe("reconcileReports(reports) with the index of open events", () => {
  const days = ["2017-02-27", "2017-02-28", "2017-03-01", "2017-03-02", "2017-03-04"];
  for (const [windowDays, lagDays] of [[0, 1], [0, 0], [1, 1], [2, 3]]) {
    it(`reconcileReports(reports, {windowDays: ${windowDays}, reportingLagDays: ${lagDays}}) gives the events of testing every open event`, () => {
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const reports = generatedReports(seed, 400, days);
        const indexed = reconcileReports(reports, { windowDays, reportingLagDays: lagDays });
        const naive = naiveReconcile(reports, windowDays, lagDays);
        expect(indexed.length).toBeLessThan(reports.length);
        // The cases the index must not lose are there: reports joined across days and across nested places.
        const joined = indexed.flatMap((event) => event.reports.map((report) => ({ event, report })));
        expect(joined.some(({ event, report }) => report.date !== null && report.date !== event.date.value)).toBe(
          lagDays + windowDays > 0,
        );
        expect(joined.some(({ event, report }) => report.place !== null && report.place !== event.place)).toBe(true);
        expect(JSON.stringify(indexed)).toBe(JSON.stringify(naive));
      }
    });
  }
  /** A crowded day as the synthetic bench corpus makes it: one place's toll restated by every copy, each a new number. */
  const crowded = (count: number, seed: number) => {
    const mixed = generatedReports(seed, count, ["2017-03-01", "2017-03-02"]);
    return mixed.map((placed, i) =>
      i % 2 === 0
        ? {
          ...placed,
          report: {
            ...placed.report,
            low: i + 2,
            high: i + 2,
            place: "Idlib",
            date: "2017-03-02",
            actors: [],
            means: ["air"],
            lasting: {},
          },
          figure: {
            kind: "killed" as const,
            who: "people",
            date: { value: "2017-03-02", precision: "day" as const, from: "article" as const },
          },
          place: { ...at("Idlib", "city", "Idlib"), start: 0, end: 5, specificity: 0 },
        }
        : placed
    );
  };
  it("reconcileReports(reports) on a crowded day (thousands of reports, one event holding half) equals testing every open event", () => {
    const reports = crowded(4000, 7);
    const indexed = reconcileReports(reports);
    expect(Math.max(...indexed.map((event) => event.reports.length))).toBeGreaterThan(1000);
    expect(JSON.stringify(indexed)).toBe(JSON.stringify(naiveReconcile(reports, 0, 2)));
  });
  it("reconcileReports(reports) on 60,000 reports of one crowded day asks the index for few open events per report", () => {
    // Testing every open event, reading every report it holds, did not end in 20 minutes on the 1 GB bench corpus.
    // The work is counted, not timed (timings belong to `deno task bench`): the open events the index offers.
    const near = vi.spyOn(OpenEvents.prototype, "near");
    try {
      const reports = crowded(60_000, 8);
      const events = reconcileReports(reports);
      expect(events.length).toBeLessThan(reports.length);
      const offered = near.mock.results.reduce((sum, r) => sum + (r.value as Set<unknown>).size, 0);
      expect(offered).toBeLessThan(reports.length * OFFERED_PER_REPORT);
    } finally {
      near.mockRestore();
    }
  });
});
