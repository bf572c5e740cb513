import {
  evaluateEventNoteActors,
  formatEventNoteActors,
  gazetteerMentions,
  loadGoldEventNotes,
} from "../eval/event-note-actors.ts";
import { defaultReference } from "../reference/mod.ts";
import { discoveryEvalReport } from "../eval/discovery.ts";
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
  console.log("### ACLED-style event notes, blind (59 notes written before any extractor ran on them)");
  const notes = await loadGoldEventNotes();
  console.log(
    "Untuned headline, measured on the code before issue 13 (commit 958eb0e): 80.4% found (78 of 97), 0 negative hits",
  );
  console.log(formatEventNoteActors(
    evaluateEventNoteActors(notes, gazetteerMentions, defaultReference()),
    "gazetteer mentions only, current data; after fixes informed by this set",
  ));
  console.log(formatEventNoteActors(
    evaluateEventNoteActors(notes),
    "gazetteer plus discovered groups, as the pipeline runs; after fixes informed by this set",
  ));
  console.log();
  console.log(
    "### Discovered groups (names the gazetteer lacks), reviewed by hand in data/gold/discovered-reviewed.json",
  );
  console.log(await discoveryEvalReport());
  console.log();
  console.log(await evaluateFigures());
  console.log();
  console.log(await evaluateRelations());
}
