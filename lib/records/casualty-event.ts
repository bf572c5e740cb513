import { z } from "zod";
import { DatePrecision } from "./date.ts";
import { FigureKind, Qualifier } from "./figure.ts";
import { PlaceLevel } from "./place.ts";

/** One article's statement of an incident's toll: a figure, cited, with the date and place it was read with. */
export const CasualtyReport = z.object({
  articleId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  attributedTo: z.string().nullable(),
  /** The count rests on a determiner ("a civilian was killed"), not on a written number. */
  implicit: z.boolean(),
  /** The sentence reports a running tally ("the toll rose to 54"): it supersedes earlier, lower reports. */
  tally: z.boolean(),
  /** The report's event date (`eventDateOf`). */
  date: z.string().nullable(),
  /** Where the report places the incident, and where that was read: the figure's sentence, or for a figure whose
   * sentence names no place, the article's title or lead (its first two sentences). */
  place: z.string().nullable(),
  placeFrom: z.enum(["sentence", "title", "lead"]).nullable(),
  /**
   * Whether the number enters the event's bounds: an article's last running tally of the incident, else its first
   * figure of it, does; its other figures ("including 5 children", an earlier count it updates) do not.
   */
  counted: z.boolean(),
  /** The armed groups (lineage ids) the figure's sentence names, when mentions were given; empty otherwise. */
  actors: z.array(z.string()).default([]),
  /**
   * The rare kind of attack the figure's sentence names (`incidentSignatures` in data/lexicon/tallies.json:
   * "chemical"), which identifies one incident across reports whose tolls differ; null when it names none.
   */
  signature: z.string().nullable().default(null),
  /**
   * How the figure's sentence says the victims died (`incidentMeans` in data/lexicon/tallies.json: "air", "ground
   * fire", "explosive", "fighting" ...): reports of one day and place that name means, none in common, are two
   * incidents; empty when it names none.
   */
  means: z.array(z.string()).default([]),
  /**
   * The means it names that go on for days, with how many (`spansDays` of `incidentMeans`: `{fighting: 1}`, a battle):
   * a report dated only by its publication day may join an event of its place up to that many days before whose
   * reports name the same means, whatever its toll; empty for none. A report of an article's opening sentence that
   * names its incident by a definite event noun ("The blast which wiped out the meeting killed 47": `toldAsKnown`)
   * follows up the incident of the day before, and carries each means it names for a day.
   */
  lasting: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type CasualtyReport = z.infer<typeof CasualtyReport>;

/**
 * One incident's casualties of one kind reconciled across the articles that report it (events.jsonl), with bounds
 * by UCDP GED's conventions: `low` the lowest credible report, `high` the highest, `best` chosen by the rule `method`
 * states. Distinct from records/event.ts (dated facts for publication-date inference).
 */
export const CasualtyEvent = z.object({
  id: z.string(),
  kind: FigureKind,
  date: z.object({ value: z.string().nullable(), precision: DatePrecision.nullable() }),
  place: z.string().nullable(),
  placeLevel: PlaceLevel.nullable(),
  governorate: z.string().nullable(),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  low: z.number(),
  best: z.number(),
  high: z.number(),
  /** Every report is an implicit count: the event's numbers rest on no written number. */
  implicit: z.boolean(),
  articleIds: z.array(z.string()),
  reports: z.array(CasualtyReport),
  /** How the reports were merged and how best was chosen, in words. */
  method: z.string(),
});
export type CasualtyEvent = z.infer<typeof CasualtyEvent>;
