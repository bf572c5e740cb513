import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";
import { gazetteerTriples } from "../relations/fixtures.ts";

const mentionsIn = (text: string) => pairs(text, "2019-01-01");
const relationsIn = (text: string) => gazetteerTriples(text, "2019-01-01");

describe("a state named by its government (names.json governmentNouns, organsOf) and by what it holds (holdingNouns)", () => {
  it("extractMentions(article) reads a foreign state's demonym before 'government' or 'authorities' as the state", () => {
    expect(mentionsIn("The Turkish government condemned the attack.")).toEqual(["Turkish government→turkey"]);
    expect(mentionsIn("Turkish authorities arrested him.")).toEqual(["Turkish authorities→turkey"]);
    expect(mentionsIn("The Russian government denied it.")).toEqual(["Russian government→russia"]);
    // the state's own "Iraqi government" alias gives the demonym to no one: "Iraqi jets" stay the Iraqi army's
    expect(mentionsIn("Iraqi jets bombed the border.")).toEqual(["Iraqi jets→iraqi-army"]);
    // officials and the administration stay attributes
    expect(mentionsIn("Turkish officials met in Ankara.")).toEqual([]);
  });

  it("extractMentions(article) reads a state's bare name after its own organ and 'of' as the state, spanning the organ", () => {
    expect(mentionsIn("Hezbollah is an ally of the government of Syria.")).toEqual([
      "Hezbollah→hezbollah",
      "government of Syria→syrian-government",
    ]);
    expect(mentionsIn("The armed forces of Iraq attacked.")).toEqual(["armed forces of Iraq→iraq"]);
    expect(mentionsIn("Refugees from Syria returned.")).toEqual([]);
    expect(mentionsIn("The president of Syria spoke.")).toEqual([]);
    expect(mentionsIn("The provinces of Iraq voted.")).toEqual([]);
  });

  it("extractMentions(article) reads bases and posts of two words after a demonym as the state's forces", () => {
    expect(mentionsIn("The YPG shelled a Turkish observation point.")).toEqual([
      "YPG→ypg",
      "Turkish observation point→turkey",
    ]);
    expect(mentionsIn("Israeli jets struck Iranian military bases.")).toEqual([
      "Israeli jets→israel",
      "Iranian military bases→iran",
    ]);
    // a demonym's phrase after an Arabic article is a place's name ("Asad" folds as "Assad", a state force's word)
    expect(mentionsIn("Australian forces captured the undefended Al Asad air base.")).toEqual([
      "Australian forces→australia",
    ]);
  });

  it("extractRelations(article) reads relations of the states so named", () => {
    expect(relationsIn("The Russian government backed the Syrian government.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(relationsIn("Hezbollah has long been an ally of the Ba'ath government of Syria.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
    expect(relationsIn("The YPG shelled a Turkish observation point.")).toEqual(["clash turkey ypg"]);
    expect(relationsIn("Turkish authorities supported groups like al-Nusra Front and Ahrar al-Sham.")).toEqual([
      "ally ahrar-al-sham turkey",
      "ally jabhat-al-nusra turkey",
    ]);
  });
});

describe("a state's marines, paratroopers and commandos as its forces (names.json forceNouns)", () => {
  it("extractMentions(article) reads 'the Russian Marines' and 'Turkish commandos' as the states", () => {
    expect(mentionsIn("The Russian Marines relieved their positions.")).toEqual(["Russian Marines→russia"]);
    expect(mentionsIn("Turkish commandos entered Afrin.")).toEqual(["Turkish commandos→turkey"]);
  });
});
