import { describe, expect, it } from "vitest";
import {
  chartFont,
  groupColor,
  groupColorScale,
  groupPalette,
  groupSymbol,
  knownGroupIds,
  themed,
} from "../../lib/charts/theme.ts";

/** CIE L* of a #rrggbb colour: the grey it prints as. */
function lightness(hex: string): number {
  const linear = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
  return 116 * (y > 0.008856 ? Math.cbrt(y) : 7.787 * y + 16 / 116) - 16;
}

describe("groupColor", () => {
  it("groupColor(groupId) gives known groups the palette in the fixed order", () => {
    expect(groupColor(knownGroupIds[0])).toBe(groupPalette[0]);
    expect(groupColor(knownGroupIds[1])).toBe(groupPalette[1]);
  });

  it("groupColor(groupId) is the same for an unknown id on every call and in every scale", () => {
    const color = groupColor("some-new-brigade");
    expect(groupPalette).toContain(color);
    expect(groupColor("some-new-brigade")).toBe(color);
    const scale = groupColorScale(["islamic-state", "some-new-brigade"]);
    expect(scale.range[scale.domain.indexOf("some-new-brigade")]).toBe(color);
    expect(groupColorScale(["some-new-brigade"]).range[0]).toBe(color);
  });

  it("groupPalette alternates dark and light so neighbours stay apart in greyscale", () => {
    for (let i = 1; i < groupPalette.length; i++) {
      expect(Math.abs(lightness(groupPalette[i]) - lightness(groupPalette[i - 1]))).toBeGreaterThan(20);
    }
  });

  it("groupSymbol(groupId) gives the first known groups distinct shapes", () => {
    const symbols = knownGroupIds.slice(0, 8).map(groupSymbol);
    expect(new Set(symbols).size).toBe(8);
  });
});

describe("themed", () => {
  it("themed(options) fills in slide-size type and the embedded font, and keeps what the chart sets", () => {
    const options = themed({ width: 500, style: { fontSize: "16px" }, marks: [] });
    expect(options.width).toBe(500);
    expect(options.style).toMatchObject({ fontSize: "16px", fontFamily: chartFont });
    expect(themed({}).style).toMatchObject({ fontSize: "14px" });
  });
});
