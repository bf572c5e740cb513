import { EVENT_NOTE_SETS, eventNoteSetReport } from "../eval/event-note-sets.ts";
import { discoveryEvalReport } from "../eval/discovery.ts";
import { evaluateEvents } from "../eval/events.ts";
import { evaluateReliefWebEvents } from "../eval/reliefweb-events.ts";
import { dateAuditReport } from "../eval/date-audit.ts";
import { evaluateFigures } from "../eval/figures.ts";
import { mentionsEvalReport } from "../eval/mentions.ts";
import { evaluateRelations } from "../eval/relations.ts";
import { relationConfidenceReport } from "../eval/relation-confidence.ts";
import { headerStylesReport } from "../eval/header-styles.ts";
import { evaluateEventDates } from "../eval/event-dates.ts";
import { ingest } from "../ingest/ingest.ts";
import type { Article } from "../records/article.ts";
import { defaultReference, SEED_CORPUS } from "../reference/mod.ts";
import { outletConvention } from "../records/outlet.ts";

/** `deno task eval`: every extractor scored against data/gold/ (and FA-KES where ../shared has it). */
if (import.meta.main) {
  const seeds: Article[] = [];
  for await (const item of ingest(SEED_CORPUS)) if (item.kind === "article") seeds.push(item.article);
  console.log("## Group mentions");
  console.log(await mentionsEvalReport(seeds));
  console.log();
  for (const set of EVENT_NOTE_SETS) {
    console.log(await eventNoteSetReport(set));
    console.log();
  }
  console.log(
    "### Discovered groups (names the gazetteer lacks), reviewed by hand in data/gold/discovered-reviewed.json",
  );
  console.log(await discoveryEvalReport());
  console.log();
  console.log(await evaluateFigures());
  console.log();
  console.log(await evaluateRelations());
  console.log(await relationConfidenceReport());
  console.log();
  console.log("## Publication dates");
  console.log(await headerStylesReport((name) => outletConvention(defaultReference().outlets, name) !== null));
  console.log(
    "(untuned, before the header-zone reader was written: 45 of 91 read right; the fixture was written before any reader ran on it)",
  );
  console.log();
  console.log(await evaluateEventDates());
  console.log(await evaluateEvents());
  console.log((await evaluateReliefWebEvents()).join("\n"));
  console.log(await dateAuditReport());
}
