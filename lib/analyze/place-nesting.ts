import type { Figure } from "../records/mod.ts";
import type { PlaceMention } from "../extract/figures/place.ts";
import { foldPlaceName } from "../reference/places.ts";

/** Where a report happened, as the event merge compares it. */
export type ReportPlace = {
  name: string | null;
  level: NonNullable<Figure["place"]>["level"] | null;
  governorate: string | null;
  /** A governorate capital named as the city itself ("the city of Aleppo"): it holds none of the governorate's towns. */
  cityOnly?: boolean;
  /** WGS84 coordinates where known. */
  lat?: number | null;
  lon?: number | null;
};

/** A report's place for comparison; "Syria" as a whole and no place at all are both unplaced. */
export function reportPlace(
  place:
    | Pick<PlaceMention, "name" | "level" | "governorate" | "cityOnly"> & Partial<Pick<PlaceMention, "lat" | "lon">>
    | null,
): ReportPlace {
  if (!place || place.level === "country") return { name: null, level: null, governorate: null };
  return {
    name: place.name,
    level: place.level,
    governorate: place.governorate,
    cityOnly: place.cityOnly === true,
    lat: place.lat ?? null,
    lon: place.lon ?? null,
  };
}

/** The great-circle distance in km between two places with coordinates; null where either lacks them. */
export function placeDistanceKm(a: ReportPlace, b: ReportPlace): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How specific a place is: a town over a city over a region over a governorate. */
export const PLACE_SPECIFICITY = { town: 4, city: 3, region: 2, governorate: 1, country: 0 } as const;

/**
 * Whether two reports' places can be one incident's: both unplaced; the same place under any spelling; or one
 * lying in the other, where the wider is a governorate or the governorate's capital city ("Aleppo" holds "al-Bab",
 * "northern Hama" holds "Kafr Zita") unless named as the city itself ("the city of Aleppo" holds no town). Two towns
 * are never one place.
 */
export function samePlaceOrNested(a: ReportPlace, b: ReportPlace): boolean {
  if (a.name === null || b.name === null) return a.name === b.name;
  if (foldPlaceName(a.name) === foldPlaceName(b.name)) return true;
  if (!a.governorate || a.governorate !== b.governorate) return false;
  return holdsNested(a) || holdsNested(b);
}

/** Whether a place holds the other places of its governorate (`samePlaceOrNested`): the governorate, or its capital
 * city unless named as the city itself. */
export const holdsNested = (p: ReportPlace): boolean =>
  p.level === "governorate" || (p.level === "city" && p.name === p.governorate && !p.cityOnly);
