import { describe, expect, it } from "vitest";
import { readJsonl } from "../lib/records/load.ts";
import { Rejected } from "../lib/records/article.ts";

describe("readJsonl(path, schema)", () => {
  it("readJsonl(path, schema) names the file and line of a line that is not JSON", async () => {
    const path = await Deno.makeTempFile({ suffix: ".jsonl" });
    await Deno.writeTextFile(path, '{"source":{"path":"a"},"id":null,"reason":"empty","message":"m"}\n{oops\n');
    await expect(readJsonl(path, Rejected)).rejects.toThrow(`${path}:2: not valid JSON`);
    await Deno.remove(path);
  });

  it("readJsonl(path, schema) reads a missing file as no records", async () => {
    expect(await readJsonl("/nonexistent/records.jsonl", Rejected)).toEqual([]);
  });
});
