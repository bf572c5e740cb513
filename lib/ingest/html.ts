import { createRequire } from "node:module";
import type { parseHTML as ParseHTML } from "linkedom";

/**
 * linkedom's parser, loaded when the first HTML page comes (synchronously, through its CommonJS build): most corpora
 * are text, CSV or JSONL, and loading it costs every worker some 4 MB of heap and more of resident memory (issue 14).
 */
let parser: typeof ParseHTML | undefined;
function parseHTML(html: string): ReturnType<typeof ParseHTML> {
  parser ??= (createRequire(import.meta.url)("linkedom") as { parseHTML: typeof ParseHTML }).parseHTML;
  return parser(html);
}

const BLOCKS =
  "p, div, br, li, h1, h2, h3, h4, h5, h6, tr, article, section, header, footer, blockquote, figcaption, pre";
const DROPPED = "script, style, noscript, template, svg, iframe, nav, form, button, select";

/** A publication date a page states in its markup, with where it stated it. */
export type HtmlStatedDate = { value: string; where: string };

/** The publication-date properties of `<meta>`, most specific first (modified times are never read). */
const META_DATES = [
  "meta[property='article:published_time']",
  "meta[itemprop='datePublished']",
  "meta[name='DC.date.issued']",
  "meta[name='dcterms.issued']",
  "meta[name='citation_publication_date']",
  "meta[name='pubdate']",
  "meta[name='publish-date']",
  "meta[name='DC.date']",
  "meta[name='date']",
];

// deno-lint-ignore no-explicit-any
type Node = any;

/** `datePublished` of the first JSON-LD object that has one (an Event's startDate is not a publication date). */
function jsonLdDate(document: Node): string | null {
  for (const script of document.querySelectorAll("script[type='application/ld+json']")) {
    let json: unknown;
    try {
      json = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const queue: unknown[] = [json];
    while (queue.length > 0) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const record = item as Record<string, unknown>;
        if (typeof record.datePublished === "string") return record.datePublished;
        if (record["@graph"]) queue.push(record["@graph"]);
      }
    }
  }
  return null;
}

/** The publication date the page's markup states: meta properties, itemprop, JSON-LD, then a `<time datetime>`. */
function statedDate(document: Node): HtmlStatedDate | null {
  for (const selector of META_DATES) {
    const value = document.querySelector(selector)?.getAttribute("content");
    if (value?.trim()) {
      return { value: value.trim(), where: selector.replace(/^meta\[(\w+)='(.+)'\]$/, '<meta $1="$2">') };
    }
  }
  const item = document.querySelector("[itemprop='datePublished']");
  const itemValue = item?.getAttribute("content") ?? item?.getAttribute("datetime") ?? item?.textContent;
  if (itemValue?.trim()) return { value: itemValue.trim(), where: 'itemprop="datePublished"' };
  const ld = jsonLdDate(document);
  if (ld?.trim()) return { value: ld.trim(), where: "JSON-LD datePublished" };
  for (const time of document.querySelectorAll("time[datetime]")) {
    if (time.closest("footer, [itemprop='dateModified']") || /modif|updat/i.test(time.getAttribute("class") ?? "")) {
      continue;
    }
    const value = time.getAttribute("datetime");
    if (value?.trim()) return { value: value.trim(), where: "<time datetime>" };
  }
  return null;
}

/** An HTML page as plain text: scripts, styles and navigation dropped, one line a block; title and date from markup. */
export function htmlToText(html: string): { text: string; title: string | null; published: HtmlStatedDate | null } {
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><body>${html}</body></html>`);
  const title = document.querySelector("meta[property='og:title']")?.getAttribute("content") ??
    document.querySelector("title")?.textContent ?? null;
  const published = statedDate(document);
  for (const node of document.querySelectorAll(DROPPED)) node.remove();
  for (const node of document.querySelectorAll(BLOCKS)) node.after(document.createTextNode("\n\n"));
  for (const node of document.querySelectorAll("br")) node.after(document.createTextNode("\n"));
  const body = document.querySelector("body") ?? document.documentElement;
  const text = (body?.textContent ?? "").split("\n").map((line: string) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text, title: title?.trim() || null, published };
}
