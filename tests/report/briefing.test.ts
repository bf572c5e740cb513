import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { writeBriefing } from "../../lib/report/briefing.ts";
import { fixtureFiguresChart, fixtureMentionsChart, fixtureRecords, scriptPayload } from "./fixtures.ts";

async function briefingInto(dir: string) {
  const records = fixtureRecords();
  return await writeBriefing(records, [fixtureMentionsChart(records), fixtureFiguresChart(records)], dir);
}

async function tempBriefing() {
  const dir = await Deno.makeTempDir({ prefix: "briefing-" });
  return { dir, written: await briefingInto(dir) };
}

describe("writeBriefing", () => {
  it("writeBriefing(records, charts, outDir) writes index.html, an SVG and PNG per chart, and CSV/JSON exports", async () => {
    const { written } = await tempBriefing();
    expect(written.files).toEqual([
      "charts/fixture-figures.png",
      "charts/fixture-figures.svg",
      "charts/fixture-mentions.png",
      "charts/fixture-mentions.svg",
      "exports/articles.csv",
      "exports/articles.json",
      "exports/citations.csv",
      "exports/citations.json",
      "exports/events.csv",
      "exports/events.json",
      "exports/figures.csv",
      "exports/figures.json",
      "exports/groups.csv",
      "exports/groups.json",
      "exports/mentions.csv",
      "exports/mentions.json",
      "exports/relations.csv",
      "exports/relations.json",
      "index.html",
    ]);
  });

  it("writeBriefing(records, charts, outDir) twice gives byte-identical files (no timestamps, stable ids)", async () => {
    const first = await tempBriefing();
    const second = await tempBriefing();
    for (const file of first.written.files) {
      const a = await Deno.readFile(`${first.dir}/${file}`);
      const b = await Deno.readFile(`${second.dir}/${file}`);
      expect(a, file).toEqual(b);
    }
  });

  it("writeBriefing(records, charts, outDir) page shows hostile titles, text and quotes as text and loads nothing", async () => {
    const { dir } = await tempBriefing();
    const html = await Deno.readTextFile(`${dir}/index.html`);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|<object|<embed|@import|url\(\s*["']?(https?:)?\/\//i);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none';`,
    );
    const { document } = parseHTML(html);
    const elements = Array.from(document.querySelectorAll("*")) as Element[];
    expect(elements.filter((element) => ["script", "img"].includes(element.localName.toLowerCase()))).toEqual([]);
    const attributes = elements.flatMap((element) => Array.from(element.attributes, (a) => [a.name, a.value]));
    expect(attributes.filter(([name]) => /^on|^src$/i.test(name))).toEqual([]);
    expect(attributes.filter(([, value]) => /^\s*javascript:/i.test(value))).toEqual([]);
    const text = document.body.textContent ?? "";
    expect(text).toContain(`Hostile ${scriptPayload} "><img src=x onerror=alert(1)>`); // title, table and tick
    expect(text).toContain(`More than 40 "><img src=x onerror=alert(1)> were displaced.`); // quote
  });

  it("writeBriefing(records, charts, outDir) standalone SVGs show the hostile title as text", async () => {
    const { dir } = await tempBriefing();
    const svg = await Deno.readTextFile(`${dir}/charts/fixture-mentions.svg`);
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain("Hostile &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("writeBriefing(records, charts, outDir) exports guard formula cells and keep JSON rows equal to CSV rows", async () => {
    const { dir } = await tempBriefing();
    const csv = await Deno.readTextFile(`${dir}/exports/articles.csv`);
    expect(csv.split("\r\n")[0]).toBe(
      "id,title,outlet,author,url,publishedDate,publishedPrecision,publishedMethod,publishedAlternatives,length,sentences," +
        "sourcePath",
    );
    expect(csv).toContain(",'=cmd|' /C calc'!A0,");
    const json = JSON.parse(await Deno.readTextFile(`${dir}/exports/articles.json`));
    expect(json).toHaveLength(3);
    expect(json[2].author).toBe("=cmd|' /C calc'!A0");
    expect(json[0]).toMatchObject({ id: "a1", publishedDate: "2013-03-02", publishedPrecision: "day" });
  });

  it("writeBriefing(records, charts, outDir) deletes files of charts that are gone and nothing it did not write", async () => {
    const { dir } = await tempBriefing();
    await Deno.writeTextFile(`${dir}/charts/old-chart.svg`, "<svg/>");
    await Deno.writeTextFile(`${dir}/charts/notes.txt`, "mine");
    await Deno.writeTextFile(`${dir}/screenshot.png`, "review");
    await briefingInto(dir);
    const charts = [];
    for await (const entry of Deno.readDir(`${dir}/charts`)) charts.push(entry.name);
    expect(charts).not.toContain("old-chart.svg");
    expect(charts).toContain("notes.txt");
    expect(await Deno.readTextFile(`${dir}/screenshot.png`)).toBe("review");
  });

  it("writeBriefing(records, charts, outDir) rejects chart ids that are not file-name slugs or repeat", async () => {
    const records = fixtureRecords();
    const chart = fixtureFiguresChart(records);
    const dir = await Deno.makeTempDir();
    await expect(writeBriefing(records, [{ ...chart, id: "../x" }], dir)).rejects.toThrow(/not a slug/);
    await expect(writeBriefing(records, [chart, chart], dir)).rejects.toThrow(/two charts have the id/);
  });
});

describe("exportTables", () => {
  it("exportTables(records) gives each mention its group's kind, review state and ACLED name, and lists the groups", async () => {
    const { exportTables } = await import("../../lib/report/exports.ts");
    const { articleFromText } = await import("../../lib/ingest/mod.ts");
    const article = articleFromText("a", "JWS factions and Turkish forces shelled Liwa Suyuf al-Fajr positions.");
    const base = { articleId: "a", sentenceIndex: 0, lineageId: "" };
    const mentions = [
      {
        ...base,
        groupId: "syrian-national-army",
        lineageId: "syrian-national-army",
        surface: "JWS",
        start: 0,
        end: 3,
        method: "acronym" as const,
      },
      {
        ...base,
        groupId: "turkey",
        lineageId: "turkey",
        surface: "Turkish forces",
        start: 17,
        end: 31,
        method: "exact" as const,
      },
      {
        ...base,
        groupId: "new:liwa-suyuf-al-fajr",
        lineageId: "new:liwa-suyuf-al-fajr",
        surface: "Liwa Suyuf al-Fajr",
        start: 40,
        end: 58,
        method: "discovered" as const,
      },
    ];
    const tables = exportTables({ articles: [article], rejected: [], mentions, figures: [], relations: [] });
    const rows = tables.find((table) => table.name === "mentions")!.rows;
    expect(rows.map((row) => [row.groupId, row.groupKind, row.armedGroup, row.reviewed])).toEqual([
      ["syrian-national-army", "coalition", true, true],
      ["turkey", "foreign-state", false, true],
      ["new:liwa-suyuf-al-fajr", "discovered", true, false],
    ]);
    expect(rows[0].acled).toBe("JWS: Syrian National Army");
    expect(rows[2].groupName).toBe("Liwa Suyuf al-Fajr (unreviewed)");
    expect(tables.find((table) => table.name === "groups")!.rows).toHaveLength(3);
  });
});
