import type { Article, CasualtyReport, DateCues, Figure } from "../records/mod.ts";
import { sentenceDates } from "../extract/dates/event-date.ts";
import { meansAgree } from "./incident-means.ts";
import { reportPlace, samePlaceOrNested } from "./place-nesting.ts";
import { precisionOf } from "../records/date.ts";
import type { PlaceMention } from "../extract/figures/place.ts";
import { foldPlaceName } from "../reference/places.ts";

/** The sentences of an article's lead: its title line (where the text holds one) and the first sentences after it. */
export const LEAD_SENTENCES = 3;

/** How many days before its article a lead's stated date may lie and still date the lead's undated figures. */
export const LEAD_DATE_DAYS = 2;

const DAY = 86_400_000;

/** What the lead rule reads of a report. */
type LeadReport = {
  report: Pick<CasualtyReport, "articleId" | "date"> & { means?: string[] };
  figure: Pick<Figure, "kind" | "sentenceIndex"> & { date?: { from?: string } };
  place: Pick<PlaceMention, "name" | "level" | "governorate" | "cityOnly"> | null;
};

/**
 * A day a sentence of an article's lead states for what it tells, with the places below the country and the means of
 * killing it names: "People inspect a damaged building in Idlib after warplanes pounded the city yesterday", "The
 * bombs were dropped on a camp near al-Habeet in Idlib on Wednesday", whether or not it states a toll.
 */
export type LeadStatement = {
  articleId: string;
  sentenceIndex: number;
  date: string;
  places: PlaceMention[];
  means: string[];
};

/** A lead report's new date, and the place of the lead sentence that states it where the report had none. */
export type LeadDate = { date: string; place: PlaceMention | null };

/**
 * The days each sentence of an article's lead (`LEAD_SENTENCES`) states (`sentenceDates`: not the telling's), with
 * its places and means (read by `placesOf`, `meansOf`), for the lead rule (`leadDates`).
 */
export function leadStatements(
  article: Article,
  cues: DateCues,
  placesOf: (text: string) => LeadStatement["places"],
  meansOf: (text: string) => string[],
): LeadStatement[] {
  const found: LeadStatement[] = [];
  article.sentences.slice(0, LEAD_SENTENCES).forEach((sentence, i) => {
    const days = sentenceDates(article, i, cues).filter((d) => d.precision === "day");
    if (days.length === 0) return;
    const text = article.text.slice(sentence.start, sentence.end);
    const [places, means] = [placesOf(text), meansOf(text)];
    for (const day of days) found.push({ articleId: article.id, sentenceIndex: i, date: day.value, places, means });
  });
  return found;
}

/** Whether a lead sentence may tell a report's incident: it names none of the places or a place the same or nested, and
 * no means, or one in common. */
function tellsReport(statement: LeadStatement, undated: LeadReport): boolean {
  const place = reportPlace(undated.place);
  const placed = statement.places.map(reportPlace).filter((p) => p.name !== null);
  if (place.name !== null && placed.length > 0 && !placed.some((p) => samePlaceOrNested(p, place))) return false;
  return meansAgree(statement.means, undated.report.means ?? []);
}

/**
 * The date an article's lead states for its incident, for each lead report whose own words date nothing: a lead
 * (`LEAD_SENTENCES`) often gives the toll first and the day a sentence later ("Four medics were killed when an
 * airstrike hit a clinic near Aleppo. Four staff ... were killed ... late Tuesday"; "The death toll ... reached 112
 * ... Rescuers carted away 100 bodies from the site of Saturday's blast"), so a report of the lead dated only by its
 * publication day takes the day another report of the lead, of the same kind and at the same place, states, where
 * that day lies 1 to `days` days before publication and no other such report states another. Returns the new date
 * of each report it re-dates (by index); reports outside the lead, or with a date of their own, keep theirs.
 */
export function leadDates(
  reports: readonly LeadReport[],
  days = LEAD_DATE_DAYS,
  statements: readonly LeadStatement[] = [],
): Map<number, LeadDate> {
  const statedIn = new Map<string, LeadStatement[]>();
  for (const s of statements) statedIn.set(s.articleId, [...(statedIn.get(s.articleId) ?? []), s]);
  const byArticle = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (r.figure.sentenceIndex >= LEAD_SENTENCES) return;
    const list = byArticle.get(r.report.articleId);
    if (list) list.push(i);
    else byArticle.set(r.report.articleId, [i]);
  });
  const found = new Map<number, LeadDate>();
  const placeKey = (r: LeadReport) => (r.place?.name ? foldPlaceName(r.place.name) : "");
  for (const indexes of byArticle.values()) {
    const told = statedIn.get(reports[indexes[0]].report.articleId) ?? [];
    if (indexes.length < 2 && told.length === 0) continue;
    for (const i of indexes) {
      const undated = reports[i];
      const published = undated.report.date;
      if ((undated.figure.date?.from ?? "article") !== "article" || published === null) continue;
      if (precisionOf(published) !== "day") continue;
      const stated = new Set<string>();
      for (const j of indexes) {
        const other = reports[j];
        const date = other.report.date;
        if (j === i || other.figure.date?.from !== "sentence" || date === null || precisionOf(date) !== "day") continue;
        if (other.figure.kind !== undated.figure.kind || placeKey(other) !== placeKey(undated)) continue;
        const before = (Date.parse(published) - Date.parse(date)) / DAY;
        if (before >= 1 && before <= days) stated.add(date);
      }
      // a lead sentence that tells of the publication day or another day too ("began Saturday and continued Sunday")
      // dates no toll
      let spread = false;
      const placing: PlaceMention[] = [];
      for (const statement of told) {
        if (statement.sentenceIndex === undated.figure.sentenceIndex || !tellsReport(statement, undated)) continue;
        const before = (Date.parse(published) - Date.parse(statement.date)) / DAY;
        if (before >= 1 && before <= days) stated.add(statement.date), placing.push(...statement.places);
        else spread = true;
      }
      if (stated.size !== 1 || spread) continue;
      // an unplaced toll takes the place of the sentence that dates it ("The bombs were dropped on a camp in Idlib on
      // Wednesday")
      const unplaced = reportPlace(undated.place).name === null;
      found.set(i, { date: [...stated][0], place: unplaced ? placing[0] ?? null : null });
    }
  }
  return found;
}
