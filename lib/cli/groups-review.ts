import { InputError } from "../ingest/input-error.ts";
import { DataFileError } from "../records/json-file.ts";
import { writeGroupReview } from "../pipeline/review-groups.ts";
import { parseExtractArgs } from "./extract.ts";

const USAGE = `usage: deno task groups:review [<input>] [--out FILE] [CSV flags as for extract]
  <input>  a corpus as extract takes it (default data/corpus)
  --out    the review file to write (default out/groups-review.json)`;

/** `deno task groups:review`: the corpus's unknown-group candidates, written to a JSON file an analyst edits. */
if (import.meta.main) {
  const { input, out, options } = parseExtractArgs(Deno.args, {
    command: "groups:review",
    usage: USAGE,
    defaultInput: "data/corpus",
    defaultOut: "out/groups-review.json",
  });
  try {
    const review = await writeGroupReview(input, out, options);
    const discovered = review.candidates.filter((candidate) => candidate.discovered).length;
    console.log(
      `${review.candidates.length} candidates (${discovered} already discovered as new:<slug>) written to ${out}; ` +
        `edit each decision, then run deno task groups:accept ${out}`,
    );
  } catch (error) {
    if (error instanceof InputError || error instanceof DataFileError) {
      console.error(`groups:review: ${error.message}`);
      Deno.exit(2);
    }
    throw error;
  }
}
