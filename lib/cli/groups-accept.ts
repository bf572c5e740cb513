import { parseArgs } from "node:util";
import { DataFileError } from "../records/json-file.ts";
import { acceptGroupReview } from "../reference/accept-review.ts";

const USAGE = `usage: deno task groups:accept FILE [--data DIR]
  FILE     a review file written by groups:review and edited (accept / map / reject)
  --data   the data folder to update (default data): groups.json and lexicon/rejected-candidates.json`;

/** `deno task groups:accept FILE`: merges a reviewed candidate file into the gazetteer and the rejected names. */
if (import.meta.main) {
  const { values, positionals } = parseArgs({
    args: Deno.args,
    allowPositionals: true,
    options: { data: { type: "string", default: "data" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    Deno.exit(values.help ? 0 : 2);
  }
  try {
    const outcome = await acceptGroupReview(positionals[0], values.data);
    console.log(
      `accepted ${outcome.accepted.length} (${
        outcome.accepted.join(", ") || "none"
      }), mapped ${outcome.mapped.length}, ` +
        `rejected ${outcome.rejectedNames.length}, pending ${outcome.pending}; wrote ${values.data}/groups.json and ` +
        `${values.data}/lexicon/rejected-candidates.json`,
    );
  } catch (error) {
    if (error instanceof DataFileError) {
      console.error(`groups:accept: ${error.message}`);
      Deno.exit(2);
    }
    throw error;
  }
}
