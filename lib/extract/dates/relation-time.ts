import type { Article, DateCues, RelationDate } from "../../records/mod.ts";
import { defaultReference } from "../../reference/mod.ts";
import {
  datesTheReport,
  narrativeYearOf,
  relationFallback,
  resolvingDate,
  type Segment,
  segments,
  sentenceClauseDates,
  type Stated,
} from "./event-date.ts";
import { sentenceTextOf } from "./sentence-texts.ts";

/** Words before a date that make it the start of a lasting relation ("since 2013", "from 2013", "beginning in"). */
const STARTS =
  /\b(?:since|from|starting(?:\s+in|\s+from)?|beginning(?:\s+in)?|as\s+of)\s+(?:early\s+|late\s+|mid-?)?$/i;
/** Words before a date that make it the end ("until 2015", "until its dissolution in 2015", "through 2016"). */
const ENDS = /\b(?:until|till|through|to|ended\s+in|ending\s+in)\b[^.;,\d]{0,30}$/i;

/** Where a relation's words stand: its sentences (its own last) and its trigger's words, when known. */
export type RelationSpan = { sentences: number[]; trigger: string | null };

/** A stated date with the marker before it and its offsets in the sentence, as read for one relation. */
type Marked = Stated & { role: "start" | "end" | "at"; from: number };

function marked(text: string, date: Stated): Marked {
  const before = text.slice(Math.max(0, date.start - 40), date.start);
  const start = STARTS.exec(before);
  if (start) return { ...date, role: "start", from: date.start - start[0].length };
  const end = ENDS.exec(before);
  if (end) return { ...date, role: "end", from: date.start - end[0].length };
  return { ...date, role: "at", from: date.start };
}

/**
 * The dates of one sentence read for a relation: resolved against the publication date (and `before`, the last
 * date the article stated earlier, for "two years earlier"), dates of the telling ("said on Sunday") left out.
 */
type SentenceDates = { sentence: Article["sentences"][number]; text: string; parts: Segment[]; dates: Marked[] };

/** Each sentence's dates read once per article (a relation's time is asked once per trigger). */
const read = new WeakMap<Article, Map<string, SentenceDates>>();

function sentenceDates(article: Article, index: number, before: string | null, cues: DateCues): SentenceDates {
  const memo = read.get(article) ?? new Map<string, SentenceDates>();
  read.set(article, memo);
  const key = `${index}|${before}`;
  const known = memo.get(key);
  if (known) return known;
  const found = readSentenceDates(article, index, before, cues);
  memo.set(key, found);
  return found;
}

function readSentenceDates(article: Article, index: number, before: string | null, cues: DateCues): SentenceDates {
  const sentence = article.sentences[index];
  const text = sentenceTextOf(article, index);
  const dates = sentenceClauseDates(article, index, resolvingDate(article), before, narrativeYearOf(article, index))
    .filter((d) => !datesTheReport(text, d, cues));
  return { sentence, text, parts: segments(text, cues), dates: dates.map((d) => marked(text, d)) };
}

/** Openers of a clause whose time is that of the clause it hangs on ("when it broke ties", "while it fought Y"). */
const SIMULTANEOUS = new Set(["when", "while"]);

/**
 * The time of a relation, from its own clause: the date of the clause holding its trigger (nearest first); a
 * "since"/"from" date just after it starts the relation, an "until" date ends it ("from 2013 until its dissolution in
 * 2015"); else the first main-clause date of its sentences (its own first), as `relationDate` reads it; else the
 * period the document states it is about, else the article's date (`relationFallback`). Dates are resolved against the
 * article's publication date (or its stated period's end, `resolvingDate`) by the shared date code; `evidence`
 * gives the words and their offsets in the article.
 */
export function relationTime(
  article: Article,
  span: RelationSpan,
  before: string | null = null,
  cues: DateCues = defaultReference().lexicon.dateCues,
): RelationDate {
  const own = span.sentences.at(-1)!;
  const { sentence, text, parts, dates } = sentenceDates(article, own, before, cues);
  const at = span.trigger ? triggerAt(text, span.trigger) : -1;
  const part = at >= 0 ? parts.findIndex((p) => p.start <= at && at < p.end) : -1;
  const partOf = (d: Marked) => parts.findIndex((p) => p.start <= d.start && d.start < p.end);
  // The trigger's clause, and the clauses right after it that a start or end marker opens ("..., since 2013"), or,
  // when such a marker opens the sentence, the marked dates of the clauses before the trigger's ("Since 2013, X has
  // fought alongside Y", "From 2015 until its dissolution in 2017, X was ..."; only subordinate clauses between).
  const fronted = dates.some((d) => d.role !== "at" && d.from === 0);
  const clause = part < 0
    ? []
    : dates.filter((d) =>
      partOf(d) === part || (d.role !== "at" && partOf(d) > part && partOf(d) <= part + 2) ||
      (d.role !== "at" && fronted && partOf(d) < part && parts.slice(partOf(d) + 1, part).every((p) => p.subordinate))
    );
  const start = clause.find((d) => d.role === "start");
  const end = clause.find((d) => d.role === "end" && (!start || d.start > start.start));
  // ("X, which changed its name last year when it broke ties with Y": a "when" or "while" clause happens at the time
  // of the clause it hangs on, the one right before it, main or not; round 67.)
  const hung = clause.length === 0 && part > 0 && SIMULTANEOUS.has(parts[part].opener ?? "")
    ? dates.filter((d) => d.role === "at" && partOf(d) === part - 1)
    : [];
  const point = [...clause, ...hung].filter((d) => d.role === "at" && d !== end)
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  const used = [point, start, end].filter((d) => d !== undefined);
  if (used.length > 0) {
    const first = Math.min(...used.map((d) => d.from));
    const last = Math.max(...used.map((d) => d.end));
    const value = point ?? start ?? end!;
    return {
      value: value.value,
      precision: value.precision,
      from: "sentence",
      ...(start ? { start: start.value } : {}),
      ...(end ? { end: end.value } : {}),
      evidence: { quote: text.slice(first, last), start: sentence.start + first, end: sentence.start + last },
    };
  }
  // No date in its own clause: the first main-clause date of its sentences, its own first.
  for (const index of [...span.sentences].reverse()) {
    const other = index === own ? { sentence, parts, dates } : sentenceDates(article, index, before, cues);
    const main = other.dates.find((d) =>
      !(other.parts.find((p) => p.start <= d.start && d.start < p.end)?.subordinate ?? false)
    );
    if (main) {
      return {
        value: main.value,
        precision: main.precision,
        from: "sentence",
        evidence: { quote: main.quote, start: other.sentence.start + main.start, end: other.sentence.start + main.end },
      };
    }
  }
  return relationFallback(article);
}

/**
 * Where the trigger's words first stand in a sentence, as whole words (-1 if not found): the first place where its
 * words stand in order, case aside, joined by characters other than ASCII letters, digits and "_" (`\\W+`), with no
 * letter or digit just before or after them. Read by a scan of the characters for an ASCII trigger (nearly all): its
 * pattern (`triggerSearch`), tried from the start, took some 40 µs a sentence in the pipeline (V8 compiled it again
 * after the collector had let its code go). A text holding a character that matches an ASCII letter under the
 * pattern's case rules ("ſ", the Kelvin sign), or a trigger the scan does not read alike, is searched by the pattern.
 */
export function triggerAt(text: string, trigger: string): number {
  const search = triggerSearch(trigger);
  const words = search.words;
  if (words === null || FOLDS_TO_ASCII.test(text)) return search.pattern.exec(text)?.index ?? -1;
  for (let at = 0; at + words[0].length <= text.length; at++) {
    const end = wordsEndAt(text, at, words);
    if (end !== -1 && !wordCharacterBefore(text, at) && !wordCharacterAt(text, end)) return at;
  }
  return -1;
}

/** Where `words` (lower case) end when they stand from `at` on, joined by runs of non-word characters; else -1. */
function wordsEndAt(text: string, at: number, words: readonly string[]): number {
  let position = at;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const from = position;
      while (position < text.length && !isAsciiWordCharacter(text.charCodeAt(position))) position++;
      if (position === from) return -1;
    }
    const word = words[w];
    if (position + word.length > text.length) return -1;
    for (let k = 0; k < word.length; k++) {
      if (asciiLower(text.charCodeAt(position + k)) !== word.charCodeAt(k)) return -1;
    }
    position += word.length;
  }
  return position;
}

/** Characters other than ASCII letters that an ASCII letter matches case-insensitively under `u`: ſ (s) and K (k). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/** An ASCII capital's small letter; any other code as it is. */
const asciiLower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** `\\w` without ſ and K: an ASCII letter, digit or "_". */
const isAsciiWordCharacter = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/** A letter or a digit (`[\\p{L}\\p{N}]`), tested on one code point. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the code point before offset `at` (a surrogate pair read as one) is a letter or a digit. */
function wordCharacterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const pair = code >= 0xdc00 && code <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 &&
    text.charCodeAt(at - 2) <= 0xdbff;
  // (the class is tested on the code point alone: V8 reads `/[\p{L}\p{N}]$/u` wrong after a surrogate pair)
  return WORD_CHARACTER.test(text.slice(pair ? at - 2 : at - 1, at));
}

/** Whether the code point at offset `at` (a surrogate pair read as one) is a letter or a digit. */
function wordCharacterAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  const pair = code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && text.charCodeAt(at + 1) >= 0xdc00 &&
    text.charCodeAt(at + 1) <= 0xdfff;
  return WORD_CHARACTER.test(text.slice(at, pair ? at + 2 : at + 1));
}

/**
 * Each trigger's pattern, and its words in lower case where the scan reads them as the pattern does (every word ASCII
 * and not empty, each after the first opening with a letter, digit or "_", so that `\\W+` before it is the whole run
 * of other characters); compiled once: triggers are a few hundred at most.
 */
const triggerSearches = new Map<string, { pattern: RegExp; words: string[] | null }>();

function triggerSearch(trigger: string): { pattern: RegExp; words: string[] | null } {
  let search = triggerSearches.get(trigger);
  if (!search) {
    const words = trigger.split(/\s+/);
    const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\W+");
    const scannable = words.every((word, i) =>
      word.length > 0 && [...word].every((c) => c.charCodeAt(0) < 0x80) &&
      (i === 0 || isAsciiWordCharacter(word.charCodeAt(0)))
    );
    search = {
      // Not global: `exec` reads from the start every time, so one pattern serves every sentence.
      pattern: new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, "iu"),
      words: scannable ? words.map((word) => word.toLowerCase()) : null,
    };
    if (triggerSearches.size >= 10_000) triggerSearches.clear();
    triggerSearches.set(trigger, search);
  }
  return search;
}

/**
 * For each sentence of `article`, the last date stated before it (resolved against the publication date): the anchor
 * of "two years earlier". Read lazily, once per article: the anchor of sentence k needs the dates of the sentences
 * before it only, and a reader asks for the sentences its relations stand in, so the sentences after the last of them
 * are never read (their dates took chrono a sixth of the relation stage). Reading an index reads the sentences up to
 * it; anything else asked of the array (its length, a loop over it) reads them all first.
 */
export function datesBefore(article: Article): (string | null)[] {
  const anchors: (string | null)[] = [];
  let last: string | null = null;
  let read = 0;
  /** Reads the sentences before `index` (all of them past the last), giving the anchors up to it. */
  const readUpTo = (index: number) => {
    const until = Math.min(index, article.sentences.length);
    while (anchors.length <= until && anchors.length < article.sentences.length) {
      // sentence `read` is read only for the anchor after it
      while (read < anchors.length) {
        const stated = sentenceClauseDates(article, read, resolvingDate(article), last, narrativeYearOf(article, read));
        last = stated.at(-1)?.value ?? last;
        read++;
      }
      anchors.push(last);
    }
  };
  return new Proxy(anchors, {
    get(target, key, receiver) {
      readUpTo(typeof key === "string" && INDEX.test(key) ? Number(key) : article.sentences.length);
      return Reflect.get(target, key, receiver);
    },
  });
}

/** An array index as a property key. */
const INDEX = /^(?:0|[1-9]\d*)$/;
