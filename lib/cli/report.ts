import { InputError } from "../ingest/input-error.ts";
import { DataFileError } from "../records/json-file.ts";
import { formatSummary, reportCorpus } from "../pipeline/mod.ts";
import { SEED_CORPUS } from "../reference/mod.ts";
import { parseExtractArgs, RUN_FLAGS } from "./extract.ts";
import { progressLine } from "./progress.ts";

const USAGE =
  `usage: deno task report [<input>] [--out DIR] [CSV flags as for extract] [--workers N] [--shard I/N] [--timeout S]
  <input>  as for extract; default data/corpus
  --out    default out: records go to DIR/records, the briefing to DIR/briefing
${RUN_FLAGS}`;

/** `deno task report`: extract the corpus, then write every chart, the briefing page and the exports. */
async function main(args: string[]): Promise<void> {
  const { input, out, options } = parseExtractArgs(args, {
    command: "report",
    usage: USAGE,
    defaultInput: SEED_CORPUS,
    defaultOut: "out",
  });
  const summary = await reportCorpus(input, out, { ...options, onProgress: await progressLine(input) });
  console.log(formatSummary(summary.extract, summary.recordsDir, { parquet: options.parquet }));
  console.log(`briefing: ${summary.charts} charts (SVG and PNG), index.html and exports in ${summary.briefingDir}/`);
}

if (import.meta.main) {
  try {
    await main(Deno.args);
  } catch (error) {
    if (error instanceof InputError || error instanceof DataFileError) {
      console.error(`report: ${error.message}`);
      Deno.exit(error instanceof InputError ? 2 : 1);
    }
    throw error;
  }
}
