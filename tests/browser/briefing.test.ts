import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { writeBriefing } from "../../lib/report/briefing.ts";
import { reportCharts } from "../../lib/report/catalog.ts";
import { fixtureFiguresChart, fixtureMentionsChart, fixtureRecords, scriptPayload } from "../report/fixtures.ts";

const chromiumPath = "/usr/bin/chromium";
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  console.warn(`tests/browser: skipped, ${chromiumPath} is missing (install it: apt-get install -y chromium)`);
}

/** The fixture briefing goes beside the real one, so the test never overwrites a generated report. */
const briefingDir = "out/briefing-test";
const screenshotPath = "out/briefing/screenshot.png";

type ChartBox = { id: string; x: number; y: number; width: number; height: number };

/** Share of non-white pixels inside each box of a PNG, decoded by the browser's own canvas. */
async function inkShare(page: Page, png: Uint8Array, boxes: ChartBox[]): Promise<Record<string, number>> {
  const dataUrl = `data:image/png;base64,${btoa(Array.from(png, (byte) => String.fromCharCode(byte)).join(""))}`;
  return await page.evaluate(async ({ dataUrl, boxes }) => {
    const image = new Image();
    image.src = dataUrl;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const shares: Record<string, number> = {};
    for (const box of boxes) {
      const pixels = context.getImageData(box.x, box.y, box.width, box.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (pixels[i] < 235 || pixels[i + 1] < 235 || pixels[i + 2] < 235) inked++;
      }
      shares[box.id] = inked / (box.width * box.height);
    }
    return shares;
  }, { dataUrl, boxes });
}

describe.skipIf(!hasChromium)(
  "briefing index.html in headless Chromium (skipped when /usr/bin/chromium is absent)",
  () => {
    let browser: Browser;
    let page: Page;
    const consoleErrors: string[] = [];
    const failedRequests: string[] = [];
    const remoteRequests: string[] = [];
    const dialogs: string[] = [];
    let chartIds: string[] = [];

    beforeAll(async () => {
      const records = fixtureRecords();
      const charts = [...reportCharts(records), fixtureMentionsChart(records), fixtureFiguresChart(records)];
      chartIds = charts.map((chart) => chart.id);
      await writeBriefing(records, charts, briefingDir);
      browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
          "--no-sandbox",
          "--headless",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      });
      page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(String(error)));
      page.on("requestfailed", (request) => failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
      page.on("request", (request) => {
        if (!request.url().startsWith("file:") && !request.url().startsWith("data:")) {
          remoteRequests.push(request.url());
        }
      });
      page.on("dialog", async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.goto(pathToFileURL(resolve(briefingDir, "index.html")).href, { waitUntil: "load" });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    it("writeBriefing(records, charts, dir) gives a page that opens from disk with no console errors or failed loads", () => {
      expect(consoleErrors).toEqual([]);
      expect(failedRequests).toEqual([]);
      expect(remoteRequests).toEqual([]);
    });

    it("writeBriefing(records, charts, dir) shows hostile article text as text and runs none of it", async () => {
      expect(dialogs).toEqual([]);
      expect(await page.locator("img").count()).toBe(0);
      expect(await page.locator("script").count()).toBe(0);
      const bodyText = await page.locator("body").innerText();
      expect(bodyText).toContain(scriptPayload);
      expect(bodyText).toContain(`"><img src=x onerror=alert(1)>`);
    });

    it("writeBriefing(records, charts, dir) draws every chart visible and not blank (screenshot pixels)", async () => {
      const boxes: ChartBox[] = [];
      for (const id of chartIds) {
        const svg = page.locator(`section[data-chart-id="${id}"] figure > svg`);
        await expect(svg.isVisible()).resolves.toBe(true);
        const box = await svg.boundingBox();
        expect(box, `chart ${id} has no box`).not.toBeNull();
        expect(box!.width).toBeGreaterThan(100);
        expect(box!.height).toBeGreaterThan(100);
        boxes.push({
          id,
          x: Math.floor(box!.x),
          y: Math.floor(box!.y),
          width: Math.floor(box!.width),
          height: Math.floor(box!.height),
        });
      }
      const screenshot = await page.screenshot({ fullPage: true, path: screenshotPath });
      // Decode in a blank page: the briefing's own policy forbids scripts, and the test should not lean on exceptions.
      const decoder = await browser.newPage();
      const shares = await inkShare(decoder, screenshot, boxes);
      await decoder.close();
      for (const id of chartIds) {
        expect(shares[id], `chart ${id} looks blank in ${screenshotPath}`).toBeGreaterThan(0.002);
      }
    }, 60_000);
  },
);
