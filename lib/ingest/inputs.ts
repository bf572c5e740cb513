import { type Rejected, type Source, StatedMetadata } from "../records/article.ts";
import { formatPartialDate } from "../records/date.ts";
import { checkText, decodeDocument } from "./decode.ts";
import { parseCsv } from "./csv.ts";
import { fileChunks, textLines } from "./lines.ts";
import { InputError } from "./input-error.ts";
import { sha256Hex } from "./sha256.ts";

/** One document as read from the input, before cleaning: its text and what the input states about it. */
export type RawDocument = {
  id: string;
  source: Source;
  /** SHA-256 of the file's bytes, or for a CSV/JSONL row of its text field's UTF-8 bytes. */
  sha256: string;
  format: "text" | "html";
  text: string;
  warnings: string[];
  /** Values stated by metadata.json (origin "metadata") or by the row's own columns (origin "input"). */
  stated: StatedMetadata;
  statedOrigin: "metadata" | "input";
};

/** A file of a corpus folder that is not an article and is set aside on purpose (README, LICENSE, CHANGELOG). */
export type Skipped = { source: Source; reason: "documentation"; message: string };

export type InputItem =
  | { kind: "document"; document: RawDocument }
  | { kind: "rejected"; rejected: Rejected }
  | { kind: "skipped"; skipped: Skipped };

/** A folder's own documentation: README*, LICENSE* (LICENCE*), CHANGELOG*, whatever the extension. */
const DOCUMENTATION = /^(?:readme|licen[cs]e|changelog)(?:[._-].*)?$/i;

/** Column names for a CSV input. `text` is required; the others are optional. */
export type CsvColumns = {
  id?: string;
  title?: string;
  text?: string;
  date?: string;
  source?: string;
  url?: string;
  author?: string;
  /** The column stating the period each row is about ("5 March – 25 May 2014"), not its publication date. */
  covers?: string;
};

export type InputOptions = {
  csv?: CsvColumns;
  /** A single document (file, row or line) larger than this is rejected as too large. */
  maxDocumentBytes?: number;
};

export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const TEXT_EXTENSIONS = new Set([".txt", ".md", ".markdown", ".text"]);
const HTML_EXTENSIONS = new Set([".html", ".htm"]);

/**
 * Reads an input (a directory of .txt/.md/.html files, a .jsonl file or a .csv file) as a stream of raw
 * documents and rejections. Throws InputError before any document when the input as a whole is unusable.
 */
export async function* readInput(path: string, options: InputOptions = {}): AsyncGenerator<InputItem> {
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(path);
  } catch {
    throw new InputError(`${path}: no such file or directory`);
  }
  const maxBytes = options.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  if (info.isDirectory) yield* readDirectory(path, maxBytes);
  else if (path.endsWith(".jsonl") || path.endsWith(".ndjson")) yield* readJsonlFile(path, maxBytes);
  else if (path.endsWith(".csv")) yield* readCsvFile(path, options.csv ?? {}, maxBytes);
  else yield* readFileDocument(path, path, {}, maxBytes);
}

function extension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot).toLowerCase();
}

function baseName(path: string): string {
  return path.replace(/\/+$/, "").split("/").pop() ?? path;
}

function rejected(source: Source, id: string | null, reason: Rejected["reason"], message: string): InputItem {
  return { kind: "rejected", rejected: { source, id, reason, message } };
}

/** Every file below a directory, in a stable (sorted) order; metadata.json files are read as metadata. */
async function* readDirectory(dir: string, maxBytes: number): AsyncGenerator<InputItem> {
  const entries: Deno.DirEntry[] = [];
  for await (const entry of Deno.readDir(dir)) entries.push(entry);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const metadata = await readMetadataFile(`${dir}/metadata.json`);
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) {
      yield* readDirectory(path, maxBytes);
    } else if (entry.name === "metadata.json") {
      continue;
    } else if (DOCUMENTATION.test(entry.name)) {
      yield {
        kind: "skipped",
        skipped: {
          source: { path },
          reason: "documentation",
          message: `${path}: the folder's documentation (README, LICENSE or CHANGELOG), not an article`,
        },
      };
    } else if (TEXT_EXTENSIONS.has(extension(entry.name)) || HTML_EXTENSIONS.has(extension(entry.name))) {
      yield* readFileDocument(path, entry.name, metadata[entry.name] ?? {}, maxBytes);
    } else {
      yield rejected(
        { path },
        null,
        "unsupported-file",
        `${path}: not an article file (.txt, .md or .html); give .csv and .jsonl files as the input itself`,
      );
    }
  }
}

/** metadata.json beside articles: `{ "<file name>": {title, outlet, author, url, published} }`. */
export async function readMetadataFile(path: string): Promise<Record<string, StatedMetadata>> {
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch {
    return {};
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new InputError(`${path}: expected an object mapping file names to {title, outlet, author, url, published}`);
  }
  const metadata: Record<string, StatedMetadata> = {};
  for (const [name, value] of Object.entries(json)) {
    if (name.startsWith("$") || name === "description") continue;
    const parsed = StatedMetadata.strict().safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(`${path}: entry "${name}": ${issue.path.join(".") || "value"}: ${issue.message}`);
    }
    metadata[name] = parsed.data;
  }
  return metadata;
}

async function* readFileDocument(
  path: string,
  name: string,
  stated: StatedMetadata,
  maxBytes: number,
): AsyncGenerator<InputItem> {
  const id = baseName(name).replace(/\.[^.]+$/, "");
  const source = { path };
  let bytes: Uint8Array;
  try {
    const info = await Deno.stat(path);
    if (info.size > maxBytes) {
      yield rejected(
        source,
        id,
        "too-large",
        `${path}: ${info.size} bytes, over the ${maxBytes}-byte limit for one article`,
      );
      return;
    }
    bytes = await Deno.readFile(path);
  } catch (error) {
    yield rejected(source, id, "unreadable", `${path}: cannot be read (${(error as Error).message})`);
    return;
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    yield rejected(source, id, decoded.reason, `${path}: ${decoded.message}`);
    return;
  }
  yield {
    kind: "document",
    document: {
      id,
      source,
      sha256: await sha256Hex(bytes),
      format: HTML_EXTENSIONS.has(extension(path)) ? "html" : "text",
      text: decoded.text,
      warnings: decoded.warnings,
      stated,
      statedOrigin: "metadata",
    },
  };
}

const JSONL_TEXT_FIELDS = ["text", "content", "body", "article_content"];

function stringField(object: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) {
    const value = object[name];
    if (typeof value === "string" && value.trim() !== "") return value;
    if (typeof value === "number") return String(value);
  }
  return undefined;
}

/** A .jsonl file: one article object a line ({id, text|content|body, title, outlet|source, author, url, published|date}). */
async function* readJsonlFile(path: string, maxBytes: number): AsyncGenerator<InputItem> {
  const encoder = new TextEncoder();
  for await (const { text: line, line: number } of textLines(fileChunks(path))) {
    if (line.trim() === "") continue;
    const source = { path, line: number };
    const where = `${path}:${number}`;
    if (line.length > maxBytes) {
      yield rejected(
        source,
        null,
        "too-large",
        `${where}: line of ${line.length} characters, over the ${maxBytes} limit`,
      );
      continue;
    }
    let object: unknown;
    try {
      object = JSON.parse(line);
    } catch (error) {
      yield rejected(source, null, "malformed-jsonl", `${where}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (typeof object !== "object" || object === null || Array.isArray(object)) {
      yield rejected(
        source,
        null,
        "malformed-jsonl",
        `${where}: expected a JSON object, got ${Array.isArray(object) ? "an array" : typeof object}`,
      );
      continue;
    }
    const record = object as Record<string, unknown>;
    const id = stringField(record, ["id", "unit_id"]) ?? `${baseName(path).replace(/\.[^.]+$/, "")}-${number}`;
    const text = stringField(record, JSONL_TEXT_FIELDS);
    if (text === undefined) {
      yield rejected(
        source,
        id,
        "missing-field",
        `${where}: no article text (expected one of ${JSONL_TEXT_FIELDS.join(", ")})`,
      );
      continue;
    }
    yield* rowDocument(
      source,
      id,
      text,
      {
        title: stringField(record, ["title", "headline"]),
        outlet: stringField(record, ["outlet", "source", "publisher"]),
        author: stringField(record, ["author", "byline"]),
        url: stringField(record, ["url", "link"]),
        published: stringField(record, ["published", "date", "publication_date"]),
        covers: stringField(record, ["covers", "period"]),
      },
      where,
      encoder,
    );
  }
}

/** A row's document, with its stated values checked (an unreadable date is dropped with a warning). */
async function* rowDocument(
  source: Source,
  id: string,
  text: string,
  values: Record<string, string | undefined>,
  where: string,
  encoder: TextEncoder,
): AsyncGenerator<InputItem> {
  const checked = checkText(text);
  if (!checked.ok) {
    yield rejected(source, id, checked.reason, `${where}: ${checked.message}`);
    return;
  }
  const warnings = [...checked.warnings];
  const stated: StatedMetadata = {};
  for (const key of ["title", "outlet", "author", "url"] as const) {
    const value = values[key]?.trim();
    if (value) stated[key] = value;
  }
  if (values.covers?.trim()) stated.covers = values.covers.trim();
  if (values.published?.trim()) {
    const date = normalizeStatedDate(values.published.trim());
    if (date) stated.published = date;
    else {warnings.push(
        `stated date "${values.published.trim()}" is not a date this reader knows (YYYY-MM-DD, YYYY-MM, YYYY, M/D/YY); ignored`,
      );}
  }
  yield {
    kind: "document",
    document: {
      id,
      source,
      sha256: await sha256Hex(encoder.encode(text)),
      format: "text",
      text,
      warnings,
      stated,
      statedOrigin: "input",
    },
  };
}

/** A stated date as YYYY, YYYY-MM or YYYY-MM-DD; accepts ISO forms and US M/D/YY(YY). */
export function normalizeStatedDate(value: string): string | null {
  const iso = value.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$/);
  if (iso) {
    const [year, month, day] = [iso[1], iso[2], iso[3]].map((part) => part === undefined ? undefined : Number(part));
    return formatPartialDate(year!, month, month === undefined ? undefined : day);
  }
  const us = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/);
  if (us) {
    const year = us[3].length === 2 ? 2000 + Number(us[3]) : Number(us[3]);
    const month = Number(us[1]);
    const day = Number(us[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return formatPartialDate(year, month, day);
    }
  }
  return null;
}

const CSV_TEXT_DEFAULTS = ["text", "content", "body", "article_content"];

/** A .csv file, one article a row, its columns named by `columns`. */
async function* readCsvFile(path: string, columns: CsvColumns, maxBytes: number): AsyncGenerator<InputItem> {
  const encoder = new TextEncoder();
  let header: string[] | null = null;
  let index: Record<keyof CsvColumns, number> = {
    id: -1,
    title: -1,
    text: -1,
    date: -1,
    source: -1,
    url: -1,
    author: -1,
    covers: -1,
  };
  for await (const record of parseCsv(fileChunks(path))) {
    const where = `${path} row ${record.row} (line ${record.line})`;
    if (!header) {
      if ("error" in record) throw new InputError(`${path}: the header row cannot be read: ${record.error}`);
      header = record.fields.map((name) => name.trim());
      index = csvColumnIndex(path, header, columns);
      continue;
    }
    const source = { path, row: record.row, line: record.line };
    if ("error" in record) {
      yield rejected(source, null, "malformed-csv", `${where}: ${record.error}`);
      continue;
    }
    const fields = record.fields;
    const id = (index.id >= 0 ? fields[index.id]?.trim() : "") ||
      `${baseName(path).replace(/\.[^.]+$/, "")}-${record.row}`;
    if (fields.length !== header.length) {
      yield rejected(
        source,
        id,
        "malformed-csv",
        `${where}: ${fields.length} fields where the header has ${header.length}`,
      );
      continue;
    }
    const text = fields[index.text];
    if (text.length > maxBytes) {
      yield rejected(
        source,
        id,
        "too-large",
        `${where}: text of ${text.length} characters, over the ${maxBytes} limit`,
      );
      continue;
    }
    const value = (column: keyof CsvColumns) => (index[column] >= 0 ? fields[index[column]] : undefined);
    yield* rowDocument(
      source,
      id,
      text,
      {
        title: value("title"),
        outlet: value("source"),
        author: value("author"),
        url: value("url"),
        published: value("date"),
        covers: value("covers"),
      },
      where,
      encoder,
    );
  }
  if (!header) throw new InputError(`${path}: the file is empty: no header row`);
}

/** Finds each named column in the header, or says which is missing before any row is read. */
function csvColumnIndex(path: string, header: string[], columns: CsvColumns): Record<keyof CsvColumns, number> {
  const find = (flag: string, name: string | undefined): number => {
    if (name === undefined) return -1;
    const at = header.indexOf(name);
    if (at === -1) {
      throw new InputError(
        `${path}: no column "${name}" (given by --${flag}-column); the header has: ${header.join(", ")}`,
      );
    }
    return at;
  };
  const textColumn = columns.text ?? CSV_TEXT_DEFAULTS.find((name) => header.includes(name));
  if (textColumn === undefined) {
    throw new InputError(
      `${path}: which column holds the article text? Name it with --text-column; the header has: ${header.join(", ")}`,
    );
  }
  return {
    id: find("id", columns.id ?? (header.includes("id") ? "id" : undefined)),
    title: find("title", columns.title ?? (header.includes("title") ? "title" : undefined)),
    text: find("text", textColumn),
    date: find("date", columns.date),
    source: find("source", columns.source),
    url: find("url", columns.url),
    author: find("author", columns.author),
    covers: find("covers", columns.covers),
  };
}
