import { type BatteryCase, describeBattery } from "./fixtures.ts";

// Issue 10, round 26: a third battery, wire-copy phrasings (state forces by their nouns, support given, joint acts,
// reported statements, denials), written for the reader (none is a gold set's sentence). Left out and named in README
// (round 26): "X said Y attacked its positions" (the reported clause's "its"), "the city is controlled by A and B"
// (joint control in a passive). "Lost much of its territory to Y" reads since round 27 (a possessive reference in a
// long gap owns what the gap names).
const NAMES: [string, string][] = [
  ["Regime forces", "syrian-government"],
  ["regime", "syrian-government"],
  ["government forces", "syrian-government"],
  ["Government forces", "syrian-government"],
  ["Russian warplanes", "russia"],
  ["Russian jets", "russia"],
  ["Russian air power", "russia"],
  ["Hezbollah", "hezbollah"],
  ["Syrian troops", "syrian-government"],
  ["The Islamic State", "islamic-state"],
  ["YPG", "ypg"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["Nusra", "jabhat-al-nusra"],
  ["Turkish artillery", "turkey"],
  ["ISIS", "islamic-state"],
  ["The SDF", "syrian-democratic-forces"],
  ["Jaish al-Islam", "jaish-al-islam"],
  ["Faylaq al-Rahman", "faylaq-al-rahman"],
  ["The army", "syrian-government"],
  ["the army", "syrian-government"],
  ["The Syrian army", "syrian-government"],
  ["Israel", "israel"],
  ["The US-led coalition", "us-led-coalition"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
];
const cases: BatteryCase[] = [
  ["ISIS has lost much of its territory to The SDF.", ["clash islamic-state syrian-democratic-forces"]],
  ["Regime forces backed by Russian warplanes pounded rebel positions.", ["ally russia syrian-government"]],
  ["Hezbollah fighters and Syrian troops stormed the town.", ["ally hezbollah syrian-government"]],
  ["Russian jets struck Nusra Front positions.", ["clash jabhat-al-nusra russia"]],
  ["Turkish artillery pounded YPG positions.", ["clash turkey ypg"]],
  ["Rebels led by the Nusra Front seized the town from government forces.", [
    "clash jabhat-al-nusra syrian-government",
  ]],
  ["Government forces, supported by Hezbollah, retook the town from ISIS.", [
    "ally hezbollah syrian-government",
    "clash islamic-state syrian-government",
  ]],
  ["ISIS militants ambushed a regime convoy.", ["clash islamic-state syrian-government"]],
  ["Jaish al-Islam accused Faylaq al-Rahman of colluding with Nusra.", []],
  ["The army repelled an attack by Nusra militants.", ["clash jabhat-al-nusra syrian-government"]],
  ["Nusra militants were killed in clashes with the army.", ["clash jabhat-al-nusra syrian-government"]],
  ["At least 20 Hezbollah fighters were killed fighting ISIS.", ["clash hezbollah islamic-state"]],
  ["The Syrian army, backed by Russian air power, encircled ISIS militants in Palmyra.", [
    "ally russia syrian-government",
    "clash islamic-state syrian-government",
  ]],
  ["Israel struck Hezbollah targets near Damascus.", ["clash hezbollah israel"]],
  ["The US-led coalition carried out 15 strikes against ISIS.", ["clash islamic-state us-led-coalition"]],
  ["Syrian state media said the army killed dozens of Nusra militants.", ["clash jabhat-al-nusra syrian-government"]],
  ["Jaish al-Islam and Faylaq al-Rahman have been fighting each other since April.", [
    "clash faylaq-al-rahman jaish-al-islam",
  ]],
  ["Fighting between Jaish al-Islam and Faylaq al-Rahman has killed 300.", ["clash faylaq-al-rahman jaish-al-islam"]],
  ["Ahrar al-Sham fighters clashed with Nusra near Saraqeb.", ["clash ahrar-al-sham jabhat-al-nusra"]],
  ["Nusra and Ahrar al-Sham jointly control the city.", ["ally ahrar-al-sham jabhat-al-nusra"]],
  ["Hezbollah is fighting alongside government forces.", ["ally hezbollah syrian-government"]],
  ["Hezbollah has sent thousands of fighters to back the regime.", ["ally hezbollah syrian-government"]],
  ["The regime and its ally Hezbollah recaptured the town.", ["ally hezbollah syrian-government"]],
  ["ISIS shelled YPG-held neighbourhoods.", ["clash islamic-state ypg"]],
  ["Hezbollah denied that its fighters had attacked the town.", []],
];

describeBattery(
  "extractRelations(article, mentions) on a battery of wire phrasings (round 26)",
  NAMES,
  cases,
);
