import type { z } from "zod";
import { Article, Rejected } from "./article.ts";
import { Mention } from "./mention.ts";
import { Figure } from "./figure.ts";
import { Relation } from "./relation.ts";
import { CasualtyEvent } from "./casualty-event.ts";

/**
 * The record files one extraction writes, in this order: `<name>.jsonl` (the source of truth) and `<name>.parquet`.
 * A new kind of record is one more entry here (with its schema) and one in the pipeline's `articleRecords`; writers,
 * workers, shards, Parquet and the SQL views follow.
 */
export const RECORD_SCHEMAS = {
  articles: Article,
  rejected: Rejected,
  mentions: Mention,
  figures: Figure,
  relations: Relation,
  /** Incidents reconciled across the corpus's articles once every article is read (not per article). */
  events: CasualtyEvent,
} as const satisfies Record<string, z.ZodType>;

export type RecordFile = keyof typeof RECORD_SCHEMAS;
export const RECORD_FILES = Object.keys(RECORD_SCHEMAS) as RecordFile[];
