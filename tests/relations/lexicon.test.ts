import { describe, expect, it } from "vitest";
import { defaultReference } from "../../lib/reference/mod.ts";
import { readerTriples } from "./fixtures.ts";

/** The names the lexicon's example sentences use. */
const NAMES: [string, string][] = [
  ["ISIS", "islamic-state"],
  ["YPG", "ypg"],
  ["PYD", "pyd"],
  ["Hezbollah", "hezbollah"],
  ["Syrian Army", "syrian-government"],
  ["Russia", "russia"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["al-Qaeda", "al-qaeda"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["Jaish al-Fatah", "jaish-al-fatah"],
  ["Jaish al-Islam", "jaish-al-islam"],
  ["SDF", "syrian-democratic-forces"],
  ["FSA", "free-syrian-army"],
  ["Turkey", "turkey"],
  ["Iran", "iran"],
  ["HTS", "hayat-tahrir-al-sham"],
  ["US", "united-states"],
  ["Faylaq al-Rahman", "faylaq-al-rahman"],
  ["Saudi Arabia", "saudi-arabia"],
  ["Israel", "israel"],
  ["Syrian government", "syrian-government"],
  ["Hayat Tahrir al-Sham", "hayat-tahrir-al-sham"],
];

describe("data/lexicon/relations.json", () => {
  for (const trigger of defaultReference().lexicon.relations.triggers) {
    it(`readRelations reads the ${trigger.pos} '${trigger.lemma}' (${trigger.type}) in '${trigger.example.text}'`, () => {
      const found = readerTriples(trigger.example.text, NAMES);
      for (const relation of trigger.example.relations) expect(found).toContain(relation);
    });
  }
});
