import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Issue 10, round 17: phrase families of encyclopedic prose found by reading the misses of Wikipedia passages 3 and 4
// (a set read after its first measurement). Each test is written for the family with sentences of its own; none is a
// gold set's sentence.
const NAMES: [string, string][] = [
  ["al-Nusra Front", "jabhat-al-nusra"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Syria Revolutionaries Front", "syrian-revolutionaries-front"],
  ["Hazzm Movement", "harakat-hazm"],
  ["al-Qaeda", "al-qaeda"],
  ["Free Syrian Army", "free-syrian-army"],
  ["FSA", "free-syrian-army"],
  ["Syrian Army", "syrian-government"],
  ["Syrian government", "syrian-government"],
  ["SDF", "syrian-democratic-forces"],
  ["YPG", "ypg"],
  ["ISIS", "islamic-state"],
  ["ISIL", "islamic-state"],
  ["Coalition", "us-led-coalition"],
  ["Russia", "russia"],
  ["Turkey", "turkey"],
  ["United States", "united-states"],
  ["U.S.", "united-states"],
  ["Jaysh al-Islam", "jaish-al-islam"],
  ["Liwa Thuwar al-Raqqa", "liwa-thuwar-al-raqqa"],
  ["Syrian National Army", "syrian-national-army"],
  ["SNA", "syrian-national-army"],
  ["Hezbollah", "hezbollah"],
  ["Israel", "israel"],
  ["Tahrir al-Sham", "hayat-tahrir-al-sham"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("extractRelations(article, mentions) on round 17's encyclopedic families", () => {
  it("extractRelations(article, mentions) reads every form of a light verb, not only the hand-listed ones ('was making gains against Y')", () => {
    expect(read("By May, the Nusra Front was making steady gains against the Syrian Army.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
    expect(read("The SDF is ordering new raids on ISIS positions.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    // ("announcing it had decided to join Y": 'announce' keeps its listed form only; its gerund opens a report.)
    expect(read("In 2015 the FSA reappeared, announcing it had decided to join the SDF.")).toEqual([
      "joined free-syrian-army syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads a support compound written without its hyphen where no verb can stand", () => {
    // After a preposition: the name is the preposition's object, not a subject.
    expect(read("The Nusra Front used missiles of the U.S. backed Syria Revolutionaries Front.")).toEqual([
      "ally syrian-revolutionaries-front united-states",
    ]);
    // A verb that needs its preposition ("affiliated with"), followed by a noun instead.
    expect(read("Later, al-Qaeda affiliated group al-Nusra Front claimed the attack.")).toEqual([
      "affiliate jabhat-al-nusra al-qaeda",
    ]);
    expect(read("The FSA affiliated Hazzm Movement had withdrawn.")).toEqual([
      "affiliate harakat-hazm free-syrian-army",
    ]);
    // (inside an impersonal report, a hedged claim since round 30: the act is not read, but since round 34 the
    // compound is a description the text takes as given, which no sentence-wide cue reaches, as passages 26's gold
    // reads "according to reports, ... the Saudi/Turkish-backed Al-Nusra Front")
    expect(read("It was reported that the FSA affiliated Hazzm Movement had withdrawn.")).toEqual([
      "affiliate harakat-hazm free-syrian-army",
    ]);
    // The verb still reads where it can stand.
    expect(read("The United States backed the Syria Revolutionaries Front.")).toEqual([
      "ally syrian-revolutionaries-front united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads the supporter of 'with heavy X air support' and 'under X air cover'", () => {
    expect(read("The SDF advanced on Tabqa with heavy Coalition air support.")).toEqual([
      "ally syrian-democratic-forces us-led-coalition",
    ]);
    expect(read("The SDF took the dam under Coalition air cover.")).toEqual([
      "ally syrian-democratic-forces us-led-coalition",
    ]);
    expect(read("The Syrian Army retook the town under the air cover of Russia.")).toEqual([
      "ally russia syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'inflicted heavy losses on Y' as a clash", () => {
    expect(read("The YPG inflicted heavy casualties on ISIS fighters near the town.")).toEqual([
      "clash islamic-state ypg",
    ]);
    expect(read("Jaysh al-Islam had inflicted a defeat upon ISIS in the Ghouta.")).toEqual([
      "clash islamic-state jaish-al-islam",
    ]);
  });

  it("extractRelations(article, mentions) reads designation and blacklisting as a rivalry, active only", () => {
    expect(read("Turkey designated the YPG a terrorist organisation in 2016.")).toEqual(["rival turkey ypg"]);
    expect(read("The United States blacklisted the Nusra Front in December 2012.")).toEqual([
      "rival jabhat-al-nusra united-states",
    ]);
    // ("the corridor designated by the government": a designated thing is no party.)
    expect(read("ISIS closed the corridor designated by the Syrian government.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads ', after (previously) being expelled from it by X' with the main clause's subject", () => {
    expect(
      read(
        "ISIL fighters had retaken the town in a sudden assault, after previously being expelled from it by Russia.",
      ),
    ).toEqual(["clash islamic-state russia"]);
    expect(read("ISIS returned to the village, after being driven from it by the YPG in May.")).toEqual([
      "clash islamic-state ypg",
    ]);
    // A past tie is still no present one.
    expect(read("The FSA, previously affiliated with the SDF, attacked ISIS.")).toEqual([
      "clash free-syrian-army islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads a possessive or 'the group's' in the object of the other side's verb as the previous sentence's party", () => {
    const before = "Liwa Thuwar al-Raqqa opposed the offensive. ";
    expect(read(before + "The SDF attacked its positions near the city.")).toEqual([
      "clash liwa-thuwar-al-raqqa syrian-democratic-forces",
    ]);
    expect(read(before + "In response, the SDF besieged and raided the group's headquarters.")).toEqual([
      "clash liwa-thuwar-al-raqqa syrian-democratic-forces",
    ]);
    // (Refused where another party stands before the clause's subject: "its" could be either.)
    expect(read(before + "The YPG said that the SDF had shelled its positions.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads a bare 'the two' before another noun as a determiner, not a pair reference", () => {
    expect(read("The Nusra Front and Ahrar al-Sham attacked the two bases in December.")).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
    ]);
    expect(read("ISIS and the Nusra Front fought near Raqqa. Clashes between the two killed 20.")).toEqual([
      "clash islamic-state jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) reads joint agents of a capture noun as allies", () => {
    expect(read("Turkey and the SNA announced the capture of the town later that day.")).toEqual([
      "ally syrian-national-army turkey",
    ]);
  });

  it("extractRelations(article, mentions) reads bracketed examples of an unnamed subject ('rebels (mainly A and B) launched')", () => {
    expect(
      read(
        "On 14 December, about 3,000 rebels (mainly the Nusra Front and Ahrar al-Sham) launched an offensive on ISIS.",
      ),
    ).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
      "clash ahrar-al-sham islamic-state",
      "clash islamic-state jabhat-al-nusra",
    ]);
    expect(read("Rebel groups, mostly the Nusra Front and Ahrar al-Sham, attacked the Syrian Army.")).toEqual([
      "ally ahrar-al-sham jabhat-al-nusra",
      "clash ahrar-al-sham syrian-government",
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads no relation where a trigger verb opens an idiom ('took advantage of Y')", () => {
    expect(read("The FSA took advantage of ISIS forces being off-balance.")).toEqual([]);
    expect(read("The FSA took ISIS positions near the town.")).toEqual(["clash free-syrian-army islamic-state"]);
  });

  it("extractRelations(article, mentions) reads wounding, injuring and overtaking as clashes, active and passive", () => {
    expect(read("Hezbollah set off a bomb on the border, wounding two Israel soldiers.")).toEqual([
      "clash hezbollah israel",
    ]);
    expect(read("Two SDF fighters were injured by ISIS shelling near the town.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
    expect(read("The FSA, backed by the United States, overtook ISIS forces in the border town.")).toEqual([
      "ally free-syrian-army united-states",
      "clash free-syrian-army islamic-state",
    ]);
  });

  it("extractRelations(article, mentions) reads 'in defense of Y' as the clause subject's support", () => {
    expect(read("The United States carried out the strikes in defense of the SDF.")).toEqual([
      "ally syrian-democratic-forces united-states",
    ]);
  });

  it("extractRelations(article, mentions) reads a verb's bare form right before an act noun as a noun of the compound ('a suicide bomb attack on Y')", () => {
    expect(read("The Nusra Front carried out a suicide bomb attack on the Syrian Army garrison.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X said it had (adverb) V-ed Y' as X's own act", () => {
    expect(
      read(
        "The Nusra Front left al-Qaeda. Russia said on Wednesday it had critically injured a leader of Tahrir al-Sham.",
      ),
    ).toContain("clash hayat-tahrir-al-sham russia");
    expect(
      read(
        "The Nusra Front left al-Qaeda. Russia said on Wednesday it had critically injured a leader of Tahrir al-Sham.",
      ),
    ).not.toContain("clash hayat-tahrir-al-sham jabhat-al-nusra");
  });

  it("extractRelations(article, mentions) reads a passive with its object past a place phrase before 'by' ('waged against it in P by Y')", () => {
    expect(read("ISIS faced a second campaign, waged against it in northwest Syria by Turkey.")).toEqual([
      "clash islamic-state turkey",
    ]);
  });

  it("extractRelations(article, mentions) reads 'Syria and its ally Y' with the country standing for its state, not inside a longer name", () => {
    expect(read("Syria and its ally Russia deny the attack.")).toEqual(["ally russia syrian-government"]);
    expect(read("The Autonomous Administration of North and East Syria and its ally Russia met.")).toEqual([]);
  });

  it("extractRelations(article, mentions) reads 'overwhelm' as a clash, after an attempt too", () => {
    expect(read("The Nusra Front attempted to overwhelm Syrian Army positions with massive numbers.")).toEqual([
      "clash jabhat-al-nusra syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'freed P from Y' as a clash, and 'Free' opening a name as no verb", () => {
    expect(read("The Syrian Army freed the villages near the airbase from ISIS on Sunday.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(read("The YPG fought alongside the Free Syrian Army.")).toEqual(["ally free-syrian-army ypg"]);
  });

  it("extractRelations(article, mentions) reads singular party nouns ('an ISIS gathering', 'an ISIS depot')", () => {
    expect(read("The airstrike hit an ISIS gathering near the town.")).toEqual([]);
    expect(read("The United States struck an ISIS gathering near the town.")).toEqual([
      "clash islamic-state united-states",
    ]);
    expect(read("The SDF raided an ISIS depot near the town.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });

  it("extractRelations(article, mentions) reads a hostile noun's target by the held place it hit ('attacks in the town of P held by Y')", () => {
    expect(read("Syrian Army air strikes in the town of al-Bab held by ISIS killed 11 civilians.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
    expect(read("The Syrian Army attacked the town of al-Bab held by ISIS.")).toEqual([
      "clash islamic-state syrian-government",
    ]);
  });

  it("extractRelations(article, mentions) reads 'a rival to Y' as 'a rival of Y'", () => {
    expect(read("Ahrar al-Sham, a rival to ISIS, held the town.")).toEqual(["rival ahrar-al-sham islamic-state"]);
  });

  it("extractRelations(article, mentions) reads a noun trigger written as one hyphenated word ('an air-raid on Y')", () => {
    expect(read("The Coalition launched a massive air-raid on an ISIS fleet of oil tanker trucks.")).toEqual([
      "clash islamic-state us-led-coalition",
    ]);
  });

  it("extractRelations(article, mentions) reads a group's vehicles as the group ('a technical belonging to Y', 'an ISIS tank')", () => {
    expect(read("The SDF managed to destroy a technical belonging to the SNA on the frontline.")).toEqual([
      "clash syrian-democratic-forces syrian-national-army",
    ]);
    expect(read("The SDF destroyed an ISIS tank near the town.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});
