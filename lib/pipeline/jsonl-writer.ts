/**
 * Writes records to a JSONL file as they are made, one line each. Lines are gathered and written in blocks of about
 * a megabyte: one system call per record cost a fifth of a whole run.
 */
export class JsonlWriter {
  #file: Deno.FsFile;
  #encoder = new TextEncoder();
  #pending: string[] = [];
  #pendingLength = 0;
  count = 0;

  static readonly BLOCK = 1 << 20;

  private constructor(file: Deno.FsFile) {
    this.#file = file;
  }

  static async create(path: string): Promise<JsonlWriter> {
    return new JsonlWriter(await Deno.open(path, { write: true, create: true, truncate: true }));
  }

  /** Writes one record as a line. */
  write(record: unknown): Promise<void> {
    return this.writeLines(JSON.stringify(record) + "\n", 1);
  }

  /** Writes `count` records already serialised as JSONL (each line ending in "\n"). */
  async writeLines(lines: string, count: number): Promise<void> {
    if (count === 0) return;
    this.#pending.push(lines);
    this.#pendingLength += lines.length;
    this.count += count;
    if (this.#pendingLength >= JsonlWriter.BLOCK) await this.flush();
  }

  /** Writes what is gathered so far. */
  async flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const bytes = this.#encoder.encode(this.#pending.join(""));
    this.#pending = [];
    this.#pendingLength = 0;
    for (let written = 0; written < bytes.length;) written += await this.#file.write(bytes.subarray(written));
  }

  /** Writes what is left and closes the file. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.#file.close();
    }
  }
}
