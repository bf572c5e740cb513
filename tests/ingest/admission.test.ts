import { describe, expect, it } from "vitest";
import { type Admission, ArticleAdmission, where } from "../../lib/ingest/ingest.ts";
import { TextKeyIndex } from "../../lib/ingest/text-key-index.ts";
import { IdIndex } from "../../lib/ingest/id-index.ts";
import { sha256Key } from "../../lib/ingest/sha256.ts";
import type { Article } from "../../lib/records/article.ts";

type Input = Pick<Article, "id" | "source">;

/** The admission as it was before the compact index (a Map of key strings, a Set of ids): the behaviour to keep. */
class MapAdmission {
  #firstOfText = new Map<string, string>();
  #ids = new Set<string>();

  admit(article: Input, textKey: string): Admission {
    const source = article.source;
    const first = this.#firstOfText.get(textKey);
    if (first !== undefined) {
      return {
        kind: "duplicate",
        rejected: {
          source,
          id: article.id,
          reason: "duplicate",
          message: `${where(source)}: the same article text as ${first}`,
        },
      };
    }
    this.#firstOfText.set(textKey, `${article.id} (${where(source)})`);
    let id = article.id;
    let renamed: string | undefined;
    if (this.#ids.has(id)) {
      const suffix = source.row ?? source.line ?? 2;
      renamed = `id "${id}" was already used by an earlier article; this one is "${id}~${suffix}"`;
      id = `${id}~${suffix}`;
    }
    this.#ids.add(id);
    return { kind: "new", id, renamed };
  }
}

const key = (text: string) => sha256Key(new TextEncoder().encode(text));

/** A seeded generator, so a failing sequence can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

describe("ArticleAdmission", () => {
  it("ArticleAdmission.admit rejects the same text twice with the first article's id and place", () => {
    const admission = new ArticleAdmission();
    expect(admission.admit({ id: "a", source: { path: "in.csv", row: 3 } }, key("one"))).toEqual({
      kind: "new",
      id: "a",
      renamed: undefined,
    });
    expect(admission.admit({ id: "b", source: { path: "in.csv", row: 9 } }, key("one"))).toEqual({
      kind: "duplicate",
      rejected: {
        source: { path: "in.csv", row: 9 },
        id: "b",
        reason: "duplicate",
        message: "in.csv row 9: the same article text as a (in.csv row 3)",
      },
    });
  });

  it("ArticleAdmission.admit renames an id used twice, and a later duplicate names the first under its own id", () => {
    const admission = new ArticleAdmission();
    admission.admit({ id: "x", source: { path: "in.jsonl", line: 1 } }, key("one"));
    expect(admission.admit({ id: "x", source: { path: "in.jsonl", line: 2 } }, key("two"))).toEqual({
      kind: "new",
      id: "x~2",
      renamed: 'id "x" was already used by an earlier article; this one is "x~2"',
    });
    const duplicate = admission.admit({ id: "y", source: { path: "in.jsonl", line: 7 } }, key("two"));
    expect(duplicate.kind === "duplicate" && duplicate.rejected.message).toBe(
      "in.jsonl:7: the same article text as x (in.jsonl:2)",
    );
    // An id with "~" of its own, renamed: only the suffix added goes.
    admission.admit({ id: "a~b", source: { path: "dir/a~b.txt" } }, key("three"));
    admission.admit({ id: "a~b", source: { path: "dir/a~b.md" } }, key("four"));
    const again = admission.admit({ id: "z", source: { path: "dir/z.txt" } }, key("four"));
    expect(again.kind === "duplicate" && again.rejected.message).toBe(
      "dir/z.txt: the same article text as a~b (dir/a~b.md)",
    );
  });

  it("ArticleAdmission.admit decides as a Map and a Set of strings did, over 30,000 articles with reused ids and texts", () => {
    const next = random(14);
    const compact = new ArticleAdmission();
    const reference = new MapAdmission();
    const paths = ["corpus.jsonl", "rows.csv", "dir/a.txt", "dir/é.md"];
    for (let i = 0; i < 30_000; i++) {
      const path = paths[Math.floor(next() * paths.length)];
      const place = 1 + Math.floor(next() * 50_000);
      const source = path.endsWith(".csv")
        ? { path, row: place }
        : path.endsWith(".jsonl")
        ? { path, line: place }
        : { path };
      // Ids drawn from a small pool (many reused, some already renamed forms, one with a lone surrogate) and texts
      // from a larger one (many duplicates).
      const pick = Math.floor(next() * 5_000);
      const id = pick % 97 === 0 ? `id-${pick % 7}~2` : pick % 89 === 0 ? `\ud800-${pick % 3}` : `id-${pick}`;
      const textKey = key(`text ${Math.floor(next() * 20_000)}`);
      const article = { id, source };
      expect(compact.admit(article, textKey)).toEqual(reference.admit(article, textKey));
    }
  });
});

describe("TextKeyIndex", () => {
  it("TextKeyIndex finds every key added and no other, through growth and keys that share a slot", () => {
    const index = new TextKeyIndex(4);
    // Keys that differ only in their first two bytes or only in their last two: colliding slots are common.
    const made = new Set<string>();
    for (let i = 0; i < 3_000; i++) {
      const a = String.fromCharCode(i & 0xff, (i >> 8) & 0xff);
      made.add(a + "\0".repeat(14));
      made.add("\0".repeat(14) + a);
    }
    let n = 0;
    for (const k of made) {
      expect(index.find(k)).toBe(-1);
      expect(index.add(k)).toBe(n++);
    }
    expect(index.size).toBe(made.size);
    [...made].forEach((k, i) => expect(index.find(k)).toBe(i));
    expect(index.find("\x01".repeat(16))).toBe(-1);
    expect(() => index.find("short")).toThrow(/16 latin1 characters/);
  });
});

describe("IdIndex", () => {
  it("IdIndex.has tells ids apart by their bytes when every hash collides", () => {
    const index = new IdIndex({ capacity: 2, hash: () => 7 });
    const ids = ["a", "b", "ab", "", "é", "e\u0301", "\ud800", "\udc00", "日本", "a".repeat(500)];
    for (const id of ids) {
      expect(index.has(id)).toBe(false);
      index.push(id);
      expect(index.has(id)).toBe(true);
    }
    ids.forEach((id, i) => expect(index.at(i)).toBe(id));
    expect(index.has("c")).toBe(false);
    expect(index.has("\ud801")).toBe(false);
    expect(index.has("\ufffd")).toBe(false);
  });

  it("IdIndex.push keeps an id pushed twice under both numbers, and grows past its capacity", () => {
    const index = new IdIndex({ capacity: 4 });
    for (let i = 0; i < 10_000; i++) index.push(`synthetic-${i % 6_000}`);
    expect(index.size).toBe(10_000);
    expect(index.at(0)).toBe("synthetic-0");
    expect(index.at(6_000)).toBe("synthetic-0");
    expect(index.at(9_999)).toBe("synthetic-3999");
    for (let i = 0; i < 6_000; i += 7) expect(index.has(`synthetic-${i}`)).toBe(true);
    expect(index.has("synthetic-6000")).toBe(false);
  });
});
