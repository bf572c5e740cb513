import { parseHTML } from "linkedom";
import { Resvg } from "@resvg/resvg-js";
import { createRequire } from "node:module";
import { composeChartSvg, type ComposeOptions } from "./render-compose.ts";

export type { ChartText, ComposeOptions } from "./render-compose.ts";

/** A DOM document for Plot outside the browser. */
export function chartDocument(): Document {
  return parseHTML("<!doctype html><html><head></head><body></body></html>").document as unknown as Document;
}

/**
 * Standalone SVG text for a Plot element (a bare svg, or a figure with title, legends and caption), as one XML
 * document with the xmlns a file on disk needs. Text from articles is escaped and ids are numbered per chart, so the
 * same chart gives the same bytes in any run. `options` can set or drop ("") the title, subtitle and caption.
 */
export function svgString(element: Element, options: ComposeOptions = {}): string {
  return composeChartSvg(element, options);
}

const require = createRequire(import.meta.url);

/** Paths of the DejaVu TTFs from the npm package (text renders blank in resvg without an explicit font). */
export function fontFiles(): string[] {
  const dir = require.resolve("dejavu-fonts-ttf/package.json").replace(/package\.json$/, "ttf/");
  return [`${dir}DejaVuSans.ttf`, `${dir}DejaVuSans-Bold.ttf`];
}

/** Renders SVG text to PNG bytes at `scale` (2 for slides), with DejaVu Sans for every font family. */
export function svgToPng(svg: string, { scale = 2 } = {}): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: {
      fontFiles: fontFiles(),
      loadSystemFonts: false,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
    },
  });
  return resvg.render().asPng();
}
