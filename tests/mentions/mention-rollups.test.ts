import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/extract-mentions.ts";
import { coMentions, groupCounts, mentionsByMonth, topGroupIds } from "../../lib/analyze/mention-rollups.ts";
import { groupLabels } from "../../lib/analyze/group-labels.ts";
import { unknownGroupCandidates } from "../../lib/extract/mentions/candidates.ts";
import { mentionsReportCharts } from "../../lib/report/mentions-charts.ts";
import { gazetteer } from "./fixture.ts";

const articles = [
  articleFromText("a", "Nusra and the SDF fought. Nusra lost.", "2015-03-10"),
  articleFromText("b", "Nusra attacked the SDF.", "2017-05"),
  articleFromText("c", "HTS and Liwa Suyuf al-Fajr clashed near Idlib.", "2017-05-02"),
  articleFromText("d", "The SDF advanced.", "2017"),
];
const mentions = articles.flatMap((article) => extractMentions(article, gazetteer));

describe("mention rollups", () => {
  it("groupCounts(mentions) counts mentions and articles per group, most mentioned first", () => {
    expect(groupCounts(mentions).map(({ groupId, mentions, articles }) => ({ groupId, mentions, articles }))).toEqual([
      { groupId: "jabhat-al-nusra", mentions: 3, articles: 2 },
      { groupId: "syrian-democratic-forces", mentions: 3, articles: 3 },
      { groupId: "hayat-tahrir-al-sham", mentions: 1, articles: 1 },
    ]);
  });

  it("groupCounts(mentions, {by: 'lineageId'}) counts a 2017 'Nusra' as HTS", () => {
    const hts = groupCounts(mentions, { by: "lineageId" }).find((count) => count.groupId === "hayat-tahrir-al-sham");
    expect(hts?.mentions).toBe(2);
  });

  it("mentionsByMonth(mentions, articles) divides by the articles of the month and leaves year-only dates out", () => {
    const { rows, undatedArticles, undatedMentions } = mentionsByMonth(mentions, articles);
    expect(undatedArticles).toBe(1);
    expect(undatedMentions).toBe(1);
    const nusraMay = rows.find((row) => row.month === "2017-05" && row.groupId === "jabhat-al-nusra");
    expect(nusraMay).toMatchObject({ mentions: 1, articles: 1, articlesInMonth: 2, perArticle: 0.5 });
  });

  it("coMentions(mentions, groupIds) counts articles naming both groups, the diagonal those naming one", () => {
    const ids = topGroupIds(mentions, { limit: 2 });
    const cell = (a: string, b: string) => coMentions(mentions, ids).find((c) => c.a === a && c.b === b)?.articles;
    expect(cell("jabhat-al-nusra", "syrian-democratic-forces")).toBe(2);
    expect(cell("syrian-democratic-forces", "syrian-democratic-forces")).toBe(3);
  });

  it("unknownGroupCandidates(articles, gazetteer) lists a Liwa name the gazetteer lacks, with its sentence", () => {
    const [candidate] = unknownGroupCandidates(articles, gazetteer);
    expect(candidate).toMatchObject({ name: "Liwa Suyuf al-Fajr", mentions: 1, articles: 1 });
    expect(candidate.example).toEqual({ articleId: "c", sentence: "HTS and Liwa Suyuf al-Fajr clashed near Idlib." });
  });

  it("mentionsReportCharts(records) cites every plotted count with its article and sentence", () => {
    const records = { articles, rejected: [], mentions, figures: [], relations: [] };
    const charts = mentionsReportCharts(records, { labels: groupLabels(gazetteer) });
    expect(charts.map((chart) => chart.id)).toEqual([
      "mentions-top-groups",
      "mentions-over-time",
      "mentions-over-time-lineage",
      "mentions-co-mention",
    ]);
    expect(charts[0].takeaway).toBe(
      "7 mentions of 3 groups in 4 of 4 articles; most named: Jabhat al-Nusra (3), Syrian Democratic Forces (3), Hay'at Tahrir al-Sham (1).",
    );
    expect(charts[0].citations).toContainEqual(
      expect.objectContaining({ articleId: "a", quote: "Nusra lost.", label: "Jabhat al-Nusra: 3 mentions" }),
    );
    for (const chart of charts) expect(chart.element.querySelector("svg") ?? chart.element).toBeTruthy();
  });
});
