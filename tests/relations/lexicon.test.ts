import { describe, expect, it } from "vitest";
import { extractRelations } from "../../lib/extract/relations/extract-relations.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import { Relation } from "../../lib/records/mod.ts";
import { articleFrom, mentionsFor, triples } from "./fixtures.ts";

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
];

/** The lexicon reader alone (no legacy pattern family), on one hand-made sentence. */
export function readerTriples(text: string, names: [string, string][] = NAMES): string[] {
  const article = articleFrom("x", text, "2016-05-01");
  const longestFirst = [...names].sort((a, b) => b[0].length - a[0].length);
  const mentions = mentionsFor(article, longestFirst).filter((m, i, all) =>
    !all.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)
  );
  const relations = extractRelations(article, mentions, { legacy: [] });
  // Every record the reader writes is a valid Relation (frame and features included).
  for (const relation of relations) Relation.parse(relation);
  return triples(relations).sort();
}

describe("data/lexicon/relations.json", () => {
  for (const trigger of defaultReference().lexicon.relations.triggers) {
    it(`readRelations reads the ${trigger.pos} '${trigger.lemma}' (${trigger.type}) in '${trigger.example.text}'`, () => {
      const found = readerTriples(trigger.example.text);
      for (const relation of trigger.example.relations) expect(found).toContain(relation);
    });
  }
});
