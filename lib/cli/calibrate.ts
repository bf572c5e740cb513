// deno task calibrate: fits the relation confidence model on the read gold sets and writes
// data/lexicon/relation-confidence.json; prints how well the lexicon's scores and the fitted model are calibrated.
import {
  CALIBRATION_SOURCES,
  confidenceExamples,
  fitConfidenceModel,
  reliabilityLines,
  uncalibrated,
  withModel,
} from "../eval/relation-confidence.ts";

const out = new URL("../../data/lexicon/relation-confidence.json", import.meta.url);
// Fitted on every reading the extractor can make, the clause layer's included, so each voice has its weight.
const { training, blind } = await confidenceExamples(uncalibrated(), { clauses: true });
const model = fitConfidenceModel(training, {
  why:
    "The chance a relation reading is right, from its lexicon score, type, voice, distance, reference and hedge: a " +
    "logistic model fitted by `deno task calibrate` on every relation gold set whose errors development has read " +
    "(blind sets are not used; `deno task eval` prints its reliability on them).",
  sources: CALIBRATION_SOURCES,
});
await Deno.writeTextFile(out, JSON.stringify(model, null, 2) + "\n");
console.log(`wrote ${out.pathname}: ${training.length} training readings (${model.fittedOn.right} right)`);
console.log("the lexicon's scores:");
console.log([...reliabilityLines("training sets", training), ...reliabilityLines("blind sets", blind)].join("\n"));
console.log("the fitted model:");
console.log(
  [
    ...reliabilityLines("training sets", withModel(training, model)),
    ...reliabilityLines("blind sets", withModel(blind, model)),
  ]
    .join("\n"),
);
