import { Session } from "node:inspector";
import { readInput } from "../ingest/inputs.ts";
import { loadReference } from "../reference/mod.ts";
import { documentRecords } from "../pipeline/document-records.ts";
import { FAKES_COLUMNS, FAKES_CSV } from "../eval/gold.ts";

const reference = await loadReference();
const docs = [];
for await (const item of readInput(FAKES_CSV, { csv: FAKES_COLUMNS })) {
  if (item.kind === "document") docs.push(item.document);
}
const copies = Number(Deno.args[0] ?? 2);
const run = () => {
  for (const d of docs) documentRecords(d, reference);
};
run(); // warm
const session = new Session();
session.connect();
const post = (m: string, p?: unknown) =>
  new Promise<any>((res, rej) => session.post(m, p as any, (e: any, r: any) => e ? rej(e) : res(r)));
await post("Profiler.enable");
await post("Profiler.setSamplingInterval", { interval: 200 });
await post("Profiler.start");
const t = performance.now();
for (let i = 0; i < copies; i++) run();
const secs = (performance.now() - t) / 1000;
const { profile } = await post("Profiler.stop");
await Deno.writeTextFile("/tmp/scale/prof.cpuprofile", JSON.stringify(profile));
console.log(`${copies} x ${docs.length} docs in ${secs.toFixed(2)} s`);
