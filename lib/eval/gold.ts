import type { z } from "zod";
import { readJsonFile } from "../records/mod.ts";
import { DATA_DIR } from "../reference/mod.ts";

/** FA-KES as the evaluations read it: from ../shared beside the checkout, skipped with a note where it is absent. */
export const FAKES_CSV = "../shared/corpora/fakes/fakes.csv";

/** The CSV columns of FA-KES, exactly as `deno task extract` is told them in the README. */
export const FAKES_COLUMNS = { id: "unit_id", title: "article_title", text: "article_content", source: "source" };

/**
 * Reads and validates one gold file: `file` names it inside data/gold/ (a path or URL of its own is read as given).
 * Errors name the file and the failing entry.
 */
export function loadGold<T>(file: string | URL, schema: z.ZodType<T>, what: string): Promise<T> {
  const path = file instanceof URL || file.includes("/") ? file : new URL(`gold/${file}`, DATA_DIR);
  return readJsonFile(path, schema, what);
}
