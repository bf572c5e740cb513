import type { Article, CasualtyEvent, CasualtyReport, Figure, Mention, Places, TallyLexicon } from "../records/mod.ts";
import { precisionOf } from "../records/date.ts";
import { defaultReference } from "../reference/mod.ts";
import { casualtyReports, type PlacedReport } from "./casualty-reports.ts";
import { countedReports, eventBounds } from "./event-bounds.ts";
import { PLACE_SPECIFICITY, type ReportPlace, reportPlace, samePlaceOrNested } from "./place-nesting.ts";

/** How events are merged. */
export type ReconcileOptions = {
  /** Reports dated this many days or fewer from an event's first report may join it (default 0: the same day; FA-KES measured window 1 at pair F1 0.31 against 0.45, since publication dates stand in for event dates). */
  windowDays?: number;
  /** The reference's tally words and places (default: this checkout's). */
  reference?: { lexicon: { tallies: TallyLexicon }; places: Places };
  /** Group mentions of the articles: where both a report and an event name groups, they must share one. */
  mentions?: Mention[];
};

type Draft = { kind: Figure["kind"]; first: string | null; place: ReportPlace; members: PlacedReport[] };

const DAY = 86_400_000;
const dayDistance = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/** Whether a report's date lies within the window of an event's first date (day dates), or equals it otherwise. */
function inWindow(first: string | null, date: string | null, windowDays: number): boolean {
  if (first === null || date === null) return false;
  if (precisionOf(first) === "day" && precisionOf(date) === "day") return dayDistance(first, date) <= windowDays;
  return first === date;
}

/** Where both the event's reports and this one name armed groups, they name one in common. */
function sharedActors(draft: Draft, report: CasualtyReport): boolean {
  if (report.actors.length === 0) return true;
  const named = new Set(draft.members.flatMap((m) => m.report.actors));
  return named.size === 0 || report.actors.some((a) => named.has(a));
}

/** An unplaced report ("in Syria", no place) joins an incident only where a report of it states the same number. */
function sameNumber(draft: Draft, report: CasualtyReport): boolean {
  return draft.members.some((m) => m.report.low === report.low && m.report.high === report.high);
}

const slug = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The method every event states: how its reports were merged. */
const MERGE_RULE = (windowDays: number) =>
  `merged: incident figures of one kind whose event dates lie within ${windowDays} day(s) of the event's first report ` +
  `and whose places are the same or nested (a town in its governorate or capital; an unplaced report only where the ` +
  `same number is reported); a war total never merges; each article counts once, by its last running tally or else its first figure`;

/**
 * One event per incident: the incident figures of `figures` (scope "event", casualty kinds) merged across articles
 * when their kind agrees, their event dates (`eventDateOf`) lie within `windowDays` of the event's first report, and
 * their places are the same or nested (`samePlaceOrNested`); an unplaced report joins only an event where a report
 * states its number; undated reports stay alone. A report joins the candidate with the same place first, then the
 * nearest date, then the earliest made. Bounds follow UCDP GED (`eventBounds`) over each article's lead report or
 * last running tally (`countedReports`). Ids
 * (`kind:date:place:n`) and order (date, kind, place, first report) are deterministic.
 */
export function reconcileEvents(
  figures: Figure[],
  articles: Article[],
  options: ReconcileOptions = {},
): CasualtyEvent[] {
  const { reference = defaultReference() } = options;
  const reports = casualtyReports(
    figures,
    articles,
    { tallies: reference.lexicon.tallies, places: reference.places },
    options.mentions,
  );
  return reconcileReports(reports, options);
}

/**
 * The merging step of `reconcileEvents`, over reports already read from their articles (`casualtyReports`, whose
 * `order` is the figure's place in the corpus): a run that no longer holds the articles reconciles from these.
 */
export function reconcileReports(
  placedReports: readonly PlacedReport[],
  options: Pick<ReconcileOptions, "windowDays"> = {},
): CasualtyEvent[] {
  const { windowDays = 0 } = options;
  const reports = [...placedReports]
    .sort((a, b) =>
      (a.report.date === null ? 1 : 0) - (b.report.date === null ? 1 : 0) ||
      (a.report.date ?? "").localeCompare(b.report.date ?? "") || a.order - b.order
    );
  const drafts: Draft[] = [];
  const open = new Map<Figure["kind"], Draft[]>();
  for (const placed of reports) {
    const { report, figure } = placed;
    const place = reportPlace(placed.place);
    const candidates = (open.get(figure.kind) ?? []).filter((d) =>
      inWindow(d.first, report.date, windowDays) &&
      (place.name === null ? sameNumber(d, report) : samePlaceOrNested(d.place, place)) && sharedActors(d, report)
    );
    const rank = (d: Draft) => [d.place.name === place.name ? 0 : 1, dayDistance(d.first!, report.date!)];
    const chosen = candidates.sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      return ra[0] - rb[0] || ra[1] - rb[1] || drafts.indexOf(a) - drafts.indexOf(b);
    })[0];
    if (chosen) {
      chosen.members.push(placed);
      const specific = (p: ReportPlace) => (p.level ? PLACE_SPECIFICITY[p.level] : -1);
      if (specific(place) > specific(chosen.place)) chosen.place = place;
      continue;
    }
    const draft: Draft = { kind: figure.kind, first: report.date, place, members: [placed] };
    drafts.push(draft);
    open.set(figure.kind, [...(open.get(figure.kind) ?? []), draft]);
  }
  return finishEvents(drafts, windowDays);
}

/** Drafts as events: bounds, place and coordinates of the most specific report, ids and order. */
function finishEvents(drafts: Draft[], windowDays: number): CasualtyEvent[] {
  const events = drafts.map((draft) => {
    const members = [...draft.members].sort((a, b) => a.order - b.order);
    const reports = countedReports(members.map((m) => m.report));
    const bounds = eventBounds(reports);
    const located = members.find((m) => m.place?.name === draft.place.name && m.place?.lat != null);
    const coordinates = located ? { lat: located.place!.lat!, lon: located.place!.lon! } : null;
    const event: CasualtyEvent = {
      id: "",
      kind: draft.kind,
      date: { value: draft.first, precision: draft.first ? precisionOf(draft.first) : null },
      place: draft.place.name,
      placeLevel: draft.place.level,
      governorate: draft.place.governorate,
      coordinates,
      low: bounds.low,
      best: bounds.best,
      high: bounds.high,
      implicit: reports.every((r) => r.implicit),
      articleIds: [...new Set(reports.map((r) => r.articleId))].sort(),
      reports,
      method: `${MERGE_RULE(windowDays)}; low: the lowest credible report, high: the highest; best: ${bounds.bestRule}`,
    };
    return { event, firstOrder: members[0].order };
  });
  events.sort((a, b) =>
    (a.event.date.value === null ? 1 : 0) - (b.event.date.value === null ? 1 : 0) ||
    (a.event.date.value ?? "").localeCompare(b.event.date.value ?? "") || a.event.kind.localeCompare(b.event.kind) ||
    (a.event.place ?? "").localeCompare(b.event.place ?? "") || a.firstOrder - b.firstOrder
  );
  const seen = new Map<string, number>();
  return events.map(({ event }) => {
    const base = `${event.kind}:${event.date.value ?? "undated"}:${slug(event.place ?? "unplaced") || "unplaced"}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...event, id: `${base}:${n}` };
  });
}
