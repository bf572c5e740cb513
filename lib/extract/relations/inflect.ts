/**
 * Inflections of a lemma, generated so the lexicon writes each trigger once. A phrase inflects its head: a verb's
 * first word ("pledge allegiance" → pledged allegiance), a noun's last ("air strike" → air strikes).
 */
export type Inflections = {
  /** Every form: base, third person, past and participle, gerund (verbs); singular and plural (nouns). */
  all: string[];
  /** The past forms a passive or an adjective compound takes ("backed", "fought", "taken"). */
  participles: string[];
};

const VOWEL = /[aeiou]/;

function thirdPerson(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function past(word: string, doubles: boolean): string {
  if (word.endsWith("e")) return `${word}d`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
  return doubles ? `${word}${word.at(-1)}ed` : `${word}ed`;
}

/** One syllable, one vowel, one final consonant: "hit", "split", "cut" double it before -ing. */
const SHORT_SYLLABLE = /^[^aeiou]*[aeiou][bdgklmnprt]$/;

function gerund(word: string, doubles: boolean): string {
  if (word.endsWith("ie")) return `${word.slice(0, -2)}ying`;
  if (word.endsWith("e") && !word.endsWith("ee") && word.length > 2) return `${word.slice(0, -1)}ing`;
  // ("hit" keeps its past "hit" as an irregular form, but its gerund is still "hitting".)
  return (doubles || SHORT_SYLLABLE.test(word)) && VOWEL.test(word.at(-2) ?? "")
    ? `${word}${word.at(-1)}ing`
    : `${word}ing`;
}

/** The forms of a verb lemma (head word first); `irregular` adds whole forms the rules cannot make. */
export function verbForms(
  lemma: string,
  options: { irregular?: string[]; doubles?: boolean; baseIsNoun?: boolean; noGerund?: boolean } = {},
): Inflections {
  const [head, ...rest] = lemma.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const doubles = options.doubles ?? false;
  const participles = [past(head, doubles) + tail, ...(options.irregular ?? [])];
  const all = [
    ...(options.baseIsNoun ? [] : [lemma]),
    thirdPerson(head) + tail,
    ...(options.noGerund ? [] : [gerund(head, doubles) + tail]),
    ...participles,
  ];
  return { all: [...new Set(all)], participles: [...new Set(participles)] };
}

/** The forms of a noun lemma (head word last): singular and plural. */
export function nounForms(lemma: string): Inflections {
  const words = lemma.split(" ");
  const head = words.pop()!;
  const lead = words.length > 0 ? `${words.join(" ")} ` : "";
  return { all: [...new Set([lemma, lead + thirdPerson(head)])], participles: [] };
}
