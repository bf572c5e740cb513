import { parseHTML } from "linkedom";

const BLOCKS =
  "p, div, br, li, h1, h2, h3, h4, h5, h6, tr, article, section, header, footer, blockquote, figcaption, pre";
const DROPPED = "script, style, noscript, template, svg, iframe, nav, form, button, select";

/** An HTML page as plain text: scripts, styles and navigation dropped, one line a block; title and date from meta. */
export function htmlToText(html: string): { text: string; title: string | null; published: string | null } {
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><body>${html}</body></html>`);
  const title = document.querySelector("meta[property='og:title']")?.getAttribute("content") ??
    document.querySelector("title")?.textContent ?? null;
  const published = document.querySelector("meta[property='article:published_time']")?.getAttribute("content") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  for (const node of document.querySelectorAll(DROPPED)) node.remove();
  for (const node of document.querySelectorAll(BLOCKS)) node.after(document.createTextNode("\n\n"));
  for (const node of document.querySelectorAll("br")) node.after(document.createTextNode("\n"));
  const body = document.querySelector("body") ?? document.documentElement;
  const text = (body?.textContent ?? "").split("\n").map((line: string) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text, title: title?.trim() || null, published: published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null };
}
