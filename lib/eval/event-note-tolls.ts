import { z } from "zod";
import { GoldNoteNegative } from "./event-note-actors.ts";
import { type Figure, FigureKind, Qualifier } from "../records/mod.ts";
import { articleFromText } from "../ingest/article-from-text.ts";
import { extractFigures } from "../extract/figures/extract-figures.ts";
import { type Reference } from "../reference/mod.ts";
import { loadGold } from "./gold.ts";

/** One count an event note states (data/gold/event-notes-blind.json). */
export const GoldToll = z.object({
  kind: FigureKind,
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  /** The vague word ("dozens") a floor stands for; the second set leaves it out where there is none. */
  vagueTerm: z.string().nullable().default(null),
  /** The count rests on a/an/another/the rather than on a written number. */
  implicit: z.boolean(),
  quote: z.string(),
  /** Index of the toll of the same note this count is part of ("including 3 children"). */
  subsetOf: z.number().int().optional(),
  /** An ACLED "Fatalities: N" repeating this toll: one figure, not two. */
  restatement: z.string().nullable().optional(),
});
export type GoldToll = z.infer<typeof GoldToll>;

/** One ACLED-style event note with its tolls; actors are scored elsewhere and kept loose here. */
export const EventNote = z.object({
  id: z.string(),
  text: z.string(),
  eventDate: z.string(),
  place: z.string(),
  governorate: z.string(),
  tolls: z.array(GoldToll),
  negatives: z.array(GoldNoteNegative).optional(),
});
export type EventNote = z.infer<typeof EventNote>;

export const EventNotes = z.object({ description: z.string(), notes: z.array(EventNote) });
export type EventNotes = z.infer<typeof EventNotes>;

/** Reads data/gold/event-notes-blind.json (written before any extractor ran on it), validated. */
export function loadEventNotes(path: string | URL = "event-notes-blind.json"): Promise<EventNotes> {
  return loadGold(path, EventNotes, "event notes file");
}

/** What scoring one note's figures against its tolls found. */
export type NoteTollScore = {
  noteId: string;
  /** Gold tolls recovered, each with whether it is implicit. */
  recovered: GoldToll[];
  missed: GoldToll[];
  /** Extracted figures that match a toll. */
  correct: Figure[];
  /** Extracted figures that repeat an already matched toll its note restates ("Fatalities: 1"): neither right nor wrong. */
  restatements: Figure[];
  /**
   * Extracted parts of a count stated before them (`partOf`: "among them 5 children") matching no toll of a note whose
   * gold marks no part (`subsetOf`): outside that set's scope, neither right nor wrong.
   */
  parts: Figure[];
  /** Extracted figures matching no toll of the note. */
  wrong: Figure[];
};

const sameCount = (figure: Figure, toll: GoldToll) =>
  figure.kind === toll.kind && figure.low === toll.low && figure.high === toll.high;

/**
 * Scores the figures extracted from one note against its tolls, one to one: a toll is recovered when an extracted
 * figure of the same kind has the same low and high (qualifier and offsets are not compared); a toll the note restates
 * ("Fatalities: 1") may absorb one further figure with its count, which counts neither for nor against.
 */
export function scoreNoteTolls(note: EventNote, figures: Figure[]): NoteTollScore {
  const open = [...note.tolls];
  const restatable = note.tolls.filter((t) => t.restatement);
  const score: NoteTollScore = {
    noteId: note.id,
    recovered: [],
    missed: [],
    correct: [],
    restatements: [],
    parts: [],
    wrong: [],
  };
  const marksParts = note.tolls.some((t) => t.subsetOf !== undefined);
  for (const figure of figures) {
    const toll = open.find((t) => sameCount(figure, t));
    if (toll) {
      open.splice(open.indexOf(toll), 1);
      score.recovered.push(toll);
      score.correct.push(figure);
      continue;
    }
    const restated = restatable.find((t) => sameCount(figure, t) && !open.includes(t));
    if (restated) {
      restatable.splice(restatable.indexOf(restated), 1);
      score.restatements.push(figure);
    } else if (figure.partOf !== undefined && !marksParts) score.parts.push(figure);
    else score.wrong.push(figure);
  }
  score.missed = open;
  return score;
}

/** Totals over every note. */
export function sumNoteScores(scores: NoteTollScore[]) {
  const all = <K extends "recovered" | "missed">(k: K) => scores.flatMap((s) => s[k]);
  const recovered = all("recovered");
  const missed = all("missed");
  const count = (tolls: GoldToll[], implicit: boolean) => tolls.filter((t) => t.implicit === implicit).length;
  const correct = scores.reduce((n, s) => n + s.correct.length, 0);
  const wrong = scores.reduce((n, s) => n + s.wrong.length, 0);
  return {
    tolls: recovered.length + missed.length,
    recovered: recovered.length,
    written: { tolls: count(recovered, false) + count(missed, false), recovered: count(recovered, false) },
    implicit: { tolls: count(recovered, true) + count(missed, true), recovered: count(recovered, true) },
    extracted: correct + wrong,
    correct,
    wrong,
    restatements: scores.reduce((n, s) => n + s.restatements.length, 0),
    parts: scores.reduce((n, s) => n + s.parts.length, 0),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? "n/a" : (a / b).toFixed(2));

/**
 * The event-note toll evaluation as printable text: recall of tolls (written numbers and implicit counts apart) and
 * precision of the figures extracted from the notes. `label` says what code state the number is of.
 */
export async function evaluateEventNoteTolls(
  options: { path?: string | URL; reference?: Reference; examples?: number; label?: string } = {},
): Promise<string> {
  // examples stay off by default: reading a blind set's misses is tuning on it
  const { examples = 0 } = options;
  const notes = await loadEventNotes(options.path);
  const scores = notes.notes.map((note) => {
    const article = articleFromText(note.id, note.text, note.eventDate);
    return scoreNoteTolls(
      note,
      options.reference ? extractFigures(article, options.reference) : extractFigures(article),
    );
  });
  const sum = sumNoteScores(scores);
  const lines = [
    `event notes (${notes.notes.length} ACLED-style notes, ${sum.tolls} tolls, written blind before any extractor ran` +
    `${options.label ? `; ${options.label}` : ""}):`,
    `  toll recall ${ratio(sum.recovered, sum.tolls)} (${sum.recovered}/${sum.tolls}); written numbers ` +
    `${ratio(sum.written.recovered, sum.written.tolls)} (${sum.written.recovered}/${sum.written.tolls}), implicit ` +
    `counts ${ratio(sum.implicit.recovered, sum.implicit.tolls)} (${sum.implicit.recovered}/${sum.implicit.tolls}) ` +
    `(target 0.90)`,
    `  precision ${
      ratio(sum.correct, sum.extracted)
    } (${sum.correct}/${sum.extracted} extracted figures match a toll; ` +
    `${sum.restatements} restatements like "Fatalities: 1" counted once, not scored; ${sum.parts} parts of a count ` +
    `stated before them ("among them 5 children") where the note's gold marks no part, not scored)`,
    `  rule: a toll is recovered when a figure of its note has the same kind, low and high; one to one`,
  ];
  const misses = scores.flatMap((s) => s.missed.map((t) => ({ id: s.noteId, t })));
  for (const { id, t } of misses.slice(0, examples)) {
    lines.push(`  missed: ${id} ${t.kind} ${t.low}–${t.high}${t.implicit ? " implicit" : ""}: "${t.quote}"`);
  }
  const wrong = scores.flatMap((s) => s.wrong.map((f) => ({ id: s.noteId, f })));
  for (const { id, f } of wrong.slice(0, examples)) {
    lines.push(`  extra:  ${id} ${f.kind} ${f.low ?? "…"}–${f.high ?? "…"}: "${f.quote.slice(0, 80)}"`);
  }
  return lines.join("\n");
}
