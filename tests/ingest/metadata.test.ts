import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/ingest.ts";
import type { Article } from "../../lib/records/article.ts";

let dir: string;
beforeAll(async () => {
  dir = await Deno.makeTempDir({ prefix: "ingest-metadata-" });
});
afterAll(async () => {
  await Deno.remove(dir, { recursive: true });
});

async function articles(input: string): Promise<Article[]> {
  const found: Article[] = [];
  for await (const item of ingest(input, { events: [] })) if (item.kind === "article") found.push(item.article);
  return found;
}

describe("metadata.json beside articles", () => {
  it("ingest(dir) lets stated values win and marks them as stated", async () => {
    await Deno.writeTextFile(
      `${dir}/a.txt`,
      "A headline here\n\n26 January, 2017\n\nFive people were killed in Idlib.",
    );
    await Deno.writeTextFile(
      `${dir}/metadata.json`,
      JSON.stringify({
        "a.txt": {
          title: "Stated title",
          outlet: "The New Arab",
          published: "2017-01-25",
          url: "https://example.org/a",
        },
      }),
    );
    const [article] = await articles(dir);
    expect(article.title).toBe("Stated title");
    expect(article.outlet).toBe("The New Arab");
    expect(article.url).toBe("https://example.org/a");
    expect(article.origins).toMatchObject({ title: "metadata", outlet: "metadata", url: "metadata", author: "none" });
    expect(article.published).toMatchObject({ date: "2017-01-25", precision: "day", method: "metadata" });
  });

  it("ingest(dir) rejects a metadata.json with a malformed date, naming the entry", async () => {
    const bad = `${dir}/bad`;
    await Deno.mkdir(bad);
    await Deno.writeTextFile(`${bad}/a.txt`, "Text.");
    await Deno.writeTextFile(`${bad}/metadata.json`, JSON.stringify({ "a.txt": { published: "January 2017" } }));
    await expect(articles(bad)).rejects.toThrow(
      /metadata\.json: entry "a\.txt": published: use YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });

  it("ingest(csv) takes title, outlet and date columns as stated by the input", async () => {
    const path = `${dir}/rows.csv`;
    await Deno.writeTextFile(
      path,
      `unit_id,article_title,article_content,source,date\n7,Strike kills 15,"Wed 05 Apr 2017 Strike kills 15. At least 15 civilians were killed in Idlib.",reuters,4/5/17\n`,
    );
    const found: Article[] = [];
    for await (
      const item of ingest(path, {
        events: [],
        csv: { id: "unit_id", title: "article_title", text: "article_content", source: "source", date: "date" },
      })
    ) {
      if (item.kind === "article") found.push(item.article);
    }
    expect(found[0]).toMatchObject({
      id: "7",
      title: "Strike kills 15",
      outlet: "reuters",
      origins: { title: "input", outlet: "input" },
    });
    expect(found[0].published).toMatchObject({ date: "2017-04-05", method: "metadata" });
    expect(found[0].text).toBe("At least 15 civilians were killed in Idlib.");
    expect(found[0].source).toMatchObject({ row: 2, line: 2 });
  });
});
