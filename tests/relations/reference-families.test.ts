import { describe, expect, it } from "vitest";
import { readerTriples } from "./fixtures.ts";

// Issue 10, round 5: reference families of encyclopedic prose (a reference carried over a sentence that names no
// subject, acts that refer back), each with sentences of its own; no blind set's errors were read.
const NAMES: [string, string][] = [
  ["Levant Front", "levant-front"],
  ["SDF", "syrian-democratic-forces"],
  ["YPG", "ypg"],
  ["ISIL", "islamic-state"],
  ["Nusra Front", "jabhat-al-nusra"],
  ["FSA", "free-syrian-army"],
  ["Ahrar al-Sham", "ahrar-al-sham"],
  ["US-led coalition", "us-led-coalition"],
  ["al Qaeda", "al-qaeda"],
];
const read = (text: string) => readerTriples(text, NAMES);

describe("resolveChunk(chunk, view, previous, exclude, topic, carried)", () => {
  it("extractRelations(article, mentions) carries a singular reference over a sentence that opens with one ('X was formed. It was accused. The group attacked Y')", () => {
    expect(
      read("The Levant Front was formed in 2014. It was later accused of abuses. The group attacked the SDF in 2016."),
    )
      .toEqual(["clash levant-front syrian-democratic-forces"]);
  });

  it("extractRelations(article, mentions) carries nothing past a sentence whose reference does not open it", () => {
    expect(read(
      "The Levant Front was formed in 2014. Although the group said it would talk, nothing came of it. " +
        "It attacked the SDF in 2016.",
    )).toEqual([]);
  });

  it("extractRelations(article, mentions) refuses a singular reference after a sentence with two subjects", () => {
    expect(read("The Levant Front and the SDF met in Azaz. The group attacked the YPG.")).toEqual([]);
  });
});

describe("extractRelations(article, mentions) on acts that refer back", () => {
  it("extractRelations(article, mentions) reads 'X attacked Y. The attack was repelled by Z.' as Z against X", () => {
    expect(read("The Nusra Front attacked the FSA. The attack was repelled by Ahrar al-Sham.")).toEqual([
      "clash ahrar-al-sham jabhat-al-nusra",
      "clash free-syrian-army jabhat-al-nusra",
    ]);
  });

  it("extractRelations(article, mentions) reads 'X attacked P. Y repelled the assault.' as Y against X", () => {
    expect(read("ISIL attacked the town of Kobani in September. The YPG repelled the assault.")).toEqual([
      "clash islamic-state ypg",
    ]);
  });

  it("extractRelations(article, mentions) gives support for a definite act to the previous sentence's actor", () => {
    expect(read("The SDF launched the offensive in November. The offensive was supported by the US-led coalition."))
      .toEqual(["ally syrian-democratic-forces us-led-coalition"]);
  });

  it("extractRelations(article, mentions) reads no act back from a noun that is no attack ('crushed the revolt')", () => {
    expect(read("The SDF shelled ISIL positions near the town. The Nusra Front crushed the revolt.")).toEqual([
      "clash islamic-state syrian-democratic-forces",
    ]);
  });
});
