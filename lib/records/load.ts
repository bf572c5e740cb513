import { Article, CasualtyEvent, Figure, Mention, Rejected, Relation } from "./mod.ts";
import type { z } from "zod";

/** Everything `deno task extract` wrote for one corpus, read back and validated. */
export type CorpusRecords = {
  articles: Article[];
  rejected: Rejected[];
  mentions: Mention[];
  figures: Figure[];
  relations: Relation[];
  /**
   * Incidents reconciled across articles (events.jsonl); absent where records were assembled by hand, in which case
   * the report reconciles them from `figures` and `articles`.
   */
  events?: CasualtyEvent[];
};

/** Reads one JSONL file of records, validating each line; a missing file reads as no records. */
export async function readJsonl<T>(path: string, schema: z.ZodType<T>): Promise<T[]> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return [];
    throw error;
  }
  const records: T[] = [];
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      throw new Error(`${path}:${index + 1}: not valid JSON (${(error as Error).message}); re-run deno task extract`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new Error(`${path}:${index + 1}: not a valid record: ${parsed.error.message}`);
    records.push(parsed.data);
  });
  return records;
}

/** Reads the records `deno task extract` wrote into `dir` (default `out/records`). */
export async function loadRecords(dir = "out/records"): Promise<CorpusRecords> {
  return {
    articles: await readJsonl(`${dir}/articles.jsonl`, Article),
    rejected: await readJsonl(`${dir}/rejected.jsonl`, Rejected),
    mentions: await readJsonl(`${dir}/mentions.jsonl`, Mention),
    figures: await readJsonl(`${dir}/figures.jsonl`, Figure),
    relations: await readJsonl(`${dir}/relations.jsonl`, Relation),
    events: await readJsonl(`${dir}/events.jsonl`, CasualtyEvent),
  };
}
