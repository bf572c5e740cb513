import { Article, type FieldOrigin, type RemovedSpan } from "../records/article.ts";
import type { RawDocument } from "./inputs.ts";
import { cleanText } from "./clean.ts";
import { htmlToText } from "./html.ts";
import { splitSentences } from "./sentences.ts";
import { type DatingReference, type MarkupDate, publicationDate } from "./publication-date.ts";
import { blankFrontMatter, type FrontMatter, readFrontMatter } from "./front-matter.ts";
import { datelineStarts } from "./header-date.ts";
import { documentPeriod, type StatedPeriod } from "./covers.ts";
import { readPeriod } from "../extract/dates/period.ts";

/** Front-matter keys that state the publication date, most specific first ("updated" and "lastmod" never do). */
const FRONT_MATTER_DATES = ["published", "pubdate", "publishdate", "datepublished", "date_published", "date"];
const FRONT_MATTER_TITLES = ["title", "headline", "subject"];
/** Front-matter keys that state the period a document is about; `date` too where another key states publication. */
const FRONT_MATTER_PERIODS = ["covers", "period", "eventdate", "event_date"];
/** The front-matter key of a page's short description, read for a period where its period key holds no date. */
const FRONT_MATTER_DESCRIPTION = "shortdescription";

/**
 * The period a front matter states: `covers`, `period`, `eventDate`, or `date` where the front matter states its
 * publication under another key (`pubDate`, `published` ...: `date` is then the subject's date, as in the Wikipedia
 * corpus's `date: [5 March – 25 May 2014]`). A scalar or a list of scalars (its items one a line); an empty one
 * (`date: []`) states that the page's subject has a date of its own and gives none.
 */
function frontMatterPeriod(frontMatter: FrontMatter, raw: string): StatedPeriod | null {
  const publishedElsewhere = FRONT_MATTER_DATES.some((key) => key !== "date" && frontMatter.fields.has(key));
  for (const key of [...FRONT_MATTER_PERIODS, ...(publishedElsewhere ? ["date"] : [])]) {
    const scalar = frontMatter.fields.get(key);
    const list = frontMatter.lists.get(key);
    const value = scalar?.value ?? list?.items.join("\n") ?? "";
    const span = scalar ?? list;
    if (!span) continue;
    // ("date: (8 years, 9 months, 6 days)": a period key holding no date gives way to a short description that
    // dates the subject, "2003–2011 war after an American-led invasion in Iraq"; round 30.)
    if (!/^\s*(?:\[\s*\])?\s*$/.test(value) && readPeriod(value) === null) {
      const described = describedPeriod(frontMatter, raw);
      if (described) return described;
    }
    // An empty `date: []` beside a publication date still says the page's subject has its own date: none given.
    return {
      value,
      where: `front matter "${key}"`,
      evidence: { quote: raw.slice(span.start, span.end), start: span.start, end: span.end, in: "raw" },
    };
  }
  return null;
}

/** A front matter's short description (`shortDescription`) where it states a period with its year; else null. */
function describedPeriod(frontMatter: FrontMatter, raw: string): StatedPeriod | null {
  const field = frontMatter.fields.get(FRONT_MATTER_DESCRIPTION);
  if (!field || readPeriod(field.value) === null) return null;
  return {
    value: field.value,
    where: `front matter "${FRONT_MATTER_DESCRIPTION}"`,
    evidence: { quote: raw.slice(field.start, field.end), start: field.start, end: field.end, in: "raw" },
  };
}

function frontMatterDates(frontMatter: FrontMatter): MarkupDate[] {
  return FRONT_MATTER_DATES.flatMap((key) => {
    const field = frontMatter.fields.get(key);
    return field
      ? [{
        value: field.value,
        where: `front matter "${key}"`,
        evidence: { quote: field.value, start: field.start, end: field.end, in: "raw" as const },
      }]
      : [];
  });
}

/** Turns one raw document into an article record: cleaned text, sentences, title, author, outlet, date. */
export function buildArticle(document: RawDocument, dating: DatingReference): Article {
  const warnings = [...document.warnings];
  let raw = document.text;
  let markupTitle: string | null = null;
  let markupAuthor: string | null = null;
  const markup: MarkupDate[] = [];
  const frontMatterSpans: RemovedSpan[] = [];
  let statedPeriod: StatedPeriod | null = document.stated.covers
    ? {
      value: document.stated.covers,
      where: document.statedOrigin === "metadata" ? 'metadata.json "covers"' : 'the input\'s "covers" field',
      evidence: { quote: document.stated.covers, start: 0, end: document.stated.covers.length, in: "metadata" },
    }
    : null;
  if (document.format === "html") {
    const page = htmlToText(raw);
    raw = page.text;
    markupTitle = page.title;
    if (page.published) {
      markup.push({
        value: page.published.value,
        where: page.published.where,
        evidence: { quote: page.published.value, start: 0, end: page.published.value.length, in: "metadata" },
      });
    }
  } else {
    const frontMatter = readFrontMatter(raw);
    if (frontMatter) {
      // Front matter is the file's own metadata, not body text: blanked (offsets hold) and kept as a removed span.
      frontMatterSpans.push({
        kind: "front-matter",
        text: raw.slice(0, frontMatter.end),
        start: 0,
        end: frontMatter.end,
      });
      raw = blankFrontMatter(raw, frontMatter);
      markupTitle = FRONT_MATTER_TITLES.map((key) => frontMatter.fields.get(key)?.value).find(Boolean) ?? null;
      markupAuthor = frontMatter.fields.get("author")?.value ?? null;
      markup.push(...frontMatterDates(frontMatter));
      statedPeriod ??= frontMatterPeriod(frontMatter, document.text);
    }
  }
  const stated = document.stated;
  const cleaned = cleanText(raw, {
    statedTitle: stated.title ?? markupTitle ?? undefined,
    datelines: datelineStarts(raw, dating.dateCues),
  });
  const removed = [...frontMatterSpans, ...cleaned.removed];
  warnings.push(...cleaned.warnings);
  const sentences = splitSentences(cleaned.text);
  if (cleaned.text.trim() === "") warnings.push("cleaning left no article text");
  const field = (
    statedValue: string | undefined,
    markupValue: string | null,
    found: string | null | undefined,
  ): [string | null, FieldOrigin] =>
    statedValue
      ? [statedValue, document.statedOrigin]
      : markupValue
      ? [markupValue, "metadata"]
      : found
      ? [found, "text"]
      : [null, "none"];
  const [title, titleOrigin] = document.format === "html"
    ? field(stated.title, null, cleaned.title?.value ?? markupTitle)
    : field(stated.title, markupTitle, cleaned.title?.value);
  const [author, authorOrigin] = field(stated.author, markupAuthor, cleaned.author?.value);
  const [outlet, outletOrigin] = field(stated.outlet, null, cleaned.outlet?.value);
  const [url, urlOrigin] = field(stated.url, null, null);
  if (title === null) warnings.push("no title: the text opens with prose and none is stated");
  const published = publicationDate({
    stated: stated.published ? { date: stated.published, origin: document.statedOrigin } : null,
    markup,
    raw,
    removed: cleaned.removed,
    text: cleaned.text,
    sentences,
    outlet,
    dateOrder: stated.dateOrder,
    ...dating,
  });
  const period = statedPeriod ? documentPeriod(statedPeriod) : null;
  if (period?.warning) warnings.push(period.warning);
  return Article.parse({
    id: document.id,
    source: document.source,
    sha256: document.sha256,
    title,
    outlet,
    author,
    url,
    origins: { title: titleOrigin, outlet: outletOrigin, author: authorOrigin, url: urlOrigin },
    published,
    // Only where the input states a period, so records of inputs that state none keep their bytes.
    ...(period ? { covers: period.covers } : {}),
    text: cleaned.text,
    sentences,
    removed,
    comments: cleaned.comments,
    warnings,
  });
}
