import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { extractRelations } from "../../lib/extract/relations/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const reference = defaultReference();
const article = (text: string) => articleFromText("x", text, "2019-01-01");
const statesIn = (text: string) =>
  extractMentions(article(text), reference.gazetteer, reference.lexicon)
    .filter((m) => m.method === "state-reference").map((m) => `${m.surface}→${m.groupId}`);

describe("a state's bare name as the target of an act against it (lexicon targetedActs)", () => {
  it("extractMentions(article) reads the state after 'invasion of', 'occupation of', 'war against', 'strikes against'", () => {
    expect(statesIn("The invasion of Iraq began in March.")).toEqual(["Iraq→iraq"]);
    expect(statesIn("Iraq's occupation of Kuwait ended in 1991.")).toEqual(["Kuwait→kuwait"]);
    expect(statesIn("Bush announced war against Iraq.")).toEqual(["Iraq→iraq"]);
    expect(statesIn("Congress debated military strikes against Syria.")).toEqual(["Syria→syrian-government"]);
    // a list after the act: every state in it
    expect(statesIn("The invasion of Iraq and Afghanistan was debated.")).toEqual([
      "Iraq→iraq",
      "Afghanistan→afghanistan",
    ]);
  });

  it("extractMentions(article) keeps a state's name a place where an act is only in it or on it", () => {
    expect(statesIn("The intervention in Syria began in 2015.")).toEqual([]);
    expect(statesIn("The coalition's strikes on Syria and Iraq killed 735 civilians.")).toEqual([]);
    expect(statesIn("A suicide attack on Syria wedding killed 32.")).toEqual([]);
  });

  it("extractRelations(article) reads a clash with the state an act is against, for each party of a list", () => {
    const text =
      "On 14 April, the United States, France, and the United Kingdom carried out missile strikes against Syria.";
    const relations = extractRelations(
      article(text),
      extractMentions(article(text), reference.gazetteer, reference.lexicon),
    ).map((r) => `${r.type} ${r.subject} ${r.object}`).sort();
    // (the three acted jointly, so they are allies too, as a joint act's parties are everywhere)
    expect(relations).toEqual([
      "ally france united-kingdom",
      "ally france united-states",
      "ally united-kingdom united-states",
      "clash france syrian-government",
      "clash syrian-government united-kingdom",
      "clash syrian-government united-states",
    ]);
    const possessed = "Following the United States' invasion of Iraq in 2003, antiquities were stolen.";
    expect(
      extractRelations(article(possessed), extractMentions(article(possessed), reference.gazetteer, reference.lexicon))
        .map((r) => `${r.type} ${r.subject} ${r.object}`),
    ).toEqual(["clash iraq united-states"]);
  });
});
