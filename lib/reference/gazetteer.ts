import { DataFileError, Gazetteer, validateJson } from "../records/mod.ts";
import { compileNameMatcher, type MatcherLexicon } from "../extract/mentions/trie.ts";
import { defaultReference } from "./reference.ts";

/**
 * Validates parsed JSON as a gazetteer: the zod schema, unique ids, lineage links and `partOf` that point at known
 * groups, and no name claimed by two groups under `lexicon`'s folding. `path` only labels the errors.
 */
export function parseGazetteer(
  json: unknown,
  path: string | URL = "gazetteer",
  lexicon: MatcherLexicon = defaultReference().lexicon,
): Gazetteer {
  const gazetteer = validateJson(json, path, Gazetteer, "gazetteer");
  const ids = new Set<string>();
  for (const group of gazetteer.groups) {
    if (ids.has(group.id)) throw new DataFileError(`${path}: group id "${group.id}" appears twice; ids must be unique`);
    ids.add(group.id);
  }
  for (const group of gazetteer.groups) {
    if (group.partOf !== undefined && !ids.has(group.partOf)) {
      throw new DataFileError(`${path}: group "${group.id}" is part of unknown group "${group.partOf}"`);
    }
    for (const link of group.lineage) {
      if (!ids.has(link.group)) {
        throw new DataFileError(
          `${path}: group "${group.id}" has a ${link.type} link to unknown group "${link.group}"`,
        );
      }
    }
  }
  try {
    compileNameMatcher(gazetteer, lexicon);
  } catch (error) {
    throw new DataFileError(`${path}: ${(error as Error).message}`);
  }
  return gazetteer;
}
