import * as Plot from "@observablehq/plot";
import type { MatrixCell } from "../analyze/membership-matrix.ts";
import { chartDocument } from "./render.ts";
import { roleColorScale, roleTextColor } from "./membership-roles.ts";
import { ink, themed } from "./theme.ts";

export type MembershipByYearPlotOptions = {
  names?: Map<string, string>;
  /** Only these coalitions (default: every coalition with a cell in some year). */
  coalitions?: string[];
};

/**
 * Small multiples across years: one block per coalition (its name in bold above its rows), its member groups as
 * rows and years as columns; a cell is the group's role at the end of that year, labelled with how many sentences
 * and reference entries stand behind it.
 */
export function membershipByYearPlot(
  byYear: { year: number; cells: MatrixCell[] }[],
  options: MembershipByYearPlotOptions = {},
): Element {
  const name = (id: string) => options.names?.get(id) ?? id;
  const cells = byYear.flatMap(({ year, cells }) =>
    cells
      .filter((cell) => !options.coalitions || options.coalitions.includes(cell.coalition))
      .map((cell) => ({
        ...cell,
        year: String(year),
        groupName: name(cell.group),
        coalitionName: name(cell.coalition),
      }))
  );
  const years = byYear.map(({ year }) => String(year));
  const panels = [...new Set(cells.map((c) => c.coalitionName))].sort();
  // One y row per coalition heading and per (coalition, group); keys keep a group apart in each coalition.
  const domain: string[] = [];
  const headings: { key: string; text: string }[] = [];
  for (const panel of panels) {
    const key = `§${panel}`;
    domain.push(key);
    headings.push({ key, text: panel });
    const groups = [...new Set(cells.filter((c) => c.coalitionName === panel).map((c) => c.groupName))].sort();
    for (const group of groups) domain.push(`${panel}|${group}`);
  }
  const rows = cells.map((c) => ({ ...c, key: `${c.coalitionName}|${c.groupName}` }));
  const longest = Math.max(12, ...domain.map((k) => k.split("|")[1]?.length ?? 0));
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle: `Role at the end of each year, ${years[0]}–${
      years.at(-1)
    }; number = sentences + reference entries behind it`,
    width: Math.max(800, 8 * longest + 90 + 70 * years.length),
    height: 90 + 24 * domain.length,
    marginLeft: 8 * longest + 20,
    marginTop: 70,
    marginBottom: 10,
    x: { domain: years, axis: "top", label: null },
    y: {
      domain,
      label: null,
      tickFormat: (key: string) => (key.startsWith("§") ? "" : key.split("|")[1]),
      tickSize: 0,
    },
    color: roleColorScale({ legend: true }),
    marks: [
      Plot.cell(rows, { x: "year", y: "key", fill: "role", inset: 1 }),
      Plot.text(rows, {
        x: "year",
        y: "key",
        text: (r: (typeof rows)[number]) => String(r.evidenceCount),
        fill: (r: (typeof rows)[number]) => roleTextColor(r.role),
        fontSize: 11,
      }),
      Plot.text(headings, {
        y: "key",
        frameAnchor: "left",
        dx: -(8 * longest + 12),
        text: "text",
        textAnchor: "start",
        fontWeight: "bold",
        fill: ink,
      }),
    ],
  }));
}
