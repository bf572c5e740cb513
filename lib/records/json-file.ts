import type { z } from "zod";

/** A reviewed data file (gazetteer, alliances, dated events, gold) that cannot be read or does not validate. */
export class DataFileError extends Error {
  override name = "DataFileError";
}

/** Validates parsed JSON against `schema`; the error names the file, each failing entry and what it should be. */
export function validateJson<T>(json: unknown, path: string | URL, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 10).map((issue) =>
    `  at ${issue.path.join(".") || "(root)"}: ${issue.message}`
  );
  throw new DataFileError(`${path}: not a valid ${what}; fix these entries:\n${problems.join("\n")}`);
}

/** Parses JSON text read from `path` and validates it against `schema`. */
export function parseJsonText<T>(text: string, path: string | URL, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataFileError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return validateJson(json, path, schema, what);
}

/** Reads and validates a JSON data file; errors name the file and what is wrong with it. */
export async function readJsonFile<T>(path: string | URL, schema: z.ZodType<T>, what: string): Promise<T> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    throw new DataFileError(`${path}: cannot read the ${what} (${(error as Error).message})`);
  }
  return parseJsonText(text, path, schema, what);
}
