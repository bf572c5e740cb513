import { describe, expect, it } from "vitest";
import { loadGazetteer, parseGazetteer } from "../../lib/reference/mod.ts";
import { gazetteer } from "./fixture.ts";

const group = (id: string, aliases: string[], extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  kind: "group",
  aliases,
  acronyms: [],
  founded: null,
  dissolved: null,
  lineage: [],
  descriptors: [],
  sources: ["test"],
  ...extra,
});

describe("loadGazetteer(path)", () => {
  it("loadGazetteer(path) reads data/groups.json: at least 60 actors, each with sources", () => {
    expect(gazetteer.groups.length).toBeGreaterThanOrEqual(60);
    expect(gazetteer.groups.every((g) => g.sources.length > 0)).toBe(true);
  });

  it("loadGazetteer(path) dates the Nusra → JFS → HTS renames", () => {
    const byId = new Map(gazetteer.groups.map((g) => [g.id, g]));
    expect(byId.get("jabhat-al-nusra")?.lineage).toContainEqual(
      expect.objectContaining({ type: "renamed-to", group: "jabhat-fateh-al-sham", date: "2016-07-28" }),
    );
    expect(byId.get("jabhat-fateh-al-sham")?.lineage).toContainEqual(
      expect.objectContaining({ type: "merged-into", group: "hayat-tahrir-al-sham", date: "2017-01-28" }),
    );
    expect(byId.get("hurras-al-din")?.founded).toBe("2018-02");
    expect(byId.get("jaish-al-fatah")?.founded).toBe("2015-03-24");
  });

  it("loadGazetteer(path) names the file when it is not JSON", async () => {
    const path = await Deno.makeTempFile({ suffix: ".json" });
    await Deno.writeTextFile(path, "{ not json");
    await expect(loadGazetteer(path)).rejects.toThrow(path);
  });

  it("parseGazetteer(json, path) names the entry that breaks the schema", () => {
    expect(() => parseGazetteer({ description: "x", groups: [{ id: "Bad Id" }] }, "groups.json")).toThrow(
      /groups\.json: not a valid gazetteer[\s\S]*groups\.0\.id/,
    );
  });

  it("parseGazetteer(json, path) refuses a name two groups claim and a lineage link to nobody", () => {
    expect(() =>
      parseGazetteer({ description: "x", groups: [group("a", ["Jaish al-Fatah"]), group("b", ["Jaysh al Fateh"])] })
    )
      .toThrow(/"b" reads the same as "Jaish al-Fatah" of "a"/);
    const orphan = group("a", ["A"], { lineage: [{ type: "renamed-to", group: "nobody", date: "2016" }] });
    expect(() => parseGazetteer({ description: "x", groups: [orphan] })).toThrow(/unknown group "nobody"/);
    const part = group("a", ["A"], { partOf: "nowhere" });
    expect(() => parseGazetteer({ description: "x", groups: [part] })).toThrow(
      /"a" is part of unknown group "nowhere"/,
    );
  });
});
