import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

// Issue 10, round 98: families found by reading the misses of the read written sets. Sentences written for the
// families, none from a gold set.
describe("an adjective of an act done as one makes its actors allies (lexicon jointAdverbs.adjectives)", () => {
  it("extractRelations(article, mentions) reads the list that is the subject of the clause holding 'a joint' act", () => {
    expect(relationsIn("Hezbollah and the Nusra Front issued a joint statement on Sunday.")).toEqual([
      "ally hezbollah jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) reads the list after 'by' right after the joint act", () => {
    expect(relationsIn("The talks ended with a joint statement by Russia, Turkey and Iran.")).toEqual([
      "ally iran russia",
      "ally iran turkey",
      "ally russia turkey",
    ]);
  });

  it("extractRelations(article, mentions) reads no alliance of the subject where the joint act is another's chain", () => {
    expect(relationsIn("Hezbollah and the Nusra Front discussed a joint Russian-Turkish proposal.")).toEqual([
      "ally russia turkey",
    ]);
  });
});

describe("a companion before a frame's preposition acts with the subject (frames prepositionAfter)", () => {
  it("extractRelations(article, mentions) reads the target of both the subject and its companion", () => {
    expect(relationsIn("The Nusra Front fought alongside Ahrar al-Sham against the Syrian Army.")).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
      "clash ahrar-al-sham syrian-government",
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(relationsIn("Hezbollah fought side by side with the Syrian Army against ISIS near Palmyra.")).toContain(
      "clash hezbollah islamic-state",
    );
  });

  it("extractRelations(article, mentions) keeps a companion link holding the frame's own preposition", () => {
    expect(relationsIn("Ahrar al-Sham operated jointly with the Nusra Front in Idlib.")).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
    ]);
  });
});

describe("a relative clause between commas inside a list (chunks pastRelativeAside)", () => {
  it("extractRelations(article, mentions) reads the list past an item's relative clause to its joiner", () => {
    expect(
      relationsIn(
        "Hayat Tahrir al-Sham was formed as a merger of the Nusra Front, Ahrar al-Sham, which would leave it later, Jaish al-Islam and Faylaq al-Rahman.",
      ),
    ).toEqual([
      "merger ahrar-al-sham hayat-tahrir-al-sham",
      "merger faylaq-al-rahman hayat-tahrir-al-sham",
      "merger jabhat-al-nusra hayat-tahrir-al-sham",
      "merger jaish-al-islam hayat-tahrir-al-sham",
    ]);
  });

  it("extractRelations(article, mentions) reads no list where no joiner closes it past the relative clause", () => {
    expect(relationsIn("Hezbollah, the Syrian Army, which lost many men, attacked ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });
});

describe("a state's bare name after the aid it gives and 'from' names the giver (names lexicon partneredActs)", () => {
  it("extractRelations(article, mentions) reads the giver of the support a party receives", () => {
    expect(relationsIn("The Southern Front received support from Jordan.")).toEqual(["ally jordan southern-front"]);
    expect(relationsIn("By 1990 Hezbollah, with backing from Syria and Iran, led the fight against Israel.")).toContain(
      "ally hezbollah iran",
    );
  });

  it("extractRelations(article, mentions) reads no giver where the words before 'from' name an origin", () => {
    expect(relationsIn("The Southern Front received fighters from Jordan.")).toEqual([]);
  });
});

describe("parties defending or securing one place together are allies (lexicon jointHoldingLinks)", () => {
  it("extractRelations(article, mentions) reads the list after 'defended by' and 'secured by'", () => {
    expect(relationsIn("The villages were defended by the YPG and the Syriac Military Council.")).toEqual([
      "ally syriac-military-council ypg",
    ]);
    expect(relationsIn("The road was secured by Russian and Turkish troops.")).toEqual(["ally russia turkey"]);
  });

  it("extractRelations(article, mentions) reads one defender of another's convoy by the defending frame alone", () => {
    expect(relationsIn("A Syrian Army convoy defended by Hezbollah fighters reached Palmyra.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });
});

describe("the subject of a relative 'where' does not compete for a reference (sentence-view sentenceSubject)", () => {
  it("extractRelations(article, mentions) binds 'it' after 'where' to its own sentence's subject", () => {
    const text = "Hezbollah dominates the border.\nThe SDF holds the north-east, where some 2,000 US troops are " +
      "deployed alongside it.";
    expect(relationsIn(text)).toEqual(["ally syrian-democratic-forces united-states"]);
  });
});

describe("a group led by several parties makes them members, no partners in an act (lexicon frame actOnly)", () => {
  it("extractRelations(article, mentions) reads members of the coalition the participle describes", () => {
    expect(relationsIn("Idlib was taken by Jaish al-Fatah, the coalition led by the Nusra Front and Ahrar al-Sham."))
      .toEqual(["member ahrar-al-sham jaish-al-fatah", "member jabhat-al-nusra jaish-al-fatah"]);
  });

  it("extractRelations(article, mentions) still reads partners in an act led by several parties", () => {
    expect(relationsIn("The battle was primarily led by the Nusra Front and Ahrar al-Sham.")).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
    ]);
  });
});

describe("an affiliation with a whole the gazetteer places the group in is a membership (extract-relations partAffiliation)", () => {
  it("extractRelations(article, mentions) reads a state force's branch or arm as its member", () => {
    expect(relationsIn("The Quds Force, a branch of the IRGC, trained the fighters.")).toEqual([
      "member quds-force irgc",
    ]);
  });

  it("extractRelations(article, mentions) keeps a branch of a whole no gazetteer entry holds it in an affiliation", () => {
    expect(relationsIn("The Nusra Front, the Syrian branch of al-Qaeda, held Idlib.")).toEqual([
      "affiliate jabhat-al-nusra al-qaeda",
    ]);
  });
});

describe("a participle aside between an act noun and its preposition (frames nounFrame)", () => {
  it("extractRelations(article, mentions) reads 'X's offensive, launched on D, against Y'", () => {
    expect(relationsIn("Turkey's offensive, launched on 9 October, against the SDF stalled.")).toEqual([
      "clash syrian-democratic-forces turkey",
    ]);
  });

  it("extractRelations(article, mentions) reads nothing where the aside holds its own agent", () => {
    expect(relationsIn("The offensive, launched by Turkey, against the YPG stalled.")).toEqual([]);
  });
});

describe("the noun of a claim before 'that' reports what someone says (lexicon guards, sentence scope)", () => {
  it("extractRelations(article, mentions) reads nothing after 'submission that' or 'the claim that'", () => {
    expect(relationsIn("We do not accept the respondent's submission that the YPG and the Syrian Army are allies."))
      .toEqual([]);
    expect(relationsIn("Damascus rejected the claim that Hezbollah had attacked ISIS.")).toEqual([]);
  });
});

describe("a role noun after 'whose' owned past a longer apposition (frames whoseRole)", () => {
  it("extractRelations(article, mentions) reads 'X, a coalition of some fourteen groups whose core was Y'", () => {
    expect(
      relationsIn(
        "The Islamic Front, a coalition of some seven large groups whose core was Ahrar al-Sham, fought ISIS.",
      ),
    ).toContain("member ahrar-al-sham islamic-front");
  });
});

describe("a state's bare name before 'flew' is its subject (names lexicon bareStateVerbs)", () => {
  it("extractRelations(article, mentions) reads the list a bare name closes before 'flew'", () => {
    expect(relationsIn("Saudi Arabia and Jordan flew alongside US jets over Raqqa.")).toContain(
      "ally jordan united-states",
    );
  });
});
