import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { articleFrom, triples } from "./fixtures.ts";

// Wire-copy phrase families (issue 10, round 15), read through the mention layer as the pipeline does. Each sentence
// is written for its family, not taken from a gold set; negative cases beside the positive ones.
const read = (text: string, date = "2016-05-01") =>
  triples(pipelineRelations(articleFrom("w", text, date)).relations).sort();

describe("extractRelations(article, mentions) on 'bolster', 'prop up' and 'shore up'", () => {
  it("extractRelations(article, mentions) reads 'X carried out strikes to bolster Y' and 'X propped up Y' as allies", () => {
    expect(read("Iran has been sending advisers to bolster Syrian government forces since 2013.")).toEqual([
      "ally iran syrian-government",
    ]);
    expect(read("Hezbollah fighters propped up the Syrian army around Qusayr.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
    expect(read("The Syrian army was shored up by Hezbollah fighters.")).toEqual(["ally hezbollah syrian-government"]);
  });

  it("extractRelations(article, mentions) reads no alliance when what is bolstered is no party or the help is refused", () => {
    expect(read("The talks in Astana aim to bolster the truce between Damascus and the rebels.")).toEqual([]);
    expect(read("Turkey refused to prop up the Syrian army.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a backed compound before a party noun and its name", () => {
  it("extractRelations(article, mentions) reads 'the X-backed rebel faction Y' and 'X-backed Lebanese militia Y' as Y backed by X", () => {
    expect(read("The Turkish-backed rebel faction Ahrar al-Sham shelled a village near Azaz.")).toEqual([
      "ally ahrar-al-sham turkey",
    ]);
    expect(read("The Iran-backed Lebanese Shia militia Hezbollah sent more fighters to Aleppo.")).toEqual([
      "ally hezbollah iran",
    ]);
  });

  it("extractRelations(article, mentions) reads no backing of a name the party noun does not name", () => {
    expect(read("US-backed militias shelled positions near Raqqa.")).toEqual([]);
    expect(read("A Turkish-backed rebel faction and the YPG traded fire near Tal Rifaat.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a group's people as the subject of a hostile act", () => {
  it("extractRelations(article, mentions) reads 'a commander of X was killed by Y' and '... in clashes with Y' as X against Y", () => {
    expect(read("A senior commander of the Nusra Front was killed by the Syrian army near Hama.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(read("The leader of Ahrar al-Sham was killed in clashes with the Islamic State on Monday.")).toEqual([
      "clash ahrar-al-sham islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads no tie when the people are an object or act in no hostile verb", () => {
    // ("The army" is the article's home government by its date since round 95: the army's act on the commander is read,
    // as any named party's is; the commander, an object, acts in nothing.)
    expect(read("The army killed a commander of the Nusra Front and captured the village.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(read("A leader of Ahrar al-Sham pledged allegiance to the Nusra Front.")).toEqual([]);
    expect(read("A commander of the Free Syrian Army said the village was quiet.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on joint agents named before one act noun", () => {
  it("extractRelations(article, mentions) reads 'killed in Syrian and Russian raids' as the two acting together", () => {
    expect(read("Nine people died in Syrian and Russian raids on villages near Homs.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("Dozens were wounded in regime and Russian bombings of a market.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("Heavy Russian and Syrian strikes hit the outskirts of Hama on Monday.")).toEqual([
      "ally russia syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no joint act from agents acting apart or from a name ending in 'Front'", () => {
    expect(read("Both Syrian and Russian air strikes have hit hospitals this year.")).toEqual([]);
    expect(read("Fighters of the Islamic State and the Nusra Front were seen near the town.")).toEqual([]);
  });
});
