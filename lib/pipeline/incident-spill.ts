import type { CasualtyEvent, CasualtyReport } from "../records/mod.ts";
import type { PlacedReport } from "../analyze/casualty-reports.ts";
import {
  byReportDate,
  type Draft,
  eventOrder,
  type FinishedReport,
  finishEvent,
  type MergedReport,
  mergeReports,
  REPORTING_LAG_DAYS,
  sortedForMerge,
} from "../analyze/reconcile-events.ts";
import { draftKey, UndatedJoins } from "../analyze/undated-joins.ts";
import { precisionOf } from "../records/date.ts";
import { SharedValues } from "./shared-values.ts";

/** Lines held in memory before they are appended to their files. */
const FLUSH_CHARACTERS = 4_000_000;
/** Bytes read at once from a date's file. */
const READ_BYTES = 1 << 20;
/**
 * A date's file up to this size is read whole and kept while its events are held, so each event's reports are read
 * back from memory (a seek and a read per report took a third of the reconciliation); a larger one (a crowded day
 * of a synthetic corpus: up to 100 MB) is read in blocks and its lines read back by position.
 */
const WHOLE_FILE_BYTES = 4 << 20;

/** How the pipeline reconciles: one event date (window 0), and a report dated by its publication day joins an event of
 * up to `REPORTING_LAG_DAYS` days before that states its number. */
const WINDOW_DAYS = 0;
const LAG_DAYS = REPORTING_LAG_DAYS;
const DAY = 86_400_000;

/** A report set aside, as held while its date is merged: what the merge reads, and where its line is. */
type HeldReport = MergedReport & { file: string; at: number; bytes: number };

/**
 * The incident reports of a run, set aside on disk (one JSONL file per event date, in a temporary folder) as the
 * run reads them, so a corpus of any size holds none of them in memory; at the end, `events()` reconciles one date
 * at a time. This relies on how the pipeline reconciles (`windowDays` 0): reports of different event dates never
 * merge, and events are ordered by date first, so the events of each date, in date order, are the events of the
 * whole run, byte for byte (`tests/pipeline/incident-spill.test.ts` compares the two).
 */
export class IncidentSpill {
  #folder: string;
  #files = new Map<string | null, string>();
  #pending = new Map<string | null, string[]>();
  /** The files read whole (`WHOLE_FILE_BYTES`), while their reports are held. */
  #wholeFiles = new Map<string, Uint8Array>();
  /**
   * The dates' lines never written out, by the path their file would have: once the run is read, a date's lines still
   * gathered (no file yet, and small enough to be read whole) stay here. On FA-KES that is every date: 483 files
   * written and read back twice took more than half of the reconciliation, which runs after the workers are done.
   * Bounded like the lines gathered between flushes (`FLUSH_CHARACTERS`).
   */
  #kept = new Map<string, Uint8Array>();
  #pendingCharacters = 0;
  #encoder = new TextEncoder();
  #decoder = new TextDecoder();
  /** Equal values of the reports read back, held once. */
  #shared = new SharedValues();

  #wholeFileBytes: number;
  #flushCharacters: number;

  private constructor(folder: string, wholeFileBytes: number, flushCharacters: number) {
    this.#folder = folder;
    this.#wholeFileBytes = wholeFileBytes;
    this.#flushCharacters = flushCharacters;
  }

  /**
   * `wholeFileBytes`: the largest date's file read whole (tests set 0 to read every line back by position);
   * `flushCharacters`: the lines gathered before they are appended to their files (tests set a few to write some).
   */
  static async create(
    { wholeFileBytes = WHOLE_FILE_BYTES, flushCharacters = FLUSH_CHARACTERS } = {},
  ): Promise<IncidentSpill> {
    return new IncidentSpill(await Deno.makeTempDir({ prefix: "incident-reports-" }), wholeFileBytes, flushCharacters);
  }

  /** Sets reports aside, in the order of the corpus. */
  async add(reports: readonly PlacedReport[]): Promise<void> {
    for (const placed of reports) this.addReport(placed.report.date, placed.order, spilledTail(placed));
    await this.flushIfFull();
  }

  /**
   * Sets aside one report already serialised (`spilledTail`, as a worker sends it), under its event date and with
   * its order in the corpus: the run reorders nothing and serialises nothing here.
   */
  addReport(date: string | null, order: number, tail: string): void {
    const line = `{"order":${order},${tail.slice(1)}\n`;
    const lines = this.#pending.get(date);
    if (lines) lines.push(line);
    else this.#pending.set(date, [line]);
    this.#pendingCharacters += line.length;
  }

  /** Appends what is gathered to the files once there is enough of it. */
  async flushIfFull(): Promise<void> {
    if (this.#pendingCharacters > this.#flushCharacters) await this.#flush();
  }

  /**
   * The events of the run, one at a time, in the order events.jsonl lists them: the same events, byte for byte, as
   * `reconcileReports` over every report at once, which merges date by date. A date's reports meet only the events
   * of the day before (the reporting lag), so the events of a day are held until the next date is merged, and those
   * of coarser dates listed after them ("2014-06" sorts between 31 May and 1 June) wait with them. While merging,
   * only what the merge reads of each report is held (`MergedReport`: no quote, no offsets, no figure beyond its
   * kind, side and date source); an event's whole reports are read back from their lines when it is written, so
   * memory holds one event's reports at a time, not a day's.
   */
  async *events(): AsyncGenerator<CasualtyEvent> {
    await this.#flush(true);
    const lines = new LineReader(this.#wholeFiles, this.#kept);
    try {
      // Undated reports join a dated event only where exactly one event of the whole run offers strong evidence
      // (`UndatedJoins`): a first pass over the dated events finds which, a second writes the events with them.
      const undated = this.#files.has(null) ? await this.#read(null) : [];
      let joins = new Map<number, HeldReport[]>();
      let alone = undated;
      if (undated.length > 0) {
        const tally = new UndatedJoins(undated);
        for await (const groups of this.#datedGroups(lines)) {
          for (const drafts of groups) for (const draft of drafts) tally.consider(draft);
        }
        ({ joins, alone } = tally.result());
      }
      const finished = function* (groups: Draft<HeldReport>[][]): Generator<CasualtyEvent> {
        for (const drafts of groups) {
          for (const draft of drafts) draft.members.push(...(joins.get(draftKey(draft)) ?? []));
          for (const { draft, id } of eventOrder(drafts)) {
            const whole: Draft<FinishedReport> = { ...draft, members: draft.members.map((m) => lines.restore(m)) };
            draft.members = [];
            yield finishEvent(whole, id, WINDOW_DAYS, LAG_DAYS);
          }
        }
      };
      for await (const groups of this.#datedGroups(lines)) yield* finished(groups);
      const drafts: Draft<HeldReport>[] = [];
      mergeReports(alone, drafts, WINDOW_DAYS, LAG_DAYS);
      yield* finished([drafts]);
    } finally {
      lines.close();
    }
  }

  /**
   * The dated events of the run as drafts, in groups released in event order: a day's events once no later date can
   * join them (the reporting lag), with the coarser dates listed between days. A date's reports meet only the events
   * of the days before within the lag, so the events of a day are held until a date more than the lag later is
   * merged, and those of coarser dates listed after them ("2014-06" sorts between 31 May and 1 June) wait with them.
   */
  async *#datedGroups(lines: LineReader): AsyncGenerator<Draft<HeldReport>[][]> {
    // Groups of drafts in event order: a day's events while a later day may still join them (up to the lag), and
    // the coarser dates listed between days, which wait behind the days before them.
    const held: { date: string | null; drafts: Draft<HeldReport>[] }[] = [];
    const heldDrafts = () => held.flatMap((group) => group.drafts);
    /** Releases, from the front, the groups no report of `date` or later can join (all of them for null). */
    const releaseBefore = (date: string | null): Draft<HeldReport>[][] => {
      const out: Draft<HeldReport>[][] = [];
      while (held.length > 0) {
        const front = held[0];
        const isDay = front.date !== null && precisionOf(front.date) === "day";
        const reachable = date !== null && isDay && (Date.parse(date) - Date.parse(front.date!)) / DAY <= LAG_DAYS;
        if (reachable) break;
        out.push(held.shift()!.drafts);
      }
      return out;
    };
    const release = async function* (groups: Draft<HeldReport>[][]) {
      if (groups.length > 0) yield groups;
      lines.closeUnused(heldDrafts());
    };
    for (const date of [...this.#files.keys()].filter((d) => d !== null).sort(byReportDate)) {
      const isDay = precisionOf(date) === "day";
      if (!isDay) {
        const reports = await this.#read(date);
        const drafts: Draft<HeldReport>[] = [];
        mergeReports(reports, drafts, WINDOW_DAYS, LAG_DAYS);
        if (held.length > 0) held.push({ date, drafts });
        else yield* release([drafts]);
        continue;
      }
      // the held days within the lag (and the coarser dates between them) are the events this date's reports may join
      yield* release(releaseBefore(date));
      // read after the release, so the files of the released dates are let go before this one is held
      const reports = await this.#read(date);
      const earlier = heldDrafts();
      const drafts = [...earlier];
      mergeReports(reports, drafts, WINDOW_DAYS, LAG_DAYS);
      held.push({ date, drafts: drafts.slice(earlier.length) });
    }
    yield* release(releaseBefore(null));
  }

  /**
   * A date's reports, read back line by line and kept as the merge reads them (with where each line is), by pass
   * and corpus order as `reconcileReports` merges them.
   */
  async #read(date: string | null): Promise<HeldReport[]> {
    const file = this.#files.get(date)!;
    const reports: HeldReport[] = [];
    const kept = this.#kept.get(file);
    if (kept || (await Deno.stat(file)).size <= this.#wholeFileBytes) {
      const bytes = kept ?? await Deno.readFile(file);
      this.#wholeFiles.set(file, bytes);
      let start = 0;
      for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, start)) {
        if (end > start) {
          reports.push(
            heldReport(
              JSON.parse(this.#decoder.decode(bytes.subarray(start, end))),
              file,
              start,
              end - start,
              this.#shared,
            ),
          );
        }
        start = end + 1;
      }
      return sortedForMerge(reports);
    }
    const handle = await Deno.open(file);
    try {
      const buffer = new Uint8Array(READ_BYTES);
      let carry = new Uint8Array(0);
      let offset = 0;
      for (let read = await handle.read(buffer); read !== null; read = await handle.read(buffer)) {
        const chunk = carry.length === 0 ? buffer.subarray(0, read) : concat(carry, buffer.subarray(0, read));
        let start = 0;
        for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
          const line = chunk.subarray(start, end);
          if (line.length > 0) {
            reports.push(
              heldReport(JSON.parse(this.#decoder.decode(line)), file, offset + start, line.length, this.#shared),
            );
          }
          start = end + 1;
        }
        offset += start;
        carry = chunk.slice(start);
      }
    } finally {
      handle.close();
    }
    return sortedForMerge(reports);
  }

  /** Removes the temporary folder. */
  async close(): Promise<void> {
    await Deno.remove(this.#folder, { recursive: true }).catch(() => {});
  }

  /** `last`: the run is read; a date with no file yet keeps its lines in memory if they would be read whole. */
  async #flush(last = false): Promise<void> {
    for (const [date, lines] of this.#pending) {
      let file = this.#files.get(date);
      const bytes = this.#encoder.encode(lines.join(""));
      if (file === undefined) {
        this.#files.set(date, file = `${this.#folder}/${this.#files.size}.jsonl`);
        if (last && bytes.length <= this.#wholeFileBytes) {
          this.#kept.set(file, bytes);
          continue;
        }
      }
      await Deno.writeFile(file, bytes, { append: true });
    }
    this.#pending.clear();
    this.#pendingCharacters = 0;
  }
}

/**
 * A report as set aside, but for its order: the whole report, what the merge reads of its figure (kind, side, where
 * its date came from) and of its place. A JSON object, so the order can be put first (`addReport`).
 */
export function spilledTail(placed: Pick<PlacedReport, "report" | "figure" | "place" | "inArticle">): string {
  const { report, figure, place, inArticle } = placed;
  const slimFigure = {
    kind: figure.kind,
    who: figure.who,
    ...(figure.date ? { date: { from: figure.date.from } } : {}),
  };
  const slimPlace = place && {
    name: place.name,
    level: place.level,
    governorate: place.governorate,
    lat: place.lat,
    lon: place.lon,
    ...(place.cityOnly ? { cityOnly: place.cityOnly } : {}),
  };
  return JSON.stringify({ report, figure: slimFigure, place: slimPlace, ...(inArticle ? { inArticle } : {}) });
}

/**
 * A spilled line as held while merging: the report's number, groups and date only, each value shared with the equal
 * values of the reports held before it (`SharedValues`).
 */
function heldReport(
  line: MergedReport & { report: CasualtyReport },
  file: string,
  at: number,
  bytes: number,
  shared: SharedValues,
): HeldReport {
  const { low, high, qualifier, actors, date, signature, means, lasting } = line.report;
  const { inArticle } = line;
  return {
    report: {
      low,
      high,
      qualifier: shared.share(qualifier),
      actors: shared.share(actors),
      date: shared.share(date),
      signature: shared.share(signature),
      means: shared.share(means),
      lasting: shared.share(lasting),
    },
    figure: shared.share(line.figure),
    order: line.order,
    ...(inArticle ? { inArticle: { towns: shared.share(inArticle.towns), sentence: inArticle.sentence } } : {}),
    place: shared.share(line.place),
    file,
    at,
    bytes,
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * Reads set-aside lines back: from the bytes of a file read whole, else by position, keeping the files of the dates
 * still held open.
 */
class LineReader {
  #open = new Map<string, Deno.FsFile>();
  #whole: Map<string, Uint8Array>;
  #kept: ReadonlyMap<string, Uint8Array>;
  #decoder = new TextDecoder();

  /**
   * `whole`: the files read whole so far, by path (shared with the spill, which adds to it as it reads); `kept`: the
   * lines never written out, by the path their file would have.
   */
  constructor(whole: Map<string, Uint8Array>, kept: ReadonlyMap<string, Uint8Array>) {
    this.#whole = whole;
    this.#kept = kept;
  }

  /** The report whole, read back from its line. */
  restore(held: HeldReport): FinishedReport {
    const line = JSON.parse(this.#decoder.decode(this.#line(held))) as FinishedReport;
    return { ...held, report: line.report } as FinishedReport;
  }

  #line(held: HeldReport): Uint8Array {
    const whole = this.#whole.get(held.file) ?? this.#kept.get(held.file);
    if (whole) return whole.subarray(held.at, held.at + held.bytes);
    let file = this.#open.get(held.file);
    if (!file) this.#open.set(held.file, file = Deno.openSync(held.file));
    const bytes = new Uint8Array(held.bytes);
    file.seekSync(held.at, Deno.SeekMode.Start);
    for (let read = 0; read < bytes.length;) {
      const n = file.readSync(bytes.subarray(read));
      if (n === null) throw new Error(`${held.file}: a set-aside incident report ends early (at byte ${held.at})`);
      read += n;
    }
    return bytes;
  }

  /** Closes (or lets go of) the files no draft still held reads from. */
  closeUnused(held: readonly Draft<HeldReport>[]): void {
    const needed = new Set(held.flatMap((draft) => draft.members.map((m) => m.file)));
    for (const [path, file] of this.#open) {
      if (!needed.has(path)) {
        file.close();
        this.#open.delete(path);
      }
    }
    for (const path of this.#whole.keys()) if (!needed.has(path)) this.#whole.delete(path);
  }

  close(): void {
    for (const file of this.#open.values()) file.close();
    this.#open.clear();
    this.#whole.clear();
  }
}
