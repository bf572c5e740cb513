import { type BatteryCase, describeBattery } from "./fixtures.ts";

// Issue 10, round 26: a second battery, one sentence per phenomenon of the items 1 to 5 (lists on either side,
// reference, noun and apposition forms, verbs of every relation type, hedges and negation), written for the reader
// (none is a gold set's sentence). "An offshoot of X" is pinned as a split (the lexicon's reading: a branch that left).
// "A, B and C coordinated an attack on D" reads once "coordinate" is a light verb whose participle used as an adjective
// is none ("launched several coordinated attacks").
const NAMES: [string, string][] = [
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Jaish al-Islam", "jaish-al-islam"],
  ["Faylaq al-Sham", "faylaq-al-sham"],
  ["the Islamic Front", "islamic-front"],
  ["The Islamic Front", "islamic-front"],
  ["HTS", "hayat-tahrir-al-sham"],
  ["the Syrian Army", "syrian-government"],
  ["the SDF", "syrian-democratic-forces"],
  ["The SDF", "syrian-democratic-forces"],
  ["the US", "united-states"],
  ["Turkey", "turkey"],
  ["Turkish", "turkey"],
  ["Russian", "russia"],
  ["al-Qaeda", "al-qaeda"],
  ["the Nusra Front", "jabhat-al-nusra"],
  ["The Nusra Front", "jabhat-al-nusra"],
  ["Zenki", "nour-al-din-al-zenki"],
];
const cases: BatteryCase[] = [
  [
    "HTS, Ahrar al-Sham and Jaish al-Islam coordinated an attack on the Syrian Army.",
    [
      "ally ahrar-al-sham hayat-tahrir-al-sham",
      "ally ahrar-al-sham jaish-al-islam",
      "ally hayat-tahrir-al-sham jaish-al-islam",
      "clash ahrar-al-sham syrian-government",
      "clash hayat-tahrir-al-sham syrian-government",
      "clash jaish-al-islam syrian-government",
    ],
  ],
  ["HTS launched several coordinated attacks against Ahrar al-Sham.", ["clash ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Ahrar al-Sham, Jaish al-Islam and Faylaq al-Sham formed the Islamic Front.", [
    "member ahrar-al-sham islamic-front",
    "member faylaq-al-sham islamic-front",
    "member jaish-al-islam islamic-front",
  ]],
  ["The Islamic Front was made up of Ahrar al-Sham, Jaish al-Islam and Faylaq al-Sham.", [
    "member ahrar-al-sham islamic-front",
    "member faylaq-al-sham islamic-front",
    "member jaish-al-islam islamic-front",
  ]],
  ["Clashes among HTS, Ahrar al-Sham and Jaish al-Islam killed 30.", [
    "clash ahrar-al-sham hayat-tahrir-al-sham",
    "clash ahrar-al-sham jaish-al-islam",
    "clash hayat-tahrir-al-sham jaish-al-islam",
  ]],
  ["HTS attacked Ahrar al-Sham. The group also shelled Jaish al-Islam.", [
    "clash ahrar-al-sham hayat-tahrir-al-sham",
    "clash hayat-tahrir-al-sham jaish-al-islam",
  ]],
  ["Ahrar al-Sham joined the Islamic Front. It later left the alliance.", [
    "joined ahrar-al-sham islamic-front",
    "left ahrar-al-sham islamic-front",
  ]],
  ["HTS and Ahrar al-Sham clashed in Idlib. The two later signed a truce.", [
    "clash ahrar-al-sham hayat-tahrir-al-sham",
  ]],
  ["The SDF, which is backed by the US, captured Raqqa.", ["ally syrian-democratic-forces united-states"]],
  ["The Islamic Front, whose largest components include Ahrar al-Sham and Jaish al-Islam, fought the Syrian Army.", [
    "member ahrar-al-sham islamic-front",
    "member jaish-al-islam islamic-front",
    "clash islamic-front syrian-government",
  ]],
  ["HTS denied attacking Ahrar al-Sham.", []],
  ["Ahrar al-Sham refused to join HTS.", []],
  ["HTS and Ahrar al-Sham held talks on a merger.", []],
  ["Ahrar al-Sham would join HTS.", []],
  ["Turkey called on HTS to dissolve.", []],
  ["HTS failed to capture Atarib from Zenki.", ["clash hayat-tahrir-al-sham nour-al-din-al-zenki"]],
  ["The Turkish-backed Faylaq al-Sham shelled Afrin.", ["ally faylaq-al-sham turkey"]],
  ["The Russian-led offensive against HTS began in May.", ["clash hayat-tahrir-al-sham russia"]],
  ["al-Qaeda's Syrian branch, the Nusra Front, attacked Idlib.", ["affiliate jabhat-al-nusra al-qaeda"]],
  ["The Nusra Front, an offshoot of al-Qaeda, attacked Idlib.", ["split jabhat-al-nusra al-qaeda"]],
  ["HTS is dominated by the Nusra Front.", ["member jabhat-al-nusra hayat-tahrir-al-sham"]],
  ["The Islamic Front brings together Ahrar al-Sham and Jaish al-Islam.", [
    "member ahrar-al-sham islamic-front",
    "member jaish-al-islam islamic-front",
  ]],
  ["Ahrar al-Sham fought HTS, Jaish al-Islam and Faylaq al-Sham.", [
    "clash ahrar-al-sham hayat-tahrir-al-sham",
    "clash ahrar-al-sham jaish-al-islam",
    "clash ahrar-al-sham faylaq-al-sham",
  ]],
  ["Ahrar al-Sham and its allies attacked HTS.", ["clash ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Fighters of Ahrar al-Sham attacked positions held by HTS.", ["clash ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Its fighters attacked positions of HTS.", []],
  ["Ahrar al-Sham said its fighters attacked positions of HTS.", ["clash ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Ahrar al-Sham, Jaish al-Islam and Faylaq al-Sham merged into the Islamic Front.", [
    "merger ahrar-al-sham islamic-front",
    "merger faylaq-al-sham islamic-front",
    "merger jaish-al-islam islamic-front",
  ]],
  ["The Islamic Front was formed from a merger of Ahrar al-Sham and Jaish al-Islam.", [
    "merger ahrar-al-sham islamic-front",
    "merger jaish-al-islam islamic-front",
  ]],
  ["Ahrar al-Sham ended its affiliation with the Islamic Front.", ["split ahrar-al-sham islamic-front"]],
  ["Ahrar al-Sham broke with HTS in 2017.", ["split ahrar-al-sham hayat-tahrir-al-sham"]],
  ["HTS took orders from al-Qaeda.", ["affiliate hayat-tahrir-al-sham al-qaeda"]],
  ["HTS swore loyalty to al-Qaeda.", ["affiliate hayat-tahrir-al-sham al-qaeda"]],
  ["Ahrar al-Sham defected to HTS.", ["joined ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Ahrar al-Sham rejected HTS.", ["rival ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Ahrar al-Sham opposed HTS.", ["rival ahrar-al-sham hayat-tahrir-al-sham"]],
  ["The Islamic Front was folded into HTS.", ["merger islamic-front hayat-tahrir-al-sham"]],
  ["Ahrar al-Sham routed HTS near Ariha.", ["clash ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Ahrar al-Sham crushed HTS near Ariha.", ["clash ahrar-al-sham hayat-tahrir-al-sham"]],
  ["Ahrar al-Sham launched a joint offensive with Jaish al-Islam.", ["ally ahrar-al-sham jaish-al-islam"]],
  ["Ahrar al-Sham coordinated with Jaish al-Islam.", ["ally ahrar-al-sham jaish-al-islam"]],
  ["Ahrar al-Sham was rumoured to be merging with HTS.", []],
  ["Ahrar al-Sham, HTS's rival, attacked Atarib.", ["rival ahrar-al-sham hayat-tahrir-al-sham"]],
  ["HTS's rival Ahrar al-Sham attacked Atarib.", ["rival ahrar-al-sham hayat-tahrir-al-sham"]],
];

describeBattery(
  "extractRelations(article, mentions) on a battery of the issue's phenomena (round 26)",
  NAMES,
  cases,
);
