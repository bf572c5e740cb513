import { describe, expect, it } from "vitest";
import { figureOf } from "./fixture.ts";
import { placesIn } from "../../lib/extract/figures/place.ts";
import { defaultReference, foldPlaceName } from "../../lib/reference/mod.ts";

const places = () => defaultReference().places;
const named = (text: string) => placesIn(text, places()).map((m) => [m.name, m.level, m.governorate]);

describe("foldPlaceName(name)", () => {
  it("foldPlaceName folds transliteration variants alike", () => {
    const same = (...names: string[]) => expect(new Set(names.map(foldPlaceName)).size).toBe(1);
    same("Idleb", "Idlib");
    same("Deir ez-Zor", "Deir-ez-Zor", "Dayr az Zawr", "Deir el-Zour");
    same("Ar-Raqqa", "Raqqa", "Al-Raqqah");
    same("Dar'a", "Daraa", "Dar‘ā");
    same("Jisr al-Shughur", "Jisr ash Shughūr");
  });
});

describe("placesIn(text, places)", () => {
  it("placesIn finds GeoNames towns with their governorate and coordinates", () => {
    const [binnish] = placesIn("Airstrikes hit Binnish on Monday.", places());
    expect([binnish.name, binnish.governorate]).toEqual(["Binnish", "Idlib"]);
    expect(binnish.lat).toBeCloseTo(35.96, 1);
  });
  it("placesIn reads a governorate capital with a direction or area noun as the governorate", () => {
    expect(named("Clashes in northern Hama.")).toEqual([["Hama", "governorate", "Hama"]]);
    expect(named("Raids in the countryside of Idlib.")).toEqual([["Idlib", "governorate", "Idlib"]]);
    expect(named("Shelling in Daraa province.")).toEqual([["Daraa", "governorate", "Daraa"]]);
    expect(named("Shelling in Hama.")).toEqual([["Hama", "city", "Hama"]]);
    expect(named("Clashes east of Saraqib.")).toEqual([["Saraqeb", "town", "Idlib"]]);
  });
  it("placesIn does not read a surname, a credit line or the head of a longer name as a town", () => {
    expect(named("AP Photo Hussein Malla shows the scene.")).toEqual([]);
    expect(named("DAILY SABAH reported it.")).toEqual([]);
    expect(named("Shells fell on Bab al-Faraj.")).toEqual([]);
  });
  it("placesIn keeps a place named in a possessive ('Aleppo's')", () => {
    expect(named("Aleppo's eastern districts.")).toEqual([["Aleppo", "city", "Aleppo"]]);
  });
});

describe("extractFigures(article) places", () => {
  it("extractFigures(article) gives each located figure its governorate and coordinates", () => {
    const figure = figureOf("A landmine killed 3 people near Jisr al-Shughur (Idleb).")!;
    expect(figure.location).toBe("Jisr al-Shughur");
    expect(figure.place?.governorate).toBe("Idlib");
    expect(figure.place?.level).toBe("town");
    expect(figure.place?.lat).toBeCloseTo(35.81, 1);
  });
  it("extractFigures(article) places a figure in 'Syria' without coordinates", () => {
    expect(figureOf("The war in Syria has killed 300,000 people.")?.place).toEqual({
      level: "country",
      governorate: null,
      lat: null,
      lon: null,
    });
  });
});
