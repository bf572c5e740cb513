import { describe, expect, it } from "vitest";
import { relationTriples } from "./fixtures.ts";

// Wire-copy sentences as FA-KES prints them: commas and apostrophes stripped upstream ("Al-Qaedas", "Russias").
const NAMES: [string, string][] = [
  ["Syrian Democratic Forces", "syrian-democratic-forces"],
  ["SDF", "syrian-democratic-forces"],
  ["US-led coalition", "us-led-coalition"],
  ["US", "united-states"],
  ["U.S", "united-states"],
  ["United States", "united-states"],
  ["Hezbollah", "hezbollah"],
  ["Iran", "iran"],
  ["Russian warplanes", "russia"],
  ["Russian aircraft", "russia"],
  ["Russias", "russia"],
  ["Russia", "russia"],
  ["Turkey", "turkey"],
  ["Israel", "israel"],
  ["Syrian army", "syrian-government"],
  ["Syrian government", "syrian-government"],
  ["Assads government", "syrian-government"],
  ["regime troops", "syrian-government"],
  ["regime forces", "syrian-government"],
  ["government forces", "syrian-government"],
  ["Syrias government", "syrian-government"],
  ["Al-Nusra Front", "jabhat-al-nusra"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Al-Qaeda", "al-qaeda"],
  ["al-Qaeda", "al-qaeda"],
  ["al-Qaida", "al-qaeda"],
  ["Al-Qaedas", "al-qaeda"],
  ["al Qaeda", "al-qaeda"],
  ["Hayat Tahrir al Sham", "hayat-tahrir-al-sham"],
  ["Islamic State", "islamic-state"],
  ["ISIL", "islamic-state"],
  ["Daesh", "islamic-state"],
  ["IS", "islamic-state"],
  ["YPG", "ypg"],
  ["PYD", "pyd"],
  ["Jaysh al-Islam", "jaish-al-islam"],
  ["Jaish al-Islam", "jaish-al-islam"],
  ["Free Syrian Army", "free-syrian-army"],
  ["Sawaiq al-Rahman Brigade", "sawaiq-al-rahman"],
];

const relationsOf = (text: string) => relationTriples(NAMES, text, "w");

describe("extractRelations(article, mentions) on wire-copy phrasing", () => {
  it("extractRelations(article, mentions) reads 'US-backed Syrian Democratic Forces' as an ally of the backer", () => {
    expect(relationsOf("The strikes came as US-backed Syrian Democratic Forces said they had reached the town."))
      .toEqual(["ally syrian-democratic-forces united-states"]);
  });

  it("extractRelations(article, mentions) reads 'Al-Qaeda-affiliated Al-Nusra Front' as an affiliate, but not 'formerly al Qaeda-affiliated'", () => {
    expect(relationsOf("The rebels are fighting alongside the Al-Qaeda-affiliated Al-Nusra Front in the north."))
      .toEqual(["affiliate jabhat-al-nusra al-qaeda"]);
    expect(relationsOf("Idlib is held by the formerly al Qaeda-affiliated Hayat Tahrir al Sham.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'X backed by Y' and 'Backed by Y, X has' as allies", () => {
    expect(relationsOf("For nearly a week regime troops backed by Syrian and Russian warplanes have been battling."))
      .toEqual(["ally russia syrian-government"]);
    expect(relationsOf("Backed by Russias decisive military support Assads government has regained control."))
      .toEqual(["ally russia syrian-government"]);
    expect(relationsOf("The fighters came from Hezbollah which is backed by Iran and Russia.")).toEqual([
      "ally hezbollah iran",
      "ally hezbollah russia",
    ]);
  });

  it("extractRelations(article, mentions) does not resolve 'It' in 'It is waging an air campaign against Daesh' to a group the previous sentence only names as a target", () => {
    expect(
      relationsOf(
        "The strike was the first time Washington has directly targeted the Syrian government. It is separately waging an air campaign against Daesh in eastern Syria.",
      ),
    ).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'fighting in support of' as an ally, but not a distant 'in support of'", () => {
    expect(relationsOf("Russias military which has been fighting in support of Assads government denied the strikes."))
      .toEqual(["ally russia syrian-government"]);
    expect(
      relationsOf(
        "Towns are shelled by terrorists of the so-called Jaish al-Islam in an attempt to undermine the stances of the locals in support of the Syrian army.",
      ),
    ).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'a close ally of', 'its ally Y' and 'a key US ally' as allies", () => {
    expect(relationsOf("Hezbollah is a close ally of the Syrian government and has sent fighters.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
    expect(relationsOf("It was unclear whether the strikes were carried out by the Syrian army or its ally Russia."))
      .toEqual(["ally russia syrian-government"]);
    expect(relationsOf("The YPG are a key US ally.")).toEqual(["ally united-states ypg"]);
  });

  it("extractRelations(article, mentions) reads 'X the Syrian branch of Y', 'is an Y franchise' as affiliates and 'its armed wing' as a member", () => {
    expect(relationsOf("Jihadists fighting for the Al-Nusra Front the Syrian branch of Al-Qaeda were also killed."))
      .toEqual(["affiliate jabhat-al-nusra al-qaeda"]);
    expect(relationsOf("The Nusra Front is an al-Qaeda franchise operating in Syria.")).toEqual([
      "affiliate jabhat-al-nusra al-qaeda",
    ]);
    // (Round 98: an armed wing is a member of its owner, lexicon entry "armed wing".)
    expect(relationsOf("The province is controlled by the PYD and its armed wing YPG.")).toEqual([
      "member ypg pyd",
    ]);
  });

  it("extractRelations(article, mentions) reads a reduced clause after a preposition ('jets from the coalition battling IS')", () => {
    expect(relationsOf("The move prompted jets from the US-led coalition battling the Islamic State to intervene."))
      .toEqual(["clash islamic-state us-led-coalition"]);
  });

  it("extractRelations(article, mentions) reads 'X counterattack on Y' and 'an attack by X against members of Y' as clashes", () => {
    expect(relationsOf("A Daesh counterattack on regime forces left 28 militants dead.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(
      relationsOf("People were killed in a chemical attack by Jaysh al-Islam terrorists against members of the YPG."),
    )
      .toEqual(["clash jaish-al-islam ypg"]);
  });

  it("extractRelations(article, mentions) reads 'carried out 182 airstrikes against the positions of Y' as a clash", () => {
    expect(relationsOf("The Russian aircraft carried out 182 airstrikes against the positions of Daesh terrorists."))
      .toEqual(["clash islamic-state russia"]);
  });

  it("extractRelations(article, mentions) reads casualty reports ('killed 20 members of Y', 'it has killed several Y fighters', 'Y militants were killed by X')", () => {
    expect(relationsOf("The ISIL terrorists group killed 20 members of the so-called Free Syrian Army on Friday."))
      .toEqual(["clash free-syrian-army islamic-state"]);
    expect(relationsOf("The Sawaiq al-Rahman Brigade has announced it has killed several Nusra Front fighters."))
      .toEqual(["clash jabhat-al-nusra sawaiq-al-rahman"]);
    expect(relationsOf("At least 50 jihadists from the Islamic State were killed overnight by regime troops.")).toEqual(
      [
        "clash islamic-state syrian-government",
      ],
    );
  });

  it("extractRelations(article, mentions) does not make the group a participle names the killer ('the coalition fighting Daesh mistakenly killed 18 members of the SDF')", () => {
    expect(
      relationsOf("An air strike by a US-led coalition fighting Daesh mistakenly killed 18 members of the SDF."),
    ).toEqual(["clash islamic-state us-led-coalition"]);
  });

  it("extractRelations(article, mentions) reads 'foil an attack by Y' and 'faced a counter-offensive led by Y' as clashes", () => {
    expect(relationsOf("The Syrian army managed to foil an attack by the Takfiri ISIL terrorists on military posts."))
      .toEqual(["clash islamic-state syrian-government"]);
    expect(relationsOf("The Syrian army withdrew as they faced a rebel counter-offensive led by the Al-Nusra Front."))
      .toEqual(["clash jabhat-al-nusra syrian-government"]);
  });

  it("extractRelations(article, mentions) reads 'clashes between fighters from X on the one hand and Y and Z on the other' (Y and Z on one side: allies, round 19) and 'pitted X against the Y breakaway Z'", () => {
    expect(
      relationsOf(
        "Clashes erupted between fighters from the YPG on the one hand and fighters from the Islamic State and the Al-Nusra Front on the other hand.",
      ),
    ).toEqual(["ally islamic-state jabhat-al-nusra", "clash islamic-state ypg", "clash jabhat-al-nusra ypg"]);
    // (Round 66: "the al-Qaida breakaway Islamic State" also names the split, lexicon trigger "breakaway".)
    expect(relationsOf("The clashes pitted the Nusra Front against the al-Qaida breakaway Islamic State.")).toEqual([
      "clash islamic-state jabhat-al-nusra",
      "split islamic-state al-qaeda",
    ]);
  });

  it("extractRelations(article, mentions) reads no relation from 'joined the US in saying', a noun 'gas attack', 'Iraqi government forces' or 'reportedly preparing to attack'", () => {
    expect(
      relationsOf("Officials in other countries including Israel joined the US in saying the forces were responsible."),
    )
      .toEqual([]);
    expect(
      relationsOf(
        "Obama asked Congress to punish Syrias government over a gas attack the United States says killed 1400.",
      ),
    )
      .toEqual([]);
    expect(relationsOf("ISIL has been battling Iraqi government forces since June.")).toEqual([]);
    expect(relationsOf("Daesh was reportedly preparing to attack Turkey from northern Syria.")).toEqual([]);
  });
});
