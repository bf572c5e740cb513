import { escapeXml } from "../charts/render-xml.ts";

type Cell = string | number | boolean | null | undefined;

/**
 * A value Deno's Jupyter kernel shows as an HTML table when it ends a cell. Every cell is escaped: article text is
 * written by strangers. `columns` maps a header to a row field or a function of the row.
 */
export function tableOutput<Row>(
  rows: Row[],
  columns: Record<string, keyof Row | ((row: Row) => Cell)>,
  { limit = 200 } = {},
): { [key: symbol]: () => unknown } {
  const headers = Object.keys(columns);
  const value = (row: Row, header: string): Cell => {
    const column = columns[header];
    return typeof column === "function" ? column(row) : (row[column] as Cell);
  };
  const shown = rows.slice(0, limit);
  const html = [
    `<table><thead><tr>${headers.map((header) => `<th>${escapeXml(header)}</th>`).join("")}</tr></thead><tbody>`,
    ...shown.map((row) =>
      `<tr>${
        headers.map((header) => `<td style="text-align:left">${escapeXml(String(value(row, header) ?? ""))}</td>`).join(
          "",
        )
      }</tr>`
    ),
    `</tbody></table>`,
    rows.length > limit ? `<p>${rows.length - limit} more rows not shown.</p>` : "",
  ].join("\n");
  const text = [
    headers.join("\t"),
    ...shown.map((row) => headers.map((header) => String(value(row, header) ?? "")).join("\t")),
  ]
    .join("\n");
  return { [Symbol.for("Jupyter.display")]: () => ({ "text/html": html, "text/plain": text }) };
}
