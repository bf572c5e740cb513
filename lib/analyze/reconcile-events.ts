import type {
  Article,
  CasualtyEvent,
  CasualtyReport,
  DateCues,
  Figure,
  Mention,
  Places,
  TallyLexicon,
} from "../records/mod.ts";
import { precisionOf } from "../records/date.ts";
import { defaultReference } from "../reference/mod.ts";
import { casualtyReports } from "./casualty-reports.ts";
import type { PlaceMention } from "../extract/figures/place.ts";
import { countedReports, eventBounds } from "./event-bounds.ts";
import {
  holdsNested,
  PLACE_SPECIFICITY,
  placeDistanceKm,
  type ReportPlace,
  reportPlace,
  samePlaceOrNested,
} from "./place-nesting.ts";
import { foldPlaceName } from "../reference/places.ts";
import { numberKey, type OpenEvent, OpenEvents } from "./open-events.ts";
import { sideOf } from "./victim-side.ts";
import { meansAgree } from "./incident-means.ts";
import { draftKey, UndatedJoins } from "./undated-joins.ts";

/** How events are merged. */
export type ReconcileOptions = {
  /** Reports dated this many days or fewer from an event's first report may join it (default 0: the same day; FA-KES measured window 1 at pair F1 0.31 against 0.45, since publication dates stand in for event dates). */
  windowDays?: number;
  /**
   * A report dated only by its article's publication day (no date in its own clause) that states the same number as a
   * report of an event at the same or a nested place may join it when the event is dated up to this many days before
   * (default 2): an incident is often reported a day or two after ("yesterday", "late Monday" left unread), so the
   * publication day bounds the incident's date from above. 0 turns the rule off. Measured on the blind hand-read
   * same-event gold (data/gold/fakes-events-blind.json, informed): 1 day F1 0.76, 2 days 0.87, 3 days 0.80.
   */
  reportingLagDays?: number;
  /** The reference's tally words, date cues and places (default: this checkout's). */
  reference?: { lexicon: { tallies: TallyLexicon; dateCues: DateCues }; places: Places };
  /** Group mentions of the articles: where both a report and an event name groups, they must share one. */
  mentions?: Mention[];
};

/** The default reporting lag (`ReconcileOptions.reportingLagDays`), which the pipeline's date-by-date merge uses too. */
export const REPORTING_LAG_DAYS = 2;

/**
 * How far apart (km, by coordinates) two places may lie and still hold one incident its reports name by a signature
 * ("chemical"): reports of one such attack name the city, its suburbs or the district next door (Damascus, Eastern
 * Ghouta), which may lie in two governorates.
 */
export const SIGNATURE_REACH_KM = 25;

const DAY = 86_400_000;
const dayDistance = (a: string, b: string) => Math.abs(timeOf(a) - timeOf(b)) / DAY;

/**
 * `Date.parse(date)`, kept for the dates seen last: a report is tested against every open event it could join, and a
 * merge meets a few dozen distinct dates, each parsed again at every test before.
 */
function timeOf(date: string): number {
  let time = parsedDates.get(date);
  if (time === undefined) {
    if (parsedDates.size >= PARSED_DATES_KEPT) parsedDates.clear();
    parsedDates.set(date, time = Date.parse(date));
  }
  return time;
}
const PARSED_DATES_KEPT = 4096;
const parsedDates = new Map<string, number>();

/** Whether a report's date lies within the window of an event's first date (day dates), or equals it otherwise. */
function inWindow(first: string | null, date: string | null, windowDays: number): boolean {
  if (first === null || date === null) return false;
  if (precisionOf(first) === "day" && precisionOf(date) === "day") return dayDistance(first, date) <= windowDays;
  return first === date;
}

/** Whether a figure's event date is its article's publication day standing in, not a date its own words state. */
const datedByArticle = (figure: MergedReport["figure"]) => (figure.date?.from ?? "article") === "article";

/**
 * Whether a report dated by its publication day falls from 1 to `lagDays` days after an event's first date (day
 * dates): the incident may have happened on the event's day and been reported later.
 */
function reportedLater(first: string | null, placed: MergedReport, lagDays: number): boolean {
  const date = placed.report.date;
  if (lagDays <= 0 || first === null || date === null || !datedByArticle(placed.figure)) return false;
  if (precisionOf(first) !== "day" || precisionOf(date) !== "day") return false;
  const after = (timeOf(date) - timeOf(first)) / DAY;
  return after >= 1 && after <= lagDays;
}

/**
 * Whether a report naming an incident signature ("chemical") falls from 0 to `lagDays` days after an event's first
 * date (day dates), whatever dates it: reports of a rare kind of attack keep coming for days, dated by reactions.
 */
function signatureLater(first: string | null, date: string | null, lagDays: number): boolean {
  if (first === null || date === null || precisionOf(first) !== "day" || precisionOf(date) !== "day") return false;
  const after = (timeOf(date) - timeOf(first)) / DAY;
  return after >= 0 && after <= lagDays;
}

/**
 * Whether a report dated by its publication day names a means that goes on for days (a battle: `lasting`, from
 * `spansDays` of `incidentMeans`) that the event's reports name too, and falls within that many days after the event's
 * first date (never more than the reporting lag, `lagDays`): a battle's tolls are reported a day apart, each different
 * ("29 rebels killed in clashes overnight", then "75 terrorists killed in the offensive"), so such a report joins
 * whatever its toll.
 */
function lastingLater(event: OpenEvent, placed: MergedReport, lagDays: number): boolean {
  const lasting = placed.report.lasting ?? {};
  return Object.entries(lasting).some(([means, days]) =>
    event.means.has(means) && reportedLater(event.draft.first, placed, Math.min(days, lagDays))
  );
}

/**
 * Whether a report's means agree with the event's: with every report of it that names means where the event names no
 * signature (so "air strikes" and "rocket shells" in one city's day stay apart even where a third report names both
 * and joined the first), else with any (a chemical attack's reports name it delivered from the air, by rockets, or as
 * gas alone).
 */
function meansAgreeAll(
  event: OpenEvent,
  means: readonly string[],
  number: string | null,
  signature: string | null,
): boolean {
  if (event.signatures.size > 0 || sameNumber(event, number) || sameSignature(event, signature)) {
    return meansAgree(event.means, means);
  }
  for (const named of event.meansNamed.values()) if (!meansAgree(named, means)) return false;
  return true;
}

/**
 * Whether an unplaced report naming a signature may join an event at a town its article names, whose reports name
 * means that agree with its own.
 */
function signedAtNamedTown(event: OpenEvent, placed: MergedReport, signature: string | null): boolean {
  const place = event.draft.place;
  if (signature === null || place.name === null || place.level === "governorate" || holdsNested(place)) return false;
  if (!(placed.inArticle?.towns ?? []).includes(foldPlaceName(place.name))) return false;
  return event.means.size > 0 && meansAgree(event.means, placed.report.means ?? []);
}

/** Whether the event's reports name the report's incident signature. */
const sameSignature = (event: OpenEvent, signature: string | null): boolean =>
  signature !== null && event.signatures.has(signature);

/** Whether the event's reports name the report's signature at a place within `SIGNATURE_REACH_KM` of the report's. */
function signedNearby(event: OpenEvent, place: ReportPlace, signature: string | null): boolean {
  if (!sameSignature(event, signature)) return false;
  const km = placeDistanceKm(event.draft.place, place);
  return km !== null && km <= SIGNATURE_REACH_KM;
}

/** Where both the event's reports and this one name armed groups, they name one in common. */
function sharedActors(event: OpenEvent, report: MergedReport["report"]): boolean {
  return report.actors.length === 0 || event.actors.size === 0 || report.actors.some((a) => event.actors.has(a));
}

/** An unplaced report ("in Syria", no place) joins an incident only where a report of it states the same number. */
const sameNumber = (event: OpenEvent, number: string | null): boolean => number !== null && event.numbers.has(number);

/**
 * Whether a figure counts the same side as the event's reports: a toll of civilians and a toll of fighters or soldiers
 * are two counts, not two estimates of one ("38 civilians killed" in Aleppo by one monitor, "50 militants killed" in
 * Aleppo by the army the same day). Figures whose side is not named agree with any.
 */
function sameVictims(event: OpenEvent, figure: MergedReport["figure"]): boolean {
  const side = sideOf(figure);
  return side === null || event.sides.size === 0 || (event.sides.size === 1 && event.sides.has(side));
}

/** A place that holds others in the merge (`samePlaceOrNested`): a governorate, or its capital city. */
const isWide = (place: ReportPlace) =>
  place.level === "governorate" || (place.level === "city" && place.name !== null && place.name === place.governorate);

/**
 * Reports are merged in three passes: those at a specific place (a town, a region, a city other than a governorate's
 * capital) first, so that every incident a town names exists before a report placed only at a governorate or its
 * capital ("Aleppo") is matched against them; then those; then unplaced reports.
 */
function passOf(placed: Pick<MergedReport, "place">): number {
  const place = reportPlace(placed.place);
  return place.name === null ? 2 : isWide(place) ? 1 : 0;
}

/**
 * Whether a report may join `draft` where one of them lies in the other under another name (a report at "Aleppo"
 * and an event at al-Bab): only where a report of the event states the same number, or where the event is the
 * report's only candidate (the city or governorate has no other incident of the kind that day to hold it).
 */
function nestingAgrees(
  event: OpenEvent,
  place: ReportPlace,
  number: string | null,
  signature: string | null,
  candidates: number,
): boolean {
  const draft = event.draft;
  if (place.name === null || draft.place.name === null) return true;
  if (foldPlaceName(place.name) === foldPlaceName(draft.place.name)) return true;
  if (sameNumber(event, number) || sameSignature(event, signature)) return true;
  return candidates === 1;
}

const slug = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** The method every event states: how its reports were merged. */
const MERGE_RULE = (windowDays: number, lagDays: number) =>
  `merged: incident figures of one kind whose event dates lie within ${windowDays} day(s) of the event's first report ` +
  `(or, for a report dated only by its publication day and stating a number a report of the event states, up to ` +
  `${lagDays} day(s) after it; for a report naming a rare kind of attack that a report of the event names, an ` +
  `incident signature such as a chemical attack, up to ${lagDays} day(s) after it whatever its toll; for a report dated ` +
  `only by its publication day naming a means that goes on for days, such as fighting, that a report of the event ` +
  `names, up to that many days after it whatever its toll) ` +
  `and whose places are the same or nested (a town in its governorate or capital; an unplaced report only where the ` +
  `same number or its rare kind of attack is reported, or, naming such an attack, at a town its article names by ` +
  `means that agree; an undated report only where exactly one dated event states its number with its rare kind of ` +
  `attack or at its place, or names that attack at a town its article names; a report placed only at a governorate or its capital joins an incident of a place inside ` +
  `it only where it states the same number or that incident is its only candidate, and a civilian toll and a toll of ` +
  `fighters or soldiers there are two counts, as are reports naming different means of killing, such as air strikes ` +
  `and rocket fire: a report there must share a means with every report of the event naming one, unless it states the ` +
  `event's number or the event names a rare kind of attack); a war total never merges; each article counts once, by its last running tally or else its first figure`;

/**
 * One event per incident: the incident figures of `figures` (scope "event", casualty kinds) merged across articles
 * when their kind agrees, their event dates (`eventDateOf`) lie within `windowDays` of the event's first report, and
 * their places are the same or nested (`samePlaceOrNested`); an unplaced report joins only an event where a report
 * states its number; a report dated only by its publication day joins an event up to `reportingLagDays` earlier where
 * a report of it states the same number (the incident reported the day after), or names a means that goes on for
 * days which a report of the event names (`lastingLater`: a battle's tolls a day apart); undated reports stay alone.
 * Reports
 * at a town or another specific place are merged first, then those placed only at a governorate or its capital, then
 * unplaced ones (`passOf`), so the result does not hang on which report came first; a report at a governorate or its
 * capital joins an incident of a place inside it only where it states the same number or that incident is its only
 * candidate (`nestingAgrees`: "Aleppo" does not take one of two al-Bab and Manbij incidents of the day at random).
 * There, where a day holds several incidents, a toll of civilians and a toll of fighters or soldiers stay apart
 * (`sameVictims`), as do reports whose sentences name means of killing and none in common (`meansAgreeAll`: a barrel
 * bomb and rebel rocket fire in Aleppo the same Thursday, even where a third report names both); at a town, reports of one day are one incident more often than not and stay merged. A
 * report joins the candidate stating its number first, then the one at its own place, then the nearest date, then
 * the earliest made. Bounds follow UCDP GED (`eventBounds`) over each article's lead report or
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
    { tallies: reference.lexicon.tallies, places: reference.places, dateCues: reference.lexicon.dateCues },
    options.mentions,
  );
  return reconcileReports(reports, options);
}

/**
 * The merging step of `reconcileEvents`, over reports already read from their articles (`casualtyReports`, whose
 * `order` is the figure's place in the corpus): a run that no longer holds the articles reconciles from these.
 * Reports are taken date by date (undated last), and within a date by pass (`passOf`) and corpus order, so a date's
 * events depend only on its own reports and the events of the day before (the reporting lag): `IncidentSpill` relies
 * on this to reconcile a corpus of any size one date at a time.
 */
export function reconcileReports(
  placedReports: readonly FinishedReport[],
  options: Pick<ReconcileOptions, "windowDays" | "reportingLagDays"> = {},
): CasualtyEvent[] {
  const { windowDays = 0, reportingLagDays = REPORTING_LAG_DAYS } = options;
  const drafts: Draft<FinishedReport>[] = [];
  const sorted = sortedForMerge(placedReports);
  const dated = sorted.filter((r) => r.report.date !== null);
  mergeReports(dated, drafts, windowDays, reportingLagDays);
  // undated reports join a dated event only by strong evidence, where exactly one event offers it; the rest stay alone
  const undated = new UndatedJoins(sorted.filter((r) => r.report.date === null));
  for (const draft of drafts) undated.consider(draft);
  const { joins, alone } = undated.result();
  for (const draft of drafts) draft.members.push(...(joins.get(draftKey(draft)) ?? []));
  mergeReports(alone, drafts, windowDays, reportingLagDays);
  return finishEvents(drafts, windowDays, reportingLagDays);
}

/** Reports in the order they are merged: by event date (`byReportDate`), then pass (`passOf`), then corpus order. */
export function sortedForMerge<R extends MergedReport>(reports: readonly R[]): R[] {
  return [...reports].sort((a, b) =>
    byReportDate(a.report.date, b.report.date) || passOf(a) - passOf(b) || a.order - b.order
  );
}

/** Event dates in the order reports are merged and events listed: earliest first, undated last. */
export const byReportDate = (a: string | null, b: string | null): number =>
  (a === null ? 1 : 0) - (b === null ? 1 : 0) || (a ?? "").localeCompare(b ?? "");

/**
 * What the merge reads of a report (`PlacedReport`): its number, groups and date, the figure's kind, whom it counts
 * and where its date came from, the place and the corpus order. A run that sets reports aside keeps only this of
 * each while it merges, and reads the rest back when it writes the events (`FinishedReport`).
 */
export type MergedReport = {
  report: Pick<CasualtyReport, "low" | "high" | "actors" | "date"> & {
    qualifier?: CasualtyReport["qualifier"];
    signature?: string | null;
    means?: string[];
    lasting?: Record<string, number>;
  };
  figure: Pick<Figure, "kind" | "who"> & { date?: Pick<NonNullable<Figure["date"]>, "from"> };
  order: number;
  /**
   * For a report with no date or no place: the towns (folded names) its article names anywhere, and its sentence
   * (article id and sentence index), which other reports of it may share (`UndatedJoins`; `signedAtNamedTown`).
   */
  inArticle?: { towns: string[]; sentence: string };
  place: Pick<PlaceMention, "name" | "level" | "governorate" | "cityOnly" | "lat" | "lon"> | null;
};

/** A merged report with the whole report, as an event lists it. */
export type FinishedReport = MergedReport & { report: CasualtyReport };

/** The events being built: their kind, first date, place and reports. */
export type Draft<R extends MergedReport = MergedReport> = {
  kind: Figure["kind"];
  first: string | null;
  place: ReportPlace;
  members: R[];
};

/**
 * Merges reports, in the order given, into `drafts` (events under way, in the order they were opened; new ones are
 * appended): each report joins the best candidate event or opens one. Candidates are looked up in an index of the
 * open events by kind, date, place and number (`OpenEvents`), so a crowded day costs the events a report could join,
 * not every event of the day; the tests and the choice are the same as over every open event
 * (`tests/events/reconcile-index.test.ts` compares the two).
 */
export function mergeReports<R extends MergedReport>(
  reports: readonly R[],
  drafts: Draft<R>[],
  windowDays: number,
  reportingLagDays: number,
): void {
  const open = new OpenEvents();
  drafts.forEach((draft, i) => open.add(draft as Draft, i));
  const reach = { daysBefore: Math.max(windowDays, reportingLagDays, 0), daysAfter: windowDays };
  const specific = (p: ReportPlace) => (p.level ? PLACE_SPECIFICITY[p.level] : -1);
  for (const placed of reports) {
    const { report, figure } = placed;
    const place = reportPlace(placed.place);
    const number = numberKey(report);
    const signature = report.signature ?? null;
    const candidates: OpenEvent[] = [];
    for (const event of open.near(figure.kind, report.date, reach, place, number, signature, placed.inArticle?.towns)) {
      const d = event.draft;
      const named = sameNumber(event, number) || sameSignature(event, signature) ||
        signedAtNamedTown(event, placed, signature);
      if (
        (inWindow(d.first, report.date, windowDays) ||
          (reportedLater(d.first, placed, reportingLagDays) && sameNumber(event, number)) ||
          lastingLater(event, placed, reportingLagDays) ||
          (signatureLater(d.first, report.date, reportingLagDays) && sameSignature(event, signature))) &&
        (place.name === null ? named : samePlaceOrNested(d.place, place) || signedNearby(event, place, signature)) &&
        ((!isWide(place) && !isWide(d.place)) || sameVictims(event, figure)) &&
        ((!isWide(place) && !isWide(d.place)) || meansAgreeAll(event, report.means ?? [], number, signature)) &&
        sharedActors(event, report)
      ) candidates.push(event);
    }
    // The first by: stating the report's number, naming its signature, at its own place, the nearest date, the
    // earliest opened.
    const rank = (e: OpenEvent) => [
      sameNumber(e, number) ? 0 : 1,
      sameSignature(e, signature) ? 0 : 1,
      e.draft.place.name === place.name ? 0 : 1,
      e.draft.first === null || report.date === null ? 0 : dayDistance(e.draft.first, report.date),
    ];
    let chosen: { event: OpenEvent; rank: number[] } | undefined;
    for (const event of candidates) {
      if (!nestingAgrees(event, place, number, signature, candidates.length)) continue;
      const r = rank(event);
      const c = chosen?.rank;
      if (!c || (r[0] - c[0] || r[1] - c[1] || r[2] - c[2] || r[3] - c[3] || event.opened - chosen!.event.opened) < 0) {
        chosen = { event, rank: r };
      }
    }
    if (chosen) {
      const draft = chosen.event.draft;
      draft.members.push(placed);
      const from = draft.place;
      if (specific(place) > specific(draft.place)) draft.place = place;
      open.joined(chosen.event, placed, from);
      continue;
    }
    const draft: Draft<R> = { kind: figure.kind, first: report.date, place, members: [placed] };
    drafts.push(draft);
    open.add(draft as Draft, drafts.length - 1);
  }
}

/** Drafts as events: bounds, place and coordinates of the most specific report, ids and order. */
export function finishEvents(drafts: Draft<FinishedReport>[], windowDays: number, lagDays: number): CasualtyEvent[] {
  return eventOrder(drafts).map(({ draft, id }) => finishEvent(draft, id, windowDays, lagDays));
}

/**
 * Drafts in the order their events are listed (date, undated last; kind; place; first report) with their ids
 * (`kind:date:place:n`), read from the drafts alone, so a run can write one event at a time (`finishEvent`).
 */
export function eventOrder<D extends Draft<MergedReport>>(drafts: readonly D[]): { draft: D; id: string }[] {
  const firstOrder = (draft: D) => draft.members.reduce((least, m) => Math.min(least, m.order), Infinity);
  const ordered = drafts.map((draft) => ({ draft, first: firstOrder(draft) }));
  ordered.sort((a, b) =>
    (a.draft.first === null ? 1 : 0) - (b.draft.first === null ? 1 : 0) ||
    (a.draft.first ?? "").localeCompare(b.draft.first ?? "") || a.draft.kind.localeCompare(b.draft.kind) ||
    (a.draft.place.name ?? "").localeCompare(b.draft.place.name ?? "") || a.first - b.first
  );
  const seen = new Map<string, number>();
  return ordered.map(({ draft }) => {
    const base = `${draft.kind}:${draft.first ?? "undated"}:${slug(draft.place.name ?? "unplaced") || "unplaced"}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { draft, id: `${base}:${n}` };
  });
}

/** One draft as its event: bounds, place and coordinates of the most specific report. */
export function finishEvent(
  draft: Draft<FinishedReport>,
  id: string,
  windowDays: number,
  lagDays: number,
): CasualtyEvent {
  const members = [...draft.members].sort((a, b) => a.order - b.order);
  const reports = countedReports(members.map((m) => m.report));
  const bounds = eventBounds(reports);
  const located = members.find((m) => m.place?.name === draft.place.name && m.place?.lat != null);
  const coordinates = located ? { lat: located.place!.lat!, lon: located.place!.lon! } : null;
  return {
    id,
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
    method: `${
      MERGE_RULE(windowDays, lagDays)
    }; low: the lowest credible report, high: the highest; best: ${bounds.bestRule}`,
  };
}
