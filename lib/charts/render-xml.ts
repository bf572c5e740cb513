/**
 * Serialises a Plot-made SVG subtree as XML we control, because article text (group names, quotes, titles) reaches
 * SVG text, <title> tooltips and attributes: every text node and attribute value is escaped here, characters XML
 * cannot hold are dropped, and anything that could run code (scripts, event handlers, javascript: links) is left out.
 * The output is both a valid standalone SVG file and safe to inline into an HTML page.
 */

/** Escapes text for an XML/HTML text node or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return stripInvalidXmlChars(text)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Drops characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF); resvg rejects them. */
export function stripInvalidXmlChars(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

/** Elements never written out: they run code or embed foreign documents. */
const droppedElements = new Set(["script", "foreignobject", "iframe", "object", "embed", "handler", "listener"]);

/** True for a link target that cannot run code: http(s), mailto, an in-page anchor or a relative path. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so test without them.
  // deno-lint-ignore no-control-regex
  const compact = url.replace(/[\u0000-\u0020]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  return scheme === null ? true : ["http", "https", "mailto"].includes(scheme[1]);
}

function isLinkAttribute(name: string): boolean {
  return name === "href" || name === "xlink:href" || name === "src" || name === "action" || name === "formaction";
}

/** Renames ids (Plot numbers clip paths and markers per process) to `<prefix>-<n>` in document order. */
export function stableIds(root: Element, prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  const visit = (element: Element) => {
    const id = element.getAttribute("id");
    if (id !== null && !ids.has(id)) ids.set(id, `${prefix}-${ids.size + 1}`);
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(root);
  return ids;
}

function renameReferences(value: string, ids: Map<string, string>): string {
  if (ids.size === 0) return value;
  return value.replace(/url\(#([^)]+)\)/g, (whole, id) => ids.has(id) ? `url(#${ids.get(id)})` : whole)
    .replace(/^#(.+)$/, (whole, id) => ids.has(id) ? `#${ids.get(id)}` : whole);
}

/** Options for `serializeSvgNode`. */
export type SerializeOptions = {
  /** Old id -> new id (see `stableIds`). */
  ids?: Map<string, string>;
  /** Attributes to set (or override) on the root element. */
  rootAttributes?: Record<string, string>;
};

/** XML text of `node` and its subtree, escaped and stripped of anything that could run code. */
export function serializeSvgNode(node: Node, options: SerializeOptions = {}): string {
  const ids = options.ids ?? new Map<string, string>();
  const out: string[] = [];
  const visit = (current: Node, isRoot: boolean) => {
    if (current.nodeType === 3) {
      out.push(escapeXml(current.nodeValue ?? ""));
      return;
    }
    if (current.nodeType !== 1) return; // comments, processing instructions: nothing a chart needs
    const element = current as Element;
    const name = element.localName;
    if (droppedElements.has(name.toLowerCase())) return;
    const attributes = new Map<string, string>();
    for (const attribute of Array.from(element.attributes)) {
      const attributeName = attribute.name;
      if (/^on/i.test(attributeName)) continue;
      let value = attribute.value;
      if (isLinkAttribute(attributeName.toLowerCase()) && !isSafeUrl(value)) continue;
      if (attributeName === "id") value = ids.get(value) ?? value;
      else value = renameReferences(value, ids);
      if (attributeName === "style" && value.trim() === "") continue;
      attributes.set(attributeName, value);
    }
    if (isRoot) { for (const [key, value] of Object.entries(options.rootAttributes ?? {})) attributes.set(key, value); }
    out.push(`<${name}`);
    for (const [key, value] of attributes) out.push(` ${key}="${escapeXml(value)}"`);
    const children = Array.from(element.childNodes);
    if (children.length === 0) {
      out.push("/>");
      return;
    }
    out.push(">");
    for (const child of children) visit(child, false);
    out.push(`</${name}>`);
  };
  visit(node, true);
  return out.join("");
}
