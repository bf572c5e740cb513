import { describe, expect, it } from "vitest";
import { figuresOf } from "./fixture.ts";

// One test per family of ACLED-style victim phrasing (issue 12, item 1), written from ACLED's conventions; the
// fourth event-note blind set's misses were not read.

/** kind, low, high and implicit of every figure of `text`, as "kind low-high" with "i" for implicit. */
const read = (text: string) => figuresOf(text).map((f) => `${f.kind} ${f.low}-${f.high}${f.implicit ? "i" : ""}`);

describe("extractFigures(article) implicit counts: lists and coordination", () => {
  it("extractFigures(article) sums a comma list closed by 'and': 'a woman, her daughter and a neighbour' 3", () => {
    expect(read("An airstrike killed a woman, her daughter and a neighbour in Saraqib.")).toEqual(["killed 3-3i"]);
    expect(read("The shelling killed a man, his wife and their three children.")).toEqual(["killed 5-5i"]);
    // no closing "and": an apposition, not a list
    expect(read("Gunmen shot a man, a father of five, in Tafas.")).toEqual([]);
  });
  it("extractFigures(article) keeps a written number an apposition restates: 'two men, a father and son' 2", () => {
    expect(read("Two men, a father and son, were killed by a landmine near Lajat.")).toEqual(["killed 2-2"]);
  });
  it("extractFigures(article) sums past a complement of the first count: 'a member of the Fifth Corps and a civilian'", () => {
    expect(read("An IED killed a member of the Fifth Corps and a civilian in Busra al-Sham.")).toEqual(["killed 2-2i"]);
    expect(read("A member of the Eighth Brigade and a civilian were wounded by an IED.")).toEqual(["injured 2-2i"]);
    expect(read("Gunmen killed a member of the SDF and his brother in Hajin.")).toEqual(["killed 2-2i"]);
  });
  it("extractFigures(article) gives a bare noun after 'and' the determiner before it: 'his wife and child'", () => {
    expect(read("An explosion killed a man and wounded his wife and child.")).toEqual(["killed 1-1i", "injured 2-2i"]);
    expect(read("Gunmen killed a local HTS commander and his bodyguard.")).toEqual(["killed 2-2i"]);
  });
  it("extractFigures(article) sums kinship plurals: 'a man and his two sons' 3", () => {
    expect(read("A man and his two sons were killed by an airstrike.")).toEqual(["killed 3-3i"]);
  });
  it("extractFigures(article) reads 'both' with a plural person noun as 2, not 'both A and B'", () => {
    expect(read("A drone hit a motorbike, killing both riders.")).toEqual(["killed 2-2i"]);
    expect(read("The regime is accused of killing both civilians and insurgents.")).toEqual([]);
  });
  it("extractFigures(article) doubles a count 'from each side', not a breakdown after a comma", () => {
    expect(read("Clashes killed one fighter from each side.")).toEqual(["killed 2-2"]);
    expect(read("Clashes between HTS and the SNA killed a fighter on each side.")).toEqual(["killed 2-2i"]);
    expect(read("Clashes killed 5 fighters on both sides.")).toEqual(["killed 5-5"]);
  });
  it("extractFigures(article) reads no person inside an 'including' aside as a toll of its own", () => {
    expect(read("Eleven people including a woman and child were killed.")).toEqual(["killed 11-11"]);
  });
});

describe("extractFigures(article) implicit counts: what lies between the person and the verb", () => {
  it("extractFigures(article) reads past a complement with a bracketed name: 'a member of the SDF (QSD)'", () => {
    expect(read("A member of the Syrian Democratic Forces (SDF) was shot dead by unknown gunmen.")).toEqual([
      "killed 1-1i",
    ]);
    expect(read("A man from the town of Nawa was shot dead by gunmen.")).toEqual(["killed 1-1i"]);
    expect(read("A woman in her 60s was killed by shelling.")).toEqual(["killed 1-1i"]);
    expect(read("A member of the Turkish-backed Sultan Murad Division was killed by sniper fire.")).toEqual([
      "killed 1-1i",
    ]);
    // a complement stops at a number or a reporting verb
    expect(read("An official in Idlib told AFP four civilians were killed.")).toEqual(["killed 4-4"]);
  });
  it("extractFigures(article) reads a name with its years as a modifier: 'a Military Forces of Syria (2024-) member'", () => {
    expect(read("Gunmen killed a Military Forces of Syria (2024-) member near Jableh.")).toEqual(["killed 1-1i"]);
    expect(read("A Syrian army soldier was killed by an IED.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads past an aside between commas and a relative clause", () => {
    expect(read("A man, identified as Ahmad al-Hariri, was shot dead in Daraa.")).toEqual(["killed 1-1i"]);
    expect(read("Gunmen opened fire on a man, who was killed instantly.")).toEqual(["killed 1-1i"]);
    expect(read("A former FSA commander who had joined the 8th Brigade was assassinated.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads an age set off after a person as an age: 'a girl, 12,', 'a man (35)'", () => {
    expect(read("A girl, 12, was killed by a stray bullet.")).toEqual(["killed 1-1i"]);
    expect(read("A man (35) was killed by gunmen.")).toEqual(["killed 1-1i"]);
    expect(read("A civilian, a father of 5, was killed by a landmine.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads the main verb after a relative clause: 'a civilian who was wounded ... died'", () => {
    expect(read("A civilian who was wounded in the shelling last week died on Monday.")).toEqual(["killed 1-1i"]);
    expect(read("A man who had been injured in the blast died in hospital.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads a count in apposition to a named victim: 'shot dead Abu Omar, a former commander'", () => {
    expect(read("Unknown gunmen shot dead Abu Omar al-Hariri, a former FSA commander, in Tafas.")).toEqual([
      "killed 1-1i",
    ]);
    expect(read("Regime forces arrested Ahmad Khalil, a media activist, in Inkhil.")).toEqual(["detained 1-1i"]);
    expect(read("Russian jets bombed Ariha, a city in Idlib, killing a child.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads past a reduced relative: 'a man riding a motorcycle was shot dead'", () => {
    expect(read("A man riding a motorcycle was shot dead in Tafas.")).toEqual(["killed 1-1i"]);
    expect(read("A man accused of collaborating with the regime was executed by HTS.")).toEqual(["killed 1-1i"]);
    expect(read("A woman living in the camp told AFP that 2 children were killed.")).toEqual(["killed 2-2"]);
    expect(read("A suicide bomber killed at least 22 people.")).toEqual(["killed 22-null"]);
  });
  it("extractFigures(article) reads a pronoun taking the person back: 'shot a shepherd, killing him'", () => {
    expect(read("An IS cell shot a shepherd, killing him.")).toEqual(["killed 1-1i"]);
  });
});

describe("extractFigures(article) implicit counts: verbs and nouns of harm", () => {
  it("extractFigures(article) reads chained passives by their last verb: 'was shot and killed', 'abducted and killed'", () => {
    expect(read("A civilian was shot and killed by unknown gunmen in Tafas.")).toEqual(["killed 1-1i"]);
    expect(read("A woman was abducted and killed by gunmen.")).toEqual(["killed 1-1i"]);
    expect(read("A woman was wounded by sniper fire and later died in hospital.")).toEqual(["killed 1-1i"]);
    expect(read("A man was arrested and later released.")).toEqual(["detained 1-1i"]);
  });
  it("extractFigures(article) reads deaths told by their manner: 'tortured to death', 'gunned down', 'hanged'", () => {
    expect(read("A man was tortured to death in a regime prison.")).toEqual(["killed 1-1i"]);
    expect(read("Gunmen gunned down a former rebel commander in Nawa.")).toEqual(["killed 1-1i"]);
    expect(read("A man was hanged by IS in Raqqa.")).toEqual(["killed 1-1i"]);
    expect(read("A civilian succumbed to wounds sustained in shelling.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads 'claimed the life of', 'lost his life' and 'the injury of'", () => {
    expect(read("The strike claimed the life of a young man.")).toEqual(["killed 1-1i"]);
    expect(read("A soldier lost his life in the attack.")).toEqual(["killed 1-1i"]);
    expect(read("The explosion led to the injury of a child.")).toEqual(["injured 1-1i"]);
    expect(read("The blast caused the death of one person and the injury of 40 others.")).toEqual([
      "killed 1-1",
      "injured 40-40",
    ]);
    // a noun cue reaches a person only through "of"
    expect(read("A source confirmed the death toll to an AFP correspondent.")).toEqual([]);
  });
  it("extractFigures(article) reads a wound taken: 'sustained injuries', 'suffered serious wounds'", () => {
    expect(read("A child sustained injuries when a shell hit his school.")).toEqual(["injured 1-1i"]);
    expect(read("A woman suffered serious wounds from shrapnel.")).toEqual(["injured 1-1i"]);
    expect(read("Many people died of their wounds, bringing the toll to 61.")).toEqual(["killed 61-61"]);
  });
  it("extractFigures(article) reads reporting participles: 'was reported killed', 'was said to have been killed'", () => {
    expect(read("A civilian was reported killed in Tafas.")).toEqual(["killed 1-1i"]);
    expect(read("A soldier was said to have been killed by a sniper.")).toEqual(["killed 1-1i"]);
    expect(read("A man was confirmed dead after the shelling.")).toEqual(["killed 1-1i"]);
    expect(read("A doctor was taken hostage by gunmen.")).toEqual(["detained 1-1i"]);
    expect(read("An activist was forcibly disappeared by the Military Security.")).toEqual(["detained 1-1i"]);
  });
  it("extractFigures(article) reads a participle joined to the cue: 'was stopped at a checkpoint and arrested'", () => {
    expect(read("A man was stopped at a checkpoint and arrested.")).toEqual(["detained 1-1i"]);
    expect(read("A child, who was playing near his home, was killed by a landmine.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads 'one of the gunmen was killed' and 'two of the wounded later died'", () => {
    expect(read("One of the gunmen was killed in the exchange of fire.")).toEqual(["killed 1-1"]);
    expect(read("Two of the wounded later died in hospital.")).toEqual(["killed 2-2"]);
    expect(read("It was one of the deadliest attacks this year, killing 12 people.")).toEqual(["killed 12-12"]);
    expect(read("IS said one of its fighters had fired on a gathering.")).toEqual([]);
  });
  it("extractFigures(article) reads a postposed 'dead': 'left a civilian dead and 2 others wounded'", () => {
    expect(read("The attack left a civilian dead and 2 others wounded.")).toEqual(["killed 1-1i", "injured 2-2"]);
  });
});

describe("extractFigures(article) implicit counts: victim nouns", () => {
  it("extractFigures(article) reads remains of a person: 'a man's body was found'", () => {
    expect(read("A man's body was found bearing signs of torture near Sanamayn.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads 'its driver', 'an individual', 'an ex-rebel', 'a Bedouin'", () => {
    expect(read("A drone strike hit a motorbike, killing its driver.")).toEqual(["killed 1-1i"]);
    expect(read("An individual was killed by unknown gunmen in Jasim.")).toEqual(["killed 1-1i"]);
    expect(read("An ex-rebel was assassinated in Tafas.")).toEqual(["killed 1-1i"]);
    expect(read("A Bedouin was shot dead near Sweida.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads remains with no name of the dead only when found: 'a body was found'", () => {
    expect(read("A body was found in the Euphrates near Deir ez-Zor.")).toEqual(["killed 1-1i"]);
    expect(read("An unidentified corpse was recovered from a well in Tafas.")).toEqual(["killed 1-1i"]);
    expect(read("The monitoring body said 5 people were killed.")).toEqual(["killed 5-5"]);
  });
  it("extractFigures(article) reads an age with no noun as the person: 'killing a 13-year-old'", () => {
    expect(read("Regime shelling killed a 13-year-old in Kansafra.")).toEqual(["killed 1-1i"]);
    expect(read("A 12-year-old boy was killed.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) sums over 'along with' and counts no animals: 'a shepherd and 50 of his sheep'", () => {
    expect(read("A Russian strike killed a rebel leader along with 4 of his bodyguards.")).toEqual(["killed 5-5i"]);
    expect(read("An IED killed an HTS commander and 2 of his escorts near Sarmada.")).toEqual(["killed 3-3i"]);
    expect(read("A landmine killed a shepherd and 50 of his sheep.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads 'a couple' as 2 and 'a fourth' as one more", () => {
    expect(read("An elderly couple was killed in their home.")).toEqual(["killed 2-2i"]);
    expect(read("Three fighters were killed; a fourth was wounded.")).toEqual(["killed 3-3", "injured 1-1i"]);
    expect(read("A second attack hit the town.")).toEqual([]);
  });
  it("extractFigures(article) reads nouns of acts through 'of': 'the arrest of 15 people', 'the murder of a man'", () => {
    expect(read("SDF raids led to the arrest of 15 people.")).toEqual(["detained 15-15"]);
    expect(read("IS posted a video showing the murder of a young man.")).toEqual(["killed 1-1i"]);
    expect(read("A civilian was murdered in Jasim.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads a title before a name: 'assassinated Colonel Ali Jamblat'", () => {
    expect(read("Gunmen assassinated Colonel Ali Jamblat in Tafas.")).toEqual(["killed 1-1i"]);
    expect(read("An IED killed Brigadier General Issam Zahreddine in Deir ez-Zor.")).toEqual(["killed 1-1i"]);
    expect(read("Sheikh Ahmad al-Sayasneh was shot dead in Daraa al-Balad.")).toEqual(["killed 1-1i"]);
    expect(read("The commander of the Hamza Division in Afrin, Abu Ali, was killed by an IED.")).toEqual([
      "killed 1-1i",
    ]);
  });
  it("extractFigures(article) counts no place named like a person, no 'head' without 'of', no 'her' before a noun", () => {
    expect(read("Regime forces captured Sheikh Miskeen after heavy clashes.")).toEqual([]);
    expect(read("Regime forces arrested Sheikh Ahmad al-Sayasneh.")).toEqual(["detained 1-1i"]);
    expect(read("A sniper hit the car in the head-on attack.")).toEqual([]);
    expect(read("Unknown gunmen assassinated the head of the local council in Tafas.")).toEqual(["killed 1-1i"]);
    expect(read("Gunmen shot a woman, wounding her son.")).toEqual(["injured 1-1i"]);
    expect(read("Gunmen shot a woman, wounding her.")).toEqual(["injured 1-1i"]);
  });
  it("extractFigures(article) reads 'killing one of them' and 'killing one and wounding the other'", () => {
    expect(read("Gunmen opened fire on two men in Nawa, killing one of them.")).toEqual(["killed 1-1"]);
    expect(read("Gunmen shot two brothers, killing one and wounding the other.")).toEqual([
      "killed 1-1",
      "injured 1-1i",
    ]);
    expect(read("Two civilians were killed, one of them a child.")).toEqual(["killed 2-2"]);
    expect(read("The other side of the town was shelled.")).toEqual([]);
  });
  it("extractFigures(article) reads nationality nouns, not the names they open: 'a Syrian was shot dead'", () => {
    expect(read("A Syrian was shot dead by Turkish border guards.")).toEqual(["killed 1-1i"]);
    expect(read("Nearly 1200 civilians were killed the Syrian Network for Human Rights claimed.")).toEqual([
      "killed 1200-1200",
    ]);
    expect(read("A bomb went off killing the Imam Sheikh Salman al-Afandi.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads an age after 'of' as an age: 'a boy of 12 was killed'", () => {
    expect(read("A boy of 12 was killed by a landmine.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads no family a victim belongs to as a count: 'members of one family'", () => {
    expect(read("An airstrike hit a house, killing 5 members of one family.")).toEqual(["killed 5-5"]);
    expect(read("Ten members of one family were killed.")).toEqual(["killed 10-10"]);
  });
});
