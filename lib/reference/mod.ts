export {
  DATA_DIR,
  defaultReference,
  loadAlliances,
  loadEvents,
  loadGazetteer,
  loadReference,
  type Reference,
} from "./reference.ts";
export { parseGazetteer } from "./gazetteer.ts";
