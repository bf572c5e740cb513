/** Writes records to a JSONL file as they are made, one line each. */
export class JsonlWriter {
  #file: Deno.FsFile;
  #encoder = new TextEncoder();
  count = 0;

  private constructor(file: Deno.FsFile) {
    this.#file = file;
  }

  static async create(path: string): Promise<JsonlWriter> {
    return new JsonlWriter(await Deno.open(path, { write: true, create: true, truncate: true }));
  }

  async write(record: unknown): Promise<void> {
    const bytes = this.#encoder.encode(JSON.stringify(record) + "\n");
    for (let written = 0; written < bytes.length;) written += await this.#file.write(bytes.subarray(written));
    this.count++;
  }

  close(): void {
    this.#file.close();
  }
}
