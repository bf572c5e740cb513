import { z } from "zod";
import { EventDate } from "./date.ts";
import { PlaceLevel } from "./place.ts";

export const FigureKind = z.enum([
  "killed",
  "injured",
  "casualties",
  "displaced",
  "refugees",
  "besieged",
  "detained",
  "fighters",
  "other",
]);
export type FigureKind = z.infer<typeof FigureKind>;

export const Qualifier = z.enum(["exact", "at_least", "more_than", "about", "up_to", "between", "vague"]);
export type Qualifier = z.infer<typeof Qualifier>;

/** A casualty or displacement figure exactly as the sentence states it. Offsets into the article's `text`. */
export const Figure = z.object({
  articleId: z.string(),
  kind: FigureKind,
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  vagueTerm: z.string().nullable(),
  who: z.string().nullable(),
  attributedTo: z.string().nullable(),
  location: z.string().nullable(),
  scope: z.enum(["event", "cumulative"]),
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentenceIndex: z.number().int().nonnegative(),
  /**
   * The date of the figure's event: stated by its clause, else the article's publication date (always set by
   * extractFigures; optional so that figures written before event dates existed still read).
   */
  date: EventDate.optional(),
  /**
   * Present (true) only when the count rests on a determiner rather than a written number: "a civilian was killed"
   * is killed 1, "two civilians and a child" 3. Implicit counts are kept apart from written numbers in every total.
   */
  implicit: z.literal(true).optional(),
  /**
   * Present only on a part of a count stated before it ("killed 18 people, among them 5 children", "Three of the dead
   * were women"): the start offset of that count's figure. A part keeps its citation but is no incident report of its
   * own: event totals leave it out, so its victims are never counted twice.
   */
  partOf: z.number().int().nonnegative().optional(),
  /**
   * Where `location` lies, present when `location` is: how specific the reading is ("northern Hama" is the
   * governorate, "Hama" the city), the Syrian governorate (null abroad or for Syria as a whole) and WGS84 coordinates
   * (null where none is known, as for "Syria").
   */
  place: z.object({
    level: PlaceLevel,
    governorate: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    /** A governorate capital named as the city itself ("the city of Aleppo", "Deir Ezzor city"), not its governorate. */
    cityOnly: z.literal(true).optional(),
  }).optional(),
});
export type Figure = z.infer<typeof Figure>;
