import { describe, expect, it } from "vitest";
import { type Admission, ArticleAdmission, where } from "../../lib/ingest/ingest.ts";
import { TextKeyIndex } from "../../lib/ingest/text-key-index.ts";
import { IdIndex } from "../../lib/ingest/id-index.ts";
import { sha256Key } from "../../lib/ingest/sha256.ts";
import { NarrowColumn, U32Column } from "../../lib/ingest/columns.ts";
import { EntryTable } from "../../lib/ingest/entry-table.ts";
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

describe("ArticleAdmission, narrow columns", () => {
  it("ArticleAdmission.admit names the first article's file and row when files, rows and lines outgrow a byte", () => {
    const admission = new ArticleAdmission();
    // 300 files (their index outgrows a byte), rows far from the article's number, a line, and no place at all.
    const sources = Array.from({ length: 300 }, (_, i) => ({ path: `dir/${i}.txt` }));
    for (const [i, source] of sources.entries()) admission.admit({ id: `f${i}`, source }, key(`file ${i}`));
    admission.admit({ id: "r", source: { path: "big.csv", row: 5_000_000_000 } }, key("row"));
    admission.admit({ id: "l", source: { path: "in.jsonl", line: -3 + 2 ** 31 } }, key("line"));
    const named = (text: string) => {
      const decision = admission.admit({ id: "again", source: { path: "x.jsonl", line: 1 } }, key(text));
      return decision.kind === "duplicate" ? decision.rejected.message : "";
    };
    expect(named("file 0")).toBe("x.jsonl:1: the same article text as f0 (dir/0.txt)");
    expect(named("file 299")).toBe("x.jsonl:1: the same article text as f299 (dir/299.txt)");
    expect(named("row")).toBe("x.jsonl:1: the same article text as r (big.csv row 5000000000)");
    expect(named("line")).toBe(`x.jsonl:1: the same article text as l (in.jsonl:${-3 + 2 ** 31})`);
    expect(admission.bytes).toBeGreaterThan(0);
  });
});

describe("NarrowColumn", () => {
  it("NarrowColumn keeps every number as pushed while it widens from one byte to eight", () => {
    const column = new NarrowColumn(2);
    const values = [0, -128, 127, 5, 128, -32768, 40_000, -(2 ** 31), 2 ** 31 - 1, 2 ** 31, 0.5, -1e15, 3];
    const widths = [1, 1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8, 8];
    values.forEach((value, i) => {
      column.push(value);
      expect(column.bytesPerValue).toBe(widths[i]);
    });
    for (let i = 0; i < 5_000; i++) column.push(i);
    expect(column.length).toBe(values.length + 5_000);
    values.forEach((value, i) => expect(column.at(i)).toBe(value));
    expect(column.at(values.length + 4_999)).toBe(4_999);
    expect(() => column.at(-1)).toThrow(RangeError);
  });

  it("U32Column grows in place past its first reservation and keeps what it held", () => {
    const column = new U32Column(4);
    const before = column.values;
    column.ensure(1_000_000);
    for (let i = 0; i < 1_000_000; i++) column.values[i] = i * 3;
    expect(before.length).toBeGreaterThanOrEqual(1_000_000);
    expect(column.values[999_999]).toBe(2_999_997);
  });
});

describe("EntryTable", () => {
  it("EntryTable finds every entry through its parts' growth, with every hash the same or spread", () => {
    for (const hashOf of [() => 0xabcdef12, (entry: number) => Math.imul(entry, 0x9e3779b1) >>> 0]) {
      const keys: number[] = [];
      const table = new EntryTable((entry) => hashOf(entry));
      for (let entry = 0; entry < 3_000; entry++) {
        keys.push(entry * 7);
        expect(table.find(hashOf(entry), (other) => keys[other] === entry * 7)).toBe(-1);
        table.add(hashOf(entry), entry);
      }
      for (let entry = 0; entry < 3_000; entry += 13) {
        expect(table.find(hashOf(entry), (other) => keys[other] === entry * 7)).toBe(entry);
      }
      expect(table.slots).toBeLessThan(3_000 / 0.5 + 256 * 8);
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
