import { beforeAll, describe, expect, it } from "vitest";
import type { Article } from "../../lib/records/article.ts";
import { ingest } from "../../lib/ingest/ingest.ts";

/**
 * Lines of each seed that are not the article's prose (a trailing "…" matches a line's start); every other
 * non-empty line must survive in `text`.
 */
const NOT_PROSE: Record<string, string[]> = {
  "000_f33eaec825201392": ["New Syrian jihadist alliance vows to step up attacks against army"],
  "001_cce89b5bd0d49e6e": [
    "North Syria rebels join forces against al-Qaeda offshoot",
    "3 min read",
    "26 January, 2017",
    'JFS is listed internationally as a "terrorist" group [AFP]',
    "Agencies contributed to this report.",
  ],
  "002_e2c65df2d8a08142": [
    ".",
    "Militants mobilise in Syria as peacemaking unravels",
    "Militants in Syria including al Qaeda are mobilising again for all-out war against President Bashar al-Assad",
    "Published: Updated:",
  ],
  "003_5d8a2d34b2c5a701": ["2 Comments"],
  "004_ad36ab31ed5c20f9": [
    "Equipo Nizkor",
    "Bookshop | Donate",
    "Derechos | Equipo Nizkor",
    "Jihadist-led coalition continues to make gains in Idlib",
    "[Source: By Caleb Weiss, Threat Matrix, The Long War Journal, 09Jun15]",
    "Bookshop Donate Radio Nizkor",
    "Syria War",
    "small logoThis document has been published on 12Jun15…",
  ],
};

const fold = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

let articles: Map<string, Article>;
beforeAll(async () => {
  articles = new Map();
  for await (const item of ingest("data/corpus")) {
    if (item.kind === "article") articles.set(item.article.id, item.article);
  }
});

describe("ingest(data/corpus) on the seed corpus", () => {
  it("ingest(dir) parses all five seeds", () => {
    expect([...articles.keys()]).toEqual(Object.keys(NOT_PROSE));
  });

  it("ingest(dir) keeps every body sentence of every seed in text", async () => {
    for (const [id, notProse] of Object.entries(NOT_PROSE)) {
      const raw = await Deno.readTextFile(`data/corpus/${id}.txt`);
      const article = articles.get(id)!;
      const comments = new Set(article.comments.map((comment) => comment.text));
      for (const line of raw.split("\n").map(fold).filter(Boolean)) {
        const isRemoved = (removed: string) =>
          removed.endsWith("…") ? line.startsWith(fold(removed.slice(0, -1))) : line === fold(removed);
        if (notProse.some(isRemoved)) {
          expect(article.text.split("\n\n"), `${id}: "${line}" should be removed`).not.toContain(line);
        } else if (!comments.has(line)) {
          expect(article.text, `${id}: body line lost`).toContain(line);
        }
      }
    }
  });

  it("ingest(dir) reads the right titles", () => {
    expect(articles.get("000_f33eaec825201392")!.title).toBe(
      "New Syrian jihadist alliance vows to step up attacks against army",
    );
    expect(articles.get("001_cce89b5bd0d49e6e")!.title).toBe(
      "North Syria rebels join forces against al-Qaeda offshoot",
    );
    expect(articles.get("002_e2c65df2d8a08142")!.title).toBe("Militants mobilise in Syria as peacemaking unravels");
    expect(articles.get("003_5d8a2d34b2c5a701")!.title).toBeNull();
    expect(articles.get("003_5d8a2d34b2c5a701")!.warnings).toContain(
      "no title: the text opens with prose and none is stated",
    );
    expect(articles.get("004_ad36ab31ed5c20f9")!.title).toBe("Jihadist-led coalition continues to make gains in Idlib");
  });

  it("ingest(dir) reads author and outlet from the [Source: ...] line", () => {
    const article = articles.get("004_ad36ab31ed5c20f9")!;
    expect(article.author).toBe("Caleb Weiss");
    expect(article.outlet).toBe("The Long War Journal");
    expect(article.origins).toMatchObject({ author: "text", outlet: "text", title: "text" });
    expect(article.removed.map((span) => span.kind)).toEqual(
      expect.arrayContaining(["source-line", "repost-notice", "boilerplate"]),
    );
  });

  it("ingest(dir) keeps reader comments apart from the text", () => {
    const article = articles.get("003_5d8a2d34b2c5a701")!;
    expect(article.comments).toHaveLength(3);
    expect(article.comments[0].text).toMatch(/^The CIA hs finally realized/);
    expect(article.text).not.toContain("The CIA hs finally");
    expect(article.text).not.toContain("2 Comments");
    expect(article.text.trimEnd().endsWith("“a hospital in Hirak out of service.”")).toBe(true);
  });

  it("ingest(dir) dates every seed with honest precision and says how", () => {
    const dates = Object.fromEntries([...articles].map(([id, article]) => [id, article.published]));
    expect(dates["000_f33eaec825201392"]).toMatchObject({ date: "2017-02", precision: "month", method: "inferred" });
    expect(dates["000_f33eaec825201392"].evidence?.quote).toBe("Hayat Tahrir al-Sham, which was formed last month");
    expect(dates["001_cce89b5bd0d49e6e"]).toMatchObject({ date: "2017-01-26", precision: "day", method: "text" });
    expect(dates["002_e2c65df2d8a08142"]).toMatchObject({ date: "2016-05", precision: "month", method: "inferred" });
    expect(dates["003_5d8a2d34b2c5a701"]).toMatchObject({ date: "2018-06", precision: "month", method: "inferred" });
    expect(dates["004_ad36ab31ed5c20f9"]).toMatchObject({ date: "2015-06-09", precision: "day", method: "text" });
    for (const published of Object.values(dates)) expect(published.explanation.length).toBeGreaterThan(10);
  });

  it("ingest(dir) gives sentence offsets into text", () => {
    for (const article of articles.values()) {
      for (const sentence of article.sentences) {
        expect(sentence.end).toBeGreaterThan(sentence.start);
        expect(article.text.slice(sentence.start, sentence.end).trim()).toBe(
          article.text.slice(sentence.start, sentence.end),
        );
      }
    }
    const seed003 = articles.get("003_5d8a2d34b2c5a701")!;
    const texts = seed003.sentences.map((sentence) => seed003.text.slice(sentence.start, sentence.end));
    expect(texts).toContain("In Feb. 2017, HTS and other groups pushed into the regime’s strongholds in Daraa city.");
  });

  it("ingest(dir) records the sha256 of each file's bytes", async () => {
    const bytes = await Deno.readFile("data/corpus/000_f33eaec825201392.txt");
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    const hex = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
    expect(articles.get("000_f33eaec825201392")!.sha256).toBe(hex);
  });
});
