/** A Markdown file's front matter: YAML between `---` lines or TOML between `+++` lines, at the very start. */
export type FrontMatter = {
  /** Raw offsets of the whole block, fences included. */
  start: number;
  end: number;
  /** Top-level scalar fields by lower-case key, with the raw offsets of each value. */
  fields: Map<string, { value: string; start: number; end: number }>;
  /**
   * Top-level lists of scalars by lower-case key (`date:\n  - 5 March – 25 May 2014`), a block item (`- |-`) as its
   * lines joined by line breaks, with the raw offsets from the first item's text to the end of the last.
   */
  lists: Map<string, { items: string[]; start: number; end: number }>;
};

const BLOCK = /^\ufeff?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/;

/**
 * Reads the top-level scalar fields of a front-matter block (`title: "…"`, `date = 2018-02-20T10:00:00+02:00`):
 * quotes removed, folded continuation lines joined; lists of scalars kept apart (`lists`); nested maps skipped.
 */
export function readFrontMatter(raw: string): FrontMatter | null {
  const block = BLOCK.exec(raw);
  if (!block) return null;
  const toml = block[1] === "+++";
  const bodyStart = block[0].indexOf("\n") + 1;
  const fields: FrontMatter["fields"] = new Map();
  let current: { key: string; value: string; start: number; end: number } | null = null;
  const finish = () => {
    if (current && current.value.trim() !== "") {
      fields.set(current.key, { value: unquote(current.value.trim()), start: current.start, end: current.end });
    }
    current = null;
  };
  const lists: FrontMatter["lists"] = new Map();
  let list: { items: string[]; start: number; end: number; block: boolean } | null = null;
  let offset = bodyStart;
  for (const line of block[2].split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    const item = /^(\s*-\s+)(.*?)\r?$/.exec(line);
    if (!toml && item && (list || current?.value === "")) {
      if (!list && current) {
        list = { items: [], start: lineStart + item[1].length, end: lineStart, block: false };
        lists.set(current.key, list);
        current = null;
      }
      if (list) {
        list.block = /^[|>][-+]?\d*$/.test(item[2].trim());
        list.items.push(list.block ? "" : unquote(item[2].trim()));
        list.end = lineStart + line.replace(/\r$/, "").length;
        continue;
      }
    }
    if (list && /^\s+\S/.test(line)) {
      const last = list.items.length - 1;
      list.items[last] += (list.items[last] === "" ? "" : list.block ? "\n" : " ") + line.trim();
      list.end = lineStart + line.replace(/\r$/, "").length;
      continue;
    }
    list = null;
    const field = toml ? /^([A-Za-z_][\w-]*)\s*=\s*(.*)$/.exec(line) : /^([A-Za-z_][\w-]*):(?:\s+(.*)|\s*)$/.exec(line);
    if (field) {
      finish();
      const value = (field[2] ?? "").replace(/\r$/, "");
      const valueStart = lineStart + line.length - (field[2] ?? "").length;
      // A block scalar ("|", ">-") or an empty value continues on the indented lines below; a list is not a scalar.
      current = {
        key: field[1].toLowerCase(),
        value: /^[|>][-+]?\d*$/.test(value.trim()) ? "" : value,
        start: valueStart,
        end: lineStart + line.replace(/\r$/, "").length,
      };
      continue;
    }
    if (current && /^\s+\S/.test(line) && !/^\s*-\s/.test(line)) {
      current.value += ` ${line.trim()}`;
      current.end = lineStart + line.replace(/\r$/, "").length;
    } else if (!/^\s/.test(line)) finish();
    else if (current && /^\s*-\s/.test(line)) current = null;
  }
  finish();
  return { start: 0, end: block[0].length, fields, lists };
}

function unquote(value: string): string {
  const quoted = /^(["'])([\s\S]*)\1$/.exec(value);
  return quoted ? quoted[2].replace(/\\"/g, '"').replace(/''/g, "'") : value;
}

/** The raw text with the front matter blanked (every character but line breaks a space), so offsets hold. */
export function blankFrontMatter(raw: string, frontMatter: FrontMatter): string {
  return raw.slice(0, frontMatter.end).replace(/[^\n]/g, " ") + raw.slice(frontMatter.end);
}
