import { evaluateEvents } from "../eval/events.ts";
import { evaluateFigures } from "../eval/figures.ts";
import { mentionsEvalReport } from "../eval/mentions.ts";
import { evaluateRelations } from "../eval/relations.ts";
import { ingest } from "../ingest/ingest.ts";
import type { Article } from "../records/article.ts";
import { SEED_CORPUS } from "../reference/mod.ts";

/** `deno task eval`: every extractor scored against data/gold/ (and FA-KES where ../shared has it). */
if (import.meta.main) {
  const seeds: Article[] = [];
  for await (const item of ingest(SEED_CORPUS)) if (item.kind === "article") seeds.push(item.article);
  console.log("## Group mentions");
  console.log(await mentionsEvalReport(seeds));
  console.log();
  console.log(await evaluateFigures());
  console.log();
  console.log(await evaluateRelations());
  console.log();
  console.log(await evaluateEvents());
}
