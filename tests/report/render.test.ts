import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { chartDocument, svgString, svgToPng } from "../../lib/charts/render.ts";
import { isSafeUrl } from "../../lib/charts/render-xml.ts";
import { themed } from "../../lib/charts/theme.ts";
import { chartHtml, chartOutput } from "../../lib/report/notebook-output.ts";
import { attributePayload, scriptPayload } from "./fixtures.ts";

const hostile = `${scriptPayload} ${attributePayload}`;

function hostileChart(): Element {
  const rows = [{ name: hostile, value: 3, link: "javascript:alert(1)" }, { name: "Aleppo\u0007", value: 5, link: "" }];
  return Plot.plot(themed({
    document: chartDocument(),
    title: `Title ${hostile}`,
    caption: `Caption ${hostile}`,
    marginLeft: 300,
    color: { legend: true },
    marks: [Plot.barX(rows, { y: "name", x: "value", fill: "name", title: "name", href: "link" })],
  })) as unknown as Element;
}

/** Every element and attribute of an SVG text, parsed as a browser would inline it. */
function parsed(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const elements = Array.from(document.querySelectorAll("*")) as Element[];
  return {
    names: elements.map((element) => element.localName.toLowerCase()),
    attributes: elements.flatMap((element) => Array.from(element.attributes, (a) => [a.name, a.value])),
    text: document.body.textContent ?? "",
  };
}

describe("svgString", () => {
  it("svgString(element) shows article text with <script> and onerror payloads as text in ticks, legend, tooltips and titles", () => {
    const svg = svgString(hostileChart());
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain("<img");
    const { names, attributes, text } = parsed(svg);
    expect(names).not.toContain("script");
    expect(names).not.toContain("img");
    expect(attributes.filter(([name]) => name.startsWith("on"))).toEqual([]);
    expect(attributes.filter(([, value]) => value.includes("javascript:"))).toEqual([]);
    expect(text).toContain(`Title ${hostile}`);
    expect(text).toContain(`Caption ${hostile}`);
    expect(text.split(hostile).length - 1).toBeGreaterThanOrEqual(4); // title, caption, tick, legend, tooltip
  });

  it("svgString(element) is one standalone XML document that resvg renders (control characters dropped)", () => {
    const svg = svgString(hostileChart());
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).not.toContain("\u0007");
    const png = svgToPng(svg);
    expect(Array.from(png.subarray(1, 4), (byte) => String.fromCharCode(byte)).join("")).toBe("PNG");
  });

  it("svgString(element, {title: ''}) leaves the figure's title out and {title} replaces it", () => {
    const chart = hostileChart();
    expect(parsed(svgString(chart, { title: "" })).text).not.toContain("Title");
    expect(parsed(svgString(chart, { title: "Mine" })).text).toContain("Mine");
  });

  it("svgString(element, {idPrefix}) numbers ids per chart, so a chart drawn twice gives the same bytes", () => {
    const draw = () =>
      Plot.plot({
        document: chartDocument(),
        marks: [Plot.lineY([1, 3, 2], { clip: true, markerEnd: "arrow" })],
      }) as unknown as Element;
    const first = svgString(draw(), { idPrefix: "line" });
    expect(first).toContain('id="line-0-1"');
    expect(first).toContain("url(#line-0-1)");
    expect(svgString(draw(), { idPrefix: "line" })).toBe(first);
  });
});

describe("isSafeUrl", () => {
  it("isSafeUrl(url) accepts http(s), anchors and relative paths and rejects javascript: even when disguised", () => {
    expect(isSafeUrl("https://example.org/a")).toBe(true);
    expect(isSafeUrl("#a")).toBe(true);
    expect(isSafeUrl("charts/a.svg")).toBe(true);
    expect(isSafeUrl("javascript:alert(1)")).toBe(false);
    expect(isSafeUrl(" JaVa\tScript:alert(1)")).toBe(false);
    expect(isSafeUrl("data:text/html,<script>")).toBe(false);
  });
});

describe("chartHtml", () => {
  it("chartHtml(element) is an <img> with the chart as a data: PNG and the title escaped in alt", () => {
    const html = chartHtml(hostileChart());
    expect(html).toMatch(/^<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="\d+" alt="[^"<>]*"/);
    expect(html).not.toContain("<script");
  });

  it("chartOutput(element) displays as text/html in Deno's Jupyter kernel", () => {
    const output = chartOutput(hostileChart());
    const bundle = output[Symbol.for("Jupyter.display")]() as Record<string, string>;
    expect(bundle["text/html"]).toMatch(/^<img src="data:image\/png;base64,/);
  });
});
