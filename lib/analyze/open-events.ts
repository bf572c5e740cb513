import type { Figure } from "../records/mod.ts";
import { precisionOf } from "../records/date.ts";
import { foldPlaceName } from "../reference/places.ts";
import { holdsNested, type ReportPlace } from "./place-nesting.ts";
import { sideOf } from "./victim-side.ts";
import type { Draft, MergedReport } from "./reconcile-events.ts";

const DAY = 86_400_000;

/**
 * An event under way as the merge tests it: the draft, its rank among the events opened (the merge's last
 * tie-break), and what the tests read from its reports, kept up to date as reports join instead of read from every
 * report at each test: the numbers they state, the armed groups they name and the victim sides they count.
 */
export type OpenEvent = {
  draft: Draft;
  opened: number;
  numbers: Set<string>;
  /** The incident signatures its reports name ("chemical"). */
  signatures: Set<string>;
  /** The means of killing its reports name ("air", "ground fire"). */
  means: Set<string>;
  /** Each distinct set of means a report of it names (reports naming none left out), so a report can agree with all. */
  meansNamed: Map<string, readonly string[]>;
  actors: Set<string>;
  sides: Set<string>;
};

/**
 * A report's number as the merge compares it: the number as stated, whatever its qualifier ("around 32", "at least 32"
 * and "32" are one number; a range is its two ends); null for no number, one equal to none (NaN), or a vague word
 * ("dozens", "several": a convention for a number, which two reports of two incidents state alike).
 */
export const numberKey = (
  report: { low: number | null; high: number | null; qualifier?: string },
): string | null => {
  const { low, high } = report;
  if (report.qualifier === "vague") return null;
  if (Number.isNaN(low) || Number.isNaN(high) || (low === null && high === null)) return null;
  // the number as stated, whatever its qualifier: "around 32", "at least 32" and "32" state one number
  return low === null || high === null || low === high ? `${low ?? high}` : `${low}:${high}`;
};

/** The open events of one kind and first date, by the keys a report's place and number must share with them. */
type DateBucket = {
  /** By folded place name (placed events only). */
  byName: Map<string, Set<OpenEvent>>;
  /** Placed events by governorate. */
  byGovernorate: Map<string, Set<OpenEvent>>;
  /** Events at a place that holds its governorate's others (`holdsNested`), by governorate. */
  holdingByGovernorate: Map<string, Set<OpenEvent>>;
  /** By every number their reports state. */
  byNumber: Map<string, Set<OpenEvent>>;
  /** By every incident signature their reports name. */
  bySignature: Map<string, Set<OpenEvent>>;
};

/** The open events of one kind: day-dated ones by day number, others by their date as written. */
type KindIndex = { days: Map<number, DateBucket>; others: Map<string, DateBucket> };

const newBucket = (): DateBucket => ({
  byName: new Map(),
  byGovernorate: new Map(),
  holdingByGovernorate: new Map(),
  byNumber: new Map(),
  bySignature: new Map(),
});

function addTo<K>(map: Map<K, Set<OpenEvent>>, key: K, event: OpenEvent): void {
  const set = map.get(key);
  if (set) set.add(event);
  else map.set(key, new Set([event]));
}

function removeFrom<K>(map: Map<K, Set<OpenEvent>>, key: K, event: OpenEvent): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(event);
  if (set.size === 0) map.delete(key);
}

const dayNumber = (date: string) => Math.floor(Date.parse(date) / DAY);

/**
 * The events under way in a merge, indexed by the keys a report must share with an event to join it (kind, first
 * date, place name or governorate, number), so a report is tested against the few events it could join, not every
 * event of its day. `near` is conservative: it gives every event the merge's tests could accept (and perhaps some
 * they refuse), so the merge, which still applies its own tests, gives the same events as testing every one.
 */
export class OpenEvents {
  #kinds = new Map<Figure["kind"], KindIndex>();

  /** Adds a draft (its reports already in it) as the `opened`-th event opened. */
  add(draft: Draft, opened: number): OpenEvent {
    const event: OpenEvent = {
      draft,
      opened,
      numbers: new Set(),
      signatures: new Set(),
      means: new Set(),
      meansNamed: new Map(),
      actors: new Set(),
      sides: new Set(),
    };
    const bucket = this.#bucket(draft, true);
    if (bucket) this.#indexPlace(bucket, draft.place, event, true);
    for (const member of draft.members) this.#count(event, member, bucket);
    return event;
  }

  /**
   * Records that `member` joined `event`, after it was pushed to the draft's members; `from` is the draft's place
   * before it joined when the report changed it (a more specific place).
   */
  joined(event: OpenEvent, member: MergedReport, from?: ReportPlace): void {
    const bucket = this.#bucket(event.draft, false);
    if (bucket && from !== undefined && from !== event.draft.place) {
      this.#indexPlace(bucket, from, event, false);
      this.#indexPlace(bucket, event.draft.place, event, true);
    }
    this.#count(event, member, bucket);
  }

  /**
   * Every open event of `kind` that a report of `date` at `place` stating `number` could join: first dated from
   * `daysBefore` days before to `daysAfter` days after a day date (or the same date otherwise), at the same place,
   * in the same governorate where one of the two places holds the other, or, for an unplaced report, stating the
   * same number or naming the same incident signature. Undated reports join nothing.
   */
  near(
    kind: Figure["kind"],
    date: string | null,
    { daysBefore, daysAfter }: { daysBefore: number; daysAfter: number },
    place: ReportPlace,
    number: string | null,
    signature: string | null = null,
    towns: readonly string[] = [],
  ): Set<OpenEvent> {
    const found = new Set<OpenEvent>();
    const index = this.#kinds.get(kind);
    if (!index || date === null) return found;
    const gather = (bucket: DateBucket | undefined) => {
      if (!bucket) return;
      const sets: (Set<OpenEvent> | undefined)[] = [];
      // a signed report may join a signed event at another place nearby, whatever its governorate
      if (signature !== null) sets.push(bucket.bySignature.get(signature));
      if (place.name === null) {
        sets.push(number === null ? undefined : bucket.byNumber.get(number));
        // a signed unplaced report may join an event at a town its article names
        if (signature !== null) { for (const town of towns) sets.push(bucket.byName.get(town)); }
      } else {
        sets.push(bucket.byName.get(foldPlaceName(place.name)));
        if (place.governorate) {
          const byGovernorate = holdsNested(place) ? bucket.byGovernorate : bucket.holdingByGovernorate;
          sets.push(byGovernorate.get(place.governorate));
        }
      }
      for (const set of sets) if (set) { for (const event of set) found.add(event); }
    };
    if (precisionOf(date) !== "day") return gather(index.others.get(date)), found;
    const at = Date.parse(date);
    const [from, to] = [Math.floor((at - daysBefore * DAY) / DAY), Math.floor((at + daysAfter * DAY) / DAY)];
    if (!(from <= to)) return found;
    if (to - from + 1 > index.days.size) {
      for (const [day, bucket] of index.days) if (day >= from && day <= to) gather(bucket);
    } else for (let day = from; day <= to; day++) gather(index.days.get(day));
    return found;
  }

  /** The bucket of a draft's kind and first date; none for an undated draft, which no report can join. */
  #bucket(draft: Draft, create: boolean): DateBucket | undefined {
    if (draft.first === null) return undefined;
    let index = this.#kinds.get(draft.kind);
    if (!index) {
      if (!create) return undefined;
      this.#kinds.set(draft.kind, index = { days: new Map(), others: new Map() });
    }
    const map: Map<number | string, DateBucket> = precisionOf(draft.first) === "day" ? index.days : index.others;
    const key = precisionOf(draft.first) === "day" ? dayNumber(draft.first) : draft.first;
    let bucket = map.get(key);
    if (!bucket && create) map.set(key, bucket = newBucket());
    return bucket;
  }

  /** Adds `event` under `place` (or removes it from under it). */
  #indexPlace(bucket: DateBucket, place: ReportPlace, event: OpenEvent, add: boolean): void {
    if (place.name === null) return;
    const change = add ? addTo : removeFrom;
    change(bucket.byName, foldPlaceName(place.name), event);
    if (!place.governorate) return;
    change(bucket.byGovernorate, place.governorate, event);
    if (holdsNested(place)) change(bucket.holdingByGovernorate, place.governorate, event);
  }

  #count(event: OpenEvent, member: MergedReport, bucket: DateBucket | undefined): void {
    const number = numberKey(member.report);
    if (number !== null && !event.numbers.has(number)) {
      event.numbers.add(number);
      if (bucket) addTo(bucket.byNumber, number, event);
    }
    const signature = member.report.signature ?? null;
    if (signature !== null && !event.signatures.has(signature)) {
      event.signatures.add(signature);
      if (bucket) addTo(bucket.bySignature, signature, event);
    }
    const named = member.report.means ?? [];
    for (const means of named) event.means.add(means);
    if (named.length > 0) event.meansNamed.set(named.join("|"), named);
    for (const actor of member.report.actors) event.actors.add(actor);
    const side = sideOf(member.figure);
    if (side !== null) event.sides.add(side);
  }
}
