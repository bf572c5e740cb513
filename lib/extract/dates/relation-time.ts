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
  // The trigger's clause, and the clauses right after it that a start or end marker opens ("..., since 2013").
  const clause = part < 0
    ? []
    : dates.filter((d) => partOf(d) === part || (d.role !== "at" && partOf(d) > part && partOf(d) <= part + 2));
  const start = clause.find((d) => d.role === "start");
  const end = clause.find((d) => d.role === "end" && (!start || d.start > start.start));
  const point = clause.filter((d) => d.role === "at" && d !== end)
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

/** Where the trigger's words first stand in a sentence, as whole words (-1 if not found). */
function triggerAt(text: string, trigger: string): number {
  return triggerPattern(trigger).exec(text)?.index ?? -1;
}

/** Each trigger's pattern, compiled once (triggers are the lexicon's words: a few hundred at most). */
const triggerPatterns = new Map<string, RegExp>();

function triggerPattern(trigger: string): RegExp {
  let pattern = triggerPatterns.get(trigger);
  if (!pattern) {
    const words = trigger.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\W+");
    // Not global: `exec` reads from the start every time, so one pattern serves every sentence.
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, "iu");
    if (triggerPatterns.size >= 10_000) triggerPatterns.clear();
    triggerPatterns.set(trigger, pattern);
  }
  return pattern;
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
