import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a list item's name after an adjective of creed or community (lexicon itemAdjectives)", () => {
  it("extractRelations(article, mentions) reads 'between the YPG and Ba'athist government troops' as a clash of the two", () => {
    expect(relationsIn("In 2012 heavy clashes broke out between the YPG and Ba'athist government troops.")).toEqual([
      "clash syrian-government ypg",
    ]);
    expect(relationsIn("In 2014 clashes broke out between the YPG and the jihadist Ahrar al-Sham.")).toEqual([
      "clash ahrar-al-sham ypg",
    ]);
  });
});

describe("a name before a kind noun and another name (lexicon memberKindNouns)", () => {
  it("extractRelations(article, mentions) reads 'the FSA group Liwa Ahfad Saladin' as a member of the FSA", () => {
    expect(relationsIn("In 2016 fighters attacked the anti-YPG Kurdish FSA group Liwa Ahfad Saladin.")).toEqual([
      "member liwa-ahfad-saladin free-syrian-army",
      // (the "anti-YPG" compound makes the group the YPG's rival: anti-side.ts, round 80)
      "rival liwa-ahfad-saladin ypg",
    ]);
    expect(relationsIn("In 2017 the HTS faction Jaish al-Ahrar left.")).toEqual([
      "member jaish-al-ahrar hayat-tahrir-al-sham",
    ]);
  });

  it("extractRelations(article, mentions) reads no membership of a single group's faction, nor inside a pro- compound", () => {
    // (al-Qaeda is one group, not a coalition: its faction is an affiliate, which the role frames read)
    expect(relationsIn("The newly formed al-Qaeda faction Guardians of Religion Organization threatened the SLF."))
      .toEqual(
        [],
      );
    expect(relationsIn("Fighters of the pro-Syrian government group National Defence Forces fled.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no membership where the kind noun belongs to the first name", () => {
    expect(relationsIn("In 2015 the Iraqi militia Kataib Hezbollah fought ISIL.")).toEqual([
      "clash islamic-state kataib-hezbollah",
    ]);
  });
});

describe("combating a party as fighting it (trigger 'combat', verb)", () => {
  it("extractRelations(article, mentions) reads 'X continued combating Y' as a clash", () => {
    expect(relationsIn("In 2015 Iraqi forces continued combating ISIL fighters in Tikrit.")).toEqual([
      "clash iraqi-army islamic-state",
    ]);
  });
});
