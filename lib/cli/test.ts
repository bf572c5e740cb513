import { ensureChromium, ensureJupyter } from "./setup.ts";

/**
 * `deno task test`: installs what is missing (Jupyter, the Deno kernel, Chromium), type-checks lib/ and tests/ (one
 * test: vitest strips types without checking them), runs the vitest suite, then executes every notebook, and ends with
 * one line "N passed, N failed" summed over all three. Exits non-zero on any failure.
 */
async function typeCheck(): Promise<{ passed: number; failed: number; ok: boolean }> {
  const status = await new Deno.Command(Deno.execPath(), {
    args: ["check", "--quiet", "lib/", "tests/"],
    stdin: "null",
  }).spawn().status;
  console.log(`type check of lib/ and tests/: ${status.success ? "passed" : "FAILED (errors above)"}`);
  return { passed: status.success ? 1 : 0, failed: status.success ? 0 : 1, ok: status.success };
}

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
  const check = await typeCheck();
  const unit = await vitest();
  const notebook = jupyter ? await notebooks() : { passed: 0, failed: 1, ok: false };
  const passed = check.passed + unit.passed + notebook.passed;
  const failed = check.failed + unit.failed + notebook.failed;
  console.log(
    `type check: ${check.passed} passed, ${check.failed} failed; vitest: ${unit.passed} passed, ${unit.failed} ` +
      `failed; notebooks: ${notebook.passed} passed, ${notebook.failed} failed`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  if (!check.ok || !unit.ok || !notebook.ok || failed > 0) Deno.exit(1);
}
