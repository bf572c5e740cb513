// List the misses and false readings of Wikipedia passages sets (frames alone), with quotes and whether both parties are named.
const rel = await import(`${Deno.cwd()}/lib/eval/relations.ts`);
const { defaultReference } = await import(`${Deno.cwd()}/lib/reference/mod.ts`);
const pp = await import(`${Deno.cwd()}/lib/eval/passage-pages.ts`);
const pages = await pp.loadPageDates("../shared/corpora/wikipedia-syria");
const ids = new Set(defaultReference().gazetteer.groups.map((g: any) => g.id));
for (const n of Deno.args.map(Number)) {
  const gold = rel.withGazetteerIds(n === 1 ? await rel.loadGoldRelationsWikipedia() : await rel.loadGoldRelationsWikipediaSet(n), ids);
  const { relations, mentions } = rel.passageExtraction(gold, false, defaultReference(), pages);
  const named = new Set(mentions.map((m: any) => `${m.articleId} ${m.groupId}`));
  const found = new Map(relations.map((r: any) => [rel.relationKey(r), r]));
  const exp = new Set(gold.relations.map(rel.relationKey));
  console.log(`=== set ${n}`);
  for (const g of gold.relations) {
    if (found.has(rel.relationKey(g))) continue;
    const a = named.has(`${g.articleId} ${g.subject}`), b = named.has(`${g.articleId} ${g.object}`);
    const why = !(a && b) ? `UNNAMED(${a ? "" : g.subject}${!a && !b ? "," : ""}${b ? "" : g.object})` : "named";
    console.log(`MISS ${g.articleId} ${g.type} ${g.subject} ${g.object} [${why}]${/doubtful/.test(g.note ?? "") ? " (doubtful)" : ""}\n   "${g.quote}"\n   note: ${(g.note ?? "").slice(0, 200)}`);
  }
  for (const [k, r] of found) if (!exp.has(k)) console.log(`FALSE ${k}\n   "${(r as any).quote?.slice(0, 300)}"`);
}
