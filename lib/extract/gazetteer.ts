import { Gazetteer } from "../records/mod.ts";
import { compileNameMatcher } from "./name-matcher.ts";

/**
 * Validates parsed JSON as a gazetteer: the zod schema, unique ids, lineage links that point at known groups, and no
 * name claimed by two groups. `path` only labels the errors.
 */
export function parseGazetteer(json: unknown, path = "gazetteer"): Gazetteer {
  const parsed = Gazetteer.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  at ${issue.path.join(".") || "(root)"}: ${issue.message}`);
    throw new Error(`${path}: not a valid gazetteer; fix these entries:\n${problems.join("\n")}`);
  }
  const gazetteer = parsed.data;
  const ids = new Set<string>();
  for (const group of gazetteer.groups) {
    if (ids.has(group.id)) throw new Error(`${path}: group id "${group.id}" appears twice; ids must be unique`);
    ids.add(group.id);
  }
  for (const group of gazetteer.groups) {
    for (const link of group.lineage) {
      if (!ids.has(link.group)) {
        throw new Error(`${path}: group "${group.id}" has a ${link.type} link to unknown group "${link.group}"`);
      }
    }
  }
  try {
    compileNameMatcher(gazetteer);
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  return gazetteer;
}

/** Reads and validates the gazetteer at `path` (relative to the working directory). */
export async function loadGazetteer(path = "data/groups.json"): Promise<Gazetteer> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    throw new Error(`${path}: cannot read the gazetteer (${(error as Error).message}); pass the path to groups.json`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseGazetteer(json, path);
}

/** Synchronous twin of `loadGazetteer` for callers that cannot await (the briefing's chart catalog). */
export function loadGazetteerSync(path: string | URL = new URL("../../data/groups.json", import.meta.url)): Gazetteer {
  let text: string;
  try {
    text = Deno.readTextFileSync(path);
  } catch (error) {
    throw new Error(`${path}: cannot read the gazetteer (${(error as Error).message}); pass the path to groups.json`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  return parseGazetteer(json, String(path));
}
