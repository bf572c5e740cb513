import { readingConfidence } from "./confidence.ts";
import { isJointAttack, type Reading } from "./frames.ts";
import { guardVerdict } from "./guards.ts";
import { sentenceSubject, type SentenceView, subjectOf } from "./sentence-view.ts";
import { type Chunk, skipQualifierCompound } from "./chunks.ts";
import { CAPITALISED_WORD } from "./word-shapes.ts";

/**
 * "Pro-government forces launched an offensive against ISIS in Albu Kamal. Hezbollah and Harakat al-Nujaba led the
 * assault.": a party that leads, joins or takes part in "the attack" (a verb of lexicon `actContinuationVerbs`, then
 * "the" and a joint act of attack, no party named right after it) continues the act the sentence before told, so it
 * fights that act's target and sides with its agent. The act is the previous sentence's: its subject (one group, the
 * agent) and the one group the frames read a clash with that subject there (the target). Pairs the frames already read
 * in the sentence are left alone; guards of the sentence apply. Issue 10, round 84.
 */
export function actContinuationRelations(views: SentenceView[], readings: readonly Reading[]): Reading[] {
  const found: Reading[] = [];
  for (let index = 1; index < views.length; index++) {
    const view = views[index];
    const tokens = view.tokens;
    // (Both forms need a verb of lexicon `actContinuationVerbs`.)
    if (!view.lex.actContinuationVerbs.opensIn(tokens)) continue;
    for (let at = 0; at < tokens.length; at++) {
      const passive = passiveContinuation(view, at);
      const verb = passive ? null : view.lex.actContinuationVerbs.longest(tokens, at);
      if (!verb && !passive) continue;
      const the = passive ? at : at + verb!.length;
      if (tokens[the]?.key !== "the") continue;
      const act = view.lex.triggers.at(tokens, the + 1).find((p) => p.value.trigger.pos === "noun" && isJointAttack(p));
      // ("since Russia joined the fight": the war as a whole, no act told before.)
      if (!act || view.lex.generalActs.has(tokens[the + 1].key)) continue;
      // ("led the assault on ISIS": an act naming its own target is the frames'.)
      const after = the + 1 + act.length;
      if (/^(?:on|against|by|of)$/.test(tokens[after]?.key ?? "") && view.covering[after + 1]) continue;
      const subject = passive ?? subjectOf(view, at)?.chunk;
      if (!subject || subject.ref !== null || subject.modifier || subject.groups.length === 0) continue;
      const told = toldAct(views[index - 1], index - 1, readings);
      if (!told || subject.groups.includes(told.target)) continue;
      const verdict = guardVerdict(view.guards, { clauseFrom: subject.start, triggerStart: at, nearAt: [at] });
      if (verdict.block) continue;
      const own = (a: string, b: string) =>
        readings.some((r) =>
          r.sentences.at(-1) === index &&
          ((r.subjects.includes(a) && r.objects.includes(b)) || (r.subjects.includes(b) && r.objects.includes(a)))
        );
      const features = {
        voice: "active" as const,
        distance: Math.max(0, at - subject.end),
        reference: "previous" as const,
        hedge: verdict.lower,
      };
      const base = {
        confidence: readingConfidence(0.6, features),
        frame: "attack:continued",
        features,
        sentences: [index - 1, index],
        trigger: tokens.slice(at, verb ? at + verb.length : the + 1 + act.length).map((t) => t.text).join(" "),
      };
      const fighters = subject.groups.filter((g) => g !== told.agent && !own(g, told.target));
      if (fighters.length > 0) {
        found.push({ ...base, type: "clash", subjects: fighters, objects: [told.target], joint: false });
      }
      const allies = subject.groups.filter((g) => g !== told.agent && !own(g, told.agent));
      if (allies.length > 0) {
        found.push({ ...base, type: "ally", subjects: allies, objects: [told.agent], joint: true });
      }
    }
  }
  return found;
}

/**
 * "The assault was spearheaded by A and B, alongside C and D": "the" at `at`, a joint act of attack, "was" or "were",
 * a participle of lexicon `actContinuationVerbs` and its "by" agent; the agent's chunk, with the names a companion link
 * (lexicon `companionLinks`) sets beside it after a comma (issue 10, round 91), else null.
 */
function passiveContinuation(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  if (tokens[at].key !== "the") return null;
  const act = view.lex.triggers.at(tokens, at + 1).find((p) => p.value.trigger.pos === "noun" && isJointAttack(p));
  if (!act) return null;
  const be = at + 1 + act.length;
  if (!/^(?:was|were)$/.test(tokens[be]?.key ?? "")) return null;
  const verb = view.lex.actContinuationVerbs.longest(tokens, be + 1);
  if (!verb || tokens[be + 1 + verb.length]?.key !== "by") return null;
  const agent = namedChunkAt(view, be + 2 + verb.length);
  if (!agent) return null;
  const comma = tokens[agent.end]?.text === "," ? agent.end + 1 : agent.end;
  const link = view.lex.companionLinks.longest(tokens, comma);
  const companion = link ? namedChunkAt(view, comma + link.length) : null;
  if (!companion) return agent;
  return { ...agent, end: companion.end, groups: [...new Set([...agent.groups, ...companion.groups])] };
}

/**
 * The chunk naming groups that opens at `at`, past "the", a qualifier compound ("the Russian-trained 5th Corps") and
 * up to two capitalised words ("Afghan fighters of Liwa Fatemiyoun"); else null.
 */
function namedChunkAt(view: SentenceView, at: number): Chunk | null {
  const tokens = view.tokens;
  let k = at;
  while (tokens[k]?.key === "the") k++;
  k = skipQualifierCompound(tokens, k);
  for (let words = 0; words < 2 && !view.covering[k] && CAPITALISED_WORD.test(tokens[k]?.text ?? ""); words++) k++;
  const chunk = view.covering[k];
  return chunk && chunk.start === k && chunk.ref === null && !chunk.modifier && chunk.groups.length > 0 ? chunk : null;
}

/**
 * The act the sentence at `index` told: its subject, one named group (the agent), and the one group the frames read a
 * clash with that agent in the sentence (the target); else null.
 */
function toldAct(
  view: SentenceView,
  index: number,
  readings: readonly Reading[],
): { agent: string; target: string } | null {
  // ("Pro-regime forces recaptured Palmyra, three months after ISIS seized the city": where a later clause's subject
  // competes, the name opening the sentence; round 91.)
  const subject = sentenceSubject(view) ?? openingName(view);
  if (!subject || subject.ref !== null || subject.groups.length !== 1) return null;
  const [agent] = subject.groups;
  const targets = new Set<string>();
  for (const r of readings) {
    if (r.type !== "clash" || r.sentences.at(-1) !== index) continue;
    if (r.subjects.includes(agent)) r.objects.forEach((g) => targets.add(g));
    if (r.objects.includes(agent)) r.subjects.forEach((g) => targets.add(g));
  }
  targets.delete(agent);
  return targets.size === 1 ? { agent, target: [...targets][0] } : null;
}

/**
 * The chunk opening the sentence (past a heading's colon, "Key Takeaways:", and "the"), when it is the subject of a
 * verb right after it; else null.
 */
function openingName(view: SentenceView): Chunk | null {
  const first = view.chunks[0];
  if (!first) return null;
  const opening = view.tokens.slice(0, first.start);
  const colon = opening.findLastIndex((t) => t.text === ":");
  if (opening.slice(colon + 1).some((t) => t.key !== "the")) return null;
  return subjectOf(view, first.end)?.chunk === first ? first : null;
}
