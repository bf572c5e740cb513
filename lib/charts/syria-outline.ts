import world from "world-atlas/countries-50m.json" with { type: "json" };
import { feature } from "topojson-client";

/** ISO 3166 numeric codes world-atlas keys countries by: Syria and the neighbours drawn around it. */
const SYRIA = "760";
const NEIGHBOURS = ["792", "422", "376", "400", "368", "275", "196"];

/** A GeoJSON feature as the map draws it. */
export type OutlineFeature = { type: "Feature"; id?: string; properties: { name?: string }; geometry: unknown };

/** Syria and its neighbours' outlines from Natural Earth (1:50m, the npm package world-atlas), as GeoJSON. */
export function syriaOutline(): { syria: OutlineFeature; neighbours: OutlineFeature[] } {
  // deno-lint-ignore no-explicit-any
  const countries = feature(world as any, (world as any).objects.countries) as unknown as {
    features: OutlineFeature[];
  };
  const syria = countries.features.find((f) => String(f.id) === SYRIA);
  if (!syria) {
    throw new Error("world-atlas countries-50m.json has no Syria (760): check the pinned world-atlas version");
  }
  const neighbours = countries.features.filter((f) => NEIGHBOURS.includes(String(f.id)));
  return { syria, neighbours };
}
