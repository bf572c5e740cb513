import { describe, expect, it } from "vitest";
import { runWinkProcess, winkRun } from "../../lib/cli/bench-wink.ts";

const TEXTS = [
  "Clashes broke out in Aleppo on Monday. At least 13 people were killed.",
  "The Syrian Observatory for Human Rights said rebels shelled Damascus.",
];

describe("winkRun(texts): the bench's peer, wink-nlp's full English pipeline", () => {
  it("reads every text and times the run from the model's loading", () => {
    const run = winkRun(TEXTS);
    expect(run.articles).toBe(2);
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.cpuSeconds).toBeGreaterThan(0);
  });
});

describe("runWinkProcess(file): the peer in a process of its own, with V8's default flags", () => {
  it("runs on a JSON array of texts and returns the child's timing", async () => {
    const file = await Deno.makeTempFile({ suffix: ".json" });
    try {
      await Deno.writeTextFile(file, JSON.stringify(TEXTS));
      const run = await runWinkProcess(file);
      expect(run.articles).toBe(2);
      expect(run.seconds).toBeGreaterThan(0);
    } finally {
      await Deno.remove(file);
    }
  }, 60_000);

  it("names the file when it is not an array of strings", async () => {
    const file = await Deno.makeTempFile({ suffix: ".json" });
    try {
      await Deno.writeTextFile(file, JSON.stringify({ text: "x" }));
      await expect(runWinkProcess(file)).rejects.toThrow(/not a JSON array of strings/);
    } finally {
      await Deno.remove(file);
    }
  }, 60_000);
});
