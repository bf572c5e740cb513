import type { Article, CasualtyEvent, Figure } from "../records/mod.ts";
import { FAKES_COLUMNS, FAKES_CSV } from "./gold.ts";
import { articlesAndFigures } from "./figures.ts";
import {
  type EventAnnotation,
  fakesHalf,
  mainAnnotations,
  mainEventOf,
  type PairScore,
  pairScore,
  readEventAnnotations,
  sameEventReport,
} from "./fakes-events.ts";
import { eventDateOf } from "../analyze/event-date-of.ts";
import { datesAnEarlierEvent } from "../extract/dates/event-date.ts";
import { evaluateEventNoteTolls } from "./event-note-tolls.ts";
import { blindSameEventReport, loadBlindEvents } from "./fakes-events-blind.ts";
import { reconcileEvents } from "../analyze/reconcile-events.ts";
import { extractMentions } from "../extract/mentions/extract-mentions.ts";
import { defaultReference } from "../reference/mod.ts";

/** The first incident (event-scope) death figure of an article: where its lede states the main event. */
export function leadFigure(figures: Figure[], articleId: string): Figure | undefined {
  return firstNews(figures.filter((f) => f.articleId === articleId && f.scope === "event" && f.kind === "killed"));
}

/** The first figure whose clause is no background ("a day after airstrikes killed 22": `datesAnEarlierEvent`), else the first. */
const firstNews = (figures: Figure[]): Figure | undefined =>
  figures.find((f) => !datesAnEarlierEvent(f.date)) ?? figures[0];

/** Kinds an article's incident is read from when it states no death toll: its first injury or casualty count. */
const INJURY_KINDS = new Set<Figure["kind"]>(["injured", "casualties"]);

/**
 * The figure an article's main event is read from: its first incident death figure (`leadFigure`), else, for an
 * article that reports only injuries, its first incident injury or casualty figure.
 */
export function mainFigure(figures: Figure[], articleId: string): Figure | undefined {
  return leadFigure(figures, articleId) ??
    firstNews(figures.filter((f) => f.articleId === articleId && f.scope === "event" && INJURY_KINDS.has(f.kind)));
}

/**
 * Incidents across kinds, for grouping articles only (events stay one per kind in the records): events of different
 * kinds are one incident where a sentence reports both and holds one report of each of its kinds ("killed 5 and
 * injured 20 in Azaz"); a sentence with two reports of a kind tells two incidents apart and links nothing, and two
 * death toll events the merge kept apart stay apart even where an injury event holds reports of both (sentences of two
 * articles, "15 civilians killed and 20 injured" and "30 fighters killed and 20 injured", whose injuries merged). Each
 * event maps to its incident's first death toll event (smallest id), else its smallest event id.
 */
export function incidentOfEvent(events: CasualtyEvent[]): Map<string, string> {
  const parent = new Map(events.map((e) => [e.id, e.id]));
  const root = (id: string): string => {
    while (parent.get(id) !== id) id = parent.get(id)!;
    return id;
  };
  const kindOf = new Map(events.map((e) => [e.id, e.kind]));
  // a death toll's event stands for its incident, so the crowd's toll is checked against it
  const rootRank = (id: string) => (kindOf.get(id) === "killed" ? 0 : 1);
  const bySentence = new Map<string, { kind: Figure["kind"]; id: string }[]>();
  for (const e of events) {
    for (const r of e.reports) {
      const key = `${r.articleId}\u0000${r.quote}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), { kind: e.kind, id: e.id }]);
    }
  }
  for (const reports of bySentence.values()) {
    const kinds = new Set(reports.map((r) => r.kind));
    if (kinds.size < 2 || kinds.size !== reports.length) continue;
    const roots = reports.map((r) => root(r.id)).sort((a, b) => rootRank(a) - rootRank(b) || (a < b ? -1 : 1));
    // two death toll events stay two incidents: a sentence links other kinds to its death toll, never two tolls
    if (roots.filter((r) => rootRank(r) === 0).length > 1) continue;
    for (const r of roots) parent.set(r, roots[0]);
  }
  return new Map(events.map((e) => [e.id, root(e.id)]));
}

/**
 * Each article's main incident (`mainEventOf`): the incident (`incidentOfEvent`) of the event holding its
 * `mainFigure`; articles with none stay alone.
 */
export function articleIncidents(
  articles: Article[],
  figures: Figure[],
  events: CasualtyEvent[],
): Map<string, string> {
  const eventOf = eventOfReport(events);
  const incident = incidentOfEvent(events);
  return mainEventOf(articles, (a) => {
    const lead = mainFigure(figures, a.id);
    const event = lead ? eventOf.get(`${lead.articleId}|${lead.kind}|${lead.start}`) : undefined;
    return event === undefined ? null : incident.get(event) ?? event;
  });
}

/** The id of the event holding each report, keyed by article, kind and start offset. */
export function eventOfReport(events: CasualtyEvent[]): Map<string, string> {
  return new Map(events.flatMap((e) => e.reports.map((r) => [`${r.articleId}|${e.kind}|${r.start}`, e.id])));
}

/**
 * What the crowd's gold allows: its event date is the publication day for most articles, so grouping by the
 * publication day and the crowd's own location (a partial oracle: it reads the gold's location) bounds what a
 * text-only grouping can reach; and the score of `main` on the articles whose crowd date is their publication day.
 */
function goldCeiling(annotations: EventAnnotation[], articles: Article[], main: Map<string, string>): string[] {
  const gold = new Map(annotations.map((a) => [a.articleId, `${a.date}|${a.location}`]));
  const crowd = new Map(annotations.map((a) => [a.articleId, a]));
  const f = (s: PairScore) => `P ${s.precision.toFixed(2)}, R ${s.recall.toFixed(2)}, F1 ${s.f1.toFixed(2)}`;
  const halves = (predicted: Map<string, string>, on: Map<string, string>) =>
    (["development", "held-out"] as const).map((h) => {
      const keep = (m: Map<string, string>) => new Map([...m].filter(([id]) => fakesHalf(id) === h));
      return `${h} ${f(pairScore(keep(predicted), keep(on)))}`;
    }).join("; ");
  const byPublication = new Map(
    articles.filter((a) => crowd.has(a.id)).map((a) => [a.id, `${a.published.date}|${crowd.get(a.id)!.location}`]),
  );
  const onPublicationDay = new Map(
    [...gold].filter(([id]) => crowd.get(id)!.date === articles.find((a) => a.id === id)?.published.date),
  );
  return [
    `  the gold's reach: grouping by publication day and the crowd's own location (reads the gold) scores whole ${
      f(pairScore(byPublication, gold))
    }; ${halves(byPublication, gold)}`,
    `  on the ${onPublicationDay.size} articles whose crowd date is their publication day: whole ${
      f(pairScore(main, onPublicationDay))
    }; ${halves(main, onPublicationDay)}`,
  ];
}

/**
 * Why pairs of the development half disagree with the gold, counted (only that half's errors are read): pairs we
 * join that the gold splits, by whether the crowd's governorates differ or its dates follow the publication days;
 * gold pairs we split, by what differs in our reading (no lead figure, no date, event date, place).
 */
function developmentErrors(
  annotations: EventAnnotation[],
  articles: Article[],
  figures: Figure[],
  events: CasualtyEvent[],
  main: Map<string, string>,
): string[] {
  const crowd = new Map(annotations.map((a) => [a.articleId, a]));
  const byId = new Map(articles.map((a) => [a.id, a]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const ids = articles.filter((a) => crowd.has(a.id) && fakesHalf(a.id) === "development").map((a) => a.id);
  const counts = new Map<string, number>();
  const add = (why: string) => counts.set(why, (counts.get(why) ?? 0) + 1);
  // a crowd date after its article's publication or over a week before it is one the text hardly supports
  const far = (c: EventAnnotation, published: string | null) => {
    if (published === null) return true;
    const days = (Date.parse(published) - Date.parse(c.date)) / 86_400_000;
    return days < 0 || days > 7;
  };
  const offDate = (ca: EventAnnotation, pa: string | null, cb: EventAnnotation, pb: string | null) =>
    far(ca, pa) || far(cb, pb)
      ? "a crowd date after its publication or over a week before it"
      : "a crowd date 1-7 days before its publication";
  const key = (id: string) => `${crowd.get(id)!.date}|${crowd.get(id)!.location}`;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]];
      const gold = key(a) === key(b);
      const joined = main.get(a) === main.get(b);
      if (gold === joined) continue;
      const [ca, cb] = [crowd.get(a)!, crowd.get(b)!];
      const [pa, pb] = [byId.get(a)!.published.date, byId.get(b)!.published.date];
      if (joined) {
        if (ca.location !== cb.location) add("joined, crowd governorates differ");
        else if (pa !== pb && ca.date === pa && cb.date === pb) {
          add("joined, crowd dates are the two different publication days");
        } else add(`joined, ${offDate(ca, pa, cb, pb)}`);
        continue;
      }
      const [la, lb] = [mainFigure(figures, a), mainFigure(figures, b)];
      const [ea, eb] = [eventById.get(main.get(a)!), eventById.get(main.get(b)!)];
      if (!la || !lb || !ea || !eb) add("split, an article has no incident death or injury figure");
      else if (ea.date.value === null || eb.date.value === null) add("split, an article is undated");
      else if (ea.date.value !== eb.date.value) {
        add(
          pa === ca.date && pb === cb.date
            ? "split, our event dates differ (crowd dates are the publication day)"
            : `split, our event dates differ (${offDate(ca, pa, cb, pb)})`,
        );
      } else if (ea.place === null || eb.place === null) add("split, same date, one unplaced");
      else if (ea.governorate !== eb.governorate) add("split, same date, our governorates differ");
      else add("split, same date and governorate, two towns");
    }
  }
  return [
    "  development half, pairs that disagree with the gold, by cause (crowd dates compared with the publication dates we read): " +
    [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([why, n]) => `${n} ${why}`).join("; "),
  ];
}

/**
 * The blind same-event golds, each with what its first measurement was and what informed the code since (each was
 * committed before it was scored).
 */
const BLIND_EVENT_SETS: [string, string][] = [
  [
    "fakes-events-blind.json",
    "first measurement on the code of commit 31cbf93: ours F1 0.64 (P 0.93, R 0.48), without the largest incident " +
    "0.64; the score below is after two rules informed by its misses (a number compared as stated, whatever its " +
    "qualifier; a reporting lag of 2 days)",
  ],
  [
    "fakes-events-blind-2.json",
    "second set, drawn from periods apart from the first's; first measurement on the code of commit 10884f9: ours F1 " +
    "0.57 (P 0.86, R 0.43), without the largest incident 0.84 (P 0.83, R 0.86); the crowd's grouping 0.56; the score " +
    "below is for the current code: after the number and lag rules 0.59 and the incident-signature rule 0.62 (its " +
    "misses not read; its writer's report had named its largest incident a chemical attack), then after signed " +
    "reports joined across nearby places (25 km), a rule informed by its misses",
  ],
  [
    "fakes-events-blind-3.json",
    "third set, periods apart from both earlier sets' (only 8 such periods were left: 17 same-event pairs); first " +
    "measurement on the code of commit 1c16325, after every rule above: ours F1 0.59 (P 0.59, R 0.59), the crowd's " +
    "0.48; the code of 10884f9, before this round's rules, scores it the same",
  ],
  [
    "fakes-events-blind-4.json",
    "fourth set, from the development half (a new, independent annotation of articles whose crowd-scored errors " +
    "earlier rounds read), written after every rule above; first measurement on the code of c30bc8b: ours F1 0.59 (P 0.50, R 0.71), " +
    "the crowd's 0.26; event day ours 0.76, the crowd's 0.33",
  ],
  [
    "fakes-events-blind-5.json",
    "fifth set, development half, periods apart from set 4's, written after every rule above; first measurement on the code of b9775cd: ours F1 0.63 (P 0.65, R 0.61), the crowd's " +
    "0.23; event day ours 0.72, the crowd's 0.41; 0.59 after the same-event clause date rule (informed by its misses)",
  ],
  [
    "fakes-events-blind-6.json",
    "sixth set, development half, the last periods apart from sets 4 and 5's (27 articles, 3 pairs: too few to " +
    "judge alone), written after every rule above; first measurement on the code of a5f19e1: ours F1 1.00 (2 of 2 scored pairs; one article of the third rejected at ingestion as the same text as another), the crowd's 0.80; event day ours 0.71, the crowd's 0.48",
  ],
  [
    "fakes-events-blind-7.json",
    "seventh set, both halves, 9 periods overlapping none of the six earlier sets' (64 articles, 19 pairs, 10 in " +
    "one week of August 2016), written after every rule above; first measurement on the code of 6eb8360: ours F1 0.55 (P 0.60, R 0.50), " +
    "without the largest incident 0.69; the crowd's 0.39; event day ours 0.66, the crowd's 0.43; 0.55 (P 0.73, R 0.44) after issue 12's fifth " +
    "round, which never read it; the score below is after the sixth round, whose fixes were informed by this set's " +
    "misses",
  ],
  [
    "fakes-events-blind-8.json",
    "eighth set, both halves, 10 periods overlapping none of the seven earlier sets' (57 articles, 23 pairs, 15 of " +
    "them one wedding bombing's), written after issue 12's fifth round; first measurement on the code of 788cff2: ours F1 0.88 (P 0.95, R " +
    "0.83), without the largest incident 0.62; the code before the fifth round (6eb8360) 0.84 (P 0.86, R 0.83); the " +
    "crowd's 0.32; event day ours 0.76, the crowd's 0.50; written while issue 12's sixth round ran and never read by " +
    "it: 0.88 after it (unchanged); the score below is after the seventh round, whose fixes were informed by this " +
    "set's misses",
  ],
  [
    "fakes-events-blind-9.json",
    "ninth set, both halves, the last 9 periods of 3 articles overlapping none of the eight earlier sets' (27 " +
    "articles, 2 pairs, both doubtful: too few to judge recall; its 25 single-report incidents test precision), " +
    "written after issue 12's sixth round; first measurement on the code of 7fd0899: ours F1 1.00 (2 of 2 pairs, " +
    "none predicted wrongly), the crowd's 0.00; event day ours 0.44, the crowd's 0.19; never read by issue 12's seventh round: 1.00 after " +
    "it",
  ],
];

/** The untuned first reading of the event notes, before any change for issue 12. */
const NOTES_UNTUNED = "untuned first reading: recall 0.63 (written 0.91, implicit 0.05), precision 0.91";

/**
 * The event-level evaluation as printable text: toll recall and precision on the blind ACLED-style event notes, and
 * same-event grouping of FA-KES articles (`reconcileEvents`) against the crowd's event date and location.
 */
export async function evaluateEvents(options: { fakes?: string } = {}): Promise<string> {
  const { fakes = FAKES_CSV } = options;
  const lines = [
    "## Events",
    await evaluateEventNoteTolls({
      label: "after the singular/implicit-count mechanism (data/lexicon/victims.json), built from the issue's " +
        `examples, ACLED phrasing and unit tests; ${NOTES_UNTUNED}; below: after the third toll round's families, ` +
        "found by reading sets 1 to 6's misses and written as tests",
    }),
    await evaluateEventNoteTolls({
      path: "event-notes-blind-2.json",
      label: "second blind set (64 notes, 73 tolls), written after the mechanism was built; first measurement recall " +
        "0.93; below: after the third toll round, informed by its misses",
    }),
    await evaluateEventNoteTolls({
      path: "event-notes-blind-3.json",
      label:
        "third blind set (73 notes, 90 tolls); first measurement recall 0.94; below: after the third toll round, " +
        "informed by its misses",
    }),
  ];
  try {
    await Deno.stat(fakes);
  } catch {
    lines.push(`FA-KES: skipped (${fakes} not found)`);
    return lines.join("\n");
  }
  const { articles, figures } = await articlesAndFigures(fakes, { csv: FAKES_COLUMNS });
  const annotations = mainAnnotations(await readEventAnnotations(fakes));
  const events = reconcileEvents(figures, articles);
  const main = articleIncidents(articles, figures, events);
  const merged = events.filter((e) => e.articleIds.length > 1).length;
  lines.push(
    `FA-KES events: ${events.length} events from ${figures.length} figures; ${merged} reported by more than one article`,
    ...sameEventReport(
      annotations,
      main,
      events.filter((e) => e.kind === "killed"),
      "reconcileEvents; baseline before reconciliation (every figure its own event): F1 0.00, toll inside 0.79; " +
        "first measurement with the split, before any error of it was read (commit 7f4f809): whole 0.39 (P 0.36, " +
        "R 0.42), development 0.38 (P 0.35, R 0.41), held-out 0.36 (P 0.34, R 0.38); before the clause place, " +
        "nesting and victim-side rules (commit 6c0528b): whole 0.38 (P 0.33, R 0.44), development 0.37 (P 0.32, " +
        "R 0.44), held-out 0.36 (P 0.33, R 0.41)",
    ),
    `  rule: an article's main event is the incident (events of other kinds joined where one sentence reports one of ` +
      `each kind) of its first incident death figure, else of its first injury or casualty figure; articles without ` +
      `one stay alone; its gold event is its first annotated row (first-death-figure rule alone: whole 0.39, ` +
      `development 0.38, held-out 0.36 on the code of 7f4f809, toll inside 644/778 = 0.83)`,
    ...goldCeiling(annotations, articles, main),
    ...developmentErrors(annotations, articles, figures, events, main),
  );
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ourDate = (id: string) => {
    const lead = mainFigure(figures, id);
    return lead ? eventDateOf(lead, byId.get(id)) : null;
  };
  for (const [file, label] of BLIND_EVENT_SETS) {
    lines.push(...blindSameEventReport(file, await loadBlindEvents(file), main, annotations, ourDate, label));
  }
  // how much rests on event dates: the same score over the articles whose lead figure's date is the crowd's date
  const crowdDate = new Map(annotations.map((a) => [a.articleId, a.date]));
  const dated = new Set(
    articles.filter((a) => {
      const lead = mainFigure(figures, a.id);
      return lead !== undefined && eventDateOf(lead, byId.get(a.id)) === crowdDate.get(a.id);
    }).map((a) => a.id),
  );
  const only = (map: Map<string, string>) => new Map([...map].filter(([id]) => dated.has(id)));
  const gold = new Map(annotations.map((a) => [a.articleId, `${a.date}|${a.location}`]));
  const subset = pairScore(only(main), only(gold));
  // the actor criterion, measured: events merged only where both sides' sentences share a named group
  const reference = defaultReference();
  const mentions = articles.flatMap((a) => extractMentions(a, reference.gazetteer, reference.lexicon));
  const withActors = reconcileEvents(figures, articles, { mentions });
  const actorMain = articleIncidents(articles, figures, withActors);
  const actorScore = pairScore(actorMain, gold);
  lines.push(
    `  on the ${dated.size} articles whose lead figure's event date is the crowd's date: pair precision ${
      subset.precision.toFixed(2)
    }, recall ${subset.recall.toFixed(2)}, ` +
      `F1 ${subset.f1.toFixed(2)} (${subset.agreed}/${subset.gold} gold pairs)`,
    `  requiring a shared armed group where both sentences name one (option \`mentions\`, off by default): pair ` +
      `precision ${actorScore.precision.toFixed(2)}, recall ${actorScore.recall.toFixed(2)}, F1 ${
        actorScore.f1.toFixed(2)
      }`,
  );
  return lines.join("\n");
}
