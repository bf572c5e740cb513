/**
 * A synthetic JSONL corpus for benchmarks and scale tests: source texts repeated until the file reaches `bytes`,
 * each copy made distinct (its own date line and closing toll) so none is rejected as a duplicate. Written line by
 * line, so a corpus of gigabytes never sits in memory.
 */
export async function writeSyntheticCorpus(
  path: string,
  texts: readonly string[],
  { bytes, count }: { bytes?: number; count?: number },
): Promise<{ articles: number; bytes: number }> {
  if (texts.length === 0) throw new Error("writeSyntheticCorpus: no source texts");
  const file = await Deno.open(path, { write: true, create: true, truncate: true });
  const encoder = new TextEncoder();
  let written = 0;
  let articles = 0;
  try {
    while ((count === undefined || articles < count) && (bytes === undefined || written < bytes)) {
      const i = articles;
      // The copy's own toll opens it: a closing line could be read as a reader comment and cleaned away.
      const text = `Published ${1 + (i % 28)} March 2017\n\nAt least ${i + 2} people were killed in Idlib.\n\n${
        texts[i % texts.length]
      }`;
      const line = encoder.encode(JSON.stringify({ id: `synthetic-${i}`, text }) + "\n");
      for (let at = 0; at < line.length;) at += await file.write(line.subarray(at));
      written += line.length;
      articles++;
    }
  } finally {
    file.close();
  }
  return { articles, bytes: written };
}
