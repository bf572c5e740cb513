import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("a subject past a relative clause between commas (sentence-view.ts relativeAsideOpen; round 84)", () => {
  it("extractRelations(article, mentions) reads the name before ', which ...,' as the subject of the verb after it", () => {
    expect(relationsIn("Iran, which regards Israel as the main enemy of the region, has fought ISIS in Iraq.")).toEqual(
      expect.arrayContaining(["clash iran islamic-state"]),
    );
    expect(
      relationsIn(
        "Turkey, which hosts more than three million refugees from the Aleppo countryside, bombed ISIS in 2016.",
      ),
    ).toEqual(["clash islamic-state turkey"]);
  });

  it("extractRelations(article, mentions) skips a long relative clause with a list whole, past the subject window", () => {
    expect(
      relationsIn(
        "Jaish al-Fatah, which brought together Ahrar al-Sham, the Nusra Front, Jund al-Aqsa and several smaller factions in March 2015, captured Jisr al-Shughur from regime forces.",
      ),
    ).toEqual(expect.arrayContaining(["clash jaish-al-fatah syrian-government"]));
  });

  it("extractRelations(article, mentions) keeps an aside inside the relative clause and a bare participle aside apart", () => {
    // The relative's auxiliary, then an aside of its own: the verb after the aside is the relative's.
    expect(relationsIn("The SNA, which was, with Turkish support, formed in 2017, grew quickly.")).toEqual([
      "ally syrian-national-army turkey",
    ]);
  });
});

describe("verb lists sharing a subject and an object (sentence-view.ts verbListComma, verbListEnd; round 84)", () => {
  it("extractRelations(article, mentions) reads the subject and the object across a list of three verbs", () => {
    expect(relationsIn("Qatar funds, trains and equips Ahrar al-Sham.")).toEqual(["ally ahrar-al-sham qatar"]);
    expect(relationsIn("Saudi Arabia, which finances, arms, and advises Jaish al-Islam, opposes Iran.")).toEqual(
      expect.arrayContaining(["ally jaish-al-islam saudi-arabia"]),
    );
  });

  it("extractRelations(article, mentions) reads a list of participles opening the sentence", () => {
    expect(relationsIn("Funded, trained and armed by Iran, Kataib Hezbollah attacked US forces.")).toEqual([
      "ally iran kataib-hezbollah",
      "clash kataib-hezbollah united-states",
    ]);
  });

  it("extractRelations(article, mentions) does not join a second predicate to a list already closed", () => {
    expect(
      relationsIn(
        "Fighters from France and Tunisia had been captured or killed, and urged Turkey to close its border.",
      ),
    ).toEqual([]);
  });
});

describe("companions of a merger merging into its result (frames.ts mergerResultAfter; round 84)", () => {
  it("extractRelations(article, mentions) merges the subject and every companion after 'with' into the result", () => {
    expect(
      relationsIn("In 2013 Liwa al-Islam merged with Suqour al-Sham and Ahrar al-Sham to form the Islamic Front."),
    ).toEqual([
      "merger ahrar-al-sham islamic-front",
      "merger liwa-al-islam islamic-front",
      "merger suqour-al-sham islamic-front",
    ]);
  });

  it("extractRelations(article, mentions) keeps a merger with no result named between the two", () => {
    expect(relationsIn("Liwa al-Islam merged with Suqour al-Sham.")).toEqual(["merger liwa-al-islam suqour-al-sham"]);
  });
});

describe("an apposition on every item of a list (lexicon asides, listQuantifiers; round 84)", () => {
  it("extractRelations(article, mentions) gives a quantified apposition's role to every item", () => {
    expect(
      relationsIn("Faylaq al-Sham and the Levant Front, both part of the National Front for Liberation, held Idlib."),
    )
      .toEqual(expect.arrayContaining([
        "member faylaq-al-sham national-front-for-liberation",
        "member levant-front national-front-for-liberation",
      ]));
  });

  it("extractRelations(article, mentions) reads the list before a bare plural apposition as the verb's subject", () => {
    expect(relationsIn("Faylaq al-Sham and the Levant Front, members of the Syrian National Army, attacked the SDF."))
      .toEqual(expect.arrayContaining([
        "clash faylaq-al-sham syrian-democratic-forces",
        "clash levant-front syrian-democratic-forces",
      ]));
    expect(relationsIn("Faylaq al-Sham and the Levant Front, members of the Syrian National Army, attacked the SDF."))
      .not.toContain("clash syrian-democratic-forces syrian-national-army");
  });
});

describe("a state's agencies acting for it (lexicon agencyStates; template.ts agencyNames; round 84)", () => {
  it("extractRelations(article, mentions) reads a state agency as its state where the article names no state", () => {
    expect(relationsIn("The State Department designated Hurras al-Din as a terrorist organization.")).toEqual([
      "rival hurras-al-din united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads no agency before a speaker noun", () => {
    expect(
      relationsIn("A State Department spokesman said Hezbollah continues to provide fighters to the Syrian regime."),
    ).not.toContain("ally hezbollah united-states");
  });
});

describe("a gerund after 'for' in a clause of judging (lexicon judgmentWords; frames.ts judgedReason; round 84)", () => {
  it("extractRelations(article, mentions) reads no act of the judging party from the judged one's gerund", () => {
    expect(relationsIn("Britain fined several shipping firms for delivering fuel to ISIS.")).toEqual([]);
    expect(relationsIn("The US imposed sanctions on Lebanese banks for providing financial support to Hezbollah."))
      .toEqual([]);
  });

  it("extractRelations(article, mentions) reads the named judged party as the gerund's subject", () => {
    expect(relationsIn("Washington sanctioned Kataib Hezbollah for supplying weapons to the Syrian regime.")).toEqual(
      expect.arrayContaining(["ally kataib-hezbollah syrian-government"]),
    );
  });
});

describe("'beside' as a companion and a preposition (lexicon companionLinks, prepositions, fight; round 84)", () => {
  it("extractRelations(article, mentions) reads fighting beside a party as an alliance, not a clash", () => {
    expect(relationsIn("The Levant Front fought beside Faylaq al-Sham near Azaz.")).toEqual([
      "ally faylaq-al-sham levant-front",
    ]);
  });
});

describe("a formation or sub-unit of a force (lexicon formation, sub-unit; round 84)", () => {
  it("extractRelations(article, mentions) reads an indefinite formation of a force as a member of it", () => {
    expect(relationsIn("The Tiger Forces are an elite formation of the Syrian Arab Army.")).toEqual([
      "member tiger-forces syrian-government",
    ]);
    expect(relationsIn("Jund al-Aqsa began in 2013 as a sub-unit of the Nusra Front.")).toEqual([
      "member jund-al-aqsa jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) reads no membership from the act of forming", () => {
    expect(relationsIn("After the formation of the SDF, the YPG lost its name.")).toEqual([]);
  });
});

describe("companions of a role's owner (frames.ts companionsAfter; round 84)", () => {
  it("extractRelations(article, mentions) gives the role to the parties after a companion link", () => {
    expect(
      relationsIn(
        "Suqour al-Sham was a founding member of the Islamic Front alongside Ahrar al-Sham and Liwa al-Tawhid.",
      ),
    ).toEqual([
      "member ahrar-al-sham islamic-front",
      "member liwa-al-tawhid islamic-front",
      "member suqour-al-sham islamic-front",
    ]);
  });
});

describe("parties read beside a referring agent (frames.ts Parties.alsoAgents; round 84)", () => {
  it("extractRelations(article, mentions) merges a pronoun's antecedent and its companion into the result", () => {
    expect(
      relationsIn(
        "Suqour al-Sham was founded in 2011. In 2013 it merged with Liwa al-Islam to form the Islamic Front.",
      ),
    ).toEqual(["merger liwa-al-islam islamic-front", "merger suqour-al-sham islamic-front"]);
  });

  it("extractRelations(article, mentions) gives a pronoun's role and its companions' the same owner", () => {
    expect(
      relationsIn(
        "Liwa al-Tawhid was founded in Aleppo. In 2013 it was a founding member of the Islamic Front alongside Ahrar al-Sham.",
      ),
    ).toEqual(["member ahrar-al-sham islamic-front", "member liwa-al-tawhid islamic-front"]);
  });
});

describe("founders of a whole formed with a companion (frames.ts foundingCompanions; round 84)", () => {
  it("extractRelations(article, mentions) reads the subject and the party after 'with' as members of what they formed", () => {
    expect(relationsIn("In 2015 Ahrar al-Sham formed Jaish al-Fatah with the Nusra Front.")).toEqual([
      "member ahrar-al-sham jaish-al-fatah",
      "member jabhat-al-nusra jaish-al-fatah",
    ]);
  });

  it("extractRelations(article, mentions) reads no founder from support given 'with' the forming", () => {
    expect(relationsIn("The YPG formed the SDF in Hasakah with the support of the US.")).not.toContain(
      "member syrian-democratic-forces united-states",
    );
  });
});

describe("a formation's own head noun as a reference (lexicon references; round 84)", () => {
  it("extractRelations(article, mentions) reads 'the Division' as the division named before", () => {
    expect(relationsIn("The Hamza Division fought in Afrin. The Division later joined the Syrian National Army."))
      .toEqual([
        "joined hamza-division syrian-national-army",
      ]);
  });
});

describe("a list item after a comma with a qualifier compound (chunks.ts; round 84)", () => {
  it("extractRelations(article, mentions) keeps reading the list past 'the Turkish-backed X' between commas", () => {
    expect(
      relationsIn("The Fatah Mubin operations room includes HTS, the Turkish-backed Faylaq al-Sham and Jaish al-Izza."),
    ).toEqual(expect.arrayContaining([
      "member faylaq-al-sham al-fath-al-mubin",
      "member hayat-tahrir-al-sham al-fath-al-mubin",
      "member jaish-al-izza al-fath-al-mubin",
    ]));
  });
});

describe("'it' as the object of a verb of membership (reference.ts; round 84)", () => {
  it("extractRelations(article, mentions) reads 'it' after 'left' as the other group the sentence named", () => {
    expect(relationsIn("Jaish al-Sunna joined HTS in 2017 and left it a year later.")).toEqual([
      "joined jaysh-al-sunna hayat-tahrir-al-sham",
      "left jaysh-al-sunna hayat-tahrir-al-sham",
    ]);
  });

  it("extractRelations(article, mentions) reads no group from 'it' after other verbs", () => {
    expect(relationsIn("The YPG took Tal Abyad from ISIS and fortified it.")).toEqual(["clash islamic-state ypg"]);
  });
});

describe("a place's holder for the frames that take only held places (sentence-view.ts objectAfter; round 84)", () => {
  it("extractRelations(article, mentions) reads the holder an apposition or relative names after 'broke into'", () => {
    expect(relationsIn("The SDF broke into Tabqa, which had been held by ISIS since 2014.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});

describe("two places joined by 'and' before their holder (wire-objects.ts appositionHeldPlace; round 84)", () => {
  it("extractRelations(article, mentions) reads the holder named after two places and their comma", () => {
    expect(relationsIn("Hezbollah besieged Madaya and al-Zabadani, then held by Ahrar al-Sham.")).toEqual([
      "clash ahrar-al-sham hezbollah",
    ]);
  });
});

describe("list items opening with modifiers, for every item of the list (chunks.ts pastItemModifiers; round 84)", () => {
  it("extractRelations(article, mentions) keeps the first item of a list whose last item opens with an adjective of origin", () => {
    expect(relationsIn("Hezbollah, Kataib Hezbollah and the Afghan Liwa Fatemiyoun attacked ISIS.")).toEqual(
      expect.arrayContaining([
        "ally fatemiyoun hezbollah",
        "ally fatemiyoun kataib-hezbollah",
        "ally hezbollah kataib-hezbollah",
        "clash hezbollah islamic-state",
      ]),
    );
  });

  it("extractRelations(article, mentions) reads an item after a place's possessive or a compound and an adjective", () => {
    expect(relationsIn("Hezbollah, Iraq's Kataib Hezbollah and Liwa Fatemiyoun attacked ISIS.")).toEqual(
      expect.arrayContaining(["ally hezbollah kataib-hezbollah", "clash hezbollah islamic-state"]),
    );
    expect(relationsIn("Hezbollah, Kataib Hezbollah and the IRGC-backed Afghan Liwa Fatemiyoun attacked ISIS."))
      .toEqual(
        expect.arrayContaining(["ally fatemiyoun hezbollah", "clash fatemiyoun islamic-state"]),
      );
  });
});

describe("an earlier capture naming a place's holder (lexicon holderLinks, holderVerbs; round 84)", () => {
  it("extractRelations(article, mentions) reads the earlier captor of a retaken place, passive or active", () => {
    expect(relationsIn("The YPG retook Tal Abyad, which had been seized by ISIS in 2013.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(relationsIn("The YPG retook Tal Abyad, which ISIS had seized in 2013.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });
});

describe("the sides of a truce signed 'with' the other (lexicon ceasefire, truce; round 84)", () => {
  it("extractRelations(article, mentions) reads the light verb's subject and the party after 'with' as foes", () => {
    expect(relationsIn("Jaish al-Islam reached a truce with Faylaq al-Rahman in May.")).toEqual([
      "clash faylaq-al-rahman jaish-al-islam",
    ]);
  });
});

describe("a passive agent's companion past its comma (read-relations.ts companionRelations; round 84)", () => {
  it("extractRelations(article, mentions) reads the agent and the companion after its comma as allies", () => {
    expect(relationsIn("The attack on Qusayr was led by Hezbollah, alongside the National Defence Forces.")).toEqual(
      expect.arrayContaining(["ally hezbollah national-defence-forces"]),
    );
  });
});

describe("a definite apposition naming another group (sentence-view.ts appositionHost; round 84)", () => {
  it("extractRelations(article, mentions) reads the host of 'X, the Y faction,' as the verb's subject", () => {
    expect(relationsIn("Faylaq al-Sham, the NFL faction, attacked the YPG.")).toEqual(
      expect.arrayContaining(["clash faylaq-al-sham ypg"]),
    );
    expect(relationsIn("Faylaq al-Sham, the NFL faction, attacked the YPG.")).not.toContain(
      "clash national-front-for-liberation ypg",
    );
  });
});

describe("an act continued in the next sentence (act-continuations.ts; lexicon actContinuationVerbs; round 84)", () => {
  it("extractRelations(article, mentions) sets the parties that lead 'the assault' against the act's target, beside its agent", () => {
    expect(
      relationsIn(
        "The Syrian army launched an offensive against the Nusra Front near Aleppo. Hezbollah and Kataib Hezbollah led the assault.",
      ),
    ).toEqual(expect.arrayContaining([
      "ally hezbollah syrian-government",
      "ally kataib-hezbollah syrian-government",
      "clash hezbollah jabhat-al-nusra",
      "clash jabhat-al-nusra kataib-hezbollah",
    ]));
  });

  it("extractRelations(article, mentions) reads nothing from joining the war as a whole", () => {
    expect(
      relationsIn(
        "The Syrian army attacked the Nusra Front near Daraa. It was the army's first assault since Russia joined the fight.",
      ),
    ).toEqual(["clash jabhat-al-nusra syrian-government"]);
  });
});

describe("list items owned by a name past plain adjectives, and allies named by a list tail (chunks.ts; frames.ts; round 84)", () => {
  it("extractRelations(article, mentions) keeps reading a list past 'Hezbollah's elite Radwan unit'", () => {
    expect(relationsIn("The Syrian army, the NDF and Hezbollah's elite Radwan unit captured Qusayr from the FSA."))
      .toEqual(
        expect.arrayContaining([
          "clash free-syrian-army national-defence-forces",
          "clash free-syrian-army radwan-force",
        ]),
      );
  });

  it("extractRelations(article, mentions) sets the allies a list tail names against the target of its hostile act", () => {
    expect(
      relationsIn(
        "The YPG and allied Arab militias, including Jaysh al-Thuwar and the Sanadid Forces, captured the village from ISIS.",
      ),
    ).toEqual(expect.arrayContaining(["clash al-sanadid-forces islamic-state", "clash islamic-state jaysh-al-thuwar"]));
  });
});

describe("an act noun's target past a phrase of movement or extent (wire-objects.ts prepositionPastPlace; round 84)", () => {
  it("extractRelations(article, mentions) reads the target after 'into' or 'across' and a place, hyphenated words included", () => {
    expect(relationsIn("Russia's offensive into north-east Idlib against HTS began in May.")).toEqual([
      "clash hayat-tahrir-al-sham russia",
    ]);
    expect(relationsIn("Russia's campaign across Idlib against HTS intensified.")).toEqual([
      "clash hayat-tahrir-al-sham russia",
    ]);
  });
});

describe("precision: hearsay, openness, a group's loyalists, a place's apposition (round 84)", () => {
  it("extractRelations(article, mentions) reads nothing a speaker was told or is open to", () => {
    expect(relationsIn("We were told that the regime is receiving weapons from Iran.")).toEqual([]);
    expect(relationsIn("The YPG is open to coordinating with the Syrian army.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads no split or join of a group whose loyalists or commanders act", () => {
    expect(relationsIn("Jund al-Aqsa was formed by Nusra Front loyalists who broke away from Ahrar al-Sham.")).not
      .toContain(
        "split jabhat-al-nusra ahrar-al-sham",
      );
    expect(relationsIn("ISIS loyalists attacked the YPG.")).toEqual(["clash islamic-state ypg"]);
  });

  it("extractRelations(article, mentions) leaves a place's indefinite apposition out of the subject search", () => {
    expect(relationsIn("The YPG entered Tal Abyad, a stronghold of ISIS, with the support of US airstrikes.")).toEqual(
      expect.arrayContaining(["ally united-states ypg"]),
    );
    expect(relationsIn("The YPG entered Tal Abyad, a stronghold of ISIS, with the support of US airstrikes.")).not
      .toContain(
        "ally islamic-state united-states",
      );
  });
});

describe("a generic name's holding compound as the place's holder (lexicon holderCompounds; template.ts; round 84)", () => {
  it("extractRelations(article, mentions) reads 'government-held' and 'regime-controlled' places as the government's", () => {
    expect(relationsIn("ISIS shelled government-held districts of Deir ez-Zor.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(relationsIn("The Nusra Front stormed regime-controlled villages in Hama.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no party where nothing is done to the place, or another state's adjective stands", () => {
    expect(relationsIn("Civilians fled to regime-held areas.")).toEqual([]);
    expect(relationsIn("ISIS shelled Iraqi government-held areas.")).not.toContain(
      "clash islamic-state syrian-government",
    );
  });
});
