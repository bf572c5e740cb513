import { articleFromText } from "../ingest/article-from-text.ts";
import { extractMentions } from "../extract/mentions/mod.ts";
import { extractRelations } from "../extract/relations/mod.ts";
import { defaultReference } from "../reference/mod.ts";

/**
 * Pathological sentences for the relation reader, each at two sizes so the ratio shows growth: one sentence of n
 * words, a list of n group names as one subject, n nested parentheses. Times mentions and relations apart.
 */
function pathologicalSentences(scale: number): [string, string][] {
  const names = defaultReference().gazetteer.groups.map((g) => g.name);
  const clause = "ISIS fighters attacked the YPG near the town while Hezbollah backed the Syrian Army and ";
  const words = clause.split(" ").length;
  const long = clause.repeat(Math.ceil((10_000 * scale) / words)) + "Russia struck Nusra Front positions.";
  const count = Math.round(200 * scale);
  const list = Array.from({ length: count }, (_, i) => names[i % names.length]).join(", ") +
    " and the Free Syrian Army attacked the Islamic State.";
  const depth = Math.round(500 * scale);
  const parens = "ISIS " + "(the YPG ".repeat(depth) + ")".repeat(depth) + " attacked Hezbollah.";
  return [
    [`one sentence of ${Math.round(10_000 * scale)} words`, long],
    [`a list of ${count} groups`, list],
    [`${depth} nested parentheses`, parens],
  ];
}

/** Milliseconds to extract mentions and relations from each pathological sentence, at half and full size. */
export function relationReaderBench(): { input: string; words: number; mentionsMs: number; relationsMs: number }[] {
  const rows = [];
  // The first pass warms the JIT and the compiled lexicons; it is not reported.
  for (const [, text] of pathologicalSentences(0.1)) {
    const article = articleFromText("warm-up", text, "2016-01-01");
    extractRelations(article, extractMentions(article, defaultReference().gazetteer));
  }
  for (const scale of [0.5, 1]) {
    for (const [input, text] of pathologicalSentences(scale)) {
      const article = articleFromText("bench", text, "2016-01-01");
      let started = performance.now();
      const mentions = extractMentions(article, defaultReference().gazetteer);
      const mentionsMs = performance.now() - started;
      started = performance.now();
      extractRelations(article, mentions);
      rows.push({ input, words: text.split(/\s+/).length, mentionsMs, relationsMs: performance.now() - started });
    }
  }
  return rows;
}

/** The pathological-input rows as printed lines. */
export function formatRelationReaderBench(rows: ReturnType<typeof relationReaderBench>): string {
  return [
    "relation reader on pathological input      words  mentions ms  relations ms",
    ...rows.map((row) =>
      `${row.input.padEnd(40)} ${String(row.words).padStart(8)} ${row.mentionsMs.toFixed(0).padStart(12)} ${
        row.relationsMs.toFixed(0).padStart(13)
      }`
    ),
  ].join("\n");
}
