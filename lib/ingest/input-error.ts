/** A problem with the input as a whole (no such path, a CSV without a named column): nothing can be read. */
export class InputError extends Error {
  override name = "InputError";
}
