import { describe, expect, it } from "vitest";
import { pairs } from "./fixture.ts";

// The militiamen/fighters/groups forms of the war's militia labels (aliases of data/groups.json). Sentences written
// for the families, none from a gold set.
describe("extractMentions(article) on militia labels", () => {
  it("reads pro-government and loyalist militias as the Assad government's", () => {
    expect(pairs("Pro-government militias stormed Bayda; loyalist militiamen and pro-Assad militias followed."))
      .toEqual([
        "Pro-government militias→syrian-government",
        "loyalist militiamen→syrian-government",
        "pro-Assad militias→syrian-government",
      ]);
  });

  it("reads Iran's allied militias in their militiamen, fighters and groups forms, and Iraqi militias among them", () => {
    expect(pairs(
      "Iranian-backed militiamen executed civilians. Iran-backed groups fired rockets. Iraqi Shiite militias and " +
        "Iraqi militiamen held the road.",
    )).toEqual([
      "Iranian-backed militiamen→iranian-backed-militias",
      "Iran-backed groups→iranian-backed-militias",
      "Iraqi Shiite militias→iranian-backed-militias",
      "Iraqi militiamen→iranian-backed-militias",
    ]);
  });

  it("reads the state's security forces as its forces: 'Syrian security forces fired on protesters' in 2011", () => {
    expect(pairs("Syrian security forces fired on protesters; regime security forces arrested dozens.", "2011-04-20"))
      .toEqual(["Syrian security forces→syrian-government", "regime security forces→syrian-government"]);
  });

  it("reads the coalition's own name, 'the Global Coalition', as the US-led coalition", () => {
    expect(pairs("The Global Coalition struck IS positions.", "2017-05-01")).toEqual([
      "Global Coalition→us-led-coalition",
      "IS→islamic-state",
    ]);
  });
});
