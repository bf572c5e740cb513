import { foldPlaceName } from "../reference/places.ts";
import { meansAgree } from "./incident-means.ts";
import { numberKey } from "./open-events.ts";
import { holdsNested, placeDistanceKm, type ReportPlace, reportPlace, samePlaceOrNested } from "./place-nesting.ts";
import { sideOf } from "./victim-side.ts";
import type { Draft, MergedReport } from "./reconcile-events.ts";

/** How far apart (km) a signed undated report's place and an event's may lie (as `SIGNATURE_REACH_KM`). */
const REACH_KM = 25;

/**
 * The least number that ties an undated report to an event at a governorate or its capital by number and place: a
 * small toll ("nine killed in strikes ... of Idlib province") recurs there on many days, so matching it is chance.
 */
export const WIDE_PLACE_LEAST = 10;

/**
 * The kinds of strong evidence by which a report with no date at all (its article has no publication date and its
 * own words date nothing) may join a dated event, strongest first: the event's reports name the report's incident
 * signature and state its number, at its place, one nearby or, for an unplaced report, a town its article names ("a
 * suicide bombing that killed more than 30", no date, in an article naming "the Atme border crossing", and "more than
 * 30" in a suicide bombing near Atmeh on 14 August); they state its number at the same or a nested place and name
 * means that agree with the report's, where the report names no signature and its place is a town or its number is
 * at least `WIDE_PLACE_LEAST` ("a bomb blast ... injured 32 in ... Aleppo"); they name its signature at a town its article names ("Tuesday's
 * strike in the town of Khan Sheikhun", a chemical attack).
 */
export const UNDATED_EVIDENCE = ["signature and number", "number and place", "signature and named town"] as const;

/** The key of a draft that does not change as reports join it: its earliest report's corpus order. */
export const draftKey = (draft: Draft): number =>
  draft.members.reduce((least, m) => Math.min(least, m.order), Infinity);

/** Which kind of evidence (index into `UNDATED_EVIDENCE`) ties an undated report to a dated event, or -1 for none. */
export function undatedEvidence(draft: Draft, report: MergedReport): number {
  if (draft.first === null || draft.kind !== report.figure.kind) return -1;
  const number = numberKey(report.report);
  const signature = report.report.signature ?? null;
  const members = draft.members;
  const states = number !== null && members.some((m) => numberKey(m.report) === number);
  const signed = signature !== null && members.some((m) => m.report.signature === signature);
  const place = reportPlace(report.place);
  const namedTown = isTown(draft.place) && (report.inArticle?.towns ?? []).includes(foldPlaceName(draft.place.name!));
  const near = () => {
    if (place.name === null) return namedTown;
    if (samePlaceOrNested(draft.place, place)) return true;
    const km = placeDistanceKm(draft.place, place);
    return km !== null && km <= REACH_KM;
  };
  if (signed && states && near()) return 0;
  const means = report.report.means ?? [];
  // a signed report ("a suicide car bomb attack") is not the same incident as an event whose reports name no such attack
  const distinct = isTown(place) || Number(number?.split(":")[0]) >= WIDE_PLACE_LEAST;
  if (
    states && distinct && signature === null && means.length > 0 && place.name !== null &&
    samePlaceOrNested(draft.place, place)
  ) {
    const named = new Set(members.flatMap((m) => m.report.means ?? []));
    const side = sideOf(report.figure);
    const sides = new Set(members.map((m) => sideOf(m.figure)).filter((s) => s !== null));
    if (meansAgree(named, means) && named.size > 0 && (side === null || sides.size === 0 || sides.has(side))) return 1;
  }
  if (signed && namedTown) return 2;
  return -1;
}

/**
 * Whether an event states an undated report's number at the same or a nested place, by means that agree: too weak
 * alone, but enough on the day of the event another report of its sentence joined ("killed six and injured 32": the
 * 32 injured joined the day's event; the six killed join that day's killed event stating 6).
 */
export function statesAtPlace(draft: Draft, report: MergedReport): boolean {
  if (draft.first === null || draft.kind !== report.figure.kind) return false;
  const number = numberKey(report.report);
  if (number === null || !draft.members.some((m) => numberKey(m.report) === number)) return false;
  if (!samePlaceOrNested(draft.place, reportPlace(report.place))) return false;
  return meansAgree(new Set(draft.members.flatMap((m) => m.report.means ?? [])), report.report.means ?? []);
}

/** How many events a report may state its number at its place (`statesAtPlace`) and still be followed. */
const WEAK_KEPT = 64;

/** A place below its governorate and capital: a town, a region or another city. */
const isTown = (place: ReportPlace) => place.name !== null && place.level !== "governorate" && !holdsNested(place);

/**
 * Joins of undated reports to dated events, gathered over every finished dated event (`consider`, in any order):
 * a report joins an event only where, at the strongest kind of evidence any event offers it (`undatedEvidence`),
 * exactly one event qualifies; else it stays alone, as every undated report did before.
 */
export class UndatedJoins<R extends MergedReport> {
  #reports: readonly R[];
  /** For each report: the strongest evidence seen and the keys of the events offering it (at most two kept). */
  #best: { tier: number; keys: number[] }[];
  /** For each report: the events stating its number at its place (`statesAtPlace`), with their dates. */
  #weak: { key: number; date: string }[][];
  /** The date of each event a report may join. */
  #dates = new Map<number, string>();

  /**
   * The reports by kind and stated number, and by kind and signature: every kind of evidence needs an event's reports
   * to state the report's number or name its signature, so an event is tested only against the reports it may take
   * (linear in events and reports, not their product).
   */
  #byEvidence = new Map<string, number[]>();

  constructor(undated: readonly R[]) {
    this.#reports = undated;
    this.#best = undated.map(() => ({ tier: UNDATED_EVIDENCE.length, keys: [] }));
    this.#weak = undated.map(() => []);
    undated.forEach((report, i) => {
      const number = numberKey(report.report);
      const signature = report.report.signature ?? null;
      if (number !== null) this.#file(`${report.figure.kind}|n|${number}`, i);
      if (signature !== null) this.#file(`${report.figure.kind}|s|${signature}`, i);
    });
  }

  #file(key: string, index: number): void {
    const list = this.#byEvidence.get(key);
    if (list) list.push(index);
    else this.#byEvidence.set(key, [index]);
  }

  /** The reports an event may take: those whose number or signature one of its reports states, in report order. */
  #candidates(draft: Draft): number[] {
    const found = new Set<number>();
    for (const member of draft.members) {
      const number = numberKey(member.report);
      const signature = member.report.signature ?? null;
      if (number !== null) { for (const i of this.#byEvidence.get(`${draft.kind}|n|${number}`) ?? []) found.add(i); }
      if (signature !== null) {
        for (const i of this.#byEvidence.get(`${draft.kind}|s|${signature}`) ?? []) found.add(i);
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** Tests a dated event, whose reports are all in (no dated report joins it later). */
  consider(draft: Draft): void {
    if (draft.first === null) return;
    let key: number | undefined;
    for (const i of this.#candidates(draft)) {
      const report = this.#reports[i];
      if (statesAtPlace(draft, report) && this.#weak[i].length < WEAK_KEPT) {
        key ??= draftKey(draft);
        this.#weak[i].push({ key, date: draft.first! });
      }
      const tier = undatedEvidence(draft, report);
      if (tier < 0) continue;
      const best = this.#best[i];
      key ??= draftKey(draft);
      this.#dates.set(key, draft.first!);
      if (tier < best.tier) this.#best[i] = { tier, keys: [key] };
      else if (tier === best.tier && best.keys.length < 2 && !best.keys.includes(key)) best.keys.push(key);
    }
  }

  /**
   * The reports each event takes, by its key (`draftKey`), and the reports left alone, in their order. A report
   * with no evidence of its own that one event alone offers follows the reports of its sentence that have: on their
   * event's day, it joins the one event stating its number at its place (`statesAtPlace`).
   */
  result(): { joins: Map<number, R[]>; alone: R[] } {
    const chosen = this.#best.map(({ keys }) => (keys.length === 1 ? keys[0] : undefined));
    const days = new Map<string, Set<string>>();
    this.#reports.forEach((report, i) => {
      const sentence = report.inArticle?.sentence;
      if (chosen[i] === undefined || sentence === undefined) return;
      days.set(sentence, (days.get(sentence) ?? new Set()).add(this.#dates.get(chosen[i]!)!));
    });
    this.#reports.forEach((report, i) => {
      const day = days.get(report.inArticle?.sentence ?? "");
      if (chosen[i] !== undefined || day?.size !== 1) return;
      const [date] = day;
      const keys = new Set(this.#weak[i].filter((w) => w.date === date).map((w) => w.key));
      if (keys.size === 1) chosen[i] = [...keys][0];
    });
    const joins = new Map<number, R[]>();
    const alone: R[] = [];
    this.#reports.forEach((report, i) => {
      const key = chosen[i];
      if (key === undefined) return void alone.push(report);
      const list = joins.get(key);
      if (list) list.push(report);
      else joins.set(key, [report]);
    });
    return { joins, alone };
  }
}
