/// <reference lib="deno.worker" />
// The extraction worker with two test-only faults: a document containing HANG-FOR-TEST never finishes, and one
// containing CRASH-FOR-TEST kills its worker with an uncaught error.
import { handleWorkerRequest, serveWorkerRequests } from "../../lib/pipeline/extract-worker.ts";

serveWorkerRequests((request) => {
  if (request.kind === "document" && request.document.text.includes("HANG-FOR-TEST")) {
    while (true) { /* a document that never finishes */ }
  }
  if (request.kind === "document" && request.document.text.includes("CRASH-FOR-TEST")) {
    throw new Error("crash for test");
  }
  return handleWorkerRequest(request);
});
