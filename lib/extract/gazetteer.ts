import { Gazetteer } from "../records/group.ts";

/** Reads and validates the gazetteer (data/groups.json by default); errors name the file and the entry. */
export async function loadGazetteer(path: string | URL = new URL("../../data/groups.json", import.meta.url)): Promise<Gazetteer> {
  let json: unknown;
  try {
    json = JSON.parse(await Deno.readTextFile(path));
  } catch (error) {
    throw new Error(`${path}: cannot read the gazetteer (${(error as Error).message})`);
  }
  const parsed = Gazetteer.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
