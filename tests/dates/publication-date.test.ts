import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest.ts";
import { readFrontMatter } from "../../lib/ingest/front-matter.ts";
import { decideReading } from "../../lib/ingest/date-order.ts";
import { headerDates } from "../../lib/ingest/header-date.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import type { Article } from "../../lib/records/article.ts";
import { outletConvention } from "../../lib/records/outlet.ts";

let dir: string;
beforeAll(async () => {
  dir = await Deno.makeTempDir({ prefix: "publication-date-" });
});
afterAll(async () => {
  await Deno.remove(dir, { recursive: true });
});

async function one(name: string, text: string): Promise<Article> {
  const folder = await Deno.makeTempDir({ dir });
  await Deno.writeTextFile(`${folder}/${name}`, text);
  for await (const item of ingest(folder)) if (item.kind === "article") return item.article;
  throw new Error("no article");
}

const cues = defaultReference().lexicon.dateCues;

describe("headerDates(raw, removed, cues)", () => {
  it("headerDates(raw) ranks 'Published' over an 'Updated' printed above it", () => {
    const raw = "Title here\nUpdated: March 9, 2017 10:30 AM ET\nPublished: March 8, 2017 6:00 PM ET\n" +
      "The U.S. military has deployed a Marine artillery unit to northern Syria, officials said on Wednesday.";
    expect(headerDates(raw, [], cues).map((date) => [date.date, date.cue])).toEqual([
      ["2017-03-08", "published"],
      ["2017-03-09", "updated"],
    ]);
  });

  it("headerDates(raw) reads no further than a header's first lines", () => {
    const raw = Array.from({ length: 14 }, (_, i) => `- item ${i}`).join("\n") + "\n- 5 March 2014: battle begins\n";
    expect(headerDates(raw, [], cues)).toEqual([]);
  });

  it("headerDates(raw) counts no date of a body sentence", () => {
    const raw = "Title here\n\nRebels took the town on 5 March 2015, activists said on Tuesday in a statement.";
    expect(headerDates(raw, [], cues)).toEqual([]);
  });

  it("headerDates(raw) takes a reporting period's end, below any issue date", () => {
    const raw =
      "Bulletin\nReporting period: 1–15 March 2017\nIssued: 17 March 2017\nAttacks continued in Idlib this month.";
    expect(headerDates(raw, [], cues).map((date) => date.date)).toEqual(["2017-03-17", "2017-03-15"]);
  });

  it("headerDates(raw) reads a dateline before the first sentence, not a sentence opening 'On 5 March 2017'", () => {
    expect(
      headerDates("BEIRUT — April 4, 2017 — A suspected chemical attack killed dozens of people.", [], cues)[0]
        ?.date,
    ).toBe("2017-04-04");
    expect(headerDates("On 5 March 2017, rebels attacked the town and took several hills nearby.", [], cues)).toEqual(
      [],
    );
  });
});

describe("decideReading(readings, evidence)", () => {
  const none = { order: null, weekday: null, text: "", inferred: null };
  it("decideReading(readings) follows the outlet's convention", () => {
    expect(decideReading(["2017-04-03", "2017-03-04"], { ...none, order: { order: "MDY", why: "stated" } })?.date)
      .toBe("2017-03-04");
  });
  it("decideReading(readings) follows a weekday the text ties to its own day", () => {
    const text = "A new group was formed yesterday (Wednesday) in Idlib.";
    expect(decideReading(["2016-11-10", "2016-10-11"], { ...none, text })?.date).toBe("2016-11-10");
  });
  it("decideReading(readings) decides nothing without evidence", () => {
    expect(decideReading(["2017-04-03", "2017-03-04"], none)).toBeNull();
  });
});

describe("outletConvention(outlets, name)", () => {
  it("outletConvention(outlets, name) finds an outlet by any of its names, ignoring 'The' and a bracketed note", () => {
    const outlets = defaultReference().outlets;
    expect(outletConvention(outlets, "France 24 (AFP copy)")?.dateOrder).toBe("DMY");
    expect(outletConvention(outlets, "manar")?.dateOrder).toBe("DMY");
    expect(outletConvention(outlets, "Some Blog")).toBeNull();
  });
});

describe("readFrontMatter(raw)", () => {
  it("readFrontMatter(raw) reads top-level YAML scalars and skips lists", () => {
    const raw = '---\ntitle: "A page"\ndescription: one line\n  and its continuation\ntags:\n  - a\n  - b\n' +
      "pubDate: 2023-09-18 11:09\n---\nBody.";
    const fields = readFrontMatter(raw)!.fields;
    expect(fields.get("title")?.value).toBe("A page");
    expect(fields.get("description")?.value).toBe("one line and its continuation");
    expect(fields.get("pubdate")?.value).toBe("2023-09-18 11:09");
    expect(fields.has("tags")).toBe(false);
  });
  it("readFrontMatter(raw) reads TOML between +++ lines", () => {
    expect(readFrontMatter('+++\ntitle = "T"\ndate = 2018-02-20T10:00:00+02:00\n+++\nBody.')!.fields.get("date")?.value)
      .toBe("2018-02-20T10:00:00+02:00");
  });
});

describe("ingest(dir) on front matter and narrative pages", () => {
  it("ingest(dir) takes title and stated date from front matter and keeps it out of the text", async () => {
    const article = await one(
      "page.md",
      "---\nsubject: Battle of X\npubDate: 2023-09-18 11:09\ndate: 5 March – 25 May 2014\n---\nThe battle began on 5 March 2014.\n",
    );
    expect(article.title).toBe("Battle of X");
    expect(article.origins.title).toBe("metadata");
    expect(article.published).toMatchObject({ date: "2023-09-18", method: "metadata" });
    expect(article.text).toBe("The battle began on 5 March 2014.");
    expect(article.removed[0].kind).toBe("front-matter");
  });

  it("ingest(dir) takes the header's date stamps out of the text and reads the title below a date line", async () => {
    const article = await one(
      "post.txt",
      "THURSDAY, DECEMBER 22, 2016\nThe fall of Aleppo: a timeline\nUpdated: December 23, 2016\n" +
        "The last buses left eastern Aleppo today, ending a battle that began in July 2012.\n",
    );
    expect(article.title).toBe("The fall of Aleppo: a timeline");
    expect(article.published).toMatchObject({ date: "2016-12-22", method: "text" });
    expect(article.text).toBe("The last buses left eastern Aleppo today, ending a battle that began in July 2012.");
  });

  it("ingest(dir) infers no publication date from a narrative's 'a year later'", async () => {
    const article = await one(
      "entry.txt",
      "The committee seized power in Damascus on 8 March 1963.\nA year later, in April 1964, an uprising in Hama was crushed.\n",
    );
    expect(article.published.method).toBe("none");
  });

  it("ingest(dir) skips a folder's README, LICENSE and CHANGELOG as documentation", async () => {
    const folder = await Deno.makeTempDir({ dir });
    await Deno.writeTextFile(`${folder}/README.md`, "# A corpus\n\nWhat this folder holds.\n");
    await Deno.writeTextFile(`${folder}/LICENSE`, "CC BY-SA 4.0\n");
    await Deno.writeTextFile(`${folder}/a.txt`, "Five people were killed in Idlib on Monday, activists said.\n");
    const kinds: string[] = [];
    for await (const item of ingest(folder)) kinds.push(item.kind);
    expect(kinds).toEqual(["skipped", "skipped", "article"]);
  });
});
