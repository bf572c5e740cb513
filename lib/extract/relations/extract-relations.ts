import {
  type Article,
  type ForeignLexicon,
  type Mention,
  type Relation,
  type RelationLexicon,
  sentenceText,
} from "../../records/mod.ts";
import { defaultReference } from "../../reference/mod.ts";
import { LEGACY_PATTERNS, type RelationPattern } from "./legacy/mod.ts";
import type { Reading } from "./frames.ts";
import { readRelations } from "./read-relations.ts";
import { sentenceTemplates } from "./template.ts";
import { relationDate } from "../dates/event-date.ts";

/** Relation types whose direction carries no meaning: stored with subject < object so duplicates meet. */
const SYMMETRIC = new Set<Relation["type"]>(["ally", "rival", "clash"]);

/** A reading of either reader, before it becomes relation records. */
type Found = Omit<Reading, "features"> & { features?: Reading["features"] };

/** The date of readings resting on the same sentences, computed once per sentence set (dates read whole sentences). */
type DateCache = Map<string, Relation["date"]>;

function toRelations(article: Article, found: Found, dates: DateCache): Relation[] {
  const first = article.sentences[found.sentences[0]];
  const last = article.sentences[found.sentences.at(-1)!];
  // The date a sentence states wins; the relation's own sentence is read before its neighbour.
  const key = found.sentences.join(",");
  let date = dates.get(key);
  if (!date) {
    date = relationDate(article, [...found.sentences].reverse().map((i) => sentenceText(article, i)!));
    dates.set(key, date);
  }
  const relations: Relation[] = [];
  for (const subject of found.subjects) {
    for (const object of found.objects) {
      if (subject === object) continue;
      const [a, b] = SYMMETRIC.has(found.type) && object < subject ? [object, subject] : [subject, object];
      relations.push({
        articleId: article.id,
        type: found.type,
        subject: a,
        object: b,
        date,
        quote: article.text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        sentenceIndex: found.sentences.at(-1)!,
        confidence: found.confidence,
        frame: found.frame,
        ...(found.features ? { features: found.features } : {}),
      });
    }
  }
  return relations;
}

/**
 * Two groups acting in one campaign are read as allies unless the article elsewhere sets them against each other
 * ("civilians suffer bombing by the regime and IS"): a pair the article records as clashing or rivals is not allied.
 */
function dropOpposedJointAllies(relations: Relation[], joint: Set<Relation>): Relation[] {
  const opposed = new Set(
    relations.filter((r) => r.type === "clash" || r.type === "rival").map((r) => `${r.subject}|${r.object}`),
  );
  return relations.filter((r) => !joint.has(r) || !opposed.has(`${r.subject}|${r.object}`));
}

export type ExtractRelationsOptions = {
  /** Legacy pattern families run after the lexicon reader (default: all of them; [] for the reader alone). */
  legacy?: RelationPattern[];
  /** data/lexicon/foreign-adjectives.json: which words claim a generic name for another state. */
  foreign?: ForeignLexicon;
  /** data/lexicon/relations.json: triggers, frames, guards, chunk and reference words. */
  relations?: RelationLexicon;
};

/** The legacy families' readings, in the reader's shape ("-joint" pattern names mark joint allies). */
function legacyReadings(
  templates: ReturnType<typeof sentenceTemplates>,
  patterns: RelationPattern[],
): Found[] {
  const found: Found[] = [];
  if (patterns.length === 0) return found;
  templates.forEach((current, i) => {
    if (current.units.length === 0 && !/\bthe two\b/i.test(current.core)) return;
    const context = { current, previous: templates[i - 1] ?? null, next: templates[i + 1] ?? null };
    for (const pattern of patterns) {
      for (const match of pattern.find(context)) {
        found.push({ ...match, frame: `legacy:${match.pattern}`, joint: match.pattern.endsWith("-joint") });
      }
    }
  });
  return found;
}

/**
 * Every relation between groups `article` states, read from its sentences with the groups `mentions` names in
 * them: first by the lexicon reader (data/lexicon/relations.json: triggers, frames, one guard pipeline, one
 * reference rule), then by the legacy pattern families not yet migrated. One relation per (type, subject, object,
 * sentence), the most confident reading's (the reader's on a tie); each says which frame produced it.
 */
export function extractRelations(
  article: Article,
  mentions: Mention[],
  options: ExtractRelationsOptions = {},
): Relation[] {
  const reference = defaultReference();
  const {
    legacy = LEGACY_PATTERNS,
    foreign = reference.lexicon.foreign,
    relations: lexicon = reference.lexicon.relations,
  } = options;
  const templates = sentenceTemplates(article, mentions, foreign);
  const best = new Map<string, Relation>();
  const joint = new Set<Relation>();
  const dates: DateCache = new Map();
  for (const found of [...readRelations(templates, lexicon), ...legacyReadings(templates, legacy)]) {
    for (const relation of toRelations(article, found, dates)) {
      const key = `${relation.type}|${relation.subject}|${relation.object}|${relation.sentenceIndex}`;
      const kept = best.get(key);
      if (kept && relation.confidence <= kept.confidence) continue;
      best.set(key, relation);
      if (found.joint) joint.add(relation);
      else joint.delete(relation);
    }
  }
  return dropOpposedJointAllies([...best.values()], joint).sort((a, b) =>
    a.start - b.start || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject) ||
    a.object.localeCompare(b.object)
  );
}
