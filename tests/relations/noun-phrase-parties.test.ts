import { describe, expect, it } from "vitest";
import { relationTriples } from "./fixtures.ts";

// Wire copy as FA-KES prints it: commas and apostrophes stripped upstream. Only the names these families need.
const NAMES: [string, string][] = [
  ["Hezbollah", "hezbollah"],
  ["IS", "islamic-state"],
  ["Islamic State", "islamic-state"],
  ["Russia", "russia"],
  ["SDF", "syrian-democratic-forces"],
  ["YPG", "ypg"],
];

const relationsOf = (text: string) => relationTriples(NAMES, text, "a");

describe("extractRelations(article, mentions) on 'their' after its own subject's verb (the one reference rule)", () => {
  it("extractRelations(article, mentions) reads 'X fighters continued their advance against Y' as X's advance", () => {
    expect(relationsOf("SDF fighters continued their advance against Islamic State near Manbij.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(relationsOf("Hezbollah fighters have stepped up their attacks on Islamic State.")).toEqual([
      "clash hezbollah islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) keeps 'their' after an object another set's: 'backing rebels in their fight'", () => {
    expect(relationsOf("Russia is backing rebels in their fight against Islamic State.")).toEqual([]);
    expect(relationsOf("Hezbollah fighters attacked rebels in their attacks on Islamic State.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a plural role noun inside an examples list", () => {
  const names: [string, string][] = [["PKKs", "pkk"], ["PKK", "pkk"], ["PYD", "pyd"], ["YPG", "ypg"], [
    "Daish",
    "islamic-state",
  ]];
  const read = (text: string) => relationTriples(names, text, "a");

  it("extractRelations(article, mentions) leaves the examples list's last item out of 'such as X's branches A B and C'", () => {
    expect(read("Turkey targets terror groups such as the PKKs Syrian branches the PYD YPG and Daish.")).toEqual([
      "affiliate pyd pkk",
      "affiliate ypg pkk",
    ]);
  });

  it("extractRelations(article, mentions) keeps both names of 'such as X's branches A and B'", () => {
    expect(read("Turkey targets terror groups such as the PKK's Syrian branches the PYD and the YPG.")).toEqual([
      "affiliate pyd pkk",
      "affiliate ypg pkk",
    ]);
  });
});

describe("extractRelations(article, mentions) on 'they' after a sentence whose subject is a group's people", () => {
  it("extractRelations(article, mentions) reads 'IS militants attacked. They were repelled by Y' as IS against Y", () => {
    expect(relationsOf("IS militants attacked the town on Saturday. They were repelled by the YPG.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) still refuses 'they' after a single group named in the singular", () => {
    expect(relationsOf("Russia is backing the rebels. They fought Islamic State.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on 'X and its Y allies' joined into one list", () => {
  it("extractRelations(article, mentions) reads the possessive's item as the name's ally: 'forces and their Hezbollah allies'", () => {
    const read = (text: string) =>
      relationTriples([["Syrian government forces", "syrian-government"], ["Hezbollah", "hezbollah"]], text, "a");
    expect(read("Iranian troops arrived to join Syrian government forces and their Hezbollah allies.")).toContain(
      "ally hezbollah syrian-government",
    );
  });
});

describe("extractRelations(article, mentions) on a name qualifying a danger noun (lexicon nonPartyHeads)", () => {
  const read = (text: string) =>
    relationTriples(
      [["DAESH", "islamic-state"], ["SDF", "syrian-democratic-forces"], ["Syrian regime", "syrian-government"]],
      text,
      "a",
    );

  it("extractRelations(article, mentions) gives 'while fighting Y' to whoever faces 'the X threat', not to X", () => {
    expect(read("The opposition faces the DAESH threat while fighting against the Syrian regime.")).toEqual([]);
    expect(read("The SDF faces the DAESH threat while fighting against the Syrian regime.")).toEqual([
      "clash syrian-democratic-forces syrian-government",
    ]);
  });
});

describe("extractRelations(article, mentions) on a trigger marked armedPartiesOnly ('condemn')", () => {
  const read = (text: string) =>
    relationTriples(
      [["Lebanon", "lebanon"], ["Syrian", "syrian-government"], ["Egypt", "egypt"], ["Turkey", "turkey"], [
        "Ahrar al-Sham",
        "ahrar-al-sham",
      ], ["Nusra Front", "jabhat-al-nusra"]],
      text,
      "a",
    );

  it("extractRelations(article, mentions) reads a state condemning a state as diplomacy: no rivalry", () => {
    expect(read("Egypt condemned Turkey's military operation in Afrin.")).toEqual([]);
  });

  it("extractRelations(article, mentions) keeps an armed group condemning another as rivals", () => {
    expect(read("Ahrar al-Sham condemned the recent attacks by the Nusra Front.")).toEqual([
      "rival ahrar-al-sham jabhat-al-nusra",
    ]);
  });
});

describe("extractRelations(article, mentions) on 'between' after a hostile noun", () => {
  const read = (text: string) =>
    relationTriples([["YPG", "ypg"], ["FSA", "free-syrian-army"], ["ISIL", "islamic-state"]], text, "a");

  it("extractRelations(article, mentions) gives 'between' to the verb's object: 'the fighting strengthened ties between'", () => {
    expect(read("The fighting strengthened ties between the YPG and the FSA.")).toEqual([]);
  });

  it("extractRelations(article, mentions) keeps 'clashes took place between', 'fighting broke out again between'", () => {
    expect(read("Clashes took place between the YPG and ISIL near the town.")).toEqual(["clash islamic-state ypg"]);
    expect(read("Fighting broke out again between the YPG and ISIL.")).toEqual(["clash islamic-state ypg"]);
  });

  it("extractRelations(article, mentions) reads 'between A & B and C' as two sides: A and B against C", () => {
    expect(read("Clashes erupted between the YPG & FSA and ISIL forces.")).toEqual([
      "clash free-syrian-army islamic-state",
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads 'between A and B against C' as A and B on one side", () => {
    const sides = (text: string) =>
      relationTriples(
        [["Ahrar al-Sham", "ahrar-al-sham"], ["Suqour al-Sham", "suqour-al-sham"], [
          "Tahrir al-Sham",
          "hayat-tahrir-al-sham",
        ]],
        text,
        "a",
      );
    // (The listed side fights together since round 72.)
    expect(sides("Clashes erupted between Ahrar al-Sham and Suqour al-Sham against Tahrir al-Sham.")).toEqual([
      "ally ahrar-al-sham suqour-al-sham",
      "clash ahrar-al-sham hayat-tahrir-al-sham",
      "clash hayat-tahrir-al-sham suqour-al-sham",
    ]);
  });
});

describe("extractRelations(article, mentions) on who a support phrase names", () => {
  const read = (text: string) =>
    relationTriples(
      [
        ["Islamic State", "islamic-state"],
        ["IS", "islamic-state"],
        ["ISIL", "islamic-state"],
        ["Russian", "russia"],
        ["Syrian army", "syrian-government"],
        ["US", "united-states"],
        ["SDF", "syrian-democratic-forces"],
        ["Israel", "israel"],
        ["Iran", "iran"],
      ],
      text,
      "a",
    );

  it("extractRelations(article, mentions) reads 'by' before a gerund as a means: 'in support of X by targeting Y'", () => {
    expect(read("Russian jets intervened in support of the Syrian army by targeting IS.")).not.toContain(
      "ally islamic-state syrian-government",
    );
  });

  it("extractRelations(article, mentions) gives a passive clause's subject no support: 'ISIL forces were destroyed with the support of Y'", () => {
    expect(read("These ISIL forces were finally destroyed with the support of US Apaches.")).toEqual([]);
    expect(read("The SDF captured the town with the support of US Apaches.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads a participle after an unnamed noun and its place as that noun's: 'militias in Syria backed by Iran'", () => {
    expect(read("Israel was carrying out airstrikes against militias in Syria backed by Iran.")).not.toContain(
      "ally iran israel",
    );
  });
});
