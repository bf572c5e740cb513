import type { z } from "zod";
import { readJsonFile } from "../records/mod.ts";
import { DATA_DIR } from "./reference.ts";

/**
 * Reads and validates one gold file: `file` names it inside data/gold/ (a path or URL of its own is read as given).
 * Errors name the file and the failing entry.
 */
export function loadGold<T>(file: string | URL, schema: z.ZodType<T>, what: string): Promise<T> {
  const path = file instanceof URL || file.includes("/") ? file : new URL(`gold/${file}`, DATA_DIR);
  return readJsonFile(path, schema, what);
}
