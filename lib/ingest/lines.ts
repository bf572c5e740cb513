/** Splits a stream of text chunks into lines (without their "\n" or "\r\n"), numbered from 1. */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<{ text: string; line: number }> {
  let pending = "";
  let line = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    let newline: number;
    while ((newline = pending.indexOf("\n")) !== -1) {
      yield { text: pending.slice(0, newline).replace(/\r$/, ""), line: ++line };
      pending = pending.slice(newline + 1);
    }
  }
  if (pending !== "") yield { text: pending.replace(/\r$/, ""), line: ++line };
}

/** The text of a file as a stream of decoded chunks (UTF-8, invalid sequences replaced, BOM dropped). */
export async function* fileChunks(path: string): AsyncGenerator<string> {
  const file = await Deno.open(path);
  yield* file.readable.pipeThrough(new TextDecoderStream("utf-8", { fatal: false }));
}
