import process from "node:process";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/**
 * The peer of `deno task bench`: wink-nlp's full English pipeline (tokens, sentences, entities) over the texts of a
 * JSON file (an array of strings), in a process of its own with V8's default flags, so that the flags the extractor's
 * tasks set (a capped old space and a small young generation) do not slow the peer down. Prints one JSON line: the articles,
 * the seconds and CPU seconds from loading the model to the last entity (reading the file is not counted, as the
 * bench does not count its own reading of the texts).
 */
export type WinkRun = { articles: number; seconds: number; cpuSeconds: number };

const cpu = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/** wink-nlp over `texts`, timed from the model's loading. */
export function winkRun(texts: readonly string[]): WinkRun {
  const [started, cpuStarted] = [performance.now(), cpu()];
  const nlp = winkNLP(model);
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    doc.tokens().out();
    doc.sentences().out();
    doc.entities().out();
  }
  return { articles: texts.length, seconds: (performance.now() - started) / 1000, cpuSeconds: cpu() - cpuStarted };
}

/** Runs this file as a process of its own (V8's default flags) on the texts in `textsFile`; returns its timing. */
export async function runWinkProcess(textsFile: string): Promise<WinkRun> {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--allow-read", "--allow-env", import.meta.filename ?? new URL(import.meta.url).pathname, textsFile],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  if (!output.success) throw new Error(`wink-nlp's process failed (${output.code}): ${decode(output.stderr)}`);
  return JSON.parse(decode(output.stdout).trim().split("\n").at(-1)!) as WinkRun;
}

if (import.meta.main) {
  const [file] = Deno.args;
  if (!file) {
    console.error(
      "usage: deno run --allow-read --allow-env lib/cli/bench-wink.ts TEXTS.json (a JSON array of strings)",
    );
    Deno.exit(2);
  }
  const texts = JSON.parse(await Deno.readTextFile(file));
  if (!Array.isArray(texts) || texts.some((text) => typeof text !== "string")) {
    console.error(`${file}: not a JSON array of strings`);
    Deno.exit(2);
  }
  console.log(JSON.stringify(winkRun(texts)));
}
