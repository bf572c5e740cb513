import {
  evaluateEventNoteActors,
  formatEventNoteActors,
  gazetteerMentions,
  loadGoldEventNotes,
} from "./event-note-actors.ts";
import { evaluateEventNoteTolls } from "./event-note-tolls.ts";
import { defaultReference } from "../reference/mod.ts";

/**
 * One blind set of ACLED-style event notes as `deno task eval` prints it: its file, how it was written, its first
 * measurement (the headline, on the commit named, before anything was read from it) and what the current numbers
 * below it were informed by. The first measurement is text because it is history: it is never recomputed.
 */
export type EventNoteSet = {
  /** File under data/gold/. */
  file: string;
  /** The heading: which set, and when it was written relative to the fixes. */
  title: string;
  /** The first measurement, as printed when the set was first run, with the commit it ran on. */
  first: string;
  /** What informed the current numbers (actors). */
  actorsNow: string;
  /** Whether to print the gazetteer-only line beside the pipeline's (gazetteer plus discovered groups). */
  gazetteerLine?: boolean;
  /** The tolls line's label, when the set is scored for tolls; absent: actors only. */
  tollsNow?: string;
};

/** Every event-note blind set, oldest first. A new set is one more entry here, committed with its first number. */
export const EVENT_NOTE_SETS: EventNoteSet[] = [
  {
    file: "event-notes-blind.json",
    title: "ACLED-style event notes, blind (59 notes written before any extractor ran on them)",
    first: "Untuned headline, measured on the code before issue 13 (commit 958eb0e): 80.4% found (78 of 97), " +
      "0 negative hits",
    actorsNow: "after fixes informed by this set",
    gazetteerLine: true,
  },
  {
    file: "event-notes-blind-2.json",
    title: "ACLED-style event notes, second blind set (64 notes written after those fixes, never tuned on)",
    first: "First measurement, before any fix informed by this set: 93.1% (122 of 131), 2 negative hits",
    actorsNow: "after ACLED crosswalk names were read as names (a fix informed by this set's misses)",
  },
  {
    file: "event-notes-blind-3.json",
    title: "ACLED-style event notes, third blind set (73 notes written after every fix above)",
    first: "First measurement, before any fix informed by this set: 89.1% found (114 of 128), 0 hits on 66 " +
      "negative spans",
    actorsNow: "after fixes informed by the published list of set 3's misses (English head families, ACLED " +
      "state-force names, state bodies)",
  },
  {
    file: "event-notes-blind-4.json",
    title: "ACLED-style event notes, fourth blind set (53 notes written after those fixes, committed before any " +
      "extractor ran on them)",
    first: "Headline, first measurement (commit 0e7e8ff): 95.9% of named armed actors found (118 of 123; groups " +
      "the gazetteer lacks: 8 of 9; gazetteer mentions only 89.4%), 0 hits on 29 negative spans; tolls recall 0.87 " +
      "(written 0.92, implicit 0.64), precision 0.90",
    actorsNow: "current code, after fixes informed by sets 4 to 6's printed misses",
    gazetteerLine: true,
    tollsNow: "current code, after the third toll round's families (informed by the misses of sets 1 to 6)",
  },
  {
    file: "event-notes-blind-5.json",
    title: "ACLED-style event notes, fifth blind set (50 notes written after the implicit-count families of issue " +
      "12, committed before any extractor ran on them)",
    first: "Headline, first measurement (commit 8331072): 81.5% of named armed actors found (44 of 54), 1 hit on 17 " +
      "negative spans; tolls recall 0.89 (written 0.98, implicit 0.79), precision 0.82",
    actorsNow: "current code, after fixes informed by sets 4 and 5's printed misses (bare group nouns, 'Eighth " +
      "Brigade')",
    tollsNow: "current code, after the third toll round's families (informed by the misses of sets 1 to 6)",
  },
  {
    file: "event-notes-blind-6.json",
    title: "ACLED-style event notes, sixth blind set (55 notes written after the bare-descriptor fixes, committed " +
      "before any extractor ran on them)",
    first: "Headline, first measurement (code of commit 309b178): 90.1% of named armed actors found (127 of 141; " +
      "groups the gazetteer lacks: 2 of 4; gazetteer mentions only 88.7%), 0 hits on 35 negative spans; tolls " +
      "recall 0.95 (40/42), precision 0.83 (40/48)",
    actorsNow: "current code, after fixes informed by its printed misses (irregular verbs after word acronyms, " +
      "Arabic heads Qawat and Suqour, 'a regime Su-22')",
    gazetteerLine: true,
    tollsNow: "current code, after the third toll round's families (informed by the misses of sets 1 to 6)",
  },
  {
    file: "event-notes-blind-7.json",
    title: "ACLED-style event notes, seventh blind set (50 notes written by a helper that never saw the extractor's " +
      "code, lexicons or outputs, committed before any extractor ran on them)",
    first:
      "Headline, first measurement (code of commit e399892, the merge of issue 13's third round): 97.8% of named " +
      "armed actors found (87 of 89; groups the gazetteer lacks: 2 of 2; gazetteer mentions only 96.6%), 3 hits on 56 " +
      "negative spans; tolls recall 0.81 (51/63; written 0.87, implicit 0.65), precision 0.81 (51/63)",
    actorsNow: "current code, after one fix informed by its printed negative hits (hyphenated supply words: " +
      "'US-supplied' arms name no actor) and those informed by set 8's printed misses",
    gazetteerLine: true,
    tollsNow: "current code, after the third toll round's families (from sets 1 to 6 and written tests; set 7's " +
      "misses not read)",
  },
  {
    file: "event-notes-blind-8.json",
    title: "ACLED-style event notes, eighth blind set (50 notes written by a helper that never saw the extractor's " +
      "code, lexicons or outputs, committed before any extractor ran on them)",
    first:
      "Headline, first measurement (code of commit afb8c73): 94.2% of named armed actors found (65 of 69; groups " +
      "the gazetteer lacks: 2 of 3; gazetteer mentions only 91.3%), 0 hits on 86 negative spans; tolls (first measured " +
      "at ecb2539, after the third toll round): recall 0.98 (55/56), precision 0.93 (55/59)",
    actorsNow: "current code, after fixes informed by its printed misses (a word acronym before an arms " +
      "compound: 'an IS truck bomb'; a state force's modifier before any force noun: 'government artillery'; " +
      "'State Security Directorate'; the Islamic Resistance in Iraq added)",
    gazetteerLine: true,
    tollsNow: "current code",
  },
  {
    file: "event-notes-blind-9.json",
    title: "ACLED-style event notes, ninth blind set (50 notes written by a helper that never saw the extractor's " +
      "code, lexicons or outputs, after the fixes informed by set 8; committed before any extractor ran on them)",
    first:
      "Headline, first measurement (code of commit ff1399f): 95.9% of named armed actors found (70 of 73; groups " +
      "the gazetteer lacks: 1 of 2; gazetteer mentions only 94.5%), 0 hits on 88 negative spans; tolls (first measured " +
      "at ecb2539, after the third toll round): recall 0.95 (63/66), precision 0.90 (63/70)",
    actorsNow: "current code, after one fix informed by its printed misses (guns and armour as force nouns: " +
      "'Turkish howitzers')",
    gazetteerLine: true,
    tollsNow: "current code",
  },
];

/** One set's printed block: heading, first measurement, then the current numbers with what informed them. */
export async function eventNoteSetReport(set: EventNoteSet): Promise<string> {
  const notes = await loadGoldEventNotes(set.file);
  const lines = [`### ${set.title}`, set.first];
  if (set.gazetteerLine) {
    lines.push(formatEventNoteActors(
      evaluateEventNoteActors(notes, gazetteerMentions, defaultReference()),
      `gazetteer mentions only; ${set.actorsNow}`,
    ));
  }
  lines.push(formatEventNoteActors(
    evaluateEventNoteActors(notes),
    `gazetteer plus discovered groups, as the pipeline runs; ${set.actorsNow}`,
  ));
  if (set.tollsNow) {
    lines.push(await evaluateEventNoteTolls({ path: set.file, label: `${set.file}: ${set.tollsNow}` }));
  }
  return lines.join("\n");
}
