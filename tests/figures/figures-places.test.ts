import { describe, expect, it } from "vitest";
import { figureOf, figuresOf } from "./fixture.ts";
import { placesIn } from "../../lib/extract/figures/place.ts";
import { clauseSpans } from "../../lib/extract/figures/clause.ts";
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

describe("clauseSpans(sentence)", () => {
  const clauses = (text: string) => clauseSpans(text).map((c) => text.slice(c.start, c.end).trim());
  it("clauseSpans cuts at subordinate and relative clauses, semicolons and dashes", () => {
    expect(clauses("Jets killed 5 in Khan Sheikhoun a day after the Ghouta attack that killed 1,400.")).toEqual([
      "Jets killed 5 in Khan Sheikhoun a day",
      "after the Ghouta attack",
      "that killed 1,400.",
    ]);
    expect(clauses("3 died in Azaz; 4 died in Afrin — 2 in Jarablus.")).toEqual([
      "3 died in Azaz",
      "4 died in Afrin",
      "2 in Jarablus.",
    ]);
  });
  it("clauseSpans does not cut at commas, brackets, 'when', 'where', 'as' or a range's dash", () => {
    for (
      const text of [
        "Strikes killed 47 people, most of them civilians, in a town.",
        "Raids on Saraqib about 30 km (20 miles) south of Idlib killed 6.",
        "It killed 57 civilians when it dropped bombs on the town of al-Bab.",
        "Jets struck Raqqa today where 65 civilians were killed.",
        "As many as 2–4 fighters were killed.",
      ]
    ) expect(clauses(text)).toEqual([text]);
  });
});

describe("extractFigures(article) places a figure by its own clause", () => {
  const locations = (text: string) => figuresOf(text).map((f) => [f.low ?? f.high, f.location]);
  it("extractFigures(article) gives each toll the place of its own clause, not the most specific of the sentence", () => {
    expect(locations("Jets killed 5 people in Khan Sheikhoun a day after the Ghouta attack that killed 1,400."))
      .toEqual(
        [[5, "Khan Sheikhoun"], [1400, "Eastern Ghouta"]],
      );
    expect(locations("Shelling killed 10 people in Douma while air strikes on Idlib killed 20.")).toEqual([
      [10, "Douma"],
      [20, "Idlib"],
    ]);
  });
  it("extractFigures(article) leaves a toll unplaced where only another toll's clause names a place", () => {
    const text =
      "At least 19 people were killed near the capital hours after a gas attack left dozens dead in Khan Sheikhun.";
    expect(locations(text)).toEqual([[19, null], [12, "Khan Sheikhoun"]]);
  });
  it("extractFigures(article) lets a place stated first scope over a later clause that names none", () => {
    expect(locations("In Jassem 15 civilians were killed in four air strikes while 25 others were wounded.")).toEqual([
      [15, "Jasim"],
      [25, "Jasim"],
    ]);
    expect(
      locations("At least 15 civilians were killed in Manbij while six others were killed in a village near the city."),
    )
      .toEqual([[15, "Manbij"], [6, "Manbij"]]);
  });
  it("extractFigures(article) shares a place between counts of different kinds ('11 killed while 44 were injured in Aleppo')", () => {
    expect(locations("Eleven civilians were killed while 44 others were injured in rocket attacks on Aleppo.")).toEqual(
      [
        [11, "Aleppo"],
        [44, "Aleppo"],
      ],
    );
  });
  it("extractFigures(article) reads the country only where no clause names a place below it", () => {
    const text =
      "Two members of Syria's defence forces were killed when a drone targeted their car at the entrance of Hader.";
    expect(locations(text)).toEqual([[2, "Hader"]]);
    expect(locations("It killed 57 civilians in Aleppo province when it dropped bombs on the town of al-Bab.")).toEqual(
      [
        [57, "al-Bab"],
      ],
    );
  });
});

describe("placesIn(text, places) city nouns", () => {
  it("placesIn reads a governorate capital with a city noun as the city itself", () => {
    const cityOnly = (text: string) => placesIn(text, places()).map((m) => [m.name, m.level, m.cityOnly === true]);
    expect(cityOnly("Shells hit neighborhoods in Deir Ezzor city.")).toEqual([["Deir ez-Zor", "city", true]]);
    expect(cityOnly("Shelling of the northern city of Aleppo.")).toEqual([["Aleppo", "city", true]]);
    expect(cityOnly("Shelling of Aleppo.")).toEqual([["Aleppo", "city", false]]);
    expect(cityOnly("Shelling in Aleppo province.")).toEqual([["Aleppo", "governorate", false]]);
  });
});

describe("placesIn(text, places) passes over words no place name starts with", () => {
  it("placesIn still finds names opened by an article, capitalised or not ('Al Raqqa', 'al-Bab', 'Ar-Raqqah')", () => {
    expect(named("Strikes hit Al Raqqa and al-Bab.").map(([name]) => name)).toEqual(["Raqqa", "al-Bab"]);
    expect(named("Strikes on Ar-Raqqah and Deir ez-Zor killed 5.").map(([name]) => name)).toEqual([
      "Raqqa",
      "Deir ez-Zor",
    ]);
  });
  it("placesIn relies on every article foldPlaceName drops having at most three letters (ARTICLE_LETTERS)", async () => {
    // place.ts skips a span whose first word folds to more than three letters and starts no key: that word is no
    // article only while lib/reference/places.ts lists none longer
    const source = await Deno.readTextFile(new URL("../../lib/reference/places.ts", import.meta.url));
    const list = /const ARTICLES = new Set\(\[([^\]]*)\]\)/.exec(source)?.[1] ?? "";
    const articles = [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.filter((article) => article.length > 3)).toEqual([]);
  });
});
