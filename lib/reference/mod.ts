export {
  DATA_DIR,
  defaultReference,
  loadAlliances,
  loadEvents,
  loadGazetteer,
  loadReference,
  type Reference,
  SEED_CORPUS,
} from "./reference.ts";
export { parseGazetteer } from "./gazetteer.ts";
export { loadGold } from "./gold.ts";
export { acceptGroupReview, applyGroupReview, type ReviewOutcome } from "./accept-review.ts";
export { foldPlaceName, mergePlaces } from "./places.ts";
export { type ArabicNameWords, arabicNameWords, isArabicNameWord, opensArabicName } from "./arabic-name-words.ts";
