/**
 * Columns of numbers kept for every article of a run, outside the V8 heap and grown in place: each lives in a
 * resizable `ArrayBuffer` whose address space is reserved once, so growing it never copies what it holds nor holds
 * an old and a new copy at once (as growing a typed array by allocating a larger one did), and the pages reserved but
 * not yet written take no memory.
 */

/** The most bytes a column may hold: address space only, the pages written are what counts. */
const RESERVED = 2 ** 32;
/** Bytes a column grows by at a time (written pages only count, so a step costs nothing until it is used). */
const STEP = 1 << 20;

type Numbers = Uint8Array | Uint32Array | Int8Array | Int16Array | Int32Array | Float64Array;
type NumbersOf = new (buffer: ArrayBuffer) => Numbers;

/** A resizable buffer of at least `bytes`, grown by whole steps. */
function reserve(bytes: number): ArrayBuffer {
  return new ArrayBuffer(Math.min(RESERVED, Math.ceil(Math.max(1, bytes) / STEP) * STEP), { maxByteLength: RESERVED });
}

/** Makes `buffer` hold at least `bytes`, in place. */
function ensure(buffer: ArrayBuffer, bytes: number, what: string): void {
  if (bytes <= buffer.byteLength) return;
  if (bytes > RESERVED) throw new Error(`${what}: more than ${RESERVED / 2 ** 30} GB for one column`);
  buffer.resize(Math.min(RESERVED, Math.ceil(bytes / STEP) * STEP));
}

/** Unsigned 8- or 32-bit numbers in one growing column (`U8Column`, `U32Column`). */
class UnsignedColumn<T extends Uint8Array | Uint32Array> {
  #buffer: ArrayBuffer;
  /** Tracks the buffer's length as it grows. */
  values: T;
  #of: new (buffer: ArrayBuffer) => T;

  constructor(of: new (buffer: ArrayBuffer) => T, capacity: number) {
    this.#of = of;
    this.#buffer = reserve(capacity * (of as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT);
    this.values = new of(this.#buffer);
  }

  /** Makes room for `length` values (read and written through `values`). */
  ensure(length: number): void {
    const per = (this.#of as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    ensure(this.#buffer, length * per, "column");
  }
}

/** Bytes of a growing column. */
export class U8Column extends UnsignedColumn<Uint8Array> {
  constructor(capacity = 1024) {
    super(Uint8Array, capacity);
  }
}

/** Unsigned 32-bit numbers of a growing column. */
export class U32Column extends UnsignedColumn<Uint32Array> {
  constructor(capacity = 1024) {
    super(Uint32Array, capacity);
  }
}

/** The narrowest of these that holds a number: 8, 16 or 32-bit integers, else 64-bit floats. */
const WIDTHS: [NumbersOf, (value: number) => boolean][] = [
  [Int8Array, (value) => Number.isInteger(value) && value >= -128 && value <= 127],
  [Int16Array, (value) => Number.isInteger(value) && value >= -32768 && value <= 32767],
  [Int32Array, (value) => Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31],
  [Float64Array, () => true],
];

/**
 * Numbers appended one per article, each kept in as few bytes as the largest so far needs: one byte each while they
 * stay within ±127 (a file index of a one-file corpus, a row counted from its article's number), and the whole column
 * made wider, once, by the first number that does not fit.
 */
export class NarrowColumn {
  #width = 0;
  #buffer: ArrayBuffer;
  #values: Numbers;
  #length = 0;

  constructor(capacity = 1024) {
    this.#buffer = reserve(capacity);
    this.#values = new Int8Array(this.#buffer);
  }

  get length(): number {
    return this.#length;
  }

  /** Bytes each number takes now. */
  get bytesPerValue(): number {
    return this.#values.BYTES_PER_ELEMENT;
  }

  push(value: number): void {
    while (!WIDTHS[this.#width][1](value)) this.#widen();
    const at = this.#length++;
    ensure(this.#buffer, this.#length * this.#values.BYTES_PER_ELEMENT, "NarrowColumn");
    this.#values[at] = value;
  }

  at(index: number): number {
    if (index < 0 || index >= this.#length) throw new RangeError(`NarrowColumn: no value ${index}`);
    return this.#values[index];
  }

  #widen(): void {
    const [of] = WIDTHS[++this.#width];
    const buffer = reserve(this.#length * (of as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT);
    const values = new of(buffer);
    for (let i = 0; i < this.#length; i++) values[i] = this.#values[i];
    this.#buffer = buffer;
    this.#values = values;
  }
}
