import { describe, expect, it } from "vitest";
import { datesBefore } from "../../lib/extract/dates/relation-time.ts";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";

const TEXT = [
  "On 3 March 2016 rebels took the town.",
  "Two years earlier the army had held it.",
  "Nothing is dated here.",
  "In June 2017 the rebels withdrew.",
  "A month later the army returned.",
].join(" ");

describe("datesBefore(article)", () => {
  it("datesBefore(article) gives each sentence the last date stated before it, read lazily up to the index asked", () => {
    const article = articleFromText("anchors", TEXT, "2018-01-10");
    const all = [...datesBefore(article)];
    expect(all).toHaveLength(article.sentences.length);
    expect(all[0]).toBeNull();
    expect(all[1]).toBe("2016-03-03");
    expect(all.at(-1)).toBe("2017-06");
    // asked index by index, out of order, and past the end: the same anchors as read all at once
    const lazy = datesBefore(article);
    expect(lazy[3]).toBe(all[3]);
    expect(lazy[1]).toBe(all[1]);
    expect(lazy[4]).toBe(all[4]);
    expect(lazy[article.sentences.length]).toBeUndefined();
    expect(lazy.length).toBe(all.length);
    expect([...lazy]).toEqual(all);
  });
});
