import type { RelationLexicon } from "../../records/mod.ts";
import { readingConfidence, type ReadingFeatures } from "./confidence.ts";
import { pairs, type Reading } from "./frames.ts";
import type { SentenceTemplate, Unit } from "./template.ts";

type FieldRule = RelationLexicon["fieldLines"];
type Reads = FieldRule["fields"][number]["reads"];

/** How sure a field line is: a label states its tie as plainly as a role noun does. */
const FIELD_PRIOR = 0.8;

/**
 * A field line of a sentence template (which keeps no footnote marks): its label, an optional parenthetical after it,
 * and its value.
 */
const FIELD_LINE = /^\s*([^:⟦⟧()]{2,40}?)\s*(?:\(([^)]*)\))?\s*:\s*(.+)$/s;

/** A field rule read once: each label's reading, and the pattern of its side separators. */
type CompiledFields = { fields: Map<string, Reads>; separator: RegExp };
const compiledFields = new WeakMap<FieldRule, CompiledFields>();

function compiled(rule: FieldRule): CompiledFields {
  let found = compiledFields.get(rule);
  if (!found) {
    const fields = new Map<string, Reads>();
    for (const field of rule.fields) for (const label of field.labels) fields.set(label, field.reads);
    const words = rule.sideSeparators.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    const separator = new RegExp(`\\s+(?:[—–-]+\\s*)?(?:${words})(?:\\s*[—–-]+)?\\s+`, "i");
    found = { fields, separator };
    compiledFields.set(rule, found);
  }
  return found;
}

/** The groups of the placeholders `⟦k⟧` in `text`, in order, but those of `doubted` units. */
function groupsIn(text: string, template: SentenceTemplate, doubted: ReadonlySet<number> = new Set()): string[] {
  const groups: string[] = [];
  for (const match of text.matchAll(/⟦(\d+)⟧/g)) {
    if (doubted.has(Number(match[1]))) continue;
    const group = template.units[Number(match[1])]?.groupId;
    if (group && !groups.includes(group)) groups.push(group);
  }
  return groups;
}

/** A note's mark where the note opens: at a line's or sentence's start, or after a space or colon ("Notes: [1] ..."). */
const NOTE = /(?<=^|[\s:])\[([^\]\s]{1,3})\]\s*([^[]+)/g;

/** A note's first sentence: its text (lower case) and where it stands in the record's text. */
type Note = { text: string; start: number; end: number };

/** Each note of the record's raw `text` by its mark ("1", "a"): its first sentence, up to the next mark. */
function notesOf(text: string): Map<string, Note> {
  const notes = new Map<string, Note>();
  for (const match of text.matchAll(NOTE)) {
    const start = match.index! + match[0].length - match[2].length;
    const stop = match[2].search(/[.;]\s|\n/);
    const first = stop >= 0 ? match[2].slice(0, stop) : match[2];
    if (!notes.has(match[1])) notes.set(match[1], { text: first.toLowerCase(), start, end: start + first.length });
  }
  return notes;
}

/** Footnote marks right after a name in the raw text ("Faylaq al-Sham[2]"). */
const MARKS_AFTER = /^(?:\[[^\]\s]{1,3}\])+/;

/**
 * The placeholders of `template` whose names a footnote marks whose note doubts them ("Faylaq al-Sham[2]" with "[2]
 * Listed by some sources only", lexicon `fieldLines.doubtingNotes`): a listing its own record calls unsure states no
 * tie. The note's first clause must hold a doubting word and name no other group (a note on other groups doubts them,
 * not the name it marks). Footnote marks are read in the raw `text`, where the template keeps none; `named` are every
 * unit of the record, for the groups a note names.
 */
function doubtedUnits(
  template: SentenceTemplate,
  text: string,
  notes: Map<string, Note>,
  named: readonly Unit[],
  doubts: readonly string[],
): Set<number> {
  const doubted = new Set<number>();
  template.units.forEach((unit, k) => {
    const marks = MARKS_AFTER.exec(text.slice(unit.end, unit.end + 20))?.[0] ?? "";
    for (const [, mark] of marks.matchAll(/\[([^\]\s]{1,3})\]/g)) {
      const note = notes.get(mark);
      if (!note || !doubts.some((doubt) => note.text.includes(doubt))) continue;
      const others = named.some((u) => u.start >= note.start && u.end <= note.end && u.groupId !== unit.groupId);
      if (!others) doubted.add(k);
    }
  });
  return doubted;
}

/** One side of a sides line: its acting groups, and the members a side written "A: B, C" names for A. */
type Side = { groups: string[]; members: [string, string][] };

function sideOf(text: string, template: SentenceTemplate, doubted: ReadonlySet<number>): Side {
  const members: [string, string][] = [];
  const groups: string[] = [];
  for (const item of text.split(";")) {
    const colon = item.indexOf(":");
    const whole = colon >= 0 ? groupsIn(item.slice(0, colon), template, doubted) : [];
    const parts = groupsIn(colon >= 0 ? item.slice(colon + 1) : item, template, doubted);
    // (A side written "A: B, C" acts as A, whose components B and C are.)
    if (whole.length === 1) { for (const part of parts) if (part !== whole[0]) members.push([part, whole[0]]); }
    for (const group of whole.length === 1 ? whole : [...whole, ...parts]) {
      if (!groups.includes(group)) groups.push(group);
    }
  }
  return { groups, members };
}

/** The sides of a sides line's value, split at a separator word standing alone or between dashes. */
function sidesOf(value: string, template: SentenceTemplate, separator: RegExp, doubted: ReadonlySet<number>): Side[] {
  return value.split(separator).map((side) => sideOf(side, template, doubted)).filter((side) => side.groups.length > 0);
}

function fieldReading(
  template: SentenceTemplate,
  type: Reading["type"],
  subject: string,
  object: string,
  reads: Reads,
): Reading {
  const features: ReadingFeatures = { voice: "role", distance: 0, reference: "none", hedge: null };
  return {
    type,
    subjects: [subject],
    objects: [object],
    confidence: readingConfidence(FIELD_PRIOR, features),
    frame: `field:${reads}`,
    features,
    sentences: [template.index],
    joint: false,
    trigger: null,
  };
}

/**
 * The relations the field lines of an infobox or fact sheet state (lexicon `fieldLines`): one sentence per line,
 * "Label: value", the label one of the lexicon's fields. `titleGroups`: the groups the record's title names (the
 * article's title when it is a group's name), whose members, allies and opponents the fields list. Issue 10, round 93.
 */
export function fieldLineReadings(
  templates: SentenceTemplate[],
  text: string,
  titleGroups: readonly string[],
  rule: FieldRule,
): Reading[] {
  const readings: Reading[] = [];
  const { fields, separator } = compiled(rule);
  // The first side of the record's sides line: whom a support line backs where it names no side.
  let firstSide: string[] = [];
  // (The notes and the record's names are read only once a field line is found: most articles have none.)
  let notes: Map<string, Note> | null = null;
  let recordUnits: Unit[] = [];
  for (const template of templates) {
    const line = FIELD_LINE.exec(template.base);
    const reads = line ? fields.get(line[1].toLowerCase().replace(/\s+/g, " ")) : undefined;
    if (!line || !reads) continue;
    if (!notes) {
      notes = notesOf(text);
      recordUnits = templates.flatMap((t) => t.units);
    }
    const doubted = doubtedUnits(template, text, notes, recordUnits, rule.doubtingNotes);
    const named = line[2] ? groupsIn(line[2], template) : [];
    const value = line[3];
    if (reads === "sides") {
      const sides = sidesOf(value, template, separator, doubted);
      if (sides.length === 0) continue;
      if (firstSide.length === 0) firstSide = sides[0].groups;
      for (const side of sides) {
        for (const [a, b] of pairs(side.groups)) readings.push(fieldReading(template, "ally", a, b, reads));
        for (const [part, whole] of side.members) readings.push(fieldReading(template, "member", part, whole, reads));
      }
      for (let i = 0; i < sides.length; i++) {
        for (let j = i + 1; j < sides.length; j++) {
          for (const a of sides[i].groups) {
            for (const b of sides[j].groups) if (a !== b) readings.push(fieldReading(template, "clash", a, b, reads));
          }
        }
      }
      continue;
    }
    const groups = groupsIn(value, template, doubted);
    const backed = named.length > 0 ? named : firstSide.length > 0 ? firstSide : [...titleGroups];
    for (const group of groups) {
      if (reads === "support") {
        for (const side of backed) {
          if (side !== group) readings.push(fieldReading(template, "ally", group, side, reads));
        }
        continue;
      }
      for (const title of titleGroups) {
        if (title === group) continue;
        if (reads === "members") readings.push(fieldReading(template, "member", group, title, reads));
        else if (reads === "allies") readings.push(fieldReading(template, "ally", title, group, reads));
        else readings.push(fieldReading(template, "rival", title, group, reads));
      }
    }
  }
  return readings;
}
