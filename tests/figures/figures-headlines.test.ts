import { describe, expect, it } from "vitest";
import { figuresOf } from "./fixture.ts";

// Headline style (ReliefWeb report titles): one test per family, sentences written anew, not copied from the corpus.

/** kind, low, high, implicit and scope of every figure of `text`, as "kind low-high" with "i" and " war". */
const read = (text: string) =>
  figuresOf(text).map((f) =>
    `${f.kind} ${f.low}-${f.high}${f.implicit ? "i" : ""}${f.scope === "cumulative" ? " war" : ""}`
  );

describe("extractFigures(article) headline style: present-tense verbs", () => {
  it("extractFigures(article) reads 'Car bomb kills 12 in Homs' (a headline's present tense) as killed 12", () => {
    expect(read("Car bomb kills 12 in Homs")).toEqual(["killed 12-12"]);
    expect(read("Shelling wounds two policemen in Deir ez-Zor")).toEqual(["injured 2-2"]);
    expect(read("Air strike injures 5 children near Maarat al-Numan")).toEqual(["injured 5-5"]);
    expect(read("Rocket fire leaves 7 dead in Idlib: monitor")).toEqual(["killed 7-7"]);
  });
  it("extractFigures(article) reads the plural present 'injure', 'wound', 'kidnap', 'execute' with their numbers", () => {
    expect(read("Twin blasts wound three in Hama")).toEqual(["injured 3-3"]);
    expect(read("Tribal clashes injure 4 near Tartus")).toEqual(["injured 4-4"]);
    expect(read("Gunmen kidnap 20 villagers near Raqqa")).toEqual(["detained 20-20"]);
    expect(read("Militants execute 9 soldiers in Palmyra")).toEqual(["killed 9-9"]);
    // "wound" after a determiner is a noun
    expect(read("The wound of the war will not heal in 10 years")).toEqual([]);
  });
  it("extractFigures(article) reads 'X fired from P wounds two' as injured 2; 'died from his wounds' stays a cause", () => {
    expect(read("Shell fired from Turkey wounds two soldiers near Azaz")).toEqual(["injured 2-2"]);
    expect(read("Mortar launched from Jobar wounds 3 children")).toEqual(["injured 3-3"]);
    expect(read("He died from his wounds on Monday")).toEqual([]);
  });
  it("extractFigures(article) reads 'kills one in Daraa' as killed 1, not 'one in five'", () => {
    expect(read("Sniper fire kills one in Daraa")).toEqual(["killed 1-1"]);
    expect(read("Shelling kills one in five houses")).toEqual([]);
  });
});

describe("extractFigures(article) headline style: singular victims without an article", () => {
  it("extractFigures(article) reads 'Aid worker killed in Aleppo' as killed 1, implicit", () => {
    expect(read("Aid worker killed in Aleppo")).toEqual(["killed 1-1i"]);
    expect(read("Red Crescent volunteer killed")).toEqual(["killed 1-1i"]);
    expect(read("Syria: Journalist kidnapped in Idlib")).toEqual(["detained 1-1i"]);
    expect(read("Refugee toddler dies in camp fire")).toEqual(["killed 1-1i"]);
    // a victim noun that is also a cue is a modifier, not a verb
    expect(read("Syria refugee child dies in tent fire")).toEqual(["killed 1-1i"]);
    expect(read("Agency condemns the killing of yet another SARC volunteer")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads a participle before its cue: 'Soldier shot dead in Daraa', 'freezes to death'", () => {
    expect(read("Soldier shot dead in Daraa")).toEqual(["killed 1-1i"]);
    expect(read("Rebel commander freezes to death: monitor")).toEqual(["killed 1-1i"]);
    expect(read("Lebanese farmer shot dead crossing border")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads a bare object of a present-tense verb: 'Mortar attack kills cleric in Homs'", () => {
    expect(read("Mortar attack kills cleric in Homs")).toEqual(["killed 1-1i"]);
    expect(read("Border fire kills Jordanian woman")).toEqual(["killed 1-1i"]);
    expect(read("Rockets hit border village, wound child: governor")).toEqual(["injured 1-1i"]);
    expect(read("Army shelling kills 7-year-old girl in Hama")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) reads a bare noun after a casualty noun's 'of': 'condemns killing of aid worker'", () => {
    expect(read("Agency condemns killing of aid worker")).toEqual(["killed 1-1i"]);
    expect(read("UN deplores death of Red Crescent volunteer")).toEqual(["killed 1-1i"]);
    expect(read("Killing of child soldiers condemned")).toEqual([]);
    expect(read("Agency concerned over detention of Syrian refugees")).toEqual([]);
  });
  it("extractFigures(article) reads a sentence-initial participle as an adjective: 'Abducted priest executed'", () => {
    expect(read("Abducted priest executed by gunmen: church")).toEqual(["killed 1-1i"]);
  });
  it("extractFigures(article) counts no plural, no agent and no complement without an article", () => {
    expect(read("Children killed in air raid on Aleppo")).toEqual([]);
    expect(read("Syrian troops kill protesters in Homs")).toEqual([]);
    expect(read("Turkey forces hundreds of Syrian refugees back")).toEqual(["refugees 100-null"]);
    // a participle before a noun after a determiner is an adjective, and a past-tense verb takes no bare object
    expect(read("Hospital treats the wounded soldier")).toEqual([]);
  });
});

describe("extractFigures(article) headline style: tolls", () => {
  it("extractFigures(article) reads 'N dead', 'N killed' and 'N bodies found' as a headline clause", () => {
    expect(read("Five dead in Homs shelling")).toEqual(["killed 5-5"]);
    expect(read("12 killed as shells hit Damascus")).toEqual(["killed 12-12"]);
    expect(read("34 bodies found in Qusayr")).toEqual(["killed 34-34"]);
  });
  it("extractFigures(article) reads a toll's present-tense verb: 'Toll from Aleppo blasts rises to 87'", () => {
    expect(read("Toll from Aleppo blasts rises to 87: NGO")).toEqual(["killed 87-87"]);
    expect(read("Homs death toll climbs to 22")).toEqual(["killed 22-22"]);
  });
  it("extractFigures(article) reads a toll with no 'death' before its number: 'Syria war toll nearly 126,000'", () => {
    expect(read("Syria war toll nearly 126,000: NGO")).toEqual(["killed 126000-126000 war"]);
    expect(read("Monitor says Syria toll more than 60,000")).toEqual(["killed 60000-null war"]);
    // a toll road is no toll of the dead
    expect(read("A toll road closed for 3 days")).toEqual([]);
  });
  it("extractFigures(article) reads a country's toll past any one attack as a war total, a day's toll as an event", () => {
    expect(read("Syria civilian death toll at least 3,500: UN")).toEqual(["killed 3500-null war"]);
    expect(read("Death toll from Syrian violence tops 2,500")).toEqual(["killed 2500-2500 war"]);
    expect(read("Syria death toll hits 19 as protests spread")).toEqual(["killed 19-19"]);
    expect(read("Syria: 100,000 killed since 2011")).toEqual(["killed 100000-100000 war"]);
  });
  it("extractFigures(article) reads numbers with nationality and institution nouns: 'two Syrian police', 'three UN staff'", () => {
    expect(read("Two Syrian police killed in Deraa")).toEqual(["killed 2-2"]);
    expect(read("Three UN staff wounded in Damascus blast")).toEqual(["injured 3-3"]);
  });
  it("extractFigures(article) reads no toll in a clause opened by 'as': '10 killed as thousands rally'", () => {
    expect(read("12 killed as thousands rally in Hama")).toEqual(["killed 12-12"]);
    expect(read("At least nine dead as thousands protest in Syria")).toEqual(["killed 9-null"]);
    expect(read("Shelling killed as many as 30 in Douma")).toEqual(["killed null-30"]);
    expect(read("The toll of the war may be as high as 400000.")).toEqual(["killed null-400000 war"]);
  });
  it("extractFigures(article) reads a duration glued to a headline's source: 'in 24 hours-UNHCR'", () => {
    expect(read("Over 2,000 Syrians flee to Jordan in 48 hours-UNHCR")).toEqual(["displaced 2000-null"]);
  });
  it("extractFigures(article) reads 'in one family' as the family, not a count", () => {
    expect(read("Air raid kills 12 in one family")).toEqual(["killed 12-12"]);
    expect(read("Gunmen kill 9, including 6 from one family")).toEqual(["killed 9-9", "killed 6-6"]);
  });
});

describe("extractFigures(article) headline style: report titles' numbers that count nobody", () => {
  it("extractFigures(article) skips a title's day range and dashed date: '21 - 27 November 2013', '30-May-2013'", () => {
    expect(read("Regional response for Syrian refugees, 14 - 20 March 2014")).toEqual([]);
    expect(read("UN response for Syrian refugees, June 3 \u20139 2014")).toEqual([]);
    expect(read("Refugee camp households by district: 12-Jun-2014")).toEqual([]);
  });
  it("extractFigures(article) skips a title's issue, volume, revision, update and week numbers", () => {
    expect(read("Refugee Bulletin, Vol 4, Issue 2")).toEqual([]);
    expect(read("Appeal Revision 5: assistance to displaced families")).toEqual([]);
    expect(read("Update 3: refugee camp in Mafraq")).toEqual([]);
    expect(read("Health profile of refugees, Week 14")).toEqual([]);
  });
  it("extractFigures(article) counts no aid items: '13,000 food baskets to refugees', '20,000 hygiene kits'", () => {
    expect(read("Charity distributes 12,000 food baskets to refugees in Yemen")).toEqual([]);
    expect(read("Syrian refugees to receive 25,000 family hygiene kits")).toEqual([]);
    expect(read("Agency opens three community centres for refugee children")).toEqual([]);
    expect(read("Red Cross appeal rises to 40 million Swiss francs as refugee crisis worsens")).toEqual([]);
    expect(read("Charity launches QAR 20 million campaign for refugees")).toEqual([]);
    expect(read("Refugee women: five stories of survival")).toEqual([]);
  });
  it("extractFigures(article) reads a wire headline's 'mln' as million: 'Up to 4 mln displaced'", () => {
    expect(read("Up to 3 mln displaced within Syria: UN")).toEqual(["displaced null-3000000 war"]);
  });
  it("extractFigures(article) reads no death in lives risked or at risk: 'Migrants risking lives topped 30,000'", () => {
    expect(read("Migrants risking lives at sea topped 30,000 in 2014")).toEqual([]);
    expect(read("Cuts would put millions of lives at risk, agencies warn")).toEqual([]);
    expect(read("Arms trade talks risk millions of lives")).toEqual([]);
  });
  it("extractFigures(article) reads a year's total as a period total: '108 journalists killed in 2013'", () => {
    expect(read("95 aid workers killed in 2014, report says")).toEqual(["killed 95-95 war"]);
    expect(read("Five killed in 2014 bombing anniversary protests")).toEqual(["killed 5-5"]);
  });
});

describe("extractFigures(article) people named by a status, then killed", () => {
  it("extractFigures(article) reads '12 detainees killed under torture' as killed 12, not detained", () => {
    expect(read("14 Syrian detainees killed under torture: monitor")).toEqual(["killed 14-14"]);
    expect(read("Nine detainees were killed in the prison riot.")).toEqual(["killed 9-9"]);
    expect(read("Six refugees killed in camp fire")).toEqual(["killed 6-6"]);
    expect(read("300 detainees were released.")).toEqual(["detained 300-300"]);
  });
});

describe("extractFigures(article) headline style: places", () => {
  it("extractFigures(article) places 'in Syria's Aleppo' at Aleppo", () => {
    expect(figuresOf("Barrel bombs kill 13 in Syria's Aleppo: NGO")[0]?.location).toBe("Aleppo");
    expect(figuresOf("Car bomb kills 9 in Syria's Hama province")[0]?.location).toBe("Hama");
  });
  it("extractFigures(article) places a headline's spelling of a GeoNames town: 'Banias', 'Nabuk'", () => {
    expect(figuresOf("34 bodies found in Banias")[0]?.location).toBe("Baniyas");
    expect(figuresOf("Regime kills 17 in Nabuk: monitor")[0]?.location).toBe("An Nabk");
  });
});
