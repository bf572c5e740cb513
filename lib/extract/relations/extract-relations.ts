import { type Article, type ForeignLexicon, type Mention, type Relation, sentenceText } from "../../records/mod.ts";
import { defaultReference } from "../../reference/mod.ts";
import { type PatternMatch, RELATION_PATTERNS, type RelationPattern } from "./patterns.ts";
import { WIRE_PATTERNS } from "./patterns-wire.ts";
import { ACTION_PATTERNS } from "./patterns-action.ts";
import { MEMBERSHIP_PATTERNS } from "./patterns-membership.ts";
import { VICTIM_PATTERNS } from "./patterns-victims.ts";
import { SUPPORT_PATTERNS } from "./patterns-support.ts";
import { sentenceTemplates } from "./template.ts";
import { relationDate } from "../dates/event-date.ts";

/** Relation types whose direction carries no meaning: stored with subject < object so duplicates meet. */
const SYMMETRIC = new Set<Relation["type"]>(["ally", "rival", "clash"]);

function toRelations(article: Article, found: PatternMatch): Relation[] {
  const first = article.sentences[found.sentences[0]];
  const last = article.sentences[found.sentences.at(-1)!];
  // The date a sentence states wins; the relation's own sentence is read before its neighbour.
  const texts = [...found.sentences].reverse().map((i) => sentenceText(article, i)!);
  const date = relationDate(article, texts);
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
      });
    }
  }
  return relations;
}

/** Every pattern, in the order ties are broken (the first most confident reading wins). */
export const PATTERNS: RelationPattern[] = [
  ...RELATION_PATTERNS,
  ...WIRE_PATTERNS,
  ...ACTION_PATTERNS,
  ...MEMBERSHIP_PATTERNS,
  ...VICTIM_PATTERNS,
  ...SUPPORT_PATTERNS,
];

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

/**
 * Every relation between groups `article` states, read from its sentences with the groups `mentions` names in
 * them. Pronouns and descriptions are resolved only where the sentence or its neighbour makes the group clear.
 * One relation per (type, subject, object, sentence), the most confident pattern's. `patterns` defaults to all;
 * evaluations pass a subset to measure what a family adds. `foreign` (data/lexicon/foreign-adjectives.json) says which
 * words claim a generic name for another state.
 */
export function extractRelations(
  article: Article,
  mentions: Mention[],
  patterns: RelationPattern[] = PATTERNS,
  foreign: ForeignLexicon = defaultReference().lexicon.foreign,
): Relation[] {
  const templates = sentenceTemplates(article, mentions, foreign);
  const best = new Map<string, Relation>();
  const joint = new Set<Relation>();
  templates.forEach((current, i) => {
    if (current.units.length === 0 && !/\bthe two\b/i.test(current.core)) return;
    const context = { current, previous: templates[i - 1] ?? null, next: templates[i + 1] ?? null };
    for (const pattern of patterns) {
      for (const found of pattern.find(context)) {
        for (const relation of toRelations(article, found)) {
          const key = `${relation.type}|${relation.subject}|${relation.object}|${relation.sentenceIndex}`;
          const kept = best.get(key);
          if (kept && relation.confidence <= kept.confidence) continue;
          best.set(key, relation);
          if (found.pattern.endsWith("-joint")) joint.add(relation);
        }
      }
    }
  });
  return dropOpposedJointAllies([...best.values()], joint).sort((a, b) =>
    a.start - b.start || a.type.localeCompare(b.type) || a.subject.localeCompare(b.subject) ||
    a.object.localeCompare(b.object)
  );
}
