import { describe, expect, it } from "vitest";
import { handleWorkerRequest } from "../../lib/pipeline/extract-worker.ts";
import { documentRecordsOfBatch } from "../../lib/pipeline/document-extraction.ts";
import type { RawDocument } from "../../lib/ingest/inputs.ts";
import { defaultReference } from "../../lib/reference/mod.ts";

const document = (id: string, text: string): RawDocument => ({
  id,
  source: { path: `${id}.txt` },
  sha256: id.padEnd(64, "0"),
  format: "text",
  text,
  warnings: [],
  stated: {},
  statedOrigin: "input",
});

describe("handleWorkerRequest(request)", () => {
  it("handleWorkerRequest(reference) warms the extractors up on a made-up article, then says ready; records are unchanged", () => {
    const reference = defaultReference();
    const texts = [
      document("a", "Tue 5 Apr 2016. Shelling killed 7 people in Azaz on Tuesday, the Observatory said."),
      document("b", "Hezbollah fighters, backed by Iran, clashed with the Nusra Front near Qusayr."),
    ];
    const alone = documentRecordsOfBatch(texts, reference);
    expect(handleWorkerRequest({ kind: "reference", reference })).toEqual({ kind: "ready" });
    const reply = handleWorkerRequest({ kind: "documents", jobs: texts.map((d, seq) => ({ seq, document: d })) });
    expect(reply?.kind).toBe("records");
    if (reply?.kind !== "records") return;
    expect(reply.results.map((r) => r.records)).toEqual(alone);
    // with the CPU time its thread has spent so far, which the pool sums for the bench
    expect(reply.cpuSeconds).toBeGreaterThan(0);
  });
});
