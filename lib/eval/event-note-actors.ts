import { z } from "zod";
import type { Article, Mention } from "../records/mod.ts";
import { articleFromText } from "../ingest/article-from-text.ts";
import { defaultReference, type Reference } from "../reference/mod.ts";
import { extractMentions } from "../extract/mentions/extract-mentions.ts";
import { type DiscoveredSlugs, extractMentionsWithDiscovered, slugOf } from "../extract/mentions/discover.ts";
import { loadGold } from "./gold.ts";

/** One named armed actor of a note: the words, and the gazetteer id (or `new:<slug>` for a group it lacks). */
export const GoldNoteActor = z.object({
  name: z.string(),
  groupId: z.string(),
  inGazetteer: z.boolean(),
  note: z.string().optional(),
});

/** A span of a note that must yield no record (shared with the figures' scoring: see `mentionNegatives`). */
/** A span that must yield no group (and no figure); the first set says why in `reason`, the second in `why`. */
export const GoldNoteNegative = z.object({
  quote: z.string(),
  reason: z.string().optional(),
  why: z.string().optional(),
})
  .refine((negative) => negative.reason !== undefined || negative.why !== undefined, "say why: reason or why");

/** The fields of data/gold/event-notes-blind.json the actor scoring reads (the tolls are scored elsewhere). */
export const GoldEventNotes = z.object({
  description: z.string(),
  notes: z.array(z.object({
    id: z.string(),
    text: z.string(),
    eventDate: z.string(),
    actors: z.array(GoldNoteActor),
    negatives: z.array(GoldNoteNegative).optional(),
  })),
});
export type GoldEventNotes = z.infer<typeof GoldEventNotes>;
type GoldNote = GoldEventNotes["notes"][number];

/** Mentions of a set of notes, each note an article dated by its event: the extraction under test. */
export type NoteMentions = (articles: Article[], reference: Reference) => Mention[];

export type EventNoteActorsEvaluation = {
  notes: number;
  actors: number;
  found: number;
  /** Of the actors the gazetteer lacks (`new:` ids), how many a discovered mention with the same slug found. */
  newActors: number;
  newFound: number;
  missed: { noteId: string; name: string; groupId: string }[];
  negatives: number;
  /** Mentions that fall on a span that must yield none ("is" as a verb, "the Turkish border"). */
  negativeHits: { noteId: string; quote: string; surface: string; groupId: string }[];
};

/** Reads data/gold/event-notes-blind.json (or `path`), validated. */
export function loadGoldEventNotes(path: string | URL = "event-notes-blind.json"): Promise<GoldEventNotes> {
  return loadGold(path, GoldEventNotes, "gold event notes file");
}

/**
 * The negatives that concern mentions: the file's negatives serve the figures too ("4th Division": a unit name, not
 * a figure), so a negative that contains one of the note's gold actor names is a figure negative and is left out.
 */
export function mentionNegatives(note: GoldNote): { quote: string; start: number; end: number }[] {
  return (note.negatives ?? []).flatMap((negative) => {
    const start = note.text.indexOf(negative.quote);
    if (start < 0) throw new Error(`event note ${note.id}: negative "${negative.quote}" is not in its text`);
    const end = start + negative.quote.length;
    const holdsActor = note.actors.some((actor) => {
      const at = note.text.indexOf(actor.name);
      return at >= 0 && at < end && at + actor.name.length > start;
    });
    return holdsActor ? [] : [{ quote: negative.quote, start, end }];
  });
}

/** Today's extraction: the gazetteer's mentions, note by note. */
export const gazetteerMentions: NoteMentions = (articles, reference) =>
  articles.flatMap((article) => extractMentions(article, reference.gazetteer, reference.lexicon));

/** The pipeline's extraction: gazetteer mentions plus discovered groups, the notes read as one corpus. */
export const pipelineMentions: NoteMentions = (articles, reference) => {
  const slugs: DiscoveredSlugs = new Map();
  return articles.flatMap((article) =>
    extractMentionsWithDiscovered(article, reference.gazetteer, reference.lexicon, slugs)
  );
};

/**
 * Ids that find a `new:` actor: the id itself (a discovered mention with that slug) and any gazetteer group one of
 * whose names has that slug, since an actor the gazetteer lacked when the notes were written may have joined it.
 */
function newActorIds(groupId: string, reference: Reference): Set<string> {
  const slug = groupId.slice("new:".length);
  const ids = new Set([groupId]);
  for (const group of reference.gazetteer.groups) {
    if ([group.name, ...group.aliases].some((name) => slugOf(name) === slug)) ids.add(group.id);
  }
  return ids;
}

/**
 * Scores named armed actors on the event notes: a gold actor is found when a mention in its note carries its
 * groupId (for a `new:` actor, a discovered mention with the same slug, or a gazetteer group with a name of that
 * slug). Also lists every mention that
 * falls on a negative span.
 */
export function evaluateEventNoteActors(
  gold: GoldEventNotes,
  mentionsOf: NoteMentions = pipelineMentions,
  reference: Reference = defaultReference(),
): EventNoteActorsEvaluation {
  const articles = gold.notes.map((note) => articleFromText(note.id, note.text, note.eventDate));
  const mentions = mentionsOf(articles, reference);
  const byNote = Map.groupBy(mentions, (mention) => mention.articleId);
  const evaluation: EventNoteActorsEvaluation = {
    notes: gold.notes.length,
    actors: 0,
    found: 0,
    newActors: 0,
    newFound: 0,
    missed: [],
    negatives: 0,
    negativeHits: [],
  };
  for (const note of gold.notes) {
    const noteMentions = byNote.get(note.id) ?? [];
    const ids = new Set(noteMentions.map((mention) => mention.groupId));
    for (const actor of note.actors) {
      const isNew = actor.groupId.startsWith("new:");
      evaluation.actors++;
      if (isNew) evaluation.newActors++;
      const finders = isNew ? newActorIds(actor.groupId, reference) : new Set([actor.groupId]);
      if ([...finders].some((id) => ids.has(id))) {
        evaluation.found++;
        if (isNew) evaluation.newFound++;
      } else evaluation.missed.push({ noteId: note.id, name: actor.name, groupId: actor.groupId });
    }
    for (const negative of mentionNegatives(note)) {
      evaluation.negatives++;
      for (const mention of noteMentions) {
        if (mention.start < negative.end && mention.end > negative.start) {
          evaluation.negativeHits.push({
            noteId: note.id,
            quote: negative.quote,
            surface: mention.surface,
            groupId: mention.groupId,
          });
        }
      }
    }
  }
  return evaluation;
}

const percent = (part: number, whole: number) => `${(whole === 0 ? 100 : (100 * part) / whole).toFixed(1)}%`;

/** A plain-text report of the actor scoring, every miss and negative hit listed; `label` says which code it scores. */
export function formatEventNoteActors(evaluation: EventNoteActorsEvaluation, label: string): string {
  const lines = [
    `Named armed actors found in ${evaluation.notes} event notes (${label}): ${
      percent(evaluation.found, evaluation.actors)
    } (${evaluation.found} of ${evaluation.actors}; groups the gazetteer lacks: ${evaluation.newFound} of ${evaluation.newActors})`,
    `Mentions on the ${evaluation.negatives} negative spans ('is' as a verb, a border as a place): ${evaluation.negativeHits.length}`,
  ];
  if (evaluation.missed.length > 0) {
    lines.push("Missed:");
    for (const miss of evaluation.missed) lines.push(`  ${miss.noteId} "${miss.name}" → ${miss.groupId}`);
  }
  if (evaluation.negativeHits.length > 0) {
    lines.push("On negative spans:");
    for (const hit of evaluation.negativeHits) {
      lines.push(`  ${hit.noteId} "${hit.surface}" → ${hit.groupId} in "${hit.quote}"`);
    }
  }
  return lines.join("\n");
}
