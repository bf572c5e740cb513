import { describe, expect, it } from "vitest";
import { runExtractProcess, taskCommand } from "../../lib/cli/extract-process.ts";
import { SEED_CORPUS } from "../../lib/reference/mod.ts";

describe("taskCommand(task): a deno.json task as environment and deno arguments", () => {
  it("splits the variables set before deno from the arguments after it", () => {
    expect(taskCommand("MALLOC_ARENA_MAX=2 deno run --v8-flags=--max-old-space-size=512 --allow-read lib/cli/x.ts"))
      .toEqual({
        env: { MALLOC_ARENA_MAX: "2" },
        args: ["run", "--v8-flags=--max-old-space-size=512", "--allow-read", "lib/cli/x.ts"],
      });
  });

  it("refuses a task that does not run deno", () => {
    expect(() => taskCommand("X=1 node script.js")).toThrow(/does not run deno/);
  });
});

describe("runExtractProcess(input, out, args): deno task extract as a process of its own (the bench's memory run)", () => {
  it(
    "runs the task on the seeds and reads what it read, its time, and (where /proc is) its memory and CPU",
    async () => {
      const out = await Deno.makeTempDir({ prefix: "extract-process-" });
      try {
        const run = await runExtractProcess(SEED_CORPUS, out, ["--workers", "1", "--no-parquet"], { every: 50 });
        expect(run.read).toBe(5);
        expect(run.seconds).toBeGreaterThan(0);
        expect(await Deno.stat(`${out}/relations.jsonl`)).toBeTruthy();
        if (run.rssSamples.length > 0) {
          expect(run.peakRssBytes).toBe(Math.max(...run.rssSamples));
          expect(run.peakRssBytes).toBeGreaterThan(20e6);
          expect(run.cpuSeconds).toBeGreaterThan(0);
        }
      } finally {
        await Deno.remove(out, { recursive: true });
      }
    },
    120_000,
  );

  it("throws with the task's own message when it fails", async () => {
    await expect(runExtractProcess("no/such/input.jsonl", "/tmp/never-written", ["--no-parquet"])).rejects.toThrow(
      /deno task extract failed/,
    );
  }, 60_000);
});
