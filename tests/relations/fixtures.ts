import { describe, expect, it } from "vitest";
import { extractRelations } from "../../lib/extract/relations/extract-relations.ts";
import { type Article, type DatePrecision, type Mention, Relation } from "../../lib/records/mod.ts";
import { splitSentences } from "../../lib/ingest/sentences.ts";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/mod.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

/** A hand-made Article for tests: `text` split into sentences, published on `date` ("YYYY", "YYYY-MM", "YYYY-MM-DD"). */
export function articleFrom(id: string, text: string, date: string | null = null): Article {
  const precision: DatePrecision | null = date === null
    ? null
    : date.length === 4
    ? "year"
    : date.length === 7
    ? "month"
    : "day";
  return {
    id,
    source: { path: `tests/${id}.txt` },
    sha256: "0".repeat(64),
    title: null,
    outlet: null,
    author: null,
    url: null,
    origins: { title: "none", outlet: "none", author: "none", url: "none" },
    published: { date, precision, method: date ? "metadata" : "none", evidence: null, explanation: "test fixture" },
    text,
    sentences: splitSentences(text),
    removed: [],
    comments: [],
    warnings: [],
  };
}

/** Mentions of every occurrence of each surface (case-sensitive), standing in for the gazetteer's matcher. */
export function mentionsFor(article: Article, names: [surface: string, groupId: string][]): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, groupId] of names) {
    for (let at = article.text.indexOf(surface); at >= 0; at = article.text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      const sentenceIndex = article.sentences.findIndex((s) => s.start <= at && end <= s.end);
      mentions.push({
        articleId: article.id,
        groupId,
        surface,
        start: at,
        end,
        sentenceIndex: Math.max(sentenceIndex, 0),
        method: "exact",
        lineageId: groupId,
      });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Relations as "type subject object" lines, for compact assertions. */
export function triples(relations: { type: string; subject: string; object: string }[]): string[] {
  return relations.map((r) => `${r.type} ${r.subject} ${r.object}`);
}

/**
 * Relations of one sentence or two, as sorted triples, with mentions of `names` found longest first as the gazetteer
 * matcher does (so "US-led coalition" is not also read as "US").
 */
export function relationTriples(names: [surface: string, groupId: string][], text: string, id = "a"): string[] {
  const article = articleFrom(id, text, "2016-05-01");
  const longestFirst = [...names].sort((a, b) => b[0].length - a[0].length);
  const mentions = mentionsFor(article, longestFirst).filter((m, i, all) =>
    !all.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)
  );
  return triples(extractRelations(article, mentions)).sort();
}

/**
 * Relations read in `text` over the mentions the gazetteer's own matcher finds (this checkout's reference), as sorted
 * triples: the whole mention and relation layers on one article, published on `date`.
 */
export function gazetteerTriples(text: string, date: string | null = "2018-01-01"): string[] {
  const reference = defaultReference();
  const article = articleFromText("fixture", text, date);
  return triples(extractRelations(article, extractMentions(article, reference.gazetteer, reference.lexicon))).sort();
}

/** The lexicon reader on one hand-made sentence, every record checked against the Relation schema. */
export function readerTriples(text: string, names: [string, string][]): string[] {
  const article = articleFrom("x", text, "2016-05-01");
  const longestFirst = [...names].sort((a, b) => b[0].length - a[0].length);
  const mentions = mentionsFor(article, longestFirst).filter((m, i, all) =>
    !all.some((o, j) => j !== i && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)
  );
  const relations = extractRelations(article, mentions);
  // Every record the reader writes is a valid Relation (frame and features included).
  for (const relation of relations) Relation.parse(relation);
  return triples(relations).sort();
}

/** A battery's sentences, each with the relations (as triples) the reader should read in it. */
export type BatteryCase = [text: string, relations: string[]];

/**
 * One test per sentence of a battery: the reader reads exactly its relations, with `names` as the mentions. The
 * batteries of issue 10's round 26 (encyclopedic, phenomena, wire phrasings) share this shape.
 */
export function describeBattery(title: string, names: [string, string][], cases: BatteryCase[]): void {
  describe(title, () => {
    for (const [text, relations] of cases) {
      it(`extractRelations(article, mentions) reads '${text}' as ${relations.length ? relations.join(", ") : "nothing"}`, () => {
        expect(readerTriples(text, names)).toEqual([...relations].sort());
      });
    }
  });
}
