/** A table cell: what the exports hold. */
export type Cell = string | number | boolean | null;

/**
 * One CSV field per RFC 4180 (quoted when it holds a comma, quote, CR or LF; quotes doubled). Text starting with
 * = + - @ (or a tab/CR) gets a leading apostrophe, so a spreadsheet shows it instead of running it as a formula.
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** CSV text with a header row of `columns`, CRLF line breaks as RFC 4180 asks. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column] ?? null)).join(","));
  return lines.join("\r\n") + "\r\n";
}
