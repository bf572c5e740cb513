import { svgString, svgToPng } from "../charts/render.ts";
import type { ComposeOptions } from "../charts/render.ts";
import { escapeXml } from "../charts/render-xml.ts";

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A text/html snippet showing the chart as a 2x PNG in a data: URL. nbconvert's HTML export drops SVG outputs, and a
 * PNG also keeps Plot's HTML title and legends, so exported notebooks show the chart as the briefing does.
 * In a notebook: `Deno.jupyter.display({ "text/html": chartHtml(chart) }, { raw: true })`, or end a cell with
 * `chartOutput(chart)`.
 */
export function chartHtml(element: Element, options: ComposeOptions = {}): string {
  const svg = svgString(element, options);
  const width = /<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1] ?? "800";
  const alt = options.title ?? element.querySelector?.("h2")?.textContent ?? "chart";
  const png = base64(svgToPng(svg, { scale: 2 }));
  return `<img src="data:image/png;base64,${png}" width="${width}" alt="${escapeXml(alt)}" style="max-width:100%">`;
}

/** A value that Deno's Jupyter kernel displays as `chartHtml(element)` when it ends a cell. */
export function chartOutput(element: Element, options: ComposeOptions = {}): { [key: symbol]: () => unknown } {
  return { [Symbol.for("Jupyter.display")]: () => ({ "text/html": chartHtml(element, options) }) };
}
