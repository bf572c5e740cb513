import { describe, expect, it } from "vitest";
import {
  articleRecords,
  articleRecordsOfBatch,
  eachOf,
  Failed,
  namesTwoGroups,
} from "../../lib/pipeline/record-files.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { extractRelations } from "../../lib/extract/relations/mod.ts";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
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

  it("namesTwoGroups(mentions) is false for none or one group, however often named, and true for two", () => {
    const mention = (groupId: string) => ({ groupId }) as Parameters<typeof namesTwoGroups>[0][number];
    expect(namesTwoGroups([])).toBe(false);
    expect(namesTwoGroups([mention("isis"), mention("isis")])).toBe(false);
    expect(namesTwoGroups([mention("isis"), mention("isis"), mention("hts")])).toBe(true);
  });

  it("extractRelations(article) finds a relation only where namesTwoGroups(mentions) is true (the pipeline skips the rest)", () => {
    const reference = defaultReference();
    const read = (text: string) => {
      const article = articleFromText("one-group", text, "2016-04-04");
      const mentions = extractMentions(article, reference.gazetteer, reference.lexicon);
      return { two: namesTwoGroups(mentions), relations: extractRelations(article, mentions) };
    };
    // one group named again and again, with every word a relation reads: a reference, a group noun, a list
    const one = read(
      "Hezbollah fighters clashed with the group near Qusayr. Hezbollah and its allies, including Hezbollah, " +
        "fought the militants. The group said Hezbollah had joined forces with Hezbollah's units.",
    );
    expect(one).toEqual({ two: false, relations: [] });
    const two = read("Hezbollah fighters clashed with Islamic State militants near Qusayr on Monday.");
    expect(two.two).toBe(true);
    expect(two.relations.map((r) => r.type)).toContain("clash");
  });
});
