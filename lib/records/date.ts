import { z } from "zod";

/** A date as precise as its source: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDate>;
