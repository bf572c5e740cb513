import { evaluateFigures } from "../eval/figures.ts";

/** `deno task eval`: every extractor scored against data/gold/ (and FA-KES where ../shared has it). */
if (import.meta.main) {
  console.log(await evaluateFigures());
}
