import { describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/article-from-text.ts";
import { extractFigures } from "../../lib/extract/figures/extract-figures.ts";
import { reconcileEvents } from "../../lib/analyze/reconcile-events.ts";

/** Events of articles given as [id, publication day or null, text]. */
const events = (...items: [string, string | null, string][]) => {
  const articles = items.map(([id, published, text]) => articleFromText(id, text, published));
  return reconcileEvents(articles.flatMap((a) => extractFigures(a)), articles);
};
/** The articles of the killed event holding article `id`. */
const withArticle = (all: ReturnType<typeof events>, id: string) =>
  all.find((e) => e.kind === "killed" && e.articleIds.includes(id))!;

describe("UndatedJoins (reconcileEvents: reports with no date at all)", () => {
  it("reconcileEvents joins an undated signed report to the one event naming its signature and number at a town its article names", () => {
    const all = events(
      ["a", "2016-08-14", "A suicide bombing on a bus near Atmeh killed more than 30 rebels on Sunday."],
      ["b", null, "IS claimed a suicide bombing that killed more than 30 rebels. The blast struck the Atmeh crossing."],
      ["c", "2016-10-13", "A suicide bombing killed 30 people at a wedding in Qamishli."],
    );
    expect(withArticle(all, "b").articleIds).toEqual(["a", "b"]);
    expect(withArticle(all, "b").date.value).toBe("2016-08-14");
  });
  it("reconcileEvents joins an undated signed report to the one event naming its signature at a town its article names, whatever its toll", () => {
    const all = events(
      ["a", "2017-04-04", "A suspected chemical attack killed 58 people in Khan Sheikhoun on Tuesday."],
      [
        "b",
        null,
        "The toll of a suspected chemical attack rose to 86. Tuesday's strike hit the town of Khan Sheikhun.",
      ],
    );
    expect(withArticle(all, "b").articleIds).toEqual(["a", "b"]);
  });
  it("reconcileEvents joins an undated report to the one event stating its number at its place by means that agree", () => {
    const all = events(
      ["a", "2017-04-19", "A bomb exploded in the Salaheddin district of Aleppo, killing 6 and wounding 32."],
      ["b", null, "A bomb blast injured 32 people in Aleppo, state television said."],
    );
    expect(all.find((e) => e.kind === "injured" && e.articleIds.includes("b"))?.articleIds).toEqual(["a", "b"]);
  });
  it("reconcileEvents joins an undated report to its number's event on the day a report of its sentence joined", () => {
    const all = events(
      ["a", "2017-04-19", "A bomb exploded in the Salaheddin district of Aleppo, killing 6 and wounding 32."],
      ["b", "2017-03-02", "A car bomb killed 6 people in Aleppo."],
      ["c", null, "A bomb blast killed six people and injured 32 in Aleppo, state television said."],
    );
    // six killed in Aleppo is stated on two days; the 32 injured of the same sentence tell which
    expect(withArticle(all, "c").articleIds).toEqual(["a", "c"]);
    expect(withArticle(all, "c").date.value).toBe("2017-04-19");
  });
  it("reconcileEvents leaves an undated report alone where two events offer the same evidence", () => {
    const all = events(
      ["a", "2016-08-14", "A suicide bombing near Atmeh killed 30 rebels."],
      ["b", "2016-10-06", "A suicide bombing near Atmeh killed 30 fighters."],
      ["c", null, "A suicide bombing killed 30 rebels at the Atmeh crossing."],
    );
    expect(withArticle(all, "c").articleIds).toEqual(["c"]);
    expect(withArticle(all, "c").date.value).toBe(null);
  });
  it("reconcileEvents leaves an undated report alone on a small toll at a governorate, a signature the event lacks, or no means", () => {
    const all = events(
      ["a", "2016-10-24", "Air strikes killed 9 people in Idlib province."],
      ["b", null, "A further nine people were killed in air strikes on Idlib province."],
      ["c", "2016-07-22", "A rebel tunnel blast killed 43 soldiers in Aleppo."],
      ["d", null, "At least 43 people were killed in a suicide car bomb attack on buses in Aleppo."],
      ["e", "2016-06-06", "Shelling wounded 3 people in al-Bab."],
      ["f", null, "Three people were wounded in al-Bab."],
    );
    expect(withArticle(all, "b").articleIds).toEqual(["b"]);
    expect(withArticle(all, "d").articleIds).toEqual(["d"]);
    expect(all.find((e) => e.kind === "injured" && e.articleIds.includes("f"))?.articleIds).toEqual(["f"]);
  });
});

describe("mergeReports: an unplaced report naming a signature", () => {
  it("reconcileEvents joins an unplaced signed report to the day's event at a town its article names, by agreeing means", () => {
    const all = events(
      ["a", "2016-10-06", "At least 20 rebels were killed in a blast at the Atmeh crossing on Thursday."],
      [
        "b",
        "2016-10-06",
        "At least 29 people were killed in a suicide bombing at the border on Thursday. It hit the Atmeh crossing.",
      ],
      [
        "c",
        "2016-10-20",
        "At least 25 people were killed in a suicide bombing at a checkpoint. A monitor gave the toll. Azaz lies north.",
      ],
      ["d", "2016-10-20", "Air strikes killed 9 people in Azaz."],
    );
    expect(withArticle(all, "b").articleIds).toEqual(["a", "b"]);
    // air strikes are not a suicide bombing
    expect(withArticle(all, "c").articleIds).toEqual(["c"]);
  });
});
