import { describe, expect, it } from "vitest";
import { evaluateEventNoteActors, type GoldEventNotes, mentionNegatives } from "../../lib/eval/event-note-actors.ts";
import { discoveryPrecision } from "../../lib/eval/discovery.ts";

const notes: GoldEventNotes = {
  description: "test",
  notes: [
    {
      id: "n1",
      text: "On 2 May 2021, IS attacked a checkpoint of the 4th Division. It is unclear who is responsible.",
      eventDate: "2021-05-02",
      actors: [
        { name: "IS", groupId: "islamic-state", inGazetteer: true },
        { name: "4th Division", groupId: "fourth-armoured-division", inGazetteer: true },
      ],
      negatives: [
        { quote: "It is unclear who is responsible", reason: "'is' is the verb" },
        { quote: "4th Division", reason: "a unit name, not a figure" },
      ],
    },
    {
      id: "n2",
      text: "Fighters of Liwa Suyuf al-Fajr clashed with HTS.",
      eventDate: "2020-01-01",
      actors: [{ name: "Liwa Suyuf al-Fajr", groupId: "new:liwa-suyuf-al-fajr", inGazetteer: false }],
    },
  ],
};

describe("group evaluations", () => {
  it("mentionNegatives(note) keeps the negatives about mentions, not a figure negative that holds an actor's name", () => {
    expect(mentionNegatives(notes.notes[0]).map((negative) => negative.quote)).toEqual([
      "It is unclear who is responsible",
    ]);
  });

  it("evaluateEventNoteActors(gold) finds gazetteer actors by id and new actors by their discovered slug", () => {
    const evaluation = evaluateEventNoteActors(notes);
    expect(evaluation).toMatchObject({ actors: 3, found: 3, newActors: 1, newFound: 1, negatives: 1 });
    expect(evaluation.negativeHits).toEqual([]);
  });

  it("discoveryPrecision(corpus, ids, review) is the armed-group share of the reviewed names, unreviewed apart", () => {
    const review = {
      description: "test",
      reviewed: [
        { corpus: "fakes" as const, groupId: "new:a", name: "A", verdict: "armed-group" as const, syrianWar: true },
        { corpus: "fakes" as const, groupId: "new:b", name: "B", verdict: "not-armed-group" as const, syrianWar: null },
      ],
    };
    expect(discoveryPrecision("fakes", new Set(["new:a", "new:b", "new:c"]), review)).toMatchObject({
      discovered: 3,
      reviewed: 2,
      armedGroups: 1,
      unreviewed: ["new:c"],
      notArmedGroups: ["new:b"],
    });
  });
});
