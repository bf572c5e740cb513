import type { CasualtyEvent } from "../records/mod.ts";
import type { PlacedReport } from "../analyze/casualty-reports.ts";
import { reconcileReports } from "../analyze/reconcile-events.ts";
import { fileChunks, textLines } from "../ingest/lines.ts";

/** Lines held in memory before they are appended to their files. */
const FLUSH_CHARACTERS = 4_000_000;

/** Dates in the order events are written: earliest first, undated last (as `reconcileReports` orders them). */
const byEventDate = (a: string | null, b: string | null) =>
  (a === null ? 1 : 0) - (b === null ? 1 : 0) || (a ?? "").localeCompare(b ?? "");

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
   * The events of the run, one event date at a time, in the order events.jsonl lists them. A date's reports are read
   * line by line, so only their records are held, not their file's text as well.
   */
  async *events(): AsyncGenerator<CasualtyEvent[]> {
    await this.#flush();
    for (const date of [...this.#files.keys()].sort(byEventDate)) {
      const reports: PlacedReport[] = [];
      for await (const { text } of textLines(fileChunks(this.#files.get(date)!))) {
        if (text !== "") reports.push(restored(JSON.parse(text)));
      }
      yield reconcileReports(reports, { windowDays: 0 });
    }
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
