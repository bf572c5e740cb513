/** One record of a CSV file: its fields, its 1-based data row number and the line it starts on. */
export type CsvRecord = { fields: string[]; row: number; line: number };
/** A stretch of a CSV file that is not a well-formed record. */
export type CsvError = { error: string; row: number; line: number };

/**
 * Parses RFC 4180 CSV from a stream of text chunks, yielding one record at a time; only the record being
 * read is held in memory. Lenient where files in the wild are (a stray quote inside an unquoted field is kept
 * as text). A quote that never closes is reported for the record it opens, and parsing resumes on the line
 * after that record's first line, so one bad record never swallows the rest of the file.
 */
export async function* parseCsv(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord | CsvError> {
  const parser = new CsvParser(1, 0);
  for await (const chunk of chunks) yield* parser.push(chunk, false);
  yield* parser.push("", true);
}

class CsvParser {
  #buffer = ""; // text from the start of the record being read
  #scan = 0; // how far into #buffer the record has been scanned
  #fields: string[] = [];
  #field = "";
  #inQuotes = false;
  #fieldStart = true;
  #line: number;
  #recordLine: number;
  #row: number;

  constructor(firstLine: number, rowsBefore: number) {
    this.#line = firstLine;
    this.#recordLine = firstLine;
    this.#row = rowsBefore;
  }

  *push(chunk: string, final: boolean): Generator<CsvRecord | CsvError> {
    this.#buffer += chunk;
    const text = this.#buffer;
    let i = this.#scan;
    let recordStart = 0;
    for (; i < text.length; i++) {
      const char = text[i];
      if (this.#inQuotes) {
        if (char === '"') {
          if (i + 1 === text.length && !final) break; // an escaped quote may continue in the next chunk
          if (text[i + 1] === '"') {
            this.#field += '"';
            i++;
          } else this.#inQuotes = false;
        } else {
          if (char === "\n") this.#line++;
          this.#field += char;
        }
        continue;
      }
      if (char === '"' && this.#fieldStart) {
        this.#inQuotes = true;
        this.#fieldStart = false;
      } else if (char === ",") {
        this.#fields.push(this.#field);
        this.#field = "";
        this.#fieldStart = true;
      } else if (char === "\n" || char === "\r") {
        if (char === "\r" && i + 1 === text.length && !final) break; // "\r\n" split across chunks
        if (char === "\r" && text[i + 1] === "\n") i++;
        const record = this.#endRecord();
        if (record) yield record;
        this.#line++;
        this.#recordLine = this.#line;
        recordStart = i + 1;
      } else {
        this.#field += char;
        this.#fieldStart = false;
      }
    }
    this.#buffer = text.slice(recordStart);
    this.#scan = i - recordStart;
    if (!final) return;
    if (this.#inQuotes) {
      yield {
        error:
          `a quoted field opened in the record starting on line ${this.#recordLine} never closes (unbalanced quote)`,
        row: this.#row + 1,
        line: this.#recordLine,
      };
      const rest = this.#buffer;
      const nextLine = rest.indexOf("\n");
      if (nextLine !== -1) {
        yield* new CsvParser(this.#recordLine + 1, this.#row + 1).push(rest.slice(nextLine + 1), true);
      }
      return;
    }
    if (this.#buffer.length > 0) {
      const record = this.#endRecord();
      if (record) yield record;
    }
  }

  #endRecord(): CsvRecord | null {
    this.#fields.push(this.#field);
    const fields = this.#fields;
    this.#fields = [];
    this.#field = "";
    this.#fieldStart = true;
    if (fields.length === 1 && fields[0] === "") return null; // a blank line
    return { fields, row: ++this.#row, line: this.#recordLine };
  }
}
