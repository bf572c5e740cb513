import { ensureChromium, ensureJupyter } from "./setup.ts";

/**
 * `deno task test`: installs what is missing (Jupyter, the Deno kernel, Chromium), runs the vitest suite, then
 * executes every notebook, and ends with one line "N passed, N failed" summed over both. Exits non-zero on any failure.
 */
async function vitest(): Promise<{ passed: number; failed: number; ok: boolean }> {
  await Deno.mkdir("out/test", { recursive: true });
  const report = "out/test/vitest.json";
  const status = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "npm:vitest@5.1.1",
      "run",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    stdin: "null",
  }).spawn().status;
  try {
    const result = JSON.parse(await Deno.readTextFile(report));
    return {
      passed: result.numPassedTests,
      failed: result.numFailedTests + (result.numRuntimeErrorTestSuites ?? 0),
      ok: status.success,
    };
  } catch {
    return { passed: 0, failed: 1, ok: false };
  }
}

async function notebooks(): Promise<{ passed: number; failed: number; ok: boolean }> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["task", "notebooks"],
    stdin: "null",
    stdout: "piped",
  }).spawn().output();
  const text = new TextDecoder().decode(output.stdout);
  await Deno.stdout.write(output.stdout);
  const counts = text.match(/notebooks: (\d+) passed, (\d+) failed/);
  return counts
    ? { passed: Number(counts[1]), failed: Number(counts[2]), ok: output.success }
    : { passed: 0, failed: 1, ok: false };
}

if (import.meta.main) {
  const jupyter = await ensureJupyter();
  await ensureChromium();
  const unit = await vitest();
  const notebook = jupyter ? await notebooks() : { passed: 0, failed: 1, ok: false };
  const passed = unit.passed + notebook.passed;
  const failed = unit.failed + notebook.failed;
  console.log(
    `vitest: ${unit.passed} passed, ${unit.failed} failed; notebooks: ${notebook.passed} passed, ${notebook.failed} failed`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  if (!unit.ok || !notebook.ok || failed > 0) Deno.exit(1);
}
