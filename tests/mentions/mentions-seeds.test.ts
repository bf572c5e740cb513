import { describe, expect, it } from "vitest";
import { ingest } from "../../lib/ingest/mod.ts";
import { extractMentions } from "../../lib/extract/mentions/extract-mentions.ts";
import { evaluateMentions, loadGoldMentions } from "../../lib/eval/mentions.ts";
import type { Article } from "../../lib/records/mod.ts";
import { gazetteer } from "./fixture.ts";

const articles: Article[] = [];
for await (const item of ingest("data/corpus")) if (item.kind === "article") articles.push(item.article);
const mentions = articles.flatMap((article) => extractMentions(article, gazetteer));
const groupsNamed = (...surfaces: string[]) =>
  new Set(mentions.filter((m) => surfaces.includes(m.surface)).map((m) => m.groupId));

describe("extractMentions(article, gazetteer) on the seed corpus", () => {
  it("evaluateMentions(articles, gold, gazetteer) holds F1 >= 0.95 on the seed gold", async () => {
    const evaluation = evaluateMentions(articles, await loadGoldMentions("data/gold/mentions.json"), gazetteer);
    expect(evaluation.articles).toBe(5);
    expect(evaluation.overall.f1).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    [
      ["Hayat Tahrir al-Sham", "Hay’at Tahrir al Sham", "HTS", "Body for the Liberation of the Levant"],
      "hayat-tahrir-al-sham",
    ],
    [["Jabhat Fateh al Sham", "Jabhet Fateh al-Sham", "JFS", "Fateh al-Sham"], "jabhat-fateh-al-sham"],
    [["Nusra Front", "Al Nusrah Front", "al-Nusra Front", "Nusra", "Al Nusrah"], "jabhat-al-nusra"],
    [["Ahrar al-Sham", "Ahrar al Sham", "Ahrah al-Sham"], "ahrar-al-sham"],
    [["Jaish al-Fatah", "Jaysh al Fateh", "Jaish al-Fateh", "army of conquest", "Army of Conquest"], "jaish-al-fatah"],
    [["Hurras al-Deen", "Guardians of Religion"], "hurras-al-din"],
    [["Free Syrian Army", "FSA"], "free-syrian-army"],
    [["Islamic State"], "islamic-state"],
    [["al Qaeda", "al-Qaeda", "Al Qaeda"], "al-qaeda"],
    [["Jaish al-Islam"], "jaish-al-islam"],
    [["Suqour al-Sham"], "suqour-al-sham"],
    [["Fastaqeem Union"], "fastaqim-union"],
    [["Thuwar al-Sham"], "thuwar-al-sham"],
    [["Jaish al-Mujahideen"], "jaish-al-mujahideen"],
    [["Levant Front", "al-Jabhat al-Shamiye"], "levant-front"],
    [["Al Bunyan al Marsous"], "al-bunyan-al-marsous"],
  ])("extractMentions(article, gazetteer) finds %j under the one id %s", (surfaces, groupId) => {
    for (const surface of surfaces) expect(groupsNamed(surface), surface).toEqual(new Set([groupId]));
  });
});
