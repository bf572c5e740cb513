import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleFromText } from "../../lib/ingest/mod.ts";
import { reviewCandidates, writeGroupReview } from "../../lib/pipeline/review-groups.ts";
import { acceptGroupReview } from "../../lib/reference/accept-review.ts";
import { defaultReference } from "../../lib/reference/mod.ts";
import type { GroupReview } from "../../lib/records/mod.ts";

const reference = defaultReference();
let dir: string;

/** A temp copy of data/groups.json and the rejected-names lexicon: tests never write the real data/. */
beforeEach(async () => {
  dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/data/lexicon`, { recursive: true });
  await Deno.mkdir(`${dir}/corpus`);
  for (const file of ["groups.json", "lexicon/rejected-candidates.json"]) {
    await Deno.copyFile(`data/${file}`, `${dir}/data/${file}`);
  }
  await Deno.writeTextFile(
    `${dir}/corpus/a.txt`,
    "Fighters of Liwa Suyuf al-Fajr clashed with HTS near Idlib. Liwa Suyuf al-Fajr later withdrew.\n\n" +
      "The Hayat Media Center said the Liwa Suyouf al Fajr commander was killed.",
  );
});
afterEach(() => Deno.remove(dir, { recursive: true }));

describe("group review loop", () => {
  it("reviewCandidates(articles, reference) lists each candidate with counts, spellings and examples, pending", () => {
    const [candidate] = reviewCandidates(
      [articleFromText("a", "Liwa Suyuf al-Fajr attacked. Liwa Suyouf al Fajr withdrew.")],
      reference,
    );
    expect(candidate).toMatchObject({
      name: "Liwa Suyouf al Fajr",
      slug: "liwa-suyouf-al-fajr",
      mentions: 2,
      articles: 1,
      discovered: true,
      decision: "pending",
    });
    expect(candidate.spellings.sort()).toEqual(["Liwa Suyouf al Fajr", "Liwa Suyuf al-Fajr"]);
    expect(candidate.examples).toHaveLength(2);
  });

  it("writeGroupReview(input, file) then acceptGroupReview(file, dataDir) adds accepted groups and remembers rejections", async () => {
    const review = await writeGroupReview(`${dir}/corpus`, `${dir}/review.json`, { reference });
    const edited: GroupReview = {
      ...review,
      candidates: review.candidates.map((candidate) =>
        candidate.name.startsWith("Liwa")
          ? { ...candidate, decision: "accept", kind: "group", sources: ["Wikipedia: Liwa Suyuf al-Fajr (Homs)"] }
          : { ...candidate, decision: "reject", reason: "a media office, not an armed group" }
      ),
    };
    await Deno.writeTextFile(`${dir}/review.json`, JSON.stringify(edited));
    const outcome = await acceptGroupReview(`${dir}/review.json`, `${dir}/data`);
    expect(outcome.accepted).toEqual([review.candidates.find((c) => c.name.startsWith("Liwa"))!.slug]);
    const groups = JSON.parse(await Deno.readTextFile(`${dir}/data/groups.json`));
    const added = groups.groups.find((group: { id: string }) => group.id === outcome.accepted[0]);
    expect(added).toMatchObject({ kind: "group", sources: ["Wikipedia: Liwa Suyuf al-Fajr (Homs)"] });
    expect(added.aliases).toContain("Liwa Suyuf al-Fajr");
    const rejected = JSON.parse(await Deno.readTextFile(`${dir}/data/lexicon/rejected-candidates.json`));
    const rejectedNames = review.candidates.filter((c) => !c.name.startsWith("Liwa")).map((c) => c.name);
    expect(rejected.rejected.map((entry: { name: string }) => entry.name)).toEqual(
      expect.arrayContaining(rejectedNames),
    );
    expect(rejected.rejected.find((entry: { name: string }) => entry.name === rejectedNames[0])).toMatchObject({
      reason: "a media office, not an armed group",
    });
    // The real data/ is untouched.
    expect(await Deno.readTextFile("data/groups.json")).not.toContain(outcome.accepted[0]);
  });

  it("a rejected name is not proposed again", async () => {
    const review = await writeGroupReview(`${dir}/corpus`, `${dir}/review.json`, { reference });
    const media = review.candidates.find((candidate) => candidate.name.startsWith("Hayat"));
    expect(media).toBeDefined();
    const rejected = { description: "", rejected: [{ name: media!.name, reason: "a media office" }] };
    const again = reviewCandidates(
      [articleFromText("a", "The Hayat Media Center said so.")],
      { ...reference, lexicon: { ...reference.lexicon, rejected } },
    );
    expect(again).toEqual([]);
  });

  it("acceptGroupReview(file) names the candidate when an acceptance has no sources", async () => {
    const review = await writeGroupReview(`${dir}/corpus`, `${dir}/review.json`, { reference });
    const edited = {
      ...review,
      candidates: review.candidates.map((candidate) => ({ ...candidate, decision: "accept", kind: "group" })),
    };
    await Deno.writeTextFile(`${dir}/review.json`, JSON.stringify(edited));
    await expect(acceptGroupReview(`${dir}/review.json`, `${dir}/data`)).rejects.toThrow(/accepted without sources/);
  });

  it("acceptGroupReview(file) maps a spelling onto a known group as an alias", async () => {
    const review = await writeGroupReview(`${dir}/corpus`, `${dir}/review.json`, { reference });
    const edited = {
      ...review,
      candidates: review.candidates.map((candidate) =>
        candidate.name.startsWith("Liwa") ? { ...candidate, decision: "map", mapTo: "liwa-al-islam" } : candidate
      ),
    };
    await Deno.writeTextFile(`${dir}/review.json`, JSON.stringify(edited));
    const outcome = await acceptGroupReview(`${dir}/review.json`, `${dir}/data`);
    expect(outcome.mapped).toHaveLength(1);
    const groups = JSON.parse(await Deno.readTextFile(`${dir}/data/groups.json`));
    expect(groups.groups.find((group: { id: string }) => group.id === "liwa-al-islam").aliases).toContain(
      "Liwa Suyuf al-Fajr",
    );
  });
});
