import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a backing compound, adjectives and a kind noun before the object's name (round 77)", () => {
  it("extractRelations(article, mentions) reads the name past demonyms and creed adjectives before the kind noun", () => {
    expect(
      relationsIn(
        "The Free Syrian Army fought alongside the Turkish-backed Syrian Turkmen group Sultan Murad Division.",
      ),
    )
      .toEqual(["ally free-syrian-army sultan-murad-division", "ally sultan-murad-division turkey"]);
    expect(relationsIn("Ahrar al-Sham attacked the Iran-backed Afghan Shia militia Liwa Fatemiyoun near Aleppo."))
      .toEqual(["ally fatemiyoun iran", "clash ahrar-al-sham fatemiyoun"]);
  });
});

describe("a list item after a joiner behind a name compound (round 77)", () => {
  it("extractRelations(article, mentions) reads the name an '-led' or '-dominated' compound stands before", () => {
    expect(relationsIn("Fighting broke out between Jaysh al-Thuwar and the FSA-dominated Levant Front.")).toEqual([
      "clash jaysh-al-thuwar levant-front",
      "member free-syrian-army levant-front",
    ]);
    expect(relationsIn("Clashes erupted between Ahrar al-Sham and the YPG-led SDF.")).toContain(
      "clash ahrar-al-sham syrian-democratic-forces",
    );
  });
});

describe("the second side of 'between' after an aside, with its article or compound (round 77)", () => {
  it("extractRelations(article, mentions) reads ', and the Y' closing the 'between' past a participle aside", () => {
    expect(relationsIn("Clashes took place between Jaysh al-Thuwar, supported by the YPG, and the Levant Front."))
      .toEqual(["ally jaysh-al-thuwar ypg", "clash jaysh-al-thuwar levant-front"]);
    expect(
      relationsIn(
        "Fighting erupted between the Army of Revolutionaries, backed by the SDF, and the FSA-dominated Levant Front.",
      ),
    ).toEqual([
      "ally jaysh-al-thuwar syrian-democratic-forces",
      "clash jaysh-al-thuwar levant-front",
      "member free-syrian-army levant-front",
    ]);
  });
});
