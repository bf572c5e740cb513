import places from "../../data/places.json" with { type: "json" };

type Place = { name: string; level: string; aliases: string[] };

const SPECIFICITY: Record<string, number> = { town: 4, city: 3, region: 2, governorate: 1, country: 0 };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const COMPILED = (places.places as Place[]).map((p) => ({
  name: p.name,
  specificity: SPECIFICITY[p.level] ?? 0,
  // whole words only: "Syria" is not in "Syrian", "Hama" not in "Hamas"
  pattern: new RegExp(`(?<![\\p{L}-])(?:${p.aliases.map(escape).join("|")})(?![\\p{L}])`, "gu"),
}));

/** One place a text names, with its offsets. */
export type PlaceMention = { name: string; start: number; end: number; specificity: number };

/** Every place of data/places.json named in `text`. */
export function placesIn(text: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const { name, specificity, pattern } of COMPILED) {
    for (const match of text.matchAll(pattern)) {
      found.push({ name, specificity, start: match.index!, end: match.index! + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The place a figure at `at` in `text` is located at: the most specific place named, the nearest among equals. */
export function readPlace(text: string, at: number): string | null {
  const found = placesIn(text);
  if (found.length === 0) return null;
  const distance = (m: PlaceMention) => (m.end <= at ? at - m.end : Math.max(0, m.start - at));
  return found.reduce((best, m) =>
    m.specificity > best.specificity || (m.specificity === best.specificity && distance(m) < distance(best)) ? m : best
  ).name;
}
