/**
 * Installs what the notebooks and the browser test need and a fresh machine lacks: Jupyter (nbconvert, nbclient,
 * ipykernel) and Chromium from Debian's packages when run as root, and the Deno Jupyter kernel. Idempotent.
 */

const APT_PACKAGES = {
  jupyter: ["jupyter-nbconvert", "python3-nbclient", "jupyter-client", "python3-ipykernel"],
  chromium: ["chromium"],
};

async function run(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ ok: boolean; out: string; stdout: string }> {
  try {
    const output = await new Deno.Command(command, { args, env: { NO_COLOR: "1", ...env }, stdin: "null" }).output();
    const decoder = new TextDecoder();
    const stdout = decoder.decode(output.stdout);
    return { ok: output.success, out: stdout + decoder.decode(output.stderr), stdout };
  } catch (error) {
    return { ok: false, out: (error as Error).message, stdout: "" };
  }
}

/** The jupyter command of Debian's packages (the python3 first on PATH may be another one without Jupyter). */
export function jupyterCommand(): string {
  try {
    Deno.statSync("/usr/bin/jupyter");
    return "/usr/bin/jupyter";
  } catch {
    return "jupyter";
  }
}

async function hasJupyter(): Promise<boolean> {
  return (await run(jupyterCommand(), ["nbconvert", "--version"])).ok &&
    (await run("/usr/bin/python3", ["-c", "import nbclient, ipykernel"])).ok;
}

function hasChromium(): boolean {
  return exists("/usr/bin/chromium");
}

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

function isRoot(): boolean {
  return Deno.uid?.() === 0;
}

let aptUpdated = false;
async function aptInstall(packages: string[]): Promise<void> {
  if (!aptUpdated) {
    console.log("setup: apt-get update");
    await run("apt-get", ["update", "-qq"]);
    aptUpdated = true;
  }
  console.log(`setup: apt-get install ${packages.join(" ")}`);
  const result = await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
    DEBIAN_FRONTEND: "noninteractive",
  });
  if (!result.ok) throw new Error(`apt-get install ${packages.join(" ")} failed:\n${result.out.slice(-2000)}`);
}

/** Makes sure Jupyter with the Deno kernel is usable; returns false (with a message) where it cannot be. */
export async function ensureJupyter(): Promise<boolean> {
  if (!(await hasJupyter())) {
    if (!isRoot()) {
      console.error(
        `setup: Jupyter is missing. Install it with:\n  sudo apt-get install -y ${APT_PACKAGES.jupyter.join(" ")}\n` +
          `then run this task again.`,
      );
      return false;
    }
    await aptInstall(APT_PACKAGES.jupyter);
  }
  const kernels = await run(jupyterCommand(), ["kernelspec", "list", "--json"]);
  const installed = kernels.ok && JSON.parse(kernels.stdout).kernelspecs?.deno;
  const kernelDeno = installed
    ? JSON.parse(Deno.readTextFileSync(`${installed.resource_dir}/kernel.json`)).argv?.[0]
    : null;
  if (!installed || !kernelDeno || !exists(kernelDeno)) {
    console.log("setup: deno jupyter --install");
    const result = await run(Deno.execPath(), ["jupyter", "--install", "--force"], {
      PYDEVD_DISABLE_FILE_VALIDATION: "1",
    });
    if (!result.ok) {
      console.error(`setup: deno jupyter --install failed:\n${result.out}`);
      return false;
    }
  }
  return true;
}

/** Makes sure Debian's Chromium is there for the browser test; returns false (with a message) where it cannot be. */
export async function ensureChromium(): Promise<boolean> {
  if (hasChromium()) return true;
  if (!isRoot()) {
    console.error(
      "setup: Chromium is missing; the browser test will be skipped. Install it with:\n  sudo apt-get install -y chromium",
    );
    return false;
  }
  await aptInstall(APT_PACKAGES.chromium);
  return hasChromium();
}

if (import.meta.main) {
  const jupyter = await ensureJupyter();
  const chromium = await ensureChromium();
  console.log(`setup: jupyter ${jupyter ? "ready" : "missing"}, chromium ${chromium ? "ready" : "missing"}`);
  if (!jupyter) Deno.exit(1);
}
