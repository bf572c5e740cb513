import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

// Issue 10, round 50: a state's bare name (mostly a place) before a verb of names.json `weaponPassiveWords`. Sentences
// written for the family, none from a gold set.
describe("extractMentions(article, gazetteer) on a bare state name before a verb that also describes places", () => {
  it("extractMentions(article, gazetteer) reads 'Iraq captured ...' and 'Iran supplied ...' as the states acting", () => {
    expect(pairs("Iraq captured the last two strongholds.")).toEqual(["Iraq→iraq"]);
    expect(pairs("Iran supplied the rockets.")).toEqual(["Iran→iran"]);
  });

  it("extractMentions(article, gazetteer) leaves the place in 'parts of Syria captured by ISIS'", () => {
    expect(pairs("Parts of Syria captured by ISIS were retaken.")).toEqual(["ISIS→islamic-state"]);
  });
});
