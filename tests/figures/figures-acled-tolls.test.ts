import { describe, expect, it } from "vitest";
import { figuresOf } from "./fixture.ts";

// One test per family of ACLED-style toll phrasing (issue 12, round for the eighth blind set): sentences written anew
// in ACLED's voice from its conventions; the misses of event-note sets 7 and 8 were never printed or read.

/** kind, low, high and implicit of every figure of `text`, as "kind low-high" with "i" for implicit, "…" for open. */
const read = (text: string) =>
  figuresOf(text).map((f) => `${f.kind} ${f.low ?? "…"}-${f.high ?? "…"}${f.implicit ? "i" : ""}`);

describe("extractFigures(article) singular victims by role, office, age and relation", () => {
  it("extractFigures(article) reads an office or role noun as one victim: 'a minister', 'a politician', 'a protester'", () => {
    expect(read("On 15 August 2017, a regime drone strike killed a minister of the Salvation Government in Idlib."))
      .toEqual(["killed 1-1i"]);
    expect(read("On 18 August 2017, gunmen killed a protester in Daraa city.")).toEqual(["killed 1-1i"]);
    expect(read("On 19 August 2017, a Turkish airstrike killed a senior adviser to the SDF leadership near Kobani."))
      .toEqual(["killed 1-1i"]);
    expect(read("On 20 August 2017, SDF forces captured the governor and a local party secretary in Raqqa."))
      .toEqual(["detained 2-2i"]);
  });
  it("extractFigures(article) sums a role with a written plural: 'a politician and his two bodyguards' 3", () => {
    expect(read("On 16 August 2017, gunmen killed a politician and his two bodyguards in Qamishli."))
      .toEqual(["killed 3-3i"]);
    expect(read("On 29 March 2019, a drone strike killed a nurse and two patients at a hospital in Idlib."))
      .toEqual(["killed 3-3i"]);
    expect(
      read("On 30 March 2019, 6 patients and a nurse were killed in an airstrike on a hospital in Maarat al-Numan."),
    )
      .toEqual(["killed 7-7i"]);
  });
  it("extractFigures(article) keeps ages inside summed persons: 'a 35-year-old man and his 10-year-old son' 2", () => {
    expect(read("On 15 May 2015, gunmen killed a 35-year-old man and his 10-year-old son in Tafas."))
      .toEqual(["killed 2-2i"]);
    expect(read("On 16 July 2019, an airstrike killed a woman, 40, and her son, 12, in Saraqib.")).toEqual([
      "killed 2-2i",
    ]);
  });
  it("extractFigures(article) reads an acronym as a name, not 'is': 'killing the IS leader', 'a woman from the IS families'", () => {
    expect(read("On 27 October 2019, US forces raided a compound in Barisha, killing the IS leader.")).toEqual([
      "killed 1-1i",
    ]);
    expect(read("On 5 September 2021, a woman from the IS families was found dead in Al-Hol camp.")).toEqual([
      "killed 1-1i",
    ]);
  });
  it("extractFigures(article) reads 'one gunman was killed' and '9 local men were killed' (not a local time)", () => {
    expect(read("On 24 March 2019, one gunman was killed in an exchange of fire near Jasim.")).toEqual(["killed 1-1"]);
    expect(read("On 20 March 2019, 9 local men were killed in clashes in Busra al-Sham.")).toEqual(["killed 9-9"]);
    expect(read("On 4 May 2015, regime shelling hit Kafr Nabl. One fatality was reported.")).toEqual(["killed 1-1"]);
    // a singular person away from any cue is a speaker, not a victim
    expect(read("Shelling wounded 5 people in Ariha, one medic told AFP.")).toEqual(["injured 5-5"]);
  });
});

describe("extractFigures(article) pronoun objects and later deaths", () => {
  it("extractFigures(article) reads a later act on a pronoun as the person's fate: 'abducted a woman and later killed her'", () => {
    expect(read("On 22 August 2017, unidentified gunmen abducted a woman from Jasim and later killed her."))
      .toEqual(["killed 1-1i"]);
    expect(read("On 21 August 2017, gunmen stopped a man at a checkpoint near Tafas and shot him dead."))
      .toEqual(["killed 1-1i"]);
    // a pronoun with a noun after it is a possessive: "killed her son" counts the son, not the woman
    expect(read("Gunmen abducted a woman and released her after a day.")).toEqual(["detained 1-1i"]);
  });
  it("extractFigures(article) counts a pronoun heading a list after the verb: 'killing him and his two sons' 3", () => {
    expect(
      read("On 1 Feb 2019, an IED targeted the car of commander Ali Hamad near Tafas, killing him and his two sons."),
    )
      .toEqual(["killed 3-3i"]);
    expect(read("On 2 Feb 2019, gunmen opened fire on a man in Jasim, killing him and his wife.")).toEqual([
      "killed 2-2i",
    ]);
    expect(read("On 3 Feb 2019, gunmen opened fire on a man in Jasim, killing him and wounding his wife.")).toEqual([
      "killed 1-1i",
      "injured 1-1i",
    ]);
    // a pronoun ending the clause takes back the person counted before
    expect(read("On 5 Feb 2019, gunmen attacked the home of a regime informant in Nawa, killing him.")).toEqual([
      "killed 1-1i",
    ]);
  });
  it("extractFigures(article) reads a death after a relative clause or a participle: 'a man who was wounded ... succumbed'", () => {
    expect(read(
      "On 26 August 2017, a man who was wounded in a regime airstrike on Saraqib last week succumbed to his injuries.",
    )).toEqual(["killed 1-1i"]);
    expect(read("On 29 August 2017, a woman injured in the shelling of Jisr al-Shughur died in hospital.")).toEqual([
      "killed 1-1i",
    ]);
    expect(read("Gunmen kidnapped a pharmacist in Jasim. A second man abducted with him was found dead.")).toEqual([
      "detained 1-1i",
      "killed 1-1i",
    ]);
    expect(read("On 7 June 2015, a child was abducted in Jasim and found dead days later.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads 'one of whom later died' as a death of its own, written", () => {
    expect(read("On 27 August 2017, shelling wounded three civilians in Ariha (Idlib), one of whom later died."))
      .toEqual(["injured 3-3", "killed 1-1"]);
    // with no fate of its own, "one of them" is part of the count before it
    expect(read("Shelling killed three civilians, one of them a child.")).toEqual(["killed 3-3"]);
  });
  it("extractFigures(article) reads a reduced passive past an adverb: 'a nurse critically wounded'", () => {
    expect(read("Four medics were killed and a nurse critically wounded when an airstrike hit the hospital.")).toEqual([
      "killed 4-4",
      "injured 1-1i",
    ]);
  });
  it("extractFigures(article) reads irregular participles joined to the cue: 'was hit and wounded'", () => {
    expect(read("On 25 April 2019, a passer-by was hit and wounded by a stray bullet in Jaramana.")).toEqual([
      "injured 1-1i",
    ]);
  });
});

describe("extractFigures(article) bodies and remains", () => {
  it("extractFigures(article) reads 'the remains of at least 21 people were found' as killed, at least 21", () => {
    expect(read("On 2 September 2018, the remains of at least 21 people were found in a mass grave in Raqqa."))
      .toEqual(["killed 21-…"]);
    expect(read("On 3 September 2018, a mass grave containing the remains of 34 people was uncovered near Baghuz."))
      .toEqual(["killed 34-34"]);
    expect(read("On 16 June 2013, local authorities exhumed the remains of 17 people from a mass grave.")).toEqual([
      "killed 17-17",
    ]);
    // "remains" as a verb counts nobody
    expect(read("The situation in Daraa remains tense after 3 days of clashes.")).toEqual([]);
  });
});

describe("extractFigures(article) detentions", () => {
  it("extractFigures(article) reads every form of the detention verbs: 'capturing 3 others', 'arresting 14'", () => {
    expect(
      read("On 6 March 2019, IS attacked regime positions near Sukhnah, killing 8 soldiers and capturing 3 others."),
    )
      .toEqual(["killed 8-8", "detained 3-3"]);
    expect(read("On 7 March 2019, SDF forces raided Al-Shuhayl, arresting 14 suspected IS members.")).toEqual([
      "detained 14-14",
    ]);
    expect(read("On 8 March 2019, IS stormed a village near Hajin, killing 5 and abducting up to 40 residents."))
      .toEqual(["killed 5-5", "detained …-40"]);
  });
  it("extractFigures(article) reads phrasal detentions: 'rounded up 20 young men', 'took 3 teachers into custody'", () => {
    expect(read("On 11 June 2023, regime forces rounded up 20 young men in Al-Tal.")).toEqual(["detained 20-20"]);
    expect(read("On 12 June 2023, the Asayish took 3 teachers into custody in Qamishli.")).toEqual(["detained 3-3"]);
    expect(read("On 16 June 2023, regime forces detained and tortured a young man in Daraa.")).toEqual([
      "detained 1-1i",
    ]);
  });
  it("extractFigures(article) reads a capture then a killing as killed: 'were rounded up and executed'", () => {
    expect(read("Activists said that around 41 FSA rebels were rounded up and executed near the border.")).toEqual([
      "killed 41-41",
    ]);
    expect(read("On 14 June 2023, HTS arrested 5 men and later executed them in Idlib.")).toEqual(["killed 5-5"]);
    expect(read("On 17 June 2023, a man was detained and later tortured to death in a regime prison.")).toEqual([
      "killed 1-1i",
    ]);
    // a killing with an object of its own is a new act
    expect(read("On 13 June 2023, IS captured 12 soldiers and killed 3 others near Palmyra.")).toEqual([
      "detained 12-12",
      "killed 3-3",
    ]);
  });
  it("extractFigures(article) reads 'took at least 40 soldiers prisoner' as detained", () => {
    expect(read("On 21 April 2019, HTS took at least 40 regime soldiers prisoner near Kafr Nabudah.")).toEqual([
      "detained 40-…",
    ]);
    expect(read("On 22 April 2019, a shepherd was taken prisoner by IS near Sukhnah.")).toEqual(["detained 1-1i"]);
  });
  it("extractFigures(article) reads no detention in a release: 'released 14 detainees in exchange for 3 of its fighters'", () => {
    expect(read("On 23 April 2019, HTS released 14 detainees in exchange for 3 of its fighters.")).toEqual([]);
    expect(read("On 24 April 2019, the SDF freed 20 prisoners held by IS.")).toEqual([]);
  });
});

describe("extractFigures(article) written numbers in ACLED notes", () => {
  it("extractFigures(article) reads past a complement with a number: 'twenty-three fighters from the two sides were killed'", () => {
    expect(read("On 22 March 2019, twenty-three fighters from the two sides were killed in clashes near Morek."))
      .toEqual(["killed 23-23"]);
  });
  it("extractFigures(article) reads past a name's bracketed years: '13 soldiers of Military Forces of Syria (2000-2024)'", () => {
    expect(read("On 27 April 2019, 13 soldiers of Military Forces of Syria (2000-2024) were killed near Aleppo."))
      .toEqual(["killed 13-13"]);
  });
  it("extractFigures(article) keeps a second count with its bound: 'dozens of IS fighters and at least 7 QSD members'", () => {
    expect(
      read(
        "On 20 January 2022, clashes broke out in which dozens of IS fighters and at least 7 QSD members were killed.",
      ),
    )
      .toEqual(["killed 12-…", "killed 7-…"]);
  });
  it("extractFigures(article) gives a number in an aside its owner's kind: 'executed 15 detainees, including 2 women'", () => {
    expect(read("On 10 June 2015, regime forces executed 15 detainees, including 2 women.")).toEqual([
      "killed 15-15",
      "killed 2-2",
    ]);
  });
  it("extractFigures(article) gives a count listed in an aside the aside's kind: 'including 31 women and 5 children'", () => {
    expect(read("At least 89 people were killed, including 31 women and 5 children, and 277 were injured.")).toEqual([
      "killed 89-…",
      "killed 31-31",
      "killed 5-5",
      "injured 277-277",
    ]);
    // a count with a clause of its own is not in the aside
    expect(read("Four people were killed including 3 children and 43 others were injured.")).toEqual([
      "killed 4-4",
      "killed 3-3",
      "injured 43-43",
    ]);
  });
  it("extractFigures(article) ends a verb's reach at a clause opened by 'as': '5 injured as 3 rockets hit'", () => {
    expect(read("On 14 Sep 2021, 2 people were killed and 5 injured as 3 rockets hit Azaz.")).toEqual([
      "killed 2-2",
      "injured 5-5",
    ]);
  });
  it("extractFigures(article) reads past a breakdown set off by commas: 'three civilians, two women and a child, were killed'", () => {
    expect(read("On 7 Mar 2019, three civilians, two women and a child, were killed by shelling on Kafr Nabl."))
      .toEqual([
        "killed 3-3",
      ]);
  });
  it("extractFigures(article) reads 'one of the X' after a casualty verb as one: 'executed one of its own commanders'", () => {
    expect(read("On 9 Mar 2019, IS executed one of its own commanders in Hajin.")).toEqual(["killed 1-1"]);
    expect(read("On 10 Mar 2019, HTS arrested one of the organisers of the protest in Idlib.")).toEqual([
      "detained 1-1",
    ]);
  });
  it("extractFigures(article) reads 'tens' as ACLED's 10", () => {
    expect(read("On 13 April 2019, an airstrike killed tens of people in Saraqib.")).toEqual(["killed 10-…"]);
  });
});

describe("extractFigures(article) sums with a bound", () => {
  it("extractFigures(article) sums past a bound: 'a YPG commander and at least 11 fighters' at least 12", () => {
    expect(read("On 19 April 2019, clashes killed a YPG commander and at least 11 Islamist fighters near Ras al-Ain."))
      .toEqual(["killed 12-…i"]);
    expect(read("On 18 April 2019, an explosion killed the group's leader and some 45 of its commanders."))
      .toEqual(["killed 46-46i"]);
  });
});

describe("extractFigures(article) named victims", () => {
  it("extractFigures(article) reads a role before a name as one person: 'the activist Omar Hamid and his brother' 2", () => {
    expect(read("On 23 June 2023, an IED blast killed the driver of a water truck and his assistant near Manbij."))
      .toEqual(["killed 2-2i"]);
    expect(read("On 3 May 2022, gunmen shot dead the activist Omar Hamid and his brother near Tafas.")).toEqual([
      "killed 2-2i",
    ]);
    expect(read("On 6 May 2022, the journalist Ali Mahmoud was killed by a sniper in Daraa.")).toEqual(["killed 1-1i"]);
    expect(read("On 4 May 2022, a drone strike killed the HTS commander Abu Yusuf al-Masri and two other fighters."))
      .toEqual(["killed 3-3i"]);
  });
  it("extractFigures(article) ends a victim's noun phrase at a subject pronoun: 'executed a man it accused of spying'", () => {
    expect(read("On 23 Aug 2020, HTS executed a man it accused of being a regime informant.")).toEqual(["killed 1-1i"]);
    expect(read("Rebels killed a pilot they captured after his jet was downed.")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads a role with no determiner before a name: 'Hezbollah commander Ali Fayyad was killed'", () => {
    expect(read("On 7 May 2022, Hezbollah commander Ali Fayyad was killed in an Israeli strike near Quneitra."))
      .toEqual([
        "killed 1-1i",
      ]);
    // a role before a name with no casualty cue is nobody's toll
    expect(read("On 8 May 2022, HTS spokesman Abu Khalid al-Shami said the attack was repelled.")).toEqual([]);
  });
  it("extractFigures(article) sums a comma list past a complement: 'a commander of the Hamza Division, his wife and their son' 3", () => {
    expect(
      read("On 13 May 2022, a commander of the Hamza Division, his wife and their son were killed by an IED in Afrin."),
    )
      .toEqual(["killed 3-3i"]);
    expect(read("On 4 Jan 2018, gunmen killed the mukhtar of Nawa, Khaled al-Ali, and two of his sons.")).toEqual([
      "killed 3-3i",
    ]);
    expect(
      read(
        "On 1 Jan 2018, an ambush killed the journalist Ali Mahmoud, his cameraman and at least four other civilians.",
      ),
    )
      .toEqual(["killed 6-…i"]);
    expect(read("On 5 May 2022, clashes killed an SDF commander and at least 6 IS fighters near Hajin.")).toEqual([
      "killed 7-…i",
    ]);
  });
});

describe("extractFigures(article) members of a group named before", () => {
  it("extractFigures(article) reads 'the dead included a doctor and two nurses' as killed 3", () => {
    expect(read("On 4 Nov 2021, the dead included a doctor and two nurses.")).toEqual(["killed 3-3i"]);
    expect(read("The dead included 109 evacuees from the besieged towns.")).toEqual(["killed 109-109"]);
    expect(read("The wounded were 3 children playing in the street.")).toEqual(["injured 3-3"]);
    // a family is no person: "an Iraqi family" counts nobody
    expect(read("The dead included an Iraqi family.")).toEqual([]);
  });
});

describe("extractFigures(article) counts joined after their verb", () => {
  it("extractFigures(article) sums a count joined after the verb: 'a member ... was killed along with his driver' 2", () => {
    expect(
      read("On 27 March 2020, a member of the Military Council was killed along with his driver near Deir ez-Zor."),
    )
      .toEqual(["killed 2-2i"]);
    expect(read("On 29 April 2025, the fighting left a General Security member dead along with two local gunmen."))
      .toEqual(["killed 3-3i"]);
    expect(read("On 28 March 2020, the Asayish arrested the co-chair of a local council in Qamishli.")).toEqual([
      "detained 1-1i",
    ]);
  });
});

describe("extractFigures(article) numbers in notes that are not tolls", () => {
  it("extractFigures(article) reads no toll in ground taken: 'captured 3 villages and 2 hills'", () => {
    expect(read("On 28 April 2019, SDF forces captured 3 villages and 2 hills from IS near Hajin.")).toEqual([]);
    expect(read("On 3 May 2016, HTS captured 15 regime positions near Latamina.")).toEqual([]);
  });
  it("extractFigures(article) reads no toll in calibres, munitions, units, distances, roads and ransoms", () => {
    expect(read("On 3 May 2016, regime forces shelled Tafas with 120mm mortars, killing a child.")).toEqual([
      "killed 1-1i",
    ]);
    expect(read("On 3 May 2016, regime artillery fired 40 shells at Kafr Nabl, wounding 3 civilians.")).toEqual([
      "injured 3-3",
    ]);
    expect(read("On 3 May 2016, clashes broke out between the 25th Division and HTS near Kafr Nabudah.")).toEqual([]);
    expect(read("On 3 May 2016, IS attacked a checkpoint 5 km east of Deir ez-Zor, killing 4 soldiers.")).toEqual([
      "killed 4-4",
    ]);
    expect(read("On 3 May 2016, a car bomb exploded near the Route 7 roundabout in Azaz, killing 6.")).toEqual([
      "killed 6-6",
    ]);
    expect(read("On 3 May 2016, gunmen kidnapped a trader in Jasim and demanded a ransom of $50,000.")).toEqual([
      "detained 1-1i",
    ]);
    expect(read("On 12 April 2021, 2 IEDs exploded on the Deir ez-Zor - Hasakah road, killing a civilian.")).toEqual([
      "killed 1-1i",
    ]);
    expect(read("On 21 April 2021, gunmen abducted a trader and demanded 100 million Syrian pounds for him.")).toEqual([
      "detained 1-1i",
    ]);
  });
  it("extractFigures(article) reads a 'Fatalities: N' line repeating the note's toll as that toll, not a second one", () => {
    expect(
      read("On 28 May 2019, clashes broke out near Kafr Nabudah. More than 30 fighters were killed. Fatalities: 30."),
    )
      .toEqual(["killed 30-…"]);
    expect(read("On 3 May 2016, shelling killed 2 civilians and 3 soldiers near Palmyra. Fatalities: 5.")).toEqual([
      "killed 2-2",
      "killed 3-3",
    ]);
    // a count of nobody is no toll
    expect(read("On 1 July 2019, regime shelling hit Kafr Nabl. No casualties were reported. Fatalities: 0.")).toEqual(
      [],
    );
    // the only count of the note stays
    expect(read("On 3 May 2016, regime shelling hit Kafr Nabl. Fatalities: 2.")).toEqual(["killed 2-2"]);
  });
});
