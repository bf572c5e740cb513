import { createHash } from "node:crypto";

/** Hex SHA-256 of bytes (synchronous: the asynchronous Web Crypto digest cost a round trip per document). */
export function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Promise.resolve(sha256HexSync(bytes));
}

/** Hex SHA-256 of bytes, at once. */
export function sha256HexSync(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The first 128 bits of the SHA-256 of bytes, as a 16-character string: a key where one is kept per article of a
 * corpus (a chance collision among a billion texts is about 1 in 10^21).
 */
export function sha256Key(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest().subarray(0, 16).toString("latin1");
}
