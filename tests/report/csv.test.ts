import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../lib/report/csv.ts";

describe("csvField", () => {
  it("csvField(value) leaves plain text and numbers bare and null empty", () => {
    expect(csvField("Aleppo")).toBe("Aleppo");
    expect(csvField(12)).toBe("12");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
  });

  it("csvField(value) quotes commas, quotes and line breaks per RFC 4180", () => {
    expect(csvField("Daraa, Syria")).toBe('"Daraa, Syria"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it("csvField(value) prefixes text starting with = + - @ with an apostrophe (formula injection)", () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
  });
});

describe("toCsv", () => {
  it("toCsv(columns, rows) writes a header and CRLF-terminated rows in column order", () => {
    const csv = toCsv(["id", "title"], [{ title: "A, B", id: "a1" }, { id: "a2", title: null }]);
    expect(csv).toBe('id,title\r\na1,"A, B"\r\na2,\r\n');
  });
});
