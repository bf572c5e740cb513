import { z } from "zod";
import {
  Alliances,
  Attributions,
  DataFileError,
  DateCues,
  type DatedEvent,
  DatedEvents,
  ForeignLexicon,
  type Gazetteer,
  GeonamesPlaces,
  NameLexicon,
  type OutletConvention,
  Outlets,
  parseJsonText,
  Places,
  readJsonFile,
  RejectedCandidates,
  RelationConfidenceModel,
  RelationLexicon,
  TallyLexicon,
  TransliterationLexicon,
  VictimLexicon,
} from "../records/mod.ts";
import { parseGazetteer } from "./gazetteer.ts";
import { mergePlaces } from "./places.ts";

/**
 * Everything the stages know that is not in the articles: every reviewed file of `data/`, read and validated once
 * and handed to extraction, analysis, charts and report as one value.
 */
export type Reference = {
  gazetteer: Gazetteer;
  alliances: Alliances;
  /** Dated facts publication-date inference anchors relative phrases on. */
  events: DatedEvent[];
  /** The reviewed places of data/places.json merged over the GeoNames towns of data/places-geonames.json. */
  places: Places;
  attributions: Attributions;
  /** Outlets' numeric-date conventions (data/outlets.json). */
  outlets: OutletConvention[];
  lexicon: {
    /** Header words that say what a date is (published, posted, updated, reporting period ...). */
    dateCues: DateCues;
    names: NameLexicon;
    transliteration: TransliterationLexicon;
    foreign: ForeignLexicon;
    /** Names reviewed and rejected as groups: never proposed or discovered again. */
    rejected: RejectedCandidates;
    victims: VictimLexicon;
    tallies: TallyLexicon;
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
  "places-geonames.json",
  "figure-attributions.json",
  "outlets.json",
  "lexicon/date-cues.json",
  "lexicon/names.json",
  "lexicon/transliteration.json",
  "lexicon/foreign-adjectives.json",
  "lexicon/rejected-candidates.json",
  "lexicon/victims.json",
  "lexicon/tallies.json",
  "lexicon/relations.json",
  "lexicon/relation-confidence.json",
] as const;

type DataFile = (typeof FILES)[number];

/**
 * The relation lexicon names groups for a country's name, for capitals and for agencies (`stateOwners`, `capitalStates`,
 * `agencyStates`): each must
 * be a group of the gazetteer, or the reader would read a party no other record knows.
 */
function checkLexiconGroups(relations: RelationLexicon, gazetteer: Gazetteer, path: string): void {
  const known = new Set(gazetteer.groups.map((g) => g.id));
  for (
    const [list, entries] of [
      ["stateOwners", relations.stateOwners.names],
      ["capitalStates", relations.capitalStates.names],
      ["agencyStates", relations.agencyStates.names],
      ["holderCompounds", relations.holderCompounds.names],
    ] as const
  ) {
    for (const { name, group } of entries) {
      if (!known.has(group)) throw new DataFileError(`${path}: ${list} names "${name}" for unknown group "${group}"`);
    }
  }
}

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
    rejected: read("lexicon/rejected-candidates.json", RejectedCandidates, "rejected-candidates lexicon"),
    dateCues: read("lexicon/date-cues.json", DateCues, "date-cue lexicon"),
    victims: read("lexicon/victims.json", VictimLexicon, "victim lexicon"),
    tallies: read("lexicon/tallies.json", TallyLexicon, "tally lexicon"),
    relations: {
      ...read("lexicon/relations.json", RelationLexicon, "relation lexicon"),
      confidenceModel: read("lexicon/relation-confidence.json", RelationConfidenceModel, "relation confidence model"),
    },
  };
  const groupsPath = new URL("groups.json", dir).pathname;
  const gazetteer = parseGazetteer(read("groups.json", z.unknown(), "gazetteer"), groupsPath, lexicon);
  checkLexiconGroups(lexicon.relations, gazetteer, new URL("lexicon/relations.json", dir).pathname);
  return {
    gazetteer,
    alliances: read("alliances.json", Alliances, "alliances file"),
    events: read("events.json", DatedEvents, "dated-events file").events,
    places: mergePlaces(
      read("places.json", Places, "places file"),
      read("places-geonames.json", GeonamesPlaces, "GeoNames places file"),
    ),
    attributions: read("figure-attributions.json", Attributions, "figure attributions file"),
    outlets: read("outlets.json", Outlets, "outlet conventions file").outlets,
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
