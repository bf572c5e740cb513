import { z } from "zod";
import { DatePrecision, PartialDate } from "./date.ts";
import { DateOrder } from "./outlet.ts";

/** Where a record came from: a file, and for CSV/JSONL inputs the row or line inside it. */
export const Source = z.object({
  path: z.string(),
  row: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof Source>;

/** A quoted span of text with character offsets; `in` says which text the offsets point into. */
export const Evidence = z.object({
  quote: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  in: z.enum(["text", "raw", "title", "metadata"]),
});
export type Evidence = z.infer<typeof Evidence>;

/** A publication date no more precise than the text allows. */
export const Published = z.object({
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable(),
  precision: DatePrecision.nullable(),
  method: z.enum(["metadata", "text", "inferred", "none"]),
  evidence: Evidence.nullable(),
  /** One sentence saying how the date was found (or why none was). */
  explanation: z.string(),
  /**
   * True when the text writes a numeric date that reads two ways ("03/04/2017") and neither the outlet's convention
   * nor the article's weekdays or relative phrases decide: `date` is then null and `alternative` holds both readings.
   */
  ambiguous: z.boolean().optional(),
  /** The readings left open, day-first then month-first ("2017-04-03", "2017-03-04"); null when decided. */
  alternative: z.array(PartialDate).nullable().optional(),
});
export type Published = z.infer<typeof Published>;

/**
 * The period a document states it is about, where its input states one (front matter `date` beside a publication
 * date, `covers`/`period`; metadata.json or a JSONL field `covers`; a CSV column named by `--covers-column`): an
 * encyclopedic page's battle ("5 March – 25 May 2014"), not when the page was written. `end` null: ongoing
 * ("– present"). `value`/`precision`: the most precise date that holds the whole period (null when it runs past one
 * calendar year or is open). Figures and relations whose own clause states no date are dated by it.
 */
export const Covers = z.object({
  start: PartialDate,
  end: PartialDate.nullable(),
  value: PartialDate.nullable(),
  precision: DatePrecision.nullable(),
  evidence: Evidence,
  /** Where the input states it: `front matter "date"`, `metadata.json "covers"`, `the input's "covers" column`. */
  where: z.string(),
});
export type Covers = z.infer<typeof Covers>;

export const RemovedKind = z.enum([
  "boilerplate",
  "dots",
  "duplicate-title",
  "duplicate-lead",
  "title",
  "dateline",
  "read-time",
  "empty-published",
  "caption",
  "byline",
  "credit",
  "tags",
  "repost-notice",
  "source-line",
  "reader-comments",
  "front-matter",
  "timecode",
]);
export type RemovedKind = z.infer<typeof RemovedKind>;

/** A span of the raw text that cleaning took out of the article body, and why. Offsets into the raw text. */
export const RemovedSpan = z.object({
  kind: RemovedKind,
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type RemovedSpan = z.infer<typeof RemovedSpan>;

/** One sentence of the cleaned text, by offsets into `text`. */
export const Sentence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

/** A reader comment, kept apart from the article's own text. Offsets into the raw text. */
export const Comment = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Comment = z.infer<typeof Comment>;

/** How a descriptive field was obtained: stated in metadata, given by the input row, read from the text, or absent. */
export const FieldOrigin = z.enum(["metadata", "input", "text", "none"]);
export type FieldOrigin = z.infer<typeof FieldOrigin>;

export const Article = z.object({
  id: z.string().min(1),
  source: Source,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  url: z.string().nullable(),
  origins: z.object({
    title: FieldOrigin,
    outlet: FieldOrigin,
    author: FieldOrigin,
    url: FieldOrigin,
  }),
  published: Published,
  /**
   * The period the document states it is about. Absent where the input has no such field (news: its events are dated
   * by their clause, else the publication date); null where it has one but gives no period (`date: []`) or none
   * readable (a warning names it): its figures and relations without a date of their own are then undated.
   */
  covers: Covers.nullable().optional(),
  /** The cleaned article body: the article's own prose only. */
  text: z.string(),
  sentences: z.array(Sentence),
  removed: z.array(RemovedSpan),
  comments: z.array(Comment),
  warnings: z.array(z.string()),
});
export type Article = z.infer<typeof Article>;

export const RejectReason = z.enum([
  "empty",
  "binary",
  "undecodable",
  "too-large",
  "malformed-csv",
  "malformed-jsonl",
  "missing-field",
  "duplicate",
  "unsupported-file",
  "unreadable",
  /** Extraction took longer than the per-document time budget; its worker was stopped and replaced. */
  "timeout",
  /** Extraction failed on the document (an error, or its worker died); the run went on without it. */
  "crashed",
]);
export type RejectReason = z.infer<typeof RejectReason>;

/** A document that did not become an article, and why. */
export const Rejected = z.object({
  source: Source,
  id: z.string().nullable(),
  reason: RejectReason,
  message: z.string(),
});
export type Rejected = z.infer<typeof Rejected>;

/** Values an analyst states for a file in metadata.json, or a CSV/JSONL row gives; they win over inferred ones. */
export const StatedMetadata = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  url: z.string().optional(),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD").optional(),
  /** How the file writes numeric dates, where its outlet is not in data/outlets.json: "DMY" or "MDY". */
  dateOrder: DateOrder.optional(),
  /** The period the document is about, as written ("5 March – 25 May 2014", "2012–2016", "July 2012 – present"). */
  covers: z.string().optional(),
});
export type StatedMetadata = z.infer<typeof StatedMetadata>;

/** The text of sentence `index` of `article` (the sentence a record cites), or null when there is no such sentence. */
export function sentenceText(article: Pick<Article, "text" | "sentences"> | undefined, index: number): string | null {
  const sentence = article?.sentences[index];
  return article && sentence ? article.text.slice(sentence.start, sentence.end) : null;
}
