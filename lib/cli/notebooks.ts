import { ensureJupyter, jupyterCommand } from "./setup.ts";
import { extractCorpus } from "../pipeline/extract-corpus.ts";
import { SEED_CORPUS } from "../reference/mod.ts";

/** A notebook's outcome: which cells, if any, produced an error output. */
export type NotebookResult = { notebook: string; ok: boolean; problems: string[] };

type Cell = {
  cell_type: string;
  source: string | string[];
  outputs?: { output_type: string; ename?: string; evalue?: string }[];
};

/** The error outputs of an executed notebook, each naming its cell. */
export function notebookErrors(notebook: { cells: Cell[] }): string[] {
  const problems: string[] = [];
  notebook.cells.forEach((cell, index) => {
    for (const output of cell.outputs ?? []) {
      if (output.output_type !== "error") continue;
      const source = (Array.isArray(cell.source) ? cell.source.join("") : cell.source).split("\n")[0];
      problems.push(`cell ${index + 1} (${source.slice(0, 60)}): ${output.ename}: ${output.evalue}`);
    }
    const code = Array.isArray(cell.source) ? cell.source.join("") : cell.source;
    if (cell.cell_type === "code" && /\bshow\(/.test(code) && (cell.outputs ?? []).length === 0) {
      problems.push(`cell ${index + 1} (${code.split("\n")[0].slice(0, 60)}): shows nothing (its output was lost)`);
    }
  });
  return problems;
}

async function jupyter(args: string[]): Promise<{ ok: boolean; log: string }> {
  const output = await new Deno.Command(jupyterCommand(), {
    args,
    env: { NO_COLOR: "1", PYDEVD_DISABLE_FILE_VALIDATION: "1" },
    stdin: "null",
  }).output();
  const decoder = new TextDecoder();
  return { ok: output.success, log: decoder.decode(output.stdout) + decoder.decode(output.stderr) };
}

/** Executes one notebook into `outDir` and exports it to HTML; returns its problems (none when it ran clean). */
async function executeNotebook(dir: string, name: string, outDir: string): Promise<string[]> {
  // A notebook left by an earlier run must never pass for this one.
  await Deno.remove(`${outDir}/${name}`).catch(() => {});
  const run = await jupyter([
    "nbconvert",
    "--to",
    "notebook",
    "--execute",
    "--ExecutePreprocessor.kernel_name=deno",
    "--ExecutePreprocessor.timeout=900",
    "--output-dir",
    outDir,
    `${dir}/${name}`,
  ]);
  const problems: string[] = [];
  let executed: { cells: Cell[] } | null = null;
  try {
    executed = JSON.parse(await Deno.readTextFile(`${outDir}/${name}`));
  } catch {
    problems.push(`not executed: ${run.log.trim().split("\n").slice(-6).join(" | ")}`);
  }
  if (executed) problems.push(...notebookErrors(executed));
  if (!run.ok && problems.length === 0) {
    problems.push(`nbconvert failed: ${run.log.trim().split("\n").slice(-6).join(" | ")}`);
  }
  if (executed) {
    const html = await jupyter(["nbconvert", "--to", "html", "--output-dir", outDir, `${outDir}/${name}`]);
    if (!html.ok) problems.push(`HTML export failed: ${html.log.trim().split("\n").slice(-3).join(" | ")}`);
  }
  return problems;
}

/**
 * Executes every notebook headlessly with the real Jupyter Deno kernel into out/notebooks/, exports each to HTML,
 * and reports any error output by notebook and cell.
 */
export async function runNotebooks(dir = "notebooks", outDir = "out/notebooks"): Promise<NotebookResult[]> {
  const names = [...Deno.readDirSync(dir)].map((entry) => entry.name).filter((name) => name.endsWith(".ipynb")).sort();
  await Deno.mkdir(outDir, { recursive: true });
  const results: NotebookResult[] = [];
  for (const name of names) {
    const started = performance.now();
    let problems = await executeNotebook(dir, name, outDir);
    const lostOnly = problems.length > 0 && problems.every((problem) => problem.endsWith("(its output was lost)"));
    if (lostOnly) {
      // The kernel can publish a display after reporting idle; nbclient then drops it. Run once more, and say so.
      console.log(`     ${name}: ${problems.join("; ")}; executing once more`);
      problems = await executeNotebook(dir, name, outDir);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`${problems.length === 0 ? "ok  " : "FAIL"} ${dir}/${name} (${seconds} s)`);
    for (const problem of problems) console.log(`     ${name}: ${problem}`);
    results.push({ notebook: name, ok: problems.length === 0, problems });
  }
  return results;
}

if (import.meta.main) {
  if (!(await ensureJupyter())) Deno.exit(1);
  // The notebooks read the seed corpus's records: make them fresh so a run never shows stale data.
  await extractCorpus(SEED_CORPUS, "out/records");
  const results = await runNotebooks();
  const failed = results.filter((result) => !result.ok).length;
  console.log(`notebooks: ${results.length - failed} passed, ${failed} failed`);
  if (failed > 0) Deno.exit(1);
}
