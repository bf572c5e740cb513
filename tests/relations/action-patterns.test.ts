import { describe, expect, it } from "vitest";
import { dropSelfReport } from "../../lib/extract/relations/template.ts";
import { relationTriples } from "./fixtures.ts";

// FA-KES prints wire copy with commas and apostrophes stripped upstream ("ISILs", "Syrias").
const NAMES: [string, string][] = [
  ["Syrian Democratic Forces", "syrian-democratic-forces"],
  ["SDF", "syrian-democratic-forces"],
  ["US-led coalition", "us-led-coalition"],
  ["Russian Air Force", "russia"],
  ["Russia", "russia"],
  ["Syrian Army", "syrian-government"],
  ["government forces", "syrian-government"],
  ["National Defense Forces", "national-defence-forces"],
  ["Hezbollah", "hezbollah"],
  ["Al-Nusra Front", "jabhat-al-nusra"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["al-Nusra", "jabhat-al-nusra"],
  ["Al-Qaeda", "al-qaeda"],
  ["Al-Qaedas", "al-qaeda"],
  ["Army of Conquest", "jaish-al-fatah"],
  ["Islamic State", "islamic-state"],
  ["ISIS", "islamic-state"],
  ["ISIL", "islamic-state"],
  ["Daesh", "islamic-state"],
  ["FSA", "free-syrian-army"],
  ["SRF", "syrian-revolutionaries-front"],
  ["Hazzm", "harakat-hazm"],
  ["YPG", "ypg"],
  ["PYD", "pyd"],
  ["PKK", "pkk"],
  ["U.S", "united-states"],
  ["US", "united-states"],
  ["Britain", "united-kingdom"],
];

const relationsOf = (text: string) => relationTriples(NAMES, text, "a");

describe("extractRelations(article, mentions) on hostile action told at a distance", () => {
  it("extractRelations(article, mentions) reads a verb coordinated far from its subject ('have managed to advance ... and kill 47 Daesh militants')", () => {
    expect(relationsOf(
      "The Syrian Democratic Forces have managed to advance closer to the center of northern Syrian city of Al Tabqah and kill 47 Daesh militants in the area.",
    )).toEqual(["clash islamic-state syrian-democratic-forces"]);
  });

  it("extractRelations(article, mentions) does not read a far verb another clause's subject may own", () => {
    expect(relationsOf(
      "The Syrian Democratic Forces withdrew from the town center overnight while residents fled and rebels attacked Daesh positions.",
    )).toEqual([]);
  });

  it("extractRelations(article, mentions) reads a participle striking what a group holds ('striking several sites controlled by the ISIL')", () => {
    expect(relationsOf(
      "Over the past 48 hours the Russian Air Force has been relentless in the Eastern territories of the Homs province striking several sites controlled by the ISIL near Palmyra.",
    )).toEqual(["clash islamic-state russia"]);
  });

  it("extractRelations(article, mentions) does not read a participle that modifies sanctions or an accidental strike", () => {
    expect(relationsOf(
      "Britain and the US in February put forward a resolution to impose sanctions targeting Syrian Army officials.",
    )).toEqual([]);
    expect(relationsOf("The US-led coalition accidentally struck the Syrian Democratic Forces in Tabqa.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads an operation whose target follows a long description ('is conducting airstrikes ... in Syria and Iraq against Daesh')", () => {
    expect(relationsOf(
      "The US-led coalition of 68 nations is conducting airstrikes ground-based and rocket-propelled artillery fire in Syria and Iraq against Daesh terrorist group.",
    )).toEqual(["clash islamic-state us-led-coalition"]);
    expect(relationsOf("The US-led coalition has been conducting airstrikes against what are said to be ISIS targets."))
      .toEqual(["clash islamic-state us-led-coalition"]);
  });

  it("extractRelations(article, mentions) reads a party described by the name it includes ('recaptured by the rebels who include fighters from X')", () => {
    expect(relationsOf(
      "By Friday all but one of the villages taken by government forces had been recaptured by the rebels who include fighters from Al-Qaeda affiliate Al-Nusra Front.",
    )).toEqual(["affiliate jabhat-al-nusra al-qaeda", "clash jabhat-al-nusra syrian-government"]);
  });

  it("extractRelations(article, mentions) reads every group a comma-stripped 'including' list names", () => {
    expect(
      relationsOf("Over eight months al-Nusra had also attacked fighters from groups including the FSA SRF Hazzm."),
    )
      .toEqual([
        "clash free-syrian-army jabhat-al-nusra",
        "clash harakat-hazm jabhat-al-nusra",
        "clash jabhat-al-nusra syrian-revolutionaries-front",
      ]);
  });

  it("extractRelations(article, mentions) reads a joint offensive 'to dislodge the ISIS and Nusra Front militants'", () => {
    expect(relationsOf(
      "Hezbollah and the Syrian military began a joint offensive on the Lebanon-Syria border last year to dislodge the ISIS and Nusra Front militants from the area.",
    )).toEqual(["clash hezbollah islamic-state", "clash hezbollah jabhat-al-nusra"]);
  });

  it("extractRelations(article, mentions) reads 'X are a key US ally in the fight against Y' and 'seeking to oust Y'", () => {
    expect(relationsOf("The YPG are a key US ally in the fight against ISIS.")).toContain("clash islamic-state ypg");
    expect(relationsOf("The Syrian Democratic Forces alliance currently seeking to oust Daesh from Manbij."))
      .toEqual(["clash islamic-state syrian-democratic-forces"]);
  });

  it("extractRelations(article, mentions) reads a subject's own anti-X operation but not one it exploits", () => {
    expect(relationsOf("Konashenkov said that the US forces had reduced its anti-Daesh operation in Iraq."))
      .toEqual(["clash islamic-state united-states"]);
    expect(relationsOf("The Syrian Army still exploits the international anti-ISIS campaign to commit massacres."))
      .toEqual([]);
  });
});

describe("extractRelations(article, mentions) on joint action", () => {
  it("extractRelations(article, mentions) reads two subjects pushing a third back as allies ('the Syrian Army and the NDF pushed ISIS back')", () => {
    expect(relationsOf(
      "Reports said that the Syrian Army and the National Defense Forces continued to push the ISIS back from more lands near Palmyra.",
    )).toEqual([
      "ally national-defence-forces syrian-government",
      "clash islamic-state national-defence-forces",
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads a comma-stripped three-way subject list as allies", () => {
    expect(relationsOf("The Syrian Army Hezbollah and the National Defense Forces stormed Daesh positions."))
      .toEqual([
        "ally hezbollah national-defence-forces",
        "ally hezbollah syrian-government",
        "ally national-defence-forces syrian-government",
        "clash hezbollah islamic-state",
        "clash islamic-state national-defence-forces",
        "clash islamic-state syrian-government",
      ]);
  });

  it("extractRelations(article, mentions) does not read subjects acting separately as allies", () => {
    expect(relationsOf("Russia and the US-led coalition both struck Daesh positions.")).toEqual([
      "clash islamic-state russia",
      "clash islamic-state us-led-coalition",
    ]);
  });
});

describe("extractRelations(article, mentions) on membership told by composition", () => {
  it("extractRelations(article, mentions) reads 'X-dominated Y' and 'Y is dominated by X' as membership", () => {
    expect(relationsOf("Villages near Manbij fell to the PYD-dominated U.S.-backed Syrian Democratic Forces."))
      .toContain("member pyd syrian-democratic-forces");
    expect(relationsOf("The SDF is dominated by the YPG which fights in the north.")).toEqual([
      "member ypg syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) does not read 'dominated by X's Syrian wing' as X's membership", () => {
    expect(relationsOf("The SDF is dominated by the PKK terrorist groups Syrian wing the PYD.")).not.toContain(
      "member pkk syrian-democratic-forces",
    );
  });

  it("extractRelations(article, mentions) reads 'the Army of Conquest which includes Al-Nusra' and 'its allies who include X'", () => {
    expect(
      relationsOf("A grouping named the Army of Conquest which includes Al-Nusra Front and its allies seized Idlib."),
    )
      .toContain("member jabhat-al-nusra jaish-al-fatah");
    expect(relationsOf(
      "At least 86 members of government forces and its allies - who include members of the Lebanese group Hezbollah - were killed.",
    )).toEqual(["ally hezbollah syrian-government"]);
  });

  it("extractRelations(article, mentions) reads 'rival extremists led by X' as X", () => {
    expect(
      relationsOf("Russia has been targeting both Daesh in Deir Ezzor and rival extremists led by al-Nusra in Idlib."),
    )
      .toEqual(["clash islamic-state russia", "clash jabhat-al-nusra russia"]);
  });
});

describe("dropSelfReport(template)", () => {
  it("dropSelfReport(template) reads 'X said they had encircled' as 'X had encircled'", () => {
    expect(dropSelfReport("⟦0⟧ said they had encircled a stronghold of ⟦1⟧ militants.")).toBe(
      "⟦0⟧ had encircled a stronghold of ⟦1⟧ militants.",
    );
    expect(dropSelfReport("⟦0⟧ said they would attack ⟦1⟧.")).toBe("⟦0⟧ said they would attack ⟦1⟧.");
  });
});
