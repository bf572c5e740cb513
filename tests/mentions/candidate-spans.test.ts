import { describe, expect, it } from "vitest";
import { candidateSpans } from "../../lib/extract/mentions/mod.ts";

const spans = (text: string) =>
  candidateSpans(text).map((span) => ({ name: text.slice(span.start, span.end), form: span.form }));

describe("candidateSpans(text)", () => {
  it("candidateSpans(text) reads an 'X Brigade' lead of three words, each with an article, before its head", () => {
    expect(spans("Fighters said the al Haqq wal Nour al Sham Brigade took the hill.")).toEqual([
      { name: "al Haqq wal Nour al Sham Brigade", form: "name-english" },
    ]);
  });

  it("candidateSpans(text) reads every 'X Brigade' of a text, the first at its start, and none in a text without a head", () => {
    expect(spans("Tiger Brigade and then, much later in the text, the Omar Mukhtar Brigade.")).toEqual([
      { name: "Tiger Brigade", form: "name-english" },
      { name: "Omar Mukhtar Brigade", form: "name-english" },
    ]);
    expect(spans("Rebels took the town of Tal Rifaat on Sunday.")).toEqual([]);
  });

  it("candidateSpans(text) reads a tribe's armed men only where a tribe word is written", () => {
    expect(spans("Clashes broke out with Shaitat tribal forces near the river.")).toEqual([
      { name: "Shaitat tribal forces", form: "tribal" },
    ]);
  });

  it("candidateSpans(text) reads a unit named by its number, not the unit types inside it nor its owner before it", () => {
    expect(spans("The U.S. 3rd Infantry Division and the 101st Airborne Division crossed, then Task Force 20."))
      .toEqual([
        { name: "3rd Infantry Division", form: "numbered" },
        { name: "101st Airborne Division", form: "numbered" },
        { name: "Task Force 20", form: "numbered" },
      ]);
  });

  it("candidateSpans(text) reads 'Group', 'Unit', 'Wing' and 'Company' after a number only beside a unit type word", () => {
    expect(spans("The 10th Special Forces Group met the 15th Marine Expeditionary Unit.")).toEqual([
      { name: "10th Special Forces Group", form: "numbered" },
      { name: "15th Marine Expeditionary Unit", form: "numbered" },
    ]);
    expect(spans("The 4th Working Group met; the 19th Session Unit and the 2nd Company opened.")).toEqual([]);
  });

  it("candidateSpans(text) needs the head capitalised and the number in digits", () => {
    expect(spans("The army's 4th division and the third Brigade moved.")).toEqual([]);
  });
});
