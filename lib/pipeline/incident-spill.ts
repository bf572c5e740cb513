import type { CasualtyEvent } from "../records/mod.ts";
import type { PlacedReport } from "../analyze/casualty-reports.ts";
import { byReportDate, type Draft, finishEvents, mergeReports, sortedForMerge } from "../analyze/reconcile-events.ts";
import { precisionOf } from "../records/date.ts";
import { fileChunks, textLines } from "../ingest/lines.ts";

/** Lines held in memory before they are appended to their files. */
const FLUSH_CHARACTERS = 4_000_000;

/** How the pipeline reconciles: one event date (window 0), and a report dated by its publication day joins an event of
 * the day before that states its number (lag 1). */
const WINDOW_DAYS = 0;
const LAG_DAYS = 1;
const DAY = 86_400_000;

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
  #pending = new Map<string | null, string>();
  #pendingCharacters = 0;

  private constructor(folder: string) {
    this.#folder = folder;
  }

  static async create(): Promise<IncidentSpill> {
    return new IncidentSpill(await Deno.makeTempDir({ prefix: "incident-reports-" }));
  }

  /** Sets reports aside, in the order of the corpus. */
  async add(reports: readonly PlacedReport[]): Promise<void> {
    for (const placed of reports) {
      const date = placed.report.date;
      const line = JSON.stringify(spilled(placed)) + "\n";
      this.#pending.set(date, (this.#pending.get(date) ?? "") + line);
      this.#pendingCharacters += line.length;
    }
    if (this.#pendingCharacters > FLUSH_CHARACTERS) await this.#flush();
  }

  /**
   * The events of the run, one event date at a time, in the order events.jsonl lists them: the same events, byte for
   * byte, as `reconcileReports` over every report at once, which merges date by date. A date's reports meet only the
   * events of the day before (the reporting lag), so the events of a day are held until the next date is merged, and
   * those of coarser dates listed after them ("2014-06" sorts between 31 May and 1 June) wait with them. A date's
   * reports are read line by line, so only their records are held, not their file's text as well.
   */
  async *events(): AsyncGenerator<CasualtyEvent[]> {
    await this.#flush();
    let held: { date: string; drafts: Draft[] } | null = null;
    let waiting: CasualtyEvent[][] = [];
    const release = function* (): Generator<CasualtyEvent[]> {
      if (held) yield finishEvents(held.drafts, WINDOW_DAYS, LAG_DAYS);
      yield* waiting;
      held = null;
      waiting = [];
    };
    for (const date of [...this.#files.keys()].sort(byReportDate)) {
      const reports = await this.#read(date);
      const isDay = date !== null && precisionOf(date) === "day";
      if (!isDay) {
        const drafts: Draft[] = [];
        mergeReports(reports, drafts, WINDOW_DAYS, LAG_DAYS);
        const events = finishEvents(drafts, WINDOW_DAYS, LAG_DAYS);
        if (held) waiting.push(events);
        else yield events;
        continue;
      }
      const dayBefore = held !== null && (Date.parse(date) - Date.parse(held.date)) / DAY <= LAG_DAYS;
      const earlier: Draft[] = dayBefore ? held!.drafts : [];
      if (!dayBefore) yield* release();
      const drafts = [...earlier];
      mergeReports(reports, drafts, WINDOW_DAYS, LAG_DAYS);
      if (dayBefore) yield* release();
      held = { date, drafts: drafts.slice(earlier.length) };
    }
    yield* release();
  }

  /** A date's reports, read back line by line, by pass and corpus order as `reconcileReports` merges them. */
  async #read(date: string | null): Promise<PlacedReport[]> {
    const reports: PlacedReport[] = [];
    for await (const { text } of textLines(fileChunks(this.#files.get(date)!))) {
      if (text !== "") reports.push(restored(JSON.parse(text)));
    }
    return sortedForMerge(reports);
  }

  /** Removes the temporary folder. */
  async close(): Promise<void> {
    await Deno.remove(this.#folder, { recursive: true }).catch(() => {});
  }

  async #flush(): Promise<void> {
    for (const [date, lines] of this.#pending) {
      let file = this.#files.get(date);
      if (file === undefined) this.#files.set(date, file = `${this.#folder}/${this.#files.size}.jsonl`);
      await Deno.writeTextFile(file, lines, { append: true });
    }
    this.#pending.clear();
    this.#pendingCharacters = 0;
  }
}

/** A report as set aside: the figure's quote, the same as the report's, is written once. */
type Spilled = PlacedReport & { figureQuoteIsReports?: true };

function spilled(placed: PlacedReport): Spilled {
  if (placed.figure.quote !== placed.report.quote) return placed;
  return { ...placed, figure: { ...placed.figure, quote: "" }, figureQuoteIsReports: true };
}

function restored(placed: Spilled): PlacedReport {
  if (placed.figureQuoteIsReports) {
    placed.figure.quote = placed.report.quote;
    delete placed.figureQuoteIsReports;
  }
  return placed;
}
