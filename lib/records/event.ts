import { z } from "zod";
import { PartialDate } from "./date.ts";

/** A dated fact that publication-date inference can anchor a relative phrase on (data/events.json). */
export const DatedEvent = z.object({
  id: z.string(),
  what: z.string(),
  date: PartialDate,
  /** Regular expression for how articles name the event's subject. */
  subject: z.string(),
  /** Regular expression for the verbs that tell of the event. */
  verbs: z.string(),
  sources: z.array(z.string()).min(1),
});
export type DatedEvent = z.infer<typeof DatedEvent>;

export const DatedEvents = z.object({ description: z.string(), events: z.array(DatedEvent) });
export type DatedEvents = z.infer<typeof DatedEvents>;
