import * as Plot from "@observablehq/plot";
import type { MatrixCell } from "../analyze/membership-matrix.ts";
import { chartDocument } from "./render.ts";
import { roleColorScale, roleTextColor } from "./membership-roles.ts";
import { themed } from "./theme.ts";

export type MembershipMatrixPlotOptions = {
  /** The date the cells were computed for, shown in the subtitle. */
  at: string;
  /** Display names by group id (ids are shown where a name is missing). */
  names?: Map<string, string>;
};

/** "text 2 + ref 1": where a cell's evidence comes from. */
function evidenceLabel(cell: MatrixCell): string {
  const parts = [];
  if (cell.textCount) parts.push(`${cell.textCount} text`);
  if (cell.referenceCount) parts.push(`${cell.referenceCount} ref`);
  return parts.join(" + ");
}

/**
 * Groups × coalitions on one day: a cell where the group belonged (or had left), coloured by role, labelled with
 * the role and how many sentences and reference entries stand behind it. Coalitions are columns, groups rows.
 */
export function membershipMatrixPlot(cells: MatrixCell[], options: MembershipMatrixPlotOptions): Element {
  const name = (id: string) => options.names?.get(id) ?? id;
  const rows = cells.map((cell) => ({
    ...cell,
    groupName: name(cell.group),
    coalitionName: name(cell.coalition),
    label: `${cell.role} ${cell.evidenceCount}`,
  }));
  const coalitions = [...new Set(rows.map((r) => r.coalitionName))].sort();
  const groups = [...new Set(rows.map((r) => r.groupName))].sort();
  const longest = Math.max(10, ...groups.map((g) => g.length));
  const cellWidth = 120;
  return Plot.plot(themed({
    document: chartDocument(),
    subtitle: `Membership on ${options.at}: ${groups.length} groups in ${coalitions.length} coalitions; ` +
      `number = sentences + reference entries behind the cell`,
    width: Math.max(800, 8 * longest + cellWidth * coalitions.length + 40),
    height: 120 + 30 * groups.length,
    marginLeft: 8 * longest,
    marginTop: 110,
    marginBottom: 16,
    x: { domain: coalitions, axis: "top", tickRotate: -20, label: null },
    y: { domain: groups, label: null },
    color: roleColorScale({ legend: true }),
    marks: [
      Plot.cell(rows, {
        x: "coalitionName",
        y: "groupName",
        fill: "role",
        inset: 1.5,
        title: (r: (typeof rows)[number]) =>
          `${r.groupName} in ${r.coalitionName}: ${r.role}` +
          `${r.start ? ` from ${r.start.date}` : ""}${r.end ? ` until ${r.end.date}` : ""}\n${evidenceLabel(r)}`,
      }),
      Plot.text(rows, {
        x: "coalitionName",
        y: "groupName",
        text: "label",
        fill: (r: (typeof rows)[number]) => roleTextColor(r.role),
        fontSize: 12,
      }),
    ],
  }));
}
