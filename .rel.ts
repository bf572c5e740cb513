import { pipelineRelations } from "./lib/eval/relations.ts";
import { articleFromText } from "./lib/ingest/mod.ts";
import { defaultReference } from "./lib/reference/mod.ts";
const ref = defaultReference();
const lines = Deno.args.length ? Deno.args : (await new Response(Deno.stdin.readable).text()).split("\n").filter((l) => l.trim());
for (const t of lines) {
  const { relations, mentions } = pipelineRelations(articleFromText("x", t, "2018-06-01"), ref, new Map(), false);
  console.log(t, "\n  M:", [...new Set(mentions.map((m: any) => m.groupId))].join(","), "\n  R:", relations.map((r: any) => `${r.type}(${r.subject},${r.object})`).join(" "));
}
