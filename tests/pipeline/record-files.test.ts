import { describe, expect, it } from "vitest";
import { articleRecords, articleRecordsOfBatch, eachOf, Failed } from "../../lib/pipeline/record-files.ts";
import { ingest } from "../../lib/ingest/ingest.ts";
import type { Article } from "../../lib/records/mod.ts";
import { defaultReference, SEED_CORPUS } from "../../lib/reference/mod.ts";

describe("eachOf(items, run) and articleRecordsOfBatch(articles)", () => {
  it("eachOf(items, run) turns an item whose run throws into Failed, skips failed items and runs the others", () => {
    const results = eachOf([1, 2, new Failed("before"), 4], (n) => {
      if (n === 2) throw new Error("two");
      return n * 10;
    });
    expect(results[0]).toBe(10);
    expect(results[1]).toBeInstanceOf(Failed);
    expect(((results[1] as Failed).error as Error).message).toBe("two");
    expect((results[2] as Failed).error).toBe("before");
    expect(results[3]).toBe(40);
  });

  it("articleRecordsOfBatch(seed articles) gives what articleRecords gives each article alone, and a failed one stays failed", async () => {
    const reference = defaultReference();
    const articles: Article[] = [];
    for await (const item of ingest(SEED_CORPUS, { events: reference.events })) {
      if (item.kind === "article") articles.push(item.article);
    }
    const alone = articles.map((article) => articleRecords(article, reference));
    const batch = articleRecordsOfBatch(
      [...articles, new Failed("unreadable")],
      reference,
      [...articles, null].map(() => new Map()),
    );
    expect(batch.slice(0, -1)).toEqual(alone);
    expect(batch.at(-1)).toBeInstanceOf(Failed);
  });
});
