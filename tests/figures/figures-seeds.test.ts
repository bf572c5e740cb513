import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/mod.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { loadGoldFigures } from "../../lib/eval/figures.ts";
import type { Article } from "../../lib/records/mod.ts";

async function seedArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of ingest("data/corpus")) if (item.kind === "article") articles.push(item.article);
  return articles;
}

describe("extractFigures(article) on the seed corpus", () => {
  it("extractFigures(article) gives exactly the gold figures of data/gold/figures.json for the seeds", async () => {
    const gold = await loadGoldFigures();
    const articles = await seedArticles();
    // Event dates are scored against data/gold/event-dates-seeds.json by `deno task eval`; `place` (level, governorate,
    // coordinates) is derived from `location` through the reference and pinned in tests/figures/figures-places.test.ts.
    const figures = articles.flatMap((article) => extractFigures(article))
      .map(({ date: _date, place: _place, ...figure }) => figure);
    expect(figures).toEqual(gold.figures.map(({ note: _note, ...figure }) => figure));
  });
  it("extractFigures(article) gold offsets point at the figure's words in the cleaned text", async () => {
    const gold = await loadGoldFigures();
    const byId = new Map((await seedArticles()).map((a) => [a.id, a]));
    const spans = gold.figures.map((f) => byId.get(f.articleId)!.text.slice(f.start, f.end));
    expect(spans).toEqual([
      "thousands",
      "more than 300",
      "five",
      "more than 310,000",
      "millions",
      "between 45,000 and 50,000",
      "at least 13",
    ]);
  });
});
