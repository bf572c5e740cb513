/// <reference lib="deno.worker" />
// The extraction worker with two test-only faults: a batch holding a document containing HANG-FOR-TEST never
// finishes, and one holding a document containing CRASH-FOR-TEST kills its worker with an uncaught error.
import { handleWorkerRequest, serveWorkerRequests } from "../../lib/pipeline/extract-worker.ts";

serveWorkerRequests((request) => {
  const holds = (marker: string) =>
    request.kind === "documents" && request.jobs.some((job) => job.document.text.includes(marker));
  if (holds("HANG-FOR-TEST")) {
    while (true) { /* a document that never finishes */ }
  }
  if (holds("CRASH-FOR-TEST")) throw new Error("crash for test");
  return handleWorkerRequest(request);
});
