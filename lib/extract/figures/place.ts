import type { Places } from "../../records/mod.ts";
import { longestNonOverlapping } from "../spans.ts";

const SPECIFICITY: Record<string, number> = { town: 4, city: 3, region: 2, governorate: 1, country: 0 };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type CompiledPlace = { name: string; specificity: number; pattern: RegExp };

const compiled = new WeakMap<Places, CompiledPlace[]>();

/** The places of `places` as whole-word patterns, compiled once per places value. */
function compilePlaces(places: Places): CompiledPlace[] {
  let patterns = compiled.get(places);
  if (!patterns) {
    patterns = places.places.map((p) => ({
      name: p.name,
      specificity: SPECIFICITY[p.level] ?? 0,
      // whole words only: "Syria" is not in "Syrian", "Hama" not in "Hamas"
      pattern: new RegExp(`(?<![\\p{L}-])(?:${p.aliases.map(escape).join("|")})(?![\\p{L}])`, "gu"),
    }));
    compiled.set(places, patterns);
  }
  return patterns;
}

/** One place a text names, with its offsets. */
export type PlaceMention = { name: string; start: number; end: number; specificity: number };

/**
 * Every place of `places` (data/places.json) named in `text`; where names overlap the longest wins, so "Western
 * Ghouta" is not also read as "Ghouta" (an alias of Eastern Ghouta).
 */
export function placesIn(text: string, places: Places): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const { name, specificity, pattern } of compilePlaces(places)) {
    for (const match of text.matchAll(pattern)) {
      found.push({ name, specificity, start: match.index!, end: match.index! + match[0].length });
    }
  }
  return longestNonOverlapping(found);
}

/** "evacuees from the towns of Foua and Kefraya": a place people came from, not where the figure happened. */
const ORIGIN_BEFORE = /\bfrom (?:the )?(?:[\p{L}-]+ ){0,3}(?:towns|villages) of (?:[\p{L}-]+ (?:and|or) )?$/u;

/**
 * The place a figure at `at` (to `end`) in `text` is located at: the most specific place named, the nearest among
 * equals, where a place right after the figure ("67 in Saqba 61 in Douma") is nearest of all; a place named as where
 * people came from counts only when the text names no other.
 */
export function readPlace(text: string, places: Places, at: number, end = at): string | null {
  const named = placesIn(text, places);
  if (named.length === 0) return null;
  const isOrigin = (m: PlaceMention) => ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));
  const found = named.some((m) => !isOrigin(m)) ? named.filter((m) => !isOrigin(m)) : named;
  const rightAfter = (m: PlaceMention) => m.start >= end && /^\s*(?:\p{L}+\s+)?in\s+$/u.test(text.slice(end, m.start));
  const distance = (m: PlaceMention) => (rightAfter(m) ? -1 : m.end <= at ? at - m.end : Math.max(0, m.start - at));
  return found.reduce((best, m) =>
    m.specificity > best.specificity || (m.specificity === best.specificity && distance(m) < distance(best)) ? m : best
  ).name;
}
