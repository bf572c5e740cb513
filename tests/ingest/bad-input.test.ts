import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest, type IngestItem } from "../../lib/ingest/ingest.ts";
import { InputError } from "../../lib/ingest/input-error.ts";
import type { InputOptions } from "../../lib/ingest/inputs.ts";

let dir: string;
beforeAll(async () => {
  dir = await Deno.makeTempDir({ prefix: "ingest-bad-input-" });
});
afterAll(async () => {
  await Deno.remove(dir, { recursive: true });
});

async function collect(input: string, options: InputOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingest(input, { ...options, events: [] })) items.push(item);
  return items;
}

const ARTICLE =
  "Rebels said on Monday that 12 people were killed in Idlib.\n\nThe Syrian Observatory confirmed the toll.\n";

async function folder(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const path = `${dir}/${name}`;
  await Deno.mkdir(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    if (typeof content === "string") await Deno.writeTextFile(`${path}/${file}`, content);
    else await Deno.writeFile(`${path}/${file}`, content);
  }
  return path;
}

describe("ingest(input) on bad input", () => {
  it("ingest(dir) rejects an empty file and parses the others", async () => {
    const items = await collect(await folder("empty", { "a.txt": "", "b.txt": ARTICLE }));
    expect(items.map((item) => item.kind)).toEqual(["rejected", "article"]);
    expect(items[0]).toMatchObject({
      rejected: { reason: "empty", source: { path: expect.stringMatching(/a\.txt$/) } },
    });
    expect((items[0] as { rejected: { message: string } }).rejected.message).toMatch(/a\.txt: the file is empty/);
  });

  it("ingest(dir) rejects a binary file with NUL bytes", async () => {
    const items = await collect(
      await folder("binary", { "a.txt": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]) }),
    );
    expect(items[0]).toMatchObject({ kind: "rejected", rejected: { reason: "binary" } });
  });

  it("ingest(dir) decodes invalid UTF-8 with replacement and a warning", async () => {
    const bytes = new TextEncoder().encode(ARTICLE);
    const broken = new Uint8Array([...bytes.slice(0, 10), 0xff, 0xfe, ...bytes.slice(10)]);
    const items = await collect(await folder("invalid-utf8", { "a.txt": broken }));
    expect(items[0].kind).toBe("article");
    const article = (items[0] as { article: { warnings: string[]; text: string } }).article;
    expect(article.warnings).toContain("2 invalid UTF-8 byte sequences replaced with U+FFFD");
    expect(article.text).toContain("\uFFFD");
  });

  it("ingest(dir) rejects a file that is mostly not UTF-8", async () => {
    const latin = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0xe9 : 0xe8));
    const items = await collect(await folder("undecodable", { "a.txt": latin }));
    expect(items[0]).toMatchObject({ kind: "rejected", rejected: { reason: "undecodable" } });
  });

  it("ingest(dir) rejects a 50 MB file as too large without stopping the others", async () => {
    const path = await folder("huge", { "b.txt": ARTICLE });
    const line = "The fighting went on for days in the countryside. ".repeat(20) + "\n";
    const file = await Deno.open(`${path}/a.txt`, { write: true, create: true });
    const chunk = new TextEncoder().encode(line.repeat(1000));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await file.write(chunk);
    file.close();
    const items = await collect(path);
    expect(items.map((item) => item.kind)).toEqual(["rejected", "article"]);
    expect(items[0]).toMatchObject({ rejected: { reason: "too-large" } });
    expect((items[0] as { rejected: { message: string } }).rejected.message).toMatch(/over the 10485760-byte limit/);
  });

  it("ingest(csv) reports a row with an unbalanced quote and parses the rows after it", async () => {
    const path = `${dir}/unbalanced.csv`;
    await Deno.writeTextFile(
      path,
      `id,text\n1,"${ARTICLE}"\n2,"a quote that never closes\n3,Five people were killed in Homs.\n`,
    );
    const items = await collect(path);
    expect(items.map((item) => item.kind)).toEqual(["article", "rejected", "article"]);
    expect(items[1]).toMatchObject({ rejected: { reason: "malformed-csv", source: { row: 3 } } });
    expect((items[1] as { rejected: { message: string } }).rejected.message).toMatch(
      /never closes \(unbalanced quote\)/,
    );
  });

  it("ingest(csv) fails before any work when a named column is missing", async () => {
    const path = `${dir}/columns.csv`;
    await Deno.writeTextFile(path, `unit_id,body\n1,"${ARTICLE}"\n`);
    await expect(collect(path, { csv: { id: "unit_id", text: "article_content" } })).rejects.toThrow(InputError);
    await expect(collect(path, { csv: { id: "unit_id", text: "article_content" } })).rejects.toThrow(
      /columns\.csv: no column "article_content" \(given by --text-column\); the header has: unit_id, body/,
    );
  });

  it("ingest(csv) rejects a row with the wrong number of fields", async () => {
    const path = `${dir}/fields.csv`;
    await Deno.writeTextFile(path, `id,title,text\n1,A,"${ARTICLE}"\n2,B\n`);
    const items = await collect(path);
    expect(items[1]).toMatchObject({ kind: "rejected", rejected: { reason: "malformed-csv", id: "2" } });
  });

  it("ingest(jsonl) reports one bad line with its number and parses the others", async () => {
    const path = `${dir}/articles.jsonl`;
    const good = (id: string, text: string) => JSON.stringify({ id, title: `Title ${id}`, text });
    await Deno.writeTextFile(
      path,
      [good("a", ARTICLE), "{not json", good("c", "Two children were wounded in Daraa.")].join("\n"),
    );
    const items = await collect(path);
    expect(items.map((item) => item.kind)).toEqual(["article", "rejected", "article"]);
    expect(items[1]).toMatchObject({ rejected: { reason: "malformed-jsonl", source: { line: 2 } } });
    expect((items[1] as { rejected: { message: string } }).rejected.message).toMatch(
      /articles\.jsonl:2: not valid JSON/,
    );
  });

  it("ingest(jsonl) rejects a line without article text", async () => {
    const path = `${dir}/no-text.jsonl`;
    await Deno.writeTextFile(path, JSON.stringify({ id: "x", title: "only a title" }) + "\n");
    const items = await collect(path);
    expect(items[0]).toMatchObject({ kind: "rejected", rejected: { reason: "missing-field", id: "x" } });
  });

  it("ingest(dir) reports the same article twice once, as a duplicate", async () => {
    const items = await collect(
      await folder("duplicates", { "a.txt": ARTICLE, "b.txt": ARTICLE + "\n\n", "c.txt": "Other news." }),
    );
    expect(items.map((item) => item.kind)).toEqual(["article", "rejected", "article"]);
    expect(items[1]).toMatchObject({ rejected: { reason: "duplicate", id: "b" } });
    expect((items[1] as { rejected: { message: string } }).rejected.message).toMatch(/the same article text as a \(/);
  });

  it("ingest(path) throws InputError for a path that does not exist", async () => {
    await expect(collect(`${dir}/nowhere`)).rejects.toThrow(/nowhere: no such file or directory/);
  });

  it("ingest(dir) always reads = parsed + rejected", async () => {
    const path = await folder("mixed", {
      "a.txt": ARTICLE,
      "b.txt": "",
      "c.bin": new Uint8Array([1, 2, 3]),
      "d.txt": ARTICLE,
      "e.md": "# Report\n\nNine civilians were killed.",
    });
    const items = await collect(path);
    const parsed = items.filter((item) => item.kind === "article").length;
    const rejected = items.filter((item) => item.kind === "rejected").length;
    expect(items.length).toBe(5);
    expect(parsed + rejected).toBe(5);
    expect(parsed).toBe(2);
  });
});

describe("deno task extract on a missing path", () => {
  it("extract <missing> prints one line and exits with code 2", async () => {
    const output = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-read", "--allow-write", "--allow-env", "lib/cli/extract.ts", `${dir}/does-not-exist`],
      env: { NO_COLOR: "1" },
    }).output();
    const stderr = new TextDecoder().decode(output.stderr).trim();
    expect(output.code).toBe(2);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^extract: .*does-not-exist: no such file or directory$/);
  });
});
