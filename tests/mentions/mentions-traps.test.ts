import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

describe("extractMentions(article, gazetteer) false-hit traps", () => {
  it("extractMentions(article, gazetteer) finds no group in a person's name or in 'Sham' alone", () => {
    expect(pairs("Hashem al-Sheikh spoke in Sham. Abu Mohammad al-Jolani was not there.")).toEqual([]);
  });

  it("extractMentions(article, gazetteer) wants capitalised heads: 'an Islamic state' and 'the southern front' are prose", () => {
    expect(pairs("They want an Islamic state. Fighting on the southern front eased.")).toEqual([]);
    expect(pairs("The Islamic State and the Southern Front")).toEqual([
      "Islamic State→islamic-state",
      "Southern Front→southern-front",
    ]);
  });

  it("extractMentions(article, gazetteer) matches acronyms case-sensitively", () => {
    expect(pairs("hts and Sdf and fsa")).toEqual([]);
    expect(pairs("HTS and SDF and FSA")).toEqual([
      "HTS→hayat-tahrir-al-sham",
      "SDF→syrian-democratic-forces",
      "FSA→free-syrian-army",
    ]);
  });

  it("extractMentions(article, gazetteer) reads a bare IS only where the context makes it the group", () => {
    expect(
      pairs("IS fighters held the town. IS-held areas shrank. The Islamic State (IS) lost. Kurds fought against IS."),
    ).toEqual([
      "IS→islamic-state",
      "IS→islamic-state",
      "Islamic State→islamic-state",
      "IS→islamic-state",
      "IS→islamic-state",
    ]);
    expect(pairs("WHAT IS NEXT FOR SYRIA")).toEqual([]);
  });

  it("extractMentions(article, gazetteer) does not read 'anti-Assad forces' as the government", () => {
    expect(pairs("The anti-Assad forces in Daraa met. Assad forces shelled them.")).toEqual([
      "Assad forces→syrian-government",
    ]);
  });
});
