import type { Article, CasualtyReport, DateCues, Figure, Mention, Places, TallyLexicon } from "../records/mod.ts";
import { incidentSignature } from "./incident-signature.ts";
import { incidentMeans, lastingMeans, meansIn } from "./incident-means.ts";
import { LEAD_SENTENCES, leadDates, type LeadStatement, leadStatements } from "./lead-date.ts";
import { toldAsKnown } from "./known-incident.ts";
import { defaultReference } from "../reference/mod.ts";
import { type PlaceMention, placesIn } from "../extract/figures/place.ts";
import { eventDateOf } from "./event-date-of.ts";
import { dateInterval } from "../records/date.ts";
import { holdsNested, reportPlace } from "./place-nesting.ts";
import { foldPlaceName } from "../reference/places.ts";

/** How far before its article a figure's own words may date it and still be a report of news (a year). */
const RETROSPECTIVE_DAYS = 365;

/**
 * Whether a figure's own clause dates it more than a year before its article was published: history the article
 * recalls ("In February 1982 ... razing Hama ... 10,000 killed" in a 2016 report), not a report of an incident.
 * Where the document states the period it is about (`covers`: a page on a battle of 2014, copied in 2023), a year
 * before that period's start; never where it states such a period empty or unreadable.
 */
export function isRetrospective(
  figure: Figure,
  article: Pick<Article, "published"> & Partial<Pick<Article, "covers">> | undefined,
): boolean {
  const own = figure.date;
  // A document about a period it does not give (`covers: null`) has no present to measure history from.
  if (article?.covers === null) return false;
  const published = article?.covers?.start ?? article?.published.date;
  if (!own || own.from !== "sentence" || !own.value || !published) return false;
  const ends = dateInterval(own.value).end.getTime();
  return dateInterval(published).start.getTime() - ends > RETROSPECTIVE_DAYS * 86_400_000;
}

/** Figure kinds that count an incident's victims; fighters and other counts are not casualties of an event. */
export const EVENT_KINDS = new Set<Figure["kind"]>([
  "killed",
  "injured",
  "casualties",
  "detained",
  "displaced",
  "besieged",
]);

/** How many days before its article an incident it follows up (`toldAsKnown`) may lie. */
export const KNOWN_INCIDENT_DAYS = 1;

/** A report with the figure it came from, the place it was read with, and its order of reading. */
export type PlacedReport = {
  report: CasualtyReport;
  figure: Figure;
  order: number;
  place: PlaceMention | null;
  /**
   * For a report with no date or no place: the towns its article names anywhere, folded, and its sentence
   * (`UndatedJoins`; an unplaced report naming a signature may join an event at such a town).
   */
  inArticle?: { towns: string[]; sentence: string };
};

/** The first Syrian place below the country an article's title names, else its first two sentences. */
export function articlePlace(
  article: Article,
  places: Places,
): { mention: PlaceMention; from: "title" | "lead" } | null {
  const first = (text: string) => placesIn(text, places).find((m) => m.level !== "country") ?? null;
  const inTitle = article.title ? first(article.title) : null;
  if (inTitle) return { mention: inTitle, from: "title" };
  const lead = article.sentences.slice(0, 2).map((s) => article.text.slice(s.start, s.end)).join(" ");
  const inLead = first(lead);
  return inLead ? { mention: inLead, from: "lead" } : null;
}

/** A figure's own place as a mention, or null when it has none below the country. */
function figurePlace(figure: Figure): PlaceMention | null {
  if (!figure.location || !figure.place || figure.place.level === "country") return null;
  return { name: figure.location, start: figure.start, end: figure.end, specificity: 0, ...figure.place };
}

/** How many characters before a figure a tally word may stand ("the death toll has risen to at least"). */
const TALLY_REACH = 40;

/** Whether the words just before a figure make it a running tally ("the toll rose to 54"). */
export function isTally(figure: Figure, article: Article | undefined, tallies: TallyLexicon): boolean {
  if (!article) return false;
  const sentence = article.sentences[figure.sentenceIndex];
  const from = Math.max(sentence?.start ?? 0, figure.start - TALLY_REACH);
  const words = article.text.slice(from, figure.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  const tallyWords = tallyWordSet(tallies);
  return words.some((w) => tallyWords.has(w));
}

/** The tally words as a set, built once per lexicon (not once per figure). */
const tallyWordSets = new WeakMap<TallyLexicon, Set<string>>();
function tallyWordSet(tallies: TallyLexicon): Set<string> {
  let words = tallyWordSets.get(tallies);
  if (!words) tallyWordSets.set(tallies, words = new Set(tallies.tallyWords.words));
  return words;
}

/**
 * The reports events are reconciled from: every incident figure (scope "event") of a casualty kind, with its event
 * date (`eventDateOf`), its place (the figure's own; for a figure whose sentence names none, the place the article's
 * title or lead names: `articlePlace`), the armed groups its sentence names (from `mentions`, where given) and
 * whether it is a running tally. Cumulative war totals are not reports of an incident and
 * never enter an event; nor does a figure its own words date more than a year before its article (`isRetrospective`),
 * nor a part of a count stated before it (`partOf`, marked by extractFigures: "among them 5 children", "Three of the
 * dead were women").
 */
export function casualtyReports(
  figures: Figure[],
  articles: Article[],
  reference: { tallies: TallyLexicon; places: Places; dateCues?: DateCues },
  mentions: Mention[] = [],
): PlacedReport[] {
  const cues = reference.dateCues ?? defaultReference().lexicon.dateCues;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const actorsBySentence = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = `${m.articleId}|${m.sentenceIndex}`;
    actorsBySentence.set(key, (actorsBySentence.get(key) ?? new Set()).add(m.lineageId));
  }
  const fallback = new Map<string, ReturnType<typeof articlePlace>>();
  const articlePlaceOf = (article: Article | undefined) => {
    if (!article) return null;
    if (!fallback.has(article.id)) fallback.set(article.id, articlePlace(article, reference.places));
    return fallback.get(article.id)!;
  };
  // the means and the signature a sentence names, read once for all its figures (`incidentMeans`, `incidentSignature`)
  const sentenceReadings = new Map<string, { means: string[]; signature: string | null }>();
  const readingsOf = (figure: Figure, article: Article | undefined) => {
    const key = `${figure.articleId}|${figure.sentenceIndex}`;
    let readings = sentenceReadings.get(key);
    if (!readings) {
      readings = {
        means: incidentMeans(figure, article, reference.tallies),
        signature: incidentSignature(figure, article, reference.tallies),
      };
      sentenceReadings.set(key, readings);
    }
    return readings;
  };
  const reports: PlacedReport[] = [];
  figures.forEach((figure, order) => {
    if (figure.scope !== "event" || !EVENT_KINDS.has(figure.kind)) return;
    if (figure.low === null && figure.high === null) return;
    const article = byId.get(figure.articleId);
    if (isRetrospective(figure, article)) return;
    if (figure.partOf !== undefined) return;
    const own = figurePlace(figure);
    const other = own ? null : articlePlaceOf(article);
    const place = own ?? other?.mention ?? null;
    const readings = readingsOf(figure, article);
    const means = [...readings.means];
    reports.push({
      figure,
      order,
      place,
      report: {
        articleId: figure.articleId,
        start: figure.start,
        end: figure.end,
        quote: figure.quote,
        low: figure.low,
        high: figure.high,
        qualifier: figure.qualifier,
        attributedTo: figure.attributedTo,
        implicit: figure.implicit === true,
        tally: isTally(figure, article, reference.tallies),
        date: eventDateOf(figure, article),
        place: place?.name ?? null,
        placeFrom: own ? "sentence" : other?.from ?? null,
        counted: true,
        actors: [...(actorsBySentence.get(`${figure.articleId}|${figure.sentenceIndex}`) ?? [])].sort(),
        signature: readings.signature,
        means,
        lasting: {
          ...lastingMeans(means, reference.tallies),
          // an article following up a known incident tells the incident of the day before
          ...(toldAsKnown(figure, article, cues, reference.places)
            ? Object.fromEntries(means.map((m) => [m, KNOWN_INCIDENT_DAYS]))
            : {}),
        },
      },
    });
  });
  // the days the leads of articles with an undated lead report state, in sentences with or without a toll
  const statements: LeadStatement[] = [];
  const read = new Set<string>();
  for (const { figure } of reports) {
    const article = byId.get(figure.articleId);
    if (
      !article || read.has(article.id) || figure.sentenceIndex >= LEAD_SENTENCES ||
      (figure.date?.from ?? "article") !== "article"
    ) {
      continue;
    }
    read.add(article.id);
    const placesOf = (text: string) => placesIn(text, reference.places).filter((m) => m.level !== "country");
    statements.push(...leadStatements(article, cues, placesOf, (text) => meansIn(text, reference.tallies)));
  }
  for (const [i, { date, place }] of leadDates(reports, undefined, statements)) {
    reports[i].report.date = date;
    if (place) {
      Object.assign(reports[i], { place }), Object.assign(reports[i].report, { place: place.name, placeFrom: "lead" });
    }
  }
  // a report with no date or no place may join an event at a town its article names (`UndatedJoins`, `mergeReports`)
  const named = new Map<string, string[]>();
  for (const placed of reports) {
    const article = byId.get(placed.figure.articleId);
    if ((placed.report.date !== null && placed.place !== null) || !article) continue;
    if (!named.has(article.id)) named.set(article.id, townsNamed(article, reference.places));
    placed.inArticle = { towns: named.get(article.id)!, sentence: `${article.id}#${placed.figure.sentenceIndex}` };
  }
  return reports;
}

/** The towns (below a governorate and its capital) a text names anywhere, folded, each once in order. */
export function townsNamed(article: Pick<Article, "text">, places: Places): string[] {
  const towns = placesIn(article.text, places).filter((m) =>
    m.level !== "country" && !holdsNested(reportPlace(m)) && m.level !== "governorate"
  );
  return [...new Set(towns.map((m) => foldPlaceName(m.name)))];
}
