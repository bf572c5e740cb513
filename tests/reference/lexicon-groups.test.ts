import { describe, expect, it } from "vitest";
import { loadReference } from "../../lib/reference/mod.ts";

/** A copy of this checkout's data/ with the relation lexicon changed by `edit`. */
async function dataWith(edit: (lexicon: Record<string, unknown>) => void): Promise<string> {
  const dir = await Deno.makeTempDir();
  const source = new URL("../../data/", import.meta.url);
  const copy = async (from: URL, to: string) => {
    for await (const entry of Deno.readDir(from)) {
      if (entry.isDirectory) {
        await Deno.mkdir(`${to}/${entry.name}`);
        await copy(new URL(`${entry.name}/`, from), `${to}/${entry.name}`);
      } else if (entry.isFile) await Deno.copyFile(new URL(entry.name, from), `${to}/${entry.name}`);
    }
  };
  await copy(source, dir);
  const path = `${dir}/lexicon/relations.json`;
  const lexicon = JSON.parse(await Deno.readTextFile(path));
  edit(lexicon);
  await Deno.writeTextFile(path, JSON.stringify(lexicon));
  return dir;
}

describe("loadReference(dir) on the relation lexicon's groups", () => {
  it("loadReference(dir) rejects a capital named for a group the gazetteer lacks, naming the file and the group", async () => {
    const dir = await dataWith((lexicon) => {
      (lexicon.capitalStates as { names: { name: string; group: string }[] }).names.push({
        name: "Atlantis",
        group: "no-such-state",
      });
    });
    await expect(loadReference(dir)).rejects.toThrow(
      /lexicon\/relations\.json: capitalStates names "Atlantis" for unknown group "no-such-state"/,
    );
    await Deno.remove(dir, { recursive: true });
  });

  it("loadReference() accepts the shipped lexicon: every state owner and capital names a gazetteer group", async () => {
    const reference = await loadReference();
    const ids = new Set(reference.gazetteer.groups.map((g) => g.id));
    for (const { group } of reference.lexicon.relations.capitalStates.names) expect(ids.has(group)).toBe(true);
  });
});
