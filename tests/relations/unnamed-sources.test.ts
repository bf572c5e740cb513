import { describe, expect, it } from "vitest";
import { gazetteerTriples as relationsIn } from "./fixtures.ts";

describe("an attribution to unnamed sources or reports hedges its sentence (lexicon unnamedSources, findGuards)", () => {
  it("extractRelations(article, mentions) reads nothing 'according to reports' or 'according to pro-government sources'", () => {
    expect(
      relationsIn(
        "On 27 February, according to reports from the scene, Russian jets struck a Turkish military convoy.",
      ),
    )
      .toEqual([]);
    expect(relationsIn("On 6 March, according to pro-government sources, Tahrir al-Sham attacked Ahrar al-Sham."))
      .toEqual(
        [],
      );
    expect(relationsIn("According to Syrian sources, Israeli aircraft attacked the Syrian army.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads nothing before a trailing ', according to reports'", () => {
    expect(relationsIn("Russian jets bombed the FSA, according to reports.")).toEqual([]);
    expect(relationsIn("Russian jets bombed the FSA; according to reports, ISIS attacked the YPG.")).toEqual([
      "clash free-syrian-army russia",
    ]);
  });

  it("extractRelations(article, mentions) still reads what named sources state", () => {
    expect(relationsIn("According to the SOHR, Russian jets bombed the FSA.")).toEqual([
      "clash free-syrian-army russia",
    ]);
    expect(relationsIn("According to sources like Reuters, Iranian soldiers were in Iraq fighting ISIL.")).toEqual([
      "clash iran islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) still reads the descriptions inside an attributed sentence (a unit by its owner)", () => {
    expect(
      relationsIn(
        "In June 2014, according to American and British sources, Iran sent Qasem Soleimani, commanding general of the Islamic Revolutionary Guard Corps' Quds Force, to Iraq.",
      ),
    ).toEqual(["member quds-force irgc"]);
  });
});

describe("impersonal and adverbed reports hedge as 'it was reported that' does (lexicon guards)", () => {
  it("extractRelations(article, mentions) reads nothing after 'it was reported on social media that' or 'were also reported to'", () => {
    expect(relationsIn("It was reported on social media that Hezbollah members had been killed by the FSA.")).toEqual(
      [],
    );
    expect(relationsIn("The villages were also reported to have been overrun by the SDF backed by US shelling."))
      .toEqual(
        [],
      );
  });
});
