import { createHash } from "node:crypto";

/** Hex SHA-256 of bytes (synchronous: the asynchronous Web Crypto digest cost a round trip per document). */
export function sha256Hex(bytes: Uint8Array): Promise<string> {
  return Promise.resolve(sha256HexSync(bytes));
}

/** Hex SHA-256 of bytes, at once. */
export function sha256HexSync(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
