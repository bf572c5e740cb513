import type { GeonamesPlaces, Governorate, Place, Places } from "../records/mod.ts";

/** Arabic articles written as a word of their own ("al-Bab", "Ar Raqqah", "Deir ez-Zor", "Jisr ash Shughur"). */
const ARTICLES = new Set([
  "al",
  "el",
  "ar",
  "as",
  "ash",
  "az",
  "ad",
  "adh",
  "an",
  "at",
  "ath",
  "ez",
  "ed",
  "es",
  "er",
  "ech",
  "ul",
]);

/** One word folded: doubled letters once, the vowels transliterations swap (e/i, o/ou/aw/u, ay/ei) as one. */
function foldWord(word: string): string {
  return word
    .replace(/(.)\1+/g, "$1")
    .replace(/(?:ah|eh|ih)$/, "a")
    .replace(/aw|ou|oo|o/g, "u")
    .replace(/ay|ey|ei|ee|e/g, "i")
    .replace(/(.)\1+/g, "$1");
}

/**
 * The key under which spellings of one place name meet: "Idleb" and "Idlib", "Deir ez-Zor", "Deir-ez-Zor" and "Dayr az
 * Zawr", "Ar-Raqqa" and "Raqqa", "Dar'a" and "Daraa" fold alike. Diacritics, apostrophes and ʿayn marks go, hyphens
 * are spaces, an article standing as its own word goes (not a last word), and `foldWord` folds each word.
 */
export function foldPlaceName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    // A bounded memo: every span of up to five words of every sentence is folded, and most recur.
    if (foldedNames.size >= FOLDED_NAMES_KEPT) foldedNames.clear();
    foldedNames.set(name, folded = foldName(name));
  }
  return folded;
}

const FOLDED_NAMES_KEPT = 50_000;
const foldedNames = new Map<string, string>();

function foldName(name: string): string {
  const words = name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’‘ʿʾ`´]/g, "")
    .split(/[\s-]+/).filter((w) => w.length > 0);
  return words.filter((w, i) => !(ARTICLES.has(w) && i < words.length - 1)).map(foldWord).join(" ");
}

/** Mean position of the places given, or nothing. */
function centroid(places: { lat?: number; lon?: number }[]): { lat?: number; lon?: number } {
  const located = places.filter((p) => p.lat !== undefined && p.lon !== undefined);
  if (located.length === 0) return {};
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    lat: round(located.reduce((s, p) => s + p.lat!, 0) / located.length),
    lon: round(located.reduce((s, p) => s + p.lon!, 0) / located.length),
  };
}

/**
 * The places extraction reads: the reviewed entries of data/places.json first, then the GeoNames towns of
 * data/places-geonames.json. A GeoNames town whose name folds like an alias of a reviewed entry is that entry (it lends
 * it coordinates and a governorate where the entry has none); any other becomes a town of its own, its governorate
 * named through its admin1 code. Each governorate is drawn at the centroid of its towns.
 */
export function mergePlaces(overrides: Places, geonames: GeonamesPlaces): Places {
  const governorateOf = new Map(overrides.governorates.map((g) => [g.admin1, g.name]));
  const byKey = new Map<string, Place>();
  const places: Place[] = overrides.places.map((p) => ({ ...p }));
  for (const place of places) {
    for (const alias of [place.name, ...place.aliases]) {
      const key = foldPlaceName(alias);
      if (!byKey.has(key)) byKey.set(key, place);
    }
  }
  const notPlaces = new Set((overrides.notPlaces?.words ?? []).map(foldPlaceName));
  for (const town of geonames.places) {
    if (notPlaces.has(foldPlaceName(town.name))) continue;
    const governorate = town.admin1 ? governorateOf.get(town.admin1) : undefined;
    const key = foldPlaceName(town.name);
    const known = byKey.get(key);
    if (known) {
      // the reviewed entry keeps its name; a Syrian town lends coordinates before a neighbour's namesake does
      if (known.lat === undefined && (town.country === "SY" || known.country === town.country)) {
        known.lat = town.lat;
        known.lon = town.lon;
      }
      if (!known.governorate && governorate && known.level !== "governorate") known.governorate = governorate;
      continue;
    }
    // a one-word name of three letters or fewer is a generic word ("Tall": a hill), not a town to find in text
    if (!key.includes(" ") && key.length <= 3) continue;
    const place: Place = {
      name: town.name,
      level: "town",
      aliases: [town.name],
      ...(governorate ? { governorate } : {}),
      lat: town.lat,
      lon: town.lon,
      ...(town.country === "SY" ? {} : { country: town.country }),
      source: "geonames",
    };
    places.push(place);
    byKey.set(key, place);
  }
  const governorates: Governorate[] = overrides.governorates.map((g) => ({
    ...g,
    ...(g.lat === undefined ? centroid(places.filter((p) => p.governorate === g.name && !p.country)) : {}),
  }));
  return {
    ...overrides,
    description: overrides.description,
    sources: [...overrides.sources, ...geonames.sources],
    governorates,
    places,
  };
}
