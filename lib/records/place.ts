import { z } from "zod";

/** How specific a place is: a figure takes the most specific place nearest to it. */
export const PlaceLevel = z.enum(["town", "city", "region", "governorate", "country"]);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

/** One place of data/places.json with the spellings articles use. */
export const Place = z.object({
  name: z.string(),
  level: PlaceLevel,
  aliases: z.array(z.string().min(1)).min(1),
});
export type Place = z.infer<typeof Place>;

export const Places = z.object({
  description: z.string(),
  sources: z.array(z.string()).min(1),
  places: z.array(Place),
});
export type Places = z.infer<typeof Places>;
