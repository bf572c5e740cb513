import { wordSieve } from "./word-sieve.ts";

/**
 * Reading numbers as news prose writes them: "45,000", "45000", "1.2 million", "two million", "twenty-five",
 * "a dozen", "dozens", "hundreds of thousands", and ranges ("between 45,000 and 50,000", "40 to 50", "40-50").
 * Offsets are into the string given; nothing here decides whether a number is a casualty figure.
 */

/** A word or a punctuation mark of the text, with its offsets. */
export type Token = { text: string; lower: string; start: number; end: number };

/**
 * Splits text into words (keeping hyphens, apostrophes and digit groups inside a word) and single marks: the tokens
 * of `TOKEN`, read by a scan of the text's characters (every sentence is tokenised, and a scan builds no match
 * objects).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    const code = text.charCodeAt(at);
    if (isSpace(code)) {
      at++;
      continue;
    }
    let end: number;
    if (isDigit(code)) end = digitsEnd(text, at);
    else if (isWordLetter(code)) end = wordEnd(text, at);
    else {
      // one mark, a code point (a pair of surrogates is one)
      const low = at + 1 < length ? text.charCodeAt(at + 1) : 0;
      end = code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
    }
    const word = text.slice(at, end);
    tokens.push({ text: word, lower: word.toLowerCase(), start: at, end });
    at = end;
  }
  return tokens;
}

/** The tokens `tokenize` reads, as one pattern (the scan follows it alternative by alternative). */
export const TOKEN =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z\u00C0-\u024F]+(?:['’-][A-Za-z\u00C0-\u024F]+)*|\S/gu;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isWordLetter = (code: number) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f);
/** White space as `\s` reads it. */
const isSpace = (code: number) =>
  code < 128
    ? code === 32 || (code >= 9 && code <= 13)
    : code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
      code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** Where the run of digits starting at `at` ends. */
function digitRun(text: string, at: number): number {
  while (at < text.length && isDigit(text.charCodeAt(at))) at++;
  return at;
}

/** The end of the number token at `at`: "1,234,567.5" (groups of three after at most three digits), else "1234.5". */
function digitsEnd(text: string, at: number): number {
  let end = digitRun(text, at);
  const hasGroup = (from: number) =>
    text.charCodeAt(from) === 44 && isDigit(text.charCodeAt(from + 1)) && isDigit(text.charCodeAt(from + 2)) &&
    isDigit(text.charCodeAt(from + 3));
  if (end - at <= 3 && hasGroup(end)) {
    while (hasGroup(end)) end += 4;
  }
  // a decimal part: a point and at least one digit
  if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) end = digitRun(text, end + 1);
  return end;
}

/** The end of the word at `at`: letters, and more letters after each apostrophe or hyphen between them. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && isWordLetter(text.charCodeAt(end))) end++;
  for (;;) {
    const mark = text.charCodeAt(end);
    if ((mark === 39 || mark === 0x2019 || mark === 45) && isWordLetter(text.charCodeAt(end + 1))) {
      end += 1;
      while (end < text.length && isWordLetter(text.charCodeAt(end))) end++;
    } else return end;
  }
}

/** How a number was written. */
export type NumberForm = "digits" | "words" | "vague" | "implicit";

/** One number or range as written, with its value(s). `low === high` for a single number. */
export type NumberPhrase = {
  start: number;
  end: number;
  /** Token indices [first, last) the phrase spans. */
  firstToken: number;
  lastToken: number;
  low: number;
  high: number;
  form: NumberForm;
  /** The vague word ("dozens", "hundreds of thousands") when the number is a conventional value. */
  vagueTerm: string | null;
  /** How a range was written, or null for a single number. */
  range: "between" | "from-to" | "to" | "dash" | "or" | null;
  /** The digits were four in a row with no separator (a year or a time of day may look like this). */
  bareFourDigits: boolean;
  /** Written with a fraction ("1/2", "2-1/2", "2 1/2"): a share or a span of time, never a count of people. */
  fraction: boolean;
  /** For an implicit count ("an HTS fighter"): the token after its noun, where a passive or intransitive cue may follow. */
  headEndToken?: number;
  /** For a summed count ("two civilians and a child"): its parts in text order. */
  parts?: number[];
  /** For a summed count with a bounded part ("a commander and at least 11 fighters"): how the sum bounds the truth. */
  sumQualifier?: "at_least" | "more_than" | "about";
  /** For a count joined after its verb ("a member was killed along with his driver"): the token of that verb. */
  fateCue?: number;
};

/** Number words below twenty and their values ("one" 1 … "nineteen" 19). */
export const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// ("mln": a wire headline's million, "Up to 4 mln displaced")
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, mln: 1e6, billion: 1e9 };

/**
 * Conventional values of vague quantity words: one unit of the word, following ACLED's coding rules
 * (dozens = 12, hundreds = 100) and extending them the same way (scores = 20, thousands = 1000, millions = 1e6).
 * Longest phrases first so "hundreds of thousands" wins over "hundreds".
 */
export const VAGUE_VALUES: ReadonlyArray<readonly [string, number]> = [
  ["tens of thousands", 10_000],
  ["hundreds of thousands", 100_000],
  ["hundred thousands", 100_000],
  ["tens of millions", 10_000_000],
  ["several hundred thousand", 100_000],
  ["several thousand", 1000],
  ["several hundred", 100],
  ["several dozen", 12],
  ["a few thousand", 1000],
  ["a few hundred", 100],
  ["a few dozen", 12],
  // ACLED codes "tens" as 10 ("Fatalities", ACLED's uses-and-limitations FAQ, 2023)
  ["tens", 10],
  ["dozens", 12],
  ["scores", 20],
  ["hundreds", 100],
  ["thousands", 1000],
  ["millions", 1_000_000],
];

/** What "half a ..." and "a quarter of a ..." take a fraction of. */
const FRACTION_OF: Record<string, number> = { dozen: 12, million: 1e6, thousand: 1000 };

/** Value of a single word number ("five", "twenty-five", "ninety"), or null. */
export function wordValue(word: string): number | null {
  const lower = word.toLowerCase();
  // (Maps: a word looked up as an object's key is first sought among the engine's interned strings; most words are
  // told apart without a lookup, `mayBeNumberWord`)
  const value = mayBeNumberWord(lower) ? UNIT_VALUES.get(lower) ?? TENS_VALUES.get(lower) : undefined;
  if (value !== undefined) return value;
  // ("twenty-five": a word longer than any such is none, and is not matched)
  const compound = lower.includes("-") && lower.length <= LONGEST_COMPOUND ? /^([a-z]+)-([a-z]+)$/.exec(lower) : null;
  const tens = compound ? TENS_VALUES.get(compound[1]) : undefined;
  const unit = compound ? UNIT_VALUES.get(compound[2]) : undefined;
  return tens !== undefined && unit !== undefined && unit < 10 ? tens + unit : null;
}

const UNIT_VALUES = new Map(Object.entries(UNITS));
const TENS_VALUES = new Map(Object.entries(TENS));
const mayBeNumberWord = wordSieve([...UNIT_VALUES.keys(), ...TENS_VALUES.keys()]);
/** The longest number word of tens, a hyphen and a unit ("seventy-seven"). */
const LONGEST_COMPOUND = Math.max(...[...TENS_VALUES.keys()].map((word) => word.length)) + 1 +
  Math.max(...[...UNIT_VALUES.keys()].map((word) => word.length));

/** Value of a digit token ("45,000", "45000", "1.2"), or null. */
function digitValue(token: Token): number | null {
  if (!/^\d/.test(token.text)) return null;
  return Number(token.text.replaceAll(",", ""));
}

type Single = { value: number; next: number; form: NumberForm; vagueTerm: string | null; multiplied: boolean };

/** VAGUE_VALUES split into words once (in the same order), and the words a vague phrase can open with. */
const VAGUE_PHRASES = VAGUE_VALUES.map(([phrase, value]) => [phrase.split(" "), value] as const);
const VAGUE_FIRST_WORDS = new Set(VAGUE_PHRASES.map(([words]) => words[0]));
const mayOpenVague = wordSieve(VAGUE_FIRST_WORDS);

/** Reads one vague phrase starting at token i. */
function readVague(tokens: Token[], i: number): Single | null {
  const lower = tokens[i]?.lower;
  // (a number in digits, read here first, is no vague word: told without a lookup, `mayOpenVague`)
  if (lower === undefined || !mayOpenVague(lower) || !VAGUE_FIRST_WORDS.has(lower)) return null;
  for (const [words, value] of VAGUE_PHRASES) {
    if (words.every((word, k) => tokens[i + k]?.lower === word)) {
      const vagueTerm = tokens.slice(i, i + words.length).map((t) => t.lower).join(" ");
      return { value, next: i + words.length, form: "vague", vagueTerm, multiplied: false };
    }
  }
  return null;
}

/** Reads a number written in words at token i: "five", "twenty five", "two hundred and fifty", "a dozen". */
function readWords(tokens: Token[], i: number): Single | null {
  let k = i;
  let value: number | null = null;
  const lower = tokens[k]?.lower;
  if (
    (lower === "a" || lower === "an") && tokens[k + 1]?.lower &&
    ["dozen", "hundred", "thousand", "million"].includes(tokens[k + 1].lower)
  ) {
    value = 1;
    k += 1;
  } else if (
    lower === "half" && tokens[k + 1]?.lower === "a" && Object.hasOwn(FRACTION_OF, tokens[k + 2]?.lower ?? "")
  ) {
    return {
      value: FRACTION_OF[tokens[k + 2].lower] / 2,
      next: k + 3,
      form: "words",
      vagueTerm: null,
      multiplied: true,
    };
  } else if (
    (lower === "a" || lower === "one") && tokens[k + 1]?.lower === "quarter" && tokens[k + 2]?.lower === "of" &&
    tokens[k + 3]?.lower === "a" && Object.hasOwn(FRACTION_OF, tokens[k + 4]?.lower ?? "")
  ) {
    // "a quarter of a million"
    return {
      value: FRACTION_OF[tokens[k + 4].lower] / 4,
      next: k + 5,
      form: "words",
      vagueTerm: null,
      multiplied: true,
    };
  } else {
    const first = tokens[k] ? wordValue(tokens[k].lower) : null;
    if (first === null) return null;
    value = first;
    k += 1;
    // "twenty five" written as two words
    if (
      first >= 20 && first % 10 === 0 && tokens[k] && Object.hasOwn(UNITS, tokens[k].lower) &&
      UNITS[tokens[k].lower] < 10
    ) {
      value += UNITS[tokens[k].lower];
      k += 1;
    }
  }
  let multiplied = false;
  if (tokens[k]?.lower === "dozen") {
    value *= 12;
    k += 1;
    multiplied = true;
  }
  if (tokens[k]?.lower === "hundred") {
    value *= 100;
    k += 1;
    multiplied = true;
    const andNext = tokens[k]?.lower === "and" ? k + 1 : k;
    const rest = tokens[andNext] ? wordValue(tokens[andNext].lower) : null;
    if (rest !== null && rest < 100) {
      value += rest;
      k = andNext + 1;
    }
  }
  const big = tokens[k]?.lower;
  if (big === "thousand" || big === "million" || big === "billion") {
    value *= MULTIPLIERS[big];
    k += 1;
    multiplied = true;
  }
  return { value, next: k, form: "words", vagueTerm: null, multiplied };
}

/** Reads a number in digits at token i, with an optional multiplier word: "45,000", "1.2 million". */
function readDigits(tokens: Token[], i: number): Single | null {
  const value = digitValue(tokens[i]);
  if (value === null) return null;
  const big = tokens[i + 1]?.lower;
  if (big === "hundred" || big === "thousand" || big === "million" || big === "mln" || big === "billion") {
    return { value: value * MULTIPLIERS[big], next: i + 2, form: "digits", vagueTerm: null, multiplied: true };
  }
  return { value, next: i + 1, form: "digits", vagueTerm: null, multiplied: false };
}

function readSingle(tokens: Token[], i: number): Single | null {
  return readVague(tokens, i) ?? readDigits(tokens, i) ?? readWords(tokens, i);
}

/** Ranges like "two to three million" carry the multiplier of the second number over to the first. */
function scaleLow(low: Single, high: Single): number {
  if (!low.multiplied && high.multiplied && low.form !== "vague") {
    for (const m of [1e9, 1e6, 1000, 100]) {
      if (
        high.value % m === 0 && high.value / m < 1000 && low.value < high.value / m + 1 && low.value * m < high.value
      ) {
        return low.value * m;
      }
    }
  }
  return low.value;
}

function isFourDigitYearLike(token: Token | undefined): boolean {
  return !!token && token.text.length === 4 && isDigits(token.text);
}

const isWholeNumber = (token: Token | undefined) => !!token && token.text.length > 0 && isDigits(token.text);

/** Whether every character of `text` is a digit (`/^\d*$/`): asked of most number tokens, without the pattern. */
function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}
const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/**
 * A fraction at token i: "1/2", or a mixed number "2-1/2" or "2 1/2" ("a 2-1/2 year conflict"). Read as one
 * phrase so its parts are not taken for the counts 2 and 1.
 */
function readFraction(tokens: Token[], i: number): NumberPhrase | null {
  const isSlashFraction = (k: number) =>
    isWholeNumber(tokens[k]) && tokens[k + 1]?.text === "/" && isWholeNumber(tokens[k + 2]) &&
    touching(tokens[k], tokens[k + 1]) && touching(tokens[k + 1], tokens[k + 2]);
  const fractionValue = (k: number) => Number(tokens[k].text) / Number(tokens[k + 2].text);
  let whole = 0;
  let at = i;
  if (isWholeNumber(tokens[i]) && !isSlashFraction(i)) {
    const dash = tokens[i + 1]?.text === "-" && touching(tokens[i], tokens[i + 1]) &&
      touching(tokens[i + 1], tokens[i + 2]);
    const next = dash ? i + 2 : i + 1;
    if (!isSlashFraction(next)) return null;
    whole = Number(tokens[i].text);
    at = next;
  } else if (!isSlashFraction(i)) {
    return null;
  }
  const value = whole + fractionValue(at);
  return {
    start: tokens[i].start,
    end: tokens[at + 2].end,
    firstToken: i,
    lastToken: at + 3,
    low: value,
    high: value,
    form: "digits",
    vagueTerm: null,
    range: null,
    bareFourDigits: false,
    fraction: true,
  };
}

/**
 * Whether a number or range may open at `token`: digits, "between" / "from" before one, or a word `readSingle` reads
 * ("a" of "a dozen", "half", "one", a number word, the first word of a vague phrase). Most words are none of these,
 * and are passed over without trying every reading.
 */
function mayOpenNumber(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  if (code >= 48 && code <= 57) return true;
  const lower = token.lower;
  return (mayBeOpener(lower) && NUMBER_OPENERS.has(lower)) || (lower.includes("-") && wordValue(lower) !== null);
}

/**
 * Whether `word` may be one of `NUMBER_OPENERS`, told by its length and its first and last characters (a table built
 * once): most words of a sentence are told apart without hashing them for the set (`mayOpenNumber` runs at every
 * token of every sentence that may hold a figure). A word the table does not cover is looked up.
 */
function mayBeOpener(word: string): boolean {
  const length = word.length;
  const first = word.charCodeAt(0);
  if (length >= SIEVE_LENGTHS || first >= 128) return true;
  return (OPENER_SIEVE[length * 128 + first] & lastCharacterBit(word.charCodeAt(length - 1))) !== 0;
}

/** The bit of a word's last character in `OPENER_SIEVE`: one per letter a-z, one for any other character. */
const lastCharacterBit = (code: number) => code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << 26;
const SIEVE_LENGTHS = 32;

/**
 * The words but digits that may open a number or range: one lookup per word instead of one per reading. Every word
 * `wordValue` reads but hyphenated ones ("twenty-five": those are asked of `wordValue` itself).
 */
const NUMBER_OPENERS = new Set([
  "a",
  "an",
  "half",
  "one",
  "between",
  "from",
  ...VAGUE_FIRST_WORDS,
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
]);

/** For each length and first character (ASCII) of the opening words, the bits of their last characters. */
const OPENER_SIEVE = new Uint32Array(SIEVE_LENGTHS * 128);
for (const word of NUMBER_OPENERS) {
  const first = word.charCodeAt(0);
  if (word.length < SIEVE_LENGTHS && first < 128) {
    OPENER_SIEVE[word.length * 128 + first] |= lastCharacterBit(word.charCodeAt(word.length - 1));
  }
}

/**
 * Words and phrases one of which every number `readNumbers` reads in words holds (a number in digits holds a digit):
 * the number words, the multipliers and fractions ("a dozen", "half a million") and the vague phrases ("dozens", "a
 * few hundred"). `mayHoldFigure` passes over a sentence that holds none of these (and no digit).
 */
export const NUMBER_KEY_WORDS: readonly string[] = [
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(MULTIPLIERS),
  ...Object.keys(FRACTION_OF),
  ...VAGUE_VALUES.map(([phrase]) => phrase),
];

/** Every number or range in `text`, in reading order, non-overlapping. */
export function readNumbers(text: string, tokens: Token[] = tokenize(text)): NumberPhrase[] {
  const phrases: NumberPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!mayOpenNumber(tokens[i])) {
      i += 1;
      continue;
    }
    const fraction = readFraction(tokens, i);
    if (fraction) {
      phrases.push(fraction);
      i = fraction.lastToken;
      continue;
    }
    const between = tokens[i].lower === "between" || tokens[i].lower === "from";
    const at = between ? i + 1 : i;
    const first = tokens[at] ? readSingle(tokens, at) : null;
    if (!first) {
      i += 1;
      continue;
    }
    let phrase: NumberPhrase = {
      start: tokens[at].start,
      end: tokens[first.next - 1].end,
      firstToken: at,
      lastToken: first.next,
      low: first.value,
      high: first.value,
      form: first.form,
      vagueTerm: first.vagueTerm,
      range: null,
      bareFourDigits: first.form === "digits" && isFourDigitYearLike(tokens[at]) && !first.multiplied,
      fraction: false,
    };
    const link = tokens[first.next];
    const linkWord = link?.lower;
    const expected = between ? (tokens[i].lower === "between" ? "and" : "to") : null;
    const isDash = (linkWord === "-" || linkWord === "–") && link.start === tokens[first.next - 1].end &&
      tokens[first.next + 1]?.start === link.end;
    // "between 2 to 4" and "between 2-4" are written too, for "between 2 and 4"
    const linkOk = expected
      ? linkWord === expected || (expected === "and" && (linkWord === "to" || isDash))
      : linkWord === "to" || linkWord === "or" || isDash;
    if (link && linkOk && first.form !== "vague") {
      const second = tokens[first.next + 1] ? readSingle(tokens, first.next + 1) : null;
      const secondOk = second && second.form !== "vague" && (isDash ? second.form === "digits" : true);
      // "17-08-2014" is a date, "2011-2016" a span of years: not ranges of people
      const dateLike = isDash && (tokens[second ? second.next : 0]?.lower === "-" ||
        (isFourDigitYearLike(tokens[at]) && isFourDigitYearLike(tokens[first.next + 1])));
      if (second && secondOk && !dateLike) {
        const low = scaleLow(first, second);
        if (second.value > low) {
          phrase = {
            ...phrase,
            start: tokens[i].start,
            end: tokens[second.next - 1].end,
            firstToken: i,
            lastToken: second.next,
            low,
            high: second.value,
            form: first.form === "digits" || second.form === "digits" ? "digits" : "words",
            range: between
              ? (expected === "and" ? "between" : "from-to")
              : isDash
              ? "dash"
              : linkWord === "or"
              ? "or"
              : "to",
            bareFourDigits: phrase.bareFourDigits || isFourDigitYearLike(tokens[first.next + 1]),
          };
        }
      } else if (dateLike) {
        // a date, not a number: step over all of it so its parts are not read either
        let k = first.next;
        while (tokens[k] && (tokens[k].lower === "-" || /^\d+$/.test(tokens[k].text))) k += 1;
        i = k;
        continue;
      }
    }
    phrases.push(phrase);
    i = phrase.lastToken;
  }
  return phrases;
}
