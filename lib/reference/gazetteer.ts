import { z } from "zod";
import { DataFileError, Gazetteer, readJsonFile, readJsonFileSync, validateJson } from "../records/mod.ts";
import { compileNameMatcher } from "../extract/mentions/matcher.ts";

/**
 * Validates parsed JSON as a gazetteer: the zod schema, unique ids, lineage links that point at known groups, and no
 * name claimed by two groups. `path` only labels the errors.
 */
export function parseGazetteer(json: unknown, path: string | URL = "gazetteer"): Gazetteer {
  const gazetteer = validateJson(json, path, Gazetteer, "gazetteer");
  const ids = new Set<string>();
  for (const group of gazetteer.groups) {
    if (ids.has(group.id)) throw new DataFileError(`${path}: group id "${group.id}" appears twice; ids must be unique`);
    ids.add(group.id);
  }
  for (const group of gazetteer.groups) {
    for (const link of group.lineage) {
      if (!ids.has(link.group)) {
        throw new DataFileError(
          `${path}: group "${group.id}" has a ${link.type} link to unknown group "${link.group}"`,
        );
      }
    }
  }
  try {
    compileNameMatcher(gazetteer);
  } catch (error) {
    throw new DataFileError(`${path}: ${(error as Error).message}`);
  }
  return gazetteer;
}

const GROUPS_FILE = new URL("../../data/groups.json", import.meta.url);

/** Reads and validates the gazetteer (data/groups.json unless `path` says otherwise). */
export async function loadGazetteer(path: string | URL = GROUPS_FILE): Promise<Gazetteer> {
  return parseGazetteer(await readJsonFile(path, z.unknown(), "gazetteer"), path);
}

/** Synchronous `loadGazetteer` for callers that cannot await (the briefing's chart catalog). */
export function loadGazetteerSync(path: string | URL = GROUPS_FILE): Gazetteer {
  return parseGazetteer(readJsonFileSync(path, z.unknown(), "gazetteer"), path);
}
