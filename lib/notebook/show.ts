type Displayable = { [key: symbol]: () => unknown } | string | number;
type Jupyter = { display(value: unknown, options?: { raw?: boolean }): Promise<void> };

/**
 * Shows a chart, table or value in a notebook as display data, sent while the cell still runs. A cell's last
 * expression (execute_result) can reach nbconvert after the kernel reports idle and be dropped from the saved
 * notebook; awaiting this instead keeps every output. The kernel publishes display data from another task than its
 * "idle" status, so a short pause after each display lets it go out first. Outside a Jupyter kernel it prints text.
 */
export async function show(value: Displayable): Promise<void> {
  const jupyter = (Deno as unknown as { jupyter?: Jupyter }).jupyter;
  if (!jupyter) {
    console.log(typeof value === "object" ? "[chart or table: open in a notebook]" : String(value));
    return;
  }
  if (typeof value === "object") await jupyter.display(value[Symbol.for("Jupyter.display")](), { raw: true });
  else await jupyter.display({ "text/plain": String(value) }, { raw: true });
  await new Promise((resolve) => setTimeout(resolve, FLUSH_MS));
}

const FLUSH_MS = 150;
