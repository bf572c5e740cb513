import type { CasualtyReport, Figure } from "../records/mod.ts";
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
  report: Pick<CasualtyReport, "articleId" | "date">;
  figure: Pick<Figure, "kind" | "sentenceIndex"> & { date?: { from?: string } };
  place: Pick<PlaceMention, "name"> | null;
};

/**
 * The date an article's lead states for its incident, for each lead report whose own words date nothing: a lead
 * (`LEAD_SENTENCES`) often gives the toll first and the day a sentence later ("Four medics were killed when an
 * airstrike hit a clinic near Aleppo. Four staff ... were killed ... late Tuesday"; "The death toll ... reached 112
 * ... Rescuers carted away 100 bodies from the site of Saturday's blast"), so a report of the lead dated only by its
 * publication day takes the day another report of the lead, of the same kind and at the same place, states, where
 * that day lies 1 to `days` days before publication and no other such report states another. Returns the new date
 * of each report it re-dates (by index); reports outside the lead, or with a date of their own, keep theirs.
 */
export function leadDates(reports: readonly LeadReport[], days = LEAD_DATE_DAYS): Map<number, string> {
  const byArticle = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (r.figure.sentenceIndex >= LEAD_SENTENCES) return;
    const list = byArticle.get(r.report.articleId);
    if (list) list.push(i);
    else byArticle.set(r.report.articleId, [i]);
  });
  const found = new Map<number, string>();
  const placeKey = (r: LeadReport) => (r.place?.name ? foldPlaceName(r.place.name) : "");
  for (const indexes of byArticle.values()) {
    if (indexes.length < 2) continue;
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
      if (stated.size === 1) found.set(i, [...stated][0]);
    }
  }
  return found;
}
