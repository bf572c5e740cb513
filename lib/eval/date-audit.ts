import { z } from "zod";
import { loadGold } from "./gold.ts";

/** One hand-judged disagreement between our event date and FA-KES's crowd date. */
const DateAuditItem = z.object({
  articleId: z.string(),
  ours: z.string(),
  crowd: z.string(),
  published: z.string(),
  /** "ours", "crowd" or "unclear", optionally with a remark after a space ("ours (a day late)"). */
  verdict: z.string().regex(/^(ours|crowd|unclear)\b/),
  why: z.string(),
});
const DateAudit = z.object({
  description: z.string(),
  sources: z.array(z.string()),
  items: z.array(DateAuditItem),
});

/**
 * The line `deno task eval` prints for data/gold/fakes-date-audit.json: of the sampled date disagreements, how many
 * the text decides for our date, for the crowd's, or not at all. It measures the gold's noise, not the extractor.
 */
export async function dateAuditReport(path = "fakes-date-audit.json"): Promise<string> {
  const audit = await loadGold(path, DateAudit, "date audit");
  const count = (word: string) => audit.items.filter((i) => i.verdict.split(" ")[0] === word).length;
  return `FA-KES event-date disagreements judged by hand (${path}, ${audit.items.length} drawn at random from the ` +
    `articles whose date differs from the crowd's by over a day): the text supports our date in ${count("ours")}, ` +
    `the crowd's in ${count("crowd")}, neither in ${count("unclear")}`;
}
