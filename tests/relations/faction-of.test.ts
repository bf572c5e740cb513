import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("'a faction of Y' names a part of Y, in the singular only (lexicon trigger 'faction', singular)", () => {
  it("extractRelations(article, mentions) reads 'X, a faction of Y' and 'X is a faction of Y' as X a member of Y", () => {
    expect(relationsIn("Jaish al-Islam, a faction of the Islamic Front, fought there.")).toEqual([
      "member jaish-al-islam islamic-front",
    ]);
    // (The attack is on the faction the naming link names, not on its owner: round 87.)
    expect(relationsIn("The United States attacked a specific faction of al-Nusra called the Khorasan Group.")).toEqual(
      [
        "clash khorasan-group united-states",
        "member khorasan-group jabhat-al-nusra",
      ],
    );
  });

  it("extractRelations(article, mentions) reads no membership from 'factions of A, B and C' (the groups counted)", () => {
    expect(
      relationsIn(
        "The TFSA factions of Ahrar al-Sharqiya, 3rd corps and the Hamza Division expressed willingness to send fighters.",
      ),
    ).toEqual([]);
  });
});
