import { type Article, type Gazetteer, type RejectedCandidates, sentenceText } from "../../records/mod.ts";
import { defaultReference } from "../../reference/mod.ts";
import { extractMentions, matcherFor, sentenceIndexAt } from "./extract-mentions.ts";
import type { Folding } from "./fold.ts";
import type { MatcherLexicon, NameWords } from "./trie.ts";
import { escapeRegExp } from "../../records/pattern.ts";

/** A name built like an armed group's that the gazetteer does not know, with one place it occurs. */
export type GroupCandidate = {
  /** The most frequent spelling. */
  name: string;
  /** Canonical key the spellings were grouped by. */
  key: string;
  /** How the name is built: an Arabic head word ("Liwa") or an English one ("Brigade"). */
  head: string;
  mentions: number;
  articles: number;
  example: { articleId: string; sentence: string };
  /** Up to three places it occurs, each in a different sentence. */
  examples: { articleId: string; sentence: string }[];
  spellings: string[];
  /** The first span's shape, which the discovery rules read. */
  span: CandidateSpan;
};

/**
 * The Arabic article: "al"/"el" free-standing or attached, capitalised "Al-" attached ("Al-Mostafa Brigades"),
 * assimilated forms only hyphen-attached ("as-Sham").
 */
const ARTICLE = "(?:(?:al|el|wal)[-‐ ]|(?:Al|El)[-‐]|(?:ash|as|ad|an|ar|at|az|adh|ath)[-‐])";
const NAME_WORD = `${ARTICLE}?\\p{Lu}[\\p{L}'’ʼʾʿ]*`;
/** Arabic words that open armed groups' names: army, brigade, battalion, movement, legion, front, ... */
const ARABIC_HEADS =
  "Jaish|Jaysh|Jeish|Liwa|Liwaa|Katibat|Katiba|Kataib|Kata'ib|Harakat|Haraka|Faylaq|Failaq|Jabhat|Jabhet|Ahrar|Ansar|Jund|" +
  "Tajammu|Tajamu|Firqat|Firqa|Saraya|Alwiya|Alwiyat|Usud|Quwat|Qawat|Quwwat|Tanzim|Jamaat|Jama'at|Hayat|Hay'at|Fursan|" +
  "Thuwar|Junud|Suqour|Suqur";
/** Heads of review candidates in the "Brigade of X" shape, and the military heads of "X Brigade" ones. */
const OF_HEADS = [
  "Brigades",
  "Brigade",
  "Division",
  "Army",
  "Battalions",
  "Battalion",
  "Front",
  "Legion",
  "Movement",
  "Corps",
]
  .concat(["Regiment", "Gathering", "Militia"]);
/**
 * "<Name> Brigade": the same heads but "Army", as "Daraa Army units" names a place, not a group, and "Militia", which
 * discovery reads through `lowerCaseHeads` ("Qaterji militia") and the tribal rules.
 */
const NAME_HEADS = OF_HEADS.filter((head) => head !== "Army" && head !== "Militia");
const ARABIC_NAME = new RegExp(`\\b(${ARABIC_HEADS})[ -]+(${NAME_WORD}(?:[ -]+${NAME_WORD}){0,3})`, "gu");

const capitalised = (phrase: string) =>
  phrase.split(" ").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
/** A regex alternation of phrases, longest first, so "Military Council" is tried before a shorter head. */
const alternation = (phrases: Iterable<string>) =>
  [...new Set(phrases)].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escapeRegExp).join("|");
/** Each word written lower-case and capitalised ("tribe", "Tribe"). */
const bothCases = (words: Iterable<string>) => [...words].flatMap((word) => [word, capitalised(word)]);

/** The English-headed shapes, compiled once per lexicon from its head lists. */
type HeadPatterns = {
  englishOf: RegExp;
  nameEnglish: RegExp;
  /** A head of `nameEnglish` after the space that ends its lead ("Forces" in "the Tiger Forces"). */
  nameEnglishHead: RegExp;
  tribal: RegExp;
  tribalOf: RegExp;
  tribeWord: RegExp;
  /** A unit named by its number: "3rd Infantry Division", "10th Special Forces Group", "Task Force 20". */
  numbered: RegExp;
};
const compiledHeads = new WeakMap<NameWords, HeadPatterns>();

/**
 * The English-headed shapes of `words`: "Brigade/Military Council of (the) X"; up to three capitalised words before
 * a head (the review heads, `discoveryHeads` capitalised, `lowerCaseHeads` as written: "Qaterji militia"); and a
 * tribe's armed men, "<Name> tribal militia", "<Name> tribe's fighters", "fighters of the <Name> clan".
 */
function headPatterns(words: NameWords): HeadPatterns {
  let patterns = compiledHeads.get(words);
  if (patterns) return patterns;
  const discovery = [...words.discoveryHeads].map(capitalised);
  const ofHeads = alternation([...OF_HEADS, ...discovery.filter((head) => head.includes(" "))]);
  const nameHeads = alternation([...NAME_HEADS, ...discovery, ...words.lowerCaseHeads]);
  const tribe = alternation(bothCases(words.tribeWords));
  const force = alternation(bothCases(words.tribalForceWords));
  const numberedHeads = alternation([...words.numberedUnitHeads, ...words.numberedTypedHeads].map(capitalised));
  patterns = {
    englishOf: new RegExp(
      `\\b(${ofHeads}) (?:of|for) (?:the )?(\\p{Lu}[\\p{L}'’-]*(?: (?:of (?:the )?|and )?\\p{Lu}[\\p{L}'’-]*){0,3})`,
      "gu",
    ),
    nameEnglish: new RegExp(`((?:${NAME_WORD} ){1,3})(${nameHeads})\\b`, "gu"),
    nameEnglishHead: new RegExp(` (?:${nameHeads})\\b`, "u"),
    tribal: new RegExp(`((?:${NAME_WORD} ){1,3})((?:${tribe})(?:['’]s)? (?:${force}))\\b`, "gu"),
    tribalOf: new RegExp(
      `\\b((?:${force}) (?:of|from) the )(${NAME_WORD}(?: ${NAME_WORD}){0,2}) (?:${tribe})\\b`,
      "gu",
    ),
    tribeWord: new RegExp(`(?:${tribe})`, "u"),
    // an ordinal in digits, up to four capitalised words, a head (group 1); or a head, then a number (group 2)
    numbered: new RegExp(
      `(?<![\\p{L}\\d-])\\d{1,4}(?:st|nd|rd|th) (?:\\p{Lu}[\\p{L}'’-]* ){0,4}?(${numberedHeads})\\b|` +
        `\\b(${alternation([...words.numberedLeadHeads].map(capitalised))}) \\d{1,4}\\b(?![.,]?\\d)`,
      "gu",
    ),
  };
  compiledHeads.set(words, patterns);
  return patterns;
}

/** Capitalised words that open sentences or name places and nationalities rather than groups. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "By",
  "For",
  "From",
  "And",
  "But",
  "Of",
  "To",
  "As",
  "While",
  "After",
  "When",
  "Meanwhile",
  "This",
  "That",
  "Its",
  "Their",
  "His",
  "Her",
  "Our",
  "Tuesday",
  "Monday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "Related",
  "Tags",
  "Also",
  "Since",
  "Syria",
  "Syrias",
  "Syrian",
]);

/** A span of a text built like a group's name: where it is, its head word, and which pattern found it. */
export type CandidateSpan = {
  start: number;
  end: number;
  head: string;
  form: "arabic" | "english-of" | "name-english" | "tribal" | "numbered";
};

/** Where the capitalised words before a head begin, once sentence openers ("The", "In") are left out; null if none. */
function leadStart(match: RegExpMatchArray, lead: string): number | null {
  const words = lead.trim().split(" ");
  while (words.length > 0 && NOT_NAME_WORDS.has(words[0])) words.shift();
  if (words.length === 0) return null;
  return match.index! + match[0].lastIndexOf(words.join(" "), lead.length);
}

/**
 * The earliest offset a lead of "X Brigade" ending with the space at `space` may start at: a lead is up to three
 * name words, each followed by a space and each with an article of its own ("al ", "al-"), so it holds at most six
 * spaces (that one included) and nothing but letters, apostrophes, hyphens and spaces. Read back over such characters
 * (any character beyond ASCII is let through: a bound may start too early, never too late).
 */
function leadFrom(text: string, space: number): number {
  let at = space;
  for (let spaces = 1; at > 0; at--) {
    const code = text.charCodeAt(at - 1);
    if (code === 32) {
      if (++spaces > LEAD_SPACES) break;
    } else if (code < 128 && !isAsciiLetter(code) && code !== 39 && code !== 45) break;
  }
  return at;
}

/** The most spaces a lead of "X Brigade" holds: three words, each with a space after it and one in its article. */
const LEAD_SPACES = 6;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Every span of `text` built like an armed group's name (Arabic head + name, "Brigade of X", "X Brigade", "X
 * militia", "X tribal forces", "fighters of the X tribe"), the English heads read from `words`.
 */
export function candidateSpans(text: string, words: NameWords = matcherWords()): CandidateSpan[] {
  const patterns = headPatterns(words);
  const found: CandidateSpan[] = [];
  for (const match of text.matchAll(ARABIC_NAME)) {
    found.push({ start: match.index, end: match.index + match[0].length, head: match[1], form: "arabic" });
  }
  for (const match of text.matchAll(patterns.englishOf)) {
    found.push({ start: match.index, end: match.index + match[0].length, head: match[1], form: "english-of" });
  }
  // "X Brigade" is looked for from a few words before the first head standing after a space: none can start earlier
  // (a text with no head, none at all), where the pattern was tried at every capital and "al" from the text's start
  const firstHead = patterns.nameEnglishHead.exec(text)?.index;
  const nameEnglish = patterns.nameEnglish;
  nameEnglish.lastIndex = firstHead === undefined ? text.length : leadFrom(text, firstHead);
  for (let match; firstHead !== undefined && (match = nameEnglish.exec(text)) !== null;) {
    const start = leadStart(match, match[1]);
    if (start === null) continue;
    found.push({ start, end: match.index + match[0].length, head: match[2], form: "name-english" });
  }
  nameEnglish.lastIndex = 0;
  // Both tribal shapes hold a tribe word as written ("tribal", "Clan"): a text with none (most) is not scanned for them,
  // each a pattern tried at every capital or "al"
  const tribal = patterns.tribeWord.test(text);
  for (const match of tribal ? text.matchAll(patterns.tribal) : []) {
    const start = leadStart(match, match[1]);
    if (start === null) continue;
    found.push({ start, end: match.index + match[0].length, head: match[2], form: "tribal" });
  }
  for (const match of tribal ? text.matchAll(patterns.tribalOf) : []) {
    found.push({ start: match.index, end: match.index + match[0].length, head: match[1].trim(), form: "tribal" });
  }
  // "3rd Infantry Division": the number names the unit; the shapes above inside it ("Infantry Division") are left out
  const numbered: CandidateSpan[] = [];
  for (const match of text.matchAll(patterns.numbered)) {
    const head = match[1] ?? match[2];
    if (!numberedUnit(match[0], head, words)) continue;
    numbered.push({ start: match.index, end: match.index + match[0].length, head, form: "numbered" });
  }
  const inside = (span: CandidateSpan) => numbered.some((n) => span.start >= n.start && span.end <= n.end);
  return [...found.filter((span) => !inside(span)), ...numbered].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether a numbered span names a unit: a head of `numberedTypedHeads` ("Group", "Unit") needs a unit type word of
 * `unitTypeWords` beside it ("10th Special Forces Group", "15th Marine Expeditionary Unit"; not "4th Working Group").
 */
function numberedUnit(surface: string, head: string, words: NameWords): boolean {
  if (!words.numberedTypedHeads.has(head.toLowerCase())) return true;
  // (the words between the number and the head: ordinals are unit type words too)
  return surface.split(" ").slice(1, -1).some((word) => words.unitTypeWords.has(word.toLowerCase()));
}

/** Whether a known mention overlaps the span: then the span is a known name or a known name run on into prose. */
export function overlapsKnown(start: number, end: number, known: { start: number; end: number }[]): boolean {
  return known.some((mention) => mention.end > start && mention.start < end);
}

/** This checkout's name words, for callers that pass none. */
const matcherWords = (): NameWords => matcherFor(defaultReference().gazetteer, defaultReference().lexicon).words;

/** The canonical key spellings of one name share ("Liwa al-Haqq", "Liwa al Haq"): the folding's word keys. */
export const candidateKey = (name: string, { canonicalWord }: Folding) =>
  name.split(/[\s-‐]+/).filter(Boolean).map((word) => canonicalWord(word.replace(/['’]s$/, ""))).join(" ");

/** Each rejected list's keys under the folding they were worked out with, and how long the list was then. */
const keysOfRejected = new WeakMap<
  RejectedCandidates["rejected"],
  { folding: Folding; length: number; keys: Set<string> }
>();

/**
 * Canonical keys of the names an analyst rejected (data/lexicon/rejected-candidates.json), worked out once per list
 * and folding (discovery asks at every article) and again when the list has grown. Read them; do not change them.
 */
export function rejectedKeys(rejected: RejectedCandidates, folding: Folding): ReadonlySet<string> {
  const list = rejected.rejected;
  const cached = keysOfRejected.get(list);
  if (cached?.folding === folding && cached.length === list.length) return cached.keys;
  const keys = new Set(list.map((entry) => candidateKey(entry.name, folding)));
  keysOfRejected.set(list, { folding, length: list.length, keys });
  return keys;
}

/**
 * Names built like armed groups' names (Jaish/Liwa/Katibat/Harakat ... + a name; "Brigade of ...", "... Division")
 * that no gazetteer entry covers, grouped by canonical spelling and counted, most frequent first, each with an
 * example sentence, so an analyst can extend data/groups.json. Names rejected in data/lexicon/rejected-candidates.json
 * are left out.
 */
export function unknownGroupCandidates(
  articles: Article[],
  gazetteer: Gazetteer,
  lexicon: MatcherLexicon & { rejected?: RejectedCandidates } = defaultReference().lexicon,
): GroupCandidate[] {
  const { folding, words } = matcherFor(gazetteer, lexicon);
  const rejected = rejectedKeys(lexicon.rejected ?? { description: "", rejected: [] }, folding);
  const byKey = new Map<
    string,
    {
      head: string;
      spellings: Map<string, number>;
      articleIds: Set<string>;
      mentions: number;
      examples: GroupCandidate["examples"];
      span: CandidateSpan;
    }
  >();
  for (const article of articles) {
    const known = extractMentions(article, gazetteer, lexicon);
    for (const found of candidateSpans(article.text, words)) {
      if (overlapsKnown(found.start, found.end, known)) continue;
      const surface = article.text.slice(found.start, found.end);
      const key = candidateKey(surface, folding);
      if (rejected.has(key)) continue;
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          head: found.head,
          spellings: new Map(),
          articleIds: new Set(),
          mentions: 0,
          examples: [],
          span: found,
        };
        byKey.set(key, entry);
      }
      const sentence = sentenceText(article, sentenceIndexAt(article, found.start)) ?? surface;
      if (entry.examples.length < 3 && !entry.examples.some((example) => example.sentence === sentence)) {
        entry.examples.push({ articleId: article.id, sentence });
      }
      entry.mentions++;
      entry.articleIds.add(article.id);
      entry.spellings.set(surface, (entry.spellings.get(surface) ?? 0) + 1);
    }
  }
  return [...byKey.entries()]
    .map(([key, entry]) => {
      const spellings = [...entry.spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      return {
        name: spellings[0][0],
        key,
        head: entry.head,
        mentions: entry.mentions,
        articles: entry.articleIds.size,
        example: entry.examples[0],
        examples: entry.examples,
        spellings: spellings.map(([spelling]) => spelling),
        span: entry.span,
      };
    })
    .sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || a.key.localeCompare(b.key));
}
