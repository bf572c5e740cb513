import { z } from "zod";
import {
  type Article,
  type Mention,
  ORGANISATIONAL_RELATION_TYPES,
  type Relation,
  RelationType,
} from "../records/mod.ts";
import { FAKES_COLUMNS, FAKES_CSV, loadGold, RELIEFWEB_COLUMNS, RELIEFWEB_CSV } from "./gold.ts";
import { ingest, type InputOptions } from "../ingest/mod.ts";
import { articleFromText } from "../ingest/article-from-text.ts";
import { loadPageDates, NO_PAGE_DATES, type PageDates, withPageDates } from "./passage-pages.ts";
import { defaultReference, type Reference, SEED_CORPUS } from "../reference/mod.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered } from "../extract/mentions/discover.ts";
import { extractRelations } from "../extract/relations/extract-relations.ts";
import { membershipTimeline } from "../analyze/membership-timeline.ts";
import { busiestMonth, matrixEvidenceShare } from "../analyze/matrix-evidence.ts";

export const GoldRelation = z.object({
  articleId: z.string(),
  type: RelationType,
  subject: z.string(),
  object: z.string(),
  quote: z.string(),
  note: z.string().optional(),
  /** False when either side is a party the gazetteer lacks (written `new:<slug>`). */
  inGazetteer: z.boolean().optional(),
  /** Where two careful annotators could disagree (earlier sets say so in `note`, opening "doubtful"); scored alike. */
  doubtful: z.boolean().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldRelations = z.object({
  description: z.string(),
  scope: z.string(),
  sources: z.array(z.string()).min(1),
  relations: z.array(GoldRelation),
});
export type GoldRelations = z.infer<typeof GoldRelations>;

/** A gold file for a sample of a larger corpus: which articles were read, and how they were drawn. */
export const GoldRelationsSample = GoldRelations.extend({
  drawn: z.string(),
  articles: z.array(z.string()).min(1),
});
export type GoldRelationsSample = z.infer<typeof GoldRelationsSample>;

/**
 * A gold file's parties as the gazetteer names them now: a party written `new:<slug>` (outside the gazetteer when the
 * set was annotated) whose slug has since become a gazetteer id is that id ("new:iraq" → "iraq"). Any other `new:`
 * party stays as written (discovered groups are matched on their slug).
 */
export function withGazetteerIds<T extends { relations: GoldRelation[] }>(
  gold: T,
  ids: ReadonlySet<string> = new Set(defaultReference().gazetteer.groups.map((g) => g.id)),
): T {
  const current = (id: string) => id.startsWith("new:") && ids.has(id.slice(4)) ? id.slice(4) : id;
  return {
    ...gold,
    relations: gold.relations.map((r) => ({ ...r, subject: current(r.subject), object: current(r.object) })),
  };
}

/** Reads data/gold/relations-fakes-sample.json, validated. */
export function loadGoldRelationsSample(
  path: string | URL = "relations-fakes-sample.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations sample file").then(withGazetteerIds);
}

/** Reads data/gold/relations-fakes-heldout.json (annotated blind, never used for tuning), validated. */
export function loadGoldRelationsHeldout(
  path: string | URL = "relations-fakes-heldout.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations held-out file").then(withGazetteerIds);
}

/**
 * Reads data/gold/relations-fakes-heldout2.json, validated: a second blind sample drawn after the first held-out set
 * had informed development, so the clean final number.
 */
export function loadGoldRelationsHeldout2(
  path: string | URL = "relations-fakes-heldout2.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations second held-out file").then(withGazetteerIds);
}

/**
 * Reads data/gold/relations-fakes-heldout3.json, validated: a third blind FA-KES sample, annotated before the
 * relation extractor ran on it (issue 10).
 */
export function loadGoldRelationsHeldout3(
  path: string | URL = "relations-fakes-heldout3.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations third held-out file").then(withGazetteerIds);
}

/**
 * Reads data/gold/relations-fakes-heldout4.json, validated: a fourth blind FA-KES sample (30 articles), annotated by a
 * helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout4(
  path: string | URL = "relations-fakes-heldout4.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations fourth held-out file").then(withGazetteerIds);
}

/**
 * Reads data/gold/relations-fakes-heldout5.json, validated: a fifth blind FA-KES sample (30 articles), annotated by a
 * helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout5(
  path: string | URL = "relations-fakes-heldout5.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations fifth held-out file").then(withGazetteerIds);
}

/**
 * Reads data/gold/relations-fakes-heldout6.json, validated: a sixth blind FA-KES sample (30 articles), annotated by a
 * helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout6(
  path: string | URL = "relations-fakes-heldout6.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations sixth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout7.json, validated: a seventh blind FA-KES sample (30 articles), annotated by a
 * helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout7(
  path: string | URL = "relations-fakes-heldout7.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations seventh held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout8.json, validated: an eighth blind FA-KES sample (30 articles), annotated by a
 * helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout8(
  path: string | URL = "relations-fakes-heldout8.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations eighth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout9.json, validated: a ninth blind FA-KES sample (30 articles), annotated by a
 * helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout9(
  path: string | URL = "relations-fakes-heldout9.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations ninth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout10.json, validated: a tenth blind FA-KES sample (30 articles), annotated by a
 * helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout10(
  path: string | URL = "relations-fakes-heldout10.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations tenth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout11.json, validated: an eleventh blind FA-KES sample (30 articles), annotated
 * by a helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout11(
  path: string | URL = "relations-fakes-heldout11.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations eleventh held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout12.json, validated: a twelfth blind FA-KES sample (30 articles), annotated
 * by a helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout12(
  path: string | URL = "relations-fakes-heldout12.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations twelfth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout13.json, validated: a thirteenth blind FA-KES sample (30 articles), annotated
 * by a helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout13(
  path: string | URL = "relations-fakes-heldout13.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations thirteenth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout14.json, validated: a fourteenth blind FA-KES sample (30 articles), annotated
 * by a helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout14(
  path: string | URL = "relations-fakes-heldout14.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations fourteenth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout15.json, validated: a fifteenth blind FA-KES sample (30 articles), annotated
 * by a helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout15(
  path: string | URL = "relations-fakes-heldout15.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations fifteenth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout16.json, validated: a sixteenth blind FA-KES sample (30 articles), annotated
 * by a helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout16(
  path: string | URL = "relations-fakes-heldout16.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations sixteenth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout17.json, validated: a seventeenth blind FA-KES sample (the last 36 articles
 * outside every earlier set), annotated by a helper that never saw the relation extractor's code or outputs, committed
 * before it ran on them.
 */
export function loadGoldRelationsHeldout17(
  path: string | URL = "relations-fakes-heldout17.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations seventeenth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout18.json, validated: an eighteenth blind FA-KES sample (32 of the 64 articles
 * outside every earlier set whose groups stand only in different sentences), annotated by a helper that never saw the
 * relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsHeldout18(
  path: string | URL = "relations-fakes-heldout18.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations eighteenth held-out file");
}

/**
 * Reads data/gold/relations-fakes-heldout19.json, validated: a nineteenth blind FA-KES sample (the other 32 of those 64
 * articles), annotated by a helper that never saw the relation extractor's code or outputs, committed before it ran on
 * them.
 */
export function loadGoldRelationsHeldout19(
  path: string | URL = "relations-fakes-heldout19.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations nineteenth held-out file");
}

/**
 * Reads data/gold/relations-reliefweb-headlines-blind.json, validated: every ReliefWeb headline with two or more groups
 * named, annotated by a helper that never saw the relation extractor's code or outputs, committed before it ran on them.
 */
export function loadGoldRelationsReliefWebHeadlines(
  path: string | URL = "relations-reliefweb-headlines-blind.json",
): Promise<GoldRelationsSample> {
  return loadGold(path, GoldRelationsSample, "gold relations ReliefWeb headlines file");
}

/** One paragraph of a corpus page, kept verbatim: the unit a passage gold set is annotated on. */
export const GoldPassage = z.object({
  id: z.string(),
  file: z.string(),
  paragraphIndex: z.number().int().nonnegative(),
  text: z.string(),
  note: z.string().optional(),
});
export type GoldPassage = z.infer<typeof GoldPassage>;

/** A gold set of passages with their text (relation articleId = passage id). */
export const GoldRelationsPassages = GoldRelations.extend({
  drawn: z.string(),
  passages: z.array(GoldPassage).min(1),
});
export type GoldRelationsPassages = z.infer<typeof GoldRelationsPassages>;

/** A passage written for a gold set (not drawn from a corpus): its outlet style and publication date. */
export const GoldWrittenPassage = z.object({
  id: z.string(),
  style: z.enum([
    "wire",
    "ngo-report",
    "think-tank",
    "state-media",
    "local-news",
    "press-release",
    "un-briefing",
    "academic",
    "broadcast",
    "timeline",
    "sanctions-designation",
    "human-rights-report",
    "opinion",
    "profile",
    "translated-local",
    "testimony",
    "battlefield-update",
    "interview",
    "monitor-bulletin",
    "court-judgment",
    "wire-brief",
    "osint-thread",
    "sitrep",
    "memoir",
    "policy-memo",
    "encyclopedia-stub",
    "press-conference",
    "newsletter-digest",
    "diplomatic-cable",
    "field-diary",
    "podcast-transcript",
    "obituary",
    "book-review",
    "fact-check",
    "parliamentary-debate",
    "leaked-memo",
    "radio-intercept-summary",
    "trial-transcript",
    "social-media-roundup",
    "textbook",
    "liveblog",
    "photo-captions",
    "explainer-qa",
    "open-letter",
    "meeting-minutes",
    "event-dataset-notes",
    "coi-report",
    "travel-advisory",
    "speech-transcript",
    "magazine-longform",
    "investor-risk-brief",
    "documentary-narration",
    "museum-placard",
    "wiki-talk-page",
    "grant-proposal",
    "insurance-claim-report",
    "military-history-lecture",
    "humanitarian-access-map-notes",
    "legislative-committee-report",
    "student-essay",
    "conference-abstract",
    "risk-register",
    "shipping-security-advisory",
    "refugee-intake-interview-notes",
    "satellite-imagery-analysis",
    "court-indictment",
    "crowdfunding-appeal",
    "veterans-forum-post",
    "exhibition-catalogue",
    "hostage-negotiation-log",
    "ceasefire-violation-log",
    "arms-transfer-report",
    "peace-talks-readout",
    "tribal-council-statement",
    "graded-reader",
    "corrections-column",
    "mine-action-survey",
    "intelligence-assessment",
    "letters-to-the-editor",
    "yearbook-entry",
    "infobox-fields",
    "lineage-chart-notes",
    "messaging-channel-posts",
    "congressional-research-brief",
    "anniversary-feature",
    "press-review",
    "video-subtitles",
    "map-legend",
    "commander-dossier",
    "endnotes",
    "weekly-roundup",
    "eyewitness-account",
    "legal-brief",
    "radio-bulletin",
    "academic-abstract",
    "editorial",
    "country-profile",
    "blog-post",
    "backgrounder",
    "research-note",
    "parliamentary-written-answer",
    "military-communique-translation",
    "reader-mailbag",
    "security-incident-report",
    "wire-update-notice",
    "embassy-travel-advisory",
    "regional-press-review",
    "defector-debrief-summary",
    "local-council-statement",
    "tv-news-ticker",
    "event-readout",
    "cluster-snapshot",
    "diaspora-newsletter",
    "sanctions-monitoring-team-report",
    "control-map-changelog",
    "wargame-scenario-brief",
    "machine-translation-output",
    "financial-intelligence-advisory",
    "asylum-country-guidance",
  ]),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  text: z.string().min(1),
});
export type GoldWrittenPassage = z.infer<typeof GoldWrittenPassage>;

/** A gold set of written passages (relation articleId = passage id). */
export const GoldRelationsWritten = GoldRelations.extend({
  drawn: z.string(),
  passages: z.array(GoldWrittenPassage).min(1),
});
export type GoldRelationsWritten = z.infer<typeof GoldRelationsWritten>;

/**
 * Reads data/gold/relations-written-blind.json (or `path`: relations-written-blind-2.json to -17.json are the second to
 * seventeenth sets), validated,
 * with gazetteer ids for parties now known.
 */
export function loadGoldRelationsWritten(path?: string | URL): Promise<GoldRelationsWritten> {
  return loadGold(path ?? "relations-written-blind.json", GoldRelationsWritten, "gold relations written passages file")
    .then(withGazetteerIds);
}

/** Each written passage extracted as its own article, dated by its publication date, as the pipeline extracts one. */
export function writtenExtraction(
  gold: GoldRelationsWritten,
  clauses?: boolean,
  reference: Reference = defaultReference(),
): { mentions: Mention[]; relations: Relation[] } {
  const articles = gold.passages.map((passage) => articleFromText(passage.id, passage.text, passage.date));
  return articlesExtraction(articles, clauses, reference);
}

/** The highest number of the Wikipedia passage gold sets (data/gold/relations-wikipedia-blind-<n>.json). */
export const LAST_WIKIPEDIA_SET = 98;

/**
 * Reads the Wikipedia passage gold set numbered `set` (data/gold/relations-wikipedia-blind-<set>.json, or `path`),
 * validated, with gazetteer ids where the gazetteer now holds a party the set wrote as new.
 */
export function loadGoldRelationsWikipediaSet(set: number, path?: string | URL): Promise<GoldRelationsPassages> {
  return loadGold(
    path ?? `relations-wikipedia-blind-${set}.json`,
    GoldRelationsPassages,
    `gold relations Wikipedia passages ${set} file`,
  ).then(withGazetteerIds);
}

/** Reads data/gold/relations-wikipedia-blind.json (40 Wikipedia passages, annotated blind), validated. */
export function loadGoldRelationsWikipedia(
  path: string | URL = "relations-wikipedia-blind.json",
): Promise<GoldRelationsPassages> {
  return loadGold(path, GoldRelationsPassages, "gold relations Wikipedia passages file").then(withGazetteerIds);
}

/**
 * Reads data/gold/relations-wikipedia-blind-2.json (42 Wikipedia passages of 22 pages set aside before issue 10's
 * development, annotated blind before the extractor ran on them), validated.
 */
export const loadGoldRelationsWikipedia2 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(2, path);

/**
 * Reads data/gold/relations-wikipedia-blind-3.json (40 Wikipedia passages of 21 pages outside every earlier set, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia3 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(3, path);

/**
 * Reads data/gold/relations-wikipedia-blind-4.json (40 Wikipedia passages of 21 pages outside every earlier set, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia4 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(4, path);

/**
 * Reads data/gold/relations-wikipedia-blind-5.json (40 Wikipedia passages of 21 pages outside every earlier set, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia5 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(5, path);

/**
 * Reads data/gold/relations-wikipedia-blind-6.json (40 Wikipedia passages of 14 pages outside every earlier set, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia6 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(6, path);

/**
 * Reads data/gold/relations-wikipedia-blind-7.json (40 Wikipedia paragraphs no earlier set holds, of 30 pages every
 * earlier set had drawn from, drawn and annotated by a helper that never saw the extractor's code or outputs, committed
 * before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia7 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(7, path);

/**
 * Reads data/gold/relations-wikipedia-blind-8.json (40 Wikipedia paragraphs no earlier set holds, of 29 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia8 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(8, path);

/**
 * Reads data/gold/relations-wikipedia-blind-9.json (40 Wikipedia paragraphs no earlier set holds, of 30 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia9 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(9, path);

/**
 * Reads data/gold/relations-wikipedia-blind-10.json (40 Wikipedia paragraphs no earlier set holds, of 23 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia10 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(10, path);

/**
 * Reads data/gold/relations-wikipedia-blind-11.json (40 Wikipedia paragraphs no earlier set holds, of 28 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia11 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(11, path);

/**
 * Reads data/gold/relations-wikipedia-blind-12.json (40 Wikipedia paragraphs no earlier set holds, of 32 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia12 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(12, path);

/**
 * Reads data/gold/relations-wikipedia-blind-13.json (40 Wikipedia paragraphs no earlier set holds, of 28 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia13 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(13, path);

/**
 * Reads data/gold/relations-wikipedia-blind-14.json (40 Wikipedia paragraphs no earlier set holds, of 27 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia14 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(14, path);

/**
 * Reads data/gold/relations-wikipedia-blind-15.json (40 Wikipedia paragraphs no earlier set holds, of 28 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia15 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(15, path);

/**
 * Reads data/gold/relations-wikipedia-blind-16.json (40 Wikipedia paragraphs no earlier set holds, of 29 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia16 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(16, path);

/**
 * Reads data/gold/relations-wikipedia-blind-17.json (40 Wikipedia paragraphs no earlier set holds, of 28 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia17 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(17, path);

/**
 * Reads data/gold/relations-wikipedia-blind-18.json (40 Wikipedia paragraphs no earlier set holds, of 31 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia18 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(18, path);

/**
 * Reads data/gold/relations-wikipedia-blind-19.json (40 Wikipedia paragraphs no earlier set holds, of 32 pages, drawn
 * and annotated by a helper that never saw the extractor's code or outputs, committed before it ran on them), validated.
 */
export const loadGoldRelationsWikipedia19 = (path?: string | URL): Promise<GoldRelationsPassages> =>
  loadGoldRelationsWikipediaSet(19, path);

/**
 * Reads data/gold/relations-wikipedia-dev.json (33 Wikipedia passages of pages outside both blind sets, annotated
 * before the extractor ran on them and open to error analysis: a development set), validated.
 */
export function loadGoldRelationsWikipediaDev(
  path: string | URL = "relations-wikipedia-dev.json",
): Promise<GoldRelationsPassages> {
  return loadGold(path, GoldRelationsPassages, "gold relations Wikipedia development file").then(withGazetteerIds);
}

/** Reads data/gold/relations.json, validated. */
export function loadGoldRelations(path: string | URL = "relations.json"): Promise<GoldRelations> {
  return loadGold(path, GoldRelations, "gold relations file").then(withGazetteerIds);
}

/** One organisational relation the reader extracted, read against its sentence by hand. */
export const CheckedMembership = z.object({
  corpus: z.enum(["wikipedia", "fakes"]),
  articleId: z.string(),
  type: RelationType,
  subject: z.string(),
  object: z.string(),
  frame: z.string(),
  quote: z.string(),
  verdict: z.enum(["correct", "wrong"]),
  why: z.string().min(1),
});
export type CheckedMembership = z.infer<typeof CheckedMembership>;

export const CheckedMemberships = z.object({
  description: z.string(),
  drawn: z.string(),
  /** The Wikipedia pages (file names) the list was drawn from. */
  pages: z.array(z.string()).min(1),
  relations: z.array(CheckedMembership).min(1),
});
export type CheckedMemberships = z.infer<typeof CheckedMemberships>;

/** Reads data/gold/relations-members-checked.json (hand-checked organisational relations), validated. */
export function loadCheckedMemberships(
  path: string | URL = "relations-members-checked.json",
): Promise<CheckedMemberships> {
  return loadGold(path, CheckedMemberships, "checked memberships file");
}

/** One relation the clause-level layer read, checked against its sentence by hand. */
export const CheckedClauseReading = CheckedMembership.extend({ sentenceIndex: z.number().int().nonnegative() });
export type CheckedClauseReading = z.infer<typeof CheckedClauseReading>;

export const CheckedClauseReadings = z.object({
  description: z.string(),
  drawn: z.string(),
  relations: z.array(CheckedClauseReading).min(1),
});
export type CheckedClauseReadings = z.infer<typeof CheckedClauseReadings>;

/** Reads data/gold/relations-fallback-checked.json (hand-checked clause-layer relations), validated. */
export function loadCheckedClauseReadings(
  path: string | URL = "relations-fallback-checked.json",
): Promise<CheckedClauseReadings> {
  return loadGold(path, CheckedClauseReadings, "checked clause-layer relations file");
}

/**
 * The hand-checked clause-layer relations against the current extraction (layer on): how many checked ones it still
 * reads (correct, wrong), and how many of its clause-layer relations on those documents the list does not hold.
 */
export function checkedClausePrecision(
  checked: CheckedClauseReading[],
  extracted: { corpus: CheckedClauseReading["corpus"]; relations: Relation[]; documents: (id: string) => boolean }[],
): { correct: number; wrong: number; unchecked: number } {
  const key = (corpus: string, r: Pick<Relation, "articleId" | "sentenceIndex" | "type" | "subject" | "object">) =>
    `${corpus} ${r.articleId} ${r.sentenceIndex} ${r.type} ${r.subject} ${r.object}`;
  const verdicts = new Map(checked.map((c) => [key(c.corpus, c), c.verdict]));
  let correct = 0, wrong = 0, unchecked = 0;
  for (const { corpus, relations, documents } of extracted) {
    for (const r of relations) {
      if (!byClauseLayer(r) || !documents(r.articleId)) continue;
      const verdict = verdicts.get(key(corpus, r));
      if (verdict === "correct") correct++;
      else if (verdict === "wrong") wrong++;
      else unchecked++;
    }
  }
  return { correct, wrong, unchecked };
}

/** The relation types that make memberships (the alliance matrix's cells). */
export const ORGANISATIONAL_TYPES: ReadonlySet<string> = ORGANISATIONAL_RELATION_TYPES;

/**
 * Precision of organisational relations (merger, member, joined, left, split, affiliate) against gold sets open to
 * development, pooled: the share of extracted ones gold holds.
 */
export function membershipScore(sets: { extracted: RelationLike[]; gold: RelationLike[] }[]): Counts {
  let tp = 0, fp = 0, fn = 0;
  for (const { extracted, gold } of sets) {
    const own = (r: RelationLike) => ORGANISATIONAL_TYPES.has(r.type);
    const score = scoreRelations(extracted.filter(own), gold.filter(own));
    tp += score.tp;
    fp += score.fp;
    fn += score.fn;
  }
  return counts(tp, fp, fn);
}

/**
 * The current extraction's organisational relations on the documents a checked list was drawn from, against its
 * verdicts: how many it checked (correct, wrong) and how many are new to it (unchecked). `documents` says which
 * article ids of each corpus the list covers.
 */
export function checkedMembershipPrecision(
  checked: CheckedMembership[],
  extracted: { corpus: CheckedMembership["corpus"]; relations: RelationLike[]; documents: (id: string) => boolean }[],
): { correct: number; wrong: number; unchecked: number; precision: number; uncheckedPairs: Map<string, number> } {
  const key = (corpus: string, r: RelationLike) => `${corpus} ${r.articleId} ${r.type} ${r.subject} ${r.object}`;
  const verdicts = new Map(checked.map((c) => [key(c.corpus, c), c.verdict]));
  const seen = new Set<string>();
  let correct = 0, wrong = 0, unchecked = 0;
  const uncheckedPairs = new Map<string, number>();
  for (const { corpus, relations, documents } of extracted) {
    for (const r of relations) {
      if (!ORGANISATIONAL_TYPES.has(r.type) || !documents(r.articleId)) continue;
      const k = key(corpus, r);
      if (seen.has(k)) continue;
      seen.add(k);
      const verdict = verdicts.get(k);
      if (verdict === "correct") correct++;
      else if (verdict === "wrong") wrong++;
      else {
        unchecked++;
        const pair = `${r.type} ${r.subject} ${r.object}`;
        uncheckedPairs.set(pair, (uncheckedPairs.get(pair) ?? 0) + 1);
      }
    }
  }
  const precision = correct + wrong === 0 ? 1 : correct / (correct + wrong);
  return { correct, wrong, unchecked, precision, uncheckedPairs };
}

const SYMMETRIC = new Set<string>(["ally", "rival", "clash"]);

type RelationLike = Pick<Relation, "articleId" | "type" | "subject" | "object">;

/** What a relation is matched on: article, type, subject and object (unordered for ally, rival and clash). */
export function relationKey(r: RelationLike): string {
  const [a, b] = SYMMETRIC.has(r.type) && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
  return `${r.articleId} ${r.type} ${a} ${b}`;
}

export type Counts = { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };

function counts(tp: number, fp: number, fn: number): Counts {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export type RelationScore = Counts & {
  byType: Record<string, Counts>;
  /** Extracted relation keys gold lacks. */
  extra: string[];
  /** Gold relation keys nothing extracted. */
  missing: string[];
};

/**
 * Precision, recall and F1 of extracted relations against gold, matching on (article, type, subject, object);
 * several sentences stating the same relation in one article count once.
 */
export function scoreRelations(extracted: RelationLike[], gold: RelationLike[]): RelationScore {
  const found = new Set(extracted.map(relationKey));
  const expected = new Set(gold.map(relationKey));
  const extra = [...found].filter((k) => !expected.has(k)).sort();
  const missing = [...expected].filter((k) => !found.has(k)).sort();
  const typeOf = (key: string) => key.split(" ")[1];
  const byType: Record<string, Counts> = {};
  for (const type of RelationType.options) {
    const tp = [...found].filter((k) => typeOf(k) === type && expected.has(k)).length;
    const fp = extra.filter((k) => typeOf(k) === type).length;
    const fn = missing.filter((k) => typeOf(k) === type).length;
    if (tp + fp + fn > 0) byType[type] = counts(tp, fp, fn);
  }
  return { ...counts(found.size - extra.length, extra.length, missing.length), byType, extra, missing };
}

/**
 * Relations gold and extracted compared pair by pair (article and unordered pair of ids): for each gold type, how
 * often the pair was extracted with that type, with another type (which), or not at all (`missed`); and under
 * `extra`, extracted relations whose pair gold does not relate.
 */
export type RelationConfusion = Record<string, Record<string, number>>;

export function relationConfusion(extracted: RelationLike[], gold: RelationLike[]): RelationConfusion {
  const pairKey = (r: RelationLike) => {
    const [a, b] = r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
    return `${r.articleId} ${a} ${b}`;
  };
  const typesOf = (relations: RelationLike[]) => {
    const map = new Map<string, Set<string>>();
    for (const r of relations) {
      const key = pairKey(r);
      if (!map.has(key)) map.set(key, new Set());
      map.get(key)!.add(r.type);
    }
    return map;
  };
  const found = typesOf(extracted);
  const expected = typesOf(gold);
  const table: RelationConfusion = {};
  const add = (row: string, column: string) => {
    table[row] ??= {};
    table[row][column] = (table[row][column] ?? 0) + 1;
  };
  for (const [pair, types] of expected) {
    const got = found.get(pair) ?? new Set<string>();
    for (const type of types) {
      if (got.has(type)) add(type, type);
      else {
        const others = [...got].filter((t) => !types.has(t)).sort();
        add(type, others.length > 0 ? others.join("+") : "missed");
      }
    }
  }
  for (const [pair, types] of found) {
    const want = expected.get(pair);
    if (want) continue;
    for (const type of types) add("extra", type);
  }
  return table;
}

/** The confusion table as text lines: one row per gold type (and `extra`), columns as counted. */
export function confusionLines(table: RelationConfusion): string[] {
  const rows = Object.keys(table).sort((a, b) => (a === "extra" ? 1 : b === "extra" ? -1 : a.localeCompare(b)));
  return rows.map((row) =>
    `    ${row === "extra" ? "no gold      " : `gold ${row.padEnd(9)}`}  → ` +
    Object.entries(table[row]).sort(([a], [b]) => a.localeCompare(b)).map(([column, n]) =>
      `${column === row ? "same" : column} ${n}`
    ).join(", ")
  );
}

/**
 * Precision of extracted relations by how they were read (the reader's voice, or "unknown" for records without
 * features), with their mean confidence: the data confidence weights are checked against. Only sets open to development should be passed.
 */
export function precisionByVoice(extracted: Relation[], gold: RelationLike[]): string[] {
  const expected = new Set(gold.map(relationKey));
  const groups = new Map<string, { tp: number; n: number; confidence: number }>();
  const seen = new Set<string>();
  for (const r of extracted) {
    const key = relationKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    const voice = r.features?.voice ?? "unknown";
    const row = groups.get(voice) ?? { tp: 0, n: 0, confidence: 0 };
    row.n++;
    row.confidence += r.confidence;
    if (expected.has(key)) row.tp++;
    groups.set(voice, row);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([voice, row]) =>
    `    ${voice.padEnd(9)} ${row.tp}/${row.n} correct (${percent(row.tp / row.n)}), mean confidence ${
      (row.confidence / row.n).toFixed(2)
    }`
  );
}

/**
 * One article's mentions and relations as the pipeline extracts them (lib/pipeline/record-files.ts): gazetteer
 * mentions plus discovered groups (`new:<slug>`, one slug per name across the corpus through `slugs`), and relations
 * read with the reference's lexicons. Eval scores what the product writes.
 */
export function pipelineRelations(
  article: Article,
  reference: Reference = defaultReference(),
  slugs: DiscoveredSlugs = new Map(),
  clauses?: boolean,
): { mentions: Mention[]; relations: Relation[] } {
  const mentions = extractMentionsWithDiscovered(article, reference.gazetteer, reference.lexicon, slugs);
  const relations = extractRelations(article, mentions, {
    foreign: reference.lexicon.foreign,
    relations: reference.lexicon.relations,
    transliteration: reference.lexicon.transliteration,
    clauses,
  });
  return { mentions, relations };
}

/**
 * Ingests an input and extracts every article's mentions and relations as the pipeline does (`clauses`: whether the
 * clause-level layer reads, default the lexicon's `clauseReading.enabled`).
 */
export async function articlesAndRelations(
  input: string,
  options: InputOptions = {},
  clauses?: boolean,
  reference: Reference = defaultReference(),
) {
  const slugs: DiscoveredSlugs = new Map();
  const articles: Article[] = [];
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  for await (const item of ingest(input, options)) {
    if (item.kind !== "article") continue;
    const own = pipelineRelations(item.article, reference, slugs, clauses);
    articles.push(item.article);
    mentions.push(...own.mentions);
    relations.push(...own.relations);
  }
  return { articles, mentions, relations };
}

/** The Wikipedia-derived corpus of Markdown pages beside the checkout (skipped with a note where absent). */
export const WIKIPEDIA_CORPUS = "../shared/corpora/wikipedia-syria";

/**
 * What share of a corpus's alliance-matrix cells rest on its article sentences rather than on data/alliances.json:
 * at the date the briefing's matrix shows (the month with most text-evidenced cells) and pooled over the year-end
 * matrices of every year its dated relations cover.
 */
export function matrixEvidenceLine(label: string, relations: Relation[]): string {
  const reference = defaultReference();
  const timeline = membershipTimeline(relations, reference.alliances, reference.gazetteer.groups);
  const at = busiestMonth(timeline, relations);
  const years = relations.map((r) => Number(r.date.value?.slice(0, 4))).filter((y) => y >= 2011 && y <= 2025);
  const span = years.length === 0
    ? []
    : Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => String(Math.min(...years) + i));
  const shown = at ? matrixEvidenceShare(timeline, [at]) : null;
  const pooled = matrixEvidenceShare(timeline, span);
  const share = (s: ReturnType<typeof matrixEvidenceShare>) =>
    `${s.withText} of ${s.cells} cells (${
      percent(s.textShare)
    }) rest on article sentences, ${s.textOnly} on sentences ` +
    `only, ${s.referenceOnly} on reference data only`;
  return `  alliance matrix, ${label}: ` + (shown ? `at ${at} (the briefing's matrix) ${share(shown)}; ` : "") +
    (span.length > 0 ? `year ends ${span[0]}–${span.at(-1)} pooled: ${share(pooled)}` : "no dated relation");
}

/** Relations counted by type, every type listed (zeros included), in schema order. */
export function relationCountsByType(relations: Relation[]): Record<string, number> {
  const byType: Record<string, number> = {};
  for (const type of RelationType.options) byType[type] = relations.filter((r) => r.type === type).length;
  return byType;
}

export type EvaluateRelationsOptions = {
  /** The seed corpus folder (default data/corpus). */
  seeds?: string;
  /** The gold file (default data/gold/relations.json). */
  gold?: string | URL;
  /** FA-KES CSV (default ../shared/corpora/fakes/fakes.csv); skipped with a note when absent. */
  fakes?: string;
  /** The FA-KES sample gold (default data/gold/relations-fakes-sample.json). */
  fakesGold?: string | URL;
  /** The held-out FA-KES gold, never used for tuning (default data/gold/relations-fakes-heldout.json). */
  fakesHeldoutGold?: string | URL;
  /** The second held-out FA-KES gold, never used for tuning (default data/gold/relations-fakes-heldout2.json). */
  fakesHeldout2Gold?: string | URL;
  /** The third held-out FA-KES gold (default data/gold/relations-fakes-heldout3.json). */
  fakesHeldout3Gold?: string | URL;
  /** The fourth held-out FA-KES gold (default data/gold/relations-fakes-heldout4.json). */
  fakesHeldout4Gold?: string | URL;
  /** The fifth held-out FA-KES gold (default data/gold/relations-fakes-heldout5.json). */
  fakesHeldout5Gold?: string | URL;
  /** The sixth held-out FA-KES gold (default data/gold/relations-fakes-heldout6.json). */
  fakesHeldout6Gold?: string | URL;
  /** The seventh held-out FA-KES gold (default data/gold/relations-fakes-heldout7.json). */
  fakesHeldout7Gold?: string | URL;
  /** The eighth held-out FA-KES gold (default data/gold/relations-fakes-heldout8.json). */
  fakesHeldout8Gold?: string | URL;
  /** The ninth held-out FA-KES gold (default data/gold/relations-fakes-heldout9.json). */
  fakesHeldout9Gold?: string | URL;
  /** The tenth held-out FA-KES gold (default data/gold/relations-fakes-heldout10.json). */
  fakesHeldout10Gold?: string | URL;
  /** The eleventh held-out FA-KES gold (default data/gold/relations-fakes-heldout11.json). */
  fakesHeldout11Gold?: string | URL;
  /** The twelfth held-out FA-KES gold (default data/gold/relations-fakes-heldout12.json). */
  fakesHeldout12Gold?: string | URL;
  /** The thirteenth held-out FA-KES gold (default data/gold/relations-fakes-heldout13.json). */
  fakesHeldout13Gold?: string | URL;
  /** The fourteenth held-out FA-KES gold (default data/gold/relations-fakes-heldout14.json). */
  fakesHeldout14Gold?: string | URL;
  /** The fifteenth held-out FA-KES gold (default data/gold/relations-fakes-heldout15.json). */
  fakesHeldout15Gold?: string | URL;
  /** The sixteenth held-out FA-KES gold (default data/gold/relations-fakes-heldout16.json). */
  fakesHeldout16Gold?: string | URL;
  /** The seventeenth held-out FA-KES gold (default data/gold/relations-fakes-heldout17.json). */
  fakesHeldout17Gold?: string | URL;
  /** The eighteenth held-out FA-KES gold (default data/gold/relations-fakes-heldout18.json). */
  fakesHeldout18Gold?: string | URL;
  /** The nineteenth held-out FA-KES gold (default data/gold/relations-fakes-heldout19.json). */
  fakesHeldout19Gold?: string | URL;
  /** The ReliefWeb headline gold (default data/gold/relations-reliefweb-headlines-blind.json). */
  reliefWebHeadlinesGold?: string | URL;
  /** The written passages gold (default data/gold/relations-written-blind.json). */
  writtenGold?: string | URL;
  /** The second written passages gold (default data/gold/relations-written-blind-2.json). */
  written2Gold?: string | URL;
  /** The third written passages gold (default data/gold/relations-written-blind-3.json). */
  written3Gold?: string | URL;
  /** The fourth written passages gold (default data/gold/relations-written-blind-4.json). */
  written4Gold?: string | URL;
  /** The fifth written passages gold (default data/gold/relations-written-blind-5.json). */
  written5Gold?: string | URL;
  /** The sixth written passages gold (default data/gold/relations-written-blind-6.json). */
  written6Gold?: string | URL;
  /** The seventh written passages gold (default data/gold/relations-written-blind-7.json). */
  written7Gold?: string | URL;
  /** The eighth written passages gold (default data/gold/relations-written-blind-8.json). */
  written8Gold?: string | URL;
  /** The ninth written passages gold (default data/gold/relations-written-blind-9.json). */
  written9Gold?: string | URL;
  /** The tenth written passages gold (default data/gold/relations-written-blind-10.json). */
  written10Gold?: string | URL;
  /** The eleventh written passages gold (default data/gold/relations-written-blind-11.json). */
  written11Gold?: string | URL;
  /** The twelfth written passages gold (default data/gold/relations-written-blind-12.json). */
  written12Gold?: string | URL;
  /** The thirteenth written passages gold (default data/gold/relations-written-blind-13.json). */
  written13Gold?: string | URL;
  /** The fourteenth written passages gold (default data/gold/relations-written-blind-14.json). */
  written14Gold?: string | URL;
  /** The fifteenth written passages gold (default data/gold/relations-written-blind-15.json). */
  written15Gold?: string | URL;
  /** The sixteenth written passages gold (default data/gold/relations-written-blind-16.json). */
  written16Gold?: string | URL;
  /** The seventeenth written passages gold (default data/gold/relations-written-blind-17.json). */
  written17Gold?: string | URL;
  /** The eighteenth written passages gold (default data/gold/relations-written-blind-18.json). */
  written18Gold?: string | URL;
  /** The nineteenth written passages gold (default data/gold/relations-written-blind-19.json). */
  written19Gold?: string | URL;
  /** The twentieth written passages gold (default data/gold/relations-written-blind-20.json). */
  written20Gold?: string | URL;
  /** The twenty-first written passages gold (default data/gold/relations-written-blind-21.json). */
  written21Gold?: string | URL;
  /** The twenty-second written passages gold (default data/gold/relations-written-blind-22.json). */
  written22Gold?: string | URL;
  written23Gold?: string | URL;
  written24Gold?: string | URL;
  /** The ReliefWeb headline corpus (default ../shared/corpora/reliefweb-titles/syria-report-titles.csv). */
  reliefWeb?: string;
  /** The Wikipedia passage gold (default data/gold/relations-wikipedia-blind.json). */
  wikipediaGold?: string | URL;
  /** The second Wikipedia passage gold (default data/gold/relations-wikipedia-blind-2.json). */
  wikipedia2Gold?: string | URL;
  /** The third Wikipedia passage gold (default data/gold/relations-wikipedia-blind-3.json). */
  wikipedia3Gold?: string | URL;
  /** The fourth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-4.json). */
  wikipedia4Gold?: string | URL;
  /** The fifth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-5.json). */
  wikipedia5Gold?: string | URL;
  /** The sixth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-6.json). */
  wikipedia6Gold?: string | URL;
  /** The seventh Wikipedia passage gold (default data/gold/relations-wikipedia-blind-7.json). */
  wikipedia7Gold?: string | URL;
  /** The eighth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-8.json). */
  wikipedia8Gold?: string | URL;
  /** The ninth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-9.json). */
  wikipedia9Gold?: string | URL;
  /** The tenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-10.json). */
  wikipedia10Gold?: string | URL;
  /** The eleventh Wikipedia passage gold (default data/gold/relations-wikipedia-blind-11.json). */
  wikipedia11Gold?: string | URL;
  /** The twelfth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-12.json). */
  wikipedia12Gold?: string | URL;
  /** The thirteenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-13.json). */
  wikipedia13Gold?: string | URL;
  /** The fourteenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-14.json). */
  wikipedia14Gold?: string | URL;
  /** The fifteenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-15.json). */
  wikipedia15Gold?: string | URL;
  /** The sixteenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-16.json). */
  wikipedia16Gold?: string | URL;
  /** The seventeenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-17.json). */
  wikipedia17Gold?: string | URL;
  /** The eighteenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-18.json). */
  wikipedia18Gold?: string | URL;
  /** The nineteenth Wikipedia passage gold (default data/gold/relations-wikipedia-blind-19.json). */
  wikipedia19Gold?: string | URL;
  /**
   * Wikipedia passage golds 20 to `LAST_WIKIPEDIA_SET` by number (default
   * data/gold/relations-wikipedia-blind-<n>.json).
   */
  wikipediaSetGold?: Partial<Record<number, string | URL>>;
  /** The Wikipedia development passages (default data/gold/relations-wikipedia-dev.json): errors listed. */
  wikipediaDevGold?: string | URL;
  /** The Wikipedia-derived corpus (default ../shared/corpora/wikipedia-syria); skipped with a note when absent. */
  wikipediaCorpus?: string;
  /** Hand-checked clause-layer relations (default data/gold/relations-fallback-checked.json). */
  clauseChecked?: string | URL;
  /** Hand-checked organisational relations (default data/gold/relations-members-checked.json). */
  membersChecked?: string | URL;
};

/** What a blind set's label says about the numbers printed beside it. */
export const BLIND_LABELS = {
  reliefWebHeadlines:
    "ReliefWeb headlines (every headline of the corpus whose mentions name two or more groups, read " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs, committed before it ran on them; a new " +
    "style, mostly humanitarian titles, so it measures false readings more than recall; first measurement at 4b327be, " +
    "after issue 10's round 16: precision 0.50 (1 of 2), recall 1.00 (1 of 1); the same at 66ddb1c, before the round; " +
    "its one false reading ('Lebanon condemns cross-border Syrian raids' as a rivalry) was then read and mended by a " +
    "rule for condemnation between states: the score below is after a fix informed by this set)",
  heldout18: "FA-KES held-out 18 (32 FA-KES articles, drawn by hash from the 64 outside every earlier set that name " +
    "two or more groups, in different sentences for 62 of them, so that what they state runs through references; " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, during issue 10's round 70; " +
    "committed (11eedd4) before the extractor ran on them; 6 relations, 26 articles with none, so it measures false " +
    "readings more than recall; first measurement at be09dcb (frames alone and with the clause layer): precision " +
    "1.00 (1 of 1), recall 0.17 (1 of 6); never read: the score below is for the current code)",
  heldout19: "FA-KES held-out 19 (the other 32 of those 64 FA-KES articles, the last outside every earlier set; " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, during issue 10's round " +
    "71; committed (59c6f81) before the extractor ran on them; 9 relations, 7 of them doubtful, 23 articles with none, " +
    "so it measures false readings more than recall; first measurement at 59c6f81, the code of 26fa325: frames " +
    "alone no reading (recall 0 of 9, no false one), with the clause layer precision 1.00 (1 of 1), recall 0.11; " +
    "never read: the score below is for the current code)",
  heldout17: "FA-KES held-out 17 (the last 36 FA-KES articles outside every earlier set, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs, committed before it ran on them, while " +
    "issue 10's round 19 was being written; one article is textually identical to one of held-out 3 and five share " +
    "half to nineteen twentieths of their text with articles of earlier sets (the file's description names them); " +
    "first measurement at 4abfb11, the code before round 19 (frames alone): precision 0.98, recall 0.59, F1 0.74; " +
    "with the clause layer 0.94 / 0.63; the score below is for the current code)",
  heldout16: "FA-KES held-out 16 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them, from the last 66 FA-KES articles outside every " +
    "earlier set, after most of issue 10's round 18; six of its articles share a third to four fifths of their text " +
    "with articles of earlier sets (the file's description names them); first measurement at ac0e838, round 18's " +
    "families (frames alone): precision 0.93, recall 0.42, F1 0.58; with the clause layer 0.94 / 0.48; the code " +
    "before round 18 (3107a41) scores it the same; the score below is for the current code)",
  heldout15: "FA-KES held-out 15 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them, from the last 96 FA-KES articles outside every " +
    "earlier set; four of its articles share a third to nine tenths of their text with articles of earlier sets " +
    "(the file's description names them); first measurement at 3107a41, before issue 10's round 18 (frames alone): " +
    "precision 1.00, recall 0.43, F1 0.61; with the clause layer 1.00 / 0.46; never read by round 18: the score " +
    "below is for the current code)",
  heldout14: "FA-KES held-out 14 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them, from the last 126 FA-KES articles outside every " +
    "earlier set, after issue 10's round 17, whose reading of added and removed relations across FA-KES may have " +
    "shown some of its sentences; one article is nearly the text of one of held-out 5 (the same unit_id twice in the " +
    "CSV); first measurement at c753217, the end of round 17 (frames alone): precision 0.92, recall 0.51, F1 0.66; " +
    "with the clause layer 0.93 / 0.55; the code before round 17 (a75f025) scores it 0.92 / 0.49; unchanged by the " +
    "round's last families (hyphenated act nouns, vehicles), written after it was drawn without reading it; 0.92 / " +
    "0.51 before round 18, whose families were found by reading this set's misses: the score below is after fixes " +
    "informed by this set)",
  heldout13: "FA-KES held-out 13 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; round 16 had read the relations its changes added " +
    "or removed across FA-KES, some on this set's articles, before it was drawn; first measurement at a75f025, before " +
    "issue 10's round 17 (frames alone): precision 0.88, recall 0.58, F1 0.70; with the clause layer 0.85 / 0.63; " +
    "never read by round 17: 0.88 / 0.58 after it (unchanged); 0.88 / 0.58 before round 18, whose families were " +
    "found by reading this set's misses: the score below is after fixes informed by this set)",
  heldout12: "FA-KES held-out 12 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 688758c, before the round-16 " +
    "families chosen from FA-KES sentences outside the gold sets (frames alone): precision 0.98, recall 0.64, F1 0.77; " +
    "with the clause layer 0.91 / 0.67; those sentences, read before this set was drawn, included 22 sentences of 16 of its " +
    "articles, so later numbers on it are partly informed: 0.98 / 0.66 after round 16, the one relation gained from a " +
    "sentence that was read; the score below is for the current code)",
  heldout11: "FA-KES held-out 11 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 66ddb1c, after issue 10's round " +
    "15 (frames alone): precision 0.88, recall 0.42, F1 0.57; with the clause layer 0.90 / 0.52; after the agentive " +
    "compounds of round 16, written from held-out 4, 7 and 9's misses before this set was read: 0.88 / 0.44, and " +
    "still 0.88 / 0.44 after the round's other families but one, 0.92 / 0.44 after that one (a backed compound's " +
    "described noun no longer reaches a name further on: one false reading gone); the round's author saw its per-type " +
    "counts and confusion table, no sentence; rounds 46 and 47 (2026-12-02) printed the FA-KES relations round 46's " +
    "demonym rule added across the corpus, one of them on this set's article 1923102906, whose reading round 47 then " +
    "gained (0.935 / 0.56 -> 0.94 / 0.58): its sentence was seen, never its gold; the score below is for the current " +
    "code)",
  heldout10: "FA-KES held-out 10 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 76d16cf, after issue 10's round " +
    "14 (frames alone): precision 0.94, recall 0.55, F1 0.69; with the clause layer 0.89 / 0.63; never read by " +
    "round 15 (its author saw the set's per-type counts and confusion table once, no sentence): 0.94 / 0.55 after it " +
    "(unchanged); the score below is for the current code)",
  heldout9: "FA-KES held-out 9 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 3191ca4, after issue 10's round 13 " +
    "(frames alone): precision 0.97, recall 0.49, F1 0.65; with the clause layer 0.92 / 0.56; never read by " +
    "round 14: unchanged after it (0.97 / 0.49, its last blind number); its misses were read in issue 10's round 15: " +
    "the score below is after fixes informed by this set)",
  heldout8: "FA-KES held-out 8 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 65d6f64, before issue 10's " +
    "round 13 (frames alone): precision 0.92, recall 0.41, F1 0.57; with the clause layer 0.75 / 0.48; never read by " +
    "round 13: 0.93 / 0.45 after it (its last blind number); its misses were read in issue 10's round 14: the score " +
    "below is after fixes informed by this set)",
  heldout7: "FA-KES held-out 7 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 6e22dc2, after issue 10's round " +
    "11 (frames alone): precision 0.93, recall 0.44, F1 0.59; with the clause layer 0.87 / 0.53; never read by round " +
    "12: unchanged after it (0.93 / 0.44, its last blind number); its misses were read in issue 10's round 13: the " +
    "score below is after fixes informed by this set)",
  heldout6: "FA-KES held-out 6 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 0ed754c, after issue 10's rounds 8 " +
    "and 9 and the mention families (frames alone): precision 0.86, recall 0.41, F1 0.56; with the clause layer 0.84 / " +
    "0.47; recall ceiling 58 of 58; never read by rounds 10 to 12: 0.86 / 0.41 after round 10, 0.87 / 0.47 after " +
    "rounds 11 and 12 (its last blind number); its misses were read in issue 10's round 13: the score below is after " +
    "fixes informed by this set)",
  heldout5: "FA-KES held-out 5 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 6eb8360 (frames alone): precision " +
    "0.97, recall 0.51, F1 0.67; with the clause layer 0.97 / 0.58; still 0.97 / 0.51 after rounds 8 to 11 (never " +
    "read); its errors were read in issue 10's round 12: the score below is after fixes informed by this set)",
  heldout4: "FA-KES held-out 4 (30 articles drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, committed before it ran on them; first measurement at 57b166d, before issue 10's round 7: precision 0.93, " +
    "recall 0.41, F1 0.57 (still 0.93 / 0.41 at 7fd0899); its errors were read in issue 10's round 11: the score " +
    "below is after fixes informed by this set)",
  heldout3: "FA-KES held-out 3 (annotated blind; untuned, measured before any change: precision 0.96, recall 0.45, " +
    "F1 0.61; the score below is after fixes informed by other text, blind sets' errors not read, but one: the " +
    "wrong 'Islamic State affiliate of PKK' cell of the FA-KES briefing's alliance matrix, mended in round 16, came " +
    "from one of its articles (0.868 → 0.892))",
  wikipedia:
    "Wikipedia passages (annotated blind; untuned, measured before any change: precision 1.00, recall 0.04, F1 0.08; " +
    "in-gazetteer 1.00 / 0.07; its errors were read in issue 10's round 7: the score below is after fixes informed " +
    "by this set, scored with gold parties written new:<slug> read as the gazetteer id the slug has since become)",
  wikipedia2: "Wikipedia passages 2 (annotated blind from pages set aside before issue 10's second round, committed " +
    "before the extractor ran on them; untuned, first measurement at 2428eda: precision 0.85, recall 0.26, F1 0.40; " +
    "in-gazetteer 0.85 / 0.28; the score below is for the current code, whose round-3 and round-4 changes were made " +
    "by the set's annotator after reading its text; its errors were read in issue 10's round 7: the score below is " +
    "after fixes informed by this set)",
  wikipedia3: "Wikipedia passages 3 (drawn and annotated blind by a helper that never saw the extractor's code, " +
    "lexicons or outputs, from 21 pages outside every earlier set; committed before the extractor ran on them; first " +
    "measurement at c228bb4, the merge of issue 10's round 5: precision 0.94, recall 0.27, F1 0.42; in-gazetteer " +
    "0.93 / 0.24; without the page whose extracted member, joined and merger sentences that round's author saw by " +
    "mistake (belligerents_in_the_syrian_civil_war, 2 passages, 7 relations): 1.00 / 0.30; " +
    "issue 10's round 16 read relation outputs (never the gold) on these pages and mended wrong readings on some of them, which moved no score of this set; " +
    "0.94 / 0.27 before round 17, whose families were found by reading this set's misses: the score below is after " +
    "fixes informed by this set)",
  wikipedia4: "Wikipedia passages 4 (drawn and annotated blind by a helper that never saw the extractor's code, " +
    "lexicons or outputs, from 21 pages outside every earlier set; committed before the extractor ran on them; " +
    "first measurement at 7755554, before issue 10's round 7: precision 1.00, recall 0.27, F1 0.42; in-gazetteer " +
    "1.00 / 0.29; ally 0 of 18; issue 10's round 16 read relation outputs (never the gold) on these pages and mended wrong readings on some of them, which moved no score of this set; " +
    "0.95 / 0.30 before round 17, whose families were found by reading this set's misses: the score below is after " +
    "fixes informed by this set)",
  wikipedia5: "Wikipedia passages 5 (drawn and annotated blind by a helper that never saw the extractor's code, " +
    "lexicons or outputs, from 21 pages outside every earlier set; committed before the extractor ran on them; " +
    "first measurement at 23bdb34, after issue 10's round 7 (frames alone): precision 0.94, recall 0.22, F1 0.36; " +
    "in-gazetteer 0.94 / 0.25; with the clause layer 0.82 / 0.23; issue 10's round 16 read relation outputs (never the gold) on these pages and mended wrong readings on some of them, which moved no score of this set; the score below is for the " +
    "current code)",
  wikipedia6: "Wikipedia passages 6 (drawn and annotated blind by a helper that never saw the extractor's code, " +
    "lexicons or outputs, from the last 14 pages outside every earlier set, most of them on diplomacy, refugees and " +
    "history rather than battles; committed before the extractor ran on them; first measurement at 6eb8360 (frames " +
    "alone): precision 0.67 (2 of 3), recall 0.04, F1 0.07; recall ceiling 26 of 54; with the clause layer 0.50 / 0.04; " +
    "the score below is for the current code)",
  wikipedia7: "Wikipedia passages 7 (40 paragraphs no earlier set holds, from 30 pages every earlier set had drawn " +
    "from, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs; committed " +
    "before the extractor ran on them; earlier rounds had read relation outputs on these pages, never this set's " +
    "gold; first measurement at a75f025, before issue 10's round 17 (frames alone): precision 0.78, recall 0.19, " +
    "F1 0.31; recall ceiling 55 of 72; with the clause layer 0.81 / 0.29; never read by round 17: 0.78 / 0.19 after " +
    "it (unchanged); 0.78 / 0.19 before round 18, whose families were found by reading this set's misses: the score " +
    "below is after fixes informed by this set)",
  wikipedia8: "Wikipedia passages 8 (40 paragraphs no earlier set holds, from 29 pages every earlier set had drawn " +
    "from, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs after " +
    "issue 10's round 17; committed before the extractor ran on them; earlier rounds had read relation outputs on " +
    "these pages, never this set's gold; first measurement at e8d254e, the end of round 17 (frames alone): precision " +
    "0.81, recall 0.19, F1 0.31; recall ceiling 72 of 89; with the clause layer 0.76 / 0.25; the code before round 17 " +
    "(a75f025) scores it 0.80 / 0.18; unchanged by the round's last families (hyphenated act nouns, vehicles), written " +
    "after it was drawn without reading it; 0.81 / 0.19 before round 18, whose families were found by reading this " +
    "set's misses: the score below is after fixes informed by this set)",
  wikipedia9: "Wikipedia passages 9 (40 paragraphs no earlier set holds, from 30 pages every earlier set had drawn " +
    "from, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs; committed " +
    "before the extractor ran on them; earlier rounds had read relation outputs on these pages, never this set's " +
    "gold; first measurement at 3107a41, before issue 10's round 18 (frames alone): precision 0.94, recall 0.19, " +
    "F1 0.32; recall ceiling 60 of 83; with the clause layer 0.86 / 0.23; never read by round 18 (its author saw one of " +
    "its gold quotes in a search over the gold files, and its annotator's report described one passage's reading of " +
    "members; no family came from either): the score below is for the current code)",
  wikipedia10: "Wikipedia passages 10 (40 paragraphs no earlier set holds, from 23 pages every earlier set had " +
    "drawn from, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs, " +
    "after issue 10's round 18 (a commit subject naming some of the round's families was seen in the git log); " +
    "committed before the extractor ran on them; earlier rounds had read relation outputs on these pages, never this " +
    "set's gold; first measurement at 365eff4, the end of round 18 (frames alone): precision 0.86, recall 0.32, F1 " +
    "0.47; recall ceiling 64 of 77; with the clause layer 0.81 / 0.34; the code before round 18 (3107a41) scores it " +
    "0.85 / 0.29; the score below is for the current code)",
  wikipedia11: "Wikipedia passages 11 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read one gazetteer note naming a " +
    "place guard), while issue 10's round 19 was being written; committed before the extractor ran on them; first " +
    "measurement at 4abfb11, the code before round 19 (frames alone): precision 0.71, recall 0.25, F1 0.37; recall " +
    "ceiling 43 of 68; with the clause layer 0.63 / 0.28; the score below is for the current code)",
  wikipedia12: "Wikipedia passages 12 (40 paragraphs no earlier set holds, from 32 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read the previous set's " +
    "description, which names a place guard), after issue 10's round 19; committed before the extractor ran on them; " +
    "first measurement at 2a51e37, the end of round 19 (frames alone): precision 0.76, recall 0.19, F1 0.31; recall " +
    "ceiling 68 of 84; with the clause layer 0.70 / 0.19; the code before round 19 (4abfb11) scores it the same; the " +
    "score below is for the current code)",
  wikipedia13: "Wikipedia passages 13 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read the previous set's " +
    "description, which names a place guard), as issue 10's round 20 began; committed before the extractor ran on " +
    "them; first measurement at ec73880, the code before round 20's families (its records are those of 7639f19, the " +
    "end of round 19) (frames alone): precision 0.88, recall 0.34, F1 0.49; recall ceiling 47 of 62; with the clause " +
    "layer 0.90 / 0.42; never read by round 20, after which (at ceeeff6) it scored 0.88 / 0.35; its misses were read by " +
    "round 21: the score below is after fixes informed by this set)",
  wikipedia14: "Wikipedia passages 14 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 13's description, which " +
    "names a place guard), while issue 10's round 20 was being written; committed before the extractor ran on them; " +
    "first measurement at ec73880, the code before round 20's families (frames alone): precision 0.78, recall 0.17, " +
    "F1 0.28; recall ceiling 62 of 81; with the clause layer 0.64 / 0.22; at f8e3635, the round's code when the set " +
    "was committed: 0.79 / 0.19, the same at ceeeff6, the end of round 20; its misses were read by round 21: the score " +
    "below is after fixes informed by this set)",
  wikipedia15: "Wikipedia passages 15 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 14's description, which " +
    "names a place guard), while issue 10's round 21 was being written; committed before the extractor ran on them; " +
    "first measurement at ceeeff6, the end of round 20 (frames alone): precision 0.94, recall 0.30, F1 0.46; recall " +
    "ceiling 38 of 50; with the clause layer 0.84 / 0.32; the code before round 20 (7639f19) 0.93 / 0.28; never read " +
    "by round 21, after which (81eebf9) it scored the same; its misses were read by round 22: the score below is after " +
    "fixes informed by this set)",
  wikipedia16: "Wikipedia passages 16 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 15's description and " +
    "scope, which name a place guard), while issue 10's rounds 21 and 22 were being written; committed before the " +
    "extractor ran on them; first measurement at 81eebf9, the end of round 21 (frames alone): precision 0.92, recall " +
    "0.43, F1 0.58; recall ceiling 67 of 77; with the clause layer 0.89 / 0.43; the code before round 21 (ceeeff6) and " +
    "before round 20 (7639f19) 0.91 / 0.42; one paragraph holds 23 of its relations (six states beginning airstrikes " +
    "together); never read by rounds 21 and 22 (0.92 / 0.43 after round 22); its misses were read by round 23: the " +
    "score below is after fixes informed by this set)",
  wikipedia17: "Wikipedia passages 17 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 16's description and " +
    "scope, which name a place guard), while issue 10's round 22 was being written; committed before the extractor " +
    "ran on them; first measurement at c94217f, the end of round 22 (frames alone): precision 0.95, recall 0.19, F1 " +
    "0.32; recall ceiling 64 of 100; with the clause layer 0.92 / 0.24; the code before round 21 (ceeeff6) the same, " +
    "before round 20 (7639f19) 0.94 / 0.17; two paragraphs hold 40 of its relations (eleven states striking ISIL under " +
    "one task force, the 2003 coalition's members); its misses were read by round 23: the score below is after fixes " +
    "informed by this set)",
  wikipedia18: "Wikipedia passages 18 (40 paragraphs no earlier set holds, from 31 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 17's description and " +
    "scope, which name a place guard), while issue 10's round 23 was being written; committed before the extractor " +
    "ran on them; first measurement at 45136fd, the end of round 23 (frames alone): precision 0.88, recall 0.23, F1 " +
    "0.37; recall ceiling 46 of 65; with the clause layer 0.86 / 0.29; the code before round 20 (7639f19) the same; " +
    "its misses were read by round 24: the score below is after fixes informed by this set)",
  wikipedia19: "Wikipedia passages 19 (40 paragraphs no earlier set holds, from 32 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 18's description and " +
    "scope, which name a place guard), while issue 10's round 24 was being written; committed before the extractor " +
    "ran on them; first measurement at fd072eb, the end of round 24 (frames alone): precision 0.93, recall 0.18, F1 " +
    "0.30; recall ceiling 53 of 77; with the clause layer 0.83 / 0.195; the code before round 20 (7639f19) and before " +
    "round 24 the same; never read until round 29 (0.94 / 0.195 at its start, 8fc5ed3), whose families were found " +
    "by reading this set's misses: the score below is after fixes informed by this set)",
  wikipedia20: "Wikipedia passages 20 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 19's description and " +
    "scope, which name a place guard, and by a slip the last five lines of set 19's annotation script, set 19's own " +
    "text), while issue 10's round 25 was being written; committed before the extractor ran on them; first " +
    "measurement at d19d0ac, round 25's first commit (passages dated by their pages) (frames alone): precision 0.72, " +
    "recall 0.21, F1 0.32; recall ceiling 44 of 63; with the clause layer 0.68 / 0.24; the code before round 25 " +
    "(cd962d8, undated passages) the same; never read until round 29 (0.74 / 0.22 at its start, 8fc5ed3), whose " +
    "families were found by reading this set's misses: the score below is after fixes informed by this set)",
  wikipedia21: "Wikipedia passages 21 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 20's description and " +
    "scope, which name a place guard), while issue 10's round 25 was being written; committed before the extractor " +
    "ran on them; first measurement at 99d9eb5, the round's code when the set was committed (frames alone): " +
    "precision 0.80, recall 0.15, F1 0.25; recall ceiling 41 of 53; with the clause layer 0.59 / 0.19; the code " +
    "before round 25 (cd962d8) the same; never read until round 29 (0.80 / 0.15 at its start, 8fc5ed3), whose " +
    "families were found by reading this set's misses: the score below is after fixes informed by this set)",
  wikipedia22: "Wikipedia passages 22 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 21's description and " +
    "scope, which name a place guard), while issue 10's round 26 was being written; committed before the extractor " +
    "ran on them; first measurement at eb591e0, the round's code when the set was committed (frames alone): " +
    "precision 0.83, recall 0.18, F1 0.29; recall ceiling 48 of 84; with the clause layer 0.82 / 0.21; the code " +
    "before round 25 (cd962d8) the same (ceiling 44); never read until round 29 (0.83 / 0.18 at its start, " +
    "8fc5ed3), whose families were found by reading this set's misses: the score below is after fixes informed by " +
    "this set)",
  wikipedia23: "Wikipedia passages 23 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 22's description and " +
    "scope, which name a place guard), while issue 10's round 26 was being written; committed before the extractor " +
    "ran on them; first measurement at bc8d5f8, the round's code when the set was committed (frames alone): " +
    "precision 0.92, recall 0.29, F1 0.44; recall ceiling 62 of 77; with the clause layer 0.92 / 0.30; the code at " +
    "the end of round 25 (95eeccd) the same; never read until round 29 (0.92 / 0.29 at its start, 8fc5ed3), whose " +
    "families were found by reading this set's misses: the score below is after fixes informed by this set)",
  wikipedia24: "Wikipedia passages 24 (40 paragraphs no earlier set holds, from 31 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 23's description and scope, " +
    "which name a place guard), while issue 10's round 26 was being written; committed before the extractor ran on " +
    "them; first measurement at c810cce, the round's code when the set was committed (frames alone): precision 0.80, " +
    "recall 0.27, F1 0.41; recall ceiling 73 of 88; with the clause layer 0.76 / 0.295; the code at the end of round " +
    "25 (95eeccd) the same; never read until round 30 (0.80 / 0.27 at its start, f241b18), whose families were found " +
    "by reading this set's misses: the score below is after fixes informed by this set)",
  wikipedia25: "Wikipedia passages 25 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 24's description and scope, " +
    "which name a place guard), after issue 10's round 28; committed before the extractor ran on them; first " +
    "measurement at 480b945, the end of round 28 (frames alone): precision 0.87, recall 0.21, F1 0.34; recall ceiling " +
    "46 of 62; with the clause layer 0.875 / 0.23; the code before round 25 (cd962d8) 0.86 / 0.19; never read until " +
    "round 30 (0.87 / 0.21 at its start, f241b18), whose families were found by reading this set's misses: the score " +
    "below is after fixes informed by this set)",
  wikipedia26: "Wikipedia passages 26 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and scope, " +
    "which name a place guard), at the same time as set 27 from the other half of the pool (split by a hash of each " +
    "paragraph's id), while issue 10's round 29 was being written; committed before the extractor ran on them; first " +
    "measurement at 8fc5ed3, the code before round 29 (frames alone): precision 0.84, recall 0.28, F1 0.42; recall " +
    "ceiling 63 of 75; with the clause layer 0.815 / 0.29; never read until round 31 (0.85 / 0.29 at its start, " +
    "1b37bea), whose families were found by reading this set's misses: the score below is after fixes informed by " +
    "this set)",
  wikipedia27: "Wikipedia passages 27 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and scope, " +
    "which name a place guard), at the same time as set 26 from the other half of the pool (split by a hash of each " +
    "paragraph's id), while issue 10's round 29 was being written; committed before the extractor ran on them; first " +
    "measurement at 8fc5ed3, the code before round 29 (frames alone): precision 0.95, recall 0.20, F1 0.34; recall " +
    "ceiling 74 of 93; with the clause layer 0.78 / 0.27; never read until round 31 (0.95 / 0.20 at its start, " +
    "1b37bea), whose families were found by reading this set's misses: the score below is after fixes informed by " +
    "this set)",
  wikipedia28: "Wikipedia passages 28 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and scope, " +
    "which name a place guard), at the same time as set 29 from the other half of the pool left (split by a hash of " +
    "each paragraph's id), after issue 10's round 29; committed before the extractor ran on them; first measurement " +
    "at 71a82b4, round 30's first commit (frames alone): precision 1.00, recall 0.14, F1 0.25; recall ceiling 64 of " +
    "70; with the clause layer 0.65 / 0.16; the code before round 29 (8fc5ed3) the same; never read until round 32 " +
    "(1.00 / 0.14 at its start, f76b972), whose families were found by reading this set's misses: the score below is " +
    "after fixes informed by this set)",
  wikipedia29: "Wikipedia passages 29 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and scope, " +
    "which name a place guard), at the same time as set 28 from the other half of the pool left (split by a hash of " +
    "each paragraph's id), after issue 10's round 29; committed before the extractor ran on them; first measurement " +
    "at f241b18, the end of round 29 (frames alone): precision 0.70, recall 0.21, F1 0.32; recall ceiling 55 of 68; " +
    "with the clause layer 0.75 / 0.31; the code before round 29 (8fc5ed3) the same (ceiling 54); never read until " +
    "round 32 (0.73 / 0.235 at its start, f76b972), whose families were found by reading this set's misses: the score " +
    "below is after fixes informed by this set)",
  wikipedia30: "Wikipedia passages 30 (40 paragraphs no earlier set holds, from 26 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and scope, " +
    "which name a place guard), at the same time as set 31 from the other half of the pool left, while issue 10's " +
    "round 31 was being written; committed before the extractor ran on them; first measurement at 40c53ae, the " +
    "round's code (frames alone): precision 0.85, recall 0.15, F1 0.25; recall ceiling 114 of 154; with the clause " +
    "layer 0.72 / 0.18; the code before round 31 (1b37bea) and before round 29 (8fc5ed3, ceiling 92) the same; two " +
    "paragraphs hold 74 of its relations (pairwise allies among the 2003 coalition's states); never read until round " +
    "33 (0.85 / 0.15 at its start, 95a1673), whose families were found by reading this set's misses: the score below " +
    "is after fixes informed by this set)",
  wikipedia31: "Wikipedia passages 31 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind " +
    "by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and scope, " +
    "which name a place guard), at the same time as set 30 from the other half of the pool left, while issue 10's " +
    "round 31 was being written; committed before the extractor ran on them; first measurement at 1b37bea, the code " +
    "before round 31 (frames alone): precision 0.94, recall 0.16, F1 0.27; recall ceiling 58 of 93; with the clause " +
    "layer 0.895 / 0.18; unchanged by round 31; the code before round 29 (8fc5ed3) 0.88 / 0.16 (ceiling 57); never " +
    "read until round 33 (0.94 / 0.16 at its start, 95a1673), whose families were found by reading this set's misses: " +
    "the score below is after fixes informed by this set)",
  wikipedia32: "Wikipedia passages 32 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and " +
    "scope, which name a place guard), at the same time as set 33 from the other half of the pool left, after issue " +
    "10's round 32; committed before the extractor ran on them; first measurement at f7a635d, the end of round 32 " +
    "(frames alone): precision 0.89, recall 0.32, F1 0.47; recall ceiling 60 of 79; with the clause layer 0.84 / " +
    "0.33; the code before round 29 (8fc5ed3) 0.80 / 0.30 (ceiling 59); in round 34 a " +
    "search of every gold file for 'according to ... sources' printed the notes of two of its passages, and one of " +
    "them informed a fix (a unit named by its owner is a description no attribution reaches); its misses were read " +
    "with every read set's by round 49, whose family (a support participle closing a clause) came from one of its " +
    "sentences and gained three: the score below is after fixes informed by this set)",
  wikipedia33: "Wikipedia passages 33 (40 paragraphs no earlier set holds, from 25 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and " +
    "parts of its scope), at the same time as set 32 from the other half of the pool left, after issue 10's round " +
    "32; committed before the extractor ran on them; first measurement at f7a635d, the end of round 32 (frames " +
    "alone): precision 0.90, recall 0.12, F1 0.21; recall ceiling 53 of 76; with the clause layer 0.64 / 0.12; the " +
    "code before round 29 (8fc5ed3) the same; never read; the score below is for the current code)",
  wikipedia34: "Wikipedia passages 34 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and " +
    "scope, which name a place guard), at the same time as set 35 from the other half of the pool left, while issue " +
    "10's round 33 was being written; committed before the extractor ran on them; first measurement at 3432c53, the " +
    "end of round 33 (frames alone): precision 0.885, recall 0.40, F1 0.55; recall ceiling 50 of 58; with the clause " +
    "layer 0.77 / 0.41; the code before round 29 (8fc5ed3) the same; never read until round 34 (0.885 / 0.40 at its " +
    "start, 09bd3fd), whose families were found by reading this set's misses: the score below is after fixes " +
    "informed by this set)",
  wikipedia35: "Wikipedia passages 35 (40 paragraphs no earlier set holds, from 25 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 25's description and " +
    "scope, which name a place guard), at the same time as set 34 from the other half of the pool left, while issue " +
    "10's round 33 was being written; committed before the extractor ran on them; first measurement at 3432c53, the " +
    "end of round 33 (frames alone): precision 0.56, recall 0.19, F1 0.28; recall ceiling 39 of 48; with the clause " +
    "layer 0.56 / 0.21; the code before round 29 (8fc5ed3) 0.57 / 0.17; never read until round 34 (0.56 / 0.19 at " +
    "its start, 09bd3fd), whose families were found by reading this set's misses: the score below is after fixes " +
    "informed by this set)",
  wikipedia36: "Wikipedia passages 36 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and four of its passages), at the same time as set 37 from the other half of the pool left, while issue " +
    "10's round 35 was being written; committed before the extractor ran on them; first measurement at 1937553, the " +
    "end of round 35 (frames alone): precision 0.83, recall 0.29, F1 0.42; recall ceiling 54 of 70; with the clause " +
    "layer 0.77 / 0.34; the code before round 35 (87b52b7) the same; never read (two lines of its miss listing, one " +
    "note and one quote, printed by a careless filter when it was first scored, informed nothing): the score below " +
    "is for the current code)",
  wikipedia37: "Wikipedia passages 37 (40 paragraphs no earlier set holds, from 26 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and six of its passages), at the same time as set 36 from the other half of the pool left, while issue " +
    "10's round 35 was being written; committed before the extractor ran on them; first measurement at 1937553, the " +
    "end of round 35 (frames alone): precision 0.94, recall 0.29, F1 0.45; recall ceiling 42 of 55; with the clause " +
    "layer 0.84 / 0.38; the code before round 35 (87b52b7) the same; never read: the score below is for the current code)",
  wikipedia38: "Wikipedia passages 38 (40 paragraphs no earlier set holds, from 31 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and parts of its passages), at the same time as set 39 from the other half of the pool left, while issue " +
    "10's round 36 was being written; committed before the extractor ran on them; first measurement at 7a111a0, the " +
    "end of round 35 (frames alone): precision 0.89, recall 0.45, F1 0.60; recall ceiling 57 of 73; with the clause " +
    "layer 0.86 / 0.51; the code before round 35 (87b52b7) the same; never read until issue 10's round 74, whose " +
    "author read one passage and its gold (second_northern_syria_buffer_zone#p4) for a false reading of a trial " +
    "trigger that was left out; no kept change came from it: the score below is for the current code)",
  wikipedia39: "Wikipedia passages 39 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and six of its passages), at the same time as set 38 from the other half of the pool left, while issue " +
    "10's round 36 was being written; committed before the extractor ran on them; first measurement at 7a111a0, the " +
    "end of round 35 (frames alone): precision 0.68, recall 0.165, F1 0.265; recall ceiling 61 of 79; with the clause " +
    "layer 0.54 / 0.19; the code before round 35 (87b52b7) the same; never read: the score below is for the current code)",
  wikipedia40: "Wikipedia passages 40 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and parts of its passages), at the same time as set 41 from the other half of the pool left, while issue " +
    "10's round 37 was being written; committed before the extractor ran on them; first measurement at e0f1446, the " +
    "end of round 36 (frames alone): precision 0.91, recall 0.21, F1 0.35; recall ceiling 36 of 47; with the clause " +
    "layer 0.85 / 0.23; its misses read in round 38, which kept no change: the score below is for the current code)",
  wikipedia41: "Wikipedia passages 41 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and three of its passages), at the same time as set 40 from the other half of the pool left, while issue " +
    "10's round 37 was being written; committed before the extractor ran on them; first measurement at e0f1446, the " +
    "end of round 36 (frames alone): precision 0.85, recall 0.32, F1 0.46; recall ceiling 60 of 72; with the clause " +
    "layer 0.74 / 0.39; its misses read in round 38, which kept no change: the score below is for the current code)",
  wikipedia42: "Wikipedia passages 42 (40 paragraphs no earlier set holds, from 32 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and six of its passages), at the same time as set 43 from the other half of the pool left, while issue " +
    "10's round 38 was being tried; committed before the extractor ran on them; first measurement at e8d5fd3, the " +
    "end of round 37 (frames alone): precision 0.97, recall 0.38, F1 0.54; recall ceiling 65 of 74; with the clause " +
    "layer 0.91 / 0.39; never read until round 39 (0.97 / 0.38 at its start, f9f5f77), whose families were found " +
    "by reading this set's misses: the score below is after fixes informed by this set)",
  wikipedia43: "Wikipedia passages 43 (40 paragraphs no earlier set holds, from 26 pages, drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, " +
    "scope and four of its passages), at the same time as set 42 from the other half of the pool left, while issue " +
    "10's round 38 was being tried; committed before the extractor ran on them; first measurement at e8d5fd3, the " +
    "end of round 37 (frames alone): precision 0.83, recall 0.26, F1 0.40; recall ceiling 60 of 77; with the clause " +
    "layer 0.72 / 0.30; never read until round 39 (0.83 / 0.26 at its start, f9f5f77), whose families were found " +
    "by reading this set's misses: the score below is after fixes informed by this set)",
  wikipedia44:
    "Wikipedia passages 44 (40 paragraphs no earlier set holds, from 24 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and " +
    "four of its passages, and set 43's description and drawn text), at the same time as set 45 from the other " +
    "half of the pool left, before issue 10's round 39; committed before the extractor ran on them; first " +
    "measurement at f9f5f77, the code before round 39 (frames alone): precision 0.91, recall 0.26, F1 0.40; " +
    "recall ceiling 58 of 77; with the clause layer 0.815 / 0.29; never read: the score below is for the current " +
    "code)",
  wikipedia45:
    "Wikipedia passages 45 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and " +
    "four of its passages, and set 43's description and drawn text), at the same time as set 44 from the other " +
    "half of the pool left, before issue 10's round 39; committed before the extractor ran on them; first " +
    "measurement at f9f5f77, the code before round 39 (frames alone): precision 0.765, recall 0.18, F1 0.29; " +
    "recall ceiling 54 of 73; with the clause layer 0.70 / 0.22; never read: the score below is for the current " +
    "code)",
  wikipedia46:
    "Wikipedia passages 46 (40 paragraphs no earlier set holds, from 32 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and " +
    "four of its passages, and set 43's description and drawn text), at the same time as set 47 from the other " +
    "half of the pool left, after issue 10's round 40; committed before the extractor ran on them; first " +
    "measurement at 1509771, the end of round 40 (frames alone): precision 0.86, recall 0.11, F1 0.19; recall " +
    "ceiling 90 of 109; with the clause layer 0.765 / 0.12; the code before round 39 (f9f5f77) 0.82 / 0.08: the " +
    "three it gained are in iraq_war#p18, whose sentence on 'NATO members like Canada, France, and Germany' " +
    "stands nearly word for word in 2003_invasion_of_iraq#p18 of passages 30, which round 40 read; without that " +
    "paragraph 0.82 / 0.14 at both commits; never read: the score below is for the current code)",
  wikipedia47:
    "Wikipedia passages 47 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and " +
    "four of its passages, and set 43's description and drawn text), at the same time as set 46 from the other " +
    "half of the pool left, after issue 10's round 40; committed before the extractor ran on them; first " +
    "measurement at 1509771, the end of round 40 (frames alone): precision 0.91, recall 0.32, F1 0.47; recall " +
    "ceiling 55 of 62; with the clause layer 0.91 / 0.34; the code before round 39 (f9f5f77) the same; never " +
    "read: the score below is for the current code)",
  wikipedia48:
    "Wikipedia passages 48 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 43's description and drawn text), at the same time as set 49 from the other half of " +
    "the pool left, after issue 10's round 43; candidates sharing a sentence with an earlier set's passage skipped " +
    "as well; committed before the extractor ran on them; first measurement at 1d227b0, the end of round 43 (frames " +
    "alone): precision 0.85, recall 0.26, F1 0.39; recall ceiling 85 of 112; with the clause layer 0.71 / 0.27; the " +
    "code before round 43 (fd18e16) the same; never read: the score below is for the current code)",
  wikipedia49:
    "Wikipedia passages 49 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 43's description and drawn text), at the same time as set 48 from the other half of " +
    "the pool left, after issue 10's round 43; candidates sharing a sentence with an earlier set's passage skipped " +
    "as well; committed before the extractor ran on them; first measurement at 1d227b0, the end of round 43 (frames " +
    "alone): precision 0.86, recall 0.28, F1 0.41; recall ceiling 57 of 65; with the clause layer 0.78 / 0.32; the " +
    "code before round 43 (fd18e16) the same; never read: the score below is for the current code)",
  wikipedia50:
    "Wikipedia passages 50 (40 paragraphs no earlier set holds, from 33 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 51 from the other half of " +
    "the pool left, after issue 10's round 45; committed before the extractor ran on them; first measurement at " +
    "7cc9ce4, the end of round 45 (frames alone): precision 0.89, recall 0.35, F1 0.50; recall ceiling 58 of 71; " +
    "with the clause layer 0.90 / 0.39; round 46, written while it was drawn, the same; never read: the score below " +
    "is for the current code)",
  wikipedia51:
    "Wikipedia passages 51 (40 paragraphs no earlier set holds, from 26 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 50 from the other half of " +
    "the pool left, after issue 10's round 45; committed before the extractor ran on them; first measurement at " +
    "7cc9ce4, the end of round 45 (frames alone): precision 1.00, recall 0.24, F1 0.39; recall ceiling 54 of 75; " +
    "with the clause layer 1.00 / 0.31; round 46, written while it was drawn, the same; never read: the score below " +
    "is for the current code)",
  wikipedia52:
    "Wikipedia passages 52 (40 paragraphs no earlier set holds, from 31 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 53 from the other half of " +
    "the pool left, after issue 10's round 47; committed before the extractor ran on them; first measurement at " +
    "d9ff729, the end of round 47 (frames alone): precision 0.81, recall 0.17, F1 0.27; recall ceiling 57 of 78; " +
    "with the clause layer (at 45693d1) 0.76 / 0.17; rounds 48 and 49, written while it was drawn, the same; never read: the score " +
    "below is for the current code)",
  wikipedia53:
    "Wikipedia passages 53 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 52 from the other half of " +
    "the pool left, after issue 10's round 47; committed before the extractor ran on them; first measurement at " +
    "d9ff729, the end of round 47 (frames alone): precision 1.00, recall 0.195, F1 0.33; recall ceiling 63 of 82; " +
    "with the clause layer (at 45693d1) 0.96 / 0.28; rounds 48 and 49, written while it was drawn, the same; never read: the score " +
    "below is for the current code)",
  wikipedia54:
    "Wikipedia passages 54 (40 paragraphs no earlier set holds, from 26 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 55 from the other half of " +
    "the pool left, after issue 10's round 49; committed before the extractor ran on them; first measurement at " +
    "5b4c990, round 49's first family (frames alone): precision 0.79, recall 0.31, F1 0.44; recall ceiling 29 of " +
    "36; with the clause layer (at 80afc6a) 0.76 / 0.36; the last commit of round 49 the same; never read: the score below is for the current code)",
  wikipedia55:
    "Wikipedia passages 55 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 54 from the other half of " +
    "the pool left, after issue 10's round 49; committed before the extractor ran on them; first measurement at " +
    "5b4c990, round 49's first family (frames alone): precision 0.89, recall 0.20, F1 0.33; recall ceiling 56 of " +
    "85; with the clause layer (at 80afc6a) 0.87 / 0.235; the last commit of round 49 the same; never read: the score below is for the current code)",
  wikipedia56:
    "Wikipedia passages 56 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 57 from the other half of " +
    "the pool left, after issue 10's round 50's first family; committed before the extractor ran on them; first " +
    "measurement at 247ba0c (frames alone): precision 0.76, recall 0.205, F1 0.32; recall ceiling 57 of 78; with the " +
    "clause layer (at 0aa1011) 0.76 / 0.28; round 50's second family the same; never read: the score below is for the current code)",
  wikipedia57:
    "Wikipedia passages 57 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 56 from the other half of " +
    "the pool left, after issue 10's round 50's first family; committed before the extractor ran on them; first " +
    "measurement at 247ba0c (frames alone): precision 0.91, recall 0.23, F1 0.37; recall ceiling 71 of 86; with the " +
    "clause layer (at 0aa1011) 0.82 / 0.27; round 50's second family the same; never read: the score below is for the current code)",
  wikipedia58:
    "Wikipedia passages 58 (40 paragraphs no earlier set holds, from 31 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 59 from the other half of " +
    "the pool left, after issue 10's round 51; committed before the extractor ran on them; first measurement at " +
    "f45c01c (frames alone): precision 0.83, recall 0.15, F1 0.25; recall ceiling 58 of 68; with the clause layer " +
    "0.83 / 0.22; round 52 the same frames alone, 0.84 / 0.235 with the clause layer; never read: the score below is for the current code)",
  wikipedia59:
    "Wikipedia passages 59 (40 paragraphs no earlier set holds, from 29 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 58 from the other half of " +
    "the pool left, after issue 10's round 51; committed before the extractor ran on them; first measurement at " +
    "f45c01c (frames alone): precision 0.75, recall 0.10, F1 0.17; recall ceiling 63 of 90; with the clause layer " +
    "0.52 / 0.16; round 52 the same; never read: the score below is for the current code)",
  wikipedia60:
    "Wikipedia passages 60 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 61 from the other half of " +
    "the pool left, after issue 10's round 52; committed before the extractor ran on them; first measurement at " +
    "e8abc9e (frames alone): precision 0.87, recall 0.155, F1 0.26; recall ceiling 65 of 84; with the clause layer " +
    "0.83 / 0.24; rounds 53 and 54 the same; never read: the score below is for the current code)",
  wikipedia61:
    "Wikipedia passages 61 (40 paragraphs no earlier set holds, from 26 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 60 from the other half of " +
    "the pool left, after issue 10's round 52; committed before the extractor ran on them; first measurement at " +
    "e8abc9e (frames alone): precision 0.90, recall 0.13, F1 0.23; recall ceiling 36 of 68; with the clause layer " +
    "0.83 / 0.15; rounds 53 and 54 the same; never read: the score below is for the current code)",
  wikipedia62:
    "Wikipedia passages 62 (40 paragraphs no earlier set holds, from 31 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 63 from the other half of " +
    "the pool left, after issue 10's round 53; committed before the extractor ran on them; first measurement at " +
    "6aeed44 (frames alone): precision 0.68, recall 0.20, F1 0.31; recall ceiling 74 of 86; with the clause layer " +
    "0.69 / 0.21; rounds 54 and 55 the same; never read: the score below is for the current code)",
  wikipedia63:
    "Wikipedia passages 63 (40 paragraphs no earlier set holds, from 33 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), at the same time as set 62 from the other half of " +
    "the pool left, after issue 10's round 53; committed before the extractor ran on them; first measurement at " +
    "6aeed44 (frames alone): precision 1.00, recall 0.25, F1 0.40; recall ceiling 100 of 118; with the clause " +
    "layer 0.95 / 0.33; rounds 54 and 55 the same; never read: the score below is for the current code)",
  wikipedia64:
    "Wikipedia passages 64 (40 paragraphs no earlier set holds, from 26 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from one half of the pool left (set 65, the other " +
    "half, drawn at the same time), after issue 10's round 54; committed before the extractor ran on them; first " +
    "measurement at 3525d65 (frames alone): precision 0.84, recall 0.22, F1 0.35; recall ceiling 55 of 72; with the " +
    "clause layer 0.84 / 0.29; round 55 the same; never read: the score below is for the current code)",
  wikipedia65:
    "Wikipedia passages 65 (40 paragraphs no earlier set holds, from 32 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from the other half of set 64's pool, drawn at the " +
    "same time, after issue 10's round 54; committed before the extractor ran on them; first measurement at " +
    "3525d65 (frames alone): precision 0.81, recall 0.28, F1 0.41; recall ceiling 48 of 61; with the clause layer " +
    "the same; round 55 the same; never read: the score below is for the current code)",
  wikipedia66:
    "Wikipedia passages 66 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from one half of the pool left (set 67, the other " +
    "half, drawn at the same time), after issue 10's round 55; committed before the extractor ran on them; first " +
    "measurement at bc8406e (frames alone): precision 0.78, recall 0.26, F1 0.39; recall ceiling 41 of 53; with the " +
    "clause layer 0.74 / 0.32; rounds 56 to 59 the same; round 60 read the sentence of one of its paragraphs among " +
    "the corpus records (not its gold), so the score below is informed by it)",
  wikipedia67:
    "Wikipedia passages 67 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from the other half of set 66's pool, drawn at the " +
    "same time, after issue 10's round 55; committed before the extractor ran on them; first measurement at " +
    "bc8406e (frames alone): precision 0.89, recall 0.11, F1 0.19; recall ceiling 50 of 75; with the clause layer " +
    "0.68 / 0.17; rounds 56 to 64 the same; never read: the score below is for the current code)",
  wikipedia68:
    "Wikipedia passages 68 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from one half of the pool left (set 69, the other " +
    "half, drawn at the same time), after issue 10's round 56; committed before the extractor ran on them; first " +
    "measurement at b3c3d13 (frames alone): precision 0.85, recall 0.22, F1 0.35; recall ceiling 120 of 151 (two " +
    "paragraphs hold 61 of the relations); with the clause layer 0.75 / 0.28; rounds 57 to 64 the same; never read: the " +
    "score below is for the current code)",
  wikipedia69:
    "Wikipedia passages 69 (40 paragraphs no earlier set holds, from 28 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from the other half of set 68's pool, drawn at the " +
    "same time, after issue 10's round 56; committed before the extractor ran on them; first measurement at " +
    "b3c3d13 (frames alone): precision 0.91, recall 0.185, F1 0.31; recall ceiling 47 of 54; with the clause layer " +
    "0.76 / 0.24; rounds 57 to 64 the same; never read: the score below is for the current code)",
  wikipedia70:
    "Wikipedia passages 70 (40 paragraphs no earlier set holds, from 27 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from one half of the pool left (set 71, the other " +
    "half, drawn at the same time), after issue 10's round 57; committed before the extractor ran on them; first " +
    "measurement at 1eaab58 (frames alone): precision 0.86, recall 0.23, F1 0.36; recall ceiling 61 of 84; with the " +
    "clause layer 0.83 / 0.30; rounds 58 to 64 the same; never read: the score below is for the current code)",
  wikipedia71:
    "Wikipedia passages 71 (40 paragraphs no earlier set holds, from 30 pages, drawn and annotated blind by a " +
    "helper that never saw the extractor's code, lexicons or outputs (it read set 35's description, scope and four " +
    "of its passages, and set 49's description and drawn text), from the other half of set 70's pool, drawn at the " +
    "same time, after issue 10's round 57; committed before the extractor ran on them; first measurement at " +
    "1eaab58 (frames alone): precision 0.94, recall 0.18, F1 0.29; recall ceiling 59 of 84; with the clause layer " +
    "0.87 / 0.24; rounds 58 to 64 the same; never read: the score below is for the current code)",
  wikipedia72:
    "Wikipedia passages 72 (17 paragraphs, all the eligible ones of its half of the pool that was left, from 12 " +
    "pages, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs (it read " +
    "set 35's description, scope and four of its passages, and set 49's description and drawn text), set 73 drawn at " +
    "the same time from the other half, after issue 10's round 60; committed before the extractor ran on them; first " +
    "measurement at 5195d86 (frames alone): precision 1.00, recall 0.22, F1 0.36; recall ceiling 25 of 46; with the " +
    "clause layer 0.93 / 0.28; rounds 61 to 64 the same; never read: the score below is for the current code)",
  wikipedia73:
    "Wikipedia passages 73 (6 paragraphs from 5 pages, all the eligible ones of the other half of set 72's pool, drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after issue 10's round 60; " +
    "committed before the extractor ran on them; first measurement at 5195d86 (frames alone): precision 1.00, recall " +
    "0.15, F1 0.27; recall ceiling 11 of 13; with the clause layer the same; rounds 61 to 64 the same; never read: the score " +
    "below is for the current code)",
  wikipedia74:
    "Wikipedia passages 74 (50 paragraphs of one sentence, the first style no earlier set took, from 35 pages, drawn " +
    "and annotated blind by a helper that never saw the extractor's code, lexicons or outputs (it read set 35's " +
    "description, scope and four of its passages, and set 73's description and drawn text), from one half of the " +
    "one-sentence paragraphs left (set 75, the other half, drawn at the same time), after issue 10's round 61; " +
    "committed before the extractor ran on them; first measurement at a903de4 (frames alone): precision 0.61, recall " +
    "0.19, F1 0.29; recall ceiling 71 of 75; with the clause layer 0.62 / 0.31; round 62 the same; read from round " +
    "63 on, whose families were found in its misses and false readings: the score below is after fixes informed by " +
    "this set)",
  wikipedia75:
    "Wikipedia passages 75 (50 paragraphs of one sentence from 31 pages, the other half of set 74's pool, drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after issue 10's round 61; " +
    "committed before the extractor ran on them; first measurement at a903de4 (frames alone): precision 0.61, recall " +
    "0.25, F1 0.35; recall ceiling 44 of 56; with the clause layer 0.60 / 0.32; rounds 62 to 64 the same; never " +
    "read: the score below is for the current code)",
  wikipedia76:
    "Wikipedia passages 76 (50 paragraphs of one sentence from 29 pages, drawn and annotated blind by a helper that " +
    "never saw the extractor's code, lexicons or outputs, from one half of the one-sentence paragraphs left after sets " +
    "74 and 75 (set 77, the other half, drawn at the same time), after issue 10's round 62; committed before the " +
    "extractor ran on them; first measurement at e2132f6 (frames alone): precision 0.92, recall 0.38, F1 0.54; " +
    "recall ceiling 55 of 63; with the clause layer 0.89 / 0.49; rounds 63 and 64 the same; never read: the score below is " +
    "for the current code)",
  wikipedia77:
    "Wikipedia passages 77 (50 paragraphs of one sentence from 33 pages, the other half of set 76's pool, drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after issue 10's round " +
    "62; committed before the extractor ran on them; first measurement at e2132f6 (frames alone): precision 0.92, " +
    "recall 0.40, F1 0.55; recall ceiling 51 of 58; with the clause layer 0.82 / 0.47; rounds 63 and 64 the same; never " +
    "read: the score below is for the current code)",
  wikipedia78:
    "Wikipedia passages 78 (50 paragraphs of one sentence from 33 pages, drawn and annotated blind by a helper that " +
    "never saw the extractor's code, lexicons or outputs, from one half of the one-sentence paragraphs left after sets " +
    "74 to 77 (set 79, the other half, drawn at the same time), after issue 10's round 63; committed before the " +
    "extractor ran on them; first measurement at 60905d5 (frames alone): precision 0.94, recall 0.33, F1 0.49; " +
    "recall ceiling 40 of 48; with the clause layer 0.77 / 0.42; round 64 the same; never read: the score below is " +
    "for the current code)",
  wikipedia79:
    "Wikipedia passages 79 (50 paragraphs of one sentence from 33 pages, the other half of set 78's pool, drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after issue 10's round " +
    "63; committed before the extractor ran on them; first measurement at 60905d5 (frames alone): precision 0.65, " +
    "recall 0.28, F1 0.39; recall ceiling 42 of 53; with the clause layer 0.59 / 0.30; round 64 the same; never " +
    "read: the score below is for the current code)",
  wikipedia80:
    "Wikipedia passages 80 (50 paragraphs of one sentence from 28 pages, drawn and annotated blind by a helper that " +
    "never saw the extractor's code, lexicons or outputs, from one half of the one-sentence paragraphs left after sets " +
    "74 to 79 (set 81, the other half, drawn at the same time), after issue 10's round 64; committed before the " +
    "extractor ran on them; first measurement at bfc1393 (frames alone): precision 0.64, recall 0.38, F1 0.47; " +
    "recall ceiling 28 of 37; with the clause layer 0.63 / 0.41; never read: the score below is for the current code)",
  wikipedia81:
    "Wikipedia passages 81 (50 paragraphs of one sentence from 31 pages, the other half of set 80's pool, drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after issue 10's round " +
    "64; committed before the extractor ran on them; first measurement at bfc1393 (frames alone): precision 0.91, " +
    "recall 0.41, F1 0.56; recall ceiling 42 of 49; with the clause layer 0.875 / 0.43; never read: the score below " +
    "is for the current code)",
  wikipedia82:
    "Wikipedia passages 82 (35 paragraphs of one sentence from 24 pages, all the eligible ones of its half of the " +
    "one-sentence paragraphs left after sets 74 to 81 (set 83, the other half, drawn at the same time), drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after issue 10's round " +
    "64; committed before the extractor ran on them; first measurement at 3254106 (frames alone): precision 0.69, " +
    "recall 0.25, F1 0.37; recall ceiling 33 of 44; with the clause layer 0.71 / 0.34; never read: the score below " +
    "is for the current code)",
  wikipedia83:
    "Wikipedia passages 83 (29 paragraphs of one sentence from 20 pages, all the eligible ones of the other half, " +
    "drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after issue " +
    "10's round 64; committed before the extractor ran on them; first measurement at 3254106 (frames alone): " +
    "precision 0.80, recall 0.29, F1 0.42; recall ceiling 19 of 28; with the clause layer 0.83 / 0.36; never read: " +
    "the score below is for the current code)",
  wikipedia84:
    "Wikipedia list items 84 (50 bullet and numbered lines from 17 pages, a style no earlier set holds: every earlier " +
    "set took prose paragraphs and treated list items as separators; one half of the list items naming two groups, " +
    "set 85 the other, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or " +
    "outputs, in the session of issue 10's round 68; committed (c000112) before the extractor ran on them; first " +
    "measurement at 9ffc11e, the code before round 68, and again with round 68's families, the same (frames alone): " +
    "precision 0.89, recall 0.21, F1 0.34; with the clause layer 0.78 / 0.26; read from round 68's second part, whose " +
    "families were found in its misses and false readings: the score below is after fixes informed by this set)",
  wikipedia85:
    "Wikipedia list items 85 (50 bullet and numbered lines from 17 pages, the other half of set 84's pool, drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, in the session of issue " +
    "10's round 68; committed (c000112) before the extractor ran on them; first measurement at 9ffc11e, the code " +
    "before round 68, and again with round 68's families, the same (frames alone): precision 0.94, recall 0.25, F1 " +
    "0.40; with the clause layer 0.68 / 0.27; read from round 68's second part, whose families were found in its " +
    "misses and false readings: the score below is after fixes informed by this set)",
  wikipedia86:
    "Wikipedia list items 86 (50 bullet and numbered lines from 20 pages, what set 84 left of its half of the list " +
    "items naming two groups, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or " +
    "outputs, after round 68's second part was written; committed (c390716) before the extractor ran on them; first " +
    "measurement at c390716 (frames alone): precision 0.96, recall 0.24, F1 0.38; with the clause layer 0.92 / 0.25; " +
    "the code at the session's start (9ffc11e) the same; 0.96 / 0.25 at 25595a4, when round 69 read its misses and " +
    "false readings: the score below is after fixes informed by this set)",
  wikipedia87:
    "Wikipedia list items 87 (46 bullet and numbered lines from 17 pages, all the eligible ones set 85 left of its " +
    "half, drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs, after " +
    "round 68's second part was written; committed (89acd52) before the extractor ran on them, but the lead had seen " +
    "the corpus records of two of its lines (idlib_demilitarization_(2018–2019)#i18 and #i20, one membership each) " +
    "in a diff of round 68's second part before the set was drawn; first measurement at c390716 (frames alone): " +
    "precision 0.88, recall 0.23, F1 0.36 (the code at the session's start, 9ffc11e: 0.87 / 0.20; the two more right " +
    "are those two lines); with the clause layer 0.71 / 0.23; never read: the score below is for the current code)",
  wikipedia88:
    "Wikipedia table rows 88 (50 Markdown table rows, read verbatim with their pipes, from 4 pages, a style no earlier " +
    "set holds: incident timelines, city control tables, strike lists; drawn and annotated blind by a helper that " +
    "never saw the extractor's code, lexicons or outputs, at the end of round 68; committed (97b059e) before the " +
    "extractor ran on them; first measurement at b9e876a (frames alone): precision 0.91, recall 0.31, F1 0.46; with " +
    "the clause layer 0.93 / 0.40; the code at the session's start (9ffc11e) the same; 0.91 / 0.31 at 25595a4, when " +
    "round 69 read its misses and false readings: the score below is after fixes informed by this set)",
  wikipedia89:
    "Wikipedia list items 89 (35 bullet and numbered lines from 11 pages, every eligible item the list-item pool held " +
    "after sets 84 to 87 (the pool exhausted), drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, at the start of issue 10's round 69; committed (3312eb8) before the extractor ran on " +
    "them; first measurement at 3312eb8, the code of 25595a4 (frames alone): precision 0.64, recall 0.16, F1 0.25; " +
    "with the clause layer 0.69 / 0.20; never read: the score below is for the current code)",
  wikipedia90:
    "Wikipedia table rows 90 (41 Markdown table rows, read verbatim with their pipes, from 3 pages, every eligible row " +
    "the table-row pool held after set 88 (the pool exhausted), drawn and annotated blind by a helper that never saw " +
    "the extractor's code, lexicons or outputs, at the start of issue 10's round 69; committed (668f704) before the " +
    "extractor ran on them; first measurement at 668f704, the code of 25595a4 (frames alone): precision 0.94, recall " +
    "0.29, F1 0.44; with the clause layer 0.89 / 0.30; never read: the score below is for the current code)",
  wikipedia91:
    "Wikipedia prose 91 (40 paragraphs from 25 pages, from a new pool: the paragraphs no earlier set holds in which " +
    "the mention layer, not a name pre-filter, finds two or more groups, the second often a demonym, a descriptor or " +
    "a name the gazetteer lacks; drawn and annotated blind by a helper that never saw the extractor's code, lexicons " +
    "or outputs, at the start of issue 10's round 70; committed (5ceaa00) before the extractor ran on them; first " +
    "measurement at 5ceaa00, the code of 49570e8 (frames alone): precision 0.95, recall 0.44, F1 0.60; with the " +
    "clause layer the same; round 70's first three parts (to b65c277) the same; read from round 70's fourth part, " +
    "whose families were found in its misses: the score below is after fixes informed by this set)",
  wikipedia92:
    "Wikipedia list items and table rows 92 (24 list items and 13 table rows from 10 pages, every eligible unit of " +
    "the mention-layer pool of list items and table rows (the pool exhausted, 6 a page at most); drawn and annotated " +
    "blind by a helper that never saw the extractor's code, lexicons or outputs, at the start of issue 10's round 70; " +
    "committed (5ceaa00) before the extractor ran on them; first measurement at 5ceaa00, the code of 49570e8 (frames " +
    "alone): precision 0.85, recall 0.27, F1 0.40; with the clause layer the same; round 70's first part (e7508cf, " +
    "written before the set was drawn) the same; read from round 70's second part, whose families were found in its " +
    "misses: the score below is after fixes informed by this set)",
  wikipedia93:
    "Wikipedia prose 93 (40 paragraphs from 27 pages of the same mention-layer pool as set 91, after set 91's; drawn " +
    "and annotated blind by a helper that never saw the extractor's code, lexicons or outputs, during issue 10's round " +
    "70; committed (1c046a2) before the extractor ran on them; first measurement at 1c046a2, the code of be09dcb " +
    "(frames alone): precision 0.92, recall 0.28, F1 0.42; with the clause layer 0.80 / 0.28; never read: the score " +
    "below is for the current code)",
  wikipedia94:
    "Wikipedia prose 94 (40 paragraphs from 22 pages of the same mention-layer pool as sets 91 and 93, after theirs; " +
    "drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs, at the start of " +
    "issue 10's round 71; committed (b79f105) before the extractor ran on them; first measurement at b79f105, the " +
    "code of ba9ca5e (frames alone): precision 0.86, recall 0.32, F1 0.46; with the clause layer the same; its " +
    "misses and false readings were read by round 71, so the score below is after fixes informed by it)",
  wikipedia95:
    "Wikipedia prose 95 (11 paragraphs from 9 pages, every eligible paragraph left of the mention-layer pool after " +
    "sets 91, 93 and 94 (the pool exhausted); drawn and annotated blind by a helper that never saw the extractor's " +
    "code, lexicons or outputs, during issue 10's round 71; committed (f35b9a4) before the extractor ran on them; 7 " +
    "relations, 6 of them doubtful, so it measures false readings more than recall; first measurement at f35b9a4, the " +
    "code of 64131a7 (frames alone): precision 1.00 (1 of 1), recall 0.14; with the clause layer 0.50 / 0.14; never " +
    "read: the score below is for the current code)",
  wikipedia96:
    "Wikipedia prose 96 (40 paragraphs from 28 pages of a new pool: paragraphs in which the mention layer finds " +
    "exactly one group, eligible where the annotator found a second party; drawn and annotated blind by a helper that " +
    "never saw the extractor's code, lexicons or outputs, at the start of issue 10's round 72; committed (4b07678) " +
    "before the extractor ran on them; 21 relations, 12 of them doubtful, none of whose two parties the mention layer " +
    "both names (a recall ceiling of 0), so it measures what text the name layer half sees yields; first measurement " +
    "at 4b07678, the code of 20f8afc (frames alone and with the clause layer): no reading, recall 0 of 21; never " +
    "read: the score below is for the current code)",
  wikipedia97:
    "Wikipedia prose 97 (7 paragraphs from 3 pages: every eligible paragraph left of the mention-layer pool of two or " +
    "more groups, walked again with a cap of 5 per page instead of 3, the world-war pages left out; drawn and " +
    "annotated blind by a helper that never saw the extractor's code, lexicons or outputs, during issue 10's round " +
    "72; committed (ef3cde6) before the extractor ran on them; 7 relations, 6 of them doubtful, recall ceiling 3 of " +
    "7; first measurement at ef3cde6, the code of a3848db (frames alone and with the clause layer): precision 1.00 " +
    "(1 of 1), recall 0.14; never read: the score below is for the current code)",
  wikipedia98:
    "Wikipedia list items and table rows 98 (17 list items and 18 table rows from 5 pages: every eligible unit left " +
    "of the mention-layer pool of items and rows after set 92, walked again with a cap of 10 per page instead of 6; " +
    "drawn and annotated blind by a helper that never saw the extractor's code, lexicons or outputs, during issue " +
    "10's round 72; committed (49464b1) before the extractor ran on them; 51 relations, 26 of them doubtful, recall " +
    "ceiling 43 of 51; first measurement at 49464b1, the code of a3848db (frames alone): precision 0.86, recall " +
    "0.24, F1 0.37 (the same at 20f8afc, before round 72); with the clause layer 0.82 / 0.27; never read: the score " +
    "below is for the current code)",
  written: "Written passages (40 passages written in five outlet styles, eight each: wire copy, NGO and UN reports, " +
    "think-tank analysis, state media, local news and monitors; grounded in real events of 2013 to 2023 by a helper " +
    "that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it " +
    "under the scope of Wikipedia passages 35; six state no relation; committed (75cb849) before the extractor ran on " +
    "them; 131 relations, 49 of them doubtful, recall ceiling 107 of 131; first measurement at 75cb849, with round " +
    "81's first families (frames alone): precision 0.76, recall 0.37, F1 0.50; the code before round 81 (e50beff) " +
    "0.77 / 0.36; with the clause layer 0.73 / 0.40; the last blind score, at 745755c before round 83: 0.77 / 0.37, with " +
    "the clause layer 0.73 / 0.41; READ by round 83, whose families came from its misses: the score below is informed " +
    "by this set, not blind)",
  written2: "Written passages 2 (40 passages written in five more outlet styles, eight each: press releases, UN " +
    "briefings, academic prose, broadcast transcripts, timelines; grounded in real events of the war by a helper " +
    "that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it " +
    "under the scope of Wikipedia passages 35; six state no relation; committed (5bce70b) before the extractor ran on " +
    "them; 170 relations, 71 of them doubtful, recall ceiling 153 of 170; first measurement at 5bce70b, the end of " +
    "round 82 (frames alone): precision 0.88, recall 0.31, F1 0.46 (the code before round 82, 7d6d215, the same); " +
    "with the clause layer 0.85 / 0.33; never read until round 86 (0.89 / 0.32 at its start, 2eb5107), whose " +
    "families were found by reading this set's misses: the score below is after fixes informed by this set)",
  written3: "Written passages 3 (40 passages written in five more outlet styles, eight each: sanctions designations, " +
    "human-rights reports, opinion pieces, group profiles, translated local posts; grounded in real events of the war " +
    "by a helper that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and " +
    "annotated by it under the scope of Wikipedia passages 35; five state no relation; committed (8eb4882) before the " +
    "extractor ran on them; 200 relations, 58 of them doubtful, recall ceiling 194 of 200 in the gazetteer; first " +
    "measurement at 8eb4882, the code of 745755c (frames alone): precision 0.69, recall 0.18, F1 0.28; with round 83's " +
    "families the same; with the clause layer 0.66 / 0.22; READ by round 84, whose families came from its misses: the " +
    "score below is informed by this set, not blind)",
  written4: "Written passages 4 (40 passages written in five more outlet styles, eight each: testimony and hearing " +
    "statements, battlefield updates, interviews, monitor bulletins, court and inquiry findings; grounded in real " +
    "events of the war by a helper that never saw the extractor's code, lexicons, tests, outputs, the README or the " +
    "git log, and annotated by it under the scope of Wikipedia passages 35; five state no relation; committed " +
    "(b8713f4) before the extractor ran on them; 256 relations, 89 of them doubtful, recall ceiling 216 of 256; first " +
    "measurement at b8713f4, with round 84's first families (frames alone): precision 0.79, recall 0.22, F1 0.35; the " +
    "code before round 84 (3ee3cc0) 0.77 / 0.22; with the clause layer 0.73 / 0.27; READ by round 84 after that " +
    "measurement, whose later families came from its misses and false readings: the score below is informed by this " +
    "set, not blind)",
  written5: "Written passages 5 (40 passages written in five more outlet styles, eight each: wire briefs, OSINT " +
    "threads, humanitarian situation reports, memoirs, policy memos; grounded in real events of the war by a helper " +
    "that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it " +
    "under the scope of Wikipedia passages 35; five state no relation; committed (8b8dc3d) before the extractor ran " +
    "on them; 210 relations, 75 of them doubtful, recall ceiling 191 of 210; first measurement at 8b8dc3d, after " +
    "round 84 (frames alone): precision 0.94, recall 0.22, F1 0.36; the code before round 84 (3ee3cc0) the same; " +
    "with the clause layer 0.90 / 0.26; never read: the score below is for the current code)",
  written6: "Written passages 6 (40 passages written in five more outlet styles, eight each: encyclopedia stubs, " +
    "press conferences, newsletter digests, diplomatic cables, field diaries; grounded in real events of the war by a " +
    "helper that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated " +
    "by it under the scope of Wikipedia passages 35; five state no relation; committed (2484a72) before the extractor " +
    "ran on them; 245 relations, 110 of them doubtful, recall ceiling 230 of 245; first measurement at 2484a72, " +
    "the end of round 84 (frames alone): precision 0.90, recall 0.29, F1 0.43; the code before round 84 (3ee3cc0) " +
    "0.91 / 0.28; with the clause layer 0.85 / 0.31; never read: the score below is for the current code)",
  written7: "Written passages 7 (40 passages written in five more outlet styles, eight each: podcast transcripts, " +
    "obituaries, book reviews, fact-checks, parliamentary debates; grounded in real events of the war by a helper " +
    "that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it " +
    "under the scope of Wikipedia passages 35; one states no relation; committed (ef9c5cd) before the extractor ran " +
    "on them; 264 relations, 110 of them doubtful; first measurement on the code of ad3ab6c, the start of round 85 " +
    "(frames alone): precision 0.72, recall 0.12, F1 0.20; with the clause layer 0.70 / 0.14; its 11 wrong relations " +
    "(not its misses) read at the end of round 90, no change made from them; 46 right, 11 wrong at round 93's fourth " +
    "part (4f33c80); its misses READ by round 93: the score below is informed by this set)",
  written8: "Written passages 8 (40 passages written in five more outlet styles, eight each: leaked memos of aid " +
    "agencies and embassies, radio-intercept summaries, trial transcripts, social-media roundups, textbook sections; " +
    "grounded in real events of the war by a helper that never saw the extractor's code, lexicons, tests, outputs, " +
    "the README or the git log, and annotated by it under the scope of Wikipedia passages 35; committed (169194d) " +
    "before the extractor ran on them; 249 relations, 102 of them doubtful, recall ceiling 194 of 249; first " +
    "measurement on the code of " +
    "2eb5107, the start of round 86 (frames alone): precision 0.98, recall 0.20, F1 0.34; with the clause layer " +
    "0.97 / 0.22; never read: the score below is for the current code)",
  written9:
    "Written passages 9 (40 passages written in five more outlet styles, eight each: liveblogs, photo captions, " +
    "newsroom explainers in questions and answers, open letters and petitions, minutes of negotiation and " +
    "coordination meetings; grounded in real events of the war by a helper that never saw the extractor's code, " +
    "lexicons, tests, outputs, the README or the git log, and annotated by it under the scope of Wikipedia passages 35; " +
    "committed (eda034a) before the extractor ran on them; 261 relations, 104 of them doubtful, recall ceiling 226 of " +
    "261; first measurement on the code of 9226a75, the start of round 87 (frames alone): precision 0.82, recall " +
    "0.25, F1 0.38; with the clause layer 0.78 / 0.26; the last blind score, at bb9bcde before round 92's fourth " +
    "part: 0.82 / 0.26 (67 right, 15 wrong); READ by round 92's fourth part, its wrong relations and misses: the " +
    "score below is informed by this set)",
  written10: "Written passages 10 (40 passages written in five more outlet styles, eight each: notes fields of a " +
    "conflict event dataset, country-of-origin information reports, travel advisories, speech transcripts, magazine " +
    "longform; grounded in real events of the war by a helper that never saw the extractor's code, lexicons, tests, " +
    "outputs, the README or the git log, and annotated by it under the scope of Wikipedia passages 35; committed " +
    "(81153ec) before the extractor ran on them; 183 relations, 46 of them doubtful, recall ceiling 154 of 183; first " +
    "measurement on the code of 3d64cd4, the start of round 88 (frames alone): precision 0.95, recall 0.39, F1 0.55; " +
    "with the clause layer 0.92 / 0.45; its last blind score, at fd5efb0 in round 94: 76 right, 4 wrong; READ by " +
    "round 94's third part, whose families came from its misses: the score below is informed by this set, not blind)",
  written11: "Written passages 11 (40 passages written in five more outlet styles, eight each: investor risk " +
    "briefs, documentary narration scripts, museum placards, encyclopedia talk pages, grant proposals; grounded in " +
    "real events of the war by a helper that never saw the extractor's code, lexicons, tests, outputs, the README or " +
    "the git log, and annotated by it under the scope of Wikipedia passages 35; committed (37d11ab) before the " +
    "extractor ran on them; 217 relations, 51 of them doubtful, recall ceiling 202 of 217; first measurement on the " +
    "code of a1ca4ba, the start of round 89 (frames alone): precision 0.90, recall 0.39, F1 0.54; with the clause " +
    "layer 0.87 / 0.43; never read: the score below is for the current code)",
  written12: "Written passages 12 (40 passages written in five more outlet styles, eight each: insurance claim " +
    "reports, military history lectures, humanitarian access map notes, legislative committee reports, student " +
    "essays; grounded in real events of the war by a helper that never saw the extractor's code, lexicons, tests, " +
    "outputs, the README or the git log, and annotated by it under the scope of Wikipedia passages 35; committed " +
    "(aba59d1) before the extractor ran on them; 120 relations, 32 of them doubtful, recall ceiling 104 of 120; first " +
    "measurement on the code of 5cafcb2, the start of round 90 (frames alone): precision 0.74, recall 0.21, F1 0.33; " +
    "with the clause layer 0.71 / 0.27; read after that measurement, its wrong relations and misses, by round 90: " +
    "the score below is after fixes informed by this set)",
  written13: "Written passages 13 (40 passages written in five more outlet styles, eight each: conference " +
    "abstracts, risk registers, shipping security advisories, refugee intake interview notes, satellite imagery " +
    "analyses; grounded in real events of the war by a helper that never saw the extractor's code, lexicons, tests, " +
    "outputs, the README or the git log, and annotated by it under the conventions of written passages 8 and 9; " +
    "committed (8c497eb) before the extractor ran on them; 129 relations, 32 of them doubtful, recall ceiling 103 of " +
    "129; first measurement on the code of 190c991, round 90's second part (frames alone): precision 1.00, recall " +
    "0.28, F1 0.44, the same as at 5cafcb2, the round's start; with the clause layer 0.96 / 0.34; never read until " +
    "round 95 (37 right, 0 wrong at the end of round 95's second part, 7d2fd16, its last blind score); READ by round " +
    "95's third part, whose families came from its misses: the score below is informed by this set, not blind)",
  written14: "Written passages 14 (40 passages written in five more outlet styles, eight each: court indictments, " +
    "crowdfunding appeals, veterans' forum posts, exhibition catalogues, hostage negotiation logs; grounded in real " +
    "events of the war by a helper that never saw the extractor's code, lexicons, tests, outputs, the README or the " +
    "git log, and annotated by it under the conventions of written passages 8 and 9; committed (584a570) before the " +
    "extractor ran on them; 123 relations, 38 of them doubtful, recall ceiling 108 of 123; first measurement on the " +
    "code of round 90's end (786bbf7; frames alone): precision 0.88, recall 0.23, F1 0.36, with the clause layer " +
    "0.78 / 0.29; on the code of 5cafcb2, the round's start, 0.85 / 0.23 (28 right, 5 wrong against 28 and 4); 29 " +
    "right, 4 wrong at round 93's ninth part (5c2856c); its misses and wrong relations READ by round 93's tenth " +
    "part: the score below is informed by this set)",
  written15: "Written passages 15 (40 passages written in five more outlet styles, eight each: ceasefire violation " +
    "logs, arms transfer reports, peace talks readouts, tribal council statements, graded readers; grounded in real " +
    "events of the war by a helper that never saw the extractor's code, lexicons, tests, outputs, the README or the " +
    "git log, and annotated by it under the conventions of written passages 8, 9 and 14; committed (87c1953) before " +
    "the extractor ran on them; 140 relations, 32 of them doubtful, recall ceiling 123 of 140; first measurement on " +
    "the code of round 91's first part (a69b1ca; frames alone): precision 0.90, recall 0.31, F1 0.46, with the " +
    "clause layer 0.86 / 0.36; the same on the code of eff3e3e, the round's start (44 right, 5 wrong), and at " +
    "round 91's end (bb9bcde); READ by round 92, its misses and wrong relations: the score below is informed by " +
    "this set)",
  written16: "Written passages 16 (40 passages written in five more outlet styles, eight each: corrections columns, " +
    "mine-action surveys, intelligence assessments, letters to the editor, yearbook entries; grounded in real events " +
    "of the war by a helper that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, " +
    "and annotated by it under the conventions of written passages 14 and 15; committed (65722ea) before the " +
    "extractor ran on them; 160 relations, 39 of them doubtful, recall ceiling 156 of 160; first measurement on the " +
    "code of the session's start (bb9bcde; frames alone): precision 0.93, recall 0.47, F1 0.62 (75 right, 6 wrong), " +
    "with the clause layer 0.88 / 0.50; the same on the code of round 92's first part; 78 right, 8 wrong at round " +
    "92's end (6bf1c67); READ by round 93, its misses and wrong relations: the score below is informed by this set)",
  written17: "Written passages 17 (40 passages written in five more outlet styles, eight each: infobox fields, " +
    "lineage chart notes, messaging channel posts, congressional research briefs, anniversary features; grounded in " +
    "real events of the war by a helper that never saw the extractor's code, lexicons, tests, outputs, the README or " +
    "the git log, and annotated by it under the conventions of written passages 15 and 16; committed (4a76983) before " +
    "the extractor ran on them; 160 relations, 20 of them doubtful, recall ceiling 139 of 160; first measurement on " +
    "the code of round 92's third part (13ea2a0; frames alone): precision 0.94, recall 0.31, F1 0.47 (50 right, 3 " +
    "wrong), with the clause layer 0.87 / 0.37; on the code of the round's start (bb9bcde) 49 right, 3 wrong; 51 " +
    "right, 3 wrong at round 93's first part (080f83f); READ by round 93, its misses and wrong relations: the score " +
    "below is informed by this set)",
  written18: "Written passages 18 (40 passages written in five more outlet styles, eight each: press reviews, " +
    "video subtitles, map legends, commander dossiers, endnotes; grounded in real events of the war by a helper that " +
    "never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it under " +
    "the conventions of written passages 16 and 17; committed (bc93a03) before the extractor ran on them; 157 " +
    "relations, 56 of them doubtful, recall ceiling 138 of 157; first measurement on the code of round 93's first " +
    "part (080f83f; frames alone): precision 0.89, recall 0.36, F1 0.52 (57 right, 7 wrong), with the clause layer " +
    "0.87 / 0.39; on the code of the session's start (6bf1c67) 56 right, 7 wrong; never read (a search of every gold " +
    "set's quotes for words of brokering and agreeing, in round 93 after that measurement, showed four of its " +
    "relations; the family it looked for was measured and left out); its last blind score, at 7515b58 before round " +
    "94: 57 right, 7 wrong; READ by round 94, whose families came from its misses: the score below is informed by " +
    "this set, not blind)",
  written19: "Written passages 19 (40 passages written in five more outlet styles, eight each: weekly round-ups, " +
    "eyewitness accounts, legal briefs, radio bulletins, academic abstracts; grounded in real events of the war by a " +
    "helper that never saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by " +
    "it under the conventions of written passages 17 and 18; committed (a7124ae) before the extractor ran on them; " +
    "157 relations, 56 of them doubtful, recall ceiling 126 of 157; first measurement on the code of round 93's " +
    "ninth part (5c2856c; frames alone): precision 0.83, recall 0.35, F1 0.49 (55 right, 11 wrong), with the clause " +
    "layer 0.81 / 0.36; the same on the code of the session's start (6bf1c67) and at f054572 (round 94's first " +
    "part, its last blind score); READ by round 94's second part, whose families came from its misses: the score " +
    "below is informed by this set, not blind)",
  written20: "Written passages 20 (40 passages written in five more outlet styles, eight each: editorials, country " +
    "profiles, blog posts, backgrounders, research notes; grounded in real events of 2011 to 2025 by a helper that " +
    "never saw the extractor's code, lexicons, tests, outputs, the README or the git log (it ran one git status by " +
    "mistake, its output unseen), and annotated by it under the conventions of written passages 18 and 19; committed " +
    "(31840e5) before the extractor ran on them; 157 relations, 49 of them doubtful, recall ceiling 124 of 157; " +
    "first measurement on the code of round 94's first part (f054572; frames alone): precision 0.875, recall 0.27, " +
    "F1 0.41 (42 right, 6 wrong), with the clause layer 0.84 / 0.29; on the code of the session's start (7515b58) 42 " +
    "right, 5 wrong; unchanged to the end of round 94 (845a019: 42 right, 6 wrong); READ by round 95, whose " +
    "families came from its misses: the score below is informed by this set, not blind)",
  written21: "Written passages 21 (40 passages written in five more outlet styles, eight each: parliamentary written " +
    "answers, translated military communiques, a newsletter's answers to readers, an aid agency's security incident " +
    "reports, wire update notices; grounded in real events of 2011 to 2025 by a helper that never saw the " +
    "extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it under the " +
    "conventions of written passages 19 and 20; committed (6e82749) before the extractor ran on them; 160 " +
    "relations, 50 of them doubtful, recall ceiling 137 of 160; first measurement on the code of the session's " +
    "start (845a019, round 94's end; frames alone): precision 0.79, recall 0.33, F1 0.46 (52 right, 14 wrong), with " +
    "the clause layer 0.77 / 0.35; on round 95's first part (6e6ebd6): 54 right, 14 wrong; never read: the score below is for the current code)",
  written22: "Written passages 22 (40 passages written in five more outlet styles, eight each: embassy travel " +
    "advisories, regional press reviews, defector debrief summaries, local council statements, academic abstracts " +
    "(the last a style an earlier set used); grounded in real events of 2011 to 2025 by a helper that never saw the " +
    "extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it under the " +
    "conventions of written passages 20 and 21; committed (47e86a0) before the extractor ran on them; 149 " +
    "relations, 69 of them doubtful, recall ceiling 135 of 149; first measurement on the code of the session's " +
    "start (fe7ed86, round 95's end; frames alone): precision 0.97, recall 0.46, F1 0.63 (69 right, 2 wrong), with " +
    "the clause layer 0.97 / 0.50; never read: the score below is for the current code)",
  written23: "Written passages 23 (40 passages written in five more outlet styles, eight each: TV news tickers, " +
    "think-tank event readouts, humanitarian cluster snapshots, diaspora newsletters, UN sanctions Monitoring Team " +
    "reports; grounded in real events of 2011 to 2025 by a helper that never saw the extractor's code, lexicons, " +
    "tests, outputs, the README or the git log, and annotated by it under the conventions of written passages 21 " +
    "and 22; committed (eaffd41) before the extractor ran on them; 151 relations, 45 of them doubtful, recall " +
    "ceiling 129 of 151; first measurement on the code of the session's start (d20172b, round 96's end; frames " +
    "alone): precision 0.82, recall 0.44, F1 0.58 (67 right, 15 wrong), with the clause layer 0.78 / 0.48; never " +
    "read: the score below is for the current code)",
  written24: "Written passages 24 (40 passages written in five more outlet styles, eight each: control-map " +
    "changelogs, wargame scenario briefs, raw machine translations of Arabic, Turkish and Persian news, financial-" +
    "intelligence advisories, asylum country guidance; grounded in real events of 2011 to 2025 by a helper that never " +
    "saw the extractor's code, lexicons, tests, outputs, the README or the git log, and annotated by it under the " +
    "conventions of written passages 22 and 23; committed (99a6884) before the extractor ran on them; 153 " +
    "relations, 36 of them doubtful, recall ceiling 113 of 153; first measurement on the code of the session's start " +
    "(58df84e, round 97's end; frames alone): precision 0.81, recall 0.30, F1 0.44 (46 right, 11 wrong), with the " +
    "clause layer 0.80 / 0.37; never read: the score below is for the current code)",
  wikipediaDev: "Wikipedia development set: errors read (annotated before the extractor ran on it; first " +
    "measurement at 1064f6c: precision 1.00, recall 0.33, F1 0.49; the score below is after fixes informed by this set)",
};

/**
 * The sets issue 10's round 67 read, with their last blind scores (precision and recall at f3a0a2b, frames alone): that
 * round found its families in misses pooled over every set, these among them, so their scores are informed from then on
 * and their labels say so.
 */
const READ_BY_ROUND_67: Partial<Record<keyof typeof BLIND_LABELS, [number, number]>> = {
  wikipedia5: [0.952, 0.260],
  wikipedia6: [1.000, 0.130],
  wikipedia33: [0.917, 0.145],
  wikipedia44: [0.909, 0.260],
  wikipedia45: [0.778, 0.192],
  wikipedia46: [0.875, 0.128],
  wikipedia47: [0.913, 0.339],
  wikipedia48: [0.861, 0.277],
  wikipedia49: [0.864, 0.292],
  wikipedia50: [0.929, 0.366],
  wikipedia51: [1.000, 0.253],
  wikipedia52: [0.813, 0.167],
  wikipedia53: [1.000, 0.195],
  wikipedia54: [0.786, 0.306],
  wikipedia55: [0.895, 0.200],
  wikipedia56: [0.727, 0.205],
  wikipedia57: [0.909, 0.233],
  wikipedia58: [0.833, 0.147],
  wikipedia59: [0.750, 0.100],
  wikipedia60: [0.867, 0.155],
  wikipedia61: [0.909, 0.147],
  wikipedia62: [0.680, 0.198],
  wikipedia63: [1.000, 0.246],
  wikipedia64: [0.842, 0.222],
  wikipedia65: [0.810, 0.279],
  wikipedia66: [0.842, 0.302],
  wikipedia67: [0.889, 0.107],
  wikipedia68: [0.846, 0.219],
  wikipedia69: [0.917, 0.204],
  wikipedia70: [0.864, 0.226],
  wikipedia71: [0.938, 0.179],
  wikipedia72: [1.000, 0.217],
  wikipedia73: [1.000, 0.154],
  wikipedia75: [0.609, 0.250],
  wikipedia76: [0.923, 0.381],
  wikipedia77: [0.920, 0.397],
  wikipedia78: [0.941, 0.333],
  wikipedia79: [0.667, 0.302],
  wikipedia80: [0.636, 0.378],
  wikipedia81: [0.909, 0.408],
  wikipedia82: [0.688, 0.250],
  wikipedia83: [0.800, 0.286],
  heldout3: [0.895, 0.694],
  heldout10: [0.947, 0.581],
  heldout11: [0.944, 0.654],
  heldout17: [0.980, 0.641],
};

for (const [key, [precision, recall]] of Object.entries(READ_BY_ROUND_67) as [keyof typeof BLIND_LABELS, number[]][]) {
  BLIND_LABELS[key] = readByRound67(BLIND_LABELS[key], precision, recall);
}

/** A set's label once round 67 has read it: the "never read" ending replaced, or the note added before the ")". */
function readByRound67(label: string, precision: number, recall: number): string {
  const note = "never read until issue 10's round 67, which read its misses pooled over every set (its last blind " +
    `score, at f3a0a2b: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}): the score below is after ` +
    "fixes informed by this set";
  const phrase = /(?:never read[:;] )?the score below is for the current code/;
  return phrase.test(label) ? label.replace(phrase, note) : label.replace(/\)$/, `; ${note})`);
}

/**
 * Each passage of a passage gold set extracted as its own article, as the pipeline extracts one: gazetteer and
 * discovered mentions (one slug map for the set), the reference's lexicons.
 */
export function passageRelations(
  gold: GoldRelationsPassages,
  clauses?: boolean,
  pages: PageDates = NO_PAGE_DATES,
): Relation[] {
  return passageExtraction(gold, clauses, defaultReference(), pages).relations;
}

/**
 * Each passage's mentions and relations, as passageRelations extracts them; with `pages` (loadPageDates of the
 * corpus), each passage carries the dates its page states, as in a run over the corpus.
 */
export function passageExtraction(
  gold: GoldRelationsPassages,
  clauses?: boolean,
  reference: Reference = defaultReference(),
  pages: PageDates = NO_PAGE_DATES,
): { mentions: Mention[]; relations: Relation[] } {
  const articles = gold.passages.map((passage) =>
    withPageDates(articleFromText(passage.id, passage.text), passage.file, pages)
  );
  return articlesExtraction(articles, clauses, reference);
}

/** Each article's mentions and relations as the pipeline extracts them, with one discovered-slug map for the set. */
function articlesExtraction(
  articles: Article[],
  clauses: boolean | undefined,
  reference: Reference,
): { mentions: Mention[]; relations: Relation[] } {
  const slugs: DiscoveredSlugs = new Map();
  const mentions: Mention[] = [];
  const relations: Relation[] = [];
  for (const article of articles) {
    const own = pipelineRelations(article, reference, slugs, clauses);
    mentions.push(...own.mentions);
    relations.push(...own.relations);
  }
  return { mentions, relations };
}

/** Whether a relation was read by the clause-level layer (lib/extract/relations/clause-reading.ts). */
export const byClauseLayer = (r: Relation): boolean => r.features?.voice === "clause";

/**
 * The recall the mention layer allows: how many gold relations have both parties among the groups the mentions of
 * their document name (counts only: no relation is listed).
 */
export function recallCeiling(gold: RelationLike[], mentions: Pick<Mention, "articleId" | "groupId">[]): {
  reachable: number;
  total: number;
} {
  const named = new Set(mentions.map((m) => `${m.articleId} ${m.groupId}`));
  const reachable =
    gold.filter((r) => named.has(`${r.articleId} ${r.subject}`) && named.has(`${r.articleId} ${r.object}`)).length;
  return { reachable, total: gold.length };
}

/**
 * What the clause-level layer changes on one set, in counts: the frame reader alone, frames and layer together, the
 * layer's own relations and how many of them gold holds, and the recall ceiling the mentions set. `extracted` was read
 * with the layer on.
 */
export function clauseLayerLines(
  gold: RelationLike[],
  extracted: Relation[],
  mentions: Pick<Mention, "articleId" | "groupId">[],
): string[] {
  const frames = scoreRelations(extracted.filter((r) => !byClauseLayer(r)), gold);
  const both = scoreRelations(extracted, gold);
  const expected = new Set(gold.map(relationKey));
  const framed = new Set(extracted.filter((r) => !byClauseLayer(r)).map(relationKey));
  const own = [...new Set(extracted.filter(byClauseLayer).map(relationKey))].filter((k) => !framed.has(k));
  const right = own.filter((k) => expected.has(k)).length;
  const ceiling = recallCeiling(gold, mentions);
  return [
    `  frame reader alone: precision ${percent(frames.precision)}, recall ${percent(frames.recall)}; with the ` +
    `clause layer: precision ${percent(both.precision)}, recall ${percent(both.recall)}, F1 ${percent(both.f1)}; ` +
    `the layer's own relations: ${right} of ${own.length} in gold` +
    (own.length > 0 ? ` (${percent(right / own.length)})` : ""),
    `  recall ceiling (both parties named by the mentions of their document): ${ceiling.reachable} of ` +
    `${ceiling.total} gold relations (${percent(ceiling.total === 0 ? 1 : ceiling.reachable / ceiling.total)})`,
  ];
}

/**
 * A blind set scored overall and on its in-gazetteer subset (relations whose both ids are gazetteer ids: what a
 * gazetteer-bound extractor can reach), by type, with the confusion table; no list of errors (that would invite
 * tuning on it).
 */
export function blindReport(
  label: string,
  units: string,
  gold: GoldRelation[],
  extracted: Relation[],
  gazetteerIds: Set<string>,
): string[] {
  const score = scoreRelations(extracted, gold);
  const inGazetteer = (r: RelationLike) => gazetteerIds.has(r.subject) && gazetteerIds.has(r.object);
  const known = scoreRelations(extracted.filter(inGazetteer), gold.filter(inGazetteer));
  // The relations the annotators did not mark doubtful (their notes say "Doubtful" where the text leaves room, or the
  // relation says `doubtful`): the recall of what a careful reader would call stated.
  const firm = gold.filter((r) => !r.doubtful && !DOUBTFUL.test(r.note ?? ""));
  const firmRecall = scoreRelations(extracted, firm).recall;
  const lines = [
    `${label}: ${units}, ${gold.length} gold relations; ` +
    `precision ${percent(score.precision)}, recall ${percent(score.recall)}, F1 ${percent(score.f1)}`,
    `  in-gazetteer subset (${gold.filter(inGazetteer).length} gold): precision ${percent(known.precision)}, ` +
    `recall ${percent(known.recall)}, F1 ${percent(known.f1)}`,
    `  recall of the ${firm.length} gold relations not marked doubtful: ${percent(firmRecall)}` +
    (firm.length === gold.length ? " (the set marks none doubtful)" : ""),
  ];
  for (const [type, c] of Object.entries(score.byType)) {
    lines.push(`  ${type.padEnd(9)} tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  F1 ${percent(c.f1)}`);
  }
  lines.push("  confusion (gold type → extracted type for the same pair; missed; extra):");
  lines.push(...confusionLines(relationConfusion(extracted, gold)));
  return lines;
}

const percent = (share: number) => `${(100 * share).toFixed(1)}%`;

/** A gold note's mark of a relation the annotator was unsure of ("Doubtful: ..."). */
const DOUBTFUL = /\bdoubtful\b/i;

/**
 * The relations evaluation as printable text: seed precision, recall and F1 against gold (overall and by type,
 * with every extra and missing relation), and on FA-KES the relations extracted, by type, and precision, recall and
 * F1 on the hand-annotated FA-KES sample (tuned on) and on the two held-out FA-KES samples (never tuned on: the honest
 * numbers; the second was drawn after the first had informed development).
 */
export async function evaluateRelations(options: EvaluateRelationsOptions = {}): Promise<string> {
  const { seeds = SEED_CORPUS, fakes = FAKES_CSV } = options;
  const lines = ["## Relations"];
  const gazetteerIds = new Set(defaultReference().gazetteer.groups.map((g) => g.id));
  const wikipedia = await loadGoldRelationsWikipedia(options.wikipediaGold);
  const wikipedia2 = await loadGoldRelationsWikipedia2(options.wikipedia2Gold);
  const wikipedia3 = await loadGoldRelationsWikipedia3(options.wikipedia3Gold);
  const wikipedia4 = await loadGoldRelationsWikipedia4(options.wikipedia4Gold);
  const wikipedia5 = await loadGoldRelationsWikipedia5(options.wikipedia5Gold);
  const wikipedia6 = await loadGoldRelationsWikipedia6(options.wikipedia6Gold);
  const wikipedia7 = await loadGoldRelationsWikipedia7(options.wikipedia7Gold);
  const wikipedia8 = await loadGoldRelationsWikipedia8(options.wikipedia8Gold);
  const wikipedia9 = await loadGoldRelationsWikipedia9(options.wikipedia9Gold);
  const wikipedia10 = await loadGoldRelationsWikipedia10(options.wikipedia10Gold);
  const wikipedia11 = await loadGoldRelationsWikipedia11(options.wikipedia11Gold);
  const wikipedia12 = await loadGoldRelationsWikipedia12(options.wikipedia12Gold);
  const wikipedia13 = await loadGoldRelationsWikipedia13(options.wikipedia13Gold);
  const wikipedia14 = await loadGoldRelationsWikipedia14(options.wikipedia14Gold);
  const wikipedia15 = await loadGoldRelationsWikipedia15(options.wikipedia15Gold);
  const wikipedia16 = await loadGoldRelationsWikipedia16(options.wikipedia16Gold);
  const wikipedia17 = await loadGoldRelationsWikipedia17(options.wikipedia17Gold);
  const wikipedia18 = await loadGoldRelationsWikipedia18(options.wikipedia18Gold);
  const wikipedia19 = await loadGoldRelationsWikipedia19(options.wikipedia19Gold);
  const wikipediaDev = await loadGoldRelationsWikipediaDev(options.wikipediaDevGold);
  const gold = await loadGoldRelations(options.gold);
  // Every set is read with the clause layer on; the headline numbers show what extraction writes by default
  // (lexicon clauseReading.enabled), and a line per set compares the frame reader alone with frames and layer.
  const layerOn = defaultReference().lexicon.relations.clauseReading.enabled;
  const shown = (relations: Relation[]) => layerOn ? relations : relations.filter((r) => !byClauseLayer(r));
  lines.push(
    `(clause layer ${layerOn ? "on" : "off"} by default: headline numbers ${
      layerOn ? "include" : "exclude"
    } its relations; the line under each set shows both)`,
  );
  const seedAll = await articlesAndRelations(seeds, {}, true);
  const seed = { ...seedAll, relations: shown(seedAll.relations) };
  const score = scoreRelations(seed.relations, gold.relations);
  lines.push(
    `seeds: ${seed.relations.length} relations extracted (${
      score.tp + score.fp
    } distinct), ${gold.relations.length} in gold; ` +
      `precision ${percent(score.precision)}, recall ${percent(score.recall)}, F1 ${percent(score.f1)} (target 85%)`,
  );
  for (const [type, c] of Object.entries(score.byType)) {
    lines.push(`  ${type.padEnd(9)} tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  F1 ${percent(c.f1)}`);
  }
  for (const key of score.extra) lines.push(`  extra:   ${key}`);
  for (const key of score.missing) lines.push(`  missing: ${key}`);
  lines.push(...clauseLayerLines(gold.relations, seedAll.relations, seedAll.mentions));
  lines.push(matrixEvidenceLine("seeds", seed.relations));
  const passageSets = [
    [BLIND_LABELS.wikipedia, wikipedia],
    [BLIND_LABELS.wikipedia2, wikipedia2],
    [BLIND_LABELS.wikipedia3, wikipedia3],
    [BLIND_LABELS.wikipedia4, wikipedia4],
    [BLIND_LABELS.wikipedia5, wikipedia5],
    [BLIND_LABELS.wikipedia6, wikipedia6],
    [BLIND_LABELS.wikipedia7, wikipedia7],
    [BLIND_LABELS.wikipedia8, wikipedia8],
    [BLIND_LABELS.wikipedia9, wikipedia9],
    [BLIND_LABELS.wikipedia10, wikipedia10],
    [BLIND_LABELS.wikipedia11, wikipedia11],
    [BLIND_LABELS.wikipedia12, wikipedia12],
    [BLIND_LABELS.wikipedia13, wikipedia13],
    [BLIND_LABELS.wikipedia14, wikipedia14],
    [BLIND_LABELS.wikipedia15, wikipedia15],
    [BLIND_LABELS.wikipedia16, wikipedia16],
    [BLIND_LABELS.wikipedia17, wikipedia17],
    [BLIND_LABELS.wikipedia18, wikipedia18],
    [BLIND_LABELS.wikipedia19, wikipedia19],
    // Passages 20 to the last set: numbered files, one loader.
    ...(await Promise.all(
      Array.from({ length: LAST_WIKIPEDIA_SET - 19 }, async (_, i) => {
        const set = 20 + i;
        const label = BLIND_LABELS[`wikipedia${set}` as keyof typeof BLIND_LABELS];
        return [label, await loadGoldRelationsWikipediaSet(set, options.wikipediaSetGold?.[set])] as const;
      }),
    )),
  ] as const;
  // Each passage with the dates its page states, as in a run over the corpus (round 25; before it, undated).
  const pages = await loadPageDates(options.wikipediaCorpus ?? WIKIPEDIA_CORPUS);
  if (pages.size === 0) lines.push("note: the Wikipedia corpus is absent, so each passage is read undated");
  else {
    lines.push(
      "note: each Wikipedia passage is read with the dates its page states (since round 25); the first measurements " +
        "the labels of passages 1 to 19 quote were made on undated passages",
    );
  }
  for (const [label, passages] of passageSets) {
    const read = passageExtraction(passages, true, defaultReference(), pages);
    lines.push(
      ...blindReport(
        label,
        `${passages.passages.length} passages`,
        passages.relations,
        shown(read.relations),
        gazetteerIds,
      ),
    );
    lines.push(...clauseLayerLines(passages.relations, read.relations, read.mentions));
  }

  const devRead = passageExtraction(wikipediaDev, true, defaultReference(), pages);
  const devExtracted = shown(devRead.relations);
  lines.push(
    ...blindReport(
      BLIND_LABELS.wikipediaDev,
      `${wikipediaDev.passages.length} passages`,
      wikipediaDev.relations,
      devExtracted,
      gazetteerIds,
    ),
  );
  lines.push(...errorLines(scoreRelations(devExtracted, wikipediaDev.relations)));
  lines.push(...clauseLayerLines(wikipediaDev.relations, devRead.relations, devRead.mentions));

  lines.push(...await reliefWebHeadlineLines(options, gazetteerIds));

  lines.push(...await writtenPassageLines(options, gazetteerIds, shown));

  const { wikipediaCorpus = WIKIPEDIA_CORPUS } = options;
  const checked = await loadCheckedMemberships(options.membersChecked);
  const checkedPages = new Set(checked.pages.map((page) => page.replace(/\.md$/, "")));
  const clauseList = await loadCheckedClauseReadings(options.clauseChecked);
  const clauseChecked: Parameters<typeof checkedClausePrecision>[1] = [];
  const membership = {
    gold: [
      { extracted: seed.relations, gold: gold.relations },
      { extracted: devExtracted, gold: wikipediaDev.relations },
    ],
    extracted: [] as Parameters<typeof checkedMembershipPrecision>[1],
  };
  try {
    await Deno.stat(wikipediaCorpus);
    const wikiAll = await articlesAndRelations(wikipediaCorpus, {}, true);
    const wiki = { ...wikiAll, relations: shown(wikiAll.relations) };
    membership.extracted.push({
      corpus: "wikipedia",
      relations: wiki.relations,
      documents: (id) => checkedPages.has(id),
    });
    clauseChecked.push({ corpus: "wikipedia", relations: wikiAll.relations, documents: (id) => checkedPages.has(id) });
    lines.push(`Wikipedia corpus: ${wiki.articles.length} pages, ${wiki.relations.length} relations`);
    lines.push(matrixEvidenceLine("Wikipedia corpus", wiki.relations));
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
    lines.push(`Wikipedia corpus: skipped (${wikipediaCorpus} not found)`);
  }

  try {
    await Deno.stat(fakes);
  } catch {
    lines.push(`FA-KES: skipped (${fakes} not found)`);
    lines.push(...membershipLines(checked, membership.gold, membership.extracted));
    return lines.join("\n");
  }
  const corpusAll = await articlesAndRelations(fakes, { csv: FAKES_COLUMNS }, true);
  const corpus = { ...corpusAll, relations: shown(corpusAll.relations) };
  const layerLinesFor = (sample: GoldRelationsSample) => {
    const inSample = new Set(sample.articles);
    return clauseLayerLines(
      sample.relations,
      corpusAll.relations.filter((r) => inSample.has(r.articleId)),
      corpusAll.mentions.filter((m) => inSample.has(m.articleId)),
    );
  };
  const withRelations = new Set(corpus.relations.map((r) => r.articleId)).size;
  const byType = Object.entries(relationCountsByType(corpus.relations)).map(([t, n]) => `${t} ${n}`).join(", ");
  lines.push(
    `FA-KES: ${corpus.articles.length} articles, ${corpus.mentions.length} mentions, ${corpus.relations.length} relations ` +
      `in ${withRelations} articles; by type: ${byType}`,
  );
  lines.push(matrixEvidenceLine("FA-KES", corpus.relations));
  // The second held-out set prints counts only: listing its missed relations would invite tuning on it.
  const samples: [string, GoldRelationsSample, boolean][] = [
    ["FA-KES sample", await loadGoldRelationsSample(options.fakesGold), true],
    [
      "FA-KES held-out 1 (annotated blind; its error families, not its articles, later guided new patterns)",
      await loadGoldRelationsHeldout(options.fakesHeldoutGold),
      true,
    ],
    [
      "FA-KES held-out 2 (blind until issue 10's round 7, whose author read its errors: after fixes informed by this " +
      "set; its errors are not printed)",
      await loadGoldRelationsHeldout2(options.fakesHeldout2Gold),
      false,
    ],
  ];
  for (const [label, sample, listErrors] of samples) {
    lines.push(...sampleReport(label, sample, corpus.relations, listErrors));
    lines.push(...layerLinesFor(sample));
  }
  // Calibration data: precision by voice on the sets open to development (seeds, FA-KES sample, held-out 1).
  const open = new Set([...samples[0][1].articles, ...samples[1][1].articles]);
  lines.push("  precision by voice on the development sets (seeds, FA-KES sample, held-out 1; clause layer included):");
  lines.push(
    ...precisionByVoice(
      [...seedAll.relations, ...corpusAll.relations.filter((r) => open.has(r.articleId))],
      [...gold.relations, ...samples[0][1].relations, ...samples[1][1].relations],
    ),
  );
  const heldout3 = await loadGoldRelationsHeldout3(options.fakesHeldout3Gold);
  const heldout4 = await loadGoldRelationsHeldout4(options.fakesHeldout4Gold);
  const heldout5 = await loadGoldRelationsHeldout5(options.fakesHeldout5Gold);
  const heldout6 = await loadGoldRelationsHeldout6(options.fakesHeldout6Gold);
  const heldout7 = await loadGoldRelationsHeldout7(options.fakesHeldout7Gold);
  const heldout8 = await loadGoldRelationsHeldout8(options.fakesHeldout8Gold);
  const heldout9 = await loadGoldRelationsHeldout9(options.fakesHeldout9Gold);
  const heldout10 = await loadGoldRelationsHeldout10(options.fakesHeldout10Gold);
  const heldout11 = await loadGoldRelationsHeldout11(options.fakesHeldout11Gold);
  const heldout12 = await loadGoldRelationsHeldout12(options.fakesHeldout12Gold);
  const heldout13 = await loadGoldRelationsHeldout13(options.fakesHeldout13Gold);
  const heldout14 = await loadGoldRelationsHeldout14(options.fakesHeldout14Gold);
  const heldout15 = await loadGoldRelationsHeldout15(options.fakesHeldout15Gold);
  const heldout16 = await loadGoldRelationsHeldout16(options.fakesHeldout16Gold);
  const heldout17 = await loadGoldRelationsHeldout17(options.fakesHeldout17Gold);
  const heldout18 = await loadGoldRelationsHeldout18(options.fakesHeldout18Gold);
  const heldout19 = await loadGoldRelationsHeldout19(options.fakesHeldout19Gold);
  for (
    const [label, heldout] of [
      [BLIND_LABELS.heldout3, heldout3],
      [BLIND_LABELS.heldout4, heldout4],
      [BLIND_LABELS.heldout5, heldout5],
      [BLIND_LABELS.heldout6, heldout6],
      [BLIND_LABELS.heldout7, heldout7],
      [BLIND_LABELS.heldout8, heldout8],
      [BLIND_LABELS.heldout9, heldout9],
      [BLIND_LABELS.heldout10, heldout10],
      [BLIND_LABELS.heldout11, heldout11],
      [BLIND_LABELS.heldout12, heldout12],
      [BLIND_LABELS.heldout13, heldout13],
      [BLIND_LABELS.heldout14, heldout14],
      [BLIND_LABELS.heldout15, heldout15],
      [BLIND_LABELS.heldout16, heldout16],
      [BLIND_LABELS.heldout17, heldout17],
      [BLIND_LABELS.heldout18, heldout18],
      [BLIND_LABELS.heldout19, heldout19],
    ] as const
  ) {
    const inHeldout = new Set(heldout.articles);
    lines.push(
      ...blindReport(
        label,
        `${heldout.articles.length} articles`,
        heldout.relations,
        corpus.relations.filter((r) => inHeldout.has(r.articleId)),
        gazetteerIds,
      ),
    );
    lines.push(...layerLinesFor(heldout));
  }
  // The checked FA-KES documents: every article outside the held-out sets.
  const heldOut = new Set([
    ...samples[1][1].articles,
    ...samples[2][1].articles,
    ...heldout3.articles,
    ...heldout4.articles,
    ...heldout5.articles,
    ...heldout6.articles,
    ...heldout7.articles,
    ...heldout8.articles,
    ...heldout9.articles,
    ...heldout10.articles,
    ...heldout11.articles,
    ...heldout12.articles,
    ...heldout13.articles,
    ...heldout14.articles,
    ...heldout15.articles,
    ...heldout16.articles,
    ...heldout17.articles,
    ...heldout18.articles,
    ...heldout19.articles,
  ]);
  membership.gold.push(
    ...samples.slice(0, 2).map(([, sample]) => ({
      extracted: corpus.relations.filter((r) => sample.articles.includes(r.articleId)),
      gold: sample.relations,
    })),
  );
  membership.extracted.push({ corpus: "fakes", relations: corpus.relations, documents: (id) => !heldOut.has(id) });
  lines.push(...membershipLines(checked, membership.gold, membership.extracted));
  clauseChecked.push({ corpus: "fakes", relations: corpusAll.relations, documents: (id) => !heldOut.has(id) });
  const hand = checkedClausePrecision(clauseList.relations, clauseChecked);
  lines.push(
    `Clause layer, hand-checked (relations-fallback-checked.json, ${clauseList.relations.length} relations drawn ` +
      `from the development pages and FA-KES outside the held-out sets): ${hand.correct} correct, ${hand.wrong} wrong ` +
      `of those read now: precision ${percent(hand.correct / Math.max(1, hand.correct + hand.wrong))}; ` +
      `${hand.unchecked} clause-layer relations read now on those documents and not in the list`,
  );
  return lines.join("\n");
}

/** The written passages' blind reports (data/gold/relations-written-blind.json and -blind-2.json to -blind-17.json). */
async function writtenPassageLines(
  options: EvaluateRelationsOptions,
  gazetteerIds: Set<string>,
  shown: (relations: Relation[]) => Relation[],
): Promise<string[]> {
  const lines: string[] = [];
  const sets = [
    [BLIND_LABELS.written, options.writtenGold],
    [BLIND_LABELS.written2, options.written2Gold ?? "relations-written-blind-2.json"],
    [BLIND_LABELS.written3, options.written3Gold ?? "relations-written-blind-3.json"],
    [BLIND_LABELS.written4, options.written4Gold ?? "relations-written-blind-4.json"],
    [BLIND_LABELS.written5, options.written5Gold ?? "relations-written-blind-5.json"],
    [BLIND_LABELS.written6, options.written6Gold ?? "relations-written-blind-6.json"],
    [BLIND_LABELS.written7, options.written7Gold ?? "relations-written-blind-7.json"],
    [BLIND_LABELS.written8, options.written8Gold ?? "relations-written-blind-8.json"],
    [BLIND_LABELS.written9, options.written9Gold ?? "relations-written-blind-9.json"],
    [BLIND_LABELS.written10, options.written10Gold ?? "relations-written-blind-10.json"],
    [BLIND_LABELS.written11, options.written11Gold ?? "relations-written-blind-11.json"],
    [BLIND_LABELS.written12, options.written12Gold ?? "relations-written-blind-12.json"],
    [BLIND_LABELS.written13, options.written13Gold ?? "relations-written-blind-13.json"],
    [BLIND_LABELS.written14, options.written14Gold ?? "relations-written-blind-14.json"],
    [BLIND_LABELS.written15, options.written15Gold ?? "relations-written-blind-15.json"],
    [BLIND_LABELS.written16, options.written16Gold ?? "relations-written-blind-16.json"],
    [BLIND_LABELS.written17, options.written17Gold ?? "relations-written-blind-17.json"],
    [BLIND_LABELS.written18, options.written18Gold ?? "relations-written-blind-18.json"],
    [BLIND_LABELS.written19, options.written19Gold ?? "relations-written-blind-19.json"],
    [BLIND_LABELS.written20, options.written20Gold ?? "relations-written-blind-20.json"],
    [BLIND_LABELS.written21, options.written21Gold ?? "relations-written-blind-21.json"],
    [BLIND_LABELS.written22, options.written22Gold ?? "relations-written-blind-22.json"],
    [BLIND_LABELS.written23, options.written23Gold ?? "relations-written-blind-23.json"],
    [BLIND_LABELS.written24, options.written24Gold ?? "relations-written-blind-24.json"],
  ] as const;
  for (const [label, path] of sets) {
    const written = await loadGoldRelationsWritten(path);
    const read = writtenExtraction(written, true);
    lines.push(
      ...blindReport(
        label,
        `${written.passages.length} passages`,
        written.relations,
        shown(read.relations),
        gazetteerIds,
      ),
      ...clauseLayerLines(written.relations, read.relations, read.mentions),
    );
  }
  return lines;
}

/** The ReliefWeb headline set scored like the other blind sets; skipped with a note where the corpus is absent. */
async function reliefWebHeadlineLines(options: EvaluateRelationsOptions, gazetteerIds: Set<string>): Promise<string[]> {
  const { reliefWeb = RELIEFWEB_CSV } = options;
  try {
    await Deno.stat(reliefWeb);
  } catch {
    return [`ReliefWeb headlines: skipped (${reliefWeb} not found)`];
  }
  const gold = await loadGoldRelationsReliefWebHeadlines(options.reliefWebHeadlinesGold);
  const listed = new Set(gold.articles);
  const { relations } = await articlesAndRelations(reliefWeb, { csv: RELIEFWEB_COLUMNS });
  const own = relations.filter((r) => listed.has(r.articleId));
  return blindReport(
    BLIND_LABELS.reliefWebHeadlines,
    `${gold.articles.length} headlines`,
    gold.relations,
    own,
    gazetteerIds,
  );
}

/**
 * Membership precision: organisational relations (the alliance matrix's cells) against the gold sets open to
 * development, and the current extraction against the hand-checked list (data/gold/relations-members-checked.json).
 */
function membershipLines(
  checked: CheckedMemberships,
  gold: { extracted: RelationLike[]; gold: RelationLike[] }[],
  extracted: Parameters<typeof checkedMembershipPrecision>[1],
): string[] {
  const score = membershipScore(gold);
  const hand = checkedMembershipPrecision(checked.relations, extracted);
  return [
    "Membership precision (merger, member, joined, left, split, affiliate: the alliance matrix's cells)",
    `  against gold open to development (seeds, Wikipedia development set${
      gold.length > 2 ? ", FA-KES sample, held-out 1" : ""
    }): precision ${percent(score.precision)} (${score.tp} of ${score.tp + score.fp}), recall ${
      percent(score.recall)
    } (${score.tp} of ${score.tp + score.fn})`,
    `  hand-checked (relations-members-checked.json, ${checked.relations.length} relations of the development ` +
    `set's ${checked.pages.length} Wikipedia pages and FA-KES outside the held-out sets): ${hand.correct} correct, ` +
    `${hand.wrong} wrong of those extracted now: precision ${percent(hand.precision)}; ${hand.unchecked} ` +
    "extracted now on those documents and not in the list" + (hand.unchecked === 0 ? "" : ": ") +
    [...hand.uncheckedPairs].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([pair, n]) => `${pair} ${n}`)
      .join(", "),
  ];
}

/**
 * One gold sample of a corpus scored: the relations extracted from its articles against its gold, by type, and with
 * listErrors every extra and missing relation.
 */
function sampleReport(label: string, sample: GoldRelationsSample, relations: Relation[], listErrors = true): string[] {
  const inSample = new Set(sample.articles);
  const score = scoreRelations(relations.filter((r) => inSample.has(r.articleId)), sample.relations);
  const lines = [
    `${label}: ${sample.articles.length} articles (${sample.drawn}), ${sample.relations.length} gold relations; ` +
    `precision ${percent(score.precision)}, recall ${percent(score.recall)}, F1 ${percent(score.f1)}`,
  ];
  for (const [type, c] of Object.entries(score.byType)) {
    lines.push(`  ${type.padEnd(9)} tp ${c.tp}  fp ${c.fp}  fn ${c.fn}  F1 ${percent(c.f1)}`);
  }
  if (!listErrors) return lines;
  return [...lines, ...errorLines(score)];
}

/** Every extra and missing relation of a score, one line each: only for sets open to development. */
function errorLines(score: RelationScore): string[] {
  return [...score.extra.map((key) => `  extra:   ${key}`), ...score.missing.map((key) => `  missing: ${key}`)];
}
