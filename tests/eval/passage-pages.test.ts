import { describe, expect, it } from "vitest";
import { loadPageDates, NO_PAGE_DATES, withPageDates } from "../../lib/eval/passage-pages.ts";
import { articleFromText } from "../../lib/ingest/mod.ts";

describe("passage pages: a gold passage carries the dates its page states", () => {
  it("loadPageDates(folder) reads each page's front matter dates as the ingest does, by file name", async () => {
    const folder = await Deno.makeTempDir();
    await Deno.writeTextFile(
      `${folder}/battle_of_x.md`,
      "---\nsubject: Battle of X\nauthor: Wikipedia\npubDate: 2023-06-25 12:06\ndate:\n  - 20 March 2003 – 1 May 2003\n" +
        "---\nCoalition forces captured X.\n",
    );
    await Deno.writeTextFile(`${folder}/README.md`, "# A corpus\n");
    const pages = await loadPageDates(folder);
    expect([...pages.keys()]).toEqual(["battle_of_x.md"]);
    const page = pages.get("battle_of_x.md")!;
    expect(page.published.date).toBe("2023-06-25");
    expect([page.covers?.start, page.covers?.end]).toEqual(["2003-03-20", "2003-05-01"]);
    const passage = withPageDates(
      articleFromText("battle_of_x#p0", "Coalition forces captured X."),
      "battle_of_x.md",
      pages,
    );
    expect([passage.published.date, passage.covers?.start]).toEqual(["2023-06-25", "2003-03-20"]);
    await Deno.remove(folder, { recursive: true });
  });

  it("loadPageDates(folder) is empty when the folder is absent, and a passage of an unknown page stays undated", async () => {
    expect((await loadPageDates("/nonexistent/corpus")).size).toBe(0);
    const passage = withPageDates(articleFromText("p#0", "Text."), "p.md", NO_PAGE_DATES);
    expect(passage.published.date).toBeNull();
  });
});
