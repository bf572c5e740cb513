import { z } from "zod";
import {
  Alliances,
  Attributions,
  DataFileError,
  type DatedEvent,
  DatedEvents,
  ForeignLexicon,
  type Gazetteer,
  NameLexicon,
  parseJsonText,
  Places,
  readJsonFile,
  RelationLexicon,
  TransliterationLexicon,
} from "../records/mod.ts";
import { parseGazetteer } from "./gazetteer.ts";

/**
 * Everything the stages know that is not in the articles: every reviewed file of `data/`, read and validated once
 * and handed to extraction, analysis, charts and report as one value.
 */
export type Reference = {
  gazetteer: Gazetteer;
  alliances: Alliances;
  /** Dated facts publication-date inference anchors relative phrases on. */
  events: DatedEvent[];
  places: Places;
  attributions: Attributions;
  lexicon: {
    names: NameLexicon;
    transliteration: TransliterationLexicon;
    foreign: ForeignLexicon;
    /** Relation triggers, frames, guards and the words party chunks and references read. */
    relations: RelationLexicon;
  };
};

/** The checkout's own data folder. */
export const DATA_DIR = new URL("../../data/", import.meta.url);

/** The seed corpus as the commands name it by default (relative to the checkout, so record paths stay short). */
export const SEED_CORPUS = "data/corpus";

/** Every file a reference is made of, relative to its data folder. */
const FILES = [
  "groups.json",
  "alliances.json",
  "events.json",
  "places.json",
  "figure-attributions.json",
  "lexicon/names.json",
  "lexicon/transliteration.json",
  "lexicon/foreign-adjectives.json",
  "lexicon/relations.json",
] as const;

type DataFile = (typeof FILES)[number];

/** Builds a reference from the texts of its files; `text` throws when a file cannot be read. */
function fromTexts(dir: URL, text: (file: DataFile) => string): Reference {
  const read = <T>(file: DataFile, schema: z.ZodType<T>, what: string): T => {
    const path = new URL(file, dir).pathname;
    let content: string;
    try {
      content = text(file);
    } catch (error) {
      throw new DataFileError(`${path}: cannot read the ${what} (${(error as Error).message})`);
    }
    return parseJsonText(content, path, schema, what);
  };
  const lexicon = {
    names: read("lexicon/names.json", NameLexicon, "name lexicon"),
    transliteration: read("lexicon/transliteration.json", TransliterationLexicon, "transliteration lexicon"),
    foreign: read("lexicon/foreign-adjectives.json", ForeignLexicon, "foreign-adjective lexicon"),
    relations: read("lexicon/relations.json", RelationLexicon, "relation lexicon"),
  };
  const groupsPath = new URL("groups.json", dir).pathname;
  return {
    gazetteer: parseGazetteer(read("groups.json", z.unknown(), "gazetteer"), groupsPath, lexicon),
    alliances: read("alliances.json", Alliances, "alliances file"),
    events: read("events.json", DatedEvents, "dated-events file").events,
    places: read("places.json", Places, "places file"),
    attributions: read("figure-attributions.json", Attributions, "figure attributions file"),
    lexicon,
  };
}

function asDir(dir: string | URL): URL {
  if (dir instanceof URL) return dir;
  const absolute = dir.startsWith("/") ? dir : `${Deno.cwd()}/${dir}`;
  return new URL(`file://${absolute.endsWith("/") ? absolute : `${absolute}/`}`);
}

/**
 * Reads and validates every reference file of `dir` (default: this checkout's `data/`). Errors name the file and
 * the failing entry.
 */
export async function loadReference(dir: string | URL = DATA_DIR): Promise<Reference> {
  const base = asDir(dir);
  const texts = new Map<DataFile, string>();
  const failures = new Map<DataFile, unknown>();
  await Promise.all(FILES.map((file) =>
    Deno.readTextFile(new URL(file, base)).then(
      (content) => texts.set(file, content),
      (error) => failures.set(file, error),
    )
  ));
  return fromTexts(base, (file) => {
    if (failures.has(file)) throw failures.get(file);
    return texts.get(file)!;
  });
}

let shared: Reference | undefined;

/**
 * This checkout's reference, read once on first use and then shared: the default of every function that takes a
 * reference, so a notebook cell or a test can call `extractFigures(article)`. The pipeline passes its own.
 */
export function defaultReference(): Reference {
  return shared ??= fromTexts(DATA_DIR, (file) => Deno.readTextFileSync(new URL(file, DATA_DIR)));
}

/** Reads data/alliances.json (or `path`), validated; errors name the file and the failing entry. */
export function loadAlliances(path: string | URL = new URL("alliances.json", DATA_DIR)): Promise<Alliances> {
  return readJsonFile(path, Alliances, "alliances file");
}

/** Reads data/events.json (or `path`): dated facts for publication-date inference, validated. */
export async function loadEvents(path: string | URL = new URL("events.json", DATA_DIR)): Promise<DatedEvent[]> {
  return (await readJsonFile(path, DatedEvents, "dated-events file")).events;
}

/** Reads and validates a gazetteer file (default data/groups.json) under this checkout's lexicons. */
export async function loadGazetteer(path: string | URL = new URL("groups.json", DATA_DIR)): Promise<Gazetteer> {
  const json = await readJsonFile(path, z.unknown(), "gazetteer");
  return parseGazetteer(json, path, defaultReference().lexicon);
}
