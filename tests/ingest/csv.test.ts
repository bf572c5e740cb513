import { describe, expect, it } from "vitest";
import { parseCsv } from "../../lib/ingest/csv.ts";

async function* chunks(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function parse(text: string, size = 1000) {
  const records = [];
  for await (const record of parseCsv(chunks(text, size))) records.push(record);
  return records;
}

describe("parseCsv(chunks)", () => {
  it("parseCsv(chunks) reads quoted fields with commas, newlines and doubled quotes, at any chunk size", async () => {
    const text = 'a,b,c\r\n1,"x,y",3\n2,"he said ""hi""\nok",4\n';
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(await parse(text, size)).toEqual([
        { fields: ["a", "b", "c"], row: 1, line: 1 },
        { fields: ["1", "x,y", "3"], row: 2, line: 2 },
        { fields: ["2", 'he said "hi"\nok', "4"], row: 3, line: 3 },
      ]);
    }
  });

  it("parseCsv(chunks) reports an unbalanced quote and resumes on the next line", async () => {
    expect(await parse('a,b\n1,"bad\n2,ok\n')).toEqual([
      { fields: ["a", "b"], row: 1, line: 1 },
      {
        error: "a quoted field opened in the record starting on line 2 never closes (unbalanced quote)",
        row: 2,
        line: 2,
      },
      { fields: ["2", "ok"], row: 3, line: 3 },
    ]);
  });

  it("parseCsv(chunks) reads a last record without a newline and skips blank lines", async () => {
    expect(await parse("a,b\n\n1,2")).toEqual([{ fields: ["a", "b"], row: 1, line: 1 }, {
      fields: ["1", "2"],
      row: 2,
      line: 3,
    }]);
  });
});
