import type { RelationTrigger } from "../../records/mod.ts";
import type { Chunk } from "./chunks.ts";
import { readingConfidence } from "./confidence.ts";
import { compoundActAgent, type Reading } from "./frames.ts";
import { guardVerdict } from "./guards.ts";
import { type SentenceView, subjectOf } from "./sentence-view.ts";

/** A hostile or taking act of one named party: its group, where its trigger starts and its sentence. */
type Act = { group: string; at: number; sentence: number };

/**
 * The pairs the frames read before this reader, as "<sentence> <a>|<b>" (ids sorted): every pair (`read`) and the
 * clashes among them (`clashes`).
 */
export type PairsRead = { read: ReadonlySet<string>; clashes: ReadonlySet<string> };

/** A counter-act's agent, where its trigger stands, and the trigger. */
type CounterAct = { agent: Chunk; at: number; trigger: RelationTrigger };

const PASSIVE_AUXILIARY = /^(?:is|are|was|were|been|being)$/;

/** Whether a chunk names parties itself: no reference, no modifier of a noun. */
const named = (chunk: Chunk | null | undefined): chunk is Chunk =>
  !!chunk && chunk.ref === null && !chunk.modifier && chunk.groups.length > 0;

/** The party written right before an act noun at `at` ("ISIL resistance", "an ISIL counterattack"), else null. */
function premodifierAgent(view: SentenceView, at: number): Chunk | null {
  const chunk = view.covering[at - 1];
  return chunk && chunk.end === at ? chunk : null;
}

/**
 * The acts of a sentence: every clash trigger with a named agent (a verb's subject, not in the passive; an act noun's
 * light verb's subject, or the party written before it), each marked as a counter-act (lexicon `answers`: its agent
 * may list several parties, "heavy Tahrir al-Sham and Turkistan Islamic Party resistance") or an act it may answer (of
 * one party).
 */
function actsOf(view: SentenceView, sentence: number): { acts: Act[]; counters: CounterAct[] } {
  const acts: Act[] = [];
  const counters: CounterAct[] = [];
  const tokens = view.tokens;
  for (let m = 0; m < tokens.length; m++) {
    for (const { value } of view.lex.triggers.at(tokens, m)) {
      const trigger = value.trigger;
      if (trigger.type !== "clash") continue;
      const agent = trigger.pos === "noun"
        ? compoundActAgent(view, m)?.chunk ?? premodifierAgent(view, m)
        : PASSIVE_AUXILIARY.test(tokens[m - 1]?.key ?? "")
        ? null
        : subjectOf(view, m)?.chunk;
      if (!named(agent)) continue;
      if (trigger.answers) counters.push({ agent, at: m, trigger });
      else if (agent.groups.length === 1) acts.push({ group: agent.groups[0], at: m, sentence });
    }
  }
  return { acts, counters };
}

/** Whether a sentence holds a trigger the lexicon marks `answers`. */
function holdsCounterAct(view: SentenceView): boolean {
  if (!view.lex.counterTriggers.opensIn(view.tokens)) return false;
  for (let m = 0; m < view.tokens.length; m++) {
    if (view.lex.counterTriggers.longest(view.tokens, m)) return true;
  }
  return false;
}

/** The groups the frames paired with `group` in sentence `index` (keys "<sentence> <a>|<b>" of `pairs`). */
function pairedWith(pairs: ReadonlySet<string>, index: number, group: string): string[] {
  const prefix = `${index} `;
  const partners: string[] = [];
  for (const key of pairs) {
    if (!key.startsWith(prefix)) continue;
    const [a, b] = key.slice(prefix.length).split("|");
    if (a === group) partners.push(b);
    else if (b === group) partners.push(a);
  }
  return partners;
}

/**
 * "On 21 November, the SDF captured two more villages, while ISIL launched a counter-attack", "The SDF captured the
 * village. ISIL launched a counterattack the next day.": a counter-act (a trigger the lexicon marks `answers`) answers
 * the act of another party before it, so its agent is set against the one other party whose hostile or taking act
 * stands before the counter-act in its sentence or, where none does, in the sentence before. Two or more such parties,
 * or none, give nothing; a counter-act whose agent the frames already paired in the sentence is left alone: it named
 * its own target. A table row is no narrative: its acts answer nothing. Issue 10, round 74.
 */
export function counterActRelations(views: SentenceView[], pairs: PairsRead): Reading[] {
  const readings: Reading[] = [];
  // (Agents are found only where they can matter: in a sentence holding a counter-act and the one before it. Most
  // articles hold none, and finding every clash verb's subject would cost each of them a pass.)
  const countering = views.map(holdsCounterAct);
  let previous: Act[] = [];
  views.forEach((view, index) => {
    if (!countering[index] && !countering[index + 1]) {
      previous = [];
      return;
    }
    if (view.tokens.some((t) => t.text === "|")) {
      previous = [];
      return;
    }
    const { acts, counters } = actsOf(view, index);
    for (const counter of counters) {
      const agents = counter.agent.groups;
      // (a counter-act whose agents the frames already set against someone in the sentence has its own target)
      if (agents.some((group) => pairedWith(pairs.clashes, index, group).length > 0)) continue;
      // An act the frames read against a third party ("the coalition struck an ISIL convoy") answers nothing of the
      // agent's; a party the frames related to the agent in the act's sentence ("British, American and Chinese forces
      // defeated ...") is no party it answers.
      const answerable = (act: Act) =>
        !agents.includes(act.group) &&
        pairedWith(pairs.clashes, act.sentence, act.group).every((other) => agents.includes(other)) &&
        !pairedWith(pairs.read, act.sentence, act.group).some((other) => agents.includes(other));
      const before = acts.filter((act) => act.at < counter.at && answerable(act));
      const answered = before.length > 0 ? before : previous.filter(answerable);
      const groups = [...new Set(answered.map((act) => act.group))];
      if (groups.length !== 1) continue;
      const [other] = groups;
      const verdict = guardVerdict(view.guards, {
        clauseFrom: counter.agent.start,
        triggerStart: counter.at,
        nearAt: [counter.at],
      });
      if (verdict.block) continue;
      const features = {
        voice: "active" as const,
        distance: Math.max(0, counter.at - counter.agent.end),
        reference: before.length > 0 ? "sentence" as const : "previous" as const,
        hedge: verdict.lower,
      };
      readings.push({
        type: "clash",
        subjects: [...agents],
        objects: [other],
        confidence: readingConfidence(counter.trigger.prior * 0.8, features),
        frame: `${counter.trigger.lemma}:answers`,
        features,
        sentences: before.length > 0 ? [index] : [index - 1, index],
        joint: false,
        trigger: view.tokens[counter.at].text,
      });
    }
    const answering = counters.filter((c) => c.agent.groups.length === 1);
    previous = [...acts, ...answering.map((c) => ({ group: c.agent.groups[0], at: c.at, sentence: index }))];
  });
  return readings;
}
