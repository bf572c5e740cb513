/**
 * `deno task extract` run as its own process, exactly as the task in deno.json writes it (its environment, V8 flags
 * and permissions), with its resident memory and CPU time read from /proc while it runs. What `deno task bench`
 * measures the gigabyte's memory with: a run inside the bench's own process would count the bench's code too (wink-nlp
 * and its model, the charts, every stage's timing harness: about 36 MB of RSS before the first document, 2026-12-05).
 */
export type ExtractProcessRun = {
  seconds: number;
  /** CPU seconds of the whole process (every thread), as /proc last showed them; NaN where /proc is not there. */
  cpuSeconds: number;
  /** Resident memory every `every` milliseconds (default 200), bytes; empty where /proc is not there. */
  rssSamples: number[];
  peakRssBytes: number;
  /** The documents the run read, from its summary line ("read N: ..."). */
  read: number;
};

/** The environment and the arguments after `deno` of a deno.json task written `VAR=value ... deno <args>`. */
export function taskCommand(task: string): { env: Record<string, string>; args: string[] } {
  const words = task.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let at = 0;
  for (; at < words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[at]); at++) {
    const [name, ...value] = words[at].split("=");
    env[name] = value.join("=");
  }
  if (words[at] !== "deno") throw new Error(`task "${task}" does not run deno`);
  return { env, args: words.slice(at + 1) };
}

/**
 * Resident memory (VmRSS, bytes) and CPU seconds (user and system: fields 14 and 15 of /proc/<pid>/stat, in ticks of
 * 1/100 s) of process `pid`, or null where /proc cannot tell. Read through `cat`: Deno lets a script read /proc only
 * with every permission, while the bench runs with `--allow-run`.
 */
async function procSample(pid: number): Promise<{ rss: number; cpuSeconds: number } | null> {
  try {
    const output = await new Deno.Command("cat", {
      args: [`/proc/${pid}/status`, `/proc/${pid}/stat`],
      stdout: "piped",
      stderr: "null",
    }).output();
    if (!output.success) return null;
    const text = new TextDecoder().decode(output.stdout);
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(text)?.[1];
    // (The stat line is the last; the command name in brackets may hold spaces: fields are counted after it.)
    const stat = text.slice(text.lastIndexOf(")") + 2).split(" ");
    if (kb === undefined || stat.length < 13) return null;
    return { rss: Number(kb) * 1024, cpuSeconds: (Number(stat[11]) + Number(stat[12])) / 100 };
  } catch {
    return null;
  }
}

/**
 * Runs deno.json's `extract` task on `input` into `out` with `extraArgs`, sampling its memory every `every` ms;
 * `trace` is called with each sample (seconds since the start, bytes). Throws with the task's stderr when it fails.
 */
export async function runExtractProcess(
  input: string,
  out: string,
  extraArgs: string[] = [],
  options: { every?: number; trace?: (seconds: number, rss: number) => void; config?: string } = {},
): Promise<ExtractProcessRun> {
  const { every = 200, trace, config = "deno.json" } = options;
  const tasks = JSON.parse(await Deno.readTextFile(config)).tasks as Record<string, string>;
  const { env, args } = taskCommand(tasks.extract);
  const started = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: [...args, input, "--out", out, ...extraArgs],
    env,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const rssSamples: number[] = [];
  let peak = 0;
  let cpuSeconds = Number.NaN;
  let running = true;
  const sampling = (async () => {
    while (running) {
      const sample = await procSample(child.pid);
      if (sample !== null && running) {
        rssSamples.push(sample.rss);
        peak = Math.max(peak, sample.rss);
        cpuSeconds = sample.cpuSeconds;
        trace?.((performance.now() - started) / 1000, sample.rss);
      }
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  })();
  const output = await child.output();
  running = false;
  await sampling;
  const seconds = (performance.now() - started) / 1000;
  const stdout = new TextDecoder().decode(output.stdout);
  if (!output.success) {
    throw new Error(
      `deno task extract failed (${output.code}): ${new TextDecoder().decode(output.stderr).slice(-2000)}`,
    );
  }
  const read = Number(/^read (\d+)/m.exec(stdout)?.[1] ?? Number.NaN);
  return { seconds, cpuSeconds, rssSamples, peakRssBytes: peak, read };
}
