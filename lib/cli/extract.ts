import { parseArgs } from "node:util";
import { InputError } from "../ingest/input-error.ts";
import { DataFileError } from "../records/json-file.ts";
import { DEFAULT_TIMEOUT_MS, extractCorpus, formatSummary, type Shard } from "../pipeline/extract-corpus.ts";
import { progressLine } from "./progress.ts";

/** The flags extract and report share for running at scale. */
export const RUN_FLAGS =
  `  --workers  worker threads (default: the machine's cores, ${navigator.hardwareConcurrency} here); same output for any N
  --shard    I/N: only every N-th document, from the I-th (1 <= I <= N), by input order; N jobs cover the input
  --timeout  seconds one document may take before it is rejected as "timeout" (default ${DEFAULT_TIMEOUT_MS / 1000})
  --no-parquet  write only the JSONL records (by default each file is also written as .parquet)`;

const USAGE = `usage: deno task extract <input> [--out DIR] [--id-column C] [--title-column C] [--text-column C]
                         [--date-column C] [--source-column C] [--url-column C] [--author-column C] [--max-bytes N]
                         [--covers-column C] [--workers N] [--shard I/N] [--timeout SECONDS] [--no-parquet]
  <input>  a directory of .txt/.md/.html articles, a .jsonl file (one article object a line) or a .csv file
  --out    where to write the records (default out/records)
${RUN_FLAGS}`;

/** How a command reads its arguments: its name, usage text, and defaults for the input and --out. */
export type CommandLine = { command: string; usage: string; defaultInput?: string; defaultOut: string };

const EXTRACT: CommandLine = { command: "extract", usage: USAGE, defaultOut: "out/records" };

/** Parses `deno task extract` (or `report`) arguments; exits 2 with the usage on a mistake. */
export function parseExtractArgs(args: string[], { command, usage, defaultInput, defaultOut }: CommandLine = EXTRACT) {
  const fail: (message: string) => never = (message) => {
    console.error(`${command}: ${message}`);
    Deno.exit(2);
  };
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string", default: defaultOut },
        "id-column": { type: "string" },
        "title-column": { type: "string" },
        "text-column": { type: "string" },
        "date-column": { type: "string" },
        "source-column": { type: "string" },
        "url-column": { type: "string" },
        "author-column": { type: "string" },
        "covers-column": { type: "string" },
        "max-bytes": { type: "string" },
        workers: { type: "string" },
        shard: { type: "string" },
        timeout: { type: "string" },
        "no-parquet": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    Deno.exit(0);
  }
  const inputs = positionals.length === 0 && defaultInput ? [defaultInput] : positionals;
  if (inputs.length !== 1) fail(`give exactly one input\n${usage}`);
  const maxBytes = values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]);
  if (maxBytes !== undefined && !(maxBytes > 0)) fail(`--max-bytes takes a positive number of bytes`);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    fail(`--workers takes a whole number >= 1`);
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) fail(`--timeout takes a positive number of seconds`);
  let shard: Shard | undefined;
  if (values.shard !== undefined) {
    const match = values.shard.match(/^(\d+)\/(\d+)$/);
    shard = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
    if (!shard || shard.index < 1 || shard.index > shard.count) fail(`--shard takes I/N with 1 <= I <= N, e.g. 2/4`);
  }
  return {
    input: inputs[0],
    out: values.out!,
    options: {
      maxDocumentBytes: maxBytes,
      workers,
      shard,
      timeoutMs: timeout === undefined ? undefined : timeout * 1000,
      parquet: !values["no-parquet"],
      csv: {
        id: values["id-column"],
        title: values["title-column"],
        text: values["text-column"],
        date: values["date-column"],
        source: values["source-column"],
        url: values["url-column"],
        author: values["author-column"],
        covers: values["covers-column"],
      },
    },
  };
}

if (import.meta.main) {
  const { input, out, options } = parseExtractArgs(Deno.args);
  try {
    const summary = await extractCorpus(input, out, { ...options, onProgress: await progressLine(input) });
    console.log(formatSummary(summary, out, { parquet: options.parquet }));
  } catch (error) {
    if (error instanceof InputError || error instanceof DataFileError) {
      console.error(`extract: ${error.message}`);
      Deno.exit(error instanceof InputError ? 2 : 1);
    }
    throw error;
  }
}
