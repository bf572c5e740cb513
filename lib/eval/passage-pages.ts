import { basename } from "node:path";
import type { Article } from "../records/mod.ts";
import { prepareArticle, readInput } from "../ingest/mod.ts";
import { defaultReference, type Reference } from "../reference/mod.ts";

/** What a page of a corpus folder states of its time: its publication date and the period it covers. */
export type PageDates = ReadonlyMap<string, Pick<Article, "published" | "covers">>;

/** No page dates: each passage is read as an undated text. */
export const NO_PAGE_DATES: PageDates = new Map();

const loaded = new Map<string, Promise<PageDates>>();

/**
 * The dates each page of a corpus folder states (front matter "pubDate" and "date": `published` and `covers`), by
 * file name, read by the ingest as the pipeline reads the page: a passage gold set's paragraph is then extracted with
 * the dates its page gives it in a run over the corpus (a page about the 2003 invasion of Iraq, copied in 2023, covers
 * 2003). Empty when the folder is absent. Read once per folder.
 */
export function loadPageDates(corpus: string, reference: Reference = defaultReference()): Promise<PageDates> {
  let pages = loaded.get(corpus);
  if (!pages) {
    pages = readPageDates(corpus, reference);
    loaded.set(corpus, pages);
  }
  return pages;
}

async function readPageDates(corpus: string, reference: Reference): Promise<PageDates> {
  const pages = new Map<string, Pick<Article, "published" | "covers">>();
  try {
    await Deno.stat(corpus);
  } catch {
    return pages;
  }
  const dating = { events: reference.events, outlets: reference.outlets, dateCues: reference.lexicon.dateCues };
  for await (const item of readInput(corpus)) {
    if (item.kind !== "document") continue;
    const prepared = prepareArticle(item.document, dating);
    if (prepared.kind !== "article") continue;
    const { published, covers } = prepared.article;
    pages.set(basename(item.document.source.path), { published, covers });
  }
  return pages;
}

/** `article` (a passage of page `file`) with the dates its page states; unchanged when the page is not known. */
export function withPageDates(article: Article, file: string, pages: PageDates): Article {
  const page = pages.get(file);
  return page ? { ...article, published: page.published, covers: page.covers } : article;
}
