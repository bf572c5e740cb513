/**
 * Writes records to a JSONL file as they are made, one line each. Lines are gathered and written in blocks of about
 * a megabyte: one system call per record cost a fifth of a whole run.
 */
export class JsonlWriter {
  #file: Deno.FsFile;
  #encoder = new TextEncoder();
  #pending: Uint8Array[] = [];
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
  writeLines(lines: string, count: number): Promise<void> {
    return this.writeBytes(this.#encoder.encode(lines), count);
  }

  /** Writes `count` records already serialised as JSONL and encoded as UTF-8 (as a worker sends them). */
  async writeBytes(bytes: Uint8Array, count: number): Promise<void> {
    if (count === 0) return;
    this.#pending.push(bytes);
    this.#pendingLength += bytes.length;
    this.count += count;
    if (this.#pendingLength >= JsonlWriter.BLOCK) await this.flush();
  }

  /** Writes what is gathered so far. */
  async flush(): Promise<void> {
    if (this.#pending.length === 0) return;
    const block = new Uint8Array(this.#pendingLength);
    let at = 0;
    for (const bytes of this.#pending) {
      block.set(bytes, at);
      at += bytes.length;
    }
    this.#pending = [];
    this.#pendingLength = 0;
    for (let written = 0; written < block.length;) written += await this.#file.write(block.subarray(written));
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
