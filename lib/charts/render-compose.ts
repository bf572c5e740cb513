/**
 * Lays out what Plot returned (a bare <svg>, or a <figure> with an HTML title, HTML swatch legends, ramp legends, the
 * plot and a caption) as ONE standalone SVG, because slides, memos and PNGs cannot carry Plot's HTML parts.
 */
import { escapeXml, serializeSvgNode, stableIds } from "./render-xml.ts";
import { chartFont, ink, mutedInk, typeScale } from "./theme.ts";

/** Text that `composeChartSvg` draws around the plot; `undefined` takes the figure's own, "" leaves it out. */
export type ChartText = {
  title?: string;
  /** The line under the title (Plot's `subtitle`; the briefing puts its takeaway here). */
  subtitle?: string;
  caption?: string;
};

export type ComposeOptions = ChartText & {
  /** Prefix for element ids, unique per chart on a page (ids are renumbered, so output does not depend on history). */
  idPrefix?: string;
  /** Blank space around the chart, in px. */
  padding?: number;
};

/** The root class of every composed chart; the briefing page styles it. */
export const composedChartClass = "plot-chart";

/** Rough advance width of `text` in DejaVu Sans at `size` px: enough to wrap lines and lay out legends. */
export function estimateTextWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) {
    if (char === " ") ems += 0.32;
    else if (/[iljtfrI.,:;'!|()[\]]/.test(char)) ems += 0.36;
    else if (/[mwMW@%]/.test(char)) ems += 0.95;
    else if (/[A-Z]/.test(char)) ems += 0.72;
    else if (/[0-9]/.test(char)) ems += 0.64;
    else ems += 0.62;
  }
  return ems * size * (bold ? 1.1 : 1);
}

/** `text` broken into lines no wider than `width` px (a word longer than a line gets a line of its own). */
export function wrapText(text: string, size: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && estimateTextWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

type Swatch = { svg: Element; label: string };
type Block =
  | { kind: "svg"; element: Element; width: number; height: number; left: number; right: number }
  | { kind: "swatches"; swatches: Swatch[] };

/** The parts of a Plot element, in drawing order. */
function chartParts(element: Element): { text: ChartText; blocks: Block[] } {
  const text: ChartText = {};
  const blocks: Block[] = [];
  const svgBlock = (svg: Element): Block => {
    const viewBox = (svg.getAttribute("viewBox") ?? "").split(/[\s,]+/).map(Number);
    const width = Number(svg.getAttribute("width") ?? viewBox[2] ?? 640);
    const height = Number(svg.getAttribute("height") ?? viewBox[3] ?? 400);
    return { kind: "svg", element: svg, width, height, ...textOverflow(svg, width) };
  };
  if (element.localName.toLowerCase() === "svg") return { text, blocks: [svgBlock(element)] };
  for (const child of Array.from(element.children)) {
    const name = child.localName.toLowerCase();
    if (name === "h2") text.title = child.textContent ?? "";
    else if (name === "h3") text.subtitle = child.textContent ?? "";
    else if (name === "figcaption") text.caption = child.textContent ?? "";
    else if (name === "svg") blocks.push(svgBlock(child));
    else if (name === "div" && /-swatches\b/.test(child.getAttribute("class") ?? "")) {
      const swatches = Array.from(child.children)
        .filter((span) => span.localName.toLowerCase() === "span")
        .map((span) => ({ svg: span.querySelector("svg") as Element | null, label: (span.textContent ?? "").trim() }))
        .filter((swatch): swatch is Swatch => swatch.svg !== null);
      blocks.push({ kind: "swatches", swatches });
    }
  }
  return { text, blocks };
}

function translateX(element: Element): number {
  const match = /translate\(\s*(-?[\d.e+-]+)/.exec(element.getAttribute("transform") ?? "");
  return (match ? Number(match[1]) : 0) + Number(element.getAttribute("x") ?? 0) || 0;
}

function inherited(element: Element, name: string, root: Element): string | null {
  for (let node: Element | null = element; node !== null; node = node === root ? null : node.parentElement) {
    const value = node.getAttribute(name);
    if (value !== null) return value;
  }
  return null;
}

/**
 * How far Plot's text sticks out of its svg on the left and right, in px. Plot does not size margins to tick labels
 * (a "1,000,000" tick or a long group name at 14px overruns marginLeft), so the composer makes room instead of
 * cutting the label at the edge of the image.
 */
export function textOverflow(svg: Element, width: number): { left: number; right: number } {
  const rootSize = /font-size:\s*([\d.]+)px/.exec(svg.getAttribute("style") ?? "")?.[1];
  let left = 0;
  let right = 0;
  for (const text of Array.from(svg.querySelectorAll("text"))) {
    let x = 0;
    for (let node: Element | null = text; node !== null && node !== svg; node = node.parentElement) {
      x += translateX(node);
    }
    const size = Number(rootSize ?? inherited(text, "font-size", svg) ?? 10);
    const lines = Array.from(text.querySelectorAll("tspan")).map((tspan) => tspan.textContent ?? "");
    const extent = Math.max(...[text.textContent ?? "", ...lines].map((line) => estimateTextWidth(line, size)));
    const anchor = inherited(text, "text-anchor", svg) ?? "start";
    const start = anchor === "end" ? x - extent : anchor === "middle" ? x - extent / 2 : x;
    left = Math.max(left, -start);
    right = Math.max(right, start + extent - width);
  }
  return { left: Math.ceil(left), right: Math.ceil(right) };
}

/** Styles Plot's own <style> gave the plot, scoped to the composed chart (nested <svg> must not get CSS sizes). */
const plotStyle = `.${composedChartClass}{--plot-background:white}` +
  `.${composedChartClass} text,.${composedChartClass} tspan{white-space:pre}`;

/** Removes <style> children Plot put in its svgs; `plotStyle` replaces them. */
function withoutStyles(svg: Element): Element {
  const copy = svg.cloneNode(true) as Element;
  for (const style of Array.from(copy.querySelectorAll("style"))) style.remove();
  return copy;
}

function textLines(lines: string[], x: number, y: number, size: number, attributes: string): [string, number] {
  const lineHeight = Math.round(size * 1.3);
  const parts = lines.map((line, i) =>
    `<text x="${x}" y="${y + size + i * lineHeight}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`
  );
  return [parts.join(""), lines.length * lineHeight];
}

/** One standalone SVG document for a Plot element: title, subtitle, legends, plot(s) and caption stacked. */
export function composeChartSvg(element: Element, options: ComposeOptions = {}): string {
  const { text: figureText, blocks } = chartParts(element);
  if (!blocks.some((block) => block.kind === "svg")) throw new Error("composeChartSvg: the element holds no <svg>");
  const title = options.title ?? figureText.title ?? "";
  const subtitle = options.subtitle ?? figureText.subtitle ?? "";
  const caption = options.caption ?? figureText.caption ?? "";
  const pad = options.padding ?? 16;
  const prefix = options.idPrefix ?? "chart";
  const svgBlocks = blocks.filter((block) => block.kind === "svg");
  const overhang = Math.max(0, ...svgBlocks.map((block) => block.left));
  const contentWidth = Math.max(320, ...svgBlocks.map((block) => overhang + block.width + block.right));
  const parts: string[] = [];
  let y = pad;
  const addText = (value: string, size: number, attributes: string, bold = false) => {
    if (value.trim() === "") return;
    const [svg, height] = textLines(wrapText(value, size, contentWidth, bold), pad, y, size, attributes);
    parts.push(svg);
    y += height + 6;
  };
  addText(title, typeScale.title, `font-weight="bold" fill="${ink}"`, true);
  addText(subtitle, typeScale.subtitle, `fill="${ink}"`);
  if (title.trim() !== "" || subtitle.trim() !== "") y += 6;
  blocks.forEach((block, index) => {
    if (block.kind === "svg") {
      const source = withoutStyles(block.element);
      parts.push(serializeSvgNode(source, {
        ids: stableIds(source, `${prefix}-${index}`),
        rootAttributes: { x: String(pad + overhang), y: String(y) },
      }));
      y += block.height + 8;
      return;
    }
    // HTML swatch legend -> rows of [symbol svg] label, wrapped to the chart width.
    const size = typeScale.legend;
    const rowHeight = Math.round(size * 1.7);
    let x = pad;
    for (const swatch of block.swatches) {
      const itemWidth = 15 + 6 + estimateTextWidth(swatch.label, size) + 18;
      if (x > pad && x + itemWidth > pad + contentWidth) {
        x = pad;
        y += rowHeight;
      }
      const symbol = serializeSvgNode(swatch.svg, {
        rootAttributes: { x: String(x), y: String(y + (rowHeight - 15) / 2), width: "15", height: "15" },
      });
      parts.push(symbol);
      parts.push(
        `<text x="${x + 21}" y="${y + rowHeight / 2}" dy="0.35em" font-size="${size}" fill="${ink}">` +
          `${escapeXml(swatch.label)}</text>`,
      );
      x += Math.ceil(itemWidth);
    }
    y += rowHeight + 6;
  });
  addText(caption, typeScale.caption, `fill="${mutedInk}"`);
  const width = contentWidth + 2 * pad;
  const height = Math.ceil(y + pad - 6);
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `class="${composedChartClass}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(chartFont)}" text-anchor="start">` +
    `<style>${plotStyle}</style><rect width="100%" height="100%" fill="white"/>${parts.join("")}</svg>`;
}
