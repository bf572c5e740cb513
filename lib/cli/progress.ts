import type { ExtractProgress } from "../pipeline/extract-corpus.ts";

/**
 * A progress line for a long run: on a terminal, one line on stderr rewritten in place (documents, MB, documents
 * a second, rejected so far, time left); nothing at all when stderr is not a terminal, so CI logs stay clean.
 */
export async function progressLine(input: string): Promise<((progress: ExtractProgress) => void) | undefined> {
  if (!Deno.stderr.isTerminal()) return undefined;
  const total = await inputBytes(input);
  const encoder = new TextEncoder();
  return (progress) => {
    const rate = progress.documents / Math.max(progress.seconds, 1e-3);
    const left = total > 0 && progress.characters > 0
      ? progress.seconds * Math.max(0, total - progress.characters) / progress.characters
      : undefined;
    const text =
      `${progress.documents.toLocaleString("en-US")} documents, ${(progress.characters / 1e6).toFixed(1)} MB, ` +
      `${rate.toFixed(0)} docs/s, ${progress.rejected} rejected` +
      (progress.done ? `, done in ${duration(progress.seconds)}` : left === undefined ? "" : `, ETA ${duration(left)}`);
    Deno.stderr.writeSync(encoder.encode(`\r${text}\x1b[K${progress.done ? "\n" : ""}`));
  };
}

/** Size of the input in bytes (a file, or every file below a folder); 0 when it cannot be read. */
async function inputBytes(path: string): Promise<number> {
  try {
    const info = await Deno.stat(path);
    if (!info.isDirectory) return info.size;
    let total = 0;
    for await (const entry of Deno.readDir(path)) total += await inputBytes(`${path}/${entry.name}`);
    return total;
  } catch {
    return 0;
  }
}

/** Seconds as "1h02m", "3m05s" or "42s". */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${s}s`;
}
