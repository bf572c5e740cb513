import type { CorpusRecords } from "../records/load.ts";
import { escapeXml as escapeHtml, isSafeUrl } from "../charts/render-xml.ts";
import { chartFont, ink, mutedInk } from "../charts/theme.ts";
import type { ReportChart } from "./chart.ts";
import { corpusDescription } from "./caption.ts";
import type { ExportTable } from "./exports.ts";

/** A chart ready for the page: its report fields plus the inline SVG and the file names beside index.html. */
export type PageChart = ReportChart & { svg: string; svgFile: string; pngFile: string };

/**
 * The page needs no script at all, so the policy forbids every script (inline, remote, javascript: links) and every
 * remote load; styles are inline, images only data: URLs. A hostile article cannot run code even if escaping failed.
 */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; " +
  "connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'";

const pageStyle = `
body { font-family: ${chartFont}; color: ${ink}; background: white; margin: 0; line-height: 1.45; }
main, header { max-width: 960px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 22px; margin: 40px 0 4px; }
.corpus, figcaption, .files, .note { color: ${mutedInk}; font-size: 14px; }
.takeaway { font-size: 17px; margin: 0 0 12px; }
figure { margin: 0; }
figure svg { display: block; max-width: 100%; height: auto; }
table { border-collapse: collapse; font-size: 13px; width: 100%; margin: 8px 0; }
th, td { border-bottom: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.quote { font-style: italic; }
code { font-size: 12px; word-break: break-all; }
summary { cursor: pointer; font-size: 14px; }
nav ol { padding-left: 20px; }
`;

function text(value: string | null | undefined): string {
  return escapeHtml(value ?? "");
}

/** A link only for targets that cannot run code; anything else is shown as plain text. */
function externalLink(url: string | null, label: string): string {
  if (url === null || url === "") return "";
  if (!/^https?:\/\//i.test(url.trim()) || !isSafeUrl(url)) return text(url);
  return `<a href="${escapeHtml(url.trim())}" rel="noopener noreferrer">${text(label)}</a>`;
}

function citationsTable(chart: PageChart, anchors: Map<string, string>): string {
  if (chart.citations.length === 0) return `<p class="note">No plotted value of this chart has a citation.</p>`;
  const articleCount = new Set(chart.citations.map((citation) => citation.articleId)).size;
  const rows = chart.citations.map((citation, index) => {
    const anchor = anchors.get(citation.articleId);
    const title = citation.articleTitle ?? "(untitled)";
    const article = anchor ? `<a href="#${anchor}">${text(title)}</a>` : text(title);
    return `<tr><td>${index + 1}</td><td>${text(citation.label)}</td><td>${article}<br><code>${
      text(citation.articleId)
    }</code></td><td class="quote">${text(citation.quote)}</td><td>${text(citation.reference)}</td></tr>`;
  });
  // Short source lists are open by default; long ones would push the next chart out of sight.
  return `<details${
    chart.citations.length <= 12 ? " open" : ""
  }><summary>Sources: ${chart.citations.length} cited values from ${articleCount} article${
    articleCount === 1 ? "" : "s"
  }</summary>
<table><thead><tr><th>#</th><th>Plotted value</th><th>Article</th><th>Quote</th><th>Reference</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table></details>`;
}

function chartSection(chart: PageChart, anchors: Map<string, string>): string {
  return `<section class="chart" id="chart-${text(chart.id)}" data-chart-id="${text(chart.id)}">
<h2>${text(chart.title)}</h2>
<p class="takeaway">${text(chart.takeaway)}</p>
<figure>
${chart.svg}
<figcaption>${text(chart.caption)}</figcaption>
</figure>
<p class="files">Files: <a href="${text(chart.svgFile)}">SVG</a> · <a href="${text(chart.pngFile)}">PNG (2x)</a></p>
${citationsTable(chart, anchors)}
</section>`;
}

function articlesTable(records: CorpusRecords, anchors: Map<string, string>): string {
  const rows = records.articles.map((article) =>
    `<tr id="${anchors.get(article.id)}"><td><code>${text(article.id)}</code></td><td>${
      text(article.title ?? "(untitled)")
    }</td><td>${text(article.outlet)}</td><td>${text(article.published.date ?? "undated")}</td><td>${
      externalLink(article.url, "link")
    }</td></tr>`
  );
  return `<table><thead><tr><th>Id</th><th>Title</th><th>Outlet</th><th>Published</th><th>URL</th></tr></thead>
<tbody>
${rows.join("\n")}
</tbody></table>`;
}

function exportsList(tables: ExportTable[]): string {
  const items = tables.map((table) =>
    `<li>${text(table.name)} (${table.rows.length} rows): <a href="exports/${text(table.name)}.csv">CSV</a> · ` +
    `<a href="exports/${text(table.name)}.json">JSON</a></li>`
  );
  return `<ul>\n${items.join("\n")}\n</ul>`;
}

/** Options of the briefing page. */
export type BriefingPageOptions = { title?: string };

/** The briefing page: header with the corpus, each chart with title, takeaway, caption and sources, then the data. */
export function briefingHtml(
  records: CorpusRecords,
  charts: PageChart[],
  tables: ExportTable[],
  { title = "Briefing: armed groups in the news corpus" }: BriefingPageOptions = {},
): string {
  const anchors = new Map(records.articles.map((article, index) => [article.id, `article-${index + 1}`]));
  const contents = charts.map((chart) => `<li><a href="#chart-${text(chart.id)}">${text(chart.title)}</a></li>`);
  const body = charts.length === 0
    ? `<p class="note">No charts: the extractors found nothing to plot in this corpus.</p>`
    : charts.map((chart) => chartSection(chart, anchors)).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(title)}</title>
<style>${pageStyle}</style>
</head>
<body>
<header>
<h1>${text(title)}</h1>
<p class="corpus">Corpus: ${text(corpusDescription(records))}. Every plotted value links to the article and sentence it
came from (see “Sources” under each chart).</p>
<nav><ol>
${contents.join("\n")}
</ol></nav>
</header>
<main>
${body}
<section id="data">
<h2>Data</h2>
<p class="note">The records behind the charts, for spreadsheets (CSV, RFC 4180; cells starting with = + - @ are
prefixed with an apostrophe) and scripts (JSON).</p>
${exportsList(tables)}
</section>
<section id="articles">
<h2>Articles</h2>
${articlesTable(records, anchors)}
</section>
</main>
</body>
</html>
`;
}
