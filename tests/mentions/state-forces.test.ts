import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const reference = defaultReference();
const groupsIn = (text: string, date = "2025-05-01") =>
  extractMentions(articleFromText("x", text, date), reference.gazetteer, reference.lexicon).map((m) =>
    `${m.surface}→${m.groupId}`
  );

describe("ACLED state-force names and Syrian state bodies", () => {
  it("extractMentions(article) reads 'Military/Police Forces of Syria (<years>)' as the force of those years", () => {
    expect(groupsIn(
      "Military Forces of Syria (2024-) shelled Jableh. Police Forces of Syria (2000-2024) arrested two men. " +
        "Military Forces of Syria (2000-2024) withdrew. Police Forces of Syria (2024-) set up a checkpoint.",
    )).toEqual([
      "Military Forces of Syria (2024-)→syrian-army-transitional",
      "Police Forces of Syria (2000-2024)→syrian-government",
      "Military Forces of Syria (2000-2024)→syrian-government",
      "Police Forces of Syria (2024-)→general-security-service",
    ]);
  });

  it("reads ACLED's government names, 'Government of Syria (<years>)', as the state force of those years", () => {
    expect(groupsIn(
      "Government of Syria (2024-) forces clashed with gunmen. Government of Syria (2000-2024) troops withdrew. " +
        "Government of Israel (2022-) struck a depot.",
    )).toEqual([
      "Government of Syria (2024-)→syrian-army-transitional",
      "Government of Syria (2000-2024)→syrian-government",
      "Government of Israel (2022-)→israel",
    ]);
  });

  it("reads 'Military Forces of Syria' without years by the text's date (the new army only once founded for certain)", () => {
    const text = "Military Forces of Syria shelled the town.";
    expect(groupsIn(text, "2019-05-01")).toEqual(["Military Forces of Syria→syrian-government"]);
    expect(groupsIn(text, "2024-12-08")).toEqual(["Military Forces of Syria→syrian-government"]);
    expect(groupsIn(text, "2025-03-07")).toEqual(["Military Forces of Syria→syrian-army-transitional"]);
  });

  it("reads a neighbour's 'Military Forces of <Country> (<years>)' as the country's forces when no acled name states it", () => {
    expect(groupsIn(
      "Military Forces of Jordan (1999-) shot two smugglers. Military Forces of the United States (2021-) raided a " +
        "house. Military Forces of Iraq (2022-) shelled the border.",
    )).toEqual([
      "Military Forces of Jordan (1999-)→jordan",
      "Military Forces of the United States (2021-)→united-states",
      "Military Forces of Iraq (2022-)→iraq",
    ]);
  });

  it("reads the security branches' common names (Military Security, Political Security, General Security after the fall)", () => {
    expect(groupsIn("Military Security and Political Security arrested a man in Homs.", "2019-05-01")).toEqual([
      "Military Security→military-intelligence-directorate",
      "Political Security→political-security-directorate",
    ]);
    expect(groupsIn("General Security forces raided a village.")).toEqual([
      "General Security→general-security-service",
    ]);
    expect(groupsIn("General Security forces raided a village.", "2019-05-01")).toEqual([]);
  });

  it("never reads another state's generic-named body ('Lebanese General Security') as the Syrian one", () => {
    expect(
      groupsIn("Lebanese General Security deported two men. Israeli Military Intelligence said.")
        .filter((found) => !found.endsWith("→israel")),
    ).toEqual([]);
  });
});
