import { describe, expect, it } from "vitest";
import { pipelineRelations } from "../../lib/eval/relations.ts";
import { articleFrom, triples } from "./fixtures.ts";

// Wire-copy phrase families (issue 10, round 13), read through the mention layer as the pipeline does. Each sentence
// is written for its family, not taken from a gold set; negative cases beside the positive ones.
const read = (text: string, date = "2016-05-01") =>
  triples(pipelineRelations(articleFrom("w", text, date)).relations).sort();

describe("extractRelations(article, mentions) on the bare group noun 'regime'", () => {
  it("extractRelations(article, mentions) reads 'Regime air strikes killed civilians in an X-held town' as a clash with X", () => {
    expect(read("Regime air strikes killed nine civilians in an ISIS-held town near Raqqa on Monday.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'Regime and Russian jets bombed P' and 'regime ally X' as allies", () => {
    expect(read("Regime and Russian jets have stepped up their bombing of Idlib this week.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("The talks were hosted by regime ally Iran in Tehran.")).toEqual(["ally iran syrian-government"]);
  });

  it("extractRelations(article, mentions) reads no party from 'regime' qualifying a name of its own group or after the fall", () => {
    expect(read("Russia launched air strikes in support of regime leader Bashar al-Assad's forces last year."))
      .toEqual(["ally russia syrian-government"]);
    expect(read("The sanctions regime hit Iran hard.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on an act noun's 'by' agent before a perfect and a held place past adjectives", () => {
  it("extractRelations(article, mentions) reads 'Airstrikes by X have killed N Y fighters' as X against Y", () => {
    expect(read("Airstrikes by Russian jets have killed 30 ISIS fighters near Palmyra.")).toEqual([
      "clash islamic-state russia",
    ]);
    expect(read("Shelling by the Syrian army has hit Nusra Front positions in the valley.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'killed civilians in northern Syrian villages held by Y' as a clash with Y", () => {
    expect(read("Airstrikes by Russian jets have killed 12 civilians in eastern Syrian villages held by ISIS."))
      .toEqual([
        "clash islamic-state russia",
      ]);
  });

  it("extractRelations(article, mentions) reads no target from civilians killed in a place no party holds", () => {
    expect(read("Airstrikes by Russian jets have killed 12 civilians in eastern Syrian villages.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on appositions whose comma wire copy stripped", () => {
  it("extractRelations(article, mentions) reads 'X a member of Z' as a membership, not a list of X and Z", () => {
    expect(read("Denmark a member of the US-led coalition sent six jets to the region.")).toEqual([
      "member denmark us-led-coalition",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X (ABBR) a coalition of militias backed by Y' as Y backing X", () => {
    expect(
      read(
        "The town fell to the Syrian Democratic Forces (SDF) a coalition of militias supported by the United States.",
      ),
    )
      .toEqual(["ally syrian-democratic-forces united-states"]);
    expect(
      read("The town fell to the Syrian Democratic Forces, an alliance of militias supported by the United States."),
    )
      .toEqual(["ally syrian-democratic-forces united-states"]);
  });

  it("extractRelations(article, mentions) reads 'A and X a Y-backed Kurdish group' as Y backing X, the last name", () => {
    expect(read("Ankara named Daesh and the YPG a US-backed Kurdish militia based in Syria as its targets.")).toEqual([
      "ally united-states ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X Syrias Z affiliate' as X affiliated with Z", () => {
    expect(read("The Nusra Front Syrias al-Qaeda affiliate stormed the base at dawn.")).toEqual([
      "affiliate jabhat-al-nusra al-qaeda",
    ]);
  });

  it("extractRelations(article, mentions) reads no apposition from a place described by a participle", () => {
    expect(read("Raqqa, a city captured by ISIS in 2014, was bombed again.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on an act adverbial after a role complement", () => {
  it("extractRelations(article, mentions) reads 'X has been an ally of Z in the fight against Y' as X and Z against Y", () => {
    expect(
      read(
        "The SDF holds most of the land east of the Euphrates and has been a key ally of the United States in the war against ISIS.",
      ),
    ).toEqual([
      "ally syrian-democratic-forces united-states",
      "clash islamic-state syrian-democratic-forces",
      "clash islamic-state united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads the plain subject alone where no role complement stands before the act", () => {
    expect(read("The SDF has played a major role in the war against ISIS.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("extractRelations(article, mentions) on the allies a list tail names", () => {
  it("extractRelations(article, mentions) reads 'X and its allies, who include A and B' as A and B allied to X and to each other", () => {
    expect(read("Syrian government forces and their allies, who include Hezbollah and the NDF, shelled the town."))
      .toEqual([
        "ally hezbollah national-defence-forces",
        "ally hezbollah syrian-government",
        "ally national-defence-forces syrian-government",
      ]);
  });

  it("extractRelations(article, mentions) reads one named ally as allied to the head only", () => {
    expect(read("Syrian government forces and their allies, who include Hezbollah, shelled the town.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });
});

describe("extractRelations(article, mentions) on a companion set off by dashes", () => {
  it("extractRelations(article, mentions) reads 'X - along with Y - struck P' as X and Y allied", () => {
    expect(read("Syrian troops - along with Hezbollah fighters - stormed the hilltop village.")).toEqual([
      "ally hezbollah syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads companions that name the actor's group again beside another", () => {
    expect(read("Last week regime helicopters - along with Russian and Syrian jets - bombed several markets.")).toEqual(
      [
        "ally russia syrian-government",
      ],
    );
  });

  it("extractRelations(article, mentions) reads no alliance from victims killed along with others", () => {
    expect(read("Ten ISIS fighters were killed - along with Hezbollah fighters - in the blast.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a subject before a dash-set aside", () => {
  it("extractRelations(article, mentions) reads 'X - led by A which ... - is bombarded by Y' as Y against X", () => {
    expect(
      read(
        "Jaish al-Fatah - led by Ahrar al-Sham which took over the town after heavy clashes with Hezbollah last year - is often shelled by Russian jets.",
      ),
    ).toEqual([
      "clash ahrar-al-sham hezbollah",
      "clash jaish-al-fatah russia",
      "member ahrar-al-sham jaish-al-fatah",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X - backed by A - attacked Y' with X as the subject", () => {
    expect(read("Ahrar al-Sham - backed by Turkey for two years now - attacked Hezbollah positions.")).toEqual([
      "ally ahrar-al-sham turkey",
      "clash ahrar-al-sham hezbollah",
    ]);
  });
});

describe("extractRelations(article, mentions) on 'renounce ties with' as a split", () => {
  it("extractRelations(article, mentions) reads 'X, which changed its name after renouncing ties with Z' as a split", () => {
    expect(read("Jabhat Fateh al-Sham, which changed its name after renouncing ties with al-Qaeda, holds Idlib."))
      .toEqual([
        "split jabhat-fateh-al-sham al-qaeda",
      ]);
  });
});

describe("extractRelations(article, mentions) on a bare infinitive's subject and examples after 'like'", () => {
  it("extractRelations(article, mentions) reads 'the offensive saw groups like A and B (former C) seize P from Y' as A and B against Y", () => {
    expect(
      read(
        "The offensive saw rebel groups like Ahrar al-Sham and Jaish al-Fatah (former Army of Conquest) take several villages from the NDF.",
      ),
    ).toEqual([
      "ally ahrar-al-sham jaish-al-fatah",
      "clash ahrar-al-sham national-defence-forces",
      "clash jaish-al-fatah national-defence-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads 'Z helped X retake P from Y' with X as the one who retook it", () => {
    // (And the helper is the army's ally, round 19.)
    expect(read("Russian jets helped the Syrian army recapture Tadmur from ISIS in March.")).toEqual([
      "ally russia syrian-government",
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no act from a list seen doing nothing hostile", () => {
    expect(read("The summit saw Russia and Turkey discuss a deal on Idlib.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on 'at the hands of' as an agent's phrase", () => {
  it("extractRelations(article, mentions) reads 'X suffered defeats at the hands of an array of A and B forces' as both against X", () => {
    expect(read("Last year ISIS suffered a series of defeats at the hands of an array of Syrian and Iraqi forces."))
      .toEqual([
        "clash iraqi-army islamic-state",
        "clash islamic-state syrian-government",
      ]);
  });

  it("extractRelations(article, mentions) reads 'were killed at the hands of Y' as a passive's agent", () => {
    expect(read("Dozens of ISIS fighters were killed at the hands of the YPG near Raqqa.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) reads no relation from losses that are no act", () => {
    expect(read("ISIS suffered heavy financial losses at the hands of the market.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a role phrase as the subject of 'is'", () => {
  it("extractRelations(article, mentions) reads 'The largest faction in Z is X' as X a member of Z", () => {
    expect(read("The largest faction in Jaish al-Fatah is Ahrar al-Sham, a monitor said.")).toEqual([
      "member ahrar-al-sham jaish-al-fatah",
    ]);
  });

  it("extractRelations(article, mentions) reads no membership from a role phrase that is no clause's subject", () => {
    expect(read("Turkey said the strongest group in the SDF is a threat.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on 'onto' after a bombardment noun", () => {
  it("extractRelations(article, mentions) reads 'X's shelling onto Y sites' as X against Y", () => {
    expect(read("Two fighters were wounded by the Syrian army's shelling onto Nusra Front sites near the border."))
      .toEqual([
        "clash jabhat-al-nusra syrian-government",
      ]);
  });
});

describe("extractRelations(article, mentions) on a backed hostile act", () => {
  it("extractRelations(article, mentions) reads 'X launched a Y-backed offensive against Z' as Y backing X against Z", () => {
    expect(read("Ahrar al-Sham launched a Turkish-backed offensive against ISIS near al-Bab.")).toEqual([
      "ally ahrar-al-sham turkey",
      "clash ahrar-al-sham islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X drove Z out with a Y-backed offensive' as Y backing X", () => {
    expect(read("Syrian troops drove the rebels out of the town with an Iranian-backed offensive.")).toEqual([
      "ally iran syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no backing from a backed act whose agent no clause names", () => {
    expect(read("A Turkish-backed offensive began at dawn.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a present-tense base form that is also a noun", () => {
  it("extractRelations(article, mentions) reads 'A and B jets raid Y-held districts' as both against Y and allied", () => {
    expect(read("Every night Russian and Syrian jets raid ISIS-held districts of the city.")).toEqual([
      "ally russia syrian-government",
      "clash islamic-state russia",
      "clash islamic-state syrian-government",
    ]);
    expect(read("Turkish jets raid PKK positions in the mountains.")).toEqual(["clash pkk turkey"]);
  });

  it("extractRelations(article, mentions) reads no verb from the noun itself", () => {
    expect(read("The raid killed ten ISIS fighters and Russia denied it.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a name read with its act noun, then 'on'", () => {
  it("extractRelations(article, mentions) reads 'Russian air strikes on ISIS positions' as Russia against ISIS", () => {
    expect(read("The Russian raid on ISIS positions killed ten.")).toEqual(["clash islamic-state russia"]);
    expect(read("Israeli strikes on Hezbollah convoys have become frequent.")).toEqual(["clash hezbollah israel"]);
  });

  it("extractRelations(article, mentions) reads no target from a place after 'on'", () => {
    expect(read("Russian air strikes on Aleppo killed ten civilians.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a definite act carried out, told in the sentence after its agent's", () => {
  it("extractRelations(article, mentions) reads 'X is conducting strikes against Y. The strikes in P are conducted in support of Z' as X backing Z", () => {
    expect(
      read(
        "The US-led coalition of 60 countries is conducting airstrikes against ISIS in Iraq. The strikes in Iraq are carried out in support of the Iraqi government.",
      ),
    ).toEqual(["ally iraq us-led-coalition", "clash islamic-state us-led-coalition"]);
  });

  it("extractRelations(article, mentions) reads no agent for a definite act after a sentence that tells none", () => {
    expect(
      read(
        "The US-led coalition met in Paris on Monday. The strikes are conducted in support of the Iraqi government.",
      ),
    ).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a country's name owning an alliance role noun", () => {
  it("extractRelations(article, mentions) reads 'X is Syrias closest ally' and 'Syria's allies A and B' as allies of the Syrian state", () => {
    expect(read("Russia is Syrias closest ally and has bombed Idlib for months.")).toEqual([
      "ally russia syrian-government",
    ]);
    expect(read("The truce was brokered by Syria's allies Iran and Russia in Astana.")).toEqual([
      "ally iran syrian-government",
      "ally russia syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no party from the country's name elsewhere", () => {
    expect(read("Syrias Kurds fought ISIS near Kobane.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on people on a party's side as a hostile act's target", () => {
  it("extractRelations(article, mentions) reads 'killing 30 pro-regime gunmen' as a clash with the regime", () => {
    expect(read("ISIS fighters stormed a gas field in Homs, killing at least 20 pro-regime gunmen.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no target from people against a party", () => {
    expect(read("ISIS fighters stormed a gas field in Homs, killing at least 20 anti-regime gunmen.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on a definite noun reference to a party named by that noun sentences before", () => {
  it("extractRelations(article, mentions) reads 'the coalition' as the one coalition named two sentences back", () => {
    expect(
      read(
        "Rebels have held the line with the help of the US-led coalition, the statement said. It said more than 400 " +
          "strikes had been carried out since June. The Pentagon said the coalition destroyed six ISIS positions on Monday.",
      ),
    ).toEqual(["clash islamic-state us-led-coalition"]);
  });

  it("extractRelations(article, mentions) reads no party where two named parties share the noun", () => {
    expect(
      read(
        "The Levant Front and the Southern Front met in Daraa. Talks went on for days. Officials said the front " +
          "attacked ISIS positions.",
      ),
    ).toEqual([]);
    expect(
      read("The Levant Front met in Aleppo. Talks went on for days. Officials said the front attacked ISIS positions."),
    ).toEqual(["clash islamic-state levant-front"]);
  });
});
