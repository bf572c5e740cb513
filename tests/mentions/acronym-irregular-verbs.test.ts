import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

describe("word acronyms before an irregular past-tense verb (data/lexicon/names.json wordAcronymNextWords)", () => {
  it("extractMentions(article) counts 'IS held', 'the NFL sent', 'TIP fought': the acronym acts", () => {
    expect(pairs("Albu Kamal was the last town IS held in Syria.")).toEqual(["IS→islamic-state"]);
    expect(pairs("HTS attacked Darat Izza and the NFL sent reinforcements.")).toEqual([
      "HTS→hayat-tahrir-al-sham",
      "NFL→national-front-for-liberation",
    ]);
    expect(pairs("TIP fought near Jisr al-Shughur.")).toEqual(["TIP→turkistan-islamic-party"]);
  });

  it("still never reads the verb 'is' before such a verb, lower case or in capitals", () => {
    expect(pairs("The town is held by rebels. THE TOWN IS HELD BY REBELS.")).toEqual([]);
  });
});
