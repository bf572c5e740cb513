import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("antiSideRelations: a party described as against X is X's rival (round 80)", () => {
  it("extractRelations(article, mentions) reads the name an 'anti-X' compound stands before, past plain words", () => {
    expect(relationsIn("The anti-ISIL umbrella group Army of Mujahideen attacked the town.")).toContain(
      "rival islamic-state jaish-al-mujahideen",
    );
    const both = relationsIn("Anti-HTS Islamist rebel factions Nour al-Din al-Zenki and Ahrar al-Sham merged.");
    expect(both).toContain("rival hayat-tahrir-al-sham nour-al-din-al-zenki");
    expect(both).toContain("rival ahrar-al-sham hayat-tahrir-al-sham");
  });

  it("extractRelations(article, mentions) passes a name that only qualifies the kind noun before the described name", () => {
    const found = relationsIn("The anti-YPG Kurdish FSA group Liwa Ahfad Saladin entered the town.");
    expect(found).toContain("rival liwa-ahfad-saladin ypg");
    expect(found).not.toContain("rival free-syrian-army ypg");
  });
});

describe("antiSideRelations: an act against X is its agent's fight with X (round 80)", () => {
  it("extractRelations(article, mentions) reads the act's possessive owner or its light verb's subject", () => {
    expect(relationsIn("The SDF's anti-ISIL campaign went on for months.")).toContain(
      "clash islamic-state syrian-democratic-forces",
    );
  });

  it("extractRelations(article, mentions) reads no agent from a clause that only speaks of the act", () => {
    expect(relationsIn("The Syrian regime exploits the international anti-ISIS campaign to bomb civilians.")).not
      .toContain("clash islamic-state syrian-government");
  });
});
